"""What a journal exchange (import or sync) did, per table, shown after it is done."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vagledare.exchange.summary import MergeSummary, TableCounts

Index = QModelIndex | QPersistentModelIndex


class SummaryColumn(enum.IntEnum):
    SOURCE = 0
    TABLE = 1
    NEW = 2
    UPDATED = 3
    UNCHANGED = 4
    CONFLICTS = 5
    DELETED = 6


class MergeSummaryModel(QAbstractTableModel):
    """One row per file and table that had any rows."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[str, str, TableCounts]] = []

    def set_rows(self, summaries: list[MergeSummary], lang: str) -> None:
        self.beginResetModel()
        self._rows = [
            (m.source if m.desk_name in m.source else f"{m.source} ({m.desk_name})", label, counts)
            for m in summaries
            for label, counts in m.lines(lang)
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(SummaryColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SummaryColumn.SOURCE: self.tr("From"),
            SummaryColumn.TABLE: self.tr("Records"),
            SummaryColumn.NEW: self.tr("New"),
            SummaryColumn.UPDATED: self.tr("Updated"),
            SummaryColumn.UNCHANGED: self.tr("Unchanged"),
            SummaryColumn.CONFLICTS: self.tr("Conflicts"),
            SummaryColumn.DELETED: self.tr("Deleted"),
        }[SummaryColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source, label, c = self._rows[index.row()]
        col = SummaryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                SummaryColumn.SOURCE: source,
                SummaryColumn.TABLE: label,
                SummaryColumn.NEW: c.new,
                SummaryColumn.UPDATED: c.updated,
                SummaryColumn.UNCHANGED: c.unchanged,
                SummaryColumn.CONFLICTS: c.conflicts,
                SummaryColumn.DELETED: c.deleted,
            }[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= SummaryColumn.NEW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ExchangeSummaryDialog(QDialog):
    def __init__(
        self, title: str, heading: str, summaries: list[MergeSummary], lang: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        self.heading = QLabel(heading, objectName="exchangeHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.model = MergeSummaryModel()
        self.model.set_rows(summaries, lang)
        self.table = QTableView(objectName="exchangeSummary")
        self.table.setAccessibleName(self.tr("Records per table"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SummaryColumn.TABLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(72)
        layout.addWidget(self.table)
        conflicts = sum(m.total().conflicts for m in summaries)
        if conflicts:
            note = QLabel(
                self.tr(
                    "Conflicts: the same record was changed on two desks. The later change "
                    "applies; the other version is kept in the audit log."
                ),
                objectName="exchangeConflictNote",
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.table.setFocus()
