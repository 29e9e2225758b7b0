"""The case list as a Qt table model; cases untouched for N weeks are highlighted."""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.journal.case_codes import ROUTE_SHORT, label, reason_info
from vagledare.journal.case_list import CaseSummary
from vagledare.journal.terms import Lang

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


class CaseListModel(RowTableModel[CaseSummary]):
    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self._lang = lang
        self._weeks = 4
        self._today = date.today()

    def set_rows(  # type: ignore[override]  # and the weeks and day "untouched" is counted by
        self, rows: list[CaseSummary], weeks: int, today: date
    ) -> None:
        with self.resetting():
            self._rows = list(rows)
            self._weeks = weeks
            self._today = today

    def case(self, row: int) -> CaseSummary:
        return self.row(row)

    def row_of(self, case_id: object) -> int | None:
        return next((i for i, c in enumerate(self._rows) if c.id == case_id), None)

    def untouched_count(self) -> int:
        return sum(1 for c in self._rows if c.untouched(self._weeks, self._today))

    def columns(self) -> list[Column[CaseSummary]]:
        columns: dict[CaseColumn, Column[CaseSummary]] = {
            CaseColumn.CODE: Column(self.tr("Code"), lambda c: c.code),
            CaseColumn.ROUTE: Column(
                self.tr("Route"), lambda c: label(ROUTE_SHORT, c.route, self._lang)
            ),
            CaseColumn.SITE: Column(self.tr("Meeting place"), lambda c: c.site),
            CaseColumn.COACH: Column(self.tr("Coach"), lambda c: c.coach or "–"),
            CaseColumn.START: Column(self.tr("Started"), lambda c: c.start_date.isoformat()),
            CaseColumn.LAST: Column(
                self.tr("Last activity"), lambda c: c.last_activity.isoformat()
            ),
            CaseColumn.STATUS: Column(self.tr("Status"), self._status),
        }
        return [columns[c] for c in CaseColumn]

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
            return self.tr("Open · %n week(s) untouched", "", weeks)
        return self.tr("Open")

    def row_data(self, c: CaseSummary, role: int) -> Any:
        untouched = c.untouched(self._weeks, self._today)
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
