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
from vagledare.reports.avslut import closed_in, route_phrase
from vagledare.reports.case_data import CaseFact, parse_route
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.fmt import format_value
from vagledare.reports.periods import Period
from vagledare.reports.table import Mean, Money, ReportTable, Row, RowKind, Section, Value
from vagledare.terms import Lang, term


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
    rows = []
    for i, (key, kind) in enumerate(keys):
        cells = tuple(v[i] for v in values)
        if key == "res_of_which_unstated" and not any(cells):
            continue
        rows.append(Row(term(key, lang), cells, kind))

    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{term('resources_title', lang)}, {route_phrase(route, lang)}, {where}",
        subtitle=period.label(lang),
        label_header=term("measure", lang),
        columns=tuple(c.header for c in columns),
        sections=(Section(tuple(rows)),),
        lang=lang,
        notes=(term("res_cost_note", lang), term("res_pooled_note", lang)),
        summary=tuple(
            _summary(x.name, [f for f in facts if f.site_id == x.id], lang) for x in sites
        ),
    )


def _summary(site: str, facts: Sequence[CaseFact], lang: Lang) -> str:
    n = format_value(len(facts), lang)
    women = format_value(sum(1 for f in facts if f.gender is Gender.WOMAN), lang)
    if lang == "sv":
        return f"Avslut till egen försörjning {site}: {n}, varav {women} kvinnor."
    return f"Closures to self-sufficiency {site}: {n}, of which {women} women."
