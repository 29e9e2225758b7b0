"""Small widget helpers shared by the group pages."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def button(text: str, name: str, accessible: str) -> QPushButton:
    """A push button that is easy to hit, named for screen readers, never a default."""
    b = QPushButton(text, objectName=name)
    b.setAccessibleName(accessible)
    b.setMinimumHeight(38)
    b.setAutoDefault(False)
    return b


def name_buttons(box: QDialogButtonBox) -> None:
    """Name each button of a dialog's button box for screen readers after its (translated)
    text, e.g. "OK", "Avbryt"."""
    for b in box.buttons():
        if not b.accessibleName():
            b.setAccessibleName(b.text().replace("&", ""))


# A column's width comes from the visible rows and this many more, never from every row of a
# long list: measuring 5,000 sessions (or 50,000 cases) on every restyle took seconds.
ROWS_MEASURED = 200


def size_to_contents(header: QHeaderView) -> None:
    """Columns as wide as their contents, measured on the rows in sight and ``ROWS_MEASURED``
    more."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(ROWS_MEASURED)


def table(name: str, accessible: str) -> QTableView:
    """A read-only table of whole rows, one selected at a time."""
    v = QTableView(objectName=name, tabKeyNavigation=False)  # arrows move, Tab leaves
    v.setAccessibleName(accessible)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setAlternatingRowColors(True)
    v.verticalHeader().setVisible(False)
    size_to_contents(v.horizontalHeader())
    v.horizontalHeader().setStretchLastSection(True)
    return v


def table_with_buttons(parent: QWidget, view: QTableView, *buttons: QPushButton) -> None:
    """Lay out ``parent`` as the table with a row of buttons under it."""
    v = QVBoxLayout(parent)
    v.addWidget(view, 1)
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    v.addLayout(row)


# Room the window manager takes around a window (title bar, frame) and a taskbar may cover.
FRAME_ALLOWANCE = (16, 48)


def available_geometry(window: QWidget) -> QRect | None:
    """The room on the screen the window opens on (without taskbars and panels)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(window: QWidget, width: int, height: int, available: QRect | None = None) -> None:
    """Give ``window`` its preferred size, or less where the screen is smaller (1280×720
    laptops, 150 % scale), and place it wholly on the screen. Content that needs more room
    scrolls: no window is ever larger than the screen it opens on."""
    if available is None:
        available = available_geometry(window) or QRect(0, 0, width, height)
    room_w = max(available.width() - FRAME_ALLOWANCE[0], 320)
    room_h = max(available.height() - FRAME_ALLOWANCE[1], 240)
    minimum = window.minimumSize()
    window.setMinimumSize(min(minimum.width(), room_w), min(minimum.height(), room_h))
    w, h = min(width, room_w), min(height, room_h)
    window.resize(w, h)
    x = available.x() + max((available.width() - w) // 2, 0)
    y = available.y() + max((available.height() - FRAME_ALLOWANCE[1] - h) // 2, 0)
    window.move(x, y)
