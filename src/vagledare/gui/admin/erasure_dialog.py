"""Erasure of one participant code on request, for team leads and administrators: the code,
what would be deleted, the reason, a confirmation."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.admin.retention_dialog import ERROR_STYLE, PREVIEW_STYLE
from vagledare.journal import access
from vagledare.journal.db import Journal
from vagledare.journal.erasure import ErasurePlan, plan_erasure, run_erasure
from vagledare.journal.errors import ValidationError
from vagledare.journal.participants import codes_like
from vagledare.journal.staff import StaffInfo


def bold_codes(text: str, *codes: str) -> str:
    """``text`` as rich text with each participant code in bold: in a 9-point label a capital
    Ö's dots are a faint grey that reads as O ("FRO-2025-0009" for FRÖ-2025-0009), in bold
    they cannot be missed."""
    out = html.escape(text, quote=False)
    if not codes:
        return out
    longest_first = sorted({html.escape(c, quote=False) for c in codes}, key=len, reverse=True)
    whole = r"(?<![\w-])(" + "|".join(map(re.escape, longest_first)) + r")(?![\w-])"
    return re.sub(whole, r"<b>\1</b>", out)


class ErasureDialog(QDialog):
    def __init__(
        self, journal: Journal, staff: StaffInfo, code: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        access.require_lead(staff.role, "radera deltagarkoder")
        self.journal = journal
        self.staff = staff
        self.plan: ErasurePlan | None = None
        self.setWindowTitle(self.tr("Erase a participant code"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "On a person's request, everything the journal holds about their code is "
                    "deleted: the code, cases, contacts, closings, enrolments, attendance and "
                    "readings. Reports stop counting the person. The audit log keeps that an "
                    "erasure was made, why and by whom, without the code."
                ),
                wordWrap=True,
            )
        )
        form = QFormLayout()
        row = QHBoxLayout()
        self.code = QLineEdit(code, objectName="erasureCode")
        self.code.setAccessibleName(self.tr("Participant code to erase"))
        self.code.setMinimumHeight(32)
        self.show_button = QPushButton(self.tr("&Show what is held"), objectName="showErasure")
        self.show_button.setAccessibleName(self.tr("Show what would be erased"))
        self.show_button.setMinimumHeight(32)
        row.addWidget(self.code, 1)
        row.addWidget(self.show_button)
        code_label = QLabel(self.tr("Participant &code:"))
        code_label.setBuddy(self.code)
        form.addRow(code_label, row)
        self.reason = QLineEdit(objectName="erasureReason")
        self.reason.setPlaceholderText(self.tr("e.g. request received 2 June 2025"))
        self.reason.setAccessibleName(self.tr("Reason for the erasure"))
        self.reason.setMinimumHeight(32)
        self.reason.setMaxLength(200)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        self.preview = QLabel(objectName="erasurePreview", wordWrap=True)
        self.preview.setAccessibleName(self.tr("What would be erased"))
        self.preview.setStyleSheet(PREVIEW_STYLE)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview.setMinimumHeight(70)
        self.preview.setTextFormat(Qt.TextFormat.RichText)  # the code in bold
        layout.addWidget(self.preview)
        self.error = QLabel(objectName="erasureError", wordWrap=True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = QPushButton(self.tr("&Erase…"), objectName="eraseButton")
        self.erase_button.setAccessibleName(self.tr("Erase the participant code"))
        self.erase_button.setMinimumHeight(34)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_button.clicked.connect(self._on_show)
        self.code.returnPressed.connect(self._on_show)
        self.code.textChanged.connect(self._on_code_changed)
        self.reason.textChanged.connect(self._update_button)
        self.erase_button.clicked.connect(self._on_erase)
        if code:
            self._on_show()
        self._update_button()

    def _on_code_changed(self) -> None:
        self.plan = None
        self.preview.clear()
        self._update_button()

    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.plan is not None and bool(self.reason.text().strip()))

    def _on_show(self) -> None:
        typed = self.code.text()
        try:
            self.plan = self.journal.read(plan_erasure, typed)
        except ValidationError as exc:
            self.plan = None
            self.preview.clear()
            self.error.setText(html.escape(str(exc), quote=False))
            if typed.strip():
                self._offer_real_code(typed)
        else:
            self.error.clear()
            self.preview.setText(bold_codes(self.plan.describe(), self.plan.code))
        self._update_button()

    def _offer_real_code(self, typed: str) -> None:
        """A code typed without å, ä, ö (e.g. FRO-2025-0009): the dialog names and erases the
        code as the journal holds it (FRÖ-2025-0009), never the typed one."""
        found = self.journal.read(codes_like, typed)
        shown = typed.strip().upper()
        if len(found) == 1:
            self.code.setText(found[0])  # clears the old preview
            self.plan = self.journal.read(plan_erasure, found[0])
            self.preview.setText(bold_codes(self.plan.describe(), self.plan.code))
            self.error.setText(
                bold_codes(
                    self.tr(
                        "%1 is not in the journal; this is %2, the code as it is written there."
                    )
                    .replace("%1", shown)
                    .replace("%2", found[0]),
                    found[0],
                )
            )
        elif found:
            self.error.setText(
                bold_codes(
                    self.tr("%1 is not in the journal. Did you mean %2?")
                    .replace("%1", shown)
                    .replace("%2", ", ".join(found)),
                    *found,
                )
            )

    def _on_erase(self) -> None:
        plan = self.plan
        if plan is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase a participant code"),
            self.tr(
                "Erase %1 and everything about it for good? (%n record(s))", "", plan.rows
            ).replace("%1", bold_codes(plan.code, plan.code)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            run_erasure(self.journal, plan.code, self.reason.text(), self.staff.id)
        except (ValidationError, OSError) as exc:
            self.error.setText(html.escape(str(exc), quote=False))
            return
        QMessageBox.information(
            self,
            self.tr("Erase a participant code"),
            self.tr(
                "%1 is erased. Backups taken before today still hold it until they are rotated out."
            ).replace("%1", bold_codes(plan.code, plan.code)),
        )
        self.accept()
