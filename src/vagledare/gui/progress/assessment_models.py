"""Qt table models of the progression page: who is due, a participant's readings, and the
participant's answers beside the coach's."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vagledare.gui.common.row_model import Column, Index, RowTableModel
from vagledare.journal.assessments import Due, Reading, SideBySide
from vagledare.journal.factor_sets import FactorInfo, FactorSetInfo
from vagledare.journal.models import Respondent

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_GREY = QColor("#7a8591")
_LATE = QColor("#fde2e1")
_INK = QColor("#1d2733")


class DueColumn(enum.IntEnum):
    CODE = 0
    DUE_ON = 1
    STATUS = 2
    LAST = 3
    COACH = 4


class DueModel(RowTableModel[Due]):
    def row_value(self, row: int) -> Due:
        return self.row(row)

    def columns(self) -> list[Column[Due]]:
        columns: dict[DueColumn, Column[Due]] = {
            DueColumn.CODE: Column(self.tr("Code"), lambda d: d.code),
            DueColumn.DUE_ON: Column(self.tr("Due"), lambda d: d.due_on.isoformat()),
            DueColumn.STATUS: Column(
                self.tr("Status"),
                lambda d: self.tr("Overdue") if d.overdue else self.tr("Due soon"),
            ),
            DueColumn.LAST: Column(self.tr("Last reading"), lambda d: d.last_taken_on.isoformat()),
            DueColumn.COACH: Column(self.tr("Coach"), lambda d: d.coach or ""),
        }
        return [columns[c] for c in DueColumn]

    def row_data(self, d: Due, role: int) -> Any:
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


class ReadingModel(RowTableModel[Reading]):
    """Date, respondent, one column per factor, comment and status; deleted rows greyed."""

    def __init__(self) -> None:
        super().__init__()
        self.factor_set: FactorSetInfo | None = None

    def set_factor_set(self, fs: FactorSetInfo | None) -> None:
        with self.resetting():
            self.factor_set = fs

    def row_value(self, row: int) -> Reading:
        return self.row(row)

    def _n(self) -> int:
        return len(self.factor_set.factors) if self.factor_set else 7

    def columns(self) -> list[Column[Reading]]:
        fs = self.factor_set

        def struck(strike: bool) -> Callable[[Reading], QFont | None]:
            def font(r: Reading) -> QFont | None:
                if not r.deleted:
                    return None
                f = QFont()
                f.setStrikeOut(strike)
                return f

            return font

        def factor(pos: int) -> Column[Reading]:
            def value(r: Reading) -> str:
                if not r.asked(pos):
                    return ""
                v = r.value(pos)
                return "–" if v is None else str(v)

            return Column(
                str(pos),
                value,
                align=Qt.AlignmentFlag.AlignCenter,
                font=struck(True),
                header_tooltip=fs.factors[pos - 1].name if fs else None,
            )

        return [
            Column(self.tr("Date"), lambda r: r.taken_on.isoformat(), font=struck(True)),
            Column(
                self.tr("Answered by"),
                lambda r: (
                    self.tr("Coach") if r.respondent is Respondent.COACH else self.tr("Participant")
                ),
                font=struck(True),
            ),
            *(factor(pos) for pos in range(1, self._n() + 1)),
            Column(self.tr("Comment"), lambda r: r.comment or "", font=struck(False)),
            Column(self.tr("Status"), self._status, font=struck(False)),
        ]

    def _status(self, r: Reading) -> str:
        if r.deleted:
            return self.tr("Deleted: %1").replace("%1", r.deletion_reason or "")
        return self.tr("Version %1").replace("%1", str(r.version))

    def row_data(self, r: Reading, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and r.deleted:
            return QBrush(_GREY)
        if role == ROW_ROLE:
            return r
        return None


class SideBySideModel(RowTableModel[FactorInfo]):
    """One row per factor: the participant's value, the coach's, and the difference."""

    def __init__(self) -> None:
        super().__init__()
        self.pair: SideBySide | None = None

    def set_pair(self, pair: SideBySide | None, fs: FactorSetInfo | None) -> None:
        self.pair = pair
        self.set_rows(list(fs.factors) if pair and fs else [])

    def row_value(self, row: int) -> FactorInfo:
        return self.row(row)

    def _values(self, f: FactorInfo) -> tuple[int | None, int | None]:
        assert self.pair is not None  # rows only while there is a pair
        return self.pair.participant.value(f.position), self.pair.coach.value(f.position)

    def _own(self, f: FactorInfo) -> str:
        own = self._values(f)[0]
        return "" if f.coach_only else ("–" if own is None else str(own))

    def _coach(self, f: FactorInfo) -> str:
        coach = self._values(f)[1]
        return "–" if coach is None else str(coach)

    def _gap(self, f: FactorInfo) -> str:
        own, coach = self._values(f)
        if own is None or coach is None:
            return ""
        return f"{own - coach:+d}" if own != coach else "0"

    def _wide_gap(self, f: FactorInfo) -> bool:
        own, coach = self._values(f)
        return own is not None and coach is not None and abs(own - coach) >= 3

    def columns(self) -> list[Column[FactorInfo]]:
        centre = Qt.AlignmentFlag.AlignCenter
        return [
            Column(self.tr("Factor"), lambda f: f.short_name, tooltip=lambda f: f.name),
            Column(self.tr("Participant"), self._own, align=centre),
            Column(self.tr("Coach"), self._coach, align=centre),
            Column(
                self.tr("Gap"),
                self._gap,
                align=centre,
                # a gap worth talking about
                background=lambda f: QBrush(QColor("#fbeed5")) if self._wide_gap(f) else None,
                foreground=lambda f: QBrush(_INK) if self._wide_gap(f) else None,
            ),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.pair is None:
            return None
        return super().data(index, role)
