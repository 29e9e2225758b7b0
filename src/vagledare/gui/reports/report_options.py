"""The extra choices a report takes (route, FTEs, cost per FTE, one table per site), built from
its catalog entry."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from vagledare.gui.common.combo import current_enum, select_data
from vagledare.journal.case_codes import ROUTE_SHORT, label
from vagledare.journal.models import Route
from vagledare.journal.terms import Lang
from vagledare.reports.catalog import ReportOption

ROUTE_SLUGS = {Route.CITIZEN_SERVICE: "medborgarservice", Route.REFERRED: "anvisad"}
PER_SITE = "per-motesplats"


class ReportOptionsPanel(QWidget):
    changed = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportOptions")
        self.lang = lang
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.widgets: dict[str, QWidget] = {}
        self.options: tuple[ReportOption, ...] = ()
        self.setVisible(False)

    def set_options(self, options: tuple[ReportOption, ...]) -> None:
        """Show the widgets of these options; values already entered are kept."""
        kept = self.values()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.widgets = {}
        self.options = options
        for opt in options:
            text = opt.label[0 if self.lang == "sv" else 1]
            widget = self._widget(opt, kept.get(opt.key, opt.default))
            widget.setAccessibleName(text)
            widget.setObjectName(f"option_{opt.key}")
            if isinstance(widget, QCheckBox):  # a check box carries its own words
                widget.setText(text)
                self.form.addRow(widget)
            else:
                lab = QLabel(text + ":", wordWrap=True)
                lab.setBuddy(widget)
                self.form.addRow(lab, widget)
            self.widgets[opt.key] = widget
        self.setVisible(bool(options))

    def _widget(self, opt: ReportOption, value: Any) -> QWidget:
        if opt.kind == "bool":
            check = QCheckBox()
            check.setChecked(bool(value))
            check.toggled.connect(self.changed)
            return check
        if opt.kind == "route":
            combo = QComboBox()
            combo.addItem(self.tr("Both routes"), None)
            for r in Route:
                combo.addItem(label(ROUTE_SHORT, r, self.lang), r)
            select_data(combo, value)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        spin = QDoubleSpinBox()
        spin.setDecimals(opt.decimals)
        spin.setRange(0, opt.maximum)
        spin.setSingleStep(0.5 if opt.decimals else 1000)
        spin.setGroupSeparatorShown(True)
        spin.setSuffix(opt.suffix)
        spin.setSpecialValueText(self.tr("not entered"))
        spin.setValue(float(value or 0))
        spin.valueChanged.connect(self.changed)
        return spin

    def set_value(self, key: str, value: Any) -> None:
        w = self.widgets[key]
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            select_data(w, value)
        elif isinstance(w, QDoubleSpinBox):
            w.setValue(float(value or 0))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for opt in self.options:
            w = self.widgets.get(opt.key)
            if isinstance(w, QCheckBox):
                out[opt.key] = w.isChecked()
            elif isinstance(w, QComboBox):
                out[opt.key] = current_enum(w, Route)
            elif isinstance(w, QDoubleSpinBox):
                value = Decimal(str(round(w.value(), opt.decimals)))
                out[opt.key] = value if value > 0 else None
        return out

    def slug(self) -> str:
        """For file names: ``medborgarservice`` when one route is chosen, ``per-motesplats``
        for one table per site."""
        values = self.values()
        route = values.get("route")
        words = [ROUTE_SLUGS.get(route, "") if route else "", values.get("per_site") and PER_SITE]
        return "-".join(w for w in words if w)
