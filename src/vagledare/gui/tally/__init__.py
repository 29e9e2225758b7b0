"""Snabbärenden: the one-click tally grid and the dialog for several at once or back-dated."""
