"""Avslut från aktivitetsplikt: how the participants with a decision on aktivitetsplikt left,
in the layout of the delårsrapport's table (001:626-636, *Delår 2 januari-augusti*).

The cases counted are those that carry a decision on aktivitetsplikt and whose current closing
lies in the period (by closing date). Rows: the self-sufficiency reasons as the seed names
them (plus Nystartsjobb, 0 in the seed), their total, Heltid AF, Övrigt (every other reason,
the unknown one included), their total, Totalt avslut, and the participants with a decision on
the period's last day. Columns: Kvinnor, Män (Ej angivet only when used), Totalt, for the
chosen sites together.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from vagledare.journal.models import ClosureReason
from vagledare.journal.terms import Lang, term
from vagledare.reports.case_data import CaseFact, genders_used, load_cases
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable, Row, RowKind, Section, Sum

R = ClosureReason
# (Swedish, English, the reason): the seed's own words for the reasons.
SELF_SUFFICIENT_ROWS: tuple[tuple[str, str, ClosureReason], ...] = (
    ("Introduktionsjobb", "Introductory job", R.SUBSIDISED_JOB),
    ("Studier", "Studies", R.STUDIES),
    ("Annan ersättningsform", "Other form of benefit", R.OTHER_BENEFIT),
    ("Tillfälligt arbete", "Temporary employment", R.TEMPORARY_JOB),
    ("Varaktigt arbete", "Lasting employment", R.PERMANENT_JOB),
    ("Nystartsjobb", "New start job", R.NEW_START_JOB),
)
OWN = frozenset(r for _, _, r in SELF_SUFFICIENT_ROWS)
WORDS: dict[str, tuple[str, str]] = {
    "title": ("Avslut från aktivitetsplikt", "Closures from activity requirement"),
    "own_total": ("Till egen försörjning, totalt", "To self-sufficiency, total"),
    "af": ("Heltid AF", "Full-time AF"),
    "other": ("Övrigt", "Other"),
    "other_total": ("Övriga avslut, totalt", "Other closures, total"),
    "all": ("Totalt avslut", "Total closures"),
    "with_duty": (
        "Deltagare med beslut om aktivitetsplikt",
        "Participants with an activity requirement decision",
    ),
    "note_cases": (
        "Ärenden med beslut om aktivitetsplikt, efter avslutsdatum. Övrigt: alla andra orsaker "
        "än egen försörjning och Heltid AF, även okänd orsak.",
        "Cases with an activity requirement decision, by closing date. Other: every reason "
        "other than self-sufficiency and full-time AF, unknown ones included.",
    ),
    "note_stock": (
        "Deltagare med beslut om aktivitetsplikt: öppna ärenden med beslut periodens sista dag.",
        "Participants with a decision: open cases with a decision on the period's last day.",
    ),
}


def _w(key: str, lang: Lang) -> str:
    sv, en = WORDS[key]
    return sv if lang == "sv" else en


def has_duty_on(f: CaseFact, day: date) -> bool:
    """An open case whose decision on aktivitetsplikt covers ``day``."""
    return (
        f.duty_from is not None
        and f.duty_from <= day
        and (f.duty_to is None or f.duty_to >= day)
        and f.open_on(day)
    )


def aktivitetsplikt_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    staff_id: uuid.UUID | None = None,
) -> ReportTable:
    """``staff_id`` limits the table to that coach's own cases."""
    sites = resolve_sites(s, site_ids)
    ids = [x.id for x in sites]
    closed = [
        f
        for f in load_cases(s, ids, closed_in=period, coach_id=staff_id)
        if f.duty_from is not None
    ]
    stock = [
        f
        for f in load_cases(s, ids, started_by=period.end, coach_id=staff_id)
        if has_duty_on(f, period.end)
    ]
    genders = genders_used([*closed, *stock])

    def counts(facts: Sequence[CaseFact]) -> tuple[int, ...]:
        cells = [sum(1 for f in facts if f.gender is g) for g in genders]
        return (*cells, sum(cells))

    def of(*reasons: ClosureReason) -> tuple[int, ...]:
        return counts([f for f in closed if f.reason in reasons])

    others = [f for f in closed if f.reason not in OWN and f.reason is not R.FULL_TIME_AF]
    rows = [Row(sv if lang == "sv" else en, of(r)) for sv, en, r in SELF_SUFFICIENT_ROWS]
    rows += [
        Row(
            _w("own_total", lang), counts([f for f in closed if f.reason in OWN]), RowKind.SUBTOTAL
        ),
        Row(_w("af", lang), of(R.FULL_TIME_AF)),
        Row(_w("other", lang), counts(others)),
        Row(
            _w("other_total", lang),
            counts([f for f in closed if f.reason not in OWN]),
            RowKind.SUBTOTAL,
        ),
        Row(_w("all", lang), counts(closed), RowKind.TOTAL),
        Row(_w("with_duty", lang), counts(stock)),
    ]

    width, total_col = len(genders) + 1, len(genders)
    own_row, af_row = len(SELF_SUFFICIENT_ROWS), len(SELF_SUFFICIENT_ROWS) + 1
    other_row, other_total, all_row = af_row + 1, af_row + 2, af_row + 3
    sums = [
        Sum((r, total_col), tuple((r, c) for c in range(len(genders)))) for r in range(len(rows))
    ]
    for c in range(width):
        sums.append(Sum((own_row, c), tuple((r, c) for r in range(own_row))))
        sums.append(Sum((other_total, c), ((af_row, c), (other_row, c))))
        sums.append(Sum((all_row, c), ((own_row, c), (other_total, c))))

    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{_w('title', lang)}, {where}",
        subtitle=period.label(lang),
        label_header=term("reason", lang),
        columns=(*(term(g.plural_term_key, lang) for g in genders), term("total", lang)),
        sections=(Section(tuple(rows)),),
        lang=lang,
        notes=(_w("note_cases", lang), _w("note_stock", lang)),
        sums=tuple(sums),
    )
