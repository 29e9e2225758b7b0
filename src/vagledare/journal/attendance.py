"""The roll call (upprop): närvaro of every enrolled participant at a session, and walk-in
guests counted by gender.

A roll call is saved whole, in one transaction: every participant enrolled on the session's
day has exactly one mark (Närvarande, Frånvarande or Anmäld frånvaro). Saving it is what
takes the session off the list of sessions whose attendance was never taken.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.enrolments import list_enrolments
from vagledare.journal.errors import ValidationError
from vagledare.journal.meetings import (
    ActivityTypeInfo,
    Guests,
    SessionInfo,
    get_session,
    list_activity_types,
    set_session_details,
)
from vagledare.journal.models import Attendance, AttendanceStatus, Gender, GroupSession, utc_now
from vagledare.journal.terms import Lang, term

CYCLE: tuple[AttendanceStatus, ...] = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)
MAX_GUESTS = 500


def status_label(status: AttendanceStatus, lang: Lang = "sv") -> str:
    return term(f"attendance.{status.value}", lang)


def next_status(current: AttendanceStatus | None) -> AttendanceStatus:
    """One click: unmarked → Närvarande → Frånvarande → Anmäld frånvaro → Närvarande …"""
    if current is None:
        return CYCLE[0]
    return CYCLE[(CYCLE.index(current) + 1) % len(CYCLE)]


@dataclass(frozen=True)
class RollCallEntry:
    enrolment_id: uuid.UUID
    code: str
    gender: Gender
    age_band: str
    status: AttendanceStatus | None


@dataclass(frozen=True)
class RollCall:
    session: SessionInfo
    entries: tuple[RollCallEntry, ...]

    def marks(self) -> dict[uuid.UUID, AttendanceStatus | None]:
        return {e.enrolment_id: e.status for e in self.entries}


def roll_call(s: Session, session_id: uuid.UUID) -> RollCall:
    """The participants enrolled on the session's day, by code, with their saved marks."""
    info = get_session(s, session_id)
    saved = dict(
        s.execute(
            select(Attendance.enrolment_id, Attendance.status).where(
                Attendance.session_id == session_id
            )
        ).all()
    )
    entries = tuple(
        RollCallEntry(e.id, e.code, e.gender, e.age_band, saved.get(e.id))
        for e in list_enrolments(s, [info.group_id], active_on=info.held_on)
    )
    return RollCall(info, entries)


def roll_call_and_activities(
    s: Session, session_id: uuid.UUID
) -> tuple[RollCall, list[ActivityTypeInfo]]:
    """The roll call of a session and the activity types to tick, from one snapshot."""
    return roll_call(s, session_id), list_activity_types(s)


def all_present(
    marks: Mapping[uuid.UUID, AttendanceStatus | None],
) -> dict[uuid.UUID, AttendanceStatus]:
    """ "Alla närvarande": everyone not yet marked becomes Närvarande; marks already made
    (the two who called in sick) stay."""
    return {k: v or AttendanceStatus.PRESENT for k, v in marks.items()}


def _check_guests(guests: Guests) -> None:
    for n in (guests.women, guests.men, guests.unstated):
        if not 0 <= n <= MAX_GUESTS:
            raise ValidationError(f"Antalet besökare ska vara mellan 0 och {MAX_GUESTS}.")


def save_roll_call(
    s: Session,
    session_id: uuid.UUID,
    marks: Mapping[uuid.UUID, AttendanceStatus | None],
    guests: Guests,
    author_id: uuid.UUID | None,
    *,
    now: datetime | None = None,
    activity_type_ids: Sequence[uuid.UUID] | None = None,
    note: str | None = None,
) -> SessionInfo:
    """Save the whole roll call. ``activity_type_ids``/``note`` None leave them as they are."""
    now = now or datetime.now()
    call = roll_call(s, session_id)
    info = call.session
    if info.cancelled:
        raise ValidationError("Tillfället är inställt; ångra det innan närvaron registreras.")
    if info.held_on > now.date():
        raise ValidationError(
            f"Tillfället {info.held_on:%Y-%m-%d} har inte varit ännu; närvaron registreras "
            "samma dag eller senare."
        )
    by_id = {e.enrolment_id: e for e in call.entries}
    unknown = [k for k in marks if k not in by_id]
    if unknown:
        raise ValidationError("En markering gäller någon som inte är inskriven den dagen.")
    missing = sorted(e.code for e in call.entries if marks.get(e.enrolment_id) is None)
    if missing:
        raise ValidationError(f"{len(missing)} deltagare saknar markering: {', '.join(missing)}.")
    _check_guests(guests)

    rows = {
        a.enrolment_id: a
        for a in s.scalars(select(Attendance).where(Attendance.session_id == session_id))
    }
    for enrolment_id, stale in rows.items():
        if enrolment_id not in by_id:  # no longer enrolled that day (dates were corrected)
            s.delete(stale)
    for enrolment_id in by_id:
        status = marks[enrolment_id]
        assert status is not None
        row = rows.get(enrolment_id)
        if row is None:
            s.add(
                Attendance(
                    session_id=session_id,
                    enrolment_id=enrolment_id,
                    status=status,
                    author_id=author_id,
                )
            )
        elif row.status != status:
            row.status = status
    x = s.get(GroupSession, session_id)
    assert x is not None
    x.guests_women, x.guests_men, x.guests_unstated = guests.women, guests.men, guests.unstated
    if x.attendance_taken_at is None:
        x.attendance_taken_at = utc_now()
    x.modified_at = utc_now()
    s.flush()
    if activity_type_ids is not None or note is not None:
        set_session_details(
            s,
            session_id,
            info.activity_ids if activity_type_ids is None else activity_type_ids,
            info.note if note is None else note,
            author_id,
        )
    return get_session(s, session_id)
