"""Log several snabbärenden at once, or back-date them (after a busy drop-in morning)."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QWidget

from vagledare.gui.common.combo import current_enum, select_data
from vagledare.gui.common.vocabulary import gender_label
from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_entry_dialog import Ui_EntryDialog
from vagledare.journal.models import Gender
from vagledare.journal.sites import SiteInfo


class EntryDialog(QDialog):
    def __init__(
        self,
        site: SiteInfo,
        preset: tuple[uuid.UUID, uuid.UUID, Gender] | None = None,
        parent: QWidget | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EntryDialog()
        self.ui.setupUi(self)
        for c in site.active_categories:
            self.ui.categoryCombo.addItem(c.name, c.id)
        for b in site.active_age_bands:
            self.ui.ageBandCombo.addItem(b.label, b.id)
        for g in Gender:
            self.ui.genderCombo.addItem(gender_label(g), g)
        now_q = QDateTime(now or datetime.now())
        self.ui.timeEdit.setDateTime(now_q)
        self.ui.timeEdit.setMaximumDateTime(now_q)
        if preset:
            cat, band, gender = preset
            select_data(self.ui.categoryCombo, cat)
            select_data(self.ui.ageBandCombo, band)
            select_data(self.ui.genderCombo, gender)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        name_buttons(self.ui.buttonBox)
        for w in (self.ui.categoryCombo, self.ui.ageBandCombo, self.ui.genderCombo):
            w.currentIndexChanged.connect(self._update_summary)
        self.ui.countSpin.valueChanged.connect(self._update_summary)
        self.ui.timeEdit.dateTimeChanged.connect(self._update_summary)
        self._update_summary()
        self.ui.countSpin.setFocus()
        self.ui.countSpin.selectAll()

    def _update_summary(self) -> None:
        self.ui.summaryLabel.setText(
            self.tr("%1 × %2 · %3 · %4 at %5")
            .replace("%1", str(self.ui.countSpin.value()))
            .replace("%2", self.ui.categoryCombo.currentText())
            .replace("%3", self.ui.ageBandCombo.currentText())
            .replace("%4", self.ui.genderCombo.currentText())
            .replace("%5", self.ui.timeEdit.dateTime().toString("yyyy-MM-dd HH:mm"))
        )

    def values(self) -> tuple[uuid.UUID, uuid.UUID, Gender, int, datetime]:
        at = self.ui.timeEdit.dateTime().toPython()
        assert isinstance(at, datetime)
        return (
            self.ui.categoryCombo.currentData(),
            self.ui.ageBandCombo.currentData(),
            # the member, not the plain str Qt hands back: the feedback line names it
            current_enum(self.ui.genderCombo, Gender) or Gender.UNSTATED,
            self.ui.countSpin.value(),
            at.replace(second=0, microsecond=0),
        )
