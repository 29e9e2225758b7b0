"""The overview's charts (QtCharts), drawn from the dashboard's plain figures.

Each ``draw_*`` function fills an existing ``QChartView`` for a look (light, dark or high
contrast), and writes a plain-text summary of the figures into the view's accessible
description, so a screen reader user gets the numbers the chart shows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

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
from PySide6.QtCore import QCoreApplication, QMargins, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy

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
MAX_LABELS = 9  # week labels along the axis


def chart_view(name: str, accessible: str) -> QChartView:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart, objectName=name)
    view.setAccessibleName(accessible)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(420, 280)
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
    return chart


def _colours(look: Theme) -> Sequence[str]:
    return CONTRAST_COLOURS if look.name == "contrast" else SERIES_COLOURS


def _axis_font(view: QChartView, axis: object, look: Theme) -> None:
    axis.setLabelsFont(view.font())  # type: ignore[attr-defined]
    if look.name == "contrast":
        axis.setLabelsColor(QColor("#ffffff"))  # type: ignore[attr-defined]


def _value_axis(view: QChartView, look: Theme, top: float, integer: bool = True) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(top, 1))
    if integer:
        axis.setLabelFormat("%.0f")
        axis.applyNiceNumbers()
    _axis_font(view, axis, look)
    return axis


def month_labels(months: Sequence[date], lang: Lang) -> list[str]:
    """Short, distinct month labels (the period's label above the charts gives the years)."""
    from babel.dates import format_date

    loc = "sv_SE" if lang == "sv" else "en_GB"
    out: list[str] = []
    for m in months:
        text = format_date(m, "LLL", locale=loc).replace(".", "")
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
        bars.setBorderColor(colour)
        series.append(bars)
    series.setBarWidth(0.85)
    chart.addSeries(series)
    # A value axis with a label every few weeks: category labels would be cut to a bar's width.
    step = max(1, math.ceil(len(data.weeks) / MAX_LABELS))
    x = QCategoryAxis()
    x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    x.setRange(-0.5, len(data.weeks) - 0.5)
    for i in range(0, len(data.weeks), step):
        x.append(data.week_label(i, lang), i)
    x.setGridLineVisible(False)
    _axis_font(view, x, look)
    top = max((data.week_total(i) for i in range(len(data.weeks))), default=0)
    y = _value_axis(view, look, top)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    busiest = max(range(len(data.weeks)), key=data.week_total, default=None)
    summary = DashboardCounts().quick_cases_in_weeks(data.total, len(data.weeks))
    if busiest is not None and data.total:
        summary += " " + QCoreApplication.translate(
            "DashboardCharts", "Busiest: %1 with %2."
        ).replace("%1", data.week_label(busiest, lang)).replace("%2", str(data.week_total(busiest)))
    view.setAccessibleDescription(summary)


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
    y = QBarCategoryAxis()
    y.append([f"{names[s.what]} ({s.total})" for s in splits])
    _axis_font(view, y, look)
    x = QValueAxis()
    x.setRange(0, 100)
    x.setLabelFormat("%.0f %%")
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
    x = QBarCategoryAxis()
    x.append(month_labels([m.month for m in months], lang))
    _axis_font(view, x, look)
    if len(months) > 14:
        x.setLabelsAngle(-90)
    left = _value_axis(view, look, max((m.open_at_end for m in months), default=0))
    left.setTitleText(QCoreApplication.translate("DashboardCharts", "Open"))
    right = _value_axis(view, look, max((m.self_sufficient for m in months), default=0))
    right.setTitleText(QCoreApplication.translate("DashboardCharts", "Self-sufficiency"))
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
    x = QBarCategoryAxis()
    x.append(month_labels([m.month for m in months], lang))
    _axis_font(view, x, look)
    if len(months) > 14:
        x.setLabelsAngle(-90)
    top = max((float(m.mean) for m in months if m.mean is not None), default=0)
    y = _value_axis(view, look, math.ceil(top * 1.15), integer=True)
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
    chart.legend().setVisible(False)
    y = QBarCategoryAxis()
    # Reversed: the first factor at the top, as in the report.
    y.append([c.label for c in reversed(changes)])
    bars.remove(0, len(changes))
    bars.append([float(c.change or 0) for c in reversed(changes)])
    _axis_font(view, y, look)
    values = [float(c.change or 0) for c in changes]
    low = min(0.0, math.floor(min(values, default=0)))
    high = max(1.0, math.ceil(max(values, default=0) + 0.5))
    x = QValueAxis()
    x.setRange(low, high)
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


class DashboardCounts(QObject):
    """Counted words in the charts' summaries, in Qt's plural forms ("1 kvinna", "2 kvinnor";
    lupdate reads a ``%n`` only from ``self.tr`` on a QObject). The overview shows the journal's
    own figures unprotected, so the plural follows the figure shown."""

    def women(self, n: int) -> str:
        return self.tr("%n women", "", n)

    def men(self, n: int) -> str:
        return self.tr("%n men", "", n)

    def quick_cases_in_weeks(self, cases: int, weeks: int) -> str:
        return self.tr("%n quick cases in %1.", "", cases).replace(
            "%1", self.tr("%n weeks", "", weeks)
        )
