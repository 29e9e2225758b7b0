"""A participant leaves the group: the last day and where they went (utfall)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_leave_dialog import Ui_LeaveDialog
from vagledare.journal import enrolments
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Outcome
from vagledare.journal.terms import Lang


class LeaveDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        enrolment: enrolments.EnrolmentInfo,
        lang: Lang = "sv",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.enrolment = journal, enrolment
        self.ui = Ui_LeaveDialog()
        self.ui.setupUi(self)
        self.ui.whoLabel.setText(
            self.tr("%1, enrolled %2")
            .replace("%1", enrolment.code)
            .replace("%2", enrolment.enrolled_on.isoformat())
        )
        for outcome in Outcome:
            self.ui.outcomeCombo.addItem(enrolments.outcome_label(outcome, lang), outcome)
        self.ui.leftDate.setDate(QDate(today or date.today()))
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        name_buttons(self.ui.buttonBox)
        self.ui.leftDate.setFocus()

    def _on_accept(self) -> None:
        day = self.ui.leftDate.date().toPython()
        assert isinstance(day, date)
        try:
            self.enrolment = self.journal.write(
                enrolments.leave,
                self.enrolment.id,
                day,
                Outcome(self.ui.outcomeCombo.currentData()),
            )
        except ValidationError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.accept()
