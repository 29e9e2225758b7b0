"""The readings behind the progression reports, filtered to a group of participants.

A group is chosen by site (the participant's home site), gender, coach (who recorded the
participant's most recent reading) and the period of the participant's first reading.
Route (väg in) cannot be chosen yet: it belongs to cases, which this journal does not hold
yet.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.factor_sets import (
    FactorSetInfo,
    current_factor_set_to_read,
    factor_set_by_version,
)
from vagledare.journal.models import (
    Assessment,
    AssessmentValue,
    Factor,
    FactorSet,
    Gender,
    Participant,
    Respondent,
)
from vagledare.reports.periods import Period

SMALL_GROUP = 5  # figures from fewer people than this are marked


@dataclass(frozen=True)
class Group:
    site_ids: Sequence[uuid.UUID] | None = None
    gender: Gender | None = None
    coach_id: uuid.UUID | None = None
    first_reading: Period | None = None  # the participant's first reading falls in it


@dataclass(frozen=True)
class ReadingRow:
    """One reading, flattened: who, when, which version, and its answered values."""

    participant_id: uuid.UUID
    taken_on: date
    created_at: datetime
    respondent: Respondent
    version: int
    values: dict[int, int] = field(default_factory=dict)  # position -> value (answered only)


def load_readings(s: Session, group: Group) -> list[ReadingRow]:
    """Every non-deleted reading of the group's participants, oldest first."""
    stmt = (
        select(
            Assessment.id,
            Assessment.participant_id,
            Assessment.taken_on,
            Assessment.created_at,
            Assessment.respondent,
            Assessment.coach_id,
            FactorSet.version,
            Participant.site_id,
            Participant.gender,
        )
        .join(Participant, Participant.id == Assessment.participant_id)
        .join(FactorSet, FactorSet.id == Assessment.factor_set_id)
        .where(Assessment.deleted_at.is_(None))
        .order_by(Assessment.taken_on, Assessment.created_at)
    )
    if group.site_ids:
        stmt = stmt.where(Participant.site_id.in_(list(group.site_ids)))
    if group.gender is not None:
        stmt = stmt.where(Participant.gender == group.gender)
    readings: dict[uuid.UUID, ReadingRow] = {}
    latest_coach: dict[uuid.UUID, uuid.UUID | None] = {}
    first_day: dict[uuid.UUID, date] = {}
    for aid, pid, taken, created, resp, coach_id, version, _site, _gender in s.execute(stmt):
        readings[aid] = ReadingRow(pid, taken, created, resp, version)
        latest_coach[pid] = coach_id
        first_day.setdefault(pid, taken)
    if readings:
        values = select(AssessmentValue.assessment_id, Factor.position, AssessmentValue.value).join(
            Factor, Factor.id == AssessmentValue.factor_id
        )
        for aid, position, value in s.execute(values.where(AssessmentValue.value.is_not(None))):
            if aid in readings and value is not None:
                readings[aid].values[position] = value
    keep = set(first_day)
    if group.coach_id is not None:
        keep = {p for p in keep if latest_coach.get(p) == group.coach_id}
    if group.first_reading is not None:
        keep = {p for p in keep if group.first_reading.contains(first_day[p])}
    return [r for r in readings.values() if r.participant_id in keep]


def choose_version(
    s: Session, readings: Sequence[ReadingRow], version: int | None
) -> tuple[FactorSetInfo, Counter[int]]:
    """The factor set to report on and how many readings each other version has.

    Without an explicit version, the one most of the readings used (the newest on a tie);
    with no readings at all, the current set. Other versions are never mixed in.
    """
    used: Counter[int] = Counter(r.version for r in readings)
    if version is None and used:
        version = max(used, key=lambda v: (used[v], v))
    fs = current_factor_set_to_read(s) if version is None else factor_set_by_version(s, version)
    others = Counter({v: n for v, n in used.items() if v != fs.version})
    return fs, others


def respondent_for(fs: FactorSetInfo, position: int, chosen: Respondent) -> Respondent:
    """Coach-only factors (BIP factor 7) always come from the coach's readings."""
    return Respondent.COACH if fs.factor(position).coach_only else chosen


def series(
    readings: Sequence[ReadingRow], fs: FactorSetInfo, position: int, respondent: Respondent
) -> dict[uuid.UUID, list[int]]:
    """Each participant's answered values of one factor in date order."""
    out: dict[uuid.UUID, list[int]] = defaultdict(list)
    for r in readings:
        if r.version == fs.version and r.respondent is respondent and position in r.values:
            out[r.participant_id].append(r.values[position])
    return out


def rounds(
    readings: Sequence[ReadingRow], fs: FactorSetInfo, position: int, respondent: Respondent
) -> dict[uuid.UUID, list[int | None]]:
    """Each participant's readings 1, 2, 3 … and the factor's value in each (None when
    declined): the k-th reading stays the k-th even when a value in it is missing."""
    out: dict[uuid.UUID, list[int | None]] = defaultdict(list)
    for r in readings:
        if r.version == fs.version and r.respondent is respondent:
            out[r.participant_id].append(r.values.get(position))
    return out
