"""What a journal exchange (import or sync) did, per table, shown after it is done."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
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
from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.widgets import size_to_contents


class SummaryColumn(enum.IntEnum):
    SOURCE = 0
    TABLE = 1
    NEW = 2
    UPDATED = 3
    UNCHANGED = 4
    CONFLICTS = 5
    DELETED = 6


SummaryLine = tuple[str, str, TableCounts]  # the file (and desk), the table, its counts


class MergeSummaryModel(RowTableModel[SummaryLine]):
    """One row per file and table that had any rows."""

    def set_rows(  # type: ignore[override]  # the summaries, a line per file and table
        self, summaries: list[MergeSummary], lang: str
    ) -> None:
        super().set_rows(
            (m.source if m.desk_name in m.source else f"{m.source} ({m.desk_name})", label, counts)
            for m in summaries
            for label, counts in m.lines(lang)
        )

    def columns(self) -> list[Column[SummaryLine]]:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        columns: dict[SummaryColumn, Column[SummaryLine]] = {
            SummaryColumn.SOURCE: Column(self.tr("From"), lambda line: line[0]),
            SummaryColumn.TABLE: Column(self.tr("Records"), lambda line: line[1]),
            SummaryColumn.NEW: Column(self.tr("New"), lambda line: line[2].new, align=right),
            SummaryColumn.UPDATED: Column(
                self.tr("Updated"), lambda line: line[2].updated, align=right
            ),
            SummaryColumn.UNCHANGED: Column(
                self.tr("Unchanged"), lambda line: line[2].unchanged, align=right
            ),
            SummaryColumn.CONFLICTS: Column(
                self.tr("Conflicts"), lambda line: line[2].conflicts, align=right
            ),
            SummaryColumn.DELETED: Column(
                self.tr("Deleted"), lambda line: line[2].deleted, align=right
            ),
        }
        return [columns[c] for c in SummaryColumn]


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
        size_to_contents(header)
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
