"""Sessions (tillfällen): generated from a group's weekly schedule, cancelled, moved or added
by hand; each with activity types and an optional note.

A group meets at most once a day, so a session is known by its group and date (the attendance
import relies on that). A moved session remembers the day it was moved from, so generation
never puts it back there.
"""

from __future__ import annotations

import enum
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.groups import GroupInfo, list_groups
from vagledare.journal.models import (
    ActivityType,
    Attendance,
    AttendanceStatus,
    Group,
    GroupKind,
    GroupSession,
    ScheduleSlot,
    SessionActivity,
    Site,
    utc_now,
)
from vagledare.journal.privacy import reject_identity_number

HORIZON_DAYS = 14  # sessions are generated this far ahead, so the coming weeks can be planned
MAX_NOTE = 2000


class SessionState(enum.StrEnum):
    UPCOMING = "upcoming"
    TODAY = "today"  # today, not yet over, roll call not taken
    MISSING = "missing"  # over, roll call never taken: flagged until taken or cancelled
    TAKEN = "taken"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Guests:
    """Walk-in guests (besökare utan inskrivning), counted by gender only."""

    women: int = 0
    men: int = 0
    unstated: int = 0

    @property
    def total(self) -> int:
        return self.women + self.men + self.unstated


@dataclass(frozen=True)
class SessionInfo:
    id: uuid.UUID
    group_id: uuid.UUID
    group_name: str
    site_name: str
    kind: GroupKind
    held_on: date
    starts_at: time | None
    ends_at: time | None
    extra: bool
    moved_from: date | None
    cancelled: bool
    cancel_reason: str | None
    taken: bool
    present: int
    absent: int
    excused: int
    guests: Guests
    activity_ids: tuple[uuid.UUID, ...]
    activities: tuple[str, ...]
    note: str | None

    @property
    def attendance(self) -> int:
        """Everybody who was there: enrolled participants present plus guests."""
        return self.present + self.guests.total

    @property
    def ends(self) -> datetime:
        return datetime.combine(self.held_on, self.ends_at or time(23, 59, 59))

    def state(self, now: datetime) -> SessionState:
        if self.cancelled:
            return SessionState.CANCELLED
        if self.taken:
            return SessionState.TAKEN
        if self.ends <= now:
            return SessionState.MISSING
        if self.held_on == now.date():
            return SessionState.TODAY
        return SessionState.UPCOMING


@dataclass(frozen=True)
class ActivityTypeInfo:
    id: uuid.UUID
    name: str
    retired: bool


def _infos(s: Session, sessions: Sequence[GroupSession]) -> list[SessionInfo]:
    ids = [x.id for x in sessions]
    counts: dict[uuid.UUID, dict[AttendanceStatus, int]] = defaultdict(dict)
    activities: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    groups: dict[uuid.UUID, tuple[str, str, GroupKind]] = {}
    if ids:
        for sid, status, n in s.execute(
            select(Attendance.session_id, Attendance.status, func.count())
            .where(Attendance.session_id.in_(ids))
            .group_by(Attendance.session_id, Attendance.status)
        ):
            counts[sid][status] = int(n)
        for sid, aid, name in s.execute(
            select(SessionActivity.session_id, ActivityType.id, ActivityType.name)
            .join(ActivityType, ActivityType.id == SessionActivity.activity_type_id)
            .where(SessionActivity.session_id.in_(ids))
            .order_by(ActivityType.position)
        ):
            activities[sid].append((aid, name))
        for gid, gname, sname, kind in s.execute(
            select(Group.id, Group.name, Site.name, Group.kind)
            .join(Site, Site.id == Group.site_id)
            .where(Group.id.in_({x.group_id for x in sessions}))
        ):
            groups[gid] = (gname, sname, kind)
    out = []
    for x in sessions:
        c = counts[x.id]
        gname, sname, kind = groups[x.group_id]
        out.append(
            SessionInfo(
                id=x.id,
                group_id=x.group_id,
                group_name=gname,
                site_name=sname,
                kind=kind,
                held_on=x.held_on,
                starts_at=x.starts_at,
                ends_at=x.ends_at,
                extra=x.extra,
                moved_from=x.moved_from,
                cancelled=x.cancelled_at is not None,
                cancel_reason=x.cancel_reason,
                taken=x.attendance_taken_at is not None,
                present=c.get(AttendanceStatus.PRESENT, 0),
                absent=c.get(AttendanceStatus.ABSENT, 0),
                excused=c.get(AttendanceStatus.EXCUSED, 0),
                guests=Guests(x.guests_women, x.guests_men, x.guests_unstated),
                activity_ids=tuple(a for a, _ in activities[x.id]),
                activities=tuple(n for _, n in activities[x.id]),
                note=x.note,
            )
        )
    return out


def _session(s: Session, session_id: uuid.UUID) -> GroupSession:
    x = s.get(GroupSession, session_id)
    if x is None:
        raise ValidationError("Tillfället finns inte i journalen.")
    return x


def get_session(s: Session, session_id: uuid.UUID) -> SessionInfo:
    return _infos(s, [_session(s, session_id)])[0]


def list_sessions(
    s: Session, group_ids: Iterable[uuid.UUID], start: date | None = None, end: date | None = None
) -> list[SessionInfo]:
    stmt = select(GroupSession).where(GroupSession.group_id.in_(list(group_ids)))
    if start is not None:
        stmt = stmt.where(GroupSession.held_on >= start)
    if end is not None:
        stmt = stmt.where(GroupSession.held_on <= end)
    return _infos(s, s.scalars(stmt.order_by(GroupSession.held_on)).all())


HISTORY_DAYS = 120  # the groups page lists older sessions only while their roll call is missing


def recent_sessions(s: Session, group_id: uuid.UUID, today: date) -> list[SessionInfo]:
    """The sessions the groups page lists for a group: from ``HISTORY_DAYS`` ago on."""
    return list_sessions(s, [group_id], today - timedelta(days=HISTORY_DAYS))


def session_on(s: Session, group_id: uuid.UUID, day: date) -> SessionInfo | None:
    x = s.scalar(
        select(GroupSession).where(GroupSession.group_id == group_id, GroupSession.held_on == day)
    )
    return _infos(s, [x])[0] if x else None


def sync_sessions(
    s: Session,
    today: date,
    *,
    horizon_days: int = HORIZON_DAYS,
    group_ids: Sequence[uuid.UUID] | None = None,
) -> int:
    """Generate the scheduled sessions up to ``today + horizon_days``; returns how many."""
    stmt = select(Group).where(Group.schedule_from.is_not(None))
    if group_ids is not None:
        stmt = stmt.where(Group.id.in_(group_ids))
    created = 0
    for g in s.scalars(stmt).all():
        assert g.schedule_from is not None
        first = max(g.schedule_from, g.start_date)
        if g.generated_until is not None:
            first = max(first, g.generated_until + timedelta(days=1))
        last = today + timedelta(days=horizon_days)
        if g.end_date is not None:
            last = min(last, g.end_date)
        if last < first:
            continue
        rows = s.scalars(select(ScheduleSlot).where(ScheduleSlot.group_id == g.id))
        slots = {x.weekday: x for x in rows}
        used: set[date] = set()
        for held_on, moved_from in s.execute(
            select(GroupSession.held_on, GroupSession.moved_from).where(
                GroupSession.group_id == g.id
            )
        ):
            used.add(held_on)
            if moved_from is not None:
                used.add(moved_from)
        day = first
        while day <= last:
            slot = slots.get(day.weekday())
            if slot is not None and day not in used:
                s.add(
                    GroupSession(
                        group_id=g.id,
                        held_on=day,
                        starts_at=slot.starts_at,
                        ends_at=slot.ends_at,
                        extra=False,
                        guests_women=0,
                        guests_men=0,
                        guests_unstated=0,
                    )
                )
                created += 1
            day += timedelta(days=1)
        g.generated_until = last
    s.flush()
    return created


def _check_day_free(s: Session, group_id: uuid.UUID, day: date, ignore: uuid.UUID | None) -> None:
    other = s.scalar(
        select(GroupSession).where(GroupSession.group_id == group_id, GroupSession.held_on == day)
    )
    if other is not None and other.id != ignore:
        state = " (inställt)" if other.cancelled_at else ""
        raise ValidationError(f"Gruppen har redan ett tillfälle {day:%Y-%m-%d}{state}.")


def _check_times(starts: time | None, ends: time | None) -> None:
    if starts is not None and ends is not None and ends <= starts:
        raise ValidationError("Tillfället slutar innan det börjar.")


def _check_group_runs(g: Group, day: date) -> None:
    if day < g.start_date or (g.end_date is not None and day > g.end_date):
        raise ValidationError(f"Gruppen {g.name} är inte igång {day:%Y-%m-%d}.")


def add_session(
    s: Session,
    group_id: uuid.UUID,
    day: date,
    starts: time | None,
    ends: time | None,
    author_id: uuid.UUID | None,
) -> SessionInfo:
    """An extra session outside the schedule."""
    g = s.get(Group, group_id)
    if g is None:
        raise ValidationError("Gruppen finns inte i journalen.")
    _check_group_runs(g, day)
    _check_times(starts, ends)
    _check_day_free(s, group_id, day, None)
    x = GroupSession(
        group_id=group_id,
        held_on=day,
        starts_at=starts,
        ends_at=ends,
        extra=True,
        guests_women=0,
        guests_men=0,
        guests_unstated=0,
        author_id=author_id,
    )
    s.add(x)
    s.flush()
    return get_session(s, x.id)


def move_session(
    s: Session, session_id: uuid.UUID, day: date, starts: time | None, ends: time | None
) -> SessionInfo:
    x = _session(s, session_id)
    if x.attendance_taken_at is not None:
        raise ValidationError("Närvaron är redan registrerad; tillfället kan inte flyttas.")
    if x.cancelled_at is not None:
        raise ValidationError("Tillfället är inställt; ångra det först.")
    g = s.get(Group, x.group_id)
    assert g is not None
    _check_group_runs(g, day)
    _check_times(starts, ends)
    _check_day_free(s, x.group_id, day, x.id)
    if day != x.held_on and x.moved_from is None:
        x.moved_from = x.held_on
    x.held_on, x.starts_at, x.ends_at = day, starts, ends
    s.flush()
    return get_session(s, x.id)


def cancel_session(s: Session, session_id: uuid.UUID, reason: str = "") -> SessionInfo:
    x = _session(s, session_id)
    if x.attendance_taken_at is not None:
        raise ValidationError("Närvaron är redan registrerad; tillfället kan inte ställas in.")
    reason = " ".join(reason.split())
    if len(reason) > 200:
        raise ValidationError("Anledningen är för lång (högst 200 tecken).")
    reject_identity_number(reason, "Anledningen")
    x.cancelled_at, x.cancel_reason = utc_now(), reason or None
    s.flush()
    return get_session(s, x.id)


def restore_session(s: Session, session_id: uuid.UUID) -> SessionInfo:
    x = _session(s, session_id)
    x.cancelled_at, x.cancel_reason = None, None
    s.flush()
    return get_session(s, x.id)


def clean_note(note: str | None) -> str | None:
    text = (note or "").strip()
    if not text:
        return None
    if len(text) > MAX_NOTE:
        raise ValidationError(f"Anteckningen är för lång (högst {MAX_NOTE} tecken).")
    reject_identity_number(text, "Anteckningen")
    return text


def set_session_details(
    s: Session,
    session_id: uuid.UUID,
    activity_type_ids: Sequence[uuid.UUID],
    note: str | None,
    author_id: uuid.UUID | None,
) -> SessionInfo:
    """The session's activity types and note (planning ahead is fine)."""
    x = _session(s, session_id)
    x.note = clean_note(note)
    wanted = set(activity_type_ids)
    known = set(s.scalars(select(ActivityType.id).where(ActivityType.id.in_(wanted))))
    if known != wanted:
        raise ValidationError("En aktivitetstyp finns inte i journalen.")
    s.execute(delete(SessionActivity).where(SessionActivity.session_id == session_id))
    for aid in wanted:
        s.add(SessionActivity(session_id=session_id, activity_type_id=aid, author_id=author_id))
    s.flush()
    return get_session(s, session_id)


def unrecorded_sessions(
    s: Session, now: datetime, site_ids: Sequence[uuid.UUID] | None = None
) -> list[SessionInfo]:
    """Sessions that are over but whose roll call was never taken (nor cancelled)."""
    stmt = select(GroupSession).where(
        GroupSession.held_on <= now.date(),
        GroupSession.cancelled_at.is_(None),
        GroupSession.attendance_taken_at.is_(None),
    )
    if site_ids:
        stmt = stmt.join(Group, Group.id == GroupSession.group_id).where(
            Group.site_id.in_(site_ids)
        )
    infos = _infos(s, s.scalars(stmt.order_by(GroupSession.held_on)).all())
    return [x for x in infos if x.state(now) is SessionState.MISSING]


def groups_and_missing_roll_calls(
    s: Session, now: datetime, site_id: uuid.UUID
) -> tuple[list[GroupInfo], list[SessionInfo]]:
    """The groups page's unit of work: the scheduled sessions generated up to now, then the
    site's groups and its sessions whose roll call is missing (``unrecorded_sessions``)."""
    sync_sessions(s, now.date())
    return list_groups(s, [site_id]), unrecorded_sessions(s, now, [site_id])


def list_activity_types(s: Session, *, include_retired: bool = False) -> list[ActivityTypeInfo]:
    stmt = select(ActivityType).order_by(ActivityType.position)
    if not include_retired:
        stmt = stmt.where(ActivityType.retired_at.is_(None))
    return [ActivityTypeInfo(a.id, a.name, a.retired_at is not None) for a in s.scalars(stmt)]


def add_activity_type(s: Session, name: str, author_id: uuid.UUID | None) -> ActivityTypeInfo:
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise ValidationError("Aktivitetstypens namn ska ha 1–80 tecken.")
    for a in s.scalars(select(ActivityType)):
        if a.name.casefold() == name.casefold():
            a.retired_at = None
            return ActivityTypeInfo(a.id, a.name, False)
    position = (s.scalar(select(func.max(ActivityType.position))) or 0) + 1
    a = ActivityType(id=uuid.uuid4(), name=name, position=position, author_id=author_id)
    s.add(a)
    s.flush()
    return ActivityTypeInfo(a.id, a.name, False)


def _activity_type(s: Session, activity_type_id: uuid.UUID) -> ActivityType:
    a = s.get(ActivityType, activity_type_id)
    if a is None:
        raise ValidationError("Aktivitetstypen finns inte.")
    return a


def rename_activity_type(s: Session, activity_type_id: uuid.UUID, name: str) -> ActivityTypeInfo:
    """A new name for an activity type; the sessions that had it show the new name."""
    a = _activity_type(s, activity_type_id)
    name = " ".join(name.split())
    if not name or len(name) > 80:
        raise ValidationError("Aktivitetstypens namn ska ha 1–80 tecken.")
    for other in s.scalars(select(ActivityType).where(ActivityType.id != a.id)):
        if other.name.casefold() == name.casefold():
            raise ValidationError(f"Aktivitetstypen {other.name} finns redan.")
    a.name = name
    s.flush()
    return ActivityTypeInfo(a.id, a.name, a.retired_at is not None)


def retire_activity_type(s: Session, activity_type_id: uuid.UUID) -> None:
    """No longer offered at roll call; sessions that had it keep it."""
    a = _activity_type(s, activity_type_id)
    if a.retired_at is None:
        a.retired_at = utc_now()
        s.flush()
