"""Uppföljning efter avslut: where the people stood whose follow-up fell due in the period,
against the nämnd's goal (001:872: at least 70 % self-sufficient six months after a completed
insats; 000:186's result indicator *egen försörjning efter avslutad insats*).

The cases counted are the current closings with a reason that counts as a completed insats
whose due day (avslut + N months) lies in the period. Rows: Att följa upp, Uppföljda (a
status other than *Gick inte att nå*), Gick inte att nå, Ej uppföljda ännu, Egen försörjning
vid uppföljning (Arbete, Studier, Annan egen försörjning), its share of the followed up, and
the goal. Columns: Kvinnor, Män (Ej angivet only when used), Totalt.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session

from vagledare.journal.case_codes import SELF_SUPPORT_STATUSES
from vagledare.journal.followups import (
    FollowUpFact,
    facts_due_in,
    follow_up_months,
    target_percent,
)
from vagledare.journal.models import FollowUpStatus, Gender
from vagledare.journal.terms import Lang, term
from vagledare.reports.case_data import GENDER_ORDER
from vagledare.reports.common import resolve_sites, sites_label
from vagledare.reports.fmt import format_percent
from vagledare.reports.periods import Period
from vagledare.reports.table import Derived, ReportTable, Row, RowKind, Section, Share, Sum

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Uppföljning efter avslut", "Follow-up after closing"),
    "measure": ("Mått", "Measure"),
    "due": ("Att följa upp", "To follow up"),
    "done": ("Uppföljda", "Followed up"),
    "not_reached": ("Gick inte att nå", "Could not be reached"),
    "pending": ("Ej uppföljda ännu", "Not followed up yet"),
    "own": ("Egen försörjning vid uppföljning", "Self-sufficient at follow-up"),
    "share": ("Andel egen försörjning av uppföljda", "Share self-sufficient of followed up"),
    "goal": ("Mål", "Goal"),
    "note": (
        "Ärenden avslutade med en orsak som räknas som fullföljd insats, vars uppföljning "
        "({months} månader efter avslutet) infaller under perioden. Egen försörjning: Arbete, "
        "Studier eller Annan egen försörjning.",
        "Cases closed with a reason that counts as a completed measure, whose follow-up "
        "({months} months after closing) falls due in the period. Self-sufficient: work, "
        "studies or other self-support.",
    ),
}


def _w(key: str, lang: Lang) -> str:
    sv, en = WORDS[key]
    return sv if lang == "sv" else en


def uppfoljning_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    staff_id: uuid.UUID | None = None,
) -> ReportTable:
    """``staff_id`` limits the table to that coach's own cases."""
    sites = resolve_sites(s, site_ids)
    facts = facts_due_in(s, period.start, period.end, [x.id for x in sites])
    if staff_id is not None:
        facts = [f for f in facts if f.coach_id == staff_id]
    genders: list[Gender] = [g for g in GENDER_ORDER if g is not Gender.UNSTATED]
    if any(f.gender is Gender.UNSTATED for f in facts):
        genders.append(Gender.UNSTATED)

    def counts(keep: Callable[[FollowUpFact], bool]) -> tuple[int, ...]:
        cells = [sum(1 for f in facts if f.gender is g and keep(f)) for g in genders]
        return (*cells, sum(cells))

    not_reached = FollowUpStatus.NOT_REACHED
    due = counts(lambda f: True)
    done = counts(lambda f: f.status is not None and f.status is not not_reached)
    own = counts(lambda f: f.status in SELF_SUPPORT_STATUSES)
    goal = format_percent(target_percent(s), lang)
    rows = (
        Row(_w("due", lang), due, RowKind.TOTAL),
        Row(_w("done", lang), done),
        Row(_w("not_reached", lang), counts(lambda f: f.status is not_reached)),
        Row(_w("pending", lang), counts(lambda f: f.status is None)),
        Row(_w("own", lang), own),
        Row(
            _w("share", lang),
            tuple(Share(n, d) for n, d in zip(own, done, strict=True)),
            RowKind.SUBTOTAL,
        ),
        Row(_w("goal", lang), tuple(goal for _ in due), people=False),
    )
    width, total_col = len(genders) + 1, len(genders)
    sums = [Sum((r, total_col), tuple((r, c) for c in range(len(genders)))) for r in range(5)]
    for c in range(width):
        sums.append(Sum((0, c), ((1, c), (2, c), (3, c))))
        sums.append(Sum((1, c), ((4, c),), "≥"))
    derived = tuple(Derived((5, c), ((4, c), (1, c))) for c in range(width))
    where = sites_label(sites, not site_ids, lang)
    return ReportTable(
        title=f"{_w('title', lang)}, {where}",
        subtitle=period.label(lang),
        label_header=_w("measure", lang),
        columns=(*(term(g.plural_term_key, lang) for g in genders), term("total", lang)),
        sections=(Section(rows),),
        lang=lang,
        notes=(_w("note", lang).format(months=follow_up_months(s)),),
        sums=tuple(sums),
        derived=derived,
    )
