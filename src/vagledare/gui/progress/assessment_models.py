"""Qt table models of the progression page: who is due, a participant's readings, and the
participant's answers beside the coach's."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vagledare.journal.assessments import Due, Reading, SideBySide
from vagledare.journal.factor_sets import FactorSetInfo
from vagledare.journal.models import Respondent

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_GREY = QColor("#7a8591")
_LATE = QColor("#fde2e1")
_INK = QColor("#1d2733")


class _Rows(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_value(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.header_texts())

    def header_texts(self) -> tuple[str, ...]:
        return self.headers

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_texts()[section]
        return None


class DueColumn(enum.IntEnum):
    CODE = 0
    DUE_ON = 1
    STATUS = 2
    LAST = 3
    COACH = 4


class DueModel(_Rows):
    def header_texts(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Last reading"),
            self.tr("Coach"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d: Due = self._rows[index.row()]
        col = DueColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                DueColumn.CODE: d.code,
                DueColumn.DUE_ON: d.due_on.isoformat(),
                DueColumn.STATUS: self.tr("Overdue") if d.overdue else self.tr("Due soon"),
                DueColumn.LAST: d.last_taken_on.isoformat(),
                DueColumn.COACH: d.coach or "",
            }[col]
        if role == Qt.ItemDataRole.BackgroundRole and d.overdue:
            return QBrush(_LATE)
        if role == Qt.ItemDataRole.ForegroundRole and d.overdue:
            return QBrush(_INK)  # readable on the light tint in a dark look
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Last reading %1, by %2")
                .replace("%1", d.last_taken_on.isoformat())
                .replace("%2", d.coach or "–")
            )
        if role == ROW_ROLE:
            return d
        return None


class ReadingModel(_Rows):
    """Date, respondent, one column per factor, comment and status; deleted rows greyed."""

    def __init__(self) -> None:
        super().__init__()
        self.factor_set: FactorSetInfo | None = None

    def set_factor_set(self, fs: FactorSetInfo | None) -> None:
        self.beginResetModel()
        self.factor_set = fs
        self.endResetModel()

    def _n(self) -> int:
        return len(self.factor_set.factors) if self.factor_set else 7

    def header_texts(self) -> tuple[str, ...]:
        factors = tuple(str(i) for i in range(1, self._n() + 1))
        return (
            self.tr("Date"),
            self.tr("Answered by"),
            *factors,
            self.tr("Comment"),
            self.tr("Status"),
        )

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and self.factor_set and 2 <= section < 2 + self._n():
            return self.factor_set.factors[section - 2].name
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: Reading = self._rows[index.row()]
        col = index.column()
        n = self._n()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.taken_on.isoformat()
            if col == 1:
                return (
                    self.tr("Coach") if r.respondent is Respondent.COACH else self.tr("Participant")
                )
            if col < 2 + n:
                pos = col - 1
                if not r.asked(pos):
                    return ""
                v = r.value(pos)
                return "–" if v is None else str(v)
            if col == 2 + n:
                return r.comment or ""
            if r.deleted:
                return self.tr("Deleted: %1").replace("%1", r.deletion_reason or "")
            return self.tr("Version %1").replace("%1", str(r.version))
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= col < 2 + n:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and r.deleted:
            return QBrush(_GREY)
        if role == Qt.ItemDataRole.FontRole and r.deleted:
            f = QFont()
            f.setStrikeOut(col < 2 + n)
            return f
        if role == ROW_ROLE:
            return r
        return None


class SideBySideModel(_Rows):
    """One row per factor: the participant's value, the coach's, and the difference."""

    def __init__(self) -> None:
        super().__init__()
        self.pair: SideBySide | None = None

    def set_pair(self, pair: SideBySide | None, fs: FactorSetInfo | None) -> None:
        self.pair = pair
        self.set_rows(list(fs.factors) if pair and fs else [])

    def header_texts(self) -> tuple[str, ...]:
        return (self.tr("Factor"), self.tr("Participant"), self.tr("Coach"), self.tr("Gap"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.pair is None:
            return None
        f = self._rows[index.row()]
        own = self.pair.participant.value(f.position)
        coach = self.pair.coach.value(f.position)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f.short_name
            if col == 1:
                return "" if f.coach_only else ("–" if own is None else str(own))
            if col == 2:
                return "–" if coach is None else str(coach)
            if own is None or coach is None:
                return ""
            return f"{own - coach:+d}" if own != coach else "0"
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return f.name
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and col == 3
            and own is not None
            and coach is not None
            and abs(own - coach) >= 3
        ):
            return QBrush(QColor("#fbeed5"))  # a gap worth talking about
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and col == 3
            and own is not None
            and coach is not None
            and abs(own - coach) >= 3
        ):
            return QBrush(_INK)
        return None
