"""The quick contact dialog: date, kind of contact, an optional one-line note. The same
dialog, prefilled, changes a contact already in the timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from vagledare.gui.common.combo import current_enum, select_data
from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_contact_dialog import Ui_ContactDialog
from vagledare.journal.case_codes import CONTACT_TYPES, label
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
        submit: Callable[[date, ContactType, str], object],
        default_type: ContactType = ContactType.CONVERSATION,
        parent: QWidget | None = None,
        *,
        initial: ContactValues | None = None,
    ) -> None:
        """``initial``: the date, kind and note of a contact to change (the dialog then says
        so); without it, a new contact of ``default_type`` today."""
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

    def _clear_problem(self) -> None:
        self.ui.problemLabel.clear()

    def accept(self) -> None:
        try:
            self.result_value = self._submit(*self.values())
        except ValidationError as exc:
            self.ui.problemLabel.setText("⚠ " + str(exc))
            return
        super().accept()
