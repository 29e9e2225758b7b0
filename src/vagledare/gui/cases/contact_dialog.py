"""The quick "new contact" dialog: date, kind of contact, an optional one-line note."""

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
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self._submit = submit
        self.ui.caseLabel.setText(heading)
        self.ui.caseLabel.setStyleSheet("font-weight: 600;")
        for kind in ContactType:
            self.ui.typeCombo.addItem(label(CONTACT_TYPES, kind, lang), kind)
        select_data(self.ui.typeCombo, default_type)
        self.ui.dateEdit.setDateRange(QDate(start), QDate(today))
        self.ui.dateEdit.setDate(QDate(today))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        name_buttons(self.ui.buttonBox)
        self.ui.typeCombo.setFocus()

    def values(self) -> tuple[date, ContactType, str]:
        on = self.ui.dateEdit.date().toPython()
        assert isinstance(on, date)
        kind = current_enum(self.ui.typeCombo, ContactType) or ContactType.CONVERSATION
        return on, kind, self.ui.noteEdit.text()

    def accept(self) -> None:
        try:
            self._submit(*self.values())
        except ValidationError as exc:
            self.ui.problemLabel.setText("⚠ " + str(exc))
            return
        super().accept()
