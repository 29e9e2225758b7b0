"""A participant's progression on screen (QtCharts): the star and a line per factor."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence
from datetime import datetime, time

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QPolarChart,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QWidget

from vagledare.gui.common import text_size
from vagledare.journal.assessments import Reading
from vagledare.journal.progress import Progress

FIRST, LATEST = QColor("#b0651b"), QColor("#1d5f8a")
CHOSEN = (QColor("#5b8c5a"), QColor("#8a5a9b"), QColor("#9b8a2e"))
FACTOR_COLOURS = ("#1d5f8a", "#b0651b", "#5b8c5a", "#8a5a9b", "#c2410c", "#0f766e", "#6b7785")


WRAP_AT = 12  # characters: a longer factor name goes on two lines around the star


def _ms(reading: Reading) -> float:
    return float(QDateTime(datetime.combine(reading.taken_on, time(12))).toMSecsSinceEpoch())


def star_label(name: str) -> str:
    """A factor's name as the star shows it (the axis labels are HTML): a name longer than
    ``WRAP_AT`` on two lines split at the space nearest its middle, so that "Tilltro till egen
    förmåga" fits beside the star rather than being cut or left out."""
    spaces = [i for i, ch in enumerate(name) if ch == " "]
    if len(name) <= WRAP_AT or not spaces:
        return html.escape(name)
    cut = min(spaces, key=lambda i: abs(len(name) - 2 * i))
    return html.escape(name[:cut]) + "<br>" + html.escape(name[cut + 1 :])


class ProgressChart(QTabWidget):
    """Two tabs: the star (first, latest and up to three chosen readings), with an optional
    widget beside it, and a line per factor over time."""

    def __init__(self, beside: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Progress charts"))
        self.star = QPolarChart()
        self.lines = QChart()
        for chart in (self.star, self.lines):
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
            chart.setMargins(QMargins(12, 4, 12, 4))  # room for the labels beside the star
            chart.setBackgroundRoundness(0)
        self.star_view = QChartView(self.star, objectName="starChart")
        self.star_view.setAccessibleName(self.tr("Star chart of the factors"))
        self.lines_view = QChartView(self.lines, objectName="lineChart")
        self.lines_view.setAccessibleName(self.tr("Each factor over time"))
        for view in (self.star_view, self.lines_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(420, 320)
        self.lines.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        star_tab = QWidget()
        row = QHBoxLayout(star_tab)
        row.setContentsMargins(0, 4, 0, 0)
        if beside is not None:
            row.addWidget(beside)
        row.addWidget(self.star_view, 1)
        self.addTab(star_tab, self.tr("&Star and comparison"))
        self.addTab(self.lines_view, self.tr("Over ti&me"))
        self.axis_labels: list[str] = []

    def clear(self) -> None:
        for chart in (self.star, self.lines):
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
        self.axis_labels = []

    def set_progress(self, progress: Progress | None, chosen: Sequence[uuid.UUID] = ()) -> None:
        self.clear()
        if progress is None or not progress.readings:
            self.star.setTitle(self.tr("No readings yet"))
            self.lines.setTitle("")
            return
        self._draw_star(progress, chosen)
        self._draw_lines(progress)

    def _draw_star(self, progress: Progress, chosen: Sequence[uuid.UUID]) -> None:
        fs = progress.factor_set
        n = len(fs.factors)
        self.star.setTitle(self.tr("The factors, first and latest reading"))
        angular = QCategoryAxis()
        angular.setRange(0, n)
        angular.setStartValue(-0.0001)
        angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        small = QFont()
        small.setPointSizeF(text_size.pt(9))
        angular.setLabelsFont(small)
        angular.setTruncateLabels(False)  # never "Tilltro till egen f…": the labels wrap
        self.axis_labels = [t.short_name for t in fs.texts]
        for i, label in enumerate(self.axis_labels):
            angular.append(star_label(label), i)
        radial = QValueAxis()
        radial.setRange(0, fs.scale_max)
        radial.setTickCount(6)
        radial.setLabelFormat("%d")
        radial.setLabelsFont(small)
        self.star.addAxis(angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        self.star.addAxis(radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        extra = iter(CHOSEN)
        for r in progress.shown(chosen):
            if r is progress.first:
                colour, name, width = FIRST, self.tr("First %1"), 2
            elif r is progress.latest:
                colour, name, width = LATEST, self.tr("Latest %1"), 3
            else:
                colour, name, width = next(extra), self.tr("Reading %1"), 2
            series = QLineSeries()
            series.setName(name.replace("%1", r.taken_on.isoformat()))
            values = progress.values(r)
            points = [(i, values.get(f.position) or 0) for i, f in enumerate(fs.factors)]
            for x, y in [*points, (n, points[0][1])]:
                series.append(x, y)
            pen = QPen(colour)
            pen.setWidth(width)
            if r is progress.first:
                pen.setStyle(Qt.PenStyle.DashLine)
            series.setPen(pen)
            series.setPointsVisible(True)
            self.star.addSeries(series)
            series.attachAxis(angular)
            series.attachAxis(radial)

    def _draw_lines(self, progress: Progress) -> None:
        fs = progress.factor_set
        self.lines.setTitle(self.tr("Each factor over time"))
        x_axis = QDateTimeAxis()
        x_axis.setFormat("yyyy-MM-dd")
        readings = list(progress.readings)
        first_ms, last_ms = _ms(readings[0]), _ms(readings[-1])
        pad = max((last_ms - first_ms) * 0.05, 86_400_000 * 7)
        x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(int(first_ms - pad)),
            QDateTime.fromMSecsSinceEpoch(int(last_ms + pad)),
        )
        x_axis.setTickCount(min(max(len(readings), 2), 6))
        y_axis = QValueAxis()
        y_axis.setRange(fs.scale_min, fs.scale_max)
        y_axis.setTickCount(fs.scale_max - fs.scale_min + 1)
        y_axis.setLabelFormat("%d")
        self.lines.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        self.lines.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for f, text, colour in zip(fs.factors, fs.texts, FACTOR_COLOURS, strict=False):
            series = QLineSeries()
            series.setName(text.short_name)
            for r in readings:
                v = progress.values(r).get(f.position)
                if v is not None:
                    series.append(_ms(r), v)
            series.setPen(QPen(QColor(colour), 2))
            series.setPointsVisible(True)
            self.lines.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
