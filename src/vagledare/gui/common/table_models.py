"""Qt table models over the domain's plain values."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vagledare.gui.common.row_model import Column, Index, RowTableModel
from vagledare.gui.common.vocabulary import gender_label
from vagledare.journal.quick_cases import QuickCaseEntry
from vagledare.reports.fmt import format_value
from vagledare.reports.table import ReportTable, Row, RowKind, Section

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT_FLAG = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_RIGHT = int(_RIGHT_FLAG)
# What a report table's cell shows by its line (bold totals, tinted titles), not its column.
_LINE_ROLES = frozenset(
    {Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole}
)


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


@dataclass(frozen=True)
class TableLines:
    """A ``ReportTable`` laid out as the screen shows it, every cell's text formatted: plain
    values, so a background task can prepare them (``table_lines``) and the window's thread
    only shows them."""

    table: ReportTable | None
    lines: list[Line]
    columns: tuple[str, ...]  # the value columns
    headings: list[Section]  # the title lines of the tables of several
    texts: list[tuple[str, ...]]  # per line: the label, then each value column's text


def table_lines(table: ReportTable | None) -> TableLines:
    """Lay ``table`` out in lines and format every cell (no Qt: runs in any thread)."""
    lines: list[Line] = []
    headings: list[Section] = []
    columns: tuple[str, ...] = ()
    texts: list[tuple[str, ...]] = []
    if table:
        blocks = table.blocks()
        columns = tuple(dict.fromkeys(c for b in (blocks[-1], *blocks) for c in b.columns))
        for block in blocks:
            if table.parts:
                headings.append(Section((), title=block.heading or block.title))
                lines.append((headings[-1], None))
            for sec in block.sections:
                if sec.title:
                    lines.append((sec, None))
                lines.extend(
                    (sec, ReportTableModel._aligned(row, block, columns)) for row in sec.rows
                )
        blank = ("",) * len(columns)
        for sec, row in lines:
            if row is None:
                texts.append((sec.title or "", *blank))
                continue
            label = row.label
            if row.kind is RowKind.SUBTOTAL and sec.title:
                label = f"{row.label} {sec.title.lower()}"
            texts.append((label, *(format_value(v, table.lang) for v in row.values)))
    return TableLines(table, lines, columns, headings, texts)


class ReportTableModel(RowTableModel[Line]):
    """A ``ReportTable`` on screen: section titles as rows, totals in bold.

    The rows are the table's lines (each section's title, then its rows); the columns are
    the table's own (its label header, then one per value column, already in the report's
    language: not translated here). A table of several (``ReportTable.parts``) shows each
    under a heading row, its values under the columns of the same name (the last table's
    columns first, then any only a part has). Every cell's text is formatted once, when the
    table is set (or before, off the window's thread: ``table_lines``): a view sizing its
    columns to their contents asks for each cell many times."""

    def __init__(self) -> None:
        super().__init__()
        self._table: ReportTable | None = None
        self._value_columns: tuple[str, ...] = ()
        self._headings: list[Section] = []  # the title lines of the tables of several
        self._texts: list[tuple[str, ...]] = []
        self._fonts: tuple[QFont, QFont, QFont] | None = None  # the base, bold, heading
        self._brushes = (
            QBrush(QColor("#e8eef4")),  # a section's title
            QBrush(QColor("#fde2e1")),  # a highlighted row
            QBrush(QColor(DARK_TEXT)),  # readable on the light tint in a dark look
        )

    @property
    def texts(self) -> list[tuple[str, ...]]:
        """Every line's cell texts, as shown."""
        return self._texts

    def set_table(self, table: ReportTable | None, prepared: TableLines | None = None) -> None:
        """Show ``table``; ``prepared`` is its ``table_lines`` if already made."""
        if prepared is None or prepared.table is not table:
            prepared = table_lines(table)
        with self.resetting():
            self._table = table
            self._value_columns = prepared.columns
            self._headings = prepared.headings
            self._rows = prepared.lines
            self._texts = prepared.texts

    def _bold_fonts(self) -> tuple[QFont, QFont, QFont]:
        """Bold and heading fonts of the application's font (made again when the text size
        changed it)."""
        base = QFont()
        if self._fonts is None or self._fonts[0] != base:
            bold = QFont(base)
            bold.setBold(True)
            heading = QFont(bold)
            heading.setPointSizeF(heading.pointSizeF() * 1.2)
            self._fonts = (base, bold, heading)
        return self._fonts

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() > 0 else None
        if role in _LINE_ROLES:
            return self.row_data(self._rows[index.row()], role)
        return None

    @staticmethod
    def _aligned(row: Row, block: ReportTable, columns: tuple[str, ...]) -> Row:
        """``row`` with a value under each of ``columns`` (empty where its table has none)."""
        if block.columns == columns:
            return row
        at = {c: i for i, c in enumerate(block.columns)}
        values = tuple(row.values[at[c]] if c in at else "" for c in columns)
        return replace(row, values=values)

    def section_title_rows(self) -> list[int]:
        return [i for i, (_, row) in enumerate(self._rows) if row is None]

    def columns(self) -> list[Column[Line]]:
        table = self._table
        if table is None:
            return []

        texts = {id(line): text for line, text in zip(self._rows, self._texts, strict=True)}

        def cell(i: int) -> Callable[[Line], str]:
            return lambda line: texts[id(line)][i]

        return [
            Column(table.label_header, cell(0)),
            *(Column(h, cell(i + 1), align=_RIGHT_FLAG) for i, h in enumerate(self._value_columns)),
        ]

    def row_data(self, line: Line, role: int) -> Any:
        _, row = line
        if role == Qt.ItemDataRole.FontRole and (row is None or row.kind is not RowKind.DATA):
            _base, bold, heading = self._bold_fonts()
            if row is None and any(line[0] is h for h in self._headings):
                return heading  # a table's heading above its sections
            return bold
        if role == Qt.ItemDataRole.BackgroundRole:
            if row is None:
                return self._brushes[0]
            if row.highlight:
                return self._brushes[1]
        if role == Qt.ItemDataRole.ForegroundRole and (row is None or row.highlight):
            return self._brushes[2]  # readable on the light tint in a dark look
        return None
