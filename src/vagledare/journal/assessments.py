"""Progression readings: record, correct on the day, delete with a reason, and who is due.

A reading belongs to a participant code, a day and a respondent: the participant (factors
the set does not reserve for the coach) or the coach (all factors; the coach's own view of
1–6 is kept apart from the participant's and only shown beside it once both exist).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vagledare.journal.dates import add_months
from vagledare.journal.errors import ValidationError
from vagledare.journal.factor_sets import FactorSetInfo, current_factor_set, get_factor_set
from vagledare.journal.models import (
    Assessment,
    AssessmentValue,
    Case,
    Closure,
    Participant,
    Respondent,
    Setting,
    Staff,
    utc_now,
)
from vagledare.journal.privacy import reject_identity_number

INTERVAL_KEY = "assessment.interval_months"
DEFAULT_INTERVAL_MONTHS = 4  # three readings a year, as Eskilstuna measures
PAIR_DAYS = 14  # a coach's view this close to the participant's reading belongs to it
MAX_COMMENT = 2000
RESPONDENT_WORDS = {
    "deltagare": Respondent.PARTICIPANT,
    "vägledare": Respondent.COACH,
    "vagledare": Respondent.COACH,
}
RESPONDENT_LABEL = {Respondent.PARTICIPANT: "deltagare", Respondent.COACH: "vägledare"}


class ValueProblem(ValidationError):
    """A value the factor set refuses; ``position`` names the factor (1–7)."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position


@dataclass(frozen=True)
class Reading:
    id: uuid.UUID
    participant_id: uuid.UUID
    code: str
    factor_set_id: uuid.UUID
    version: int
    taken_on: date
    respondent: Respondent
    coach: str | None
    values: tuple[tuple[int, int | None], ...]  # (position, value); None = vill inte svara
    comment: str | None
    language: str | None
    recorded_on: date
    deleted: bool = False
    deletion_reason: str | None = None

    def value(self, position: int) -> int | None:
        return dict(self.values).get(position)

    def asked(self, position: int) -> bool:
        return position in dict(self.values)


@dataclass(frozen=True)
class SideBySide:
    participant: Reading
    coach: Reading


@dataclass(frozen=True)
class Due:
    participant_id: uuid.UUID
    code: str
    site_id: uuid.UUID
    last_taken_on: date
    due_on: date
    overdue: bool
    coach: str | None


def _local_date(utc: datetime) -> date:
    return utc.replace(tzinfo=UTC).astimezone().date()


def check_values(
    fs: FactorSetInfo, respondent: Respondent, values: Mapping[int, int | None]
) -> dict[int, int | None]:
    """The values to store for every factor the respondent is asked (missing = declined)."""
    coach = respondent is Respondent.COACH
    asked = {f.position for f in fs.asked(coach)}
    for pos, value in values.items():
        if pos not in {f.position for f in fs.factors}:
            raise ValueProblem(f"Faktor {pos} finns inte i {fs.label}.", pos)
        if pos not in asked and value is not None:
            raise ValueProblem(
                f"Faktor {pos} ({fs.factor(pos).name}) besvaras bara av vägledaren.", pos
            )
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value not in fs.scale
        ):
            raise ValueProblem(
                f"Värdet {value!r} för faktor {pos} ska vara ett heltal "
                f"{fs.scale_min}–{fs.scale_max} eller tomt (vill inte svara).",
                pos,
            )
    out = {pos: values.get(pos) for pos in sorted(asked)}
    if all(v is None for v in out.values()):
        raise ValidationError("Mätningen har inga värden: minst en faktor måste vara besvarad.")
    return out


def clean_comment(comment: str | None) -> str | None:
    text = (comment or "").strip()
    if not text:
        return None
    reject_identity_number(text, "Kommentaren")
    if len(text) > MAX_COMMENT:
        raise ValidationError(f"Kommentaren är för lång (högst {MAX_COMMENT} tecken).")
    return text


def _reading(
    a: Assessment, code: str, version: int, positions: Mapping[uuid.UUID, int], coach: str | None
) -> Reading:
    vals = tuple(sorted((positions[v.factor_id], v.value) for v in a.values))
    return Reading(
        a.id,
        a.participant_id,
        code,
        a.factor_set_id,
        version,
        a.taken_on,
        a.respondent,
        coach,
        vals,
        a.comment,
        a.language,
        _local_date(a.created_at),
        a.deleted_at is not None,
        a.deletion_reason,
    )


def _load(s: Session, stmt: object) -> list[Reading]:
    rows = s.scalars(stmt.options(selectinload(Assessment.values))).all()  # type: ignore[attr-defined]
    sets: dict[uuid.UUID, FactorSetInfo] = {}
    codes: dict[uuid.UUID, str] = {}
    names: dict[uuid.UUID, str] = {}
    out = []
    for a in rows:
        fs = sets.get(a.factor_set_id) or sets.setdefault(
            a.factor_set_id, get_factor_set(s, a.factor_set_id)
        )
        if a.participant_id not in codes:
            codes[a.participant_id] = s.get(Participant, a.participant_id).code  # type: ignore[union-attr]
        coach = None
        if a.coach_id is not None:
            if a.coach_id not in names:
                st = s.get(Staff, a.coach_id)
                names[a.coach_id] = st.name if st else ""
            coach = names[a.coach_id] or None
        positions = {f.id: f.position for f in fs.factors}
        out.append(_reading(a, codes[a.participant_id], fs.version, positions, coach))
    return out


def get_reading(s: Session, reading_id: uuid.UUID) -> Reading:
    found = _load(s, select(Assessment).where(Assessment.id == reading_id))
    if not found:
        raise ValidationError("Mätningen finns inte.")
    return found[0]


def list_readings(
    s: Session, participant_id: uuid.UUID, *, include_deleted: bool = False
) -> list[Reading]:
    """A participant's readings, oldest first (participant's before the coach's on a day)."""
    stmt = select(Assessment).where(Assessment.participant_id == participant_id)
    if not include_deleted:
        stmt = stmt.where(Assessment.deleted_at.is_(None))
    readings = _load(s, stmt)
    return sorted(readings, key=lambda r: (r.taken_on, r.respondent is Respondent.COACH))


def record_reading(
    s: Session,
    participant_id: uuid.UUID,
    respondent: Respondent,
    taken_on: date,
    values: Mapping[int, int | None],
    author_id: uuid.UUID | None,
    *,
    comment: str | None = None,
    language: str | None = None,
    factor_set_id: uuid.UUID | None = None,
    import_id: uuid.UUID | None = None,
    today: date | None = None,
) -> Reading:
    """Save one reading with the current factor set (or the one given)."""
    today = today or date.today()
    if s.get(Participant, participant_id) is None:
        raise ValidationError("Deltagaren finns inte i registret.")
    if taken_on > today:
        raise ValidationError("En mätning kan inte registreras på ett datum som inte har varit.")
    fs = get_factor_set(s, factor_set_id) if factor_set_id else current_factor_set(s, author_id)
    checked = check_values(fs, respondent, values)
    if existing_reading(s, participant_id, respondent, taken_on) is not None:
        who = RESPONDENT_LABEL[respondent]
        raise ValidationError(
            f"Det finns redan en mätning besvarad av {who} {taken_on.isoformat()}; "
            "rätta den i stället."
        )
    a = Assessment(
        id=uuid.uuid4(),
        participant_id=participant_id,
        factor_set_id=fs.id,
        taken_on=taken_on,
        respondent=respondent,
        coach_id=author_id,
        language=language,
        comment=clean_comment(comment),
        import_id=import_id,
        author_id=author_id,
    )
    ids = {f.position: f.id for f in fs.factors}
    a.values = [
        AssessmentValue(factor_id=ids[pos], value=v, author_id=author_id)
        for pos, v in checked.items()
    ]
    s.add(a)
    s.flush()
    return get_reading(s, a.id)


def existing_reading(
    s: Session, participant_id: uuid.UUID, respondent: Respondent, taken_on: date
) -> uuid.UUID | None:
    return s.scalar(
        select(Assessment.id).where(
            Assessment.participant_id == participant_id,
            Assessment.respondent == respondent,
            Assessment.taken_on == taken_on,
            Assessment.deleted_at.is_(None),
        )
    )


def correct_reading(
    s: Session,
    reading_id: uuid.UUID,
    values: Mapping[int, int | None],
    author_id: uuid.UUID | None,
    *,
    comment: str | None = None,
    today: date | None = None,
) -> Reading:
    """Change a reading's values and comment – only on the day it was recorded."""
    today = today or date.today()
    a = s.get(Assessment, reading_id)
    if a is None or a.deleted_at is not None:
        raise ValidationError("Mätningen finns inte eller är borttagen.")
    if _local_date(a.created_at) != today:
        raise ValidationError(
            "En mätning kan bara rättas samma dag som den registrerades. "
            "Ta bort den med en anledning och registrera en ny."
        )
    fs = get_factor_set(s, a.factor_set_id)
    checked = check_values(fs, a.respondent, values)
    ids = {f.position: f.id for f in fs.factors}
    by_factor = {v.factor_id: v for v in a.values}
    for pos, value in checked.items():
        row = by_factor.get(ids[pos])
        if row is None:
            a.values.append(AssessmentValue(factor_id=ids[pos], value=value, author_id=author_id))
        else:
            row.value = value
    a.comment = clean_comment(comment)
    a.modified_at = utc_now()
    s.flush()
    return get_reading(s, a.id)


def delete_reading(
    s: Session, reading_id: uuid.UUID, reason: str, deleted_by: uuid.UUID | None
) -> None:
    """Take a reading out of every chart and report; it stays with who, when and why."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("Ange varför mätningen tas bort.")
    if len(reason) > 200:
        raise ValidationError("Anledningen är för lång (högst 200 tecken).")
    reject_identity_number(reason, "Anledningen")
    a = s.get(Assessment, reading_id)
    if a is None:
        raise ValidationError("Mätningen finns inte.")
    if a.deleted_at is not None:
        raise ValidationError("Mätningen är redan borttagen.")
    a.deleted_at = utc_now()
    a.deleted_by_id = deleted_by
    a.deletion_reason = reason


def side_by_side(s: Session, participant_id: uuid.UUID) -> SideBySide | None:
    """The latest participant reading beside the coach's view of the same round (within
    ``PAIR_DAYS``); None until both have been entered."""
    readings = list_readings(s, participant_id)
    own = [r for r in readings if r.respondent is Respondent.PARTICIPANT]
    if not own:
        return None
    last = own[-1]
    coach = [
        r
        for r in readings
        if r.respondent is Respondent.COACH and abs((r.taken_on - last.taken_on).days) <= PAIR_DAYS
    ]
    if not coach:
        return None
    best = min(coach, key=lambda r: (abs((r.taken_on - last.taken_on).days), r.taken_on))
    return SideBySide(last, best)


def interval_months(s: Session) -> int:
    row = s.get(Setting, INTERVAL_KEY)
    if row is None or not row.value.isdigit():
        return DEFAULT_INTERVAL_MONTHS
    return int(row.value)


def set_interval_months(s: Session, months: int) -> None:
    if not 1 <= months <= 24:
        raise ValidationError("Intervallet ska vara 1–24 månader.")
    row = s.get(Setting, INTERVAL_KEY)
    if row is None:
        s.add(Setting(key=INTERVAL_KEY, value=str(months)))
    else:
        row.value = str(months)


def due_at(
    s: Session, today: date, site_ids: Sequence[uuid.UUID] | None = None
) -> tuple[int, list[Due]]:
    """The interval in months and the readings due (``due_readings``), from one snapshot."""
    return interval_months(s), due_readings(s, today, site_ids=site_ids)


def reading_to_edit(
    s: Session,
    participant_id: uuid.UUID,
    respondent: Respondent,
    today: date,
    author_id: uuid.UUID | None,
    *,
    correct: uuid.UUID | None = None,
) -> tuple[Reading | None, FactorSetInfo]:
    """What the reading form opens with: the reading to correct (``correct``, else this
    respondent's reading of today, if any) and the factor set it is filled in on (the
    reading's own, else the current one, installed on first use — so this may write)."""
    existing = correct or existing_reading(s, participant_id, respondent, today)
    reading = get_reading(s, existing) if existing else None
    fs = get_factor_set(s, reading.factor_set_id) if reading else current_factor_set(s, author_id)
    return reading, fs


def due_readings(
    s: Session,
    today: date,
    *,
    site_ids: Sequence[uuid.UUID] | None = None,
    within_days: int = 14,
) -> list[Due]:
    """Participants with an open case whose next reading (last reading + the interval) falls
    due within ``within_days`` or is overdue, soonest first. Someone whose cases have all
    closed is measured no more (their follow-up, if any, is in ``journal.followups``)."""
    months = interval_months(s)
    open_case = (
        select(Case.id)
        .where(
            Case.participant_id == Assessment.participant_id,
            Case.start_date <= today,
            ~select(Closure.id)
            .where(
                Closure.case_id == Case.id,
                Closure.reopened_on.is_(None),
                Closure.closed_on <= today,
            )
            .exists(),
        )
        .exists()
    )
    stmt = (
        select(
            Assessment.participant_id,
            Assessment.taken_on,
            Assessment.coach_id,
            Participant.code,
            Participant.site_id,
        )
        .join(Participant, Participant.id == Assessment.participant_id)
        .where(Assessment.deleted_at.is_(None), open_case)
        .order_by(Assessment.taken_on, Assessment.created_at)
    )
    if site_ids:
        stmt = stmt.where(Participant.site_id.in_(list(site_ids)))
    last: dict[uuid.UUID, tuple[date, uuid.UUID | None, str, uuid.UUID]] = {}
    for pid, taken, coach_id, code, site_id in s.execute(stmt):
        last[pid] = (taken, coach_id, code, site_id)
    names = {st.id: st.name for st in s.scalars(select(Staff))}
    horizon = today + timedelta(days=within_days)
    out = []
    for pid, (taken, coach_id, code, site_id) in last.items():
        due_on = add_months(taken, months)
        if due_on <= horizon:
            coach = names.get(coach_id) if coach_id else None
            out.append(Due(pid, code, site_id, taken, due_on, due_on < today, coach))
    return sorted(out, key=lambda d: (d.due_on, d.code))
