"""The quick contact dialog: date, kind of contact, an optional one-line note. The same
dialog, prefilled, changes a contact already in the timeline. For a case with a decision on
aktivitetsplikt it also asks, optionally, for the hours attended in the past week (with a
warning under 30)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from vagledare.gui.common.combo import current_enum, select_data
from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_contact_dialog import Ui_ContactDialog
from vagledare.journal.case_codes import CONTACT_TYPES, label
from vagledare.journal.duty_hours import GOAL
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import ContactType
from vagledare.journal.terms import Lang

ContactValues = tuple[date, ContactType, str]


class ContactDialog(QDialog):
    def __init__(
        self,
        heading: str,
        start: date,
        today: date,
        lang: Lang,
        submit: Callable[..., object],
        default_type: ContactType = ContactType.CONVERSATION,
        parent: QWidget | None = None,
        *,
        initial: ContactValues | None = None,
        duty: bool = False,
        attended: int | None = None,
    ) -> None:
        """``initial``: the date, kind and note of a contact to change (the dialog then says
        so); without it, a new contact of ``default_type`` today. ``duty``: the case has a
        decision on aktivitetsplikt, so the dialog asks for the hours attended (``attended``:
        as recorded) and ``submit`` gets them as ``attended_hours``."""
        super().__init__(parent)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self._submit = submit
        self.result_value: object = None  # what ``submit`` returned
        self.ui.caseLabel.setText(heading)
        self.ui.caseLabel.setStyleSheet("font-weight: 600;")
        for kind in ContactType:
            self.ui.typeCombo.addItem(label(CONTACT_TYPES, kind, lang), kind)
        on, kind, note = initial or (today, default_type, "")
        if initial is not None:
            self.setWindowTitle(self.tr("Change contact"))
        select_data(self.ui.typeCombo, kind)
        self.ui.dateEdit.setDateRange(QDate(min(start, on)), QDate(max(today, on)))
        self.ui.dateEdit.setDate(QDate(on))
        self.ui.noteEdit.setText(note)
        self._duty = duty
        self.ui.attendedSpin.setSpecialValueText(self.tr("not asked"))
        self.ui.attendedSpin.setSuffix(self.tr(" h"))
        self.ui.attendedSpin.setValue(-1 if attended is None else attended)
        self.ui.attendedLabel.setVisible(duty)
        self.ui.attendedSpin.setVisible(duty)
        self.ui.attendedWarning.setVisible(duty)
        self.ui.attendedSpin.valueChanged.connect(self._show_warning)
        self.ui.attendedSpin.valueChanged.connect(self._clear_problem)
        self._show_warning()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        name_buttons(self.ui.buttonBox)
        # A refusal stays in sight until the input it was about changes.
        self.ui.dateEdit.dateChanged.connect(self._clear_problem)
        self.ui.typeCombo.currentIndexChanged.connect(self._clear_problem)
        self.ui.noteEdit.textChanged.connect(self._clear_problem)
        self.ui.typeCombo.setFocus()

    def values(self) -> ContactValues:
        on = self.ui.dateEdit.date().toPython()
        assert isinstance(on, date)
        kind = current_enum(self.ui.typeCombo, ContactType) or ContactType.CONVERSATION
        return on, kind, self.ui.noteEdit.text()

    def attended_hours(self) -> int | None:
        """The hours attended in the past week as typed (None: not asked, or no decision)."""
        value = self.ui.attendedSpin.value()
        return value if self._duty and value >= 0 else None

    def _show_warning(self) -> None:
        hours = self.attended_hours()
        low = hours is not None and hours < GOAL
        self.ui.attendedWarning.setText("⚠ " + self.tr("Under 30 hours a week") if low else "")

    def _clear_problem(self) -> None:
        self.ui.problemLabel.clear()

    def accept(self) -> None:
        try:
            extra = {"attended_hours": self.attended_hours()} if self._duty else {}
            self.result_value = self._submit(*self.values(), **extra)
        except ValidationError as exc:
            self.ui.problemLabel.setText("⚠ " + str(exc))
            return
        super().accept()
