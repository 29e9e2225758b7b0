"""The overview's charts (QtCharts), drawn from the dashboard's plain figures.

Each ``draw_*`` function fills an existing ``QChartView`` for a look (light, dark or high
contrast), and writes a plain-text summary of the figures into the view's accessible
description, so a screen reader user gets the numbers the chart shows.

Labels never come out cut or repeated: a ``ChartView`` fits them to its size whenever it is
drawn or resized (``fit_labels``) — count axes get whole-number steps (never "1 1 1 0 0"),
as many as there is height for; month names are three letters ("mar") and stand upright when
they do not fit side by side; week labels thin out; the legend under the chart wraps onto
more lines instead of cutting its entries short.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from html import escape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QObject, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPen,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QGraphicsTextItem, QSizePolicy

from vagledare.gui.shell.theme import Theme
from vagledare.journal.terms import Lang
from vagledare.reports.overview import (
    FactorChange,
    GenderSplit,
    MonthAttendance,
    MonthCases,
    WeeklyCategories,
    month_label,
)

# Okabe–Ito: told apart also by people with colour-vision deficiency.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
CONTRAST_COLOURS = ("#00ffff", "#ffff00", "#00ff00", "#ff66ff", "#ffffff", "#ff9933", "#99ccff")
WOMEN, MEN, UNSTATED = "#E69F00", "#0072B2", "#999999"
MAX_LABELS = 9  # week labels along the axis (fewer where they would not fit)
MAX_TICKS = 6  # on a count axis (fewer where the chart is low)
COUNT_TOP = "countTop"  # a count axis' property: the highest count it must show
MIN_HEIGHT = 280  # of a chart view (more where its rows need it)


PATTERN_TILE = 12  # pixels of one pattern tile


def pattern_image(colour: str, index: int, size: int = PATTERN_TILE) -> QImage:
    """A tile of series ``index``'s fill: its colour with white lines or dots of its own
    (none for the first), so that stacked series are told apart in grayscale too."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(colour))
    kind = index % 7
    if kind == 0:
        return image
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#ffffff"), 1.6))
    s = float(size)
    if kind == 1:  # diagonal lines
        p.drawLine(QPointF(0, s), QPointF(s, 0))
        p.drawLine(QPointF(-s / 2, s / 2), QPointF(s / 2, -s / 2))
        p.drawLine(QPointF(s / 2, s * 1.5), QPointF(s * 1.5, s / 2))
    elif kind == 2:  # dots
        p.setBrush(QColor("#ffffff"))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(QPointF(s / 4, s / 4), 1.6, 1.6)
        p.drawEllipse(QPointF(3 * s / 4, 3 * s / 4), 1.6, 1.6)
    elif kind == 3:  # horizontal lines
        p.drawLine(QPointF(0, s / 2), QPointF(s, s / 2))
    elif kind == 4:  # cross-hatch
        p.drawLine(QPointF(0, s / 2), QPointF(s, s / 2))
        p.drawLine(QPointF(s / 2, 0), QPointF(s / 2, s))
    elif kind == 5:  # vertical lines
        p.drawLine(QPointF(s / 2, 0), QPointF(s / 2, s))
    else:  # back-diagonal lines
        p.drawLine(QPointF(0, 0), QPointF(s, s))
        p.drawLine(QPointF(s / 2, -s / 2), QPointF(s * 1.5, s / 2))
        p.drawLine(QPointF(-s / 2, s / 2), QPointF(s / 2, s * 1.5))
    p.end()
    return image


def number(n: int) -> str:
    """A count as the desk's language writes it: ``1 800`` (Swedish), ``1,800`` (English)."""
    return QLocale().toString(n)


class ChartView(QChartView):
    """A chart view with a legend of its own under the chart, wrapped onto as many lines as
    its entries need (Qt's legend keeps to one row and cuts its entries short), and labels
    fitted to its size (``fit_labels``) whenever it is drawn or resized. The legend is in the
    view's scene, so a saved PNG has it too."""

    def __init__(self, chart: QChart) -> None:
        super().__init__(chart)
        self.week_labels: list[tuple[int, str]] = []  # the weekly chart's: (index, label)
        self.row_labels: list[str] = []  # a horizontal bar chart's, before wrapping
        self.legend_entries: list[tuple[str, str]] = []  # (label, colour)
        self.legend_patterns = False  # the markers show each series' pattern (pattern_image)
        self.legend_item = QGraphicsTextItem()
        self.legend_item.setObjectName("chartLegend")
        self.scene().addItem(self.legend_item)

    def set_legend(self, entries: Sequence[tuple[str, str]], patterns: bool = False) -> None:
        """The legend's entries, (label, colour), in the chart's own colours; with
        ``patterns``, each marker is a tile of its series' pattern (``pattern_image``)."""
        chart = self.chart()
        chart.legend().setVisible(False)
        self.setBackgroundBrush(chart.backgroundBrush())  # also behind the legend
        self.legend_entries = list(entries)
        self.legend_patterns = patterns
        self.legend_item.setDefaultTextColor(chart.legend().labelColor())
        self.legend_item.setFont(self.font())
        doc = self.legend_item.document()
        size = QFontMetrics(self.font()).height() - 2

        def marker(i: int, colour: str) -> str:
            if not patterns:
                return f'<span style="color:{colour}">&#9632;</span>'
            url = f"pattern:{i}"
            doc.addResource(
                QTextDocument.ResourceType.ImageResource.value,
                QUrl(url),
                pattern_image(colour, i, max(size, 8)),
            )
            return f'<img src="{url}" width="{size}" height="{size}" style="vertical-align:middle">'

        self.legend_item.setHtml(
            "&nbsp;&nbsp; ".join(  # a line may break between entries, not inside one
                marker(i, colour) + "&nbsp;" + escape(label).replace(" ", "&nbsp;")
                for i, (label, colour) in enumerate(self.legend_entries)
            )
        )
        self.legend_item.setVisible(bool(self.legend_entries))
        self.place_legend()

    def legend_texts(self) -> list[str]:
        return [label for label, _ in self.legend_entries]

    def place_legend(self) -> None:
        """The chart above, the legend's lines below, centred."""
        width, height = self.width(), self.height()
        legend_height = 0.0
        if self.legend_entries:
            self.legend_item.setTextWidth(-1)
            natural = self.legend_item.boundingRect().width()
            self.legend_item.setTextWidth(min(natural, max(width - 16, 40)))
            legend_height = self.legend_item.boundingRect().height()
            self.legend_item.setPos(
                max((width - self.legend_item.textWidth()) / 2, 8), height - legend_height - 2
            )
        self.chart().resize(width, max(height - legend_height - 2, 40))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.place_legend()
        fit_labels(self)


def count_ticks(top: float, max_ticks: int = MAX_TICKS) -> tuple[int, int]:
    """The axis' top and its number of ticks for counts from 0 to ``top``: whole steps of
    1, 2 or 5 × 10ⁿ, at most ``max_ticks`` ticks, so no two labels are the same number."""
    top = max(math.ceil(top), 1)
    intervals = max(max_ticks - 1, 1)
    step = 1
    while math.ceil(top / step) > intervals:
        digits = str(step)
        step = step * 5 // 2 if digits.startswith("2") else step * 2
    nice_top = math.ceil(top / step) * step
    return nice_top, nice_top // step + 1


def fit_labels(view: QChartView) -> None:
    """Fit the chart's labels to its size (see the module's text)."""
    chart = view.chart()
    fm = QFontMetrics(view.font())
    width = max(chart.size().width(), float(view.minimumWidth()))
    height = max(chart.size().height(), 120.0)
    if isinstance(view, ChartView) and view.row_labels:
        _wrap_row_labels(view, width, fm)
    verticals = chart.axes(Qt.Orientation.Vertical)
    beside = sum(fm.horizontalAdvance("0000") + 2 * fm.height() + 12 for _ in verticals)
    plot_width = max(width - beside - 16, 40)
    for axis in chart.axes(Qt.Orientation.Horizontal):
        if isinstance(axis, QBarCategoryAxis) and axis.count():
            need = max(fm.horizontalAdvance(c) for c in axis.categories()) + 8
            axis.setLabelsAngle(0 if need <= plot_width / axis.count() else -90)
        elif isinstance(axis, QCategoryAxis) and isinstance(view, ChartView) and view.week_labels:
            _space_week_labels(axis, view.week_labels, plot_width, fm)
    plot_height = max(height - fm.height() - 36, 20)
    fitting = max(2, min(MAX_TICKS, int(plot_height // (fm.height() * 1.8)) + 1))
    for axis in chart.axes():
        top = axis.property(COUNT_TOP)
        if isinstance(axis, QValueAxis) and isinstance(top, int | float):
            nice_top, ticks = count_ticks(float(top), fitting)
            axis.setRange(0, nice_top)
            axis.setTickCount(ticks)
        if axis.titleText():  # a title longer than its axis is left out (the legend says it)
            title = QFontMetrics(axis.titleFont()).horizontalAdvance(axis.titleText())
            along = plot_height if axis.orientation() == Qt.Orientation.Vertical else plot_width
            axis.setTitleVisible(title + 8 <= along)


def _wrap_row_labels(view: ChartView, width: float, fm: QFontMetrics) -> None:
    """A horizontal bar chart's row labels on as many lines as keep them within the third of
    the chart's width that Qt gives them, and the chart high enough for every row's lines."""
    axis = next(
        (a for a in view.chart().axes(Qt.Orientation.Vertical) if isinstance(a, QBarCategoryAxis)),
        None,
    )
    if axis is None or axis.count() != len(view.row_labels):
        return
    room = max(width / 3 - 14, fm.horizontalAdvance("M") * 4)
    wrapped = [_wrap(label, room, fm) for label in view.row_labels]
    for old, new in zip(axis.categories(), wrapped, strict=True):
        if old != new:
            axis.replace(old, new)
    lines = max(label.count("<br>") + 1 for label in wrapped)
    legend = view.height() - view.chart().size().height()
    # Qt gives a row label the height of the plot over (rows + 1), less some padding.
    needed = (len(wrapped) + 1) * (lines * fm.height() + 20) + 2 * fm.height() + 48 + legend
    view.setMinimumHeight(max(MIN_HEIGHT, round(needed)))


def _wrap(label: str, room: float, fm: QFontMetrics) -> str:
    lines: list[str] = []
    for word in label.split():
        if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= room:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "<br>".join(escape(line) for line in lines)


def _space_week_labels(
    axis: QCategoryAxis, labels: list[tuple[int, str]], plot_width: float, fm: QFontMetrics
) -> None:
    """Every n-th week's label, n as small as lets them stand apart (each label has the room
    of the weeks up to the next one)."""
    widest = max(fm.horizontalAdvance(text) for _, text in labels) + 12
    per_week = plot_width / max(len(labels), 1)
    step = max(1, math.ceil(len(labels) / MAX_LABELS), math.ceil(widest / per_week))
    wanted = [(i, text) for i, text in labels if i % step == 0]
    if [(round(axis.endValue(c)), c) for c in axis.categoriesLabels()] == wanted:
        return
    for c in axis.categoriesLabels():
        axis.remove(c)
    for i, text in wanted:
        axis.append(text, i)


def chart_view(name: str, accessible: str) -> QChartView:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setVisible(False)  # the view's own legend (ChartView.set_legend)
    view = ChartView(chart)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(420, MIN_HEIGHT)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do in it; its figures are read
    return view


def _reset(view: QChartView, look: Theme, title: str) -> QChart:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTheme(
        {
            "dark": QChart.ChartTheme.ChartThemeDark,
            "contrast": QChart.ChartTheme.ChartThemeHighContrast,
        }.get(look.name, QChart.ChartTheme.ChartThemeLight)
    )
    if look.name == "contrast":
        chart.setBackgroundBrush(QColor("#000000"))
        chart.setTitleBrush(QColor("#ffffff"))
        chart.legend().setLabelColor(QColor("#ffffff"))
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 1.1)
    font.setBold(True)
    chart.setTitleFont(font)
    # The panel around the chart shows the title on screen; a saved PNG shows it inside.
    view.setProperty("chartTitle", title)
    chart.setTitle("")
    chart.setLocalizeNumbers(True)  # 0,5 in Swedish
    chart.legend().setFont(view.font())
    _legend(view, [])
    if isinstance(view, ChartView):
        view.week_labels, view.row_labels = [], []
        view.setMinimumHeight(MIN_HEIGHT)
    return chart


def _legend(view: QChartView, entries: Sequence[tuple[str, str]], patterns: bool = False) -> None:
    if isinstance(view, ChartView):
        view.set_legend(entries, patterns)


def _colours(look: Theme) -> Sequence[str]:
    return CONTRAST_COLOURS if look.name == "contrast" else SERIES_COLOURS


def _axis_font(view: QChartView, axis: object, look: Theme) -> None:
    axis.setLabelsFont(view.font())  # type: ignore[attr-defined]
    if look.name == "contrast":
        axis.setLabelsColor(QColor("#ffffff"))  # type: ignore[attr-defined]


def _count_axis(view: QChartView, look: Theme, top: float) -> QValueAxis:
    """An axis of counts from 0: whole-number steps, fitted to the view by ``fit_labels``."""
    axis = QValueAxis()
    axis.setProperty(COUNT_TOP, max(top, 0))
    nice_top, ticks = count_ticks(top)
    axis.setRange(0, nice_top)
    axis.setTickCount(ticks)
    axis.setLabelFormat("%.0f")
    _axis_font(view, axis, look)
    return axis


def month_labels(months: Sequence[date], lang: Lang) -> list[str]:
    """Three-letter month names, "jan" … "mar" … "dec" ("Jan" … in English), distinct (the
    period's label above the charts gives the years)."""
    from babel.dates import format_date

    loc = "sv_SE" if lang == "sv" else "en_GB"
    out: list[str] = []
    for m in months:
        text = format_date(m, "LLLL", locale=loc)[:3]
        while text in out:  # a period longer than two years: keep the categories distinct
            text += "\u200b"
        out.append(text)
    return out


def _number(value: Decimal | None, lang: Lang, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = f"{value:+}" if signed else f"{value}"
    return text.replace(".", ",") if lang == "sv" else text


def draw_weekly(view: QChartView, data: WeeklyCategories, lang: Lang, look: Theme) -> None:
    chart = _reset(
        view,
        look,
        QCoreApplication.translate("DashboardCharts", "Quick cases per week and category"),
    )
    series = QStackedBarSeries()
    for i, category in enumerate(data.categories):
        bars = QBarSet(category)
        bars.append([float(row[i]) for row in data.counts])
        colour = QColor(_colours(look)[i % len(_colours(look))])
        bars.setColor(colour)
        bars.setBrush(QBrush(pattern_image(colour.name(), i)))  # told apart in grayscale too
        bars.setBorderColor(colour)
        series.append(bars)
    series.setBarWidth(0.85)
    chart.addSeries(series)
    palette = _colours(look)
    entries = [(c, palette[i % len(palette)]) for i, c in enumerate(data.categories)]
    _legend(view, entries, patterns=True)
    # A value axis with a label every few weeks: category labels would be cut to a bar's width.
    step = max(1, math.ceil(len(data.weeks) / MAX_LABELS))
    x = QCategoryAxis()
    x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    x.setRange(-0.5, len(data.weeks) - 0.5)
    labels = [(i, data.week_label(i, lang)) for i in range(len(data.weeks))]
    if isinstance(view, ChartView):
        view.week_labels = labels
    for i, text in labels[::step]:
        x.append(text, i)
    x.setGridLineVisible(False)
    _axis_font(view, x, look)
    top = max((data.week_total(i) for i in range(len(data.weeks))), default=0)
    y = _count_axis(view, look, top)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    busiest = max(range(len(data.weeks)), key=data.week_total, default=None)
    summary = DashboardCounts().quick_cases_in_weeks(data.total, len(data.weeks))
    if busiest is not None and data.total:
        busiest_text = QCoreApplication.translate("DashboardCharts", "Busiest: %1 with %2.")
        summary += " " + busiest_text.replace("%1", data.week_label(busiest, lang)).replace(
            "%2", number(data.week_total(busiest))
        )
    view.setAccessibleDescription(summary)
    fit_labels(view)


def draw_genders(view: QChartView, splits: Sequence[GenderSplit], lang: Lang, look: Theme) -> None:
    chart = _reset(view, look, QCoreApplication.translate("DashboardCharts", "Women and men"))
    series = QHorizontalPercentBarSeries()
    names = {
        "quick_cases": QCoreApplication.translate("DashboardCharts", "Quick cases"),
        "new_cases": QCoreApplication.translate("DashboardCharts", "New cases"),
    }

    # Whole percent (half up, as the reports) so that the labels read as shares.
    def pct(n: int, total: int) -> float:
        return float((Decimal(100 * n) / total).quantize(Decimal(1), ROUND_HALF_UP)) if total else 0

    sets = [
        (
            QCoreApplication.translate("DashboardCharts", "Women"),
            WOMEN,
            [pct(s.women, s.total) for s in splits],
        ),
        (
            QCoreApplication.translate("DashboardCharts", "Men"),
            MEN,
            [pct(s.men, s.total) for s in splits],
        ),
    ]
    if any(s.unstated for s in splits):
        sets.append(
            (
                QCoreApplication.translate("DashboardCharts", "Not stated"),
                UNSTATED,
                [pct(s.unstated, s.total) for s in splits],
            )
        )
    for label, colour, values in sets:
        bars = QBarSet(label)
        bars.append(values)
        if look.name == "contrast":
            colour = {WOMEN: "#ffff00", MEN: "#00ffff", UNSTATED: "#ffffff"}[colour]
        bars.setColor(QColor(colour))
        bars.setBorderColor(QColor(colour))
        bars.setLabelColor(QColor("#000000"))
        series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value %")
    chart.addSeries(series)
    _legend(view, [(b.label(), b.color().name()) for b in series.barSets()])
    y = QBarCategoryAxis()
    rows = [f"{names[s.what]} ({number(s.total)})" for s in splits]
    y.append(rows)
    if isinstance(view, ChartView):
        view.row_labels = rows
    _axis_font(view, y, look)
    x = QValueAxis()
    x.setRange(0, 100)
    x.setTickCount(5)
    x.setLabelFormat("%.0f %")  # Qt Charts writes a format's "%%" as it stands
    _axis_font(view, x, look)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    series.attachAxis(y)
    parts = []
    counts = DashboardCounts()
    for s in splits:
        share = round(100 * s.women / s.total) if s.total else 0
        parts.append(
            QCoreApplication.translate("DashboardCharts", "%1: %2 and %3 (%4 % women)")
            .replace("%1", names[s.what])
            .replace("%2", counts.women(s.women))
            .replace("%3", counts.men(s.men))
            .replace("%4", str(share))
        )
    view.setAccessibleDescription("; ".join(parts) + ".")
    fit_labels(view)


def draw_cases(view: QChartView, months: Sequence[MonthCases], lang: Lang, look: Theme) -> None:
    chart = _reset(
        view,
        look,
        QCoreApplication.translate(
            "DashboardCharts", "Open cases and closures to self-sufficiency per month"
        ),
    )
    colours = _colours(look)
    bars = QBarSet(QCoreApplication.translate("DashboardCharts", "Open at the month's end"))
    bars.append([float(m.open_at_end) for m in months])
    bars.setColor(QColor(colours[0]))
    bars.setBorderColor(QColor(colours[0]))
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    line = QLineSeries()
    line.setName(QCoreApplication.translate("DashboardCharts", "Closed to self-sufficiency"))
    for i, m in enumerate(months):
        line.append(i, m.self_sufficient)
    line.setPen(QPen(QColor(colours[1]), 3))
    line.setPointsVisible(True)
    chart.addSeries(line)
    _legend(view, [(bars.label(), colours[0]), (line.name(), colours[1])])
    x = QBarCategoryAxis()
    x.append(month_labels([m.month for m in months], lang))
    _axis_font(view, x, look)
    if len(months) > 14:
        x.setLabelsAngle(-90)
    left = _count_axis(view, look, max((m.open_at_end for m in months), default=0))
    left.setTitleText(QCoreApplication.translate("DashboardCharts", "Open"))
    right = _count_axis(view, look, max((m.self_sufficient for m in months), default=0))
    right.setTitleText(QCoreApplication.translate("DashboardCharts", "Self-sufficiency"))
    right.setGridLineVisible(False)  # one grid, the left axis'
    for axis, colour in ((left, colours[0]), (right, colours[1])):  # which axis is whose
        axis.setLabelsColor(QColor(colour))
        axis.setTitleBrush(QColor(colour))

    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
    series.attachAxis(x)
    series.attachAxis(left)
    line.attachAxis(x)
    line.attachAxis(right)
    view.setAccessibleDescription(
        "; ".join(
            QCoreApplication.translate("DashboardCharts", "%1: %2 open, %3 to self-sufficiency")
            .replace("%1", month_label(m.month, lang))
            .replace("%2", str(m.open_at_end))
            .replace("%3", str(m.self_sufficient))
            for m in months
        )
    )
    fit_labels(view)


def draw_attendance(
    view: QChartView, months: Sequence[MonthAttendance], lang: Lang, look: Theme
) -> None:
    chart = _reset(
        view,
        look,
        QCoreApplication.translate(
            "DashboardCharts", "Language groups: present per session, monthly mean"
        ),
    )
    line = QLineSeries()
    line.setName(QCoreApplication.translate("DashboardCharts", "Present per session (with guests)"))
    for i, m in enumerate(months):
        if m.mean is not None:
            line.append(i, float(m.mean))
    line.setPen(QPen(QColor(_colours(look)[2]), 3))
    line.setPointsVisible(True)
    chart.addSeries(line)
    _legend(view, [(line.name(), _colours(look)[2])])
    x = QBarCategoryAxis()
    x.append(month_labels([m.month for m in months], lang))
    _axis_font(view, x, look)
    if len(months) > 14:
        x.setLabelsAngle(-90)
    top = max((float(m.mean) for m in months if m.mean is not None), default=0)
    y = _count_axis(view, look, math.ceil(top * 1.15))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    line.attachAxis(x)
    line.attachAxis(y)
    view.setAccessibleDescription(
        "; ".join(
            QCoreApplication.translate(
                "DashboardCharts", "%1: %2 present per session over %3 sessions"
            )
            .replace("%1", month_label(m.month, lang))
            .replace("%2", _number(m.mean, lang))
            .replace("%3", str(m.sessions))
            for m in months
        )
    )
    fit_labels(view)


def draw_bip(view: QChartView, changes: Sequence[FactorChange], lang: Lang, look: Theme) -> None:
    chart = _reset(
        view,
        look,
        QCoreApplication.translate(
            "DashboardCharts", "Progress: mean change per factor, first to latest reading"
        ),
    )
    bars = QBarSet(QCoreApplication.translate("DashboardCharts", "Mean change"))
    bars.append([float(c.change or 0) for c in changes])
    colour = QColor(_colours(look)[0])
    bars.setColor(colour)
    bars.setBorderColor(colour)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideEnd)
    chart.addSeries(series)
    y = QBarCategoryAxis()
    # Reversed: the first factor at the top, as in the report.
    rows = [c.label for c in reversed(changes)]
    y.append(rows)
    if isinstance(view, ChartView):
        view.row_labels = rows
    bars.remove(0, len(changes))
    bars.append([float(c.change or 0) for c in reversed(changes)])
    _axis_font(view, y, look)
    values = [float(c.change or 0) for c in changes]
    low = min(0.0, math.floor(min(values, default=0)))
    high = max(1.0, math.ceil(max(values, default=0) + 0.5))
    x = QValueAxis()
    x.setRange(low, high)
    span = round(high - low)  # half steps while they are few, else whole ones: no repeats
    x.setTickCount(span * 2 + 1 if span <= 4 else span + 1)
    x.setLabelFormat("%.1f")
    _axis_font(view, x, look)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    series.attachAxis(y)
    view.setAccessibleDescription(
        "; ".join(
            QCoreApplication.translate("DashboardCharts", "%1: %2 (%3 participants)")
            .replace("%1", c.name)
            .replace("%2", _number(c.change, lang, signed=True))
            .replace("%3", str(c.participants))
            for c in changes
        )
    )
    fit_labels(view)


class DashboardCounts(QObject):
    """Counted words in the charts' summaries, in Qt's plural forms ("1 kvinna", "2 kvinnor";
    lupdate reads a ``%n`` only from ``self.tr`` on a QObject). The overview shows the journal's
    own figures unprotected, so the plural follows the figure shown."""

    def women(self, n: int) -> str:
        return self.tr("%Ln women", "", n)

    def men(self, n: int) -> str:
        return self.tr("%Ln men", "", n)

    def quick_cases_in_weeks(self, cases: int, weeks: int) -> str:
        return self.tr("%Ln quick cases in %1.", "", cases).replace(
            "%1", self.tr("%Ln weeks", "", weeks)
        )
