"""Generated Designer forms (see tools/build_qt.py)."""
