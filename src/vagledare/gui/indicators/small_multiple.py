"""One indicator over the years as a small hand-painted line chart (one of the page's small
multiples), drawn from plain data.

Nothing in it rests on colour alone: each line has its own dash pattern and marker (Totalt a
solid line with round dots, Kvinnor dashes with triangles, Män dots with squares, the target
long dashes with its value written beside it), a legend in words sits under the chart, and the
asked year's value and whether its target is met are written out above it. The figures are
also the widget's accessible description, and the page's table holds them too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from vagledare.gui.shell import theme
from vagledare.gui.shell.theme import Theme
from vagledare.journal.terms import Lang, term
from vagledare.reports.fmt import DASH, format_decimal, format_percent, round_half_up

TOTAL, WOMEN, MEN, TARGET = "total", "women", "men", "target"
# Per look: the colour of each line (Totalt takes the text colour).
COLOURS = {
    "light": {WOMEN: "#a34f00", MEN: "#0060a0", TARGET: "#7b2d9b"},
    "dark": {WOMEN: "#ffb454", MEN: "#6cb6ff", TARGET: "#e3a8ff"},
    "contrast": {WOMEN: "#ffff00", MEN: "#00ffff", TARGET: "#ff66ff"},
}
PEN_STYLES = {
    TOTAL: Qt.PenStyle.SolidLine,
    WOMEN: Qt.PenStyle.DashLine,
    MEN: Qt.PenStyle.DotLine,
    TARGET: Qt.PenStyle.DashDotLine,
}
MARKERS = {TOTAL: "circle", WOMEN: "triangle", MEN: "square", TARGET: "none"}
PAD = 8
MARKER_RADIUS = 4.0


@dataclass(frozen=True)
class ChartLine:
    """One line of the chart: ``key`` is ``total``, ``women`` or ``men``; one value per year
    (None: no data that year)."""

    key: str
    name: str
    values: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class ChartData:
    """What one small multiple shows: the indicator's name, its years (ascending, the asked
    year last), its lines (Totalt first), the target per year, and whether the asked year's
    target is met (None: no target, or no value to judge)."""

    title: str
    unit: str  # count, share, money, fte or decimal
    years: tuple[int, ...]
    lines: tuple[ChartLine, ...]
    targets: tuple[Decimal | None, ...]
    met: bool | None = None
    direction: str = "higher"  # which is better: ``higher`` or ``lower``
    lang: Lang = "sv"

    def line(self, key: str) -> ChartLine | None:
        return next((x for x in self.lines if x.key == key), None)

    @property
    def total(self) -> tuple[Decimal | None, ...]:
        found = self.line(TOTAL)
        return found.values if found else tuple(None for _ in self.years)


def format_measure(value: Decimal | None, unit: str, lang: Lang) -> str:
    """A value in its unit as the reports write it: 1 234, 55 %, 396 000 kr, 3,5."""
    if value is None:
        return DASH
    if unit == "share":  # a fraction of one
        return format_percent(int(round_half_up(value * 100)), lang)
    if unit == "money":
        return format_decimal(value, 0, lang) + " kr"
    if unit == "count":
        return format_decimal(value, 0, lang)
    if unit == "fte":  # 3,5 or 3,25, as the table writes it
        exponent = value.normalize().as_tuple().exponent
        places = min(2, max(1, -exponent)) if isinstance(exponent, int) else 2
        return format_decimal(value, places, lang)
    return format_decimal(value, 1, lang)  # an average change


def nice_range(values: Sequence[Decimal], min_step: float = 0.0) -> tuple[float, float, float]:
    """The axis' bottom, top and step for these values: from 0 (or below, for negative values)
    to a round number at or above the largest, in steps of 1, 2 or 5 × 10ⁿ, never below
    ``min_step`` (1 for counts: no axis reads "0, 0, 1, 1")."""
    low = min([0.0, *(float(v) for v in values)])
    high = max([0.0, *(float(v) for v in values)])
    if high == low:
        high = low + 1
    raw = (high - low) / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    if step < min_step:
        step = min_step
    elif min_step and step % min_step:  # a fraction of a whole unit: round up
        step = math.ceil(step / min_step) * min_step
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


class IndicatorChart(QWidget):
    """A small multiple: the indicator's lines over the years and its target."""

    def __init__(self, data: ChartData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorChart")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do in it: the table has it all
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.data = data
        self.set_data(data)
        theme.notifier().changed.connect(self._on_theme)

    def set_data(self, data: ChartData) -> None:
        self.data = data
        self.setAccessibleName(data.title)
        self.setAccessibleDescription(self.description())
        self.setToolTip(self.description())
        self.updateGeometry()
        self.update()

    def _on_theme(self, _look: Theme) -> None:
        self.updateGeometry()
        self.update()

    # -- words ------------------------------------------------------------------------------
    def fmt(self, value: Decimal | None) -> str:
        return format_measure(value, self.data.unit, self.data.lang)

    def status(self) -> str:
        """The asked year's value, its target and whether it is met, in words."""
        d = self.data
        if not d.years:
            return self.tr("No years to show")
        year, value, target = d.years[-1], d.total[-1], d.targets[-1]
        shown = self.tr("no data") if value is None else self.fmt(value)
        text = self.tr("%1: %2").replace("%1", str(year)).replace("%2", shown)
        if target is None:
            return text + " · " + self.tr("no target")
        text += " · " + self.target_words(target)
        if d.met is None:
            return text + " · " + self.tr("not judged")
        return text + " · " + (self.tr("target met") if d.met else self.tr("target not met"))

    def target_words(self, target: Decimal | None) -> str:
        """ "target at least 1 300" (higher is better) or "target at most 30 000 kr"."""
        if self.data.direction == "lower":
            return self.tr("target at most %1").replace("%1", self.fmt(target))
        return self.tr("target at least %1").replace("%1", self.fmt(target))

    def description(self) -> str:
        """Every figure of the chart in words (what a screen reader reads)."""
        d = self.data
        parts = []
        for i, year in enumerate(d.years):
            total = d.total[i]
            text = f"{year}: " + (self.tr("no data") if total is None else self.fmt(total))
            split = [x for x in d.lines if x.key != TOTAL and x.values[i] is not None]
            if split:
                text += " (" + ", ".join(f"{x.name} {self.fmt(x.values[i])}" for x in split) + ")"
            if d.targets[i] is not None:
                text += ", " + self.target_words(d.targets[i])
            parts.append(text)
        return f"{d.title}. " + "; ".join(parts) + ". " + self.status() + "."

    def legend(self) -> list[tuple[str, str]]:
        """(key, words) of what the chart draws, in the order drawn under it."""
        entries = [(x.key, x.name) for x in self.data.lines]
        if any(t is not None for t in self.data.targets):
            entries.append((TARGET, self.tr("Target")))
        return entries

    # -- geometry ---------------------------------------------------------------------------
    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _text_height(self, text: str, width: int, font: QFont) -> int:
        rect = QFontMetrics(font).boundingRect(
            0, 0, max(width, 40), 100_000, Qt.TextFlag.TextWordWrap, text
        )
        return rect.height()

    def _legend_rows(self, width: int) -> list[list[tuple[str, str]]]:
        fm = QFontMetrics(self.font())
        rows: list[list[tuple[str, str]]] = [[]]
        used = 0
        for key, name in self.legend():
            need = self._sample_width() + 6 + fm.horizontalAdvance(name) + 16
            if rows[-1] and used + need > width:
                rows.append([])
                used = 0
            rows[-1].append((key, name))
            used += need
        return rows

    def _sample_width(self) -> int:
        return QFontMetrics(self.font()).horizontalAdvance("M") * 3

    def _plot_height(self) -> int:
        return QFontMetrics(self.font()).height() * 6

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        fm = QFontMetrics(self.font())
        inner = width - 2 * PAD
        title = self._text_height(self.data.title, inner, self._bold())
        status = self._text_height(self.status(), inner, self.font())
        legend = len(self._legend_rows(inner)) * (fm.height() + 4)
        return PAD + title + 4 + status + 8 + self._plot_height() + fm.height() + 10 + legend + PAD

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = QFontMetrics(self.font()).averageCharWidth() * 40
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = QFontMetrics(self.font()).averageCharWidth() * 30
        return QSize(width, self.heightForWidth(width))

    def _axis(self) -> tuple[float, float, float]:
        d = self.data
        values = [v for x in d.lines for v in x.values if v is not None]
        values += [t for t in d.targets if t is not None]
        if d.unit == "share":  # steps of whole percent
            low, high, step = nice_range([v * 100 for v in values], 1)
            return low / 100, high / 100, step / 100
        return nice_range(values, 0 if d.unit in ("decimal", "fte") else 1)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        look = theme.current()
        colours = COLOURS.get(look.name, COLOURS["light"])
        text = self.palette().windowText().color()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = QFontMetrics(self.font())
        inner = self.width() - 2 * PAD
        y = PAD
        p.setPen(text)
        p.setFont(self._bold())
        height = self._text_height(self.data.title, inner, self._bold())
        p.drawText(QRectF(PAD, y, inner, height), Qt.TextFlag.TextWordWrap, self.data.title)
        y += height + 4
        p.setFont(self.font())
        height = self._text_height(self.status(), inner, self.font())
        p.drawText(QRectF(PAD, y, inner, height), Qt.TextFlag.TextWordWrap, self.status())
        y += height + 8

        low, high, step = self._axis()
        ticks = [low + i * step for i in range(round((high - low) / step) + 1)]
        labels = [self.fmt(Decimal(str(round(t, 6)))) for t in ticks]
        left = PAD + max(fm.horizontalAdvance(s) for s in labels) + 6
        plot = QRectF(left, y + fm.height() / 2, self.width() - left - PAD, self._plot_height())

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / (high - low) * plot.height()

        grid = QColor(text)
        grid.setAlphaF(0.25 if look.name != "contrast" else 0.6)
        for tick, label in zip(ticks, labels, strict=True):
            ty = y_of(tick)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty))
            p.setPen(text)
            p.drawText(
                QRectF(PAD, ty - fm.height() / 2, left - PAD - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        p.setPen(QPen(text, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())

        years = self.data.years
        slot = plot.width() / max(len(years), 1)

        def x_of(i: int) -> float:
            return plot.left() + slot * (i + 0.5)

        for i, year in enumerate(years):
            font = self._bold() if i == len(years) - 1 else self.font()  # the asked year
            p.setFont(font)
            p.drawText(
                QRectF(x_of(i) - slot / 2, plot.bottom() + 4, slot, fm.height() + 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(year),
            )
        p.setFont(self.font())

        for i, value in enumerate(self.data.total):  # a year without data says so on the axis
            if value is None:
                p.setPen(text)
                p.drawText(
                    QRectF(x_of(i) - slot / 2, plot.bottom() - fm.height() - 2, slot, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    DASH,
                )
        self._draw_target(p, colours[TARGET], x_of, y_of, slot, plot)
        for line in reversed(self.data.lines):  # Totalt last, on top
            colour = text if line.key == TOTAL else QColor(colours.get(line.key, "#808080"))
            self._draw_line(p, line, colour, x_of, y_of)

        y = plot.bottom() + fm.height() + 10
        for row in self._legend_rows(inner):
            x = float(PAD)
            for key, name in row:
                colour = text if key == TOTAL else QColor(colours.get(key, "#808080"))
                mid = y + fm.height() / 2
                sample = self._sample_width()
                p.setPen(_pen(key, colour))
                p.drawLine(QPointF(x, mid), QPointF(x + sample, mid))
                _marker(p, MARKERS.get(key, "none"), QPointF(x + sample / 2, mid), colour)
                p.setPen(text)
                x += sample + 6
                p.drawText(QPointF(x, y + fm.ascent()), name)
                x += fm.horizontalAdvance(name) + 16
            y += fm.height() + 4
        p.end()

    def _draw_line(self, p: QPainter, line: ChartLine, colour: QColor, x_of, y_of) -> None:  # noqa: ANN001
        """The line through the years that have a value (a year without one leaves a gap)."""
        p.setPen(_pen(line.key, colour))
        points = [
            QPointF(x_of(i), y_of(float(v))) if v is not None else None
            for i, v in enumerate(line.values)
        ]
        for a, b in zip(points, points[1:], strict=False):
            if a is not None and b is not None:
                p.drawLine(a, b)
        for point in points:
            if point is not None:
                _marker(p, MARKERS.get(line.key, "circle"), point, colour)

    def _draw_target(self, p: QPainter, colour_name: str, x_of, y_of, slot, plot) -> None:  # noqa: ANN001
        """The target as a step line across each year's slot at that year's target, its value
        written beside it where it is furthest from the data (on a background of its own)."""
        targets = self.data.targets
        colour = QColor(colour_name)
        p.setPen(_pen(TARGET, colour))
        p.setBrush(Qt.BrushStyle.NoBrush)
        path = QPainterPath()
        previous = None
        for i, target in enumerate(targets):
            if target is None:
                previous = None
                continue
            ty = y_of(float(target))
            start, end = QPointF(x_of(i) - slot / 2, ty), QPointF(x_of(i) + slot / 2, ty)
            if previous is None:
                path.moveTo(start)
            else:
                path.lineTo(QPointF(start.x(), previous))
                path.lineTo(start)
            path.lineTo(end)
            previous = ty
        p.drawPath(path)
        fm = QFontMetrics(self.font())
        spots = []  # (clear of the data, the asked year's, room, index, above)
        for i, target in enumerate(targets):
            if target is None:
                continue
            ty = y_of(float(target))
            words = self.tr("Target %1").replace("%1", self.fmt(target))
            width = fm.horizontalAdvance(words) + 6
            x = min(max(x_of(i) - width / 2, plot.left() + 1), plot.right() - width)
            for above in (True, False):
                box = QRectF(x, ty - fm.height() - 2 if above else ty + 2, width, fm.height())
                if box.top() < plot.top() - fm.height() / 2 or box.bottom() > plot.bottom():
                    continue
                room = self._room(box, x_of, y_of)
                spots.append((room >= 3, i == len(targets) - 1, room, i, above, box, words))
        # Written only where it stays clear of the lines: the status line above the chart
        # says the target in any case, and the legend names the dashed line.
        clear = [spot for spot in spots if spot[0]]
        if not clear:
            return
        *_, box, words = max(clear, key=lambda spot: spot[:3])
        background = self.palette().window().color()
        background.setAlphaF(0.85)
        p.fillRect(box, background)
        p.setPen(colour)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, words)

    def _room(self, box: QRectF, x_of, y_of) -> float:  # noqa: ANN001
        """How far ``box`` stays from every line and marker, in pixels (0: it touches one)."""
        room = float("inf")
        for line in self.data.lines:
            points = [
                QPointF(x_of(i), y_of(float(v))) for i, v in enumerate(line.values) if v is not None
            ]
            for point in points:
                dx = max(box.left() - point.x(), 0.0, point.x() - box.right())
                dy = max(box.top() - point.y(), 0.0, point.y() - box.bottom())
                room = min(room, max(dx, dy) - MARKER_RADIUS)
            for a, b in zip(points, points[1:], strict=False):
                left, right = max(a.x(), box.left()), min(b.x(), box.right())
                if left > right:
                    continue  # the segment passes beside the box
                ys = [
                    a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()) for x in (left, right)
                ]
                room = min(room, max(box.top() - max(ys), min(ys) - box.bottom()))
        return max(room, 0.0)


def _pen(key: str, colour: QColor) -> QPen:
    pen = QPen(colour, 2.5 if key == TOTAL else 2)
    pen.setStyle(PEN_STYLES.get(key, Qt.PenStyle.SolidLine))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _marker(p: QPainter, shape: str, at: QPointF, colour: QColor) -> None:
    r = MARKER_RADIUS
    p.save()
    p.setPen(QPen(colour, 1.5))
    p.setBrush(QBrush(colour))
    if shape == "circle":
        p.drawEllipse(at, r, r)
    elif shape == "square":
        p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
    elif shape == "triangle":
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(at.x(), at.y() - r - 1),
                    QPointF(at.x() + r + 1, at.y() + r),
                    QPointF(at.x() - r - 1, at.y() + r),
                ]
            )
        )
    p.restore()


def chart_lines(
    lang: Lang,
    total: Sequence[Decimal | None],
    women: Sequence[Decimal | None] | None = None,
    men: Sequence[Decimal | None] | None = None,
) -> tuple[ChartLine, ...]:
    """The lines of a chart in the reports' words: Totalt, and Kvinnor and Män when given."""
    lines = [ChartLine(TOTAL, term("total", lang), tuple(total))]
    if women is not None:
        lines.append(ChartLine(WOMEN, term("women", lang), tuple(women)))
    if men is not None:
        lines.append(ChartLine(MEN, term("men", lang), tuple(men)))
    return tuple(lines)
