"""Ärendeflöde: new cases by route and by how they found the desk, open cases at the end of
the period, and how many days cases take from start to avslut till egen försörjning (median
and quartiles per route) — everything per site and gender, like the avslut table.
"""

from __future__ import annotations

import statistics
import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy.orm import Session

from vagledare.journal.case_codes import REFERRAL_SOURCES, ROUTE_SHORT, ROUTES, label
from vagledare.journal.models import Gender, Route
from vagledare.reports.avslut import route_phrase
from vagledare.reports.case_data import (
    CaseFact,
    Column,
    count_row,
    field_is,
    genders_used,
    load_cases,
    parse_route,
    site_gender_columns,
)
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.fmt import format_value
from vagledare.reports.periods import Period
from vagledare.reports.table import Mean, ReportTable, Row, RowKind, Section
from vagledare.terms import Lang, term


def quartiles(days: Sequence[int]) -> tuple[float, float, float] | None:
    """(lower quartile, median, upper quartile) as Excel's QUARTILE.INC; None when empty."""
    if not days:
        return None
    if len(days) == 1:
        return (days[0], days[0], days[0])
    q1, q2, q3 = statistics.quantiles(days, n=4, method="inclusive")
    return (q1, q2, q3)


def _days(value: float | None) -> Mean:
    return Mean(None if value is None else Decimal(str(value)), places=0)


def _day_rows(
    routes: Sequence[Route], columns: Sequence[Column], done: Sequence[CaseFact], lang: Lang
) -> list[Row]:
    rows: list[Row] = []
    for route in routes:
        name = label(ROUTE_SHORT, route, lang)
        per_col = [
            sorted(f.days_to_close or 0 for f in done if f.route is route and c.takes(f))
            for c in columns
        ]
        stats = [quartiles(d) for d in per_col]
        rows.append(Row(f"{name}, {term('closures_count', lang)}", tuple(len(d) for d in per_col)))
        for i, key in ((1, "median"), (0, "lower_quartile"), (2, "upper_quartile")):
            values = tuple(_days(q[i] if q else None) for q in stats)
            rows.append(Row(f"{name}, {term(key, lang)}", values))
    return rows


def flow_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    route: Route | str | None = None,
    staff_id: uuid.UUID | None = None,
) -> ReportTable:
    """``staff_id`` limits the table to that coach's own cases."""
    route = parse_route(route)
    routes = [route] if route else list(Route)
    sites = resolve_sites(s, site_ids)
    facts = load_cases(s, [x.id for x in sites], route, started_by=period.end, coach_id=staff_id)
    new = [f for f in facts if period.contains(f.start)]
    still_open = [f for f in facts if f.open_on(period.end)]
    done = [
        f
        for f in facts
        if f.closed_on is not None and period.contains(f.closed_on) and f.self_sufficient
    ]
    columns = site_gender_columns(sites, genders_used([*new, *still_open, *done]), lang)
    total = term("total", lang)

    def by_route(group: Sequence[CaseFact]) -> list[Row]:
        rows = [
            Row(label(ROUTES, r, lang), count_row(columns, group, field_is("route", r)))
            for r in routes
        ]
        if len(routes) > 1:
            rows.append(Row(total, count_row(columns, group, lambda f: True), RowKind.TOTAL))
        return rows

    source_rows = [
        Row(
            label(REFERRAL_SOURCES, src, lang),
            count_row(columns, new, field_is("referral_source", src)),
        )
        for src in REFERRAL_SOURCES
    ]
    unknown = count_row(columns, new, lambda f: f.referral_source is None)
    if any(unknown):
        source_rows.append(Row(term("not_stated", lang), unknown))
    source_rows.append(Row(total, count_row(columns, new, lambda f: True), RowKind.TOTAL))

    sections = []
    for key, rows in (
        ("section_new_by_route", by_route(new)),
        ("section_new_by_source", source_rows),
        ("section_open_at_end", by_route(still_open)),
        ("section_days", _day_rows(routes, columns, done, lang)),
    ):
        sections.append(Section(tuple(rows), key=term(key, lang), title=term(key, lang)))

    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{term('flow_title', lang)}, {route_phrase(route, lang)}, {where}",
        subtitle=period.label(lang),
        key_header=term("section", lang),
        label_header=term("measure", lang),
        columns=tuple(c.header for c in columns),
        sections=tuple(sections),
        lang=lang,
        notes=(term("flow_days_note", lang),),
        summary=tuple(
            _summary(x.name, x.id, new, still_open, done, routes, period, lang) for x in sites
        ),
    )


def _summary(
    site: str,
    site_id: uuid.UUID,
    new: Sequence[CaseFact],
    still_open: Sequence[CaseFact],
    done: Sequence[CaseFact],
    routes: Sequence[Route],
    period: Period,
    lang: Lang,
) -> str:
    from babel.dates import format_date

    mine = [f for f in new if f.site_id == site_id]
    women = sum(1 for f in mine if f.gender is Gender.WOMAN)
    n_open = sum(1 for f in still_open if f.site_id == site_id)
    end = format_date(period.end, "d MMMM y", locale="sv_SE" if lang == "sv" else "en_GB")
    medians = []
    for r in routes:
        q = quartiles(
            sorted(f.days_to_close or 0 for f in done if f.site_id == site_id and f.route is r)
        )
        if q is not None:
            days = format_value(_days(q[1]), lang)
            unit = "dagar" if lang == "sv" else "days"
            medians.append(f"{term(f'route_word_{r.value}', lang)} {days} {unit}")
    if lang == "sv":
        text = (
            f"Nya ärenden {site}: {len(mine)}, varav {women} kvinnor; "
            f"öppna ärenden {end}: {n_open}."
        )
        if medians:
            text += " Mediantid till avslut till egen försörjning: " + ", ".join(medians) + "."
    else:
        text = f"New cases {site}: {len(mine)}, of which {women} women; open cases {end}: {n_open}."
        if medians:
            text += " Median time to closure to self-sufficiency: " + ", ".join(medians) + "."
    return text
