"""When visitors come: a hand-painted weekday × hour grid, darker where more come.

Each cell shows the mean number of snabbärenden in that hour on such a weekday. The grid is
usable from the keyboard: the arrow keys move a marked cell, whose figures are in the tooltip
and the accessible description (what a screen reader reads).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from vagledare.gui.shell import theme
from vagledare.gui.shell.theme import Theme
from vagledare.journal.terms import Lang
from vagledare.reports.overview import WEEKDAYS, HeatMap

# From no visits to the busiest hour: light to deep blue (light look), dark to bright (dark).
SCALES = {
    "light": ("#f4f8fb", "#0b4f7c"),
    "dark": ("#1f2730", "#58a6ff"),
    "contrast": ("#000000", "#ffff00"),
}


def _mix(a: str, b: str, t: float) -> QColor:
    ca, cb = QColor(a), QColor(b)
    return QColor(
        round(ca.red() + (cb.red() - ca.red()) * t),
        round(ca.green() + (cb.green() - ca.green()) * t),
        round(ca.blue() + (cb.blue() - ca.blue()) * t),
    )


def _readable_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    return QColor("#000000") if colour.lightnessF() > 0.55 else QColor("#ffffff")


class HeatMapWidget(QWidget):
    cell_changed = Signal(int, int)  # weekday, hour of the marked cell

    def __init__(self, lang: Lang = "sv", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang: Lang = lang
        self.heat: HeatMap | None = None
        self.look: Theme | None = None  # None: follow the window's look
        self.current = (0, 0)  # row, column of the marked cell
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(420, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("When visitors come, by weekday and hour"))
        theme.notifier().changed.connect(self._on_theme)

    def _on_theme(self, _look: Theme) -> None:
        self.update()

    def set_heat_map(self, heat: HeatMap | None) -> None:
        self.heat = heat
        self.current = (0, 0)
        self._describe()
        self.update()

    # -- geometry -------------------------------------------------------------------------
    def _label_width(self) -> int:
        fm = QFontMetrics(self.font())
        return max((fm.horizontalAdvance(d.capitalize()) for d in WEEKDAYS[self.lang]), default=0)

    def subtitle(self) -> str:
        return self.tr("Mean visits per hour on such a day (hour the visit began)")

    def _subtitle_rect(self, width: int | None = None) -> QRect:
        """Above the grid, the widget's whole width, as many lines as the words need."""
        fm = QFontMetrics(self.font())
        room = max((self.width() if width is None else width) - 16, 40)
        lines = fm.boundingRect(
            QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, self.subtitle()
        )
        return QRect(8, 2, room, lines.height() + 4)

    def _grid_rect(self) -> QRect:
        fm = QFontMetrics(self.font())
        left = self._label_width() + 14
        top = self._subtitle_rect().bottom() + 6
        return self.rect().adjusted(left, top, -8, -fm.height() - 14)

    def _cell_rect(self, row: int, col: int, grid: QRect | None = None) -> QRectF:
        """The cell's rectangle; ``grid``: the ``_grid_rect`` if the caller has it already
        (painting asks for every cell: measuring the grid each time was most of a paint)."""
        assert self.heat is not None
        grid = self._grid_rect() if grid is None else grid
        w = grid.width() / len(self.heat.hours)
        h = grid.height() / len(self.heat.weekdays)
        return QRectF(grid.left() + col * w, grid.top() + row * h, w, h)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        fm = QFontMetrics(self.font())
        cols = len(self.heat.hours) if self.heat else 10
        rows = len(self.heat.weekdays) if self.heat else 5
        cell_w = max(fm.horizontalAdvance("00,0") + 10, 40)
        width = self._label_width() + 22 + cols * cell_w
        title = self._subtitle_rect(width).height() + 6
        return QSize(width, title + (rows + 1) * (fm.height() + 14))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """Room for the subtitle's lines at this width, and rows that still hold a figure."""
        fm = QFontMetrics(self.font())
        rows = len(self.heat.weekdays) if self.heat else 5
        title = self._subtitle_rect(width).height() + 6
        return max(self.minimumHeight(), title + (rows + 1) * (fm.height() + 14))

    # -- text -----------------------------------------------------------------------------
    def cell_text(self, row: int, col: int) -> str:
        assert self.heat is not None
        day = self.heat.weekdays[row]
        hour = self.heat.hours[col]
        mean = self.heat.mean(day, hour)
        shown = "–" if mean is None else f"{mean}".replace(".", "," if self.lang == "sv" else ".")
        name = WEEKDAYS[self.lang][day].capitalize()
        return (
            self.tr("%1 %2–%3: on average %4 visits (%5)")
            .replace("%1", name)
            .replace("%2", f"{hour:02d}")
            .replace("%3", f"{hour + 1:02d}")
            .replace("%4", shown)
            .replace(
                "%5",
                self.tr("%Ln in all", "", self.heat.count(day, hour))
                + " "
                + self.tr("over %Ln day(s)", "", self.heat.days[row]),
            )
        )

    def summary(self) -> str:
        """The busiest hours in words."""
        heat = self.heat
        if heat is None or not heat.total:
            return self.tr("No visits in the period.")
        cells = sorted(
            ((r, c) for r in range(len(heat.weekdays)) for c in range(len(heat.hours))),
            key=lambda rc: -(heat.mean(heat.weekdays[rc[0]], heat.hours[rc[1]]) or 0),
        )
        busiest = "; ".join(self.cell_text(r, c) for r, c in cells[:3])
        return (
            self.tr("%Ln visit(s) in all.", "", heat.total)
            + " "
            + self.tr("Busiest hours: %1.").replace("%1", busiest)
        )

    def _describe(self) -> None:
        if self.heat is None or not self.heat.weekdays:
            self.setAccessibleDescription("")
            return
        row, col = self.current
        self.setAccessibleDescription(self.cell_text(row, col))
        self.setToolTip(self.cell_text(row, col))

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        look = self.look or theme.current()
        low, high = SCALES.get(look.name, SCALES["light"])
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.look is None:  # on screen: the window's colours
            text_colour = self.palette().windowText().color()
            p.fillRect(self.rect(), self.palette().window())
        else:  # rendered for print in a given look
            text_colour = QColor(look.text)
            p.fillRect(self.rect(), QColor("#ffffff" if look.name == "light" else "#000000"))
        if self.heat is None or not self.heat.weekdays:
            p.setPen(text_colour)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No visits"))
            return
        heat = self.heat
        peak = max(
            (heat.mean(d, h) or 0 for d in heat.weekdays for h in heat.hours),
            default=0,
        )
        fm = QFontMetrics(self.font())
        grid = self._grid_rect()
        for r, day in enumerate(heat.weekdays):
            cell0 = self._cell_rect(r, 0, grid)
            p.setPen(text_colour)
            p.drawText(
                QRectF(0, cell0.top(), grid.left() - 8, cell0.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                WEEKDAYS[self.lang][day].capitalize(),
            )
            for c, hour in enumerate(heat.hours):
                rect = self._cell_rect(r, c, grid).adjusted(1, 1, -1, -1)
                mean = heat.mean(day, hour) or 0
                share = float(mean / peak) if peak else 0.0
                fill = _mix(low, high, share)
                p.fillRect(rect, fill)
                if look.name == "contrast":
                    p.setPen(QPen(QColor("#ffffff"), 1))
                    p.drawRect(rect)
                if heat.count(day, hour):
                    p.setPen(_readable_on(fill))
                    text = f"{mean}".replace(".", "," if self.lang == "sv" else ".")
                    if fm.horizontalAdvance(text) < rect.width() - 2:
                        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        p.setPen(text_colour)
        for c, hour in enumerate(heat.hours):
            rect = self._cell_rect(0, c, grid)
            p.drawText(
                QRectF(rect.left(), grid.bottom() + 4, rect.width(), fm.height() + 6),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                f"{hour:02d}",
            )
        p.drawText(
            self._subtitle_rect(),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.subtitle(),
        )
        if self.hasFocus():
            focus = QColor(look.focus)
            p.setPen(QPen(focus, look.focus_width))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(self._cell_rect(*self.current).adjusted(1, 1, -1, -1))
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -2, -2))

    # -- keyboard and mouse ---------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        moves = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        key = Qt.Key(event.key())
        if self.heat is None or key not in moves:
            super().keyPressEvent(event)
            return
        dr, dc = moves[key]
        row = min(max(self.current[0] + dr, 0), len(self.heat.weekdays) - 1)
        col = min(max(self.current[1] + dc, 0), len(self.heat.hours) - 1)
        self._move_to(row, col)
        QToolTip.showText(
            self.mapToGlobal(self._cell_rect(row, col).center().toPoint()), self.toolTip(), self
        )

    def _move_to(self, row: int, col: int) -> None:
        self.current = (row, col)
        self._describe()
        self.update()
        assert self.heat is not None
        self.cell_changed.emit(self.heat.weekdays[row], self.heat.hours[col])

    def _cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        if self.heat is None:
            return None
        for r in range(len(self.heat.weekdays)):
            for c in range(len(self.heat.hours)):
                if self._cell_rect(r, c).contains(pos.toPointF()):
                    return r, c
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        cell = self._cell_at(event.position().toPoint())
        if cell is not None:
            self.setToolTip(self.cell_text(*cell))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        cell = self._cell_at(event.position().toPoint())
        if cell is not None:
            self._move_to(*cell)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.update()
        super().focusOutEvent(event)
