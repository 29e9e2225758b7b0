"""Resources per year: the full-time equivalents (årsarbetare) on each route and the personnel
cost per FTE-year, for one calendar year and one site, one site group or the whole journal.

The resource table (``reports.resources``) computes every year of its period with that year's
own figures. A team lead enters them (window or ``vagledare resources set``); 0 FTE means the
route is not counted that year (the seed leaves medborgarservice out of 2020).

There is one row per (year, route, unit). The table has no unique constraint (NULL means the
whole journal), so ``set_resources`` keeps it to one; should two desks each have entered the
same year before an exchange, the newest change wins when reading.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal import audit
from vagledare.journal.access import anyone_enrolled
from vagledare.journal.case_codes import ROUTE_KEYS
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import ResourceYear, Route, Site, SiteGroup
from vagledare.journal.site_groups import Unit, list_groups
from vagledare.journal.site_settings import require_lead_by_id
from vagledare.journal.sites import swedish_sort_key

WHAT = "ange resurser per år"
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_FTE = Decimal(1000)
MAX_COST = 10_000_000  # kronor per FTE-year
WHOLE_JOURNAL = "Hela journalen"
ROUTE_WORDS = {Route.CITIZEN_SERVICE: "medborgarservice", Route.REFERRED: "anvisad"}
_ROUTE_VALUES = {r.value: r for r in Route}


@dataclass(frozen=True)
class ResourceEntry:
    """One year's figures for one route at one unit (``site_id`` and ``group_id`` both None:
    the whole journal)."""

    id: uuid.UUID
    year: int
    route: Route
    site_id: uuid.UUID | None
    group_id: uuid.UUID | None
    unit: str  # the site's or group's name, or WHOLE_JOURNAL
    fte: Decimal  # 0: the route is not counted that year
    cost_per_fte: Decimal | None  # whole kronor per FTE-year; None: not entered
    modified_at: datetime

    @property
    def unit_key(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        return (self.site_id, self.group_id)


def parse_route(value: Route | str) -> Route:
    """A ``Route``, its value, or the command line's word (medborgarservice, anvisad)."""
    if isinstance(value, Route):
        return value
    route = ROUTE_KEYS.get(value.strip().casefold())
    if route is None:
        raise ValidationError(f"Okänd väg {value!r}: välj medborgarservice eller anvisad.")
    return route


def _valid_year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(f"Året ska vara mellan {FIRST_YEAR} och {LAST_YEAR} (nu {year}).")
    return year


def _decimal(value: Decimal | int | str, what: str) -> Decimal:
    try:
        number = Decimal(str(value).strip().replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise ValidationError(f"{what} ska vara ett tal (nu {value!r}).") from None
    if not number.is_finite():
        raise ValidationError(f"{what} ska vara ett tal (nu {value!r}).")
    return number


def _valid_fte(value: Decimal | int | str, route: Route) -> int:
    """FTE × 100 (the stored ``fte_centi``)."""
    what = f"Antal årsarbetare för {ROUTE_WORDS[route]}"
    fte = _decimal(value, what)
    if fte < 0:
        raise ValidationError(f"{what} kan inte vara negativt (nu {value}).")
    if fte > MAX_FTE:
        raise ValidationError(f"{what} kan vara högst {MAX_FTE} (nu {value}).")
    centi = fte * 100
    if centi != centi.to_integral_value():
        raise ValidationError(f"{what} får ha högst två decimaler (nu {value}).")
    return int(centi)


def _valid_cost(value: Decimal | int | str | None) -> int | None:
    if value is None:
        return None
    what = "Personalkostnaden per årsarbetare"
    cost = _decimal(value, what)
    if cost < 0:
        raise ValidationError(f"{what} kan inte vara negativ (nu {value}).")
    if cost != cost.to_integral_value():
        raise ValidationError(f"{what} anges i hela kronor (nu {value}).")
    if cost > MAX_COST:
        raise ValidationError(f"{what} kan vara högst {MAX_COST} kr om året (nu {value}).")
    return int(cost)


def _require_lead(s: Session, author_id: uuid.UUID | None) -> None:
    """Team leads and administrators only. On a journal where nobody has a PIN yet (a fresh or
    script-only journal) the command line's person is taken at their word, as everywhere."""
    if not anyone_enrolled(s):
        return
    if author_id is None:
        raise ValidationError(
            f"Bara teamledare och administratörer får {WHAT}: ange vem du är (--as NAMN)."
        )
    require_lead_by_id(s, author_id, WHAT)


def _unit_filter(site_id: uuid.UUID | None, group_id: uuid.UUID | None) -> list:
    return [
        ResourceYear.site_id.is_(None) if site_id is None else ResourceYear.site_id == site_id,
        ResourceYear.group_id.is_(None) if group_id is None else ResourceYear.group_id == group_id,
    ]


def set_resources(
    s: Session,
    year: int,
    route: Route | str,
    fte: Decimal | int | str,
    cost_per_fte: Decimal | int | str | None,
    site_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
    author_id: uuid.UUID | None = None,
) -> ResourceEntry:
    """Store (replace) one year's FTE and cost per FTE-year for a route at a site, a site
    group, or the whole journal (neither given). Audited like every change."""
    _require_lead(s, author_id)
    if author_id is not None:
        audit.name_actor(s, author_id)
    year = _valid_year(year)
    route = parse_route(route)
    centi = _valid_fte(fte, route)
    cost = _valid_cost(cost_per_fte)
    if site_id is not None and group_id is not None:
        raise ValidationError("Välj antingen en mötesplats eller en grupp, inte båda.")
    if site_id is not None and s.get(Site, site_id) is None:
        raise ValidationError("Mötesplatsen finns inte i journalen.")
    if group_id is not None and s.get(SiteGroup, group_id) is None:
        raise ValidationError("Gruppen av mötesplatser finns inte i journalen.")
    rows = s.scalars(
        select(ResourceYear)
        .where(ResourceYear.year == year, ResourceYear.route == route.value)
        .where(*_unit_filter(site_id, group_id))
        .order_by(ResourceYear.modified_at.desc())
    ).all()
    if rows:
        row, *older = rows
        for extra in older:  # two desks entered the same year: keep one
            s.delete(extra)
        row.fte_centi, row.cost_per_fte = centi, cost
    else:
        row = ResourceYear(
            id=uuid.uuid4(),
            year=year,
            route=route.value,
            site_id=site_id,
            group_id=group_id,
            fte_centi=centi,
            cost_per_fte=cost,
            author_id=author_id,
        )
        s.add(row)
    s.flush()
    return next(e for e in _entries(s, [year]) if e.id == row.id)


def _unit_names(s: Session) -> dict[uuid.UUID, str]:
    names = {i: n for i, n in s.execute(select(Site.id, Site.name))}
    names.update({g.id: g.name for g in list_groups(s)})
    return names


def _entries(s: Session, years: Iterable[int] | None = None) -> list[ResourceEntry]:
    """Every valid stored row (one per unit, year and route: the newest)."""
    q = select(ResourceYear)
    if years is not None:
        q = q.where(ResourceYear.year.in_(list(years)))
    names = _unit_names(s)
    newest: dict[tuple, ResourceEntry] = {}
    for r in s.scalars(q):
        route = _ROUTE_VALUES.get(r.route)
        if route is None or r.fte_centi < 0 or (r.site_id and r.group_id):
            continue  # not what this version writes (an exchange from elsewhere): never used
        cost = r.cost_per_fte if r.cost_per_fte is None or r.cost_per_fte >= 0 else None
        unit_id = r.site_id or r.group_id
        entry = ResourceEntry(
            r.id,
            r.year,
            route,
            r.site_id,
            r.group_id,
            names.get(unit_id, "?") if unit_id else WHOLE_JOURNAL,
            Decimal(r.fte_centi) / 100,
            None if cost is None else Decimal(cost),
            r.modified_at,
        )
        key = (r.year, route, r.site_id, r.group_id)
        if key not in newest or newest[key].modified_at < entry.modified_at:
            newest[key] = entry
    return list(newest.values())


def list_resources(s: Session) -> list[ResourceEntry]:
    """What is stored: the whole journal first, then sites and groups by name; years
    ascending; medborgarservice before anvisad."""
    order = list(Route)
    return sorted(
        _entries(s),
        key=lambda e: (
            e.unit_key != (None, None),
            swedish_sort_key(e.unit),
            e.year,
            order.index(e.route),
        ),
    )


def resources_for(
    s: Session, years: Iterable[int], unit: Unit | None
) -> dict[tuple[int, Route], ResourceEntry]:
    """The figures that apply to ``unit`` (None: the whole journal) in these years, by (year,
    route): the unit's own, else those stored for a unit of exactly the same sites (a group of
    every site is the whole journal, and so is the only site of a one-site journal)."""
    entries = _entries(s, years)
    all_sites = frozenset(s.scalars(select(Site.id)))
    members = {g.id: g.site_ids for g in list_groups(s)}

    def sites_of(e: ResourceEntry) -> frozenset[uuid.UUID] | None:
        if e.site_id is not None:
            return frozenset({e.site_id})
        if e.group_id is not None:
            return members.get(e.group_id)
        return all_sites

    if unit is None:
        own: tuple[uuid.UUID | None, uuid.UUID | None] = (None, None)
        wanted = all_sites
    else:
        own = (None, unit.id) if unit.is_group else (unit.id, None)
        wanted = unit.site_ids
    found: dict[tuple[int, Route], ResourceEntry] = {}
    rank: dict[tuple[int, Route], tuple[bool, datetime]] = {}
    for e in entries:
        exact = e.unit_key == own
        if not exact and sites_of(e) != wanted:
            continue
        key = (e.year, e.route)
        better = (exact, e.modified_at)
        if key not in rank or rank[key] < better:
            found[key], rank[key] = e, better
    return found


def set_year(
    s: Session,
    year: int,
    fte: Mapping[Route, Decimal | int | str],
    cost_per_fte: Decimal | int | str | None,
    site_id: uuid.UUID | None = None,
    group_id: uuid.UUID | None = None,
    author_id: uuid.UUID | None = None,
) -> list[ResourceEntry]:
    """Every route's FTEs for one year at one unit, with one cost per FTE, in one unit of work
    (the window's form): all stored, or none."""
    return [
        set_resources(s, year, route, value, cost_per_fte, site_id, group_id, author_id)
        for route, value in fte.items()
    ]


@dataclass(frozen=True)
class UnitChoice:
    """A place figures can be stored for: a site, a group, or the whole journal (both None)."""

    name: str
    site_id: uuid.UUID | None
    group_id: uuid.UUID | None

    @property
    def key(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        return (self.site_id, self.group_id)


@dataclass(frozen=True)
class ResourcesView:
    """What the window's form shows, from one snapshot."""

    entries: list[ResourceEntry]
    units: list[UnitChoice]  # the whole journal, then the sites, then the groups


def resources_view(s: Session) -> ResourcesView:
    from vagledare.journal.sites import list_sites

    units = [UnitChoice(WHOLE_JOURNAL, None, None)]
    units += [UnitChoice(x.name, x.id, None) for x in list_sites(s)]
    units += [UnitChoice(g.name, None, g.id) for g in list_groups(s)]
    return ResourcesView(list_resources(s), units)
