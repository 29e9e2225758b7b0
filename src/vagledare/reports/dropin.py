"""The drop-in table (*Drop in-korta ärenden*): snabbärenden by gender, category and age band.

Layout of the seed's Fröslunda table: a block per gender (Kvinnor, Män, and Ej angivet only
when used), categories as rows, the site's age bands as columns, a total per row, the block's
totals, and a grand total.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from vagledare.journal.models import Gender, QuickCase
from vagledare.journal.sites import age_band_sort_key
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable, Row, RowKind, Section
from vagledare.terms import Lang, term

GENDER_ORDER = (Gender.WOMAN, Gender.MAN, Gender.UNSTATED)


_qc = QuickCase.__table__.c
# Prepared once; one statement per site (plain equality on the index's first column).
_COUNTS = (
    select(_qc.category_id, _qc.age_band_id, _qc.gender, func.count())
    .where(
        _qc.site_id == bindparam("site_id"),
        _qc.occurred_at >= bindparam("start"),
        _qc.occurred_at < bindparam("end"),
        _qc.removed_at.is_(None),
    )
    .group_by(_qc.category_id, _qc.age_band_id, _qc.gender)
)
# One staff member's own entries (what a coach may export).
_OWN_COUNTS = _COUNTS.where(_qc.author_id == bindparam("author_id"))


def dropin_counts(
    s: Session,
    site_ids: Sequence[uuid.UUID],
    period: Period,
    author_id: uuid.UUID | None = None,
) -> list[tuple[uuid.UUID, uuid.UUID, Gender, int]]:
    """Counted snabbärenden in the period per (category, age band, gender)."""
    conn = s.connection()  # Core on the session's connection: no ORM work on the report path
    out = []
    stmt = _COUNTS if author_id is None else _OWN_COUNTS
    for site_id in site_ids:
        params = {"site_id": site_id, "start": period.start_dt, "end": period.end_exclusive_dt}
        if author_id is not None:
            params["author_id"] = author_id
        out += [(c, b, g, int(n)) for c, b, g, n in conn.execute(stmt, params)]
    return out


def dropin_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    staff_id: uuid.UUID | None = None,
) -> ReportTable:
    """``staff_id`` limits the table to that staff member's own entries."""
    sites = resolve_sites(s, site_ids)
    rows = dropin_counts(s, [x.id for x in sites], period, staff_id)

    cat_name = {c.id: c.name for x in sites for c in x.categories}
    band_label = {b.id: b.label for x in sites for b in x.age_bands}
    counts: Counter[tuple[Gender, str, str]] = Counter()
    for cat_id, band_id, gender, n in rows:
        counts[(gender, cat_name[cat_id], band_label[band_id])] += n
    used_cats = {c for _, c, _ in counts}
    used_bands = {b for _, _, b in counts}

    # Categories in the sites' own order; retired ones only where they were used.
    categories: list[str] = []
    for x in sites:
        for c in x.categories:
            if (not c.retired or c.name in used_cats) and c.name not in categories:
                categories.append(c.name)
    bands = sorted(
        {b.label for x in sites for b in x.age_bands if not b.retired or b.label in used_bands},
        key=age_band_sort_key,
    )

    total_label = term("total", lang)
    sections: list[Section] = []
    grand = [0] * (len(bands) + 1)
    for gender in GENDER_ORDER:
        block_total = sum(n for (g, _, _), n in counts.items() if g == gender)
        if gender is Gender.UNSTATED and block_total == 0:
            continue
        block_rows: list[Row] = []
        sums = [0] * (len(bands) + 1)
        for cat in categories:
            cells = [counts[(gender, cat, b)] for b in bands]
            cells.append(sum(cells))
            sums = [a + b for a, b in zip(sums, cells, strict=True)]
            block_rows.append(Row(cat, tuple(cells)))
        block_rows.append(Row(total_label, tuple(sums), RowKind.SUBTOTAL))
        grand = [a + b for a, b in zip(grand, sums, strict=True)]
        plural = term(gender.plural_term_key, lang)
        sections.append(Section(tuple(block_rows), key=plural, title=plural))
    sections.append(
        Section((Row(total_label, tuple(grand), RowKind.TOTAL),), key=total_label, title=None)
    )

    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{term('dropin_title', lang)}, {where}",
        subtitle=period.label(lang),
        key_header=term("gender", lang),
        label_header=term("category", lang),
        columns=(*bands, total_label),
        sections=tuple(sections),
        lang=lang,
        notes=(term("dropin_unit", lang),),
        blank_zeros=True,
    )
