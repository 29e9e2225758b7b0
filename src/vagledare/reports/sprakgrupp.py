"""The språkgrupp table: participants since start by gender, sessions and attendance, leavings
and their outcomes, one column per site or site group (the seed's *Antal inskrivna deltagare i
språkgruppen sedan start / Antal kvinnor / Antal män*, 000:697-700, extended with the period's
figures).

Counting rules:

- *Antal inskrivna deltagare sedan start*: distinct participant codes with an enrolment that
  began on or before the period's last day; *Antal kvinnor/män* split those by the code's
  gender; *Antal ej angivet kön* appears only when non-zero.
- *Inskrivna under perioden*: distinct codes enrolled on at least one day of the period.
- *Tillfällen*: sessions in the period whose roll call was taken (cancelled ones never count).
- *Närvarande totalt*, *Snitt …*, *Högsta närvaro*: everyone present at a session, i.e.
  enrolled participants marked Närvarande **plus walk-in guests** (a språkcafé's visitors
  are mostly guests: the seed's "i snitt fem besökare/tillfälle", "som mest 16 besökare").
  The guests are also shown by gender in rows after the outcomes, when there were any.
- *Avslutade under perioden* and *Utfall: …*: leavings (enrolments ending) in the period.
- *Totalt* (with several sites) pools the records: a code enrolled at two sites counts once,
  the average is total present over total sessions — never a sum or mean of site figures.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from vagledare.journal.enrolments import EnrolmentInfo, outcome_label
from vagledare.journal.meetings import SessionInfo
from vagledare.journal.models import Gender, GroupKind, Outcome
from vagledare.journal.site_groups import Unit, resolve_units
from vagledare.journal.terms import Lang, term
from vagledare.reports.common import sites_label
from vagledare.reports.group_data import enrolments, select_groups, taken_sessions
from vagledare.reports.periods import Period
from vagledare.reports.table import Derived, Mean, ReportTable, Row, Section, Sum, Value
from vagledare.reports.units import split_unseen, unit_layout


@dataclass(frozen=True)
class Figures:
    since_start: int
    by_gender: Counter[Gender]
    in_period: int
    sessions: int
    present_total: int
    mean_present: Mean
    max_present: int | None
    left: int
    outcomes: Counter[Outcome]
    guests: Counter[Gender]


def figures(
    enrolled: Sequence[EnrolmentInfo], sessions: Sequence[SessionInfo], period: Period
) -> Figures:
    """One column of the table, from the records of the groups it covers."""
    since: dict[uuid.UUID, Gender] = {
        e.participant_id: e.gender for e in enrolled if e.enrolled_on <= period.end
    }
    in_period = {e.participant_id for e in enrolled if e.overlaps(period.start, period.end)}
    left = [e for e in enrolled if e.left_on is not None and period.contains(e.left_on)]
    counts = [x.attendance for x in sessions]
    total = sum(counts)
    guests: Counter[Gender] = Counter()
    for x in sessions:
        guests.update(
            {
                Gender.WOMAN: x.guests.women,
                Gender.MAN: x.guests.men,
                Gender.UNSTATED: x.guests.unstated,
            }
        )
    return Figures(
        since_start=len(since),
        by_gender=Counter(since.values()),
        in_period=len(in_period),
        sessions=len(sessions),
        present_total=total,
        mean_present=Mean(Decimal(total) / len(counts) if counts else None),
        max_present=max(counts) if counts else None,
        left=len(left),
        outcomes=Counter(e.outcome for e in left if e.outcome is not None),
        guests=guests,
    )


def sprakgrupp_report(
    s: Session,
    period: Period,
    site_ids: Sequence[uuid.UUID] | None = None,
    lang: Lang = "sv",
    *,
    group: str | None = None,
    kind: GroupKind = GroupKind.LANGUAGE_GROUP,
    tutor: str | None = None,
) -> ReportTable:
    """Without ``group``: every group of ``kind`` (default språkgrupp) at each site; with
    ``group``: the groups of that name, whatever their kind."""
    sel = select_groups(s, site_ids, lang, group=group, kind=None if group else kind, tutor=tutor)
    if site_ids:  # the chosen sites and site groups, a column each
        units = resolve_units(s, site_ids)
        where = sites_label(units, False, lang)
    else:  # the sites that have such groups
        units = [Unit(x.id, x.name, frozenset({x.id}), False) for x in sel.sites]
        where = sel.where
    layout = unit_layout(units, term("total", lang))
    enrolled = enrolments(s, sel)
    sessions = taken_sessions(s, sel, period)
    columns: list[Figures] = []
    for block in layout.blocks:  # the unseen parts last: counted, never shown
        ids = {g.id for g in sel.groups if g.site_id in block.site_ids}
        columns.append(
            figures(
                [e for e in enrolled if e.group_id in ids],
                [x for x in sessions if x.group_id in ids],
                period,
            )
        )
    names = [b.name for b in layout.blocks[: layout.shown]]

    def row(key: str, get: Callable[[Figures], Value]) -> Row:
        return Row(term(key, lang), tuple(get(f) for f in columns), people=key != "sprak_sessions")

    rows = [
        row("sprak_enrolled_since_start", lambda f: f.since_start),
        row("sprak_women", lambda f: f.by_gender[Gender.WOMAN]),
        row("sprak_men", lambda f: f.by_gender[Gender.MAN]),
    ]
    if any(f.by_gender[Gender.UNSTATED] for f in columns):
        rows.append(row("sprak_unstated", lambda f: f.by_gender[Gender.UNSTATED]))
    rows += [
        row("sprak_enrolled_in_period", lambda f: f.in_period),
        row("sprak_sessions", lambda f: f.sessions),
        row("sprak_present_total", lambda f: f.present_total),
        row("sprak_mean_present", lambda f: f.mean_present),
        row("sprak_max_present", lambda f: f.max_present),
        row("sprak_left_in_period", lambda f: f.left),
    ]
    prefix = term("sprak_outcome", lang)
    for outcome in Outcome:
        rows.append(
            Row(
                f"{prefix}: {outcome_label(outcome, lang)}",
                tuple(f.outcomes[outcome] for f in columns),
            )
        )
    for gender, key in (
        (Gender.WOMAN, "sprak_guests_women"),
        (Gender.MAN, "sprak_guests_men"),
        (Gender.UNSTATED, "sprak_guests_unstated"),
    ):
        if any(f.guests[gender] for f in columns):
            rows.append(Row(term(key, lang), tuple(f.guests[gender] for f in columns)))

    # What a reader knows: since start = kvinnor + män (+ ej angivet) per column; with several
    # sites, the Totalt column is the sites' sum for counts of events (sessions, attendance,
    # leavings, guests) and, for counts of distinct people, at most their sum and at least each
    # site (a group's column likewise of its sites'); the average present rests on the total
    # present.
    labels = [r.label for r in rows]
    width = layout.shown

    def at(key: str) -> int:
        return labels.index(term(key, lang))

    since, present = at("sprak_enrolled_since_start"), at("sprak_present_total")
    genders = [
        labels.index(term(k, lang))
        for k in ("sprak_women", "sprak_men", "sprak_unstated")
        if term(k, lang) in labels
    ]
    in_period, left, top = (
        at("sprak_enrolled_in_period"),
        at("sprak_left_in_period"),
        at("sprak_max_present"),
    )
    outcomes = [r for r, x in enumerate(labels) if x.startswith(prefix + ": ")]
    guests = [
        labels.index(term(k, lang))
        for k in ("sprak_guests_women", "sprak_guests_men", "sprak_guests_unstated")
        if term(k, lang) in labels
    ]
    sums = []
    for c, f in enumerate(columns):
        sums += [
            Sum((since, c), tuple((g, c) for g in genders)),
            Sum((since, c), ((in_period, c),), "≥"),  # enrolled in the period ⊆ since start
            Sum((left, c), tuple((r, c) for r in outcomes), "≥"),  # outcomes ⊆ leavings
            Sum((present, c), tuple((r, c) for r in guests), "≥"),  # guests ⊆ present
            Sum((present, c), ((top, c),), "≥"),  # the highest attendance ≤ all present
        ]
        if f.sessions:  # all present ≤ the highest attendance × the sessions
            sums.append(Sum((present, c), ((top, c),), "≤", (f.sessions,)))
    people = {since, *genders, at("sprak_enrolled_in_period"), at("sprak_max_present")}
    sums += [
        Sum(
            (r, total),
            tuple((r, c) for c in parts),
            "pooled" if r in people else "=",
        )
        for total, parts in layout.sums
        for r in range(len(rows))
        if rows[r].people
    ]
    derived = [Derived((at("sprak_mean_present"), c), ((present, c),)) for c in range(width)]
    if len(units) > 1:  # the highest attendance of all is one of the units' highest
        derived.append(Derived((top, width - 1), tuple((top, c) for c in range(len(units))), "max"))
    sections, unseen = split_unseen((Section(tuple(rows)),), width, sums)

    return ReportTable(
        title=f"{sel.what}, {where}",
        subtitle=period.label(lang),
        label_header=term("measure", lang),
        columns=tuple(names),
        sections=sections,
        lang=lang,
        notes=(term("sprak_note_attendance", lang), term("sprak_note_distinct", lang)),
        sums=tuple(sums),
        derived=tuple(derived),
        unseen=unseen,
    )
