"""Qt table models over the domain's plain values."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.vocabulary import gender_label
from vagledare.journal.quick_cases import QuickCaseEntry
from vagledare.reports.fmt import format_value
from vagledare.reports.table import ReportTable, Row, RowKind, Section

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


DARK_TEXT = "#1d2733"  # text on the light row tints, whatever the look


class EntryColumn(enum.IntEnum):
    TIME = 0
    CATEGORY = 1
    AGE_BAND = 2
    GENDER = 3
    AUTHOR = 4
    STATUS = 5


class QuickCaseListModel(RowTableModel[QuickCaseEntry]):
    """Today's entries; removed ones greyed out with their reason."""

    def entry(self, row: int) -> QuickCaseEntry:
        return self.row(row)

    def columns(self) -> list[Column[QuickCaseEntry]]:
        def removed_font(strike: bool) -> Callable[[QuickCaseEntry], QFont | None]:
            def font(e: QuickCaseEntry) -> QFont | None:
                if not e.removed:
                    return None
                f = QFont()
                f.setStrikeOut(strike)
                return f

            return font

        struck = removed_font(True)  # a removed entry is struck through, all but its status
        columns: dict[EntryColumn, Column[QuickCaseEntry]] = {
            EntryColumn.TIME: Column(
                self.tr("Time"), lambda e: e.occurred_at.strftime("%H:%M"), font=struck
            ),
            EntryColumn.CATEGORY: Column(self.tr("Category"), lambda e: e.category, font=struck),
            EntryColumn.AGE_BAND: Column(self.tr("Age band"), lambda e: e.age_band, font=struck),
            EntryColumn.GENDER: Column(
                self.tr("Gender"), lambda e: gender_label(e.gender), font=struck
            ),
            EntryColumn.AUTHOR: Column(self.tr("Logged by"), lambda e: e.author or "", font=struck),
            EntryColumn.STATUS: Column(self.tr("Status"), self._status, font=removed_font(False)),
        }
        return [columns[c] for c in EntryColumn]

    def _status(self, e: QuickCaseEntry) -> str:
        if e.removed:
            return self.tr("Removed: %1").replace("%1", e.removal_reason or "")
        return self.tr("Counted")

    def row_data(self, e: QuickCaseEntry, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and e.removed:
            return QBrush(QColor("#7a8591"))
        if role == ENTRY_ROLE:
            return e
        return None


Line = tuple[Section, Row | None]  # a section's title (no row) or one of its rows


class ReportTableModel(RowTableModel[Line]):
    """A ``ReportTable`` on screen: section titles as rows, totals in bold.

    The rows are the table's lines (each section's title, then its rows); the columns are
    the table's own (its label header, then one per value column, already in the report's
    language: not translated here)."""

    def __init__(self) -> None:
        super().__init__()
        self._table: ReportTable | None = None

    def set_table(self, table: ReportTable | None) -> None:
        lines: list[Line] = []
        if table:
            for sec in table.sections:
                if sec.title:
                    lines.append((sec, None))
                lines.extend((sec, row) for row in sec.rows)
        with self.resetting():
            self._table = table
            self._rows = lines

    def section_title_rows(self) -> list[int]:
        return [i for i, (_, row) in enumerate(self._rows) if row is None]

    def columns(self) -> list[Column[Line]]:
        table = self._table
        if table is None:
            return []

        def label(line: Line) -> str:
            sec, row = line
            if row is None:
                return sec.title
            if row.kind is RowKind.SUBTOTAL and sec.title:
                return f"{row.label} {sec.title.lower()}"
            return row.label

        def value(i: int) -> Callable[[Line], str]:
            return lambda line: (
                "" if line[1] is None else format_value(line[1].values[i], table.lang)
            )

        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(table.label_header, label),
            *(Column(h, value(i), align=right) for i, h in enumerate(table.columns)),
        ]

    def row_data(self, line: Line, role: int) -> Any:
        _, row = line
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
