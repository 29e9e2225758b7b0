"""The desk window (PySide6): a thin layer over the domain."""
