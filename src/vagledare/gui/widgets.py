"""Small widget helpers shared by the group pages."""

from __future__ import annotations

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


def table(name: str, accessible: str) -> QTableView:
    """A read-only table of whole rows, one selected at a time."""
    v = QTableView(objectName=name, tabKeyNavigation=False)  # arrows move, Tab leaves
    v.setAccessibleName(accessible)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setAlternatingRowColors(True)
    v.verticalHeader().setVisible(False)
    v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
