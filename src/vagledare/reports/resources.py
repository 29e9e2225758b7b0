"""Resursindikatorer: avslut till egen försörjning per årsarbetare (FTE) and per FTE-year, and
the personnel cost per avslut, per route and for both routes together (seed T4).

The team lead enters the FTEs per route and the annual personnel cost per FTE. The combined
column is computed from pooled counts — all closings over all FTEs, all cost over all
closings — never by adding or averaging the per-route ratios as the seed's own table does
(domain.md I-5, I-6).
"""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Gender, Route
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


def period_years(period: Period) -> Decimal:
    """Whole months count as twelfths of a year; other periods as days / 365.25."""
    last = calendar.monthrange(period.end.year, period.end.month)[1]
    if period.start.day == 1 and period.end.day == last:
        months = (
            (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
        )
        return Decimal(months) / 12
    return Decimal((period.end - period.start).days + 1) / Decimal("365.25")


def _plain(value: Decimal) -> Mean:
    """A figure like 3,5 or 2 with as many decimals as it needs (at most two)."""
    exponent = value.normalize().as_tuple().exponent
    places = min(2, max(0, -exponent)) if isinstance(exponent, int) else 2
    return Mean(value, places=places)


@dataclass(frozen=True)
class _Column:
    header: str
    facts: list[CaseFact]
    fte: Decimal | None


def _ratio(n: Decimal | int, d: Decimal | None) -> Decimal | None:
    return None if not d else Decimal(n) / d


def _column_values(col: _Column, years: Decimal, cost_per_fte: Decimal | None) -> list[Value]:
    n = len(col.facts)
    fte_years = col.fte * years if col.fte else None
    cost = cost_per_fte * fte_years if cost_per_fte is not None and fte_years else None
    values: list[Value] = [
        n,
        sum(1 for f in col.facts if f.gender is Gender.WOMAN),
        sum(1 for f in col.facts if f.gender is Gender.MAN),
        sum(1 for f in col.facts if f.gender is Gender.UNSTATED),
        _plain(col.fte) if col.fte is not None else None,
        _plain(years),
        Mean(_ratio(n, col.fte), places=0),
        Mean(_ratio(n, fte_years), places=0),
        Money(cost_per_fte),
        Money(cost),
        Money(cost / n if cost is not None and n else None),
    ]
    return values


def resources_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    route: Route | str | None = None,
    fte: Mapping[Route, Decimal | None] | None = None,
    cost_per_fte: Decimal | None = None,
) -> ReportTable:
    route = parse_route(route)
    routes = [route] if route else list(Route)
    fte = dict(fte or {})
    for r, value in fte.items():
        if value is not None and value < 0:
            raise ValidationError(f"Antal årsarbetare ({r.value}) kan inte vara negativt.")
    if cost_per_fte is not None and cost_per_fte < 0:
        raise ValidationError("Personalkostnaden kan inte vara negativ.")
    sites = resolve_sites(s, site_ids)
    facts = [f for f in closed_in(s, period, [x.id for x in sites], route) if f.self_sufficient]
    years = period_years(period)

    columns = [
        _Column(term(f"res_col_{r.value}", lang), [f for f in facts if f.route is r], fte.get(r))
        for r in routes
    ]
    if len(routes) > 1:
        given = [c.fte for c in columns]
        known = [x for x in given if x is not None]
        pooled = sum(known, Decimal(0)) if len(known) == len(given) else None
        columns.append(_Column(term("total", lang), facts, pooled))
    values = [_column_values(c, years, cost_per_fte) for c in columns]

    keys = [
        ("res_closures", RowKind.TOTAL),
        ("res_of_which_women", RowKind.DATA),
        ("res_of_which_men", RowKind.DATA),
        ("res_of_which_unstated", RowKind.DATA),
        ("res_fte", RowKind.DATA),
        ("res_years", RowKind.DATA),
        ("res_per_fte", RowKind.SUBTOTAL),
        ("res_per_fte_year", RowKind.SUBTOTAL),
        ("res_cost_per_fte", RowKind.DATA),
        ("res_cost", RowKind.DATA),
        ("res_cost_per_closure", RowKind.TOTAL),
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
    # to Totalt, and the ratios and the cost per avslut rest on the number of avslut.
    n, width = at["res_closures"], len(columns)
    genders = [at[k] for k in _COUNT_ROWS[1:] if k in at]
    sums = [Sum((n, c), tuple((g, c) for g in genders)) for c in range(width)]
    if len(routes) > 1:
        sums += [
            Sum((r, width - 1), tuple((r, c) for c in range(width - 1))) for r in (n, *genders)
        ]
    derived = tuple(
        Derived((at[k], c), ((n, c),))
        for k in ("res_per_fte", "res_per_fte_year", "res_cost_per_closure")
        for c in range(width)
    )

    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{term('resources_title', lang)}, {route_phrase(route, lang)}, {where}",
        subtitle=period.label(lang),
        label_header=term("measure", lang),
        columns=tuple(c.header for c in columns),
        sections=(Section(tuple(rows)),),
        lang=lang,
        notes=(term("res_cost_note", lang), term("res_pooled_note", lang)),
        sums=tuple(sums),
        derived=derived,
        sentences=tuple(
            _sentence(
                x.name,
                # One site: its figures are the table's last column; several: counts the
                # table does not show (left out of a protected table).
                ((n, width - 1),)
                if len(sites) == 1
                else Raw(sum(1 for f in facts if f.site_id == x.id)),
                ((at["res_of_which_women"], width - 1),)
                if len(sites) == 1
                else Raw(sum(1 for f in facts if f.site_id == x.id and f.gender is Gender.WOMAN)),
                lang,
            )
            for x in sites
        ),
    )


_COUNT_ROWS = ("res_closures", "res_of_which_women", "res_of_which_men", "res_of_which_unstated")


def _sentence(site: str, n: Figure, women: Figure, lang: Lang) -> Sentence:
    if lang == "sv":
        return Sentence(
            f"Avslut till egen försörjning {site}: {{0}}, varav {{1}} kvinnor.", (n, women)
        )
    return Sentence(
        f"Closures to self-sufficiency {site}: {{0}}, of which {{1}} women.", (n, women)
    )
