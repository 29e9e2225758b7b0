"""Avslut per orsak: closings by reason, site and gender, in the layout of the seed's tables
*Avslut, anvisningar ekonomiskt bistånd* and *Avslut, ärenden genom medborgarservice*.

Rows: the six self-sufficiency reasons, their subtotal, the other nine reasons (and *Övrigt
(okänd orsak)* for history with an unknown reason, when the period holds any), Totalsumma and
the share of closings to self-sufficiency. Columns: Kvinnor / Män / Totalt per site or site
group (Ej angivet only when used), and all their sites together when there are several. The
period selects cases by their current closing date.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from vagledare.journal.case_codes import REASONS, UNKNOWN_REASON
from vagledare.journal.models import ClosureReason, Gender, Route
from vagledare.journal.site_groups import resolve_units
from vagledare.journal.terms import Lang, term
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
    Raw,
    ReportTable,
    Row,
    RowKind,
    Section,
    Sentence,
    Share,
    Sum,
)
from vagledare.reports.units import split_unseen, unit_layout

# Rows: the six self-sufficiency reasons, their subtotal, the nine others, Totalsumma, Andel.
SUBTOTAL_ROW = sum(1 for info in REASONS if info.self_sufficient)
GRAND_ROW = len(REASONS) + 1


def route_phrase(route: Route | None, lang: Lang) -> str:
    if route is None:
        return term("route_all", lang)
    return term(f"route_{route.value}", lang)


def route_word(route: Route | None, lang: Lang) -> str:
    """``medborgarservice``/``anvisade`` for the prose lines; empty for both routes."""
    return "" if route is None else term(f"route_word_{route.value}", lang)


def closed_in(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID],
    route: Route | None,
    coach_id: uuid.UUID | None = None,
) -> list[CaseFact]:
    return load_cases(s, site_ids, route, closed_in=period, coach_id=coach_id)


def avslut_report(
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
    units = resolve_units(s, site_ids)
    layout = unit_layout(units, term("total", lang))
    everywhere = frozenset().union(*(u.site_ids for u in units))
    facts = closed_in(s, period, sorted(everywhere), route, staff_id)
    columns = unit_gender_columns(layout, genders_used(facts), lang)

    def reason_rows(self_sufficient: bool) -> list[Row]:
        return [
            Row(info.label(lang), count_row(columns, facts, field_is("reason", info.reason)))
            for info in REASONS
            if info.self_sufficient is self_sufficient
        ]

    own = count_row(columns, facts, lambda f: f.self_sufficient)
    rows = [
        *reason_rows(True),
        Row(term("self_sufficient_total", lang), own, RowKind.SUBTOTAL),
        *reason_rows(False),
    ]
    # History with an unknown reason (the seed's Övrigt): a row of its own, only when the
    # period holds any, so that tables without it keep their layout.
    if any(f.reason is ClosureReason.UNKNOWN for f in facts):
        unknown = count_row(columns, facts, field_is("reason", ClosureReason.UNKNOWN))
        rows.append(Row(UNKNOWN_REASON.label(lang), unknown))
    total = count_row(columns, facts, lambda f: True)
    rows.append(Row(term("grand_total", lang), total, RowKind.TOTAL))
    shares = tuple(Share(n, d) for n, d in zip(own, total, strict=True))
    rows.append(Row(term("self_sufficient_share", lang), shares, RowKind.SUBTOTAL))

    # What a reader knows: the columns' sums on every count row, the six reasons to the
    # subtotal and all fifteen to Totalsumma, and the share from subtotal and Totalsumma.
    width = shown_width(layout, columns)
    subtotal, grand = SUBTOTAL_ROW, len(rows) - 2
    share = grand + 1
    reasons = [r for r in range(grand) if r != subtotal]
    pairs = column_sums(layout, columns)
    sums: list[Sum] = [x for r in range(grand + 1) for x in row_sums(r, pairs)]
    sums += down_sums(subtotal, range(subtotal), len(columns))
    sums += down_sums(grand, reasons, len(columns))
    derived = tuple(Derived((share, c), ((subtotal, c), (grand, c))) for c in range(width))
    sections, unseen = split_unseen((Section(tuple(rows)),), width, sums)

    where = sites_label(units, not site_ids, lang)
    return ReportTable(
        title=f"{term('avslut_title', lang)}, {route_phrase(route, lang)}, {where}",
        subtitle=period.label(lang),
        label_header=term("reason", lang),
        columns=tuple(c.header for c in columns[:width]),
        sections=sections,
        lang=lang,
        notes=(term("avslut_by_closing_date", lang), term("job_durations", lang)),
        blank_zeros=True,
        sums=tuple(sums),
        derived=derived,
        sentences=tuple(
            line
            for i, u in enumerate(units)
            for line in site_sentences(
                u.name,
                [f for f in facts if f.site_id in u.site_ids],
                functools.partial(_cell_of, columns, i),
                route,
                lang,
                grand,
            )
        ),
        unseen=unseen,
    )


def _cell_of(columns: Sequence[Column], block: int, row: int, gender: Gender | None) -> Cell:
    return unit_cell(columns, row, block, gender)


def site_sentences(
    site: str,
    facts: Sequence[CaseFact],
    at: Callable[[int, Gender | None], Cell],
    route: Route | None,
    lang: Lang,
    grand: int = GRAND_ROW,
) -> list[Sentence]:
    """E.g. "Totalt avslut medborgarservice Årby: 80, varav 47 kvinnor; till egen
    försörjning 56 (70 %)." — read from the table's cells — plus the flagged closings when
    there are any (counts the table does not show, so a protected table leaves them out)."""
    subtotal = SUBTOTAL_ROW
    figures = (
        (at(grand, None),),
        (at(grand, Gender.WOMAN),),
        (at(subtotal, None),),
        (at(grand + 1, None),),
    )
    word = route_word(route, lang)
    if lang == "sv":
        head = " ".join(x for x in ("Totalt avslut", word, site) if x)
        template = f"{head}: {{0}}, varav {{1}} kvinnor; till egen försörjning {{2}} ({{3}})."
    else:
        head = "Total closures" + (f", {word}," if word else "") + f" {site}"
        template = f"{head}: {{0}}, of which {{1}} women; to self-sufficiency {{2}} ({{3}})."
    lines = [Sentence(template, figures)]
    for flag, sv, en in (
        ("summer_job", "Ferie-/sommarjobb", "Holiday/summer jobs"),
        ("municipal_studies", "Studier i kommunens regi", "Studies run by the municipality"),
    ):
        flagged = [f for f in facts if getattr(f, flag)]
        if flagged:
            w = sum(1 for f in flagged if f.gender is Gender.WOMAN)
            m = sum(1 for f in flagged if f.gender is Gender.MAN)
            template = (
                f"{sv}: {{0}} kvinnor och {{1}} män."
                if lang == "sv"
                else (f"{en}: {{0}} women and {{1}} men.")
            )
            lines.append(Sentence(template, (Raw(w), Raw(m)), same_line=True))
    return lines
