"""What sits between the journal and its two faces: the desk a person works at, the demo journal,
the help texts and the per-user settings. No Qt here.
"""
