"""Errors the domain raises for the user to read."""


class ValidationError(ValueError):
    """Input the journal refuses. ``str(error)`` names what and where, in Swedish."""
