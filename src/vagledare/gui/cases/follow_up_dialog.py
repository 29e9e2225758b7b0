"""Record the follow-up of a closed case in one dialog: the day, and where the person stood
(Arbete, Studier, Annan egen försörjning, Åter till ekonomiskt bistånd, Annat, Gick inte att nå).

A refusal (a day before the avslut, in the future) is shown in the dialog, the field marked,
and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from vagledare.gui.common.combo import current_enum, select_data
from vagledare.gui.common.widgets import fit_to_screen, name_buttons
from vagledare.gui.forms.ui_follow_up_dialog import Ui_FollowUpDialog
from vagledare.journal.case_codes import FOLLOW_UP_STATUSES
from vagledare.journal.errors import ValidationError
from vagledare.journal.followups import FollowUpForm
from vagledare.journal.models import FollowUpStatus
from vagledare.journal.terms import Lang

MARKED = "border: 2px solid #c62828;"


class FollowUpDialog(QDialog):
    def __init__(
        self,
        heading: str,
        form: FollowUpForm,
        today: date,
        lang: Lang,
        submit: Callable[[date, FollowUpStatus], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        self._submit = submit
        ui = self.ui
        ui.caseLabel.setText(heading)
        ui.caseLabel.setStyleSheet("font-weight: 600;")
        ui.closingLabel.setText(
            self.tr("Closed %1 (%2); the follow-up is due %3.")
            .replace("%1", form.closed_on.isoformat())
            .replace("%2", form.reason)
            .replace("%3", form.due_on.isoformat())
        )
        ui.statusCombo.addItem(self.tr("Choose a status…"), None)
        for status, (sv, en) in FOLLOW_UP_STATUSES.items():
            ui.statusCombo.addItem(sv if lang == "sv" else en, status)
        # The day may be typed before the avslut: the journal refuses it with a reason.
        ui.dateEdit.setDateRange(QDate(2000, 1, 1), QDate(today))
        ui.dateEdit.setDate(QDate(form.followed_up_on or min(today, form.due_on)))
        if form.status is not None:
            select_data(ui.statusCombo, form.status)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.dateEdit.dateChanged.connect(lambda _d: ui.dateEdit.setStyleSheet(""))
        ui.statusCombo.currentIndexChanged.connect(lambda _i: ui.statusCombo.setStyleSheet(""))
        name_buttons(ui.buttonBox)
        fit_to_screen(self, 520, 260)
        ui.statusCombo.setFocus()

    def values(self) -> tuple[date, FollowUpStatus | None]:
        on = self.ui.dateEdit.date().toPython()
        assert isinstance(on, date)
        return on, current_enum(self.ui.statusCombo, FollowUpStatus)

    def _refuse(self, message: str, field: QWidget) -> None:
        self.ui.problemLabel.setText("⚠ " + message)
        field.setStyleSheet(MARKED)
        field.setFocus()

    def accept(self) -> None:
        on, status = self.values()
        if status is None:
            self._refuse(self.tr("Choose where the person stood."), self.ui.statusCombo)
            return
        try:
            self._submit(on, status)
        except ValidationError as exc:
            self._refuse(str(exc), self.ui.dateEdit)
            return
        super().accept()
