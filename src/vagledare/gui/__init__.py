"""The desk window (PySide6): a thin layer over the domain."""

# The domain (SQLAlchemy and the journal's models) is imported before PySide6: once PySide6 is
# loaded, its import hook reads the source of every module imported after it, which costs the
# start-up ~0.1 s for SQLAlchemy's ~250 modules.
import vagledare.journal.models  # noqa: F401
