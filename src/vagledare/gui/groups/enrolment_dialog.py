"""Enrol a participant code in a group; a known code brings its gender and age band."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from vagledare.gui.common.vocabulary import gender_label
from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_enrolment_dialog import Ui_EnrolmentDialog
from vagledare.journal import enrolments
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.groups import GroupInfo
from vagledare.journal.models import EnrolmentRoute, Gender
from vagledare.journal.participants import find_participant, next_code
from vagledare.journal.sites import get_site
from vagledare.journal.terms import Lang


class EnrolmentDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        group: GroupInfo,
        author_id: uuid.UUID | None,
        lang: Lang = "sv",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.group, self.author_id = journal, group, author_id
        self.enrolment: enrolments.EnrolmentInfo | None = None
        self.ui = Ui_EnrolmentDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Enrol in %1").replace("%1", group.name))
        site = journal.read(get_site, group.site_id)
        for g in Gender:
            self.ui.genderCombo.addItem(gender_label(g), g)
        for band in site.active_age_bands:
            self.ui.ageBandCombo.addItem(band.label, band.label)
        for route in EnrolmentRoute:
            self.ui.routeCombo.addItem(enrolments.route_label(route, lang), route)
        self.ui.enrolledDate.setDate(QDate(today or date.today()))
        self.ui.codeEdit.textChanged.connect(self._on_code_changed)
        # An earlier refusal goes as soon as the input it was about changes.
        for combo in (self.ui.genderCombo, self.ui.ageBandCombo, self.ui.routeCombo):
            combo.currentIndexChanged.connect(self._clear_error)
        self.ui.enrolledDate.dateChanged.connect(self._clear_error)
        self.ui.newCodeButton.clicked.connect(self._on_new_code)
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        name_buttons(self.ui.buttonBox)
        self.ui.codeEdit.setFocus()

    def _on_new_code(self) -> None:
        code = self.journal.read(next_code, self.group.site_id)
        self.ui.codeEdit.setText(code)  # outside the unit of work: it fires textChanged
        self.ui.genderCombo.setFocus()

    def _clear_error(self) -> None:
        self.ui.errorLabel.clear()

    def _on_code_changed(self, text: str) -> None:
        self._clear_error()
        known = None
        if text.strip():
            known = self.journal.read(find_participant, text)
        for w in (self.ui.genderCombo, self.ui.ageBandCombo):
            w.setEnabled(known is None)
        if known is None:
            self.ui.knownLabel.setText("")
            return
        self.ui.genderCombo.setCurrentIndex(self.ui.genderCombo.findData(known.gender))
        i = self.ui.ageBandCombo.findData(known.age_band)
        if i < 0:
            self.ui.ageBandCombo.addItem(known.age_band, known.age_band)
            i = self.ui.ageBandCombo.count() - 1
        self.ui.ageBandCombo.setCurrentIndex(i)
        self.ui.knownLabel.setText(
            self.tr("Known code: %1, %2. The same person keeps the same code.")
            .replace("%1", gender_label(known.gender))
            .replace("%2", known.age_band)
        )

    def _on_accept(self) -> None:
        day = self.ui.enrolledDate.date().toPython()
        assert isinstance(day, date)
        try:
            self.enrolment = self.journal.write(
                enrolments.enrol,
                self.group.id,
                self.ui.codeEdit.text(),
                Gender(self.ui.genderCombo.currentData()),
                self.ui.ageBandCombo.currentData(),
                EnrolmentRoute(self.ui.routeCombo.currentData()),
                day,
                self.author_id,
            )
        except ValidationError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.accept()
