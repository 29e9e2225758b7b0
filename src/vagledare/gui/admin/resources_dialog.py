"""Resurser per år: a team lead enters the FTEs per route and the personnel cost per FTE for a
calendar year and a site, a group or the whole journal — the figures the resource table counts
each year with. The stored years are listed; choosing one fills the form. Saving stores both
routes in one unit of work; a refusal is shown and nothing typed is lost."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.widgets import fit_to_screen, name_buttons, size_to_contents
from vagledare.gui.forms.ui_resources_dialog import Ui_ResourcesDialog
from vagledare.journal import access
from vagledare.journal.case_codes import ROUTE_SHORT, label
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Route
from vagledare.journal.resources import (
    WHAT,
    ResourceEntry,
    ResourcesView,
    UnitChoice,
    resources_view,
    set_year,
)
from vagledare.journal.staff import StaffInfo
from vagledare.journal.terms import Lang

UnitKey = tuple[uuid.UUID | None, uuid.UUID | None]


def fte_text(fte: Decimal) -> str:
    return f"{fte.normalize():f}".replace(".", QLocale().decimalPoint())


class ResourceYearsModel(RowTableModel[ResourceEntry]):
    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def columns(self) -> list[Column[ResourceEntry]]:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(self.tr("Year"), lambda e: str(e.year)),
            Column(self.tr("For"), self._unit),
            Column(self.tr("Route"), lambda e: label(ROUTE_SHORT, e.route, self.lang)),
            Column(self.tr("FTEs"), self._fte, align=right),
            Column(self.tr("Cost per FTE and year"), self._cost, align=right),
        ]

    def _unit(self, e: ResourceEntry) -> str:
        return self.tr("Whole journal") if e.unit_key == (None, None) else e.unit

    def _fte(self, e: ResourceEntry) -> str:
        return fte_text(e.fte) if e.fte else self.tr("0 (not counted)")

    def _cost(self, e: ResourceEntry) -> str:
        if e.cost_per_fte is None:
            return "–"
        return QLocale().toString(int(e.cost_per_fte)) + " kr"


class ResourcesDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        me: StaffInfo,
        lang: Lang = "sv",
        parent: QWidget | None = None,
        *,
        year: int | None = None,
        unit: UnitKey = (None, None),
    ) -> None:
        access.require_lead(me.role, WHAT)  # the journal checks again at every change
        super().__init__(parent)
        self.journal, self.me, self.lang = journal, me, lang
        self.ui = Ui_ResourcesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setObjectName("resourcesDialog")
        ui.introLabel.setProperty("muted", True)
        ui.costSpin.setSuffix(" kr")
        ui.costSpin.setGroupSeparatorShown(True)
        ui.costSpin.setSpecialValueText(self.tr("not entered"))
        for spin in (ui.citizenSpin, ui.referredSpin):
            spin.setDecimals(2)
        self.model = ResourceYearsModel(lang, self)
        ui.yearsView.setModel(self.model)
        ui.yearsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ui.yearsView.verticalHeader().setVisible(False)
        size_to_contents(ui.yearsView.horizontalHeader())
        ui.yearsView.horizontalHeader().setStretchLastSection(True)
        name_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        self.view = ResourcesView([], [])
        self._reload()
        for i, u in enumerate(self.view.units):
            name = self.tr("Whole journal") if u.key == (None, None) else u.name
            ui.unitCombo.addItem(name, i)
        self._select_unit(unit)
        ui.yearSpin.setValue(year or date.today().year)
        self._fill()
        ui.yearSpin.valueChanged.connect(self._fill)
        ui.unitCombo.currentIndexChanged.connect(self._fill)
        ui.yearsView.selectionModel().currentRowChanged.connect(self._on_row)
        ui.saveButton.clicked.connect(self._on_save)
        for w in (ui.yearSpin, ui.citizenSpin, ui.referredSpin, ui.costSpin):
            w.valueChanged.connect(self._clear_problem)
        ui.unitCombo.currentIndexChanged.connect(self._clear_problem)
        fit_to_screen(self, 620, 560)
        ui.yearSpin.setFocus()

    # -- the form ----------------------------------------------------------------------------
    def unit(self) -> UnitChoice:
        return self.view.units[self.ui.unitCombo.currentData()]

    def _select_unit(self, key: UnitKey) -> None:
        for i, u in enumerate(self.view.units):
            if u.key == key:
                self.ui.unitCombo.setCurrentIndex(i)
                return

    def _reload(self) -> None:
        self.view = self.journal.read(resources_view)
        self.model.set_rows(self.view.entries)

    def _fill(self) -> None:
        """The stored figures of the year and unit chosen, if any (else what is typed stays,
        e.g. last year's figures to save for the next)."""
        year, key = self.ui.yearSpin.value(), self.unit().key
        stored = {e.route: e for e in self.view.entries if e.year == year and e.unit_key == key}
        for route, spin in (
            (Route.CITIZEN_SERVICE, self.ui.citizenSpin),
            (Route.REFERRED, self.ui.referredSpin),
        ):
            if route in stored:
                spin.setValue(float(stored[route].fte))
        costs = [e.cost_per_fte for e in stored.values()]
        if costs:
            self.ui.costSpin.setValue(int(costs[0] or 0))

    def _on_row(self) -> None:
        rows = self.ui.yearsView.selectionModel().selectedRows()
        index = self.ui.yearsView.currentIndex()
        at = rows[0].row() if rows else index.row()
        if not 0 <= at < len(self.model.rows):
            return
        e = self.model.rows[at]
        self._select_unit(e.unit_key)
        self.ui.yearSpin.setValue(e.year)
        self._fill()

    # -- saving ------------------------------------------------------------------------------
    def _clear_problem(self) -> None:
        self.ui.problemLabel.clear()

    def _on_save(self) -> None:
        ui, unit = self.ui, self.unit()
        year = ui.yearSpin.value()
        fte = {
            Route.CITIZEN_SERVICE: Decimal(str(round(ui.citizenSpin.value(), 2))),
            Route.REFERRED: Decimal(str(round(ui.referredSpin.value(), 2))),
        }
        cost = ui.costSpin.value() or None
        try:
            self.journal.write(set_year, year, fte, cost, unit.site_id, unit.group_id, self.me.id)
        except ValidationError as exc:
            ui.problemLabel.setText("⚠ " + str(exc))
            ui.saveButton.setFocus()
            return
        self._reload()
        where = ui.unitCombo.currentText()
        ui.problemLabel.setText(
            self.tr("Saved: %1, %2.").replace("%1", str(year)).replace("%2", where)
        )
        for i, e in enumerate(self.model.rows):
            if e.year == year and e.unit_key == unit.key:
                ui.yearsView.selectRow(i)
                break
