"""The case list as a Qt table model; cases untouched for N weeks are highlighted."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from vagledare.journal.case_codes import ROUTE_SHORT, label, reason_info
from vagledare.journal.case_list import CaseSummary
from vagledare.journal.terms import Lang

Index = QModelIndex | QPersistentModelIndex
CASE_ROLE = Qt.ItemDataRole.UserRole + 1
UNTOUCHED_ROLE = Qt.ItemDataRole.UserRole + 2
UNTOUCHED_COLOUR = "#fbe3b5"


class CaseColumn(enum.IntEnum):
    CODE = 0
    ROUTE = 1
    SITE = 2
    COACH = 3
    START = 4
    LAST = 5
    STATUS = 6


class CaseListModel(QAbstractTableModel):
    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self._lang = lang
        self._rows: list[CaseSummary] = []
        self._weeks = 4
        self._today = date.today()

    def set_rows(self, rows: list[CaseSummary], weeks: int, today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._weeks = weeks
        self._today = today
        self.endResetModel()

    def case(self, row: int) -> CaseSummary:
        return self._rows[row]

    def row_of(self, case_id: object) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.id == case_id), None)

    def untouched_count(self) -> int:
        return sum(1 for c in self._rows if c.untouched(self._weeks, self._today))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(CaseColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            CaseColumn.CODE: self.tr("Code"),
            CaseColumn.ROUTE: self.tr("Route"),
            CaseColumn.SITE: self.tr("Meeting place"),
            CaseColumn.COACH: self.tr("Coach"),
            CaseColumn.START: self.tr("Started"),
            CaseColumn.LAST: self.tr("Last activity"),
            CaseColumn.STATUS: self.tr("Status"),
        }[CaseColumn(section)]

    def _status(self, c: CaseSummary) -> str:
        if c.closure is not None:
            reason = reason_info(c.closure.reason).label(self._lang)
            return (
                self.tr("Closed %1 · %2")
                .replace("%1", c.closure.closed_on.isoformat())
                .replace("%2", reason)
            )
        if c.untouched(self._weeks, self._today):
            weeks = (self._today - c.last_activity).days // 7
            return self.tr("Open · %1 weeks untouched").replace("%1", str(weeks))
        return self.tr("Open")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        col = CaseColumn(index.column())
        untouched = c.untouched(self._weeks, self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                CaseColumn.CODE: c.code,
                CaseColumn.ROUTE: label(ROUTE_SHORT, c.route, self._lang),
                CaseColumn.SITE: c.site,
                CaseColumn.COACH: c.coach or "–",
                CaseColumn.START: c.start_date.isoformat(),
                CaseColumn.LAST: c.last_activity.isoformat(),
                CaseColumn.STATUS: self._status(c),
            }[col]
        if role == Qt.ItemDataRole.BackgroundRole and untouched:
            return QBrush(QColor(UNTOUCHED_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole and untouched:
            return QBrush(QColor("#1d2733"))
        if role == Qt.ItemDataRole.ToolTipRole and untouched:
            return self.tr("Nothing recorded since %1").replace("%1", c.last_activity.isoformat())
        if role == CASE_ROLE:
            return c
        if role == UNTOUCHED_ROLE:
            return untouched
        return None
