"""Ärendeflöde: new cases by route and by how they found the desk, open cases at the end of
the period, and how many days cases take from start to avslut till egen försörjning (median
and quartiles per route) — everything per site (or site group) and gender, like the avslut
table.
"""

from __future__ import annotations

import statistics
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from vagledare.journal.case_codes import REFERRAL_SOURCES, ROUTE_SHORT, ROUTES, label
from vagledare.journal.models import Gender, Route
from vagledare.journal.site_groups import Unit, resolve_units
from vagledare.journal.terms import Lang, term
from vagledare.reports.avslut import route_phrase
from vagledare.reports.case_data import (
    CaseFact,
    Column,
    column_sums,
    count_row,
    down_sums,
    field_is,
    genders_used,
    load_cases,
    parse_route,
    row_sums,
    shown_width,
    unit_cell,
    unit_gender_columns,
)
from vagledare.reports.common import sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import (
    Cell,
    Derived,
    Mean,
    ReportTable,
    Row,
    RowKind,
    Section,
    Sentence,
    Sum,
)
from vagledare.reports.units import split_unseen, unit_layout


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
    units = resolve_units(s, site_ids)
    layout = unit_layout(units, term("total", lang))
    everywhere = sorted(frozenset().union(*(u.site_ids for u in units)))
    facts = load_cases(s, everywhere, route, started_by=period.end, coach_id=staff_id)
    new = [f for f in facts if period.contains(f.start)]
    still_open = [f for f in facts if f.open_on(period.end)]
    done = [
        f
        for f in facts
        if f.closed_on is not None and period.contains(f.closed_on) and f.self_sufficient
    ]
    columns = unit_gender_columns(layout, genders_used([*new, *still_open, *done]), lang)
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

    parts = (
        ("section_new_by_route", by_route(new)),
        ("section_new_by_source", source_rows),
        ("section_open_at_end", by_route(still_open)),
        ("section_days", _day_rows(routes, columns, done, lang)),
    )
    built = [Section(tuple(rows), key=term(k, lang), title=term(k, lang)) for k, rows in parts]

    # What a reader knows: the columns' sums on every count row; in each section the routes
    # (or sources) add up to its Totalt; new cases by route and by source are the same cases;
    # medians and quartiles rest on their route's number of avslut.
    width = len(columns)  # the unseen ones too: their relations hold as well
    starts = [sum(len(rows) for _, rows in parts[:i]) for i in range(len(parts))]
    new_total = starts[0] + len(parts[0][1]) - 1
    source_total = starts[1] + len(parts[1][1]) - 1
    open_total = starts[2] + len(parts[2][1]) - 1
    day_counts = [starts[3] + 4 * k for k in range(len(routes))]
    count_rows = [*range(starts[3]), *day_counts]
    pairs = column_sums(layout, columns)
    sums: list[Sum] = [x for r in count_rows for x in row_sums(r, pairs)]
    if len(routes) > 1:
        sums += down_sums(new_total, range(starts[0], new_total), width)
        sums += down_sums(open_total, range(starts[2], open_total), width)
    sums += down_sums(source_total, range(starts[1], source_total), width)
    sums += [Sum((new_total, c), ((source_total, c),)) for c in range(width)]
    shown = shown_width(layout, columns)
    derived = tuple(
        Derived((n + k, c), ((n, c),)) for n in day_counts for k in (1, 2, 3) for c in range(shown)
    )
    sections, unseen = split_unseen(built, shown, sums)

    def site_rows(block: int, x: Unit) -> _SiteCells:
        def at(row: int, gender: Gender | None = None) -> Cell:
            return unit_cell(columns, row, block, gender)

        return _SiteCells(
            new=at(new_total),
            new_women=at(new_total, Gender.WOMAN),
            still_open=at(open_total),
            medians=tuple(
                (r, at(n + 1))
                for r, n in zip(routes, day_counts, strict=True)
                if any(f.site_id in x.site_ids and f.route is r for f in done)
            ),
        )

    where = sites_label(units, not site_ids, lang)
    return ReportTable(
        title=f"{term('flow_title', lang)}, {route_phrase(route, lang)}, {where}",
        subtitle=period.label(lang),
        key_header=term("section", lang),
        label_header=term("measure", lang),
        columns=tuple(c.header for c in columns[:shown]),
        sections=sections,
        lang=lang,
        notes=(term("flow_days_note", lang),),
        sums=tuple(sums),
        derived=derived,
        sentences=tuple(
            _sentence(x.name, site_rows(i, x), period, lang) for i, x in enumerate(units)
        ),
        unseen=unseen,
    )


@dataclass(frozen=True)
class _SiteCells:
    """Where a unit's prose figures stand in the table."""

    new: Cell
    new_women: Cell
    still_open: Cell
    medians: tuple[tuple[Route, Cell], ...]  # routes with avslut at the unit's sites


def _sentence(site: str, cells: _SiteCells, period: Period, lang: Lang) -> Sentence:
    from babel.dates import format_date

    end = format_date(period.end, "d MMMM y", locale="sv_SE" if lang == "sv" else "en_GB")
    unit = "dagar" if lang == "sv" else "days"
    medians = ", ".join(
        f"{term(f'route_word_{r.value}', lang)} {{{3 + i}}} {unit}"
        for i, (r, _) in enumerate(cells.medians)
    )
    if lang == "sv":
        text = f"Nya ärenden {site}: {{0}}, varav {{1}} kvinnor; öppna ärenden {end}: {{2}}."
        if medians:
            text += " Mediantid till avslut till egen försörjning: " + medians + "."
    else:
        text = f"New cases {site}: {{0}}, of which {{1}} women; open cases {end}: {{2}}."
        if medians:
            text += " Median time to closure to self-sufficiency: " + medians + "."
    figures = (cells.new,), (cells.new_women,), (cells.still_open,)
    return Sentence(text, (*figures, *((at,) for _, at in cells.medians)))
