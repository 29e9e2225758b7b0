"""The drop-in table (*Drop in-korta ärenden*): snabbärenden by gender, category and age band.

Layout of the seed's Fröslunda table: a block per gender (Kvinnor, Män, and Ej angivet only
when used), categories as rows, the site's age bands as columns, a total per row, the block's
totals, and a grand total.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from vagledare.journal.db.fastpath import DriverQuery
from vagledare.journal.models import AgeBand, Category, Gender, QuickCase
from vagledare.journal.sites import age_band_sort_key
from vagledare.journal.terms import Lang, term
from vagledare.reports.case_data import down_sums
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable, Row, RowKind, Section, Sum

GENDER_ORDER = (Gender.WOMAN, Gender.MAN, Gender.UNSTATED)

_qc, _cat, _band = QuickCase.__table__.c, Category.__table__.c, AgeBand.__table__.c


def _counts_statement(own: bool) -> Select[str, str, Gender, int]:
    """One site's counts in the period by category name, age band label and gender, prepared
    once. They are grouped on the covering index (site, time) first and named afterwards, so
    no key is converted in Python; several sites run it once each (plain equality on the
    index's first column sorts ten small groups faster than one big one)."""
    grouped = select(_qc.category_id, _qc.age_band_id, _qc.gender, func.count().label("n")).where(
        _qc.site_id == bindparam("site_id"),
        _qc.occurred_at >= bindparam("start"),
        _qc.occurred_at < bindparam("end"),
        _qc.removed_at.is_(None),
    )
    if own:  # one staff member's own entries (what a coach may export)
        grouped = grouped.where(_qc.author_id == bindparam("author_id"))
    g = grouped.group_by(_qc.category_id, _qc.age_band_id, _qc.gender).subquery()
    return select(_cat.name, _band.label, g.c.gender, g.c.n).select_from(
        g.join(Category.__table__, _cat.id == g.c.category_id).join(
            AgeBand.__table__, _band.id == g.c.age_band_id
        )
    )


_COUNTS = {own: DriverQuery(_counts_statement(own)) for own in (False, True)}


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
    conn = s.connection()
    statement = _COUNTS[staff_id is not None]
    params = {"start": period.start_dt, "end": period.end_exclusive_dt, "author_id": staff_id}
    counts: dict[tuple[Gender, str, str], int] = {}
    for x in sites:
        for cat, band, gender, n in statement.all(conn, {**params, "site_id": x.id}):
            counts[gender, cat, band] = counts.get((gender, cat, band), 0) + n
    used_cats = {c for _, c, _ in counts}
    used_bands = {b for _, _, b in counts}

    # Categories in the sites' own order; retired ones only where they were used.
    categories = list(
        dict.fromkeys(
            c.name for x in sites for c in x.categories if not c.retired or c.name in used_cats
        )
    )
    bands = sorted(
        {b.label for x in sites for b in x.age_bands if not b.retired or b.label in used_bands},
        key=age_band_sort_key,
    )

    # Kvinnor and Män always, Ej angivet only when used.
    genders = [
        g for g in GENDER_ORDER if g is not Gender.UNSTATED or any(k[0] is g for k in counts)
    ]
    cat_index = {c: i for i, c in enumerate(categories)}
    band_index = {b: i for i, b in enumerate(bands)}
    grid = {g: [[0] * len(bands) for _ in categories] for g in genders}
    for (gender, cat, band), n in counts.items():
        grid[gender][cat_index[cat]][band_index[band]] = n

    total_label = term("total", lang)
    sections: list[Section] = []
    gender_sums: list[tuple[int, ...]] = []
    for gender in genders:
        values = [(*cells, sum(cells)) for cells in grid[gender]]
        block_rows = [Row(cat, row) for cat, row in zip(categories, values, strict=True)]
        sums = _column_sums(values, len(bands) + 1)
        gender_sums.append(sums)
        block_rows.append(Row(total_label, sums, RowKind.SUBTOTAL))
        plural = term(gender.plural_term_key, lang)
        sections.append(Section(tuple(block_rows), key=plural, title=plural))
    grand = _column_sums(gender_sums, len(bands) + 1)
    sections.append(Section((Row(total_label, grand, RowKind.TOTAL),), key=total_label, title=None))

    # What a reader knows: each row's age bands add up to its Totalt, each block's categories
    # to its Totalt row, and the blocks' Totalt rows to the grand Totalt.
    width = len(bands) + 1
    per_block = len(categories) + 1
    block_totals = [b * per_block + len(categories) for b in range(len(genders))]
    grand_row = len(genders) * per_block
    relations = [
        Sum((r, len(bands)), tuple((r, c) for c in range(len(bands)))) for r in range(grand_row + 1)
    ]
    for b, total_row in enumerate(block_totals):
        relations += down_sums(total_row, range(b * per_block, total_row), width)
    relations += down_sums(grand_row, block_totals, width)

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
        sums=tuple(relations),
    )


def _column_sums(rows: Sequence[Sequence[int]], width: int) -> tuple[int, ...]:
    return tuple(map(sum, zip(*rows, strict=True))) if rows else (0,) * width


def dropin_per_site(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    staff_id: uuid.UUID | None = None,
) -> ReportTable:
    """One drop-in table per chosen site (every site when none is chosen), each exactly the
    site's own report, then the table of all of them together (``ReportTable.parts``)."""
    parts = tuple(
        replace(dropin_report(s, period, [x.id], lang, staff_id=staff_id), heading=x.name)
        for x in resolve_sites(s, site_ids)
    )
    pooled = dropin_report(s, period, site_ids, lang, staff_id=staff_id)
    return replace(pooled, parts=parts, heading=term("all_chosen_sites", lang))
