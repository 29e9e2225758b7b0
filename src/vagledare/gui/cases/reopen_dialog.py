"""Reopen a closed case on a date; the closing stays in the case's history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common.widgets import name_buttons
from vagledare.journal.errors import ValidationError


class ReopenDialog(QDialog):
    def __init__(
        self,
        heading: str,
        closed_on: date,
        today: date,
        submit: Callable[[date], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Reopen case"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        text = QLabel(heading, wordWrap=True)
        text.setStyleSheet("font-weight: 600;")
        layout.addWidget(text)
        note = QLabel(
            self.tr(
                "The closing stays in the case's history; reports count the case as open "
                "again until it is closed anew."
            ),
            wordWrap=True,
        )
        note.setProperty("muted", True)  # coloured by the theme
        layout.addWidget(note)
        form = QFormLayout()
        self.date_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Date the case is reopened"))
        self.date_edit.setDateRange(QDate(closed_on), QDate(today))
        self.date_edit.setDate(QDate(today))
        lab = QLabel(self.tr("Reopened &on:"))
        lab.setBuddy(self.date_edit)
        form.addRow(lab, self.date_edit)
        layout.addLayout(form)
        self.problem = QLabel(wordWrap=True)
        self.problem.setProperty("problem", True)  # coloured by the theme
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        name_buttons(buttons)
        layout.addWidget(buttons)

    def value(self) -> date:
        on = self.date_edit.date().toPython()
        assert isinstance(on, date)
        return on

    def accept(self) -> None:
        try:
            self._submit(self.value())
        except ValidationError as exc:
            self.problem.setText("⚠ " + str(exc))
            return
        super().accept()
