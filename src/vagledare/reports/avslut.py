"""Avslut per orsak: closings by reason, site and gender, in the layout of the seed's tables
*Avslut, anvisningar ekonomiskt bistånd* and *Avslut, ärenden genom medborgarservice*.

Rows: the six self-sufficiency reasons, their subtotal, the other nine reasons, Totalsumma and
the share of closings to self-sufficiency. Columns: Kvinnor / Män / Totalt per site (Ej angivet
only when used), and all sites together when there are several. The period selects cases by
their current closing date.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from vagledare.journal.case_codes import REASONS
from vagledare.journal.models import Gender, Route
from vagledare.reports.case_data import (
    CaseFact,
    count_row,
    field_is,
    genders_used,
    load_cases,
    parse_route,
    site_gender_columns,
)
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.fmt import format_value, share_percent
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable, Row, RowKind, Section, Share
from vagledare.terms import Lang, term


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
    sites = resolve_sites(s, site_ids)
    facts = closed_in(s, period, [x.id for x in sites], route, staff_id)
    columns = site_gender_columns(sites, genders_used(facts), lang)

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
    total = count_row(columns, facts, lambda f: True)
    rows.append(Row(term("grand_total", lang), total, RowKind.TOTAL))
    shares = tuple(Share(n, d) for n, d in zip(own, total, strict=True))
    rows.append(Row(term("self_sufficient_share", lang), shares, RowKind.SUBTOTAL))

    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{term('avslut_title', lang)}, {route_phrase(route, lang)}, {where}",
        subtitle=period.label(lang),
        label_header=term("reason", lang),
        columns=tuple(c.header for c in columns),
        sections=(Section(tuple(rows)),),
        lang=lang,
        notes=(term("avslut_by_closing_date", lang), term("job_durations", lang)),
        blank_zeros=True,
        summary=tuple(
            site_summary(x.name, [f for f in facts if f.site_id == x.id], route, lang)
            for x in sites
        ),
    )


def _num(n: int, lang: Lang) -> str:
    return format_value(n, lang)


def site_summary(site: str, facts: Sequence[CaseFact], route: Route | None, lang: Lang) -> str:
    """E.g. "Totalt avslut medborgarservice Årby: 80, varav 47 kvinnor; till egen
    försörjning 56 (70 %)." plus the flagged closings when there are any."""
    women = sum(1 for f in facts if f.gender is Gender.WOMAN)
    own = sum(1 for f in facts if f.self_sufficient)
    pct = share_percent(Share(own, len(facts)))
    pct_text = format_value(Share(own, len(facts)), lang) if pct is not None else "–"
    word = route_word(route, lang)
    if lang == "sv":
        head = " ".join(x for x in ("Totalt avslut", word, site) if x)
        text = (
            f"{head}: {_num(len(facts), lang)}, varav {_num(women, lang)} kvinnor; "
            f"till egen försörjning {_num(own, lang)} ({pct_text})."
        )
    else:
        head = "Total closures" + (f", {word}," if word else "") + f" {site}"
        text = (
            f"{head}: {_num(len(facts), lang)}, of which {_num(women, lang)} women; "
            f"to self-sufficiency {_num(own, lang)} ({pct_text})."
        )
    for flag, sv, en in (
        ("summer_job", "Ferie-/sommarjobb", "Holiday/summer jobs"),
        ("municipal_studies", "Studier i kommunens regi", "Studies run by the municipality"),
    ):
        flagged = [f for f in facts if getattr(f, flag)]
        if flagged:
            w = sum(1 for f in flagged if f.gender is Gender.WOMAN)
            m = sum(1 for f in flagged if f.gender is Gender.MAN)
            text += (
                f" {sv}: {w} kvinnor och {m} män."
                if lang == "sv"
                else f" {en}: {w} women and {m} men."
            )
    return text
