"""Resursindikatorer: avslut till egen försörjning per årsarbetare (FTE) and per FTE-year, and
the personnel cost per avslut, per route and for both routes together (seed T4).

The FTEs per route and the annual personnel cost per FTE come from what a team lead stored per
year (``journal.resources``) for the unit the table is about — the chosen site or group, or
the whole journal — unless typed for the report, which then holds for every year. Each
calendar year of the period counts with its own figures; a year's part of the period is its
whole months as twelfths (``period_years``). Combined columns are computed from pooled counts
— all closings over all FTE-years, all cost over all closings — never by adding or averaging
the per-route ratios as the seed's own table does (domain.md I-5, I-6).

When every route has one figure over the whole period (always so when typed), the table keeps
its one-figure rows (FTE, length of the period, per FTE and per FTE and year). When the figures
differ between years, it shows the FTE-years and the ratios built on them instead.
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Gender, Route
from vagledare.journal.resources import ROUTE_WORDS, ResourceEntry, resources_for
from vagledare.journal.site_groups import Unit, resolve_units
from vagledare.journal.sites import SiteInfo
from vagledare.journal.terms import Lang, term
from vagledare.reports.avslut import closed_in, route_phrase
from vagledare.reports.case_data import CaseFact, parse_route
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import (
    Derived,
    Figure,
    Mean,
    Money,
    Raw,
    ReportTable,
    Row,
    RowKind,
    Section,
    Sentence,
    Sum,
    Value,
)


def _whole_months(start: date, end: date) -> bool:
    return start.day == 1 and end.day == calendar.monthrange(end.year, end.month)[1]


def period_years(period: Period) -> Decimal:
    """Whole months count as twelfths of a year; other periods as days / 365.25."""
    if _whole_months(period.start, period.end):
        months = (
            (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
        )
        return Decimal(months) / 12
    return Decimal((period.end - period.start).days + 1) / Decimal("365.25")


def year_shares(period: Period) -> list[tuple[int, Decimal]]:
    """Each calendar year of the period with its part of the period in years, counted as
    ``period_years`` counts the whole (so the parts add up to it)."""
    whole = _whole_months(period.start, period.end)
    shares = []
    for year in range(period.start.year, period.end.year + 1):
        start, end = max(period.start, date(year, 1, 1)), min(period.end, date(year, 12, 31))
        if whole:
            shares.append((year, Decimal(end.month - start.month + 1) / 12))
        else:
            shares.append((year, Decimal((end - start).days + 1) / Decimal("365.25")))
    return shares


class MissingResources(ValidationError):
    """The table needs a figure nobody entered: FTEs (``what`` is ``fte``) or the cost per FTE
    (``cost``) for ``route`` in ``years`` at ``unit`` (None: the whole journal); ``site`` is
    what the command line's ``--site`` would name."""

    def __init__(
        self,
        what: str,
        route: Route,
        years: Sequence[int],
        unit: str | None,
        site: str | None = None,
    ) -> None:
        self.what, self.route, self.years, self.unit = what, route, tuple(years), unit
        word = ROUTE_WORDS[route]
        where = f"för {unit}" if unit else "för hela journalen"
        site = f" --site {site}" if site else ""
        store = (
            f"eller spara dem per år: vagledare resources set --year ÅR --route {word} "
            f"--fte TAL --cost-per-fte KR{site}"
        )
        if what == "fte":
            text = f"Ange antal årsarbetare med --fte-{word} ({store}); de saknas {where}"
        else:
            text = (
                f"Ange personalkostnad per årsarbetare med --cost-per-fte ({store}); den saknas "
                f"för {word} {where}"
            )
        super().__init__(f"{text} {_years_text(self.years)}.")


def _years_text(years: Sequence[int]) -> str:
    return ", ".join(str(y) for y in years)


def _plain(value: Decimal) -> Mean:
    """A figure like 3,5 or 2 with as many decimals as it needs (at most two)."""
    exponent = value.normalize().as_tuple().exponent
    places = min(2, max(0, -exponent)) if isinstance(exponent, int) else 2
    return Mean(value, places=places)


@dataclass(frozen=True)
class _Year:
    share: Decimal  # the year's part of the period, in years
    fte: Decimal | None  # None: not entered
    cost_per_fte: Decimal | None


@dataclass(frozen=True)
class _Part:
    """One route at one unit: its figures year by year and its closings to self-sufficiency
    (those of years the route is not counted left out)."""

    route: Route
    years: tuple[_Year, ...]
    facts: tuple[CaseFact, ...]

    @property
    def one_fte(self) -> Decimal | None:
        """The one-figure layout's FTE (the same every year)."""
        return self.years[0].fte


@dataclass(frozen=True)
class _Column:
    header: str
    parts: tuple[_Part, ...]

    @property
    def facts(self) -> list[CaseFact]:
        return [f for p in self.parts for f in p.facts]


def _ratio(n: Decimal | int, d: Decimal | None) -> Decimal | None:
    return None if not d else Decimal(n) / d


def _counts(col: _Column) -> list[Value]:
    facts = col.facts
    return [
        len(facts),
        sum(1 for f in facts if f.gender is Gender.WOMAN),
        sum(1 for f in facts if f.gender is Gender.MAN),
        sum(1 for f in facts if f.gender is Gender.UNSTATED),
    ]


ONE_FIGURE_ROWS = (
    ("res_fte", RowKind.DATA),
    ("res_years", RowKind.DATA),
    ("res_per_fte", RowKind.SUBTOTAL),
    ("res_per_fte_year", RowKind.SUBTOTAL),
    ("res_cost_per_fte", RowKind.DATA),
    ("res_cost", RowKind.DATA),
    ("res_cost_per_closure", RowKind.TOTAL),
)
YEARLY_ROWS = (
    ("res_fte_mean", RowKind.DATA),
    ("res_counted_years", RowKind.DATA),
    ("res_fte_years", RowKind.DATA),
    ("res_per_fte_years", RowKind.SUBTOTAL),
    ("res_cost_per_fte_mean", RowKind.DATA),
    ("res_cost", RowKind.DATA),
    ("res_cost_per_closure", RowKind.TOTAL),
)
# The rows resting on the number of avslut (hidden with it by small-count protection).
DERIVED_ROWS = ("res_per_fte", "res_per_fte_year", "res_per_fte_years", "res_cost_per_closure")


def _one_figure_values(col: _Column, years: Decimal, cost_per_fte: Decimal | None) -> list[Value]:
    """FTE × length of the period: every route has one FTE and one cost for the period."""
    n = len(col.facts)
    ftes = [p.one_fte for p in col.parts]
    fte = None if None in ftes else sum((x for x in ftes if x is not None), Decimal(0))
    fte_years = fte * years if fte else None
    cost = cost_per_fte * fte_years if cost_per_fte is not None and fte_years else None
    return [
        *_counts(col),
        _plain(fte) if fte is not None else None,
        _plain(years),
        Mean(_ratio(n, fte), places=0),
        Mean(_ratio(n, fte_years), places=0),
        Money(cost_per_fte),
        Money(cost),
        Money(cost / n if cost is not None and n else None),
    ]


def _yearly_values(col: _Column) -> list[Value]:
    """Σ over the years of FTE × the year's part of the period, and the cost likewise."""
    n = len(col.facts)
    fte_years: Decimal | None = Decimal(0)
    cost: Decimal | None = Decimal(0)
    for y in (y for p in col.parts for y in p.years):
        if y.fte is None or fte_years is None:
            fte_years = cost = None
        elif y.fte:
            fte_years += y.share * y.fte
            if y.cost_per_fte is None or cost is None:
                cost = None
            else:
                cost += y.share * y.fte * y.cost_per_fte
    # The time counted: the years in which some route of the column is counted (FTE not 0).
    counted = sum(
        (
            yrs[0].share
            for yrs in zip(*(p.years for p in col.parts), strict=True)
            if any(y.fte != 0 for y in yrs)
        ),
        Decimal(0),
    )
    return [
        *_counts(col),
        _plain(fte_years / counted) if fte_years is not None and counted else None,
        _plain(counted),
        _plain(fte_years) if fte_years is not None else None,
        Mean(_ratio(n, fte_years), places=1),
        Money(cost / fte_years if cost is not None and fte_years else None),
        Money(cost if fte_years else None),
        Money(cost / n if cost is not None and fte_years and n else None),
    ]


CHOICE = uuid.UUID(int=0)  # several units pooled: no unit of their own


def _choice(units: Sequence[Unit], sites: Sequence[SiteInfo]) -> Unit | None:
    """Whose stored figures a pooled table uses: the one unit chosen; for several, a unit of
    their sites together (only figures stored for exactly those sites apply)."""
    if not units:
        return None
    if len(units) == 1:
        return units[0]
    ids = frozenset(x.id for x in sites)
    return Unit(CHOICE, _label([u.name for u in units], "sv"), ids, False)


def _refuse_overlaps(units: Sequence[Unit]) -> None:
    seen: dict[uuid.UUID, str] = {}
    for u in units:
        if not u.site_ids:
            raise ValidationError(f"Gruppen {u.name} har inga mötesplatser.")
        for site_id in u.site_ids:
            if site_id in seen:
                raise ValidationError(
                    f"{seen[site_id]} och {u.name} har en mötesplats gemensam: välj var "
                    "mötesplats en gång, så att ingen räknas två gånger."
                )
            seen[site_id] = u.name


def _label(names: Sequence[str], lang: Lang) -> str:
    if len(names) <= 1:
        return "".join(names)
    joiner = " och " if lang == "sv" else " and "
    return ", ".join(names[:-1]) + joiner + names[-1]


class _Figures:
    """One unit's figures year by year: typed ones for every year, else the stored ones; what
    is missing, and the years a route is not counted (stored 0 FTE)."""

    def __init__(
        self,
        shares: Sequence[tuple[int, Decimal]],
        typed: Mapping[Route, Decimal],
        cost_per_fte: Decimal | None,
        stored: Mapping[tuple[int, Route], ResourceEntry],
        unit: Unit | None,
    ) -> None:
        self.shares, self.typed, self.cost, self.stored = shares, typed, cost_per_fte, stored
        self.unit = unit.name if unit else None
        self.site_ids = unit.site_ids if unit else None
        # What the command line's --site would name: the unit, or any name for a choice of
        # several (figures apply only if stored for a unit of exactly those sites).
        self.site = None if unit is None else unit.name if unit.id != CHOICE else "NAMN"
        self.missing: list[MissingResources] = []
        self.not_counted: list[tuple[Route, list[int]]] = []

    def part(self, r: Route, facts: Sequence[CaseFact]) -> _Part:
        years, gaps, cost_gaps, skipped = [], [], [], []
        for y, share in self.shares:
            entry = self.stored.get((y, r))
            fte: Decimal | None
            if r in self.typed:
                fte = self.typed[r] or None  # typed 0: not entered
            elif entry is None:
                fte = None
                gaps.append(y)
            else:
                fte = entry.fte
                if fte == 0:
                    skipped.append(y)
            if self.cost is not None:
                cost = self.cost or None
            else:
                cost = entry.cost_per_fte if entry else None
                if cost is None and fte != 0 and y not in gaps:
                    cost_gaps.append(y)
            years.append(_Year(share, fte, cost))
        if gaps:
            self.missing.append(MissingResources("fte", r, gaps, self.unit, self.site))
        if cost_gaps:
            self.missing.append(MissingResources("cost", r, cost_gaps, self.unit, self.site))
        if skipped:
            self.not_counted.append((r, skipped))
        return _Part(r, tuple(years), tuple(f for f in facts if self._counts(f, r, skipped)))

    def _counts(self, f: CaseFact, r: Route, skipped: Sequence[int]) -> bool:
        if f.route is not r or (self.site_ids is not None and f.site_id not in self.site_ids):
            return False
        return f.closed_on is None or f.closed_on.year not in skipped


def resources_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    route: Route | str | None = None,
    fte: Mapping[Route, Decimal | None] | None = None,
    cost_per_fte: Decimal | None = None,
    require_fte: bool = False,
) -> ReportTable:
    """``site_ids`` may hold site and group ids (None: the whole journal). ``fte`` and
    ``cost_per_fte`` typed for the report hold for every year (0: not entered); a route
    without a typed FTE takes the stored figures. ``require_fte``: refuse with
    ``MissingResources`` rather than show – where a figure is missing."""
    route = parse_route(route)
    routes = [route] if route else list(Route)
    typed = {r: v for r, v in (fte or {}).items() if v is not None and r in routes}
    for r, value in typed.items():
        if value < 0:
            raise ValidationError(f"Antal årsarbetare ({r.value}) kan inte vara negativt.")
    if cost_per_fte is not None and cost_per_fte < 0:
        raise ValidationError("Personalkostnaden kan inte vara negativ.")
    units = resolve_units(s, site_ids) if site_ids else []
    chosen = sorted({i for u in units for i in u.site_ids}) if units else None
    if units and not chosen:
        raise ValidationError(f"Gruppen {units[0].name} har inga mötesplatser.")
    sites = resolve_sites(s, chosen)
    # One block per unit only from stored figures: typed FTEs are for the whole choice.
    per_unit = len(units) > 1 and not typed
    if per_unit:
        _refuse_overlaps(units)
    shares = year_shares(period)
    all_facts = [f for f in closed_in(s, period, [x.id for x in sites], route) if f.self_sufficient]

    typed_all = all(r in typed for r in routes) and cost_per_fte is not None
    blocks: list[tuple[str | None, list[_Part]]] = []
    missing: list[MissingResources] = []
    notes_not_counted: list[str] = []
    for unit in units if per_unit else [_choice(units, sites)]:
        stored = {} if typed_all else resources_for(s, [y for y, _ in shares], unit)
        name = unit.name if per_unit and unit else None
        figures = _Figures(shares, typed, cost_per_fte, stored, unit)
        parts = [figures.part(r, all_facts) for r in routes]
        missing += figures.missing
        for r, skipped in figures.not_counted:
            notes_not_counted.append(_not_counted(unit.name if unit else None, r, skipped, lang))
        blocks.append((name, parts))
    if require_fte and missing:
        raise next((m for m in missing if m.what == "fte"), missing[0])

    total = term("total", lang)
    columns: list[_Column] = []
    block_cols: list[tuple[list[int], int | None]] = []  # (route columns, block total)

    def add(header: str, parts: Sequence[_Part]) -> int:
        columns.append(_Column(header, tuple(parts)))
        return len(columns) - 1

    def route_header(prefix: str | None, r: Route) -> str:
        word = term(f"res_col_{r.value}", lang)
        return word if prefix is None else f"{prefix} {word}"

    for name, parts in blocks:
        cols = [add(route_header(name, p.route), [p]) for p in parts]
        own_total = f"{name} {total}" if name else total
        block_cols.append((cols, add(own_total, parts) if len(routes) > 1 else None))
    if per_unit:
        every = [p for _, parts in blocks for p in parts]
        cols = [add(route_header(total, r), [p for p in every if p.route is r]) for r in routes]
        block_cols.append((cols, add(total, every) if len(routes) > 1 else None))

    one_figure = all(len({y.fte for y in p.years}) == 1 for c in columns for p in c.parts)
    costs = {y.cost_per_fte for c in columns for p in c.parts for y in p.years if y.fte != 0}
    one_figure = one_figure and len(costs) <= 1
    if one_figure:
        cost = next(iter(costs), None) if cost_per_fte is None else cost_per_fte or None
        years = period_years(period)
        values = [_one_figure_values(c, years, cost) for c in columns]
        layout = ONE_FIGURE_ROWS
    else:
        values = [_yearly_values(c) for c in columns]
        layout = YEARLY_ROWS

    keys = [
        ("res_closures", RowKind.TOTAL),
        ("res_of_which_women", RowKind.DATA),
        ("res_of_which_men", RowKind.DATA),
        ("res_of_which_unstated", RowKind.DATA),
        *layout,
    ]
    rows: list[Row] = []
    at: dict[str, int] = {}
    for i, (key, kind) in enumerate(keys):
        cells = tuple(v[i] for v in values)
        if key == "res_of_which_unstated" and not any(cells):
            continue
        at[key] = len(rows)
        rows.append(Row(term(key, lang), cells, kind, people=key in _COUNT_ROWS))

    # What a reader knows: avslut = kvinnor + män (+ ej angivet) per column, the routes add up
    # to their block's Totalt, the units to the Totalt block, and the ratios and the cost per
    # avslut rest on the number of avslut.
    n, width = at["res_closures"], len(columns)
    counts = (n, *(at[k] for k in _COUNT_ROWS[1:] if k in at))
    sums = [Sum((n, c), tuple((g, c) for g in counts[1:])) for c in range(width)]
    for cols, block_total in block_cols:
        if block_total is not None:
            sums += [Sum((r, block_total), tuple((r, c) for c in cols)) for r in counts]
    if per_unit:
        *unit_blocks, (total_cols, grand) = block_cols
        for k, col in enumerate(total_cols):
            sums += [Sum((r, col), tuple((r, b[0][k]) for b in unit_blocks)) for r in counts]
        if grand is not None:
            sums += [
                Sum((r, grand), tuple((r, b[1]) for b in unit_blocks if b[1] is not None))
                for r in counts
            ]
    derived = tuple(
        Derived((at[k], c), ((n, c),)) for k in DERIVED_ROWS if k in at for c in range(width)
    )

    notes = [term("res_cost_note", lang), term("res_pooled_note", lang)]
    if not typed_all:
        notes.append(term("res_stored_note" if one_figure else "res_yearly_note", lang))
    notes += notes_not_counted
    notes += [_missing_note(m, lang) for m in missing]

    if units and (len(units) > 1 or units[0].is_group):
        where = _label([u.name for u in units], lang)
    else:
        where = sites_label(sites, not site_ids, lang)
    kept = [f for _, parts in blocks for p in parts for f in p.facts]
    return ReportTable(
        title=f"{term('resources_title', lang)}, {route_phrase(route, lang)}, {where}",
        subtitle=period.label(lang),
        label_header=term("measure", lang),
        columns=tuple(c.header for c in columns),
        sections=(Section(tuple(rows)),),
        lang=lang,
        notes=tuple(notes),
        sums=tuple(sums),
        derived=derived,
        sentences=tuple(
            _sentence(
                x.name,
                # One site: its figures are the table's last column; several: counts the
                # table does not show (left out of a protected table).
                ((n, width - 1),)
                if len(sites) == 1
                else Raw(sum(1 for f in kept if f.site_id == x.id)),
                ((at["res_of_which_women"], width - 1),)
                if len(sites) == 1
                else Raw(sum(1 for f in kept if f.site_id == x.id and f.gender is Gender.WOMAN)),
                lang,
            )
            for x in sites
        ),
    )


_COUNT_ROWS = ("res_closures", "res_of_which_women", "res_of_which_men", "res_of_which_unstated")


def _route_word(r: Route, lang: Lang) -> str:
    return term(f"route_word_{r.value}", lang)


def _not_counted(who: str | None, r: Route, years: Sequence[int], lang: Lang) -> str:
    word = _route_word(r, lang)
    text = term("res_not_counted_note", lang).format(
        route=word if who else word.capitalize(), years=_years_text(years)
    )
    return f"{who}: {text}" if who else text


def _missing_note(m: MissingResources, lang: Lang) -> str:
    key = "res_missing_fte_note" if m.what == "fte" else "res_missing_cost_note"
    where = m.unit or term("res_whole_journal", lang)
    return term(key, lang).format(
        route=_route_word(m.route, lang), years=_years_text(m.years), where=where
    )


def _sentence(site: str, n: Figure, women: Figure, lang: Lang) -> Sentence:
    if lang == "sv":
        return Sentence(
            f"Avslut till egen försörjning {site}: {{0}}, varav {{1}} kvinnor.", (n, women)
        )
    return Sentence(
        f"Closures to self-sufficiency {site}: {{0}}, of which {{1}} women.", (n, women)
    )
