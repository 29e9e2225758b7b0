"""The catalogue's measures computed from the journal's rows, the way the reports count them:
snabbärenden and visits as ``dropin`` and ``besok``, sessions held as the group reports
(roll call taken, not cancelled), activities as ``aktiviteter``, avslut as ``avslut`` (the
current closing in the period), follow-ups as ``uppfoljning`` (due in the period), progression
as ``bip`` (first to latest reading in the period) and resources from the stored resources per
year (``resource_year``).

Totalt always counts every gender (Ej angivet too), as the reports' Totalt does.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vagledare.journal.models import (
    Activity,
    Assessment,
    Gender,
    Group,
    GroupSession,
    Participant,
    QuickCase,
    Route,
)
from vagledare.reports.measure_catalogue import ROWS, MeasureValue, counts_value, share_value
from vagledare.reports.periods import Period

Triple = tuple[int, int, int]  # Kvinnor, Män, Totalt


@dataclass(frozen=True)
class RowValue:
    """A measure from the rows: ``in_period`` when the journal holds rows of its kind in the
    period, ``begun`` when its row-level history of that kind began on or before the period's
    end (then zeros are real zeros)."""

    value: MeasureValue
    in_period: bool
    begun: bool


def _sites(s: Session, site_ids: Sequence[uuid.UUID] | None) -> list[uuid.UUID]:
    from vagledare.journal.sites import list_sites

    return list(dict.fromkeys(site_ids)) if site_ids else [x.id for x in list_sites(s)]


def _triple(by_gender: dict[Gender, int]) -> Triple:
    return (
        by_gender.get(Gender.WOMAN, 0),
        by_gender.get(Gender.MAN, 0),
        sum(by_gender.values()),
    )


def _counted(t: Triple, begun: date | None, period: Period, split: bool = True) -> RowValue:
    women, men, total = t
    value = counts_value(women if split else None, men if split else None, total, ROWS)
    return RowValue(value, total > 0, begun is not None and begun <= period.end)


# -- snabbärenden and visits ------------------------------------------------------------


def _quick_cases(s: Session, period: Period, sites: list[uuid.UUID]) -> tuple[Triple, date | None]:
    qc = QuickCase
    live = (qc.site_id.in_(sites), qc.removed_at.is_(None))
    by_gender = {
        Gender(g): int(n)
        for g, n in s.execute(
            select(qc.gender, func.count())
            .where(*live, qc.occurred_at >= period.start_dt)
            .where(qc.occurred_at < period.end_exclusive_dt)
            .group_by(qc.gender)
        )
    }
    first = s.scalar(select(func.min(qc.occurred_at)).where(*live))
    return _triple(by_gender), first.date() if first is not None else None


def _snabbarenden(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    counts, first = _quick_cases(s, period, sites)
    return _counted(counts, first, period)


def _besok(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    from vagledare.reports.besok import visit_counts

    _, first = _quick_cases(s, period, sites)
    per_site = visit_counts(s, period, sites)
    women = sum(c["women"] for c in per_site.values())
    men = sum(c["men"] for c in per_site.values())
    visits = sum(c["visits"] for c in per_site.values())
    return _counted((women, men, visits), first, period)


# -- group sessions, activities, assessments ------------------------------------------


def _tillfallen(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    held = (
        Group.site_id.in_(sites),
        GroupSession.attendance_taken_at.is_not(None),
        GroupSession.cancelled_at.is_(None),
    )
    base = (
        select(func.count())
        .select_from(GroupSession)
        .join(Group, Group.id == GroupSession.group_id)
    )
    n = s.scalar(
        base.where(*held, GroupSession.held_on >= period.start, GroupSession.held_on <= period.end)
    )
    first = s.scalar(
        select(func.min(GroupSession.held_on))
        .join(Group, Group.id == GroupSession.group_id)
        .where(*held)
    )
    return _counted((0, 0, int(n or 0)), first, period, split=False)


def _activities(
    s: Session, period: Period, sites: list[uuid.UUID]
) -> tuple[tuple[int, ...], date | None]:
    a = Activity
    row = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(a.visitors_women), 0),
            func.coalesce(func.sum(a.visitors_men), 0),
            func.coalesce(func.sum(a.visitors_unstated), 0),
        ).where(a.site_id.in_(sites), a.held_on >= period.start, a.held_on <= period.end)
    ).one()
    first = s.scalar(select(func.min(a.held_on)).where(a.site_id.in_(sites)))
    return tuple(int(x) for x in row), first


def _aktiviteter(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    (n, *_), first = _activities(s, period, sites)
    return _counted((0, 0, n), first, period, split=False)


def _aktivitetsbesokare(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    (n, women, men, unstated), first = _activities(s, period, sites)
    value = counts_value(women, men, women + men + unstated, ROWS)
    return RowValue(value, n > 0, first is not None and first <= period.end)


def _matningar(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    """Measurements done: one per participant and day, whoever answered (the participant's
    own answers and the coach's factor on the same day are one measurement)."""
    live = (Participant.site_id.in_(sites), Assessment.deleted_at.is_(None))
    occasions = (
        select(Assessment.participant_id, Assessment.taken_on, Participant.gender)
        .join(Participant, Participant.id == Assessment.participant_id)
        .where(*live, Assessment.taken_on >= period.start, Assessment.taken_on <= period.end)
        .distinct()
        .subquery()
    )
    by_gender = {
        Gender(g): int(n)
        for g, n in s.execute(select(occasions.c.gender, func.count()).group_by(occasions.c.gender))
    }
    first = s.scalar(
        select(func.min(Assessment.taken_on))
        .join(Participant, Participant.id == Assessment.participant_id)
        .where(*live)
    )
    return _counted(_triple(by_gender), first, period)


def _progression(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    """The average change from first to latest reading in the period, over every factor and
    participant with two readings or more of it (the ``bip`` report's Förändring, pooled over
    the factors; the participant's own answers, the coach's for coach-only factors; one
    factor-set version, the one most readings used). ``counts`` holds (Σ change, pairs)."""
    from vagledare.journal.models import Respondent
    from vagledare.reports.bip_data import (
        Group as ReadingGroup,
    )
    from vagledare.reports.bip_data import (
        choose_version,
        load_readings,
        respondent_for,
        series,
    )

    everyone = load_readings(s, ReadingGroup(site_ids=sites))
    readings = [r for r in everyone if period.contains(r.taken_on)]
    first = min((r.taken_on for r in everyone), default=None)
    begun = first is not None and first <= period.end
    if not readings:
        return RowValue(MeasureValue(None, None, None, ROWS), False, begun)
    fs, _ = choose_version(s, readings, None)
    genders = dict(
        s.execute(
            select(Participant.id, Participant.gender).where(
                Participant.id.in_({r.participant_id for r in readings})
            )
        ).all()
    )
    columns = (Gender.WOMAN, Gender.MAN, None)
    change = {g: [0, 0] for g in columns}  # Σ change, pairs
    people: dict[Gender | None, set[uuid.UUID]] = {g: set() for g in columns}
    for f in fs.factors:
        by_person = series(
            readings, fs, f.position, respondent_for(fs, f.position, Respondent.PARTICIPANT)
        )
        for pid, values in by_person.items():
            if len(values) < 2:
                continue
            for g in (Gender(genders[pid]), None):
                if g in change:
                    change[g][0] += values[-1] - values[0]
                    change[g][1] += 1
                    people[g].add(pid)
    means = [Decimal(change[g][0]) / change[g][1] if change[g][1] else None for g in columns]
    counts = tuple((len(people[g]),) for g in columns)
    return RowValue(MeasureValue(means[0], means[1], means[2], ROWS, counts), True, begun)


# -- avslut and follow-ups --------------------------------------------------------------


def closings(s: Session, period: Period, sites: list[uuid.UUID]) -> tuple[list, date | None]:  # type: ignore[type-arg]
    """The current closings in the period (as ``avslut`` counts them) and the first closing
    day the journal holds at these sites."""
    from vagledare.reports.avslut import closed_in

    return closed_in(s, period, sites, None), _first_closing(s, sites)


def _first_closing(s: Session, sites: list[uuid.UUID]) -> date | None:
    from vagledare.journal.models import Case, Closure

    return s.scalar(
        select(func.min(Closure.closed_on))
        .join(Case, Case.id == Closure.case_id)
        .where(Case.site_id.in_(sites))
    )


def _by_gender(facts: Sequence, keep: Callable[..., bool]) -> Triple:  # type: ignore[type-arg]
    kept = [f for f in facts if keep(f)]
    return (
        sum(1 for f in kept if f.gender is Gender.WOMAN),
        sum(1 for f in kept if f.gender is Gender.MAN),
        len(kept),
    )


def _avslut(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    facts, first = closings(s, period, sites)
    return RowValue(
        counts_value(*_by_gender(facts, lambda f: True), ROWS), bool(facts), _begun(first, period)
    )


def _avslut_egen(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    facts, first = closings(s, period, sites)
    own = _by_gender(facts, lambda f: f.self_sufficient)
    return RowValue(counts_value(*own, ROWS), bool(facts), _begun(first, period))


def _andel_egen(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    facts, first = closings(s, period, sites)
    own = _by_gender(facts, lambda f: f.self_sufficient)
    total = _by_gender(facts, lambda f: True)
    parts = tuple(zip(own, total, strict=True))
    return RowValue(share_value(parts, ROWS), bool(facts), _begun(first, period))


def _andel_uppfoljning(s: Session, period: Period, sites: list[uuid.UUID]) -> RowValue:
    """Of the follow-ups due in the period and done (someone was reached), the share still
    self-sufficient (Arbete, Studier, Annan egen försörjning), as ``uppfoljning``'s share."""
    from vagledare.journal.case_codes import SELF_SUPPORT_STATUSES
    from vagledare.journal.followups import facts_due_in
    from vagledare.journal.models import FollowUpStatus

    facts = facts_due_in(s, period.start, period.end, sites)
    done = _by_gender(
        facts, lambda f: f.status is not None and f.status is not FollowUpStatus.NOT_REACHED
    )
    own = _by_gender(facts, lambda f: f.status in SELF_SUPPORT_STATUSES)
    first = _first_closing(s, sites)
    parts = tuple(zip(own, done, strict=True))
    return RowValue(share_value(parts, ROWS), bool(facts), _begun(first, period))


def _begun(first: date | None, period: Period) -> bool:
    return first is not None and first <= period.end


# -- resources ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Resources:
    """The stored resources over a period: FTE-years and cost per route (None: a counted
    route's cost per FTE was not entered), and the routes counted (FTE above 0)."""

    fte_years: Decimal
    cost: Decimal | None
    routes: frozenset[Route]


def _year_part(period: Period, year: int) -> Decimal:
    """How much of ``year`` the period covers, as the resource report counts years."""
    from vagledare.reports.resources import period_years

    start = max(period.start, date(year, 1, 1))
    end = min(period.end, date(year, 12, 31))
    return period_years(Period(start, end)) if start <= end else Decimal(0)


def resources(s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None) -> Resources | None:
    """The stored resources per year (``resource_year``) over the period, at the chosen sites:
    the whole journal's rows when no site (or every site) is chosen and it has them, else the
    chosen sites' own rows and the rows of groups made only of chosen sites. None when no year
    of the period has any."""
    from vagledare.journal.models import ResourceYear
    from vagledare.reports.aggregates import cover

    fte_years, cost = Decimal(0), Decimal(0)
    known_cost, found = True, False
    routes: set[Route] = set()
    for year in range(period.start.year, period.end.year + 1):
        part = _year_part(period, year)
        rows = s.execute(
            select(
                ResourceYear.site_id,
                ResourceYear.group_id,
                ResourceYear.route,
                ResourceYear.fte_centi,
                ResourceYear.cost_per_fte,
            ).where(ResourceYear.year == year)
        ).all()
        by_unit: dict[tuple[uuid.UUID | None, uuid.UUID | None], list] = {}  # type: ignore[type-arg]
        for site_id, group_id, route, fte_centi, cost_per_fte in rows:
            by_unit.setdefault((site_id, group_id), []).append((route, fte_centi, cost_per_fte))
        taken = cover(s, list(by_unit), site_ids)
        if taken is None:
            continue
        found = True
        for unit in taken:
            for route, fte_centi, cost_per_fte in by_unit[unit]:
                if fte_centi <= 0:
                    continue  # the route is not counted that year
                fte = Decimal(fte_centi) / 100
                routes.add(Route(route))
                fte_years += fte * part
                if cost_per_fte is None:
                    known_cost = False
                else:
                    cost += fte * part * cost_per_fte
    if not found:
        return None
    return Resources(fte_years, cost if known_cost else None, frozenset(routes))


def self_sufficient_on(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID] | None, routes: frozenset[Route]
) -> int:
    """Avslut till egen försörjning in the period on these routes."""
    facts, _ = closings(s, period, _sites(s, site_ids))
    return sum(1 for f in facts if f.self_sufficient and f.route in routes)


_ROWS: dict[str, Callable[[Session, Period, list[uuid.UUID]], RowValue]] = {
    "snabbarenden": _snabbarenden,
    "besok": _besok,
    "tillfallen": _tillfallen,
    "aktiviteter": _aktiviteter,
    "aktivitetsbesokare": _aktivitetsbesokare,
    "matningar": _matningar,
    "avslut-egen-forsorjning": _avslut_egen,
    "avslut": _avslut,
    "andel-egen-forsorjning": _andel_egen,
    "andel-uppfoljning-egen-forsorjning": _andel_uppfoljning,
    "progression": _progression,
}


def row_value(
    s: Session, key: str, period: Period, site_ids: Sequence[uuid.UUID] | None
) -> RowValue | None:
    """``key`` from the journal's rows; None for the resource measures (see
    ``measures.measure_value``) or a journal without sites."""
    compute = _ROWS.get(key)
    sites = _sites(s, site_ids)
    if compute is None or not sites:
        return None
    return compute(s, period, sites)
