"""Qt table models of a group's sessions and enrolments (plain domain values in, text out)."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.vocabulary import gender_label
from vagledare.journal.enrolments import EnrolmentInfo, outcome_label, route_label
from vagledare.journal.meetings import SessionInfo, SessionState
from vagledare.journal.terms import Lang

MISSING_BRUSH = QBrush(QColor("#fde2e1"))
MUTED_BRUSH = QBrush(QColor("#7a8591"))
INK_BRUSH = QBrush(QColor("#1d2733"))


def day_text(day: date) -> str:
    """``tis 2023-03-07`` (weekday in the window's language, ISO date)."""
    return QLocale().toString(QDate(day), "ddd yyyy-MM-dd")


class SessionColumn(enum.IntEnum):
    DATE = 0
    TIME = 1
    STATUS = 2
    PRESENT = 3
    GUESTS = 4
    ACTIVITIES = 5


class SessionListModel(RowTableModel[SessionInfo]):
    """A group's sessions; those whose roll call is missing stand out until it is taken."""

    def __init__(self, now: datetime | None = None) -> None:
        super().__init__()
        self._now = now

    def set_rows(self, rows: Iterable[SessionInfo], now: datetime | None = None) -> None:
        with self.resetting():
            self._rows = list(rows)
            self._now = now or self._now

    def session(self, row: int) -> SessionInfo:
        return self.row(row)

    def row_of(self, session_id: object) -> int:
        return next((i for i, x in enumerate(self._rows) if x.id == session_id), -1)

    def now(self) -> datetime:
        return self._now or datetime.now()

    def columns(self) -> list[Column[SessionInfo]]:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        columns: dict[SessionColumn, Column[SessionInfo]] = {
            SessionColumn.DATE: Column(self.tr("Date"), self._date),
            SessionColumn.TIME: Column(self.tr("Time"), self._time),
            SessionColumn.STATUS: Column(self.tr("Roll call"), self.status_text),
            SessionColumn.PRESENT: Column(self.tr("Present"), self._present, align=right),
            SessionColumn.GUESTS: Column(
                self.tr("Guests"),
                lambda x: str(x.guests.total) if x.taken and x.guests.total else "",
                align=right,
            ),
            SessionColumn.ACTIVITIES: Column(self.tr("Activities and note"), self._activities),
        }
        return [columns[c] for c in SessionColumn]

    def _date(self, x: SessionInfo) -> str:
        moved = self.tr(" (moved)") if x.moved_from else ""
        return day_text(x.held_on) + moved

    @staticmethod
    def _time(x: SessionInfo) -> str:
        if x.starts_at and x.ends_at:
            return f"{x.starts_at:%H.%M}–{x.ends_at:%H.%M}"
        return ""

    @staticmethod
    def _present(x: SessionInfo) -> str:
        marked = x.present + x.absent + x.excused
        return f"{x.present} / {marked}" if x.taken else ""

    @staticmethod
    def _activities(x: SessionInfo) -> str:
        parts = list(x.activities)
        if x.note:
            parts.append(f"“{x.note}”")
        return ", ".join(parts)

    def status_text(self, x: SessionInfo) -> str:
        state = x.state(self.now())
        if state is SessionState.CANCELLED:
            reason = f": {x.cancel_reason}" if x.cancel_reason else ""
            return self.tr("Cancelled") + reason
        return {
            SessionState.UPCOMING: self.tr("Coming"),
            SessionState.TODAY: self.tr("Today"),
            SessionState.MISSING: self.tr("⚠ Not taken"),
            SessionState.TAKEN: self.tr("Taken"),
        }[state]

    def row_data(self, x: SessionInfo, role: int) -> Any:
        if role not in _TINT_ROLES:
            return None  # asked for every cell and role as the view sizes its columns
        state = x.state(self.now())
        if role == Qt.ItemDataRole.BackgroundRole and state is SessionState.MISSING:
            return MISSING_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and state is SessionState.MISSING:
            return INK_BRUSH  # readable on the light tint in a dark look
        if role == Qt.ItemDataRole.ForegroundRole and state is SessionState.CANCELLED:
            return MUTED_BRUSH
        if role == Qt.ItemDataRole.FontRole and state in (SessionState.MISSING, SessionState.TODAY):
            f = QFont()
            f.setBold(True)
            return f
        return None


_TINT_ROLES = frozenset(
    {Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole}
)


class EnrolmentColumn(enum.IntEnum):
    CODE = 0
    GENDER = 1
    AGE_BAND = 2
    ROUTE = 3
    ENROLLED = 4
    LEFT = 5
    OUTCOME = 6


class EnrolmentListModel(RowTableModel[EnrolmentInfo]):
    """A group's participants: current ones first, then those who left (greyed)."""

    def __init__(self, lang: Lang = "sv") -> None:
        super().__init__()
        self.lang = lang

    def set_rows(self, rows: Iterable[EnrolmentInfo]) -> None:
        super().set_rows(sorted(rows, key=lambda e: (e.left_on is not None, e.code, e.enrolled_on)))

    def enrolment(self, row: int) -> EnrolmentInfo:
        return self.row(row)

    def columns(self) -> list[Column[EnrolmentInfo]]:
        columns: dict[EnrolmentColumn, Column[EnrolmentInfo]] = {
            EnrolmentColumn.CODE: Column(self.tr("Code"), lambda e: e.code),
            EnrolmentColumn.GENDER: Column(self.tr("Gender"), lambda e: gender_label(e.gender)),
            EnrolmentColumn.AGE_BAND: Column(self.tr("Age band"), lambda e: e.age_band),
            EnrolmentColumn.ROUTE: Column(
                self.tr("Route"), lambda e: route_label(e.route, self.lang)
            ),
            EnrolmentColumn.ENROLLED: Column(
                self.tr("Enrolled"), lambda e: e.enrolled_on.isoformat()
            ),
            EnrolmentColumn.LEFT: Column(
                self.tr("Left"), lambda e: e.left_on.isoformat() if e.left_on else ""
            ),
            EnrolmentColumn.OUTCOME: Column(
                self.tr("Outcome"),
                lambda e: outcome_label(e.outcome, self.lang) if e.outcome else "",
            ),
        }
        return [columns[c] for c in EnrolmentColumn]

    def row_data(self, e: EnrolmentInfo, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and e.left_on is not None:
            return MUTED_BRUSH
        return None
