"""First start on a journal: which site this desk logs for, and who is at the desk."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vagledare.desk import Desk
from vagledare.gui.forms.ui_first_start_dialog import Ui_FirstStartDialog
from vagledare.journal import sites, staff
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError


class FirstStartDialog(QDialog):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.desk: Desk | None = None
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        with journal.session() as s:
            known = sites.list_sites(s)
        for x in known:
            self.ui.siteCombo.addItem(x.name, x.id)
        if not known:
            self.ui.siteCombo.setEditText("")
            self.ui.siteCombo.lineEdit().setPlaceholderText(self.tr("e.g. Fröslunda"))
        self.ui.staffEdit.setPlaceholderText(self.tr("e.g. AB"))
        self.ui.errorLabel.setStyleSheet("color: #b3261e;")
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))

    def _on_accept(self) -> None:
        site_name = self.ui.siteCombo.currentText().strip()
        staff_name = self.ui.staffEdit.text().strip()
        if not site_name:
            self.ui.errorLabel.setText(self.tr("Choose or type a meeting place."))
            self.ui.siteCombo.setFocus()
            return
        if not staff_name:
            self.ui.errorLabel.setText(self.tr("Write your name or initials."))
            self.ui.staffEdit.setFocus()
            return
        try:
            with self.journal.session() as s:
                site = sites.find_site(s, site_name) or sites.add_site(s, site_name)
                member = staff.ensure_staff(s, staff_name)
        except ValidationError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.desk = Desk(self.journal, site, member)
        self.accept()
