"""The team lead's overview (Översikt): the figures behind each dashboard chart, for a site
(or all sites) and a period. Plain data, no Qt: the window draws it, the monthly pack prints
it, and the tests check it with exact numbers.

- snabbärenden per week and category (weeks start on Monday; a week cut by the period counts
  only its days inside it);
- when visitors come: snabbärenden per weekday × hour, with the number of such weekdays in
  the period, so the mean per day can be shown for staffing the drop-in;
- women and men among snabbärenden and among new cases;
- per month: cases opened, closed, closed to self-sufficiency, and open at the month's end;
- per month: språkgrupp/språkcafé attendance (participants present plus walk-in guests) per
  session whose roll call was taken;
- the average change per progression factor, exactly as the BIP report computes it.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import ColumnElement, Date, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from vagledare.journal.case_codes import SELF_SUFFICIENT
from vagledare.journal.models import (
    Attendance,
    AttendanceStatus,
    Case,
    Category,
    Closure,
    Gender,
    Group,
    GroupSession,
    Participant,
    QuickCase,
)
from vagledare.journal.sites import SiteInfo
from vagledare.journal.terms import Lang
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import Mean, Share

WEEKDAYS = {
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
DEFAULT_HOURS = range(8, 17)  # the heat map always shows at least 08–17


def one_decimal(value: Decimal | None) -> Decimal | None:
    """Rounded half up to one decimal, as the reports round their means."""
    return None if value is None else value.quantize(Decimal("0.1"), ROUND_HALF_UP)


def month_start(d: date) -> date:
    return d.replace(day=1)


def next_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def months_in(period: Period) -> list[date]:
    """The first day of every month the period touches."""
    out, m = [], month_start(period.start)
    while m <= period.end:
        out.append(m)
        m = next_month(m)
    return out


def month_label(m: date, lang: Lang) -> str:
    """``jan 2024`` / ``Jan 2024``."""
    from babel.dates import format_date

    text = format_date(m, "LLL y", locale="sv_SE" if lang == "sv" else "en_GB")
    return text.replace(".", "")


@dataclass(frozen=True)
class WeeklyCategories:
    weeks: tuple[date, ...]  # the Monday of each week
    categories: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]  # counts[week][category]

    def week_total(self, i: int) -> int:
        return sum(self.counts[i])

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.counts)

    def week_label(self, i: int, lang: Lang = "sv") -> str:
        number = self.weeks[i].isocalendar()[1]
        return f"v. {number}" if lang == "sv" else f"wk {number}"


@dataclass(frozen=True)
class HeatMap:
    weekdays: tuple[int, ...]  # 0 = Monday
    hours: tuple[int, ...]  # the hour a visit started in, e.g. 10 for 10:00–10:59
    counts: tuple[tuple[int, ...], ...]  # counts[weekday row][hour column]
    days: tuple[int, ...]  # how many of each weekday the period has

    def count(self, weekday: int, hour: int) -> int:
        return self.counts[self.weekdays.index(weekday)][self.hours.index(hour)]

    def mean(self, weekday: int, hour: int) -> Decimal | None:
        """Mean visits in that hour on such a weekday (one decimal), None without such days."""
        days = self.days[self.weekdays.index(weekday)]
        return one_decimal(Decimal(self.count(weekday, hour)) / days) if days else None

    @property
    def peak(self) -> int:
        return max((n for row in self.counts for n in row), default=0)

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.counts)


@dataclass(frozen=True)
class GenderSplit:
    what: str  # "quick_cases" or "new_cases"
    women: int
    men: int
    unstated: int

    @property
    def total(self) -> int:
        return self.women + self.men + self.unstated

    @property
    def women_share(self) -> Share:
        return Share(self.women, self.total)

    @property
    def men_share(self) -> Share:
        return Share(self.men, self.total)


@dataclass(frozen=True)
class MonthCases:
    month: date
    new: int
    closed: int
    self_sufficient: int  # avslut till egen försörjning
    open_at_end: int  # open at the end of the month's last day in the period


@dataclass(frozen=True)
class MonthAttendance:
    month: date
    sessions: int  # sessions whose roll call was taken (cancelled ones never count)
    present: int  # participants present plus walk-in guests

    @property
    def mean(self) -> Decimal | None:
        return one_decimal(Decimal(self.present) / self.sessions) if self.sessions else None


@dataclass(frozen=True)
class FactorChange:
    name: str
    participants: int  # with at least two readings in the period
    change: Decimal | None  # mean change, first to latest reading (one decimal)
    short_name: str = ""  # for a chart axis

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass(frozen=True)
class Dashboard:
    where: str
    period: Period
    weekly: WeeklyCategories
    heat: HeatMap
    genders: tuple[GenderSplit, ...]
    cases: tuple[MonthCases, ...]
    attendance: tuple[MonthAttendance, ...]
    bip: tuple[FactorChange, ...]
    demo: bool = False


# -- the figures as SQL aggregates ---------------------------------------------------------
# Each chart's figures are grouped in the database (by day, by hour, by gender, …) so that only
# a few thousand small rows come back, never the period's snabbärenden or cases one by one.

_qc, _cat = QuickCase.__table__.c, Category.__table__.c
_case, _closure, _person = Case.__table__.c, Closure.__table__.c, Participant.__table__.c


def _local_text(s: Session, column: ColumnElement[datetime], hour: bool) -> ColumnElement[str]:
    """``YYYY-MM-DD`` (or ``YYYY-MM-DD HH`` with ``hour``) of a wall-clock timestamp, as text on
    every backend (SQLite keeps it as such text already)."""
    if s.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM-DD HH24" if hour else "YYYY-MM-DD")
    return func.substr(column, 1, 13 if hour else 10)


def _in_period(site_ids: Sequence[uuid.UUID], period: Period) -> list[ColumnElement[bool]]:
    return [
        _qc.site_id.in_(list(site_ids)),
        _qc.occurred_at >= period.start_dt,
        _qc.occurred_at < period.end_exclusive_dt,
        _qc.removed_at.is_(None),
    ]


def _weekly(s: Session, sites: Sequence[SiteInfo], period: Period) -> WeeklyCategories:
    day = _local_text(s, _qc.occurred_at, hour=False).label("day")
    grouped = (
        select(day, _qc.category_id, func.count().label("n"))
        .where(*_in_period([x.id for x in sites], period))
        .group_by(day, _qc.category_id)
        .subquery()
    )
    rows = s.execute(
        select(grouped.c.day, _cat.name, func.sum(grouped.c.n))
        .join_from(grouped, Category.__table__, _cat.id == grouped.c.category_id)
        .group_by(grouped.c.day, _cat.name)
    ).all()
    used = {name for _, name, _ in rows}
    categories: list[str] = []
    for x in sites:
        for c in x.categories:
            if (not c.retired or c.name in used) and c.name not in categories:
                categories.append(c.name)
    first = period.start - timedelta(days=period.start.weekday())
    weeks = []
    while first <= period.end:
        weeks.append(first)
        first += timedelta(days=7)
    counts: Counter[tuple[date, str]] = Counter()
    for text, name, n in rows:
        d = date.fromisoformat(text)
        counts[(d - timedelta(days=d.weekday()), name)] += int(n)
    return WeeklyCategories(
        tuple(weeks),
        tuple(categories),
        tuple(tuple(counts[(w, c)] for c in categories) for w in weeks),
    )


def _heat(s: Session, sites: Sequence[SiteInfo], period: Period) -> HeatMap:
    slot = _local_text(s, _qc.occurred_at, hour=True).label("slot")
    counts: Counter[tuple[int, int]] = Counter()
    for text, n in s.execute(
        select(slot, func.count()).where(*_in_period([x.id for x in sites], period)).group_by(slot)
    ):
        counts[(date.fromisoformat(text[:10]).weekday(), int(text[11:13]))] += n
    weekdays = tuple(d for d in range(7) if d < 5 or any(k[0] == d for k in counts))
    used_hours = {h for _, h in counts}
    hours = tuple(range(min({*DEFAULT_HOURS, *used_hours}), max({*DEFAULT_HOURS, *used_hours}) + 1))
    days = Counter(
        (period.start + timedelta(days=i)).weekday()
        for i in range((period.end - period.start).days + 1)
    )
    return HeatMap(
        weekdays,
        hours,
        tuple(tuple(counts[(d, h)] for h in hours) for d in weekdays),
        tuple(days[d] for d in weekdays),
    )


def _quick_genders(s: Session, sites: Sequence[SiteInfo], period: Period) -> Counter[Gender]:
    rows = s.execute(
        select(_qc.gender, func.count())
        .where(*_in_period([x.id for x in sites], period))
        .group_by(_qc.gender)
    )
    return Counter({Gender(g): n for g, n in rows})


def _clamped(value: ColumnElement[date], period: Period) -> ColumnElement[date]:
    """A day, or the day before the period for every day before it (one bucket for them)."""
    before = period.start - timedelta(days=1)
    return type_coerce(case((value < period.start, before), else_=value), Date)


@dataclass(frozen=True)
class _CaseCounts:
    """The cases at the sites started by the period's end, counted by day in the database:
    started (the days before the period in one bucket), and the closings' events."""

    started: Counter[tuple[date, Gender]]  # (start day or the day before the period, gender)
    # A closing closes its case from max(start, closed_on) until its reopening (if any):
    closing: Counter[date]  # +1 on the first day it closes the case (clamped as above)
    reopening: Counter[date]  # -1 on the first day it no longer does
    closed: Counter[tuple[date, bool]]  # current closings in the period: (day, self-sufficient)


def _case_counts(s: Session, sites: Sequence[SiteInfo], period: Period) -> _CaseCounts:
    ids = [x.id for x in sites]
    start_day = _clamped(_case.start_date, period).label("day")
    started: Counter[tuple[date, Gender]] = Counter()
    for day, gender, n in s.execute(
        select(start_day, _person.gender, func.count())
        .join_from(Case.__table__, Participant.__table__, _person.id == _case.participant_id)
        .where(_case.site_id.in_(ids), _case.start_date <= period.end)
        .group_by(start_day, _person.gender)
    ):
        started[(day, Gender(gender))] += n
    # The same closing-by-closing rules as ``CaseFact.open_on``: a case started after its
    # closing's date counts as closed from its start.
    closes = case(
        (_closure.closed_on < _case.start_date, _case.start_date), else_=_closure.closed_on
    )
    ends = case(
        (_closure.reopened_on.is_(None), None),
        (_closure.reopened_on < closes, closes),
        else_=_closure.reopened_on,
    )
    current = and_(
        _closure.reopened_on.is_(None),
        _closure.closed_on >= period.start,
        _closure.closed_on <= period.end,
    )
    closed_day = type_coerce(case((current, _closure.closed_on), else_=None), Date).label("c")
    self_sufficient = case((_closure.reason.in_(list(SELF_SUFFICIENT)), 1), else_=0).label("ss")
    columns = (
        _clamped(type_coerce(closes, Date), period).label("a"),
        _clamped(type_coerce(ends, Date), period).label("b"),  # NULL stays NULL
        closed_day,
        self_sufficient,
    )
    closing: Counter[date] = Counter()
    reopening: Counter[date] = Counter()
    closed: Counter[tuple[date, bool]] = Counter()
    for a, b, c, ss, n in s.execute(
        select(*columns, func.count())
        .join_from(Closure.__table__, Case.__table__, _case.id == _closure.case_id)
        .where(
            _case.site_id.in_(ids),
            _case.start_date <= period.end,
            _closure.closed_on <= period.end,
        )
        .group_by(*columns)
    ):
        closing[a] += n
        if b is not None:
            reopening[b] += n
        if c is not None:
            closed[(c, bool(ss))] += n
    return _CaseCounts(started, closing, reopening, closed)


def _up_to(counts: Counter[date], day: date) -> int:
    return sum(n for d, n in counts.items() if d <= day)


def _months(counts: _CaseCounts, period: Period) -> tuple[MonthCases, ...]:
    started: Counter[date] = Counter()
    for (d, _), n in counts.started.items():
        started[d] += n
    out = []
    for m in months_in(period):
        span = Period(max(m, period.start), min(next_month(m) - timedelta(days=1), period.end))
        out.append(
            MonthCases(
                m,
                new=sum(n for d, n in started.items() if span.contains(d)),
                closed=sum(n for (d, _), n in counts.closed.items() if span.contains(d)),
                self_sufficient=sum(
                    n for (d, ss), n in counts.closed.items() if ss and span.contains(d)
                ),
                open_at_end=_up_to(started, span.end)
                - _up_to(counts.closing, span.end)
                + _up_to(counts.reopening, span.end),
            )
        )
    return tuple(out)


def _new_genders(counts: _CaseCounts, period: Period) -> Counter[Gender]:
    out: Counter[Gender] = Counter()
    for (d, g), n in counts.started.items():
        if period.contains(d):
            out[g] += n
    return out


def _splits(quick: Counter[Gender], new: Counter[Gender]) -> tuple[GenderSplit, ...]:
    return tuple(
        GenderSplit(what, c[Gender.WOMAN], c[Gender.MAN], c[Gender.UNSTATED])
        for what, c in (("quick_cases", quick), ("new_cases", new))
    )


def weekly_categories(
    s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period
) -> WeeklyCategories:
    """Snabbärenden per week (Monday to Sunday) and category, in the sites' category order;
    a category of the same name at two sites is one category."""
    return _weekly(s, resolve_sites(s, site_ids), period)


def visit_heat_map(s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period) -> HeatMap:
    """Snabbärenden per weekday and hour. Monday–Friday always; Saturday and Sunday only
    when someone came then. Hours 08–16 always, widened to any hour with a visit."""
    return _heat(s, resolve_sites(s, site_ids), period)


def gender_splits(
    s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period
) -> tuple[GenderSplit, ...]:
    """Women, men (and not stated) among the period's snabbärenden and new cases."""
    sites = resolve_sites(s, site_ids)
    return _splits(
        _quick_genders(s, sites, period), _new_genders(_case_counts(s, sites, period), period)
    )


def cases_by_month(
    s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period
) -> tuple[MonthCases, ...]:
    """Per month of the period: new, closed, closed to self-sufficiency (current closings,
    as the avslut report counts them) and open at the month's end (or the period's end)."""
    return _months(_case_counts(s, resolve_sites(s, site_ids), period), period)


def attendance_by_month(
    s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period
) -> tuple[MonthAttendance, ...]:
    """Per month: the sessions of every group at the sites whose roll call was taken, and
    everyone present at them (enrolled participants present plus walk-in guests)."""
    return _attendance(s, resolve_sites(s, site_ids), period)


def _attendance(
    s: Session, sites: Sequence[SiteInfo], period: Period
) -> tuple[MonthAttendance, ...]:
    """Sessions whose roll call was taken (not cancelled) and everybody there, per month: two
    aggregate queries, whatever the number of groups (a group at a time cost three round trips
    each, 72 of the dashboard's 86 queries on a city's journal)."""
    held = [
        GroupSession.held_on >= period.start,
        GroupSession.held_on <= period.end,
        GroupSession.attendance_taken_at.is_not(None),
        GroupSession.cancelled_at.is_(None),
    ]
    if sites:
        held.append(Group.site_id.in_([x.id for x in sites]))
    guests = GroupSession.guests_women + GroupSession.guests_men + GroupSession.guests_unstated
    sessions: Counter[date] = Counter()
    there: Counter[date] = Counter()
    for day, n, walk_ins in s.execute(
        select(GroupSession.held_on, func.count(), func.sum(guests))
        .join(Group, Group.id == GroupSession.group_id)
        .where(*held)
        .group_by(GroupSession.held_on)
    ):
        sessions[month_start(day)] += n
        there[month_start(day)] += walk_ins
    for day, present in s.execute(
        select(GroupSession.held_on, func.count())
        .join(Group, Group.id == GroupSession.group_id)
        .join(Attendance, Attendance.session_id == GroupSession.id)
        .where(*held, Attendance.status == AttendanceStatus.PRESENT)
        .group_by(GroupSession.held_on)
    ):
        there[month_start(day)] += present
    return tuple(
        MonthAttendance(m, sessions=sessions[m], present=there[m]) for m in months_in(period)
    )


def bip_changes(
    s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period, lang: Lang
) -> tuple[FactorChange, ...]:
    """The BIP report's average change per factor (participants' own readings; the coach's
    for the coach-only factor)."""
    from vagledare.journal.terms import term
    from vagledare.reports.bip import bip_report

    table = bip_report(s, period, site_ids, lang)
    participants = term("participants", lang)
    change = term("change", lang)
    short = _short_names(s, lang)
    out = []
    for _, row in table.rows():
        mean = table.value(None, row.label, change)
        n = table.value(None, row.label, participants)
        value = mean.value if isinstance(mean, Mean) else None
        out.append(
            FactorChange(
                row.label,
                int(n) if isinstance(n, int) else 0,
                one_decimal(value),
                short.get(row.label, ""),
            )
        )
    return tuple(out)


def _short_names(s: Session, lang: Lang) -> dict[str, str]:
    """Factor name → short name, over every factor set's texts in ``lang``."""
    from vagledare.journal.factor_sets import list_factor_sets
    from vagledare.journal.factor_texts import translated_factors

    out: dict[str, str] = {}
    for fs in list_factor_sets(s):
        for text in translated_factors(fs.key, lang, fs.texts) or fs.texts:
            out.setdefault(text.name, text.short_name)
    return out


def rows_to_count(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, limit: int
) -> int:
    """How much a build reads, cheaply: the period's snabbärenden and the cases started by
    its end at the sites, each counted only up to ``limit``."""
    ids = [x.id for x in resolve_sites(s, site_ids)]
    quick = select(_qc.id).where(*_in_period(ids, period)).limit(limit).subquery()
    cases_ = (
        select(_case.id)
        .where(_case.site_id.in_(ids), _case.start_date <= period.end)
        .limit(limit)
        .subquery()
    )
    n = s.scalar(select(func.count()).select_from(quick)) or 0
    return n + (s.scalar(select(func.count()).select_from(cases_)) or 0)


def journal_rows(s: Session, limit: int) -> int:
    """How big the journal is, cheaply: its snabbärenden and its cases, each counted only
    up to ``limit``, and the cases not at all once the snabbärenden reach it (a journal under
    the limit builds any report in a few milliseconds; callers ask ``>= limit``)."""
    quick = select(_qc.id).limit(limit).subquery()
    n = s.scalar(select(func.count()).select_from(quick)) or 0
    if n >= limit:
        return n
    cases_ = select(_case.id).limit(limit).subquery()
    return n + (s.scalar(select(func.count()).select_from(cases_)) or 0)


# The steps of ``build_dashboard``, in order: its progress names each before it starts.
STEPS = ("weekly", "heat", "genders", "cases", "attendance", "bip")


def build_dashboard(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    progress: Callable[[str, int, int], None] | None = None,
) -> Dashboard:
    """Every chart's figures. ``progress(step, done, total)`` is called before each of the
    ``STEPS`` (it may raise to stop the build, as a cancelled background task does)."""
    from vagledare.journal.journal_settings import is_demo

    def step(name: str) -> None:
        if progress is not None:
            progress(name, STEPS.index(name), len(STEPS))

    sites = resolve_sites(s, site_ids)
    step("weekly")
    weekly = _weekly(s, sites, period)
    step("heat")
    heat = _heat(s, sites, period)
    step("genders")
    quick = _quick_genders(s, sites, period)
    step("cases")
    counts = _case_counts(s, sites, period)
    step("attendance")
    attendance = _attendance(s, sites, period)
    step("bip")
    bip = bip_changes(s, site_ids, period, lang)
    return Dashboard(
        where=sites_label(sites, not site_ids, lang),
        period=period,
        weekly=weekly,
        heat=heat,
        genders=_splits(quick, _new_genders(counts, period)),
        cases=_months(counts, period),
        attendance=attendance,
        bip=bip,
        demo=is_demo(s),
    )


def pack_month(period: Period) -> Period:
    """The month a monthly pack covers: the month in which the overview's period ends."""
    from vagledare.reports.periods import month

    return month(period.end.year, period.end.month)
