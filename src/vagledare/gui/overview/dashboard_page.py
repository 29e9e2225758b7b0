"""Översikt: the team lead's overview of a site (or all sites) over a period — six charts,
each savable as PNG, and the one-click monthly pack (PDF) with the charts and every report
of the month."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common import text_size
from vagledare.gui.common.tasks import Cancelled, TaskRunner
from vagledare.gui.overview.dashboard_charts import (
    chart_view,
    draw_attendance,
    draw_bip,
    draw_cases,
    draw_genders,
    draw_weekly,
)
from vagledare.gui.overview.heat_map import HeatMapWidget
from vagledare.gui.shell import theme
from vagledare.gui.shell.theme import LIGHT, Theme
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.sites import list_sites
from vagledare.journal.staff import StaffInfo
from vagledare.journal.terms import Lang
from vagledare.reports import periods
from vagledare.reports.overview import (
    STEPS,
    Dashboard,
    build_dashboard,
    journal_rows,
    pack_month,
)
from vagledare.reports.periods import Period

LAST_12, LAST_MONTH, THIS_MONTH, THIS_YEAR, RANGE = range(5)
CHART_KEYS = ("weekly", "heat", "genders", "cases", "attendance", "bip")
PACK_SIZE = QSize(760, 400)  # each chart's size in the monthly pack (drawn at 2.5 times)
# On a journal of up to this many snabbärenden (and as many cases) the figures are read at
# once, in a few milliseconds; on a bigger one, in the background while the window goes on.
AT_ONCE_ROWS = 5_000


def widget_png(widget: QWidget, scale: float = 2.0) -> bytes:
    """The widget drawn into a PNG at ``scale`` times its size (sharp on paper)."""
    size = widget.size()
    pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(widget.palette().window().color())
    QWidget.render(widget, pixmap)  # QGraphicsView hides this overload
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def last_whole_months(today: date, n: int = 12) -> Period:
    """The ``n`` whole months before this one."""
    end = today.replace(day=1) - timedelta(days=1)
    index = end.year * 12 + end.month - 1 - (n - 1)
    return Period(date(index // 12, index % 12 + 1, 1), end)


class ChartSet:
    """The six chart widgets, drawn from one ``Dashboard`` in one look."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.views = {
            "weekly": chart_view(
                "weeklyChart",
                QApplication.translate("DashboardPage", "Quick cases per week and category"),
            ),
            "genders": chart_view(
                "genderChart", QApplication.translate("DashboardPage", "Women and men")
            ),
            "cases": chart_view(
                "casesChart",
                QApplication.translate("DashboardPage", "Open cases and closures per month"),
            ),
            "attendance": chart_view(
                "attendanceChart",
                QApplication.translate("DashboardPage", "Language group attendance per month"),
            ),
            "bip": chart_view(
                "bipChart", QApplication.translate("DashboardPage", "Progress: change per factor")
            ),
        }
        self.heat = HeatMapWidget(lang)
        self.heat.setObjectName("heatMap")
        self._pending: list[Callable[[], object]] = []  # charts still to draw
        self._timer = QTimer(self.heat)  # the next of them, on the next turn
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._draw_next)

    def widget(self, key: str) -> QWidget:
        return self.heat if key == "heat" else self.views[key]

    def titles(self) -> dict[str, str]:
        return {
            "weekly": QApplication.translate("DashboardPage", "Quick cases per week and category"),
            "heat": QApplication.translate("DashboardPage", "When visitors come (weekday × hour)"),
            "genders": QApplication.translate("DashboardPage", "Women and men"),
            "cases": QApplication.translate(
                "DashboardPage", "Open cases and closures to self-sufficiency"
            ),
            "attendance": QApplication.translate(
                "DashboardPage", "Language groups: attendance trend"
            ),
            "bip": QApplication.translate(
                "DashboardPage", "Progress (BIP): mean change per factor"
            ),
        }

    def draw(self, board: Dashboard, look: Theme) -> None:
        """Every chart now."""
        self._pending = self._steps(board, look)
        self.finish()

    def draw_soon(self, board: Dashboard, look: Theme) -> None:
        """The first chart now, the others one per turn of the event loop: drawing and
        painting all six at once holds the window longer than a frame (#22)."""
        self._pending = self._steps(board, look)
        self._draw_next()

    def finish(self) -> None:
        """Draw the charts not drawn yet, now."""
        while self._pending:
            self._pending.pop(0)()

    @property
    def drawn(self) -> bool:
        return not self._pending

    def _draw_next(self) -> None:
        if self._pending:
            self._pending.pop(0)()
        if self._pending:
            self._timer.start(0)

    def _steps(self, board: Dashboard, look: Theme) -> list[Callable[[], object]]:
        lang = self.lang
        return [
            partial(draw_weekly, self.views["weekly"], board.weekly, lang, look),
            partial(self.heat.set_heat_map, board.heat),
            partial(draw_genders, self.views["genders"], board.genders, lang, look),
            partial(draw_cases, self.views["cases"], board.cases, lang, look),
            partial(draw_attendance, self.views["attendance"], board.attendance, lang, look),
            partial(draw_bip, self.views["bip"], board.bip, lang, look),
        ]

    def caption(self, key: str) -> str:
        """The chart's figures in words (under each chart in the monthly pack)."""
        if key == "heat":
            return self.heat.summary()
        return self.widget(key).accessibleDescription()


class ChartPanel(QFrame):
    """A chart with its heading and a Save as PNG button."""

    def __init__(
        self, title: str, chart: QWidget, on_save: Callable[[], None], parent: QWidget
    ) -> None:
        super().__init__(parent, objectName="chartPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.title = QLabel(title, wordWrap=True)
        text_size.set_style_sheet(self.title, "font-weight: 600; font-size: 11pt;")
        self.save = QPushButton(self.tr("Save as P&NG…"))
        self.save.setAccessibleName(self.tr("Save %1 as PNG").replace("%1", title))
        self.save.setAutoDefault(False)
        self.save.clicked.connect(on_save)
        row.addWidget(self.title, 1)
        row.addWidget(self.save)
        layout.addLayout(row)
        layout.addWidget(chart, 1)


class DashboardPage(QWidget):
    help_topic = "dashboard"

    def __init__(
        self,
        journal: Journal,
        lang: Lang,
        staff: StaffInfo | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.lang, self.staff, self.today = journal, lang, staff, today
        self.board: Dashboard | None = None
        self._ready = False
        self.runner = TaskRunner(self)
        self._reading: tuple[object, ...] | None = None  # what the background build reads
        self._again = False  # the choices changed while it read: read anew when it ends
        self._stale = False  # a build was stopped when the tab was left: read when shown
        self._big: bool | None = None  # a big journal; None: count it (again)

        self.site_combo = QComboBox(objectName="dashboardSite")
        self.site_combo.setAccessibleName(self.tr("Meeting place"))
        self.period_combo = QComboBox(objectName="dashboardPeriod")
        self.period_combo.setAccessibleName(self.tr("Period"))
        for text in (
            self.tr("Last 12 whole months"),
            self.tr("Last month"),
            self.tr("This month"),
            self.tr("This year"),
            self.tr("Free range"),
        ):
            self.period_combo.addItem(text)
        self.from_date = QDateEdit(objectName="dashboardFrom", calendarPopup=True)
        self.to_date = QDateEdit(objectName="dashboardTo", calendarPopup=True)
        self.from_date.setAccessibleName(self.tr("First day"))
        self.to_date.setAccessibleName(self.tr("Last day"))
        self.pack_button = QPushButton(objectName="packButton")
        self.pack_button.setMinimumHeight(36)
        self.pack_button.setAutoDefault(False)
        self.period_label = QLabel(objectName="dashboardPeriodText", wordWrap=True)
        text_size.set_style_sheet(self.period_label, "font-size: 13pt; font-weight: 600;")
        self.progress = QProgressBar()
        self.progress.setObjectName("dashboardProgress")
        self.progress.setRange(0, len(STEPS))
        self.progress.setFormat(self.tr("Reading the figures…"))
        self.progress.setAccessibleName(self.tr("Reading the figures"))
        self.progress.setVisible(False)

        site_label = QLabel(self.tr("&Meeting place:"))
        site_label.setBuddy(self.site_combo)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_combo)
        self.from_label = QLabel(self.tr("&From:"))
        self.from_label.setBuddy(self.from_date)
        self.to_label = QLabel(self.tr("&To:"))
        self.to_label.setBuddy(self.to_date)
        top = QHBoxLayout()
        for w in (
            site_label,
            self.site_combo,
            period_label,
            self.period_combo,
            self.from_label,
            self.from_date,
            self.to_label,
            self.to_date,
        ):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.pack_button)

        # Built in place, each container in its parent before its contents: a widget tree
        # moved into another parent is re-styled whole (the window's style sheet, #22).
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.period_label)
        outer.addWidget(self.progress)
        scroll = QScrollArea(self, objectName="dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(scroll, 1)
        grid_host = QWidget(objectName="dashboardGrid")
        scroll.setWidget(grid_host)
        grid = QGridLayout(grid_host)
        grid.setSpacing(10)
        self.charts = ChartSet(lang)
        self.panels: dict[str, ChartPanel] = {}
        titles = self.charts.titles()
        for i, key in enumerate(CHART_KEYS):
            panel = ChartPanel(titles[key], self.charts.widget(key), self._saver(key), grid_host)
            self.panels[key] = panel
            grid.addWidget(panel, i // 2, i % 2)
        for r in range(3):
            grid.setRowMinimumHeight(r, 340)

        today_ = self.today()
        self.from_date.setDate(QDate(today_.year, 1, 1))
        self.to_date.setDate(QDate(today_))
        self.reload_sites()
        self._on_period_kind()
        self.site_combo.currentIndexChanged.connect(self.refresh)
        self.period_combo.currentIndexChanged.connect(self._on_period_kind)
        self.from_date.dateChanged.connect(self.refresh)
        self.to_date.dateChanged.connect(self.refresh)
        self.pack_button.clicked.connect(self._on_pack)
        theme.notifier().changed.connect(self._on_theme)
        self._ready = True

    # -- choices ---------------------------------------------------------------------------
    def reload_sites(self) -> None:
        current = self.site_combo.currentData()
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("All meeting places"), None)
        for x in self.journal.read(list_sites):
            self.site_combo.addItem(x.name, x.id)
        self.site_combo.setCurrentIndex(max(self.site_combo.findData(current), 0))
        self.site_combo.blockSignals(False)

    def period(self) -> Period:
        kind = self.period_combo.currentIndex()
        today = self.today()
        if kind == LAST_12:
            return last_whole_months(today)
        if kind == LAST_MONTH:
            return last_whole_months(today, 1)
        if kind == THIS_MONTH:
            return periods.month(today.year, today.month)
        if kind == THIS_YEAR:
            return periods.full_year(today.year)
        start = self.from_date.date().toPython()
        end = self.to_date.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return Period(start, end)

    def period_text(self, period: Period) -> str:
        """The period in words; the last whole months say that this month is left out."""
        if self.period_combo.currentIndex() != LAST_12:
            return period.label(self.lang)
        first = periods.month(period.start.year, period.start.month).label(self.lang)
        last = periods.month(period.end.year, period.end.month).label(self.lang)
        return (
            self.tr("Last 12 whole months (%1–%2; the current month is not included)")
            .replace("%1", first)
            .replace("%2", last)
        )

    def site_ids(self) -> list | None:
        chosen = self.site_combo.currentData()
        return [chosen] if chosen else None

    def _on_period_kind(self) -> None:
        free = self.period_combo.currentIndex() == RANGE
        for w in (self.from_date, self.to_date, self.from_label, self.to_label):
            w.setVisible(free)
        self.refresh()

    # -- drawing ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._big:  # it may have grown meanwhile (an import, an exchange); a big
            self._big = None  # one stays big (no count on every visit)
        if self.board is None or self._stale:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        # Another tab was chosen (not the window minimised): no figures for an unseen tab.
        if not event.spontaneous() and self.runner.busy:
            self._again = False
            self._stale = True
            self.runner.cancel()
        super().hideEvent(event)

    @property
    def loading(self) -> bool:
        """The figures are being read in the background."""
        return self.runner.busy

    def refresh(self) -> None:
        """Read the figures for the choices and draw them: at once on a small journal, in the
        background on a big one (a build for other choices is stopped first)."""
        if not self._ready and self.board is None and not self.isVisible():
            return
        try:
            period = self.period()
            key = (period, self.site_ids(), self.lang)
            if self.runner.busy:
                if key != self._reading:  # stop the build for the old choices, then read
                    self._again = True
                    self.runner.cancel()
                return
            self._stale = self._again = False
            if not self._is_big():
                board = self.journal.read(build_dashboard, period, self.site_ids(), self.lang)
            else:
                self._read_in_background(key)
                return
        except (ValidationError, ValueError) as exc:
            self._show_failure(exc)
            return
        self._show(board)

    def _is_big(self) -> bool:
        """A big journal (``AT_ONCE_ROWS`` snabbärenden and cases): every figure is read in the
        background. Counted once per showing of the page, not for every choice."""
        if self._big is None:
            self._big = self.journal.read(journal_rows, AT_ONCE_ROWS) >= AT_ONCE_ROWS
        return self._big

    def _read_in_background(self, key: tuple[object, ...]) -> None:
        period, sites, lang = key
        journal = self.journal

        def work(progress: Callable[[str, int, int], None]) -> Dashboard:
            return journal.read(build_dashboard, period, sites, lang, progress)  # type: ignore[arg-type]

        self._reading = key
        self.pack_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.runner.run(work, self._on_built, self._on_failed, self._on_progress)

    def _on_progress(self, _step: str, done: int, _total: int) -> None:
        self.progress.setValue(done)

    def _on_built(self, board: Dashboard) -> None:
        self._reading = None
        self.progress.setVisible(False)
        if self._again:
            self.refresh()
            return
        self._show(board)

    def _on_failed(self, exc: BaseException) -> None:
        self._reading = None
        self.progress.setVisible(False)
        if self._again:
            self.refresh()
        elif not isinstance(exc, Cancelled):
            self._show_failure(exc)

    def wait_for_figures(self) -> None:
        """Wait for figures being read and draw them (the pack and the PNGs need them)."""
        for _ in range(3):  # the build, and one for choices changed meanwhile
            if not self.runner.busy:
                break
            self.runner.finish()
        self.charts.finish()

    def _show_failure(self, exc: BaseException) -> None:
        self.board = None
        if isinstance(exc, (ValidationError, ValueError)):
            self.period_label.setText(str(exc))
        else:
            self.period_label.setText(
                self.tr("The figures could not be read: %1").replace("%1", str(exc))
            )
        self.pack_button.setEnabled(False)

    def _show(self, board: Dashboard) -> None:
        self.board = board
        period = board.period
        if self.isVisible():
            self.charts.draw_soon(self.board, theme.current())
        else:
            self.charts.draw(self.board, theme.current())
        where = self.board.where
        text = f"{where} · {self.period_text(period)}"
        if self.board.demo:
            text = self.tr("Sample data") + " · " + text
        self.period_label.setText(text)
        month = pack_month(period)
        self.pack_button.setEnabled(True)
        self.pack_button.setText(
            self.tr("Monthly pack %1 (P&DF)…").replace("%1", month.label(self.lang))
        )
        self.pack_button.setAccessibleName(
            self.tr("Save the monthly pack for %1 as PDF").replace("%1", month.label(self.lang))
        )
        self.pack_button.setToolTip(
            self.tr(
                "One PDF: these charts, then every report for %1 (the month in which the "
                "chosen period ends)."
            ).replace("%1", month.label(self.lang))
        )

    def _on_theme(self, look: Theme) -> None:
        if self.board is not None:
            self.charts.draw(self.board, look)

    # -- PNG and PDF -----------------------------------------------------------------------
    def _saver(self, key: str) -> Callable[[], None]:
        return lambda: self.save_png(key)

    def default_png_name(self, key: str) -> str:
        demo = "exempeldata-" if self.board is not None and self.board.demo else ""
        return f"{demo}oversikt-{key}-{self.period().slug}.png"

    def save_png(self, key: str, path: Path | None = None) -> Path | None:
        self.wait_for_figures()
        if self.board is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save chart"),
                str(Path.home() / self.default_png_name(key)),
                self.tr("PNG image (*.png)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".png":
                path = path.with_name(path.name + ".png")
        widget = self.charts.widget(key)
        if isinstance(widget, QChartView):  # a PNG on its own says what it shows
            widget.chart().setTitle(str(widget.property("chartTitle") or ""))
            QApplication.processEvents()
        try:
            png = widget_png(widget)
        finally:
            if isinstance(widget, QChartView):
                widget.chart().setTitle("")
        return self._write(path, png, "png", key)

    def pack_pngs(self) -> list[tuple[str, bytes, str]]:
        """The charts as the pack prints them: light look, fixed size, twice the pixels."""
        assert self.board is not None
        printed = ChartSet(self.lang)
        printed.heat.look = LIGHT
        hosts = []
        for key in CHART_KEYS:
            w = printed.widget(key)
            w.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            w.resize(PACK_SIZE)
            w.show()
            hosts.append(w)
        printed.draw(self.board, LIGHT)
        for w in hosts:  # let the charts lay out their axes before they are drawn
            w.resize(PACK_SIZE + QSize(1, 1))
            w.resize(PACK_SIZE)
        for _ in range(3):
            QApplication.processEvents()
        titles = printed.titles()
        out = [
            (titles[k], widget_png(printed.widget(k), 2.5), printed.caption(k)) for k in CHART_KEYS
        ]
        for w in hosts:
            w.close()
            w.deleteLater()
        return out

    def build_pack(self) -> bytes:
        from vagledare.reports.render.pack import PackChart, build_pack_pdf

        self.wait_for_figures()
        assert self.board is not None
        period = self.board.period
        month = pack_month(period)
        from vagledare.reports.door import pack_tables

        tables = self.journal.read(pack_tables, month, self.site_ids(), self.lang)
        title = self.tr("Monthly pack %1 – %2").replace("%1", month.label(self.lang))
        title = title.replace("%2", self.board.where)
        if self.board.demo:
            title = self.tr("Sample data") + ": " + title
        subtitle = (
            self.tr("Charts: %1. Tables: %2.")
            .replace("%1", period.label(self.lang))
            .replace("%2", month.label(self.lang))
        )
        charts = [PackChart(t, png, caption) for t, png, caption in self.pack_pngs()]
        return build_pack_pdf(title, subtitle, charts, tables, self.lang, demo=self.board.demo)

    def default_pack_name(self) -> str:
        demo = "exempeldata-" if self.board is not None and self.board.demo else ""
        month = pack_month(self.period())
        return f"{demo}manadspaket-{month.start:%Y-%m}.pdf"

    def _on_pack(self) -> None:
        self.save_pack()

    def save_pack(self, path: Path | None = None) -> Path | None:
        self.wait_for_figures()
        if self.board is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save monthly pack"),
                str(Path.home() / self.default_pack_name()),
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self.build_pack()
        finally:
            QApplication.restoreOverrideCursor()
        return self._write(path, data, "pdf", "manadspaket")

    def _write(self, path: Path, data: bytes, fmt: str, what: str) -> Path | None:
        from vagledare.journal.private_files import atomic_write

        try:
            atomic_write(path, data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or ""),
            )
            return None
        from vagledare.reports.door import record

        period = self.period()
        record(
            self.journal,
            self.staff.id if self.staff else None,
            "export",
            f"oversikt-{what}",
            format=fmt,
            file=path.name,
            start=period.start,
            end=period.end,
            demo=bool(self.board and self.board.demo),
        )
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)
        return path
