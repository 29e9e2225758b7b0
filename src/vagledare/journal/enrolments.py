"""Enrolments: a participant code in a group from the day of enrolment to the day of leaving.

The code comes from the one participant register (``journal/participants.py``): the same code
in a case and in a språkgrupp is the same person, so nobody is registered twice. Both days are
inclusive: a participant who leaves on 15 March is still enrolled on 15 March.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Attendance,
    Enrolment,
    EnrolmentRoute,
    Gender,
    Group,
    GroupSession,
    Outcome,
    Participant,
)
from vagledare.journal.participants import clean_code, ensure_participant
from vagledare.journal.sites import get_site, normalise_age_band
from vagledare.journal.terms import Lang, term


@dataclass(frozen=True)
class EnrolmentInfo:
    id: uuid.UUID
    group_id: uuid.UUID
    participant_id: uuid.UUID
    code: str
    gender: Gender
    age_band: str
    route: EnrolmentRoute
    enrolled_on: date
    left_on: date | None
    outcome: Outcome | None

    def active_on(self, day: date) -> bool:
        return self.enrolled_on <= day and (self.left_on is None or day <= self.left_on)

    def overlaps(self, start: date, end: date) -> bool:
        return self.enrolled_on <= end and (self.left_on is None or self.left_on >= start)


def route_label(route: EnrolmentRoute, lang: Lang = "sv") -> str:
    return term(f"route.{route.value}", lang)


def outcome_label(outcome: Outcome, lang: Lang = "sv") -> str:
    return term(f"outcome.{outcome.value}", lang)


def _select() -> Select[*tuple[Any, ...]]:
    """The columns an ``EnrolmentInfo`` is built from."""
    return select(
        Enrolment.id,
        Enrolment.group_id,
        Enrolment.participant_id,
        Participant.code,
        Participant.gender,
        Participant.age_band,
        Enrolment.route,
        Enrolment.enrolled_on,
        Enrolment.left_on,
        Enrolment.outcome,
    ).join(Participant, Participant.id == Enrolment.participant_id)


def _infos(s: Session, stmt: Select[*tuple[Any, ...]]) -> list[EnrolmentInfo]:
    return [EnrolmentInfo(*row) for row in s.execute(stmt)]


def get_enrolment(s: Session, enrolment_id: uuid.UUID) -> EnrolmentInfo:
    found = _infos(s, _select().where(Enrolment.id == enrolment_id))
    if not found:
        raise ValidationError("Inskrivningen finns inte i journalen.")
    return found[0]


def list_enrolments(
    s: Session, group_ids: Sequence[uuid.UUID], *, active_on: date | None = None
) -> list[EnrolmentInfo]:
    """Enrolments of the groups ordered by code, then date; only those active on a day if
    ``active_on`` is given."""
    stmt = _select().where(Enrolment.group_id.in_(group_ids))
    if active_on is not None:
        stmt = stmt.where(
            Enrolment.enrolled_on <= active_on,
            or_(Enrolment.left_on.is_(None), Enrolment.left_on >= active_on),
        )
    return _infos(s, stmt.order_by(Participant.code, Enrolment.enrolled_on))


def find_overlap(
    s: Session,
    group_id: uuid.UUID,
    participant_id: uuid.UUID,
    start: date,
    end: date | None,
    ignore: uuid.UUID | None = None,
) -> EnrolmentInfo | None:
    """Another enrolment of the same code in the same group that shares a day with
    ``start``–``end`` (``end`` None: still enrolled)."""
    conds = [
        Enrolment.group_id == group_id,
        Enrolment.participant_id == participant_id,
        or_(Enrolment.left_on.is_(None), Enrolment.left_on >= start),
    ]
    if end is not None:
        conds.append(Enrolment.enrolled_on <= end)
    if ignore is not None:
        conds.append(Enrolment.id != ignore)
    found = _infos(s, _select().where(*conds))
    return found[0] if found else None


def enrol(
    s: Session,
    group_id: uuid.UUID,
    code: str,
    gender: Gender,
    age_band: str,
    route: EnrolmentRoute,
    enrolled_on: date,
    author_id: uuid.UUID | None,
    *,
    import_id: uuid.UUID | None = None,
) -> EnrolmentInfo:
    """Enrol a code; an unknown code is registered with this gender and age band and the
    group's site as its home site. A known code keeps what it carries (its gender must
    agree)."""
    group = s.get(Group, group_id)
    if group is None:
        raise ValidationError("Gruppen finns inte i journalen.")
    code = clean_code(code)
    if enrolled_on < group.start_date:
        raise ValidationError(
            f"{code} kan inte skrivas in {enrolled_on:%Y-%m-%d}, före gruppens start "
            f"{group.start_date:%Y-%m-%d}."
        )
    site = get_site(s, group.site_id)
    band = normalise_age_band(age_band)
    if site.age_band(band) is None:
        known = ", ".join(b.label for b in site.active_age_bands)
        raise ValidationError(f"Okänd åldersgrupp {age_band!r} för {site.name} (kända: {known}).")
    person = ensure_participant(s, code, group.site_id, gender, band, author_id)
    clash = find_overlap(s, group_id, person.id, enrolled_on, None)
    if clash is not None:
        raise ValidationError(
            f"{code} är redan inskriven i gruppen från {clash.enrolled_on:%Y-%m-%d}."
        )
    e = Enrolment(
        id=uuid.uuid4(),
        group_id=group_id,
        participant_id=person.id,
        route=route,
        enrolled_on=enrolled_on,
        author_id=author_id,
        import_id=import_id,
    )
    s.add(e)
    s.flush()
    return get_enrolment(s, e.id)


def _marked_after(s: Session, enrolment_id: uuid.UUID, day: date) -> date | None:
    return s.scalar(
        select(GroupSession.held_on)
        .join(Attendance, Attendance.session_id == GroupSession.id)
        .where(Attendance.enrolment_id == enrolment_id, GroupSession.held_on > day)
        .order_by(GroupSession.held_on)
        .limit(1)
    )


def leave(s: Session, enrolment_id: uuid.UUID, left_on: date, outcome: Outcome) -> EnrolmentInfo:
    """Utskrivning: the last day in the group and where the participant went."""
    e = s.get(Enrolment, enrolment_id)
    if e is None:
        raise ValidationError("Inskrivningen finns inte i journalen.")
    if left_on < e.enrolled_on:
        raise ValidationError(
            f"Utskrivningsdagen {left_on:%Y-%m-%d} ligger före inskrivningen "
            f"{e.enrolled_on:%Y-%m-%d}."
        )
    later = _marked_after(s, e.id, left_on)
    if later is not None:
        raise ValidationError(
            f"Deltagaren har närvaro registrerad {later:%Y-%m-%d}, efter utskrivningsdagen."
        )
    clash = find_overlap(s, e.group_id, e.participant_id, e.enrolled_on, left_on, ignore=e.id)
    if clash is not None:
        raise ValidationError("Deltagaren har en annan inskrivning i gruppen under samma tid.")
    e.left_on, e.outcome = left_on, outcome
    s.flush()
    return get_enrolment(s, e.id)


def reopen(s: Session, enrolment_id: uuid.UUID) -> EnrolmentInfo:
    """Undo a leaving registered by mistake."""
    e = s.get(Enrolment, enrolment_id)
    if e is None:
        raise ValidationError("Inskrivningen finns inte i journalen.")
    clash = find_overlap(s, e.group_id, e.participant_id, e.enrolled_on, None, ignore=e.id)
    if clash is not None:
        raise ValidationError("Deltagaren har skrivits in i gruppen igen efter utskrivningen.")
    e.left_on, e.outcome = None, None
    s.flush()
    return get_enrolment(s, e.id)


def has_attendance(s: Session, enrolment_id: uuid.UUID) -> bool:
    return bool(s.scalar(select(exists().where(Attendance.enrolment_id == enrolment_id))))


def enrolled_between(start: date, end: date) -> ColumnElement[bool]:
    """Enrolments that share at least one day with ``start``–``end``."""
    return and_(
        Enrolment.enrolled_on <= end,
        or_(Enrolment.left_on.is_(None), Enrolment.left_on >= start),
    )
