"""Change what an entry was about: its category, age band or gender (on any earlier day)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from vagledare.gui.common.combo import current_enum, select_data
from vagledare.gui.common.vocabulary import gender_label
from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_correct_entry_dialog import Ui_CorrectEntryDialog
from vagledare.journal.db import JournalError
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Gender
from vagledare.journal.quick_cases import QuickCaseEntry
from vagledare.journal.sites import SiteInfo

# The change, as the domain takes it; returns whether anything changed.
Submit = Callable[[uuid.UUID, uuid.UUID, Gender], bool]


class CorrectEntryDialog(QDialog):
    """The entry's category, age band and gender, chosen among the site's in use; OK asks the
    journal (``submit``), and a refusal is shown here with the choices kept."""

    def __init__(
        self,
        entry: QuickCaseEntry,
        site: SiteInfo,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CorrectEntryDialog()
        self.ui.setupUi(self)
        self._submit = submit
        self.changed: bool | None = None  # after OK: whether the journal changed anything
        locale = QLocale()
        self.ui.entryLabel.setText(
            self.tr("Entry of %1 at %2: %3 · %4 · %5")
            .replace("%1", locale.toString(QDate(entry.occurred_at.date()), "dddd d MMMM yyyy"))
            .replace("%2", entry.occurred_at.strftime("%H:%M"))
            .replace("%3", entry.category)
            .replace("%4", entry.age_band)
            .replace("%5", gender_label(entry.gender))
        )
        self.ui.entryLabel.setStyleSheet("font-weight: 600;")
        unused = self.tr("%1 (no longer in use)")
        if entry.category_id not in {c.id for c in site.active_categories}:
            self.ui.categoryCombo.addItem(unused.replace("%1", entry.category), entry.category_id)
        for c in site.active_categories:
            self.ui.categoryCombo.addItem(c.name, c.id)
        if entry.age_band_id not in {b.id for b in site.active_age_bands}:
            self.ui.ageBandCombo.addItem(unused.replace("%1", entry.age_band), entry.age_band_id)
        for b in site.active_age_bands:
            self.ui.ageBandCombo.addItem(b.label, b.id)
        for g in Gender:
            self.ui.genderCombo.addItem(gender_label(g), g)
        select_data(self.ui.categoryCombo, entry.category_id)
        select_data(self.ui.ageBandCombo, entry.age_band_id)
        select_data(self.ui.genderCombo, Gender(entry.gender))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        name_buttons(self.ui.buttonBox)
        combos: tuple[QComboBox, ...] = (
            self.ui.categoryCombo,
            self.ui.ageBandCombo,
            self.ui.genderCombo,
        )
        for combo in combos:
            combo.currentIndexChanged.connect(self._clear_problem)
        self.ui.categoryCombo.setFocus()

    def values(self) -> tuple[uuid.UUID, uuid.UUID, Gender]:
        return (
            self.ui.categoryCombo.currentData(),
            self.ui.ageBandCombo.currentData(),
            current_enum(self.ui.genderCombo, Gender) or Gender.UNSTATED,
        )

    def _clear_problem(self) -> None:
        self.ui.problemLabel.clear()  # an old refusal no longer speaks of what is chosen

    def accept(self) -> None:
        try:
            self.changed = self._submit(*self.values())
        except (ValidationError, JournalError) as exc:
            self.ui.problemLabel.setText("⚠ " + str(exc))
            return
        super().accept()
