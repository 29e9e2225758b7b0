"""Utfall för avslutade deltagare: where the participants who left in the period went, by
gender (the seed's "17 deltagare har gått vidare till anställning", 000:689).

One leaving (an enrolment ending) is one count; every outcome is listed, zeros included, so
the table reads the same from period to period. "Ej angivet" appears only when used.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence

from sqlalchemy.orm import Session

from vagledare.journal.enrolments import outcome_label
from vagledare.journal.models import Gender, GroupKind, Outcome
from vagledare.journal.terms import Lang, term
from vagledare.reports.case_data import down_sums
from vagledare.reports.group_data import enrolments, select_groups
from vagledare.reports.periods import Period
from vagledare.reports.table import ReportTable, Row, RowKind, Section, Sentence, Sum

STUDIES = (Outcome.STUDIES_SFI, Outcome.STUDIES_BASIC_SWEDISH, Outcome.STUDIES_OTHER)


def outcomes_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    group: str | None = None,
    kind: GroupKind | None = None,
    tutor: str | None = None,
) -> ReportTable:
    sel = select_groups(s, site_ids, lang, group=group, kind=kind, tutor=tutor)
    left = [
        e
        for e in enrolments(s, sel)
        if e.left_on is not None and e.outcome is not None and period.contains(e.left_on)
    ]
    counts: Counter[tuple[Outcome, Gender]] = Counter((e.outcome, e.gender) for e in left)  # type: ignore[misc]
    genders = [Gender.WOMAN, Gender.MAN]
    if any(e.gender is Gender.UNSTATED for e in left):
        genders.append(Gender.UNSTATED)
    rows: list[Row] = []
    for outcome in Outcome:
        cells = [counts[(outcome, g)] for g in genders]
        rows.append(Row(outcome_label(outcome, lang), (*cells, sum(cells))))
    totals = [sum(counts[(o, g)] for o in Outcome) for g in genders]
    rows.append(Row(term("total", lang), (*totals, sum(totals)), RowKind.TOTAL))

    outcomes = list(Outcome)
    width, total_col, total_row = len(genders) + 1, len(genders), len(outcomes)
    sums = [
        Sum((r, total_col), tuple((r, c) for c in range(len(genders))))
        for r in range(total_row + 1)
    ]
    sums += down_sums(total_row, range(total_row), width)
    sentences = (
        Sentence(
            term("outcomes_summary_employment", lang).format(n="{0}"),
            (((outcomes.index(Outcome.EMPLOYMENT), total_col),),),
        ),
        Sentence(
            term("outcomes_summary_studies", lang).format(n="{0}"),
            (tuple((outcomes.index(o), total_col) for o in STUDIES),),
        ),
    )
    return ReportTable(
        title=f"{term('outcomes_title', lang)}, {sel.what}, {sel.where}",
        subtitle=period.label(lang),
        label_header=term("sprak_outcome", lang),
        columns=(*(term(g.plural_term_key, lang) for g in genders), term("total", lang)),
        sections=(Section(tuple(rows)),),
        lang=lang,
        sentences=sentences,
        sums=tuple(sums),
        notes=(term("sprak_note_distinct", lang),),
    )
