"""Saving a report from a page: ask where (PDF, Excel or CSV), write it through the report
door (whole, and audited), and say how it went — one place for the report page and the
indicators page."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vagledare.journal.db import Journal
from vagledare.reports import door


class ReportSaver(QObject):
    """Asks for a file and writes ``door.Output`` to it for ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.page = parent

    def ask_path(self, fmt: str, title: str, default_name: str) -> Path | None:
        """Where to save, with the format's extension; None when the user cancels."""
        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV for Excel (*.csv)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self.page, title, str(Path.home() / default_name), filters[fmt]
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        return path

    def write(
        self,
        journal: Journal,
        output: door.Output,
        fmt: str,
        path: Path,
        actor: uuid.UUID | None,
        **detail: Any,
    ) -> Path | None:
        """Write through the door; a failure is said in a message, success in the status bar."""
        try:
            door.export(journal, output, fmt, path, actor, **detail)
        except OSError as exc:
            QMessageBox.warning(
                self.page,
                self.tr("Not saved"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or ""),
            )
            return None
        window = self.page.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)
        return path
