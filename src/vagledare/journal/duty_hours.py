"""Aktivitetsplikt hours: the plan of hours per week per activity, the hours actually attended,
and who is under the goal of 30 hours a week (001:590-636: "30–40 timmar aktivitet i veckan").

A case with a decision on aktivitetsplikt (``Case.duty_from``/``duty_to``) gets a plan: lines
of hours per week, each in a type from the activity list (``journal.activities``) or in a
free *annan aktivitet* (under the text guard). The plan is replaced as a whole. A contact
during the decision may carry the hours the person attended in the past week. The coach's
list ``under_30`` names the open cases whose decision runs on a day and whose planned total,
or latest attended hours, are under 30.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from vagledare.journal.activities import KindInfo, list_kinds
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    ActivityKind,
    Case,
    Closure,
    Contact,
    DutyHours,
    Participant,
    Site,
    Staff,
)
from vagledare.journal.privacy import reject_identity_number
from vagledare.journal.sites import swedish_sort_key

GOAL = 30  # hours a week (the lower end of the goal of 30–40)
MAX_PLANNED = 60  # hours a week in one activity
MAX_ATTENDED = 80  # hours attended in one week
MAX_OTHER = 120  # characters of a free "annan aktivitet"
# Attended hours are told about the past week: a contact up to a week after the decision's
# end may still tell its last week.
REPORT_GRACE = timedelta(days=7)


class HoursProblem(ValidationError):
    """A refused plan; ``line`` is the plan line to mark (0-based), None for the plan."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class PlanLine:
    """One line of a plan as the dialog gives it: a listed type or a free activity."""

    hours: int
    kind_id: uuid.UUID | None = None
    other: str | None = None


@dataclass(frozen=True)
class PlanLineInfo:
    kind_id: uuid.UUID | None
    other: str | None
    activity: str  # the type's name, or the free text
    hours: int

    def line(self) -> PlanLine:
        return PlanLine(self.hours, self.kind_id, self.other)


@dataclass(frozen=True)
class HoursSummary:
    """A case's decision, plan and latest attended hours (for the case page)."""

    case_id: uuid.UUID
    duty_from: date | None
    duty_to: date | None
    lines: tuple[PlanLineInfo, ...]
    attended: int | None  # the latest contact's attended hours during the decision
    attended_on: date | None

    @property
    def has_decision(self) -> bool:
        return self.duty_from is not None

    @property
    def planned(self) -> int:
        return sum(x.hours for x in self.lines)

    @property
    def planned_under(self) -> bool:
        return self.has_decision and self.planned < GOAL

    @property
    def attended_under(self) -> bool:
        return self.has_decision and self.attended is not None and self.attended < GOAL


@dataclass(frozen=True)
class Under30:
    """One line of the coach's list: a case under 30 hours, and why."""

    case_id: uuid.UUID
    code: str
    site: str
    coach: str | None
    planned: int
    attended: int | None
    attended_on: date | None
    planned_under: bool
    attended_under: bool

    def reason(self) -> str:
        """``planerat``, ``närvaro`` or ``planerat och närvaro`` (under 30)."""
        flags = (("planerat", self.planned_under), ("närvaro", self.attended_under))
        parts = [word for word, on in flags if on]
        return " och ".join(parts) + f" under {GOAL}"


def _case(s: Session, case_id: uuid.UUID) -> Case:
    case = s.get(Case, case_id)
    if case is None:
        raise ValidationError("Ärendet finns inte i journalen.")
    return case


def _hours(value: object, most: int, what: str, line: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise HoursProblem(f"{what} ska vara ett helt antal timmar.", line)
    if not 0 <= value <= most:
        raise HoursProblem(f"{what} ska vara 0–{most} timmar i veckan.", line)
    return value


# -- the plan ----------------------------------------------------------------------------
def plan(s: Session, case_id: uuid.UUID) -> list[PlanLineInfo]:
    """The case's plan in its order."""
    rows = s.execute(
        select(DutyHours, ActivityKind.name)
        .outerjoin(ActivityKind, ActivityKind.id == DutyHours.kind_id)
        .where(DutyHours.case_id == case_id)
        .order_by(DutyHours.position, DutyHours.created_at)
    )
    return [
        PlanLineInfo(d.kind_id, d.other_activity, name or d.other_activity or "", d.hours)
        for d, name in rows
    ]


def _clean_line(s: Session, i: int, line: PlanLine) -> PlanLine:
    hours = _hours(line.hours, MAX_PLANNED, f"Rad {i + 1}: timmarna", i)
    other = " ".join((line.other or "").split()) or None
    if line.kind_id is not None:
        if other is not None:
            raise HoursProblem(
                f"Rad {i + 1}: välj en aktivitetstyp eller skriv en annan aktivitet, inte båda.",
                i,
            )
        if s.get(ActivityKind, line.kind_id) is None:
            raise HoursProblem(f"Rad {i + 1}: aktivitetstypen finns inte i listan.", i)
        return PlanLine(hours, line.kind_id, None)
    if other is None:
        raise HoursProblem(f"Rad {i + 1}: välj en aktivitet eller skriv vilken.", i)
    if len(other) > MAX_OTHER:
        raise HoursProblem(f"Rad {i + 1}: aktiviteten är för lång (högst {MAX_OTHER} tecken).", i)
    try:
        reject_identity_number(other, f"Rad {i + 1}: aktiviteten")
    except ValidationError as exc:
        raise HoursProblem(str(exc), i) from exc
    return PlanLine(hours, None, other)


def set_plan(
    s: Session, case_id: uuid.UUID, lines: Sequence[PlanLine], author_id: uuid.UUID | None
) -> bool:
    """Replace the case's plan by ``lines`` (an empty list removes it). Only a case with a
    decision on aktivitetsplikt gets a plan. Returns whether anything changed."""
    case = _case(s, case_id)
    cleaned = [_clean_line(s, i, line) for i, line in enumerate(lines)]
    if cleaned and case.duty_from is None:
        raise HoursProblem(
            "Ärendet har inget beslut om aktivitetsplikt; ange beslutet först, sedan timmarna."
        )
    old = list(
        s.scalars(
            select(DutyHours)
            .where(DutyHours.case_id == case_id)
            .order_by(DutyHours.position, DutyHours.created_at)
        )
    )
    if [PlanLine(d.hours, d.kind_id, d.other_activity) for d in old] == cleaned:
        return False
    for d in old:
        s.delete(d)  # audited, and a tombstone for the other desks
    for i, line in enumerate(cleaned):
        s.add(
            DutyHours(
                id=uuid.uuid4(),
                case_id=case_id,
                position=i,
                kind_id=line.kind_id,
                other_activity=line.other,
                hours=line.hours,
                author_id=author_id,
            )
        )
    s.flush()
    return True


# -- attended hours --------------------------------------------------------------------------
def check_attended(s: Session, case_id: uuid.UUID, on: date, hours: int | None) -> int | None:
    """The attended hours a contact of the case on ``on`` may carry (None: none told): 0–80,
    and only during the case's decision (or the week after its end)."""
    if hours is None:
        return None
    hours = _hours(hours, MAX_ATTENDED, "Närvarotimmarna")
    case = _case(s, case_id)
    if case.duty_from is None:
        raise ValidationError(
            "Ärendet har inget beslut om aktivitetsplikt; närvarotimmar registreras bara "
            "under ett beslut."
        )
    if on < case.duty_from or (case.duty_to is not None and on > case.duty_to + REPORT_GRACE):
        until = case.duty_to.isoformat() if case.duty_to else ""
        raise ValidationError(
            f"Kontakten ({on.isoformat()}) ligger utanför beslutet om aktivitetsplikt "
            f"({case.duty_from.isoformat()}–{until}); närvarotimmar hör till beslutet."
        )
    return hours


def _latest_attended(
    s: Session, case_ids: Sequence[uuid.UUID] | Select[Any], as_of: date | None
) -> dict[uuid.UUID, tuple[int, date]]:
    """Per case: the latest contact's attended hours during its decision (up to ``as_of``).
    ``case_ids``: a list, or a query of them (no parameter limit)."""
    ids = case_ids if isinstance(case_ids, Select) else list(case_ids)
    stmt = (
        select(Contact.case_id, Contact.attended_hours, Contact.occurred_on)
        .join(Case, Case.id == Contact.case_id)
        .where(
            Contact.case_id.in_(ids),
            Contact.attended_hours.is_not(None),
            Case.duty_from.is_not(None),
            Contact.occurred_on >= Case.duty_from,
        )
        .order_by(Contact.occurred_on, Contact.created_at)
    )
    if as_of is not None:
        stmt = stmt.where(Contact.occurred_on <= as_of)
    out: dict[uuid.UUID, tuple[int, date]] = {}
    for case_id, hours, on in s.execute(stmt):
        out[case_id] = (int(hours or 0), on)  # ordered: the latest wins
    return out


def case_hours(s: Session, case_id: uuid.UUID) -> HoursSummary:
    """The case's decision, plan and latest attended hours."""
    case = _case(s, case_id)
    latest = _latest_attended(s, [case_id], None).get(case_id)
    return HoursSummary(
        case_id,
        case.duty_from,
        case.duty_to,
        tuple(plan(s, case_id)),
        latest[0] if latest else None,
        latest[1] if latest else None,
    )


# -- the coach's list ------------------------------------------------------------------------
def under_30(
    s: Session,
    coach_id: uuid.UUID | None = None,
    site_id: uuid.UUID | None = None,
    as_of: date | None = None,
) -> list[Under30]:
    """Open cases (on ``as_of``, default today) whose decision runs on that day and whose
    planned hours a week, or latest attended hours, are under 30; by site, then code."""
    day = as_of or date.today()
    current = (
        select(Closure.case_id)
        .where(Closure.reopened_on.is_(None), Closure.closed_on <= day)
        .scalar_subquery()
    )
    stmt = (
        select(Case.id, Participant.code, Site.name, Staff.name)
        .join(Participant, Participant.id == Case.participant_id)
        .join(Site, Site.id == Case.site_id)
        .outerjoin(Staff, Staff.id == Case.coach_id)
        .where(
            Case.duty_from.is_not(None),
            Case.duty_from <= day,
            (Case.duty_to.is_(None)) | (Case.duty_to >= day),
            Case.start_date <= day,
            Case.id.not_in(current),
        )
    )
    if coach_id is not None:
        stmt = stmt.where(Case.coach_id == coach_id)
    if site_id is not None:
        stmt = stmt.where(Case.site_id == site_id)
    rows = s.execute(stmt).all()
    ids = stmt.with_only_columns(Case.id)  # the same filters, as a subquery
    planned: dict[uuid.UUID, int] = {r[0]: 0 for r in rows}
    for case_id, line_hours in s.execute(
        select(DutyHours.case_id, DutyHours.hours).where(DutyHours.case_id.in_(ids))
    ):
        planned[case_id] += int(line_hours)
    attended = _latest_attended(s, ids, day)
    out: list[Under30] = []
    for case_id, code, site, coach in rows:
        total = planned[case_id]
        latest = attended.get(case_id)
        hours: int | None = latest[0] if latest else None
        on: date | None = latest[1] if latest else None
        low_plan = total < GOAL
        low_attended = hours is not None and hours < GOAL
        if low_plan or low_attended:
            out.append(
                Under30(case_id, code, site, coach, total, hours, on, low_plan, low_attended)
            )
    out.sort(key=lambda u: (swedish_sort_key(u.site), u.code))
    return out


def plan_form(s: Session, case_id: uuid.UUID) -> tuple[HoursSummary, list[KindInfo]]:
    """What the plan dialog opens with: the case's hours, and the activity types to choose
    from (the list's types in use, and any retired one the plan still names)."""
    summary = case_hours(s, case_id)
    used = {x.kind_id for x in summary.lines}
    kinds = [k for k in list_kinds(s, include_retired=True) if not k.retired or k.id in used]
    return summary, kinds
