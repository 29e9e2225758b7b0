"""A window on the demo journal ("Try with sample data", ``vagledare demo``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from vagledare.app.desk import Desk
from vagledare.app.settings import DeskSettings
from vagledare.journal.db import JournalError, open_journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.terms import Lang


def open_demo_window(
    lang: Lang,
    settings: DeskSettings | None,
    path: Path | None = None,
    parent: QWidget | None = None,
    *,
    window_class: Callable[[Desk, Lang, DeskSettings | None], Any] | None = None,
) -> QMainWindow | None:
    """Make (or reuse today's) demo journal and open a window on it as the demo's team lead.
    The caller keeps a reference to the window; it closes its journal when it closes.

    The window is a ``window_class`` (``MainWindow``), by default one of the parent's own
    class: this module never imports the main window, which opens demo windows through it."""
    from PySide6.QtCore import Qt

    from vagledare.app.demo import LEAD, ensure_demo_journal
    from vagledare.journal.staff import find_site_and_staff

    make = window_class or type(parent)
    assert make is not type(None), "a window class, or the window that opens this one"
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        path, _ = ensure_demo_journal(path)
        journal = open_journal(str(path))
    except (ValidationError, JournalError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, QApplication.translate("App", "Sample data"), str(exc))
        return None
    finally:
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
    site, lead = journal.read(find_site_and_staff, "Fröslunda", LEAD)
    assert site is not None and lead is not None
    window = make(Desk(journal, site, lead), lang, settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.destroyed.connect(journal.close)
    window.show()
    window.tally.setFocus()
    return window
