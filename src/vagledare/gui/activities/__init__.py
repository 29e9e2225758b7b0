"""Activities and events: the entry dialog and the window's action that opens it."""
