"""The File menu's privacy actions: register extract (registerutdrag), erasure of a code on
request, and retention (gallring). Everyone sees them; the journal's rules decide who may:
extracts for team leads, administrators and the participant's own coach; erasure and
retention for team leads and administrators only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from vagledare.app.desk import Desk
from vagledare.journal import access
from vagledare.journal.errors import ValidationError


def file_name_for(code: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in code)
    return f"registerutdrag-{safe}.pdf"


class PrivacyActions(QObject):
    changed = Signal()  # erasure or retention changed the journal

    def __init__(
        self, window: QMainWindow, desk: Desk, current_code: Callable[[], str | None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.current_code = current_code
        self.extract_action = QAction(self.tr("Register e&xtract (PDF)…"), window)
        self.erase_action = QAction(self.tr("&Erase a participant code…"), window)
        self.retention_action = QAction(self.tr("Re&tention (gallring)…"), window)
        for act, slot in (
            (self.extract_action, self._on_extract),
            (self.erase_action, self._on_erase),
            (self.retention_action, self._on_retention),
        ):
            act.triggered.connect(slot)
            window.addAction(act)

    @property
    def actions(self) -> tuple[QAction, ...]:
        return (self.extract_action, self.erase_action, self.retention_action)

    def _refuse(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self.window, title, str(exc))

    def _on_extract(self) -> None:
        from vagledare.reports import register_extract  # reportlab: loaded when first used

        title = self.tr("Register extract")
        code, ok = QInputDialog.getText(
            self.window,
            title,
            self.tr("Participant code:"),
            text=self.current_code() or "",
        )
        if not ok or not code.strip():
            return
        staff = self.desk.staff
        try:
            person = self.desk.journal.read(
                register_extract.check_extract_right, code, staff.role, staff.id
            )
        except ValidationError as exc:
            self._refuse(title, exc)
            return
        if not self._notice_ready(title):
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save register extract"),
            str(Path.home() / file_name_for(person.code)),
            self.tr("PDF (*.pdf)"),
        )
        if not chosen:
            return
        try:
            register_extract.export_extract(
                self.desk.journal, person.code, Path(chosen), staff.id, role=staff.role
            )
        except (ValidationError, OSError) as exc:
            self._refuse(title, exc)
            return
        self.window.statusBar().showMessage(self.tr("Saved %1").replace("%1", chosen), 8000)

    def _notice_ready(self, title: str) -> bool:
        """An extract must say who the controller is, why and on what basis: when a team lead
        has not filled that in yet, say what is missing and let the user decide."""
        from vagledare.journal import privacy_notice

        missing = self.desk.journal.read(privacy_notice.missing)
        if not missing:
            return True
        answer = QMessageBox.question(
            self.window,
            title,
            self.tr(
                "The journal does not yet say %1. The extract will say it is not filled in. "
                "A team lead fills this in once under File → Processing of personal data. "
                "Make the extract anyway?"
            ).replace("%1", ", ".join(m.lower() for m in missing)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_erase(self) -> None:
        from vagledare.gui.admin.erasure_dialog import ErasureDialog

        try:
            access.require_lead(self.desk.staff.role, "radera deltagarkoder")
        except ValidationError as exc:
            self._refuse(self.tr("Erase a participant code"), exc)
            return
        dialog = ErasureDialog(
            self.desk.journal, self.desk.staff, self.current_code() or "", self.window
        )
        if dialog.exec() == ErasureDialog.DialogCode.Accepted:
            self.changed.emit()

    def _on_retention(self) -> None:
        from vagledare.gui.admin.retention_dialog import RetentionDialog

        try:
            access.require_lead(self.desk.staff.role, "gallra")
        except ValidationError as exc:
            self._refuse(self.tr("Retention (gallring)"), exc)
            return
        dialog = RetentionDialog(self.desk.journal, self.desk.staff, parent=self.window)
        dialog.exec()
        self.changed.emit()
