"""Open a case: a new or known participant code, or straight from a snabbärende."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from vagledare.gui.common.combo import current_enum, select_data
from vagledare.gui.common.vocabulary import gender_label
from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from vagledare.journal.case_codes import REFERRAL_SOURCES, ROUTES, label
from vagledare.journal.case_list import QuickCaseChoice
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Gender, ReferralSource, Route
from vagledare.journal.sites import SiteInfo
from vagledare.journal.staff import StaffInfo
from vagledare.journal.terms import Lang


@dataclass(frozen=True)
class NewCase:
    quick_case_id: uuid.UUID | None
    code: str | None
    site_id: uuid.UUID
    route: Route
    referral_source: ReferralSource | None
    gender: Gender
    age_band: str
    coach_id: uuid.UUID | None
    start: date


class NewCaseDialog(QDialog):
    def __init__(
        self,
        sites: Sequence[SiteInfo],
        staff: Sequence[StaffInfo],
        home_site_id: uuid.UUID,
        me: uuid.UUID,
        lang: Lang,
        today: date,
        load_quick_cases: Callable[[uuid.UUID], list[QuickCaseChoice]],
        submit: Callable[[NewCase], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        self._sites = {x.id: x for x in sites}
        self._load_quick_cases = load_quick_cases
        self._submit = submit
        self.result_value: object = None
        ui = self.ui
        for x in sites:
            ui.siteCombo.addItem(x.name, x.id)
        for r in Route:
            ui.routeCombo.addItem(label(ROUTES, r, lang), r)
        ui.sourceCombo.addItem(self.tr("Not stated"), None)
        for src in ReferralSource:
            ui.sourceCombo.addItem(label(REFERRAL_SOURCES, src, lang), src)
        for g in Gender:
            ui.genderCombo.addItem(gender_label(g), g)
        ui.coachCombo.addItem(self.tr("No one yet"), None)
        for member in staff:
            ui.coachCombo.addItem(member.name, member.id)
        select_data(ui.coachCombo, me)
        ui.startDate.setMaximumDate(QDate(today))
        ui.startDate.setDate(QDate(today))

        ui.siteCombo.currentIndexChanged.connect(self._on_site_changed)
        ui.quickCaseCombo.currentIndexChanged.connect(self._on_quick_case_changed)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        name_buttons(ui.buttonBox)
        select_data(ui.siteCombo, home_site_id)
        self._on_site_changed()
        ui.codeEdit.setFocus()

    def _on_site_changed(self) -> None:
        site = self._sites.get(self.ui.siteCombo.currentData())
        combo = self.ui.ageBandCombo
        current = combo.currentText()
        combo.clear()
        for band in site.active_age_bands if site else ():
            combo.addItem(band.label, band.label)
        select_data(combo, current)
        if self.ui.quickCaseCombo.currentData() is None:
            self._fill_quick_cases(site.id if site else None)

    def _fill_quick_cases(self, site_id: uuid.UUID | None) -> None:
        combo = self.ui.quickCaseCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("None — a new case"), None)
        for q in self._load_quick_cases(site_id) if site_id else ():
            text = f"{q.occurred_at:%Y-%m-%d %H:%M} · {q.category} · {q.age_band} · "
            combo.addItem(text + gender_label(q.gender), q)
        combo.blockSignals(False)

    def _on_quick_case_changed(self) -> None:
        q = self.ui.quickCaseCombo.currentData()
        ui = self.ui
        locked = q is not None
        for w in (ui.siteCombo, ui.genderCombo, ui.ageBandCombo, ui.startDate):
            w.setEnabled(not locked)
        if q is None:
            return
        select_data(ui.genderCombo, q.gender)
        select_data(ui.ageBandCombo, q.age_band)
        ui.startDate.setDate(QDate(q.occurred_at.date()))
        select_data(ui.sourceCombo, ReferralSource.DROP_IN)

    def values(self) -> NewCase:
        ui = self.ui
        q = ui.quickCaseCombo.currentData()
        start = ui.startDate.date().toPython()
        assert isinstance(start, date)
        return NewCase(
            quick_case_id=q.id if q else None,
            code=ui.codeEdit.text().strip() or None,
            site_id=ui.siteCombo.currentData(),
            route=current_enum(ui.routeCombo, Route) or Route.CITIZEN_SERVICE,
            referral_source=current_enum(ui.sourceCombo, ReferralSource),
            gender=current_enum(ui.genderCombo, Gender) or Gender.UNSTATED,
            age_band=ui.ageBandCombo.currentData() or "",
            coach_id=ui.coachCombo.currentData(),
            start=start,
        )

    def accept(self) -> None:
        """Save through the page; a refusal is shown here and the dialog stays open."""
        try:
            self.result_value = self._submit(self.values())
        except ValidationError as exc:
            self.ui.problemLabel.setText("⚠ " + str(exc))
            return
        super().accept()
