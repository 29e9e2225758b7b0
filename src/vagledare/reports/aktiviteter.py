"""Activities and events per type (*aktivitetsindikatorer*): occasions, visitors by gender and
the employers present, one row per type in the list's order, then Totalt."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vagledare.journal.models import Activity, ActivityKind
from vagledare.journal.terms import Lang, term
from vagledare.reports.case_data import down_sums
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable, Row, RowKind, Section, Sum

LABELS = {
    "title": ("Aktiviteter och evenemang", "Activities and events"),
    "type": ("Typ", "Type"),
    "occasions": ("Tillfällen", "Occasions"),
    "employers": ("Arbetsgivare", "Employers"),
    "note": (
        "Besökare räknas per tillfälle (en besökare på två tillfällen räknas två gånger). "
        "Arbetsgivare: antal närvarande arbetsgivare, summerat över tillfällena.",
        "Visitors are counted per occasion (a visitor at two occasions counts twice). "
        "Employers: employers present, summed over the occasions.",
    ),
}


def _w(key: str, lang: Lang) -> str:
    return LABELS[key][0 if lang == "sv" else 1]


def counts_by_kind(
    s: Session, period: Period, site_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[int, int, int, int, int]]:
    """(occasions, women, men, unstated, employers) per type in the period."""
    rows = s.execute(
        select(
            Activity.kind_id,
            func.count(),
            func.coalesce(func.sum(Activity.visitors_women), 0),
            func.coalesce(func.sum(Activity.visitors_men), 0),
            func.coalesce(func.sum(Activity.visitors_unstated), 0),
            func.coalesce(func.sum(Activity.employers), 0),
        )
        .where(
            Activity.site_id.in_(list(site_ids)),
            Activity.held_on >= period.start,
            Activity.held_on <= period.end,
        )
        .group_by(Activity.kind_id)
    )
    return {k: (int(n), int(w), int(m), int(u), int(e)) for k, n, w, m, u, e in rows}


def aktiviteter_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
) -> ReportTable:
    sites = resolve_sites(s, site_ids)
    counts = counts_by_kind(s, period, [x.id for x in sites])
    kinds = s.execute(
        select(ActivityKind.id, ActivityKind.name, ActivityKind.retired_at).order_by(
            ActivityKind.position, ActivityKind.name
        )
    ).all()
    total = term("total", lang)
    rows: list[Row] = []
    for kind_id, name, retired in kinds:
        if retired is not None and kind_id not in counts:
            continue  # a retired type only where it was used
        n, w, m, u, e = counts.get(kind_id, (0, 0, 0, 0, 0))
        rows.append(Row(name, (n, w, m, u, w + m + u, e)))
    sums = tuple(map(sum, zip(*(r.values for r in rows), strict=True))) if rows else (0,) * 6
    rows.append(Row(total, tuple(int(x) for x in sums), RowKind.TOTAL))  # type: ignore[arg-type]
    last = len(rows) - 1
    # What a reader knows: each row's visitors add up to its Totalt, the types to Totalt.
    relations = [Sum((r, 4), ((r, 1), (r, 2), (r, 3))) for r in range(last + 1)]
    relations += [x for x in down_sums(last, range(last), 6) if x.total[1] in (1, 2, 3, 4)]
    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{_w('title', lang)}, {where}",
        subtitle=period.label(lang),
        label_header=_w("type", lang),
        columns=(
            _w("occasions", lang),
            term("women", lang),
            term("men", lang),
            term("unstated_plural", lang),
            total,
            _w("employers", lang),
        ),
        sections=(Section(tuple(rows)),),
        lang=lang,
        notes=(_w("note", lang),),
        sums=tuple(relations),
        people_columns=(1, 2, 3, 4),
    )
