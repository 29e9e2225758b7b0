"""Indikatorer: the indicators the team follows over the years, one small chart each (the
line per year, Kvinnor and Män where the measure has them, the target as a line), and under
them the same table as ``vagledare report indikatorer``, built through the report door.

Team leads choose the indicators and their targets in the panel beside the charts; everyone
else sees the page as it is. The figures are read in the background and drawn when ready.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common import text_size
from vagledare.gui.common.report_saver import ReportSaver
from vagledare.gui.common.table_models import ReportTableModel
from vagledare.gui.common.tasks import TaskRunner
from vagledare.gui.indicators.indicator_manager import IndicatorManager
from vagledare.gui.indicators.small_multiple import ChartData, IndicatorChart, chart_lines
from vagledare.journal import access
from vagledare.journal.db import Journal
from vagledare.journal.sites import list_sites
from vagledare.journal.staff import StaffInfo
from vagledare.journal.terms import Lang
from vagledare.reports import door, periods
from vagledare.reports.indicators import IndicatorSeries, indicator_series

REPORT_KEY = "indikatorer"
MAX_COMPARE = 10  # earlier years beside the asked one


def chart_data(series: IndicatorSeries, lang: Lang) -> ChartData:
    """What one small multiple shows of an indicator's series."""
    m = series.measure
    years = tuple(y.year for y in series.years)
    values = [y.value for y in series.years]
    lines = chart_lines(
        lang,
        [v.total for v in values],
        [v.women for v in values] if m.gender_split else None,
        [v.men for v in values] if m.gender_split else None,
    )
    targets = tuple(series.indicator.targets.get(year) for year in years)
    title = m.label[0 if lang == "sv" else 1]
    return ChartData(
        title, m.unit, years, lines, targets, series.met, series.indicator.direction, lang
    )


class ChartGrid(QWidget):
    """The small multiples in as many columns as the width holds."""

    def __init__(self) -> None:
        super().__init__(objectName="indicatorCharts")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(14)
        self.charts: list[IndicatorChart] = []
        self._columns = 0

    def column_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * 34

    def set_charts(self, data: list[ChartData]) -> None:
        for chart in self.charts:
            self.grid.removeWidget(chart)
            chart.deleteLater()
        self.charts = [IndicatorChart(d) for d in data]
        self._columns = 0
        self._place()

    def _place(self) -> None:
        columns = max(1, min(len(self.charts), self.width() // self.column_width(), 4))
        if columns == self._columns:
            return
        self._columns = columns
        for chart in self.charts:
            self.grid.removeWidget(chart)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 0)
        for i, chart in enumerate(self.charts):
            self.grid.addWidget(chart, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        for c in range(columns):
            self.grid.setColumnStretch(c, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()


class IndicatorsPage(QWidget):
    help_topic = "indicators"
    loaded = Signal()  # the figures were read and drawn (or their failure shown)

    def __init__(
        self,
        journal: Journal,
        lang: Lang,
        staff: StaffInfo | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.lang, self.staff = journal, lang, staff
        self.series: list[IndicatorSeries] = []
        self.output: door.Output | None = None
        self._ready = False
        self._again = False  # the choices changed while the figures were being read
        self.runner = TaskRunner(self)

        self.year_spin = QSpinBox(objectName="indicatorYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today().year)
        self.compare_spin = QSpinBox(objectName="indicatorCompare")
        self.compare_spin.setRange(1, MAX_COMPARE)
        self.compare_spin.setValue(1)
        self.compare_spin.setAccessibleName(self.tr("Compare with earlier years"))
        self.site_combo = QComboBox(objectName="indicatorSite")
        self.pdf_button = self._button(
            self.tr("Save as &PDF…"), "indicatorPdf", self.tr("Save the table as PDF")
        )
        self.xlsx_button = self._button(
            self.tr("Save as &Excel…"), "indicatorXlsx", self.tr("Save the table as Excel")
        )
        self.csv_button = self._button(
            self.tr("Save as &CSV…"), "indicatorCsv", self.tr("Save the table as CSV")
        )
        top = QHBoxLayout()
        for text, widget in (
            (self.tr("&Year:"), self.year_spin),
            (self.tr("Co&mpare with:"), self.compare_spin),
        ):
            top.addWidget(self._label(text, widget))
            top.addWidget(widget)
        top.addWidget(QLabel(self.tr("earlier years")))
        top.addSpacing(12)
        top.addWidget(self._label(self.tr("Meeting p&lace:"), self.site_combo))
        top.addWidget(self.site_combo)
        top.addStretch(1)
        for b in (self.pdf_button, self.xlsx_button, self.csv_button):
            top.addWidget(b)

        self.status = QLabel(objectName="indicatorStatus", wordWrap=True)
        self.status.setAccessibleName(self.tr("Status"))
        self.grid = ChartGrid()
        self.title = QLabel(objectName="indicatorTableTitle", wordWrap=True)
        text_size.set_style_sheet(self.title, "font-size: 13pt; font-weight: 600;")
        self.subtitle = QLabel(objectName="indicatorTableSubtitle", wordWrap=True)
        self.model = ReportTableModel()
        self.table = QTableView(objectName="indicatorTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Indicators per year"))
        self.table.setTabKeyNavigation(False)  # arrows move between cells, Tab leaves
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(56)
        self.notes = QLabel(objectName="indicatorNotes", wordWrap=True)

        # Built in place, each container in its parent before its contents: a widget tree
        # moved into another parent is re-styled whole (the window's style sheet, #22).
        self.read_only = QLabel(
            self.tr("Only team leads and administrators choose the indicators and their targets."),
            objectName="indicatorReadOnly",
            wordWrap=True,
        )
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.read_only)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        scroll = QScrollArea(self, objectName="indicatorScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(scroll, 1)
        content = QWidget(objectName="indicatorContent")
        scroll.setWidget(content)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.status)
        column.addWidget(self.grid)
        column.addSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addWidget(self.table)
        column.addWidget(self.notes)
        column.addStretch(1)
        self.manager = IndicatorManager(journal, lang, self._author_id(), self.year_spin.value())
        body.addWidget(self.manager, 0)

        self.reload_sites()
        self._apply_role()
        self.year_spin.valueChanged.connect(self.refresh)
        self.year_spin.valueChanged.connect(self.manager.target_year.setValue)
        self.compare_spin.valueChanged.connect(self.refresh)
        self.site_combo.currentIndexChanged.connect(self.refresh)
        self.manager.changed.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self._set_export_enabled(False)
        self._ready = True

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.setAccessibleName(accessible)
        b.setAutoDefault(False)
        return b

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- who -------------------------------------------------------------------------------
    @property
    def lead(self) -> bool:
        return self.staff is not None and access.is_lead(self.staff.role)

    def _author_id(self) -> uuid.UUID | None:
        return self.staff.id if self.staff else None

    def _apply_role(self) -> None:
        """Team leads change the indicators; everyone else sees the page as it is. The table
        covers the whole team's work, as the report does: only a lead may export it."""
        self.manager.author_id = self._author_id()
        self.manager.setVisible(self.lead)
        self.read_only.setVisible(not self.lead)

    def set_staff(self, staff: StaffInfo) -> None:
        """Someone else unlocked the desk: their rights from now on."""
        self.staff = staff
        self._apply_role()
        self._set_export_enabled(self.output is not None)

    # -- choices ---------------------------------------------------------------------------
    def reload_sites(self) -> None:
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("All meeting places"), None)
        for x in self.journal.read(list_sites):
            self.site_combo.addItem(x.name, x.id)
        index = next(
            (i for i in range(self.site_combo.count()) if self.site_combo.itemData(i) == current),
            0,
        )
        self.site_combo.setCurrentIndex(index)
        self.site_combo.blockSignals(False)

    def site_ids(self) -> list[uuid.UUID] | None:
        chosen = self.site_combo.currentData()
        return [chosen] if chosen else None

    def request(self) -> door.Request:
        """The ``indikatorer`` report of the asked year, as the command line asks for it."""
        return door.Request(
            REPORT_KEY,
            periods.full_year(self.year_spin.value()),
            self.site_ids(),
            self.lang,
            {"compare": self.compare_spin.value()},
        )

    # -- reading and drawing ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Each time the tab is opened (not when the window comes back from the task bar):
        # the journal may have changed meanwhile.
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the figures in the background; they are drawn when ready."""
        if not self._ready:
            return
        if self.runner.busy:
            self._again = True
            return
        self._again = False
        year, compare, sites = self.year_spin.value(), self.compare_spin.value(), self.site_ids()
        request = self.request()
        journal = self.journal

        def work(_progress: Callable[[str, int, int], None]) -> tuple[Any, door.Output]:
            series = journal.read(indicator_series, year, compare, sites)
            return series, journal.read(door.build, request)

        self.status.setText(self.tr("Reading the figures…"))
        self.runner.run(work, self._on_loaded, self._on_failed)

    def _on_loaded(self, result: tuple[list[IndicatorSeries], door.Output]) -> None:
        if self._again:
            self.refresh()
            return
        self.series, self.output = result
        self.grid.set_charts([chart_data(x, self.lang) for x in self.series])
        table = self.output.table
        self.model.set_table(table)
        self.table.clearSpans()
        for row in self.model.section_title_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        self._fit_table()
        self.title.setText(table.title)
        self.subtitle.setText(table.subtitle)
        self.notes.setText("\n".join([*table.legend, *table.prose(), *table.notes]))
        if self.series:
            self.status.clear()
        elif self.lead:
            self.status.setText(
                self.tr("No indicators yet: add the first ones from the catalogue on the right.")
            )
        else:
            self.status.setText(self.tr("No indicators yet: a team lead chooses them."))
        self.status.setVisible(bool(self.status.text()))
        self._set_export_enabled(True)
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if self._again:
            self.refresh()
            return
        self.series, self.output = [], None
        self.grid.set_charts([])
        self.model.set_table(None)
        self.title.clear()
        self.subtitle.clear()
        self.notes.clear()
        self.status.setText(self.tr("The indicators could not be read: %1").replace("%1", str(exc)))
        self.status.setVisible(True)
        self._set_export_enabled(False)
        self.loaded.emit()

    def _fit_table(self) -> None:
        """The table as high as its rows: the page scrolls, not the table."""
        view = self.table
        view.resizeRowsToContents()
        height = view.horizontalHeader().height() + 2 * view.frameWidth()
        height += sum(view.rowHeight(r) for r in range(self.model.rowCount()))
        height += view.horizontalScrollBar().sizeHint().height()  # a wide table scrolls sideways
        view.setFixedHeight(height)

    def charts(self) -> list[IndicatorChart]:
        return list(self.grid.charts)

    # -- export ----------------------------------------------------------------------------
    def _set_export_enabled(self, on: bool) -> None:
        for b in (self.pdf_button, self.xlsx_button, self.csv_button):
            b.setEnabled(on and self.lead)
            b.setVisible(self.lead)

    def default_file_name(self, fmt: str) -> str:
        demo = "exempeldata-" if self.output is not None and self.output.table.demo else ""
        return f"{demo}{REPORT_KEY}-{self.year_spin.value()}.{fmt}"

    def export(self, fmt: str, path: Path | None = None) -> Path | None:
        """The table shown, written through the report door (whole, and audited)."""
        if self.output is None or not self.lead:
            return None
        saver = ReportSaver(self)
        if path is None:
            path = saver.ask_path(fmt, self.tr("Save indicators"), self.default_file_name(fmt))
            if path is None:
                return None
        return saver.write(self.journal, self.output, fmt, path, self._author_id())
