"""The desk window (PySide6): a thin layer over the domain.

Nothing is imported here: the window's start-up shows the login dialog before the domain
(SQLAlchemy and the journal's models) is loaded (``gui.shell.quick_start``, #22).
"""
