"""Reading the case journal: the case list with its filters (sorted and counted in SQL, read a
page at a time by the window), and one case's timeline."""

from __future__ import annotations

import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    func,
    select,
)
from sqlalchemy.orm import Session

from vagledare.journal.case_codes import ROUTE_SHORT, label
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
from vagledare.journal.terms import Lang


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


class CaseSort(enum.StrEnum):
    """The columns the case list sorts by."""

    CODE = "code"
    ROUTE = "route"
    SITE = "site"
    COACH = "coach"
    START = "start"
    LAST_ACTIVITY = "last_activity"
    STATUS = "status"  # open first (ascending), then closed by the day of closing


@dataclass(frozen=True)
class CaseFilter:
    """Which cases the list shows: those matching every filter given (None: any)."""

    site_id: uuid.UUID | None = None
    coach_id: uuid.UUID | None = None
    status: Status | None = None
    route: Route | None = None
    code_search: str = ""


@dataclass(frozen=True)
class CaseOrder:
    """How the case list is sorted: by one column either way; ties go to the most recently
    started, then the code, then the case (a total order: the list is the same every time)."""

    key: CaseSort = CaseSort.START
    descending: bool = True
    lang: Lang = "sv"  # routes sort by their short name in this language


@dataclass(frozen=True)
class CaseListing:
    """The case list as the window pages through it: every matching case's id in the list's
    order (as the journal's text, not converted: a list holds tens of thousands), how many of
    them are untouched, and the first rows in full."""

    ids: list[str]
    untouched: int
    rows: list[CaseSummary]

    @property
    def total(self) -> int:
        return len(self.ids)


def _last_activity(dialect: str) -> ColumnElement[date]:
    """A case's last activity in SQL: the latest of its start, contacts and reopenings
    (``CaseSummary.last_activity``)."""
    contact = (
        select(func.max(Contact.occurred_on)).where(Contact.case_id == Case.id).scalar_subquery()
    )
    reopened = (
        select(func.max(Closure.reopened_on)).where(Closure.case_id == Case.id).scalar_subquery()
    )
    start = Case.start_date
    latest = func.max if dialect == "sqlite" else func.greatest  # max(a, b, …) is scalar there
    return latest(start, func.coalesce(contact, start), func.coalesce(reopened, start))


_Select = Select[*tuple[Any, ...]]


def _is_closed() -> ColumnElement[bool]:
    return exists().where(Closure.case_id == Case.id, Closure.reopened_on.is_(None))


def _untouched(weeks: int, today: date) -> ColumnElement[bool]:
    """``CaseSummary.untouched`` in SQL: open, and its start, contacts and reopenings all on
    or before the day ``weeks`` weeks ago."""
    since = today - timedelta(weeks=weeks)
    return and_(
        Case.start_date <= since,
        ~_is_closed(),
        ~exists().where(Contact.case_id == Case.id, Contact.occurred_on > since),
        ~exists().where(Closure.case_id == Case.id, Closure.reopened_on > since),
    )


def _filtered(stmt: _Select, f: CaseFilter) -> _Select:
    """``stmt`` (over ``Case`` joined to ``Participant``) with the filters' conditions."""
    if f.site_id is not None:
        stmt = stmt.where(Case.site_id == f.site_id)
    if f.coach_id is not None:
        stmt = stmt.where(Case.coach_id == f.coach_id)
    if f.route is not None:
        stmt = stmt.where(Case.route == f.route)
    wanted = f.code_search.strip().upper()
    if wanted:
        stmt = stmt.where(Participant.code.contains(wanted, autoescape=True))
    status = Status(f.status) if f.status else None
    if status is not None:
        stmt = stmt.where(_is_closed() if status is Status.CLOSED else ~_is_closed())
    return stmt


_COACH = Staff.__table__.alias("coach")


def _order_by(order: CaseOrder, dialect: str) -> list[Any]:
    """ORDER BY for the list: the column chosen, then the ties (see ``CaseOrder``). Sorting
    by meeting place or coach needs ``Site`` and ``_COACH`` joined."""
    latest_first: list[Any] = [Case.start_date.desc(), Participant.code.desc(), Case.id.desc()]
    keys: list[Any]
    if order.key is CaseSort.START:
        keys = [Case.start_date, Participant.code, Case.id]
        return [k.desc() if order.descending else k.asc() for k in keys]
    if order.key is CaseSort.CODE:
        keys = [Participant.code]
    elif order.key is CaseSort.ROUTE:
        by_name = sorted(Route, key=lambda r: label(ROUTE_SHORT, r, order.lang).casefold())
        keys = [case({r: i for i, r in enumerate(by_name)}, value=Case.route, else_=len(by_name))]
    elif order.key is CaseSort.SITE:
        keys = [Site.name]
    elif order.key is CaseSort.COACH:
        keys = [func.coalesce(_COACH.c.name, "")]  # no coach ("–") before every name
    elif order.key is CaseSort.LAST_ACTIVITY:
        keys = [_last_activity(dialect)]
    else:  # STATUS: the current closing's day; an open case has none and comes first
        closed_on = (
            select(Closure.closed_on)
            .where(Closure.case_id == Case.id, Closure.reopened_on.is_(None))
            .limit(1)
            .scalar_subquery()
        )
        keys = [func.coalesce(closed_on, date.min)]
    return [k.desc() if order.descending else k.asc() for k in keys] + latest_first


def _summary_statement() -> _Select:
    return (
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
            _COACH.c.name,
        )
        .join(Participant, Participant.id == Case.participant_id)
        .join(Site, Site.id == Case.site_id)
        .outerjoin(_COACH, _COACH.c.id == Case.coach_id)
    )


def _summaries(s: Session, rows: Sequence[Any], ids: Any) -> list[CaseSummary]:
    """The list's rows of ``_summary_statement``, in their order, with their closings and
    contacts (``ids``: the cases' ids, as a list or a subquery)."""
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
    return out


# Ids bound as parameters in one statement, at most (SQLite's limit was 999 before 3.32).
_IDS_AT_ONCE = 500


def cases_by_ids(s: Session, ids: Sequence[str | uuid.UUID]) -> list[CaseSummary]:
    """The list's rows of these cases (ids as in ``CaseListing.ids``), in the order given;
    a case no longer in the journal is left out."""
    wanted = [x if isinstance(x, uuid.UUID) else uuid.UUID(x) for x in ids]
    by_id: dict[uuid.UUID, CaseSummary] = {}
    for at in range(0, len(wanted), _IDS_AT_ONCE):
        some = wanted[at : at + _IDS_AT_ONCE]
        rows = s.execute(_summary_statement().where(Case.id.in_(some))).all()
        by_id.update((r.id, r) for r in _summaries(s, rows, some))
    return [by_id[x] for x in wanted if x in by_id]


def case_listing(
    s: Session,
    f: CaseFilter,
    order: CaseOrder = CaseOrder(),  # noqa: B008  # frozen
    *,
    weeks: int,
    today: date,
    first: int,
    keep: uuid.UUID | None = None,
    reach: int = 0,
) -> CaseListing:
    """The cases matching the filter, sorted in SQL: their ids in order, how many are
    untouched for ``weeks`` weeks on ``today``, and the first ``first`` rows in full — in one
    snapshot. With ``keep``, the rows go on as far as that case if it is within ``reach``
    rows past the first (the case a person has chosen stays in sight)."""
    columns: list[ColumnElement[Any]] = [cast(Case.id, String)]  # text: no UUID per row
    if weeks > 0:
        columns.append(case((_untouched(weeks, today), 1), else_=0))
    stmt = select(*columns).join(Participant, Participant.id == Case.participant_id)
    if order.key is CaseSort.SITE:
        stmt = stmt.join(Site, Site.id == Case.site_id)
    elif order.key is CaseSort.COACH:
        stmt = stmt.outerjoin(_COACH, _COACH.c.id == Case.coach_id)
    stmt = _filtered(stmt, f).order_by(*_order_by(order, s.get_bind().dialect.name))
    if weeks > 0:
        found = s.execute(stmt).all()
        ids = [row[0] for row in found]
        untouched = sum(row[1] for row in found)
    else:
        ids, untouched = list(s.scalars(stmt)), 0
    upto = first
    if keep is not None and reach > 0:
        window = ids[: first + reach]
        for text in (keep.hex, str(keep)):  # as SQLite keeps it, and PostgreSQL
            if text in window:
                upto = max(first, window.index(text) + 1)
                break
    return CaseListing(ids, untouched, cases_by_ids(s, ids[:upto]))


def count_cases_up_to(s: Session, limit: int) -> int:
    """How many cases the journal holds, counted no further than ``limit``."""
    return int(
        s.scalar(select(func.count()).select_from(select(Case.id).limit(limit).subquery())) or 0
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
    """Cases matching every filter given, the most recently started first (all of them: the
    window's list reads its cases a page at a time, ``case_listing`` and ``cases_by_ids``)."""
    stmt = _filtered(
        _summary_statement(), CaseFilter(site_id, coach_id, status, route, code_search)
    )
    if case_ids is not None:
        stmt = stmt.where(Case.id.in_(case_ids))
    rows = s.execute(stmt.order_by(*_order_by(CaseOrder(), s.get_bind().dialect.name))).all()
    ids = case_ids if case_ids is not None else stmt.with_only_columns(Case.id)
    return _summaries(s, rows, ids)


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
