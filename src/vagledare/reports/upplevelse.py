"""Upplevelseenkät: how participants experience the support (the seed's "90 % av deltagarna
upplever att de har fått det individuellt anpassade stöd som de haft behov av", 003:206).

One row per statement, in the survey's order (statements taken out of use follow when the
period has answers to them). ``Svar`` counts the answers 1–5 ("Vill inte svara" is left out of
both counts), ``Instämmer`` the answers 4–5 and ``Andel instämmer`` is their share, whole per
cent half up. With ``by_gender`` the answers tied to a participant code are split by the
code's gender (anonymous answers have none): ``Kvinnor Svar`` … ``Män Instämmer``.

The anonymous answers are counted on their own (one ``GROUP BY`` over ``survey_answer``) and
the tied ones joined to ``participant`` only for their gender: no anonymous answer is joined
to anything.

For protection a reader knows that the parts are at most the whole (K + M ≤ all answers),
and can subtract Instämmer from Svar: that difference (those who did not agree) is an unseen
count, protected like a cell (``ReportTable.unseen``).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.models import Gender, Participant, SurveyAnswer, SurveyStatement
from vagledare.journal.survey import AGREE, SCALE, survey_texts
from vagledare.journal.terms import Lang
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.periods import Period
from vagledare.reports.table import Cell, Derived, ReportTable, Row, Section, Share, Sum

LABELS = {
    "title": ("Upplevelseenkät", "Experience survey"),
    "statement": ("Påstående", "Statement"),
    "answers": ("Svar", "Answers"),
    "agree": ("Instämmer", "Agree"),
    "share": ("Andel instämmer", "Share agreeing"),
    "women": ("Kvinnor", "Women"),
    "men": ("Män", "Men"),
    "note": (
        "Svar = svar 1–5 (Vill inte svara räknas inte). Instämmer = svar 4 (Stämmer ganska bra) "
        "eller 5 (Stämmer helt). Svaren räknas på den dator där de gavs.",
        "Answers = answers 1–5 (Prefer not to answer is not counted). Agree = answer 4 (Fairly "
        "true) or 5 (Completely true). Answers are counted on the desk where they were given.",
    ),
    "gender_note": (
        "Kvinnor och män: svar kopplade till en deltagarkod; anonyma svar har inget kön.",
        "Women and men: answers tied to a participant code; anonymous answers have no gender.",
    ),
}


def _w(key: str, lang: Lang) -> str:
    return LABELS[key][0 if lang == "sv" else 1]


def upplevelse_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    by_gender: bool = False,
) -> ReportTable:
    sites = resolve_sites(s, site_ids)
    a = SurveyAnswer
    where = (
        a.site_id.in_([x.id for x in sites]),
        a.answered_on >= period.start,
        a.answered_on <= period.end,
        a.value.in_(SCALE),
    )
    # All answers, anonymous and tied alike, counted without a join.
    answered: Counter[str] = Counter()
    agreed: Counter[str] = Counter()
    for key, value in s.execute(select(a.statement_key, a.value).where(*where)):
        answered[key] += 1
        agreed[key] += value in AGREE
    by_sex: Counter[tuple[str, Gender, bool]] = Counter()
    if by_gender:
        tied = (
            select(a.statement_key, a.value, Participant.gender)
            .join(Participant, Participant.id == a.participant_id)
            .where(*where, a.participant_id.is_not(None))
        )
        for key, value, gender in s.execute(tied):
            by_sex[(key, gender, False)] += 1
            by_sex[(key, gender, True)] += value in AGREE

    st = SurveyStatement
    statements = sorted(
        s.execute(select(st.key, st.text, st.position, st.active)).all(),
        key=lambda x: (not x.active, x.position, x.key),
    )
    statements = [x for x in statements if x.active or answered[x.key]]
    words = survey_texts(lang) if lang != "sv" else None

    columns = [_w("answers", lang), _w("agree", lang), _w("share", lang)]
    if by_gender:
        for g in ("women", "men"):
            word = _w(g, lang)
            columns += [f"{word} {_w('answers', lang)}", f"{word} {_w('agree', lang)}"]
    width = len(columns)
    rows: list[Row] = []
    sums: list[Sum] = []
    derived: list[Derived] = []
    unseen: list[tuple[Cell, int]] = []
    for r, x in enumerate(statements):
        n, k = answered[x.key], agreed[x.key]
        values: list[int | Share] = [n, k, Share(k, n)]
        # Those who did not agree: Svar − Instämmer, a count the reader can work out.
        unseen.append(((r, width), n - k))
        sums.append(Sum((r, 0), ((r, 1), (r, width))))
        derived.append(Derived((r, 2), ((r, 0), (r, 1))))
        if by_gender:
            for i, g in enumerate((Gender.WOMAN, Gender.MAN)):
                gn, gk = by_sex[(x.key, g, False)], by_sex[(x.key, g, True)]
                values += [gn, gk]
                col = 3 + 2 * i
                unseen.append(((r, width + 1 + i), gn - gk))
                sums.append(Sum((r, col), ((r, col + 1), (r, width + 1 + i))))
            sums.append(Sum((r, 0), ((r, 3), (r, 5)), "≥"))
            sums.append(Sum((r, 1), ((r, 4), (r, 6)), "≥"))
        label = x.text
        if words is not None:
            label = words.statements.get(x.key) or x.text
        rows.append(Row(label, tuple(values)))
    where_label = sites_label(sites, not site_ids, lang)
    notes = [_w("note", lang)]
    if by_gender:
        notes.append(_w("gender_note", lang))
    return ReportTable(
        title=f"{_w('title', lang)}, {where_label}",
        subtitle=period.label(lang),
        label_header=_w("statement", lang),
        columns=tuple(columns),
        sections=(Section(tuple(rows)),),
        lang=lang,
        notes=tuple(notes),
        sums=tuple(sums),
        derived=tuple(derived),
        unseen=tuple(unseen),
    )
