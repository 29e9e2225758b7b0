"""What the group reports read: which groups, their enrolments, their sessions."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.enrolments import EnrolmentInfo, list_enrolments
from vagledare.journal.errors import ValidationError
from vagledare.journal.groups import GroupInfo, kind_label, list_groups
from vagledare.journal.meetings import SessionInfo, list_sessions
from vagledare.journal.models import Attendance, AttendanceStatus, GroupKind, GroupSession
from vagledare.journal.sites import SiteInfo
from vagledare.journal.terms import Lang, term
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period


@dataclass(frozen=True)
class GroupSelection:
    """The groups a report covers, and the sites it shows them under."""

    sites: tuple[SiteInfo, ...]
    groups: tuple[GroupInfo, ...]
    what: str  # the group's name or the kind, for the title
    where: str  # the sites, for the title

    def at(self, site_id: uuid.UUID) -> list[GroupInfo]:
        return [g for g in self.groups if g.site_id == site_id]

    @property
    def group_ids(self) -> list[uuid.UUID]:
        return [g.id for g in self.groups]


def select_groups(
    s: Session,
    site_ids: Sequence[uuid.UUID] | None,
    lang: Lang,
    *,
    group: str | None = None,
    kind: GroupKind | None = None,
    tutor: str | None = None,
) -> GroupSelection:
    """Groups named ``group`` (any kind), else groups of ``kind`` (None: every kind), at the
    chosen sites; ``tutor`` keeps only that tutor's groups (what a tutor may export). Without
    chosen sites, only sites that have such a group are shown."""
    sites = resolve_sites(s, site_ids)
    found = list_groups(s, [x.id for x in sites])
    if tutor is not None:
        found = [g for g in found if tutor in g.tutors]
    if group:
        wanted = " ".join(group.split()).casefold()
        found = [g for g in found if g.name.casefold() == wanted]
        if not found:
            raise ValidationError(f"Gruppen {group!r} finns inte på de valda mötesplatserna.")
        what = found[0].name
    else:
        if kind is not None:
            found = [g for g in found if g.kind is kind]
        what = kind_label(kind, lang) if kind is not None else term("all_groups", lang)
    if not site_ids:
        with_groups = {g.site_id for g in found}
        sites = [x for x in sites if x.id in with_groups] or sites
    return GroupSelection(tuple(sites), tuple(found), what, sites_label(sites, not site_ids, lang))


def enrolments(s: Session, sel: GroupSelection) -> list[EnrolmentInfo]:
    return list_enrolments(s, sel.group_ids) if sel.groups else []


def taken_sessions(s: Session, sel: GroupSelection, period: Period) -> list[SessionInfo]:
    """Sessions in the period whose roll call was taken (cancelled ones never count)."""
    if not sel.groups:
        return []
    return [
        x
        for x in list_sessions(s, sel.group_ids, period.start, period.end)
        if x.taken and not x.cancelled
    ]


def marks(
    s: Session, group_ids: Sequence[uuid.UUID], start: date, end: date
) -> list[tuple[uuid.UUID, AttendanceStatus]]:
    """(enrolment, status) of every mark at taken, not cancelled sessions in the range."""
    if not group_ids:
        return []
    rows = s.execute(
        select(Attendance.enrolment_id, Attendance.status)
        .join(GroupSession, GroupSession.id == Attendance.session_id)
        .where(
            GroupSession.group_id.in_(group_ids),
            GroupSession.held_on >= start,
            GroupSession.held_on <= end,
            GroupSession.attendance_taken_at.is_not(None),
            GroupSession.cancelled_at.is_(None),
        )
    )
    return [(e, st) for e, st in rows]
