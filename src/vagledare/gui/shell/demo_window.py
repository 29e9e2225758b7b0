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
    The journal is made in the background behind a progress dialog (a few seconds). The
    caller keeps a reference to the window; it closes its journal when it closes.

    The window is a ``window_class`` (``MainWindow``), by default one of the parent's own
    class: this module never imports the main window, which opens demo windows through it."""
    from PySide6.QtCore import Qt

    from vagledare.app.demo import LEAD
    from vagledare.gui.shell.demo_progress import DemoBuilder
    from vagledare.journal.staff import find_site_and_staff

    make = window_class or type(parent)
    assert make is not type(None), "a window class, or the window that opens this one"
    builder = DemoBuilder(path, parent)
    try:
        try:
            journal = open_journal(str(builder.build()))
        except (ValidationError, JournalError, OSError) as exc:
            builder.finish()
            QMessageBox.warning(parent, QApplication.translate("App", "Sample data"), str(exc))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            site, lead = journal.read(find_site_and_staff, "Fröslunda", LEAD)
            assert site is not None and lead is not None
            window = make(Desk(journal, site, lead), lang, settings)
        finally:
            QApplication.restoreOverrideCursor()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.close_journal_with_window()
        window.show()  # before the dialog closes: never a moment without a window
        window.tally.setFocus()
        return window
    finally:
        builder.finish()
        builder.dialog.deleteLater()
        builder.deleteLater()
