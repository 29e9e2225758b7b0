"""Visits at the desk: how many visitors came, of them women, men and returning visitors,
beside the snabbärenden they brought, per site (and Totalt with several sites).

A visit is one visitor at one site on one day: the snabbärenden grouped into it at the tally
screen (or by an import's ``besök`` column); a snabbärende never grouped is a visit of its
own. A visit's gender is its snabbärenden's; it is a return visit when marked returning.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from vagledare.journal.models import Gender, QuickCase
from vagledare.journal.terms import Lang, term
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import Derived, Mean, ReportTable, Row, RowKind, Section, Sum

LABELS = {
    "title": ("Besök", "Visits"),
    "measure": ("Mått", "Measure"),
    "visits": ("Besök", "Visits"),
    "women": ("varav kvinnor", "of which women"),
    "men": ("varav män", "of which men"),
    "returning": ("varav återkommande", "of which returning"),
    "quick": ("Snabbärenden", "Quick cases"),
    "per_visit": ("Snabbärenden per besök", "Quick cases per visit"),
    "note": (
        "Ett besök är en besökare vid ett tillfälle; snabbärenden som inte grupperats till "
        "ett besök räknas som ett besök var.",
        "A visit is one visitor on one occasion; quick cases not grouped into a visit count "
        "as one visit each.",
    ),
}


def _w(key: str, lang: Lang) -> str:
    return LABELS[key][0 if lang == "sv" else 1]


def visit_counts(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID], staff_id: uuid.UUID | None = None
) -> dict[uuid.UUID, dict[str, int]]:
    """Per site: visits, women, men, returning, snabbärenden."""
    qc = QuickCase
    single = case((qc.visit_id.is_(None), 1), else_=0)
    single_returning = case((qc.visit_id.is_(None) & qc.return_visit, 1), else_=0)
    grouped_returning = case((qc.return_visit, qc.visit_id), else_=None)
    stmt = (
        select(
            qc.site_id,
            qc.gender,
            func.count(func.distinct(qc.visit_id)),
            func.coalesce(func.sum(single), 0),
            func.count(func.distinct(grouped_returning)),
            func.coalesce(func.sum(single_returning), 0),
            func.count(),
        )
        .where(
            qc.site_id.in_(list(site_ids)),
            qc.occurred_at >= period.start_dt,
            qc.occurred_at < period.end_exclusive_dt,
            qc.removed_at.is_(None),
        )
        .group_by(qc.site_id, qc.gender)
    )
    if staff_id is not None:  # one staff member's own entries
        stmt = stmt.where(qc.author_id == staff_id)
    out: dict[uuid.UUID, dict[str, int]] = {
        x: {"visits": 0, "women": 0, "men": 0, "returning": 0, "quick": 0} for x in site_ids
    }
    for site_id, gender, grouped, singles, ret_grouped, ret_single, n in s.execute(stmt):
        visits = int(grouped) + int(singles)
        c = out[site_id]
        c["visits"] += visits
        c["returning"] += int(ret_grouped) + int(ret_single)
        c["quick"] += int(n)
        if Gender(gender) is Gender.WOMAN:
            c["women"] += visits
        elif Gender(gender) is Gender.MAN:
            c["men"] += visits
    return out


def besok_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    staff_id: uuid.UUID | None = None,
) -> ReportTable:
    sites = resolve_sites(s, site_ids)
    counts = visit_counts(s, period, [x.id for x in sites], staff_id)
    columns = [counts[x.id] for x in sites]
    several = len(sites) > 1
    if several:
        columns.append({k: sum(c[k] for c in columns) for k in columns[0]})
    keys = ("visits", "women", "men", "returning", "quick")
    rows = [Row(_w(k, lang), tuple(c[k] for c in columns)) for k in keys]
    rows.append(
        Row(
            _w("per_visit", lang),
            tuple(
                Mean(Decimal(c["quick"]) / Decimal(c["visits"]) if c["visits"] else None)
                for c in columns
            ),
            RowKind.DATA,
            people=False,
        )
    )
    width = len(columns)
    # What a reader knows: women and men, and the returning, are among the visits; every
    # visit brought at least one snabbärende; the sites add up to Totalt; the ratio rests on
    # its two counts.
    sums = []
    for c in range(width):
        sums.append(Sum((0, c), ((1, c), (2, c)), "≥"))
        sums.append(Sum((0, c), ((3, c),), "≥"))
        sums.append(Sum((4, c), ((0, c),), "≥"))
    if several:
        for r in range(5):
            sums.append(Sum((r, width - 1), tuple((r, c) for c in range(width - 1))))
    derived = tuple(Derived((5, c), ((4, c), (0, c))) for c in range(width))
    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{_w('title', lang)}, {where}",
        subtitle=period.label(lang),
        label_header=_w("measure", lang),
        columns=(*(x.name for x in sites), *([term("total", lang)] if several else [])),
        sections=(Section(tuple(rows)),),
        lang=lang,
        notes=(_w("note", lang),),
        sums=tuple(sums),
        derived=derived,
    )
