"""The overview's figures, grouped in the database, equal the row-by-row count they replaced,
on a random journal: snabbärenden at any hour and weekday (some removed), cases closed,
reopened and closed again, several meeting places, periods cut in mid-week."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from vagledare.app.desk import Desk
from vagledare.journal import cases, quick_cases, sites
from vagledare.journal.db import Journal
from vagledare.journal.models import ClosureReason, Gender, QuickCase, Route
from vagledare.reports.case_data import load_cases
from vagledare.reports.common import resolve_sites
from vagledare.reports.overview import (
    DEFAULT_HOURS,
    STEPS,
    GenderSplit,
    HeatMap,
    MonthCases,
    WeeklyCategories,
    build_dashboard,
    months_in,
    next_month,
)
from vagledare.reports.periods import Period

TODAY = date(2025, 1, 31)
GENDERS = (Gender.WOMAN, Gender.MAN, Gender.UNSTATED)


# -- the row-by-row count the aggregates replaced (the reference) --------------------------------
def _rows(s, site_ids, period):  # noqa: ANN001, ANN202
    from sqlalchemy import select

    return s.execute(
        select(QuickCase.occurred_at, QuickCase.category_id, QuickCase.gender).where(
            QuickCase.site_id.in_(list(site_ids)),
            QuickCase.occurred_at >= period.start_dt,
            QuickCase.occurred_at < period.end_exclusive_dt,
            QuickCase.removed_at.is_(None),
        )
    ).all()


def old_weekly(s, site_ids, period) -> WeeklyCategories:  # noqa: ANN001
    sites_ = resolve_sites(s, site_ids)
    name = {c.id: c.name for x in sites_ for c in x.categories}
    rows = _rows(s, [x.id for x in sites_], period)
    used = {name[c] for _, c, _ in rows}
    categories: list[str] = []
    for x in sites_:
        for c in x.categories:
            if (not c.retired or c.name in used) and c.name not in categories:
                categories.append(c.name)
    first = period.start - timedelta(days=period.start.weekday())
    weeks = []
    while first <= period.end:
        weeks.append(first)
        first += timedelta(days=7)
    counts: Counter = Counter()
    for at, cat, _ in rows:
        day = at.date()
        counts[(day - timedelta(days=day.weekday()), name[cat])] += 1
    return WeeklyCategories(
        tuple(weeks),
        tuple(categories),
        tuple(tuple(counts[(w, c)] for c in categories) for w in weeks),
    )


def old_heat(s, site_ids, period) -> HeatMap:  # noqa: ANN001
    sites_ = resolve_sites(s, site_ids)
    rows = _rows(s, [x.id for x in sites_], period)
    counts: Counter = Counter((at.weekday(), at.hour) for at, _, _ in rows)
    weekdays = tuple(d for d in range(7) if d < 5 or any(k[0] == d for k in counts))
    used = {h for _, h in counts}
    hours = tuple(range(min({*DEFAULT_HOURS, *used}), max({*DEFAULT_HOURS, *used}) + 1))
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


def old_genders(s, site_ids, period) -> tuple[GenderSplit, ...]:  # noqa: ANN001
    ids = [x.id for x in resolve_sites(s, site_ids)]
    quick = Counter(g for _, _, g in _rows(s, ids, period))
    new = Counter(
        f.gender for f in load_cases(s, ids, started_by=period.end) if period.contains(f.start)
    )
    return tuple(
        GenderSplit(what, c[Gender.WOMAN], c[Gender.MAN], c[Gender.UNSTATED])
        for what, c in (("quick_cases", quick), ("new_cases", new))
    )


def old_cases(s, site_ids, period) -> tuple[MonthCases, ...]:  # noqa: ANN001
    facts = load_cases(s, [x.id for x in resolve_sites(s, site_ids)], started_by=period.end)
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


# -- a random journal -----------------------------------------------------------------------------
@pytest.fixture
def random_journal(desk: Desk) -> tuple[Journal, list[uuid.UUID]]:
    rng = random.Random(2022)
    j = desk.journal
    with j.session() as s:
        places = [desk.site, sites.add_site(s, "Årby"), sites.add_site(s, "Snopptorp")]
        for _ in range(400):
            site = rng.choice(places)
            day = date(2023, 6, 1) + timedelta(days=rng.randrange(600))
            at = datetime.combine(day, datetime.min.time()).replace(
                hour=rng.choice((0, 6, 8, 9, 10, 12, 16, 17, 19, 23)), minute=rng.randrange(60)
            )
            logged = quick_cases.log_quick_cases(
                s,
                site.id,
                rng.choice(site.categories).id,
                rng.choice(site.age_bands).id,
                rng.choice(GENDERS),
                None,
                at=at,
                count=rng.randint(1, 3),
                now=datetime(2025, 2, 1),
            )
            if rng.random() < 0.05:
                quick_cases.remove_quick_case(s, logged[0], "Fel knapp", None)
        for i in range(150):
            site = rng.choice(places)
            start = date(2022, 1, 1) + timedelta(days=rng.randrange(1100))
            case_id = cases.open_case(
                s,
                site_id=site.id,
                route=rng.choice(list(Route)),
                start=start,
                gender=rng.choice(GENDERS),
                age_band="25-34",
                author_id=None,
                code=f"R-{i:04d}",
                today=TODAY,
            )
            on = start
            for _ in range(rng.randint(0, 3)):  # closed, reopened, closed again …
                on += timedelta(days=rng.randrange(0, 200))
                if on > TODAY:
                    break
                cases.close_case(s, case_id, on, rng.choice(list(ClosureReason)), None, today=TODAY)
                on += timedelta(days=rng.randrange(0, 120))
                if on > TODAY or rng.random() < 0.4:
                    break
                cases.reopen_case(s, case_id, on, None, today=TODAY)
        ids = [x.id for x in places]
    return j, ids


def test_aggregates_equal_the_row_by_row_count(
    random_journal: tuple[Journal, list[uuid.UUID]],
) -> None:
    j, ids = random_journal
    periods = [
        Period(date(2024, 1, 1), date(2024, 12, 31)),
        Period(date(2024, 2, 1), date(2025, 1, 31)),
        Period(date(2024, 3, 6), date(2024, 3, 20)),  # cut in mid-week
        Period(date(2023, 7, 13), date(2024, 8, 2)),
    ]
    seen = 0
    with j.session() as s:
        for period in periods:
            for chosen in (None, ids[:1], ids[1:]):
                board = build_dashboard(s, period, chosen, "sv")
                assert board.weekly == old_weekly(s, chosen, period)
                assert board.heat == old_heat(s, chosen, period)
                assert board.genders == old_genders(s, chosen, period)
                assert board.cases == old_cases(s, chosen, period)
                seen += board.weekly.total + sum(c.closed for c in board.cases)
    assert seen > 1000  # the comparison saw real figures


def test_the_build_tells_its_steps_and_stops_when_asked(
    random_journal: tuple[Journal, list[uuid.UUID]],
) -> None:
    j, _ = random_journal
    told: list[tuple[str, int, int]] = []
    with j.session() as s:
        build_dashboard(
            s, Period(date(2024, 1, 1), date(2024, 12, 31)), progress=lambda *a: told.append(a)
        )

        class Stop(Exception):
            """What a cancelled background task raises from its progress."""

        def stop(step: str, _done: int, _total: int) -> None:
            if step == "cases":
                raise Stop

        with pytest.raises(Stop):
            build_dashboard(s, Period(date(2024, 1, 1), date(2024, 12, 31)), progress=stop)
    assert told == [(step, i, len(STEPS)) for i, step in enumerate(STEPS)]
