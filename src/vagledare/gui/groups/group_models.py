"""Qt table models of a group's sessions and enrolments (plain domain values in, text out)."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from vagledare.gui.common.vocabulary import gender_label
from vagledare.journal.enrolments import EnrolmentInfo, outcome_label, route_label
from vagledare.journal.meetings import SessionInfo, SessionState
from vagledare.journal.terms import Lang

Index = QModelIndex | QPersistentModelIndex
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


class SessionListModel(QAbstractTableModel):
    """A group's sessions; those whose roll call is missing stand out until it is taken."""

    def __init__(self, now: datetime | None = None) -> None:
        super().__init__()
        self._rows: list[SessionInfo] = []
        self._now = now

    def set_rows(self, rows: list[SessionInfo], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now or self._now
        self.endResetModel()

    def session(self, row: int) -> SessionInfo:
        return self._rows[row]

    def row_of(self, session_id: object) -> int:
        return next((i for i, x in enumerate(self._rows) if x.id == session_id), -1)

    def now(self) -> datetime:
        return self._now or datetime.now()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(SessionColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SessionColumn.DATE: self.tr("Date"),
            SessionColumn.TIME: self.tr("Time"),
            SessionColumn.STATUS: self.tr("Roll call"),
            SessionColumn.PRESENT: self.tr("Present"),
            SessionColumn.GUESTS: self.tr("Guests"),
            SessionColumn.ACTIVITIES: self.tr("Activities and note"),
        }[SessionColumn(section)]

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        x = self._rows[index.row()]
        col = SessionColumn(index.column())
        state = x.state(self.now())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is SessionColumn.DATE:
                moved = self.tr(" (moved)") if x.moved_from else ""
                return day_text(x.held_on) + moved
            if col is SessionColumn.TIME:
                if x.starts_at and x.ends_at:
                    return f"{x.starts_at:%H.%M}–{x.ends_at:%H.%M}"
                return ""
            if col is SessionColumn.STATUS:
                return self.status_text(x)
            if col is SessionColumn.PRESENT:
                marked = x.present + x.absent + x.excused
                return f"{x.present} / {marked}" if x.taken else ""
            if col is SessionColumn.GUESTS:
                return str(x.guests.total) if x.taken and x.guests.total else ""
            parts = list(x.activities)
            if x.note:
                parts.append(f"“{x.note}”")
            return ", ".join(parts)
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
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            SessionColumn.PRESENT,
            SessionColumn.GUESTS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class EnrolmentColumn(enum.IntEnum):
    CODE = 0
    GENDER = 1
    AGE_BAND = 2
    ROUTE = 3
    ENROLLED = 4
    LEFT = 5
    OUTCOME = 6


class EnrolmentListModel(QAbstractTableModel):
    """A group's participants: current ones first, then those who left (greyed)."""

    def __init__(self, lang: Lang = "sv") -> None:
        super().__init__()
        self._rows: list[EnrolmentInfo] = []
        self.lang = lang

    def set_rows(self, rows: list[EnrolmentInfo]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda e: (e.left_on is not None, e.code, e.enrolled_on))
        self.endResetModel()

    def enrolment(self, row: int) -> EnrolmentInfo:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(EnrolmentColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            EnrolmentColumn.CODE: self.tr("Code"),
            EnrolmentColumn.GENDER: self.tr("Gender"),
            EnrolmentColumn.AGE_BAND: self.tr("Age band"),
            EnrolmentColumn.ROUTE: self.tr("Route"),
            EnrolmentColumn.ENROLLED: self.tr("Enrolled"),
            EnrolmentColumn.LEFT: self.tr("Left"),
            EnrolmentColumn.OUTCOME: self.tr("Outcome"),
        }[EnrolmentColumn(section)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                EnrolmentColumn.CODE: e.code,
                EnrolmentColumn.GENDER: gender_label(e.gender),
                EnrolmentColumn.AGE_BAND: e.age_band,
                EnrolmentColumn.ROUTE: route_label(e.route, self.lang),
                EnrolmentColumn.ENROLLED: e.enrolled_on.isoformat(),
                EnrolmentColumn.LEFT: e.left_on.isoformat() if e.left_on else "",
                EnrolmentColumn.OUTCOME: outcome_label(e.outcome, self.lang) if e.outcome else "",
            }[EnrolmentColumn(index.column())]
        if role == Qt.ItemDataRole.ForegroundRole and e.left_on is not None:
            return MUTED_BRUSH
        return None
