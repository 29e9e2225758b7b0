"""Qt table models over the domain's plain values."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vagledare.gui.common.vocabulary import gender_label
from vagledare.journal.quick_cases import QuickCaseEntry
from vagledare.reports.fmt import format_value
from vagledare.reports.table import ReportTable, Row, RowKind, Section

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


DARK_TEXT = "#1d2733"  # text on the light row tints, whatever the look


class EntryColumn(enum.IntEnum):
    TIME = 0
    CATEGORY = 1
    AGE_BAND = 2
    GENDER = 3
    AUTHOR = 4
    STATUS = 5


class QuickCaseListModel(QAbstractTableModel):
    """Today's entries; removed ones greyed out with their reason."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[QuickCaseEntry] = []

    def set_rows(self, rows: list[QuickCaseEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> QuickCaseEntry:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(EntryColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            EntryColumn.TIME: self.tr("Time"),
            EntryColumn.CATEGORY: self.tr("Category"),
            EntryColumn.AGE_BAND: self.tr("Age band"),
            EntryColumn.GENDER: self.tr("Gender"),
            EntryColumn.AUTHOR: self.tr("Logged by"),
            EntryColumn.STATUS: self.tr("Status"),
        }[EntryColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        col = EntryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                EntryColumn.TIME: e.occurred_at.strftime("%H:%M"),
                EntryColumn.CATEGORY: e.category,
                EntryColumn.AGE_BAND: e.age_band,
                EntryColumn.GENDER: gender_label(e.gender),
                EntryColumn.AUTHOR: e.author or "",
                EntryColumn.STATUS: (
                    self.tr("Removed: %1").replace("%1", e.removal_reason or "")
                    if e.removed
                    else self.tr("Counted")
                ),
            }[col]
        if role == Qt.ItemDataRole.ForegroundRole and e.removed:
            return QBrush(QColor("#7a8591"))
        if role == Qt.ItemDataRole.FontRole and e.removed:
            f = QFont()
            f.setStrikeOut(col != EntryColumn.STATUS)
            return f
        if role == ENTRY_ROLE:
            return e
        return None


class ReportTableModel(QAbstractTableModel):
    """A ``ReportTable`` on screen: section titles as rows, totals in bold."""

    def __init__(self) -> None:
        super().__init__()
        self._table: ReportTable | None = None
        self._lines: list[tuple[Section, Row | None]] = []

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self._lines = []
        if table:
            for sec in table.sections:
                if sec.title:
                    self._lines.append((sec, None))
                self._lines.extend((sec, row) for row in sec.rows)
        self.endResetModel()

    def section_title_rows(self) -> list[int]:
        return [i for i, (_, row) in enumerate(self._lines) if row is None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self._table is None:
            return 0
        return 1 + len(self._table.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (self._table.label_header, *self._table.columns)[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        sec, row = self._lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if row is None:
                return sec.title if col == 0 else ""
            if col == 0:
                if row.kind is RowKind.SUBTOTAL and sec.title:
                    return f"{row.label} {sec.title.lower()}"
                return row.label
            return format_value(row.values[col - 1], self._table.lang)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (row is None or row.kind is not RowKind.DATA):
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.BackgroundRole:
            if row is None:
                return QBrush(QColor("#e8eef4"))
            if row.highlight:
                return QBrush(QColor("#fde2e1"))
        if role == Qt.ItemDataRole.ForegroundRole and (row is None or row.highlight):
            return QBrush(QColor(DARK_TEXT))  # readable on the light tint in a dark look
        return None
