"""The *Report periods* tab of the settings dialog: who publishes the journal's tables (the
organisation and unit in every footer and file's author, ``journal_settings``), and where
delår 1 and 2 end and the month kvartal 1 begins in (``journal.period_settings``); each saved
through ``as_lead``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.journal_settings import organisation_parts, set_organisation
from vagledare.journal.period_settings import (
    DEFAULT_PERIODS,
    PeriodSettings,
    period_settings,
    set_period_settings,
)
from vagledare.journal.site_settings import as_lead
from vagledare.journal.staff import StaffInfo

# Days are chosen in a year without 29 February: every year has each day offered.
_YEAR = 2023


def day_text(month: int, day: int) -> str:
    """``30 April`` in the window's language."""
    return QLocale().toString(QDate(_YEAR, month, day), "d MMMM")


class PeriodSettingsTab(QWidget):
    saved = Signal()  # the journal's periods changed

    def __init__(
        self,
        journal: Journal,
        me: StaffInfo,
        say: Callable[[str, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("periodsTab")
        self.journal, self.me, self.say = journal, me, say
        layout = QVBoxLayout(self)
        org_form = QFormLayout()
        layout.addLayout(org_form)
        name, unit = journal.read(organisation_parts)
        self.org_edit = QLineEdit(name, objectName="organisationEdit", maxLength=120)
        self.unit_edit = QLineEdit(unit, objectName="unitEdit", maxLength=120)
        self.org_edit.setAccessibleName(self.tr("Organisation"))
        self.unit_edit.setAccessibleName(self.tr("Unit"))
        self.org_edit.setPlaceholderText(self.tr("e.g. Eskilstuna kommun"))
        self.unit_edit.setPlaceholderText(self.tr("e.g. Arbetsmarknadsförvaltningen"))
        for text, widget in (
            (self.tr("&Organisation:"), self.org_edit),
            (self.tr("U&nit:"), self.unit_edit),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            org_form.addRow(label, widget)
        org_row = QHBoxLayout()
        self.save_org_button = QPushButton(self.tr("Sa&ve organisation"))
        self.save_org_button.setObjectName("saveOrganisationButton")
        self.save_org_button.setAccessibleName(self.tr("Save the organisation and unit"))
        self.save_org_button.setAutoDefault(False)
        org_row.addWidget(self.save_org_button)
        org_row.addStretch(1)
        layout.addLayout(org_row)
        org_note = QLabel(
            self.tr("Printed in the footer and the file properties of every report."),
            wordWrap=True,
        )
        org_note.setProperty("muted", True)
        layout.addWidget(org_note)
        layout.addSpacing(12)
        form = QFormLayout()
        layout.addLayout(form)
        self.interim_1 = self._day_edit("interim1Edit", self.tr("The last day of interim period 1"))
        self.interim_2 = self._day_edit("interim2Edit", self.tr("The last day of interim period 2"))
        self.quarter_start = QComboBox()
        self.quarter_start.setObjectName("quarterStartCombo")
        self.quarter_start.setAccessibleName(self.tr("The month quarter 1 begins in"))
        locale = QLocale()
        for m in range(1, 13):
            self.quarter_start.addItem(locale.standaloneMonthName(m).capitalize(), m)
        for text, widget in (
            (self.tr("Interim period &1 ends on:"), self.interim_1),
            (self.tr("Interim period &2 ends on:"), self.interim_2),
            (self.tr("Quarter 1 &begins in:"), self.quarter_start),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save periods"))
        self.save_button.setObjectName("savePeriodsButton")
        self.save_button.setAccessibleName(self.tr("Save the report periods"))
        self.defaults_button = QPushButton(self.tr("&Restore the defaults"))
        self.defaults_button.setObjectName("defaultPeriodsButton")
        self.defaults_button.setAccessibleName(
            self.tr("Put the default periods in the fields (saved with Save periods)")
        )
        for b in (self.save_button, self.defaults_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        note = QLabel(
            self.tr(
                "Interim periods always begin on 1 January; the full year is the calendar "
                "year. The report page and the command line (--delar, --quarter) use these "
                "periods. Defaults: interim period 1 ends on 30 April, interim period 2 on "
                "31 August, and quarter 1 begins in January (calendar quarters)."
            ),
            wordWrap=True,
        )
        note.setProperty("muted", True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.save_button.clicked.connect(self._on_save)
        self.save_org_button.clicked.connect(self._on_save_organisation)
        self.defaults_button.clicked.connect(lambda: self.show_settings(DEFAULT_PERIODS))
        self.show_settings(journal.read(period_settings))

    def _day_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat("d MMMM")
        edit.setDateRange(QDate(_YEAR, 1, 1), QDate(_YEAR, 12, 31))
        return edit

    def show_settings(self, settings: PeriodSettings) -> None:
        self.interim_1.setDate(QDate(_YEAR, *settings.interim_1_end))
        self.interim_2.setDate(QDate(_YEAR, *settings.interim_2_end))
        self.quarter_start.setCurrentIndex(settings.quarter_start - 1)

    def chosen(self) -> PeriodSettings:
        first = self.interim_1.date().toPython()
        second = self.interim_2.date().toPython()
        assert isinstance(first, date) and isinstance(second, date)
        return PeriodSettings(
            (first.month, first.day),
            (second.month, second.day),
            self.quarter_start.currentData(),
        )

    def _on_save_organisation(self) -> None:
        name, unit = self.org_edit.text(), self.unit_edit.text()
        try:
            self.journal.write(as_lead, self.me.id, set_organisation, name, unit)
        except ValidationError as exc:
            self.say(str(exc), True)  # what was typed stays in the fields
            return
        shown = ", ".join(x for x in (" ".join(name.split()), " ".join(unit.split())) if x)
        self.say(self.tr("Organisation saved: %1.").replace("%1", shown or "–"), False)

    def _on_save(self) -> None:
        chosen = self.chosen()
        try:
            self.journal.write(as_lead, self.me.id, set_period_settings, chosen)
        except ValidationError as exc:
            self.say(str(exc), True)  # what was chosen stays in the fields
            return
        self.say(
            self.tr(
                "Report periods saved: interim period 1 ends on %1, interim period 2 on %2, "
                "quarter 1 begins in %3."
            )
            .replace("%1", day_text(*chosen.interim_1_end))
            .replace("%2", day_text(*chosen.interim_2_end))
            .replace("%3", QLocale().standaloneMonthName(chosen.quarter_start)),
            False,
        )
        self.saved.emit()
