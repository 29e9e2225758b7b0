"""Vägledare: the desk journal of a Mötesplats med Jobbcentrum.

The package has three layers: the domain (``journal``, ``imports``, ``reports``), which never
imports Qt; the command line (``cli``); and the desk window (``gui``).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("vagledare")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
