"""Today's entries at this site; a mistaken one is removed with a reason (kept, not counted)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vagledare.app.desk import Desk
from vagledare.gui.common import text_size
from vagledare.gui.common.table_models import QuickCaseListModel
from vagledare.journal.db import JournalError
from vagledare.journal.errors import ValidationError


class TodayPage(QWidget):
    help_topic = "today"
    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = QuickCaseListModel()
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="todayHeading")
        text_size.set_style_sheet(self.heading, "font-size: 14pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.view = QTableView(objectName="todayView", tabKeyNavigation=False)
        self.view.setAccessibleName(self.tr("Today's entries"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_button = QPushButton(self.tr("&Remove selected…"), objectName="removeButton")
        self.remove_button.setAccessibleName(self.tr("Remove the selected entry"))
        self.remove_button.setToolTip(self.tr("Remove a mistaken entry (Delete)"))
        self.remove_button.setMinimumHeight(40)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.remove_button.clicked.connect(self._on_remove)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, self._on_remove)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()  # filled when the page is opened (MainWindow refreshes it)

    def refresh(self) -> None:
        entries = self.desk.entries()
        self.model.set_rows(entries)
        counted = sum(1 for e in entries if not e.removed)
        self.heading.setText(
            self.tr("Today at %1: %2 counted, %3 removed")
            .replace("%1", self.desk.site.name)
            .replace("%2", str(counted))
            .replace("%3", str(len(entries) - counted))
        )
        self._update_buttons()

    def _selected(self):  # noqa: ANN202
        rows = self.view.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        e = self._selected()
        self.remove_button.setEnabled(e is not None and not e.removed)

    def _on_remove(self) -> None:
        e = self._selected()
        if e is None or e.removed:
            return
        reasons = [
            self.tr("Wrong click"),
            self.tr("Logged twice"),
            self.tr("Wrong category"),
            self.tr("Wrong age band"),
            self.tr("Wrong gender"),
        ]
        reason, ok = QInputDialog.getItem(
            self,
            self.tr("Remove entry"),
            self.tr("Why is %1 · %2 at %3 removed?")
            .replace("%1", e.category)
            .replace("%2", e.age_band)
            .replace("%3", e.occurred_at.strftime("%H:%M")),
            reasons,
            0,
            True,
        )
        if not ok:
            return
        try:
            self.desk.remove(e.id, reason)
        except (ValidationError, JournalError) as exc:
            QMessageBox.warning(self, self.tr("Not removed"), str(exc))
            return
        self.refresh()
        self.changed.emit()
