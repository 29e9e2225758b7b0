"""One participant's progression: the readings to chart, first and latest, next due date."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from vagledare.journal.assessments import (
    PAIR_DAYS,
    Reading,
    SideBySide,
    interval_months,
    list_readings,
    side_by_side,
)
from vagledare.journal.dates import add_months
from vagledare.journal.factor_sets import FactorSetInfo, current_factor_set, get_factor_set
from vagledare.journal.models import Respondent
from vagledare.journal.participants import get_participant


@dataclass(frozen=True)
class Progress:
    participant_id: uuid.UUID
    code: str
    factor_set: FactorSetInfo
    respondent: Respondent
    readings: tuple[Reading, ...]  # this respondent's, this version, oldest first
    coach_readings: tuple[Reading, ...]  # the coach's, this version (for coach-only factors)
    next_due: date | None
    other_versions: int  # readings left out because they used another factor-set version

    @property
    def first(self) -> Reading | None:
        return self.readings[0] if self.readings else None

    @property
    def latest(self) -> Reading | None:
        return self.readings[-1] if len(self.readings) > 1 else None

    def values(self, reading: Reading) -> dict[int, int | None]:
        """All factors of a reading; a coach-only factor comes from the coach's reading of
        the same round (within ``PAIR_DAYS``), so the participant's star has seven axes."""
        out = {f.position: reading.value(f.position) for f in self.factor_set.factors}
        if reading.respondent is Respondent.COACH:
            return out
        near = [
            c for c in self.coach_readings if abs((c.taken_on - reading.taken_on).days) <= PAIR_DAYS
        ]
        if near:
            coach = min(near, key=lambda c: abs((c.taken_on - reading.taken_on).days))
            for f in self.factor_set.factors:
                if f.coach_only:
                    out[f.position] = coach.value(f.position)
        return out

    def shown(self, chosen: Sequence[uuid.UUID] = ()) -> list[Reading]:
        """First and latest, plus up to three chosen readings, in date order."""
        ids = {r.id for r in (self.first, self.latest) if r is not None}
        ids.update(list(chosen)[:3])
        return [r for r in self.readings if r.id in ids]


@dataclass(frozen=True)
class ParticipantReadings:
    """One participant's page: progress, every reading (deleted ones too) and the latest
    reading beside the coach's view."""

    progress: Progress
    readings: list[Reading]
    pair: SideBySide | None


def participant_readings(s: Session, participant_id: uuid.UUID) -> ParticipantReadings:
    """``participant_progress``, ``list_readings`` (with deleted) and ``side_by_side`` in one
    unit of work (the progress installs the shipped factor set on first use)."""
    return ParticipantReadings(
        participant_progress(s, participant_id),
        list_readings(s, participant_id, include_deleted=True),
        side_by_side(s, participant_id),
    )


def participant_progress(
    s: Session, participant_id: uuid.UUID, respondent: Respondent = Respondent.PARTICIPANT
) -> Progress:
    """Readings of one respondent with the factor-set version of the latest of them."""
    info = get_participant(s, participant_id)
    all_readings = list_readings(s, participant_id)
    mine = [r for r in all_readings if r.respondent is respondent]
    fs = get_factor_set(s, mine[-1].factor_set_id) if mine else current_factor_set(s)
    same = [r for r in mine if r.factor_set_id == fs.id]
    coach = [
        r for r in all_readings if r.respondent is Respondent.COACH and r.factor_set_id == fs.id
    ]
    last_any = max((r.taken_on for r in all_readings), default=None)
    due = add_months(last_any, interval_months(s)) if last_any else None
    return Progress(
        participant_id,
        info.code,
        fs,
        respondent,
        tuple(same),
        tuple(coach),
        due,
        len(mine) - len(same),
    )
