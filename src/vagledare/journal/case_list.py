"""Reading the case journal: the case list with its filters, and one case's timeline."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    AgeBand,
    Case,
    Category,
    Closure,
    ClosureReason,
    Contact,
    ContactType,
    Gender,
    Participant,
    QuickCase,
    ReferralSource,
    Route,
    Site,
    Staff,
)


class Status(enum.StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class ClosureInfo:
    id: uuid.UUID
    closed_on: date
    reason: ClosureReason
    summer_job: bool
    municipal_studies: bool
    reopened_on: date | None
    author: str | None


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: uuid.UUID
    code: str
    gender: Gender
    age_band: str
    site_id: uuid.UUID
    site: str
    coach_id: uuid.UUID | None
    coach: str | None
    route: Route
    referral_source: ReferralSource | None
    start_date: date
    closure: ClosureInfo | None  # the current closing; None while open
    last_activity: date  # latest of start, contacts and reopenings
    contacts: int
    duty_from: date | None = None  # the decision on aktivitetsplikt, if any
    duty_to: date | None = None

    @property
    def is_open(self) -> bool:
        return self.closure is None

    def untouched(self, weeks: int, today: date) -> bool:
        """An open case with nothing recorded for at least ``weeks`` weeks."""
        return self.is_open and weeks > 0 and (today - self.last_activity).days >= 7 * weeks


@dataclass(frozen=True)
class TimelineEvent:
    on: date
    kind: str  # "start", "contact", "closed", "reopened"
    author: str | None = None
    contact_type: ContactType | None = None
    note: str | None = None
    closure: ClosureInfo | None = None
    contact_id: uuid.UUID | None = None  # a contact's own id: to correct or remove it
    attended_hours: int | None = None  # aktivitetsplikt: hours attended in the past week


@dataclass(frozen=True)
class CaseDetail:
    case: CaseSummary
    events: tuple[TimelineEvent, ...]  # oldest first
    closures: tuple[ClosureInfo, ...]  # every closing, the current one last


def _closure_info(c: Closure, author: str | None) -> ClosureInfo:
    return ClosureInfo(
        c.id, c.closed_on, c.reason, c.summer_job, c.municipal_studies, c.reopened_on, author
    )


def list_cases(
    s: Session,
    *,
    site_id: uuid.UUID | None = None,
    coach_id: uuid.UUID | None = None,
    status: Status | None = None,
    route: Route | None = None,
    code_search: str = "",
    case_ids: list[uuid.UUID] | None = None,
) -> list[CaseSummary]:
    """Cases matching every filter given, the most recently started first."""
    status = Status(status) if status else None
    coach = Staff.__table__.alias("coach")
    stmt = (
        select(
            Case.id,
            Case.site_id,
            Case.coach_id,
            Case.route,
            Case.referral_source,
            Case.age_band,
            Case.start_date,
            Case.duty_from,
            Case.duty_to,
            Participant.code,
            Participant.gender,
            Site.name,
            coach.c.name,
        )
        .join(Participant, Participant.id == Case.participant_id)
        .join(Site, Site.id == Case.site_id)
        .outerjoin(coach, coach.c.id == Case.coach_id)
    )
    if site_id is not None:
        stmt = stmt.where(Case.site_id == site_id)
    if coach_id is not None:
        stmt = stmt.where(Case.coach_id == coach_id)
    if route is not None:
        stmt = stmt.where(Case.route == route)
    wanted = code_search.strip().upper()
    if wanted:
        stmt = stmt.where(Participant.code.contains(wanted, autoescape=True))
    if case_ids is not None:
        stmt = stmt.where(Case.id.in_(case_ids))
    if status is not None:
        closed = exists().where(Closure.case_id == Case.id, Closure.reopened_on.is_(None))
        stmt = stmt.where(closed if status is Status.CLOSED else ~closed)
    rows = s.execute(stmt).all()
    ids = stmt.with_only_columns(Case.id)  # the same filters, as a subquery (no parameter limit)

    closures: dict[uuid.UUID, ClosureInfo] = {}
    reopened: dict[uuid.UUID, date] = {}
    for row in s.execute(
        select(
            Closure.case_id,
            Closure.id,
            Closure.closed_on,
            Closure.reason,
            Closure.summer_job,
            Closure.municipal_studies,
            Closure.reopened_on,
            Staff.name,
        )
        .outerjoin(Staff, Staff.id == Closure.author_id)
        .where(Closure.case_id.in_(ids))
    ):
        case_id, info = row[0], ClosureInfo(*row[1:])
        if info.reopened_on is None:
            closures[case_id] = info
        else:
            reopened[case_id] = max(reopened.get(case_id, info.reopened_on), info.reopened_on)
    contacts = {
        case_id: (n, last)
        for case_id, n, last in s.execute(
            select(Contact.case_id, func.count(), func.max(Contact.occurred_on))
            .where(Contact.case_id.in_(ids))
            .group_by(Contact.case_id)
        )
    }

    out: list[CaseSummary] = []
    for (
        case_id,
        site,
        coach_id,
        case_route,
        source,
        band,
        start,
        duty_from,
        duty_to,
        code,
        gender,
        name,
        who,
    ) in rows:
        n, last_contact = contacts.get(case_id, (0, None))
        activity = [start, last_contact, reopened.get(case_id)]
        out.append(
            CaseSummary(
                id=case_id,
                code=code,
                gender=gender,
                age_band=band,
                site_id=site,
                site=name,
                coach_id=coach_id,
                coach=who,
                route=case_route,
                referral_source=source,
                start_date=start,
                closure=closures.get(case_id),
                last_activity=max(d for d in activity if d is not None),
                contacts=int(n),
                duty_from=duty_from,
                duty_to=duty_to,
            )
        )
    out.sort(key=lambda c: (c.start_date, c.code), reverse=True)
    return out


def get_case(s: Session, case_id: uuid.UUID) -> CaseSummary:
    found = list_cases(s, case_ids=[case_id])
    if not found:
        raise ValidationError("Ärendet finns inte i journalen.")
    return found[0]


_ORDER = {"start": 0, "contact": 1, "closed": 2, "reopened": 3}


def case_detail(s: Session, case_id: uuid.UUID) -> CaseDetail:
    """The case with its timeline: start, contacts, closings and reopenings by date."""
    case = get_case(s, case_id)
    opener = s.scalar(
        select(Staff.name).join(Case, Case.author_id == Staff.id).where(Case.id == case_id)
    )
    events = [TimelineEvent(case.start_date, "start", opener)]
    for c, author in s.execute(
        select(Contact, Staff.name)
        .outerjoin(Staff, Staff.id == Contact.author_id)
        .where(Contact.case_id == case_id)
        .order_by(Contact.occurred_on, Contact.created_at)
    ):
        events.append(
            TimelineEvent(
                c.occurred_on,
                "contact",
                author,
                c.contact_type,
                c.note,
                contact_id=c.id,
                attended_hours=c.attended_hours,
            )
        )
    closures: list[ClosureInfo] = []
    reopener = Staff.__table__.alias("reopener")
    for c, author, reopened_by in s.execute(
        select(Closure, Staff.name, reopener.c.name)
        .outerjoin(Staff, Staff.id == Closure.author_id)
        .outerjoin(reopener, reopener.c.id == Closure.reopened_by_id)
        .where(Closure.case_id == case_id)
        .order_by(Closure.closed_on, Closure.created_at)
    ):
        info = _closure_info(c, author)
        closures.append(info)
        events.append(TimelineEvent(c.closed_on, "closed", author, closure=info))
        if c.reopened_on is not None:
            events.append(TimelineEvent(c.reopened_on, "reopened", reopened_by, closure=info))
    events.sort(key=lambda e: (e.on, _ORDER[e.kind]))  # stable: contacts keep their order
    closures.sort(key=lambda c: c.reopened_on is None)
    return CaseDetail(case, tuple(events), tuple(closures))


@dataclass(frozen=True)
class QuickCaseChoice:
    """A snabbärende that may still become a case."""

    id: uuid.UUID
    occurred_at: datetime
    category: str
    age_band: str
    gender: Gender


def convertible_quick_cases(
    s: Session, site_id: uuid.UUID, since: date, limit: int = 200
) -> list[QuickCaseChoice]:
    """Counted snabbärenden at a site since a day, not yet cases, the newest first."""
    rows = s.execute(
        select(QuickCase.id, QuickCase.occurred_at, Category.name, AgeBand.label, QuickCase.gender)
        .join(Category, Category.id == QuickCase.category_id)
        .join(AgeBand, AgeBand.id == QuickCase.age_band_id)
        .outerjoin(Case, Case.quick_case_id == QuickCase.id)
        .where(
            QuickCase.site_id == site_id,
            QuickCase.occurred_at >= datetime.combine(since, datetime.min.time()),
            QuickCase.removed_at.is_(None),
            Case.id.is_(None),
        )
        .order_by(QuickCase.occurred_at.desc())
        .limit(limit)
    )
    return [QuickCaseChoice(*row) for row in rows]
