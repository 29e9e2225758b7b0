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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.groups import list_groups
from vagledare.journal.meetings import list_sessions
from vagledare.journal.models import Gender, QuickCase
from vagledare.journal.terms import Lang
from vagledare.reports.case_data import load_cases
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


def _quick_cases(
    s: Session, site_ids: Sequence[uuid.UUID], period: Period
) -> list[tuple[datetime, uuid.UUID, Gender]]:
    rows = s.execute(
        select(QuickCase.occurred_at, QuickCase.category_id, QuickCase.gender).where(
            QuickCase.site_id.in_(list(site_ids)),
            QuickCase.occurred_at >= period.start_dt,
            QuickCase.occurred_at < period.end_exclusive_dt,
            QuickCase.removed_at.is_(None),
        )
    )
    return [(at, cat, g) for at, cat, g in rows]


def weekly_categories(
    s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period
) -> WeeklyCategories:
    """Snabbärenden per week (Monday to Sunday) and category, in the sites' category order;
    a category of the same name at two sites is one category."""
    sites = resolve_sites(s, site_ids)
    name = {c.id: c.name for x in sites for c in x.categories}
    rows = _quick_cases(s, [x.id for x in sites], period)
    used = {name[c] for _, c, _ in rows}
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
    for at, cat, _ in rows:
        day = at.date()
        counts[(day - timedelta(days=day.weekday()), name[cat])] += 1
    return WeeklyCategories(
        tuple(weeks),
        tuple(categories),
        tuple(tuple(counts[(w, c)] for c in categories) for w in weeks),
    )


def visit_heat_map(s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period) -> HeatMap:
    """Snabbärenden per weekday and hour. Monday–Friday always; Saturday and Sunday only
    when someone came then. Hours 08–16 always, widened to any hour with a visit."""
    sites = resolve_sites(s, site_ids)
    rows = _quick_cases(s, [x.id for x in sites], period)
    counts: Counter[tuple[int, int]] = Counter((at.weekday(), at.hour) for at, _, _ in rows)
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


def gender_splits(
    s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period
) -> tuple[GenderSplit, ...]:
    """Women, men (and not stated) among the period's snabbärenden and new cases."""
    sites = resolve_sites(s, site_ids)
    ids = [x.id for x in sites]
    quick = Counter(g for _, _, g in _quick_cases(s, ids, period))
    new = Counter(
        f.gender for f in load_cases(s, ids, started_by=period.end) if period.contains(f.start)
    )
    return tuple(
        GenderSplit(what, c[Gender.WOMAN], c[Gender.MAN], c[Gender.UNSTATED])
        for what, c in (("quick_cases", quick), ("new_cases", new))
    )


def cases_by_month(
    s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period
) -> tuple[MonthCases, ...]:
    """Per month of the period: new, closed, closed to self-sufficiency (current closings,
    as the avslut report counts them) and open at the month's end (or the period's end)."""
    sites = resolve_sites(s, site_ids)
    facts = load_cases(s, [x.id for x in sites], started_by=period.end)
    out = []
    for m in months_in(period):
        span = Period(max(m, period.start), min(next_month(m) - timedelta(days=1), period.end))
        closed = [f for f in facts if f.closed_on is not None and span.contains(f.closed_on)]
        out.append(
            MonthCases(
                m,
                new=sum(1 for f in facts if span.contains(f.start)),
                closed=len(closed),
                self_sufficient=sum(1 for f in closed if f.self_sufficient),
                open_at_end=sum(1 for f in facts if f.open_on(span.end)),
            )
        )
    return tuple(out)


def attendance_by_month(
    s: Session, site_ids: Sequence[uuid.UUID] | None, period: Period
) -> tuple[MonthAttendance, ...]:
    """Per month: the sessions of every group at the sites whose roll call was taken, and
    everyone present at them (enrolled participants present plus walk-in guests)."""
    sites = resolve_sites(s, site_ids)
    groups = list_groups(s, [x.id for x in sites])
    held = list_sessions(s, [g.id for g in groups], period.start, period.end) if groups else []
    taken = [x for x in held if x.taken and not x.cancelled]
    return tuple(
        MonthAttendance(
            m,
            sessions=sum(1 for x in taken if month_start(x.held_on) == m),
            present=sum(x.attendance for x in taken if month_start(x.held_on) == m),
        )
        for m in months_in(period)
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


def build_dashboard(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None = None, lang: Lang = "sv"
) -> Dashboard:
    from vagledare.journal.journal_settings import is_demo

    sites = resolve_sites(s, site_ids)
    return Dashboard(
        where=sites_label(sites, not site_ids, lang),
        period=period,
        weekly=weekly_categories(s, site_ids, period),
        heat=visit_heat_map(s, site_ids, period),
        genders=gender_splits(s, site_ids, period),
        cases=cases_by_month(s, site_ids, period),
        attendance=attendance_by_month(s, site_ids, period),
        bip=bip_changes(s, site_ids, period, lang),
        demo=is_demo(s),
    )


def pack_month(period: Period) -> Period:
    """The month a monthly pack covers: the month in which the overview's period ends."""
    from vagledare.reports.periods import month

    return month(period.end.year, period.end.month)
