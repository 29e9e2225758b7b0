"""Vägledare: the desk journal of a Mötesplats med Jobbcentrum.

The package has three layers: the domain (``journal``, ``imports``, ``reports``), which never
imports Qt; the command line (``cli``); and the desk window (``gui``).
"""

from __future__ import annotations

from functools import cache


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vagledare")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0"


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata when first asked for, not at import
    # (importlib.metadata costs start-up time the desk window does not need).
    if name == "__version__":
        return _version()
    raise AttributeError(name)
