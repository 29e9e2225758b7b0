"""What the case reports share: the cases as plain facts, and unit × gender columns (a unit is
a chosen site or site group: ``reports.units``).

A case's gender is its participant code's; its closing is the current one (a reopened case's
earlier closings count only for what was true on earlier days).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.case_codes import ROUTE_KEYS, SELF_SUFFICIENT
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Case,
    Closure,
    ClosureReason,
    Gender,
    Participant,
    ReferralSource,
    Route,
)
from vagledare.journal.terms import Lang, term
from vagledare.reports.periods import Period
from vagledare.reports.table import Cell, Sum
from vagledare.reports.units import UnitLayout

GENDER_ORDER = (Gender.WOMAN, Gender.MAN, Gender.UNSTATED)


@dataclass(frozen=True)
class CaseFact:
    site_id: uuid.UUID
    gender: Gender
    route: Route
    referral_source: ReferralSource | None
    start: date
    closed_on: date | None  # the current closing
    reason: ClosureReason | None
    summer_job: bool
    municipal_studies: bool
    history: tuple[tuple[date, date], ...]  # earlier closings: (closed_on, reopened_on)
    duty_from: date | None = None  # a decision on aktivitetsplikt
    duty_to: date | None = None

    @property
    def self_sufficient(self) -> bool:
        return self.reason in SELF_SUFFICIENT

    def open_on(self, day: date) -> bool:
        """Was the case open at the end of ``day``?"""
        if self.start > day:
            return False
        if self.closed_on is not None and self.closed_on <= day:
            return False
        return not any(closed <= day < reopened for closed, reopened in self.history)

    @property
    def days_to_close(self) -> int | None:
        return None if self.closed_on is None else (self.closed_on - self.start).days


def parse_route(text: str | Route | None) -> Route | None:
    """``medborgarservice``/``anvisad`` (the CLI's words), a ``Route``, or None for both."""
    if text is None or isinstance(text, Route):
        return text
    if not text.strip() or text.strip().casefold() in ("alla", "all"):
        return None
    route = ROUTE_KEYS.get(text.strip().casefold())
    if route is None:
        raise ValidationError(f"Okänd väg {text!r}: välj medborgarservice eller anvisad.")
    return route


def load_cases(
    s: Session,
    site_ids: Sequence[uuid.UUID],
    route: Route | None = None,
    *,
    closed_in: Period | None = None,
    started_by: date | None = None,
    coach_id: uuid.UUID | None = None,
) -> list[CaseFact]:
    """The cases at these sites as facts. ``closed_in`` keeps only cases whose current closing
    lies in the period; ``started_by`` only cases started on or before that day; ``coach_id``
    only one coach's cases (what a coach may export)."""
    stmt = (
        select(
            Case.id,
            Case.site_id,
            Participant.gender,
            Case.route,
            Case.referral_source,
            Case.start_date,
            Closure.closed_on,
            Closure.reason,
            Closure.summer_job,
            Closure.municipal_studies,
            Closure.reopened_on,
            Case.duty_from,
            Case.duty_to,
        )
        .join(Participant, Participant.id == Case.participant_id)
        .outerjoin(Closure, Closure.case_id == Case.id)
        .where(Case.site_id.in_(site_ids))
    )
    if route is not None:
        stmt = stmt.where(Case.route == route)
    if coach_id is not None:
        stmt = stmt.where(Case.coach_id == coach_id)
    if closed_in is not None:
        stmt = stmt.where(
            Closure.reopened_on.is_(None),
            Closure.closed_on >= closed_in.start,
            Closure.closed_on <= closed_in.end,
        )
    if started_by is not None:
        stmt = stmt.where(Case.start_date <= started_by)
    by_case: dict[uuid.UUID, list[Any]] = {}
    for row in s.execute(stmt):
        by_case.setdefault(row[0], []).append(row)
    facts = []
    for rows in by_case.values():
        _, site_id, gender, case_route, source, start = rows[0][:6]
        current = next((r for r in rows if r.closed_on is not None and r.reopened_on is None), None)
        history = tuple((r.closed_on, r.reopened_on) for r in rows if r.reopened_on is not None)
        facts.append(
            CaseFact(
                site_id=site_id,
                gender=gender,
                route=case_route,
                referral_source=source,
                start=start,
                closed_on=current.closed_on if current else None,
                reason=current.reason if current else None,
                summer_job=bool(current and current.summer_job),
                municipal_studies=bool(current and current.municipal_studies),
                history=history,
                duty_from=rows[0].duty_from,
                duty_to=rows[0].duty_to,
            )
        )
    return facts


@dataclass(frozen=True)
class Column:
    header: str
    site_ids: frozenset[uuid.UUID]
    gender: Gender | None  # None: all genders
    block: int = 0  # its block of the table's ``UnitLayout``

    def takes(self, fact: CaseFact) -> bool:
        return fact.site_id in self.site_ids and (self.gender is None or fact.gender is self.gender)


def genders_used(facts: Iterable[CaseFact]) -> tuple[Gender, ...]:
    """Kvinnor and Män always; Ej angivet only when some case has it."""
    unstated = any(f.gender is Gender.UNSTATED for f in facts)
    return GENDER_ORDER if unstated else GENDER_ORDER[:2]


def unit_gender_columns(layout: UnitLayout, genders: Sequence[Gender], lang: Lang) -> list[Column]:
    """``<unit> Kvinnor``, ``<unit> Män``, ``<unit> Totalt`` per block of the layout (a site
    or a site group); for the Totalt block ``Totalt Kvinnor`` … ``Totalt``. The unseen blocks
    come last: the table shows the first ``shown_width`` columns."""
    total = term("total", lang)
    columns = []
    for i, b in enumerate(layout.blocks):
        for g in genders:
            columns.append(Column(f"{b.name} {term(g.plural_term_key, lang)}", b.site_ids, g, i))
        columns.append(
            Column(total if b.kind == "total" else f"{b.name} {total}", b.site_ids, None, i)
        )
    return columns


def shown_width(layout: UnitLayout, columns: Sequence[Column]) -> int:
    return sum(1 for c in columns if c.block < layout.shown)


def field_is(name: str, value: object) -> Callable[[CaseFact], bool]:
    """A filter: the fact's ``name`` is ``value`` (e.g. ``field_is("route", Route.REFERRED)``)."""
    return lambda f: getattr(f, name) is value


def count_row(
    columns: Sequence[Column], facts: Sequence[CaseFact], keep: Callable[[CaseFact], bool]
) -> tuple[int, ...]:
    kept = [f for f in facts if keep(f)]
    return tuple(sum(1 for f in kept if c.takes(f)) for c in columns)


def column_sums(layout: UnitLayout, columns: Sequence[Column]) -> list[tuple[int, tuple[int, ...]]]:
    """(total column, its parts) for unit × gender columns: each block's genders add up to its
    Totalt, and the layout's sums (the units to Totalt) hold for each gender and Totalt."""
    blocks: dict[int, list[int]] = {}
    for i, c in enumerate(columns):
        blocks.setdefault(c.block, []).append(i)
    pairs = [(cols[-1], tuple(cols[:-1])) for cols in blocks.values()]
    for total, parts in layout.sums:
        for k, col in enumerate(blocks[total]):
            pairs.append((col, tuple(blocks[p][k] for p in parts)))
    return pairs


def row_sums(row: int, pairs: Sequence[tuple[int, tuple[int, ...]]]) -> list[Sum]:
    """The column relations of ``column_sums`` on one row of counts."""
    return [Sum((row, total), tuple((row, c) for c in parts)) for total, parts in pairs]


def down_sums(total_row: int, part_rows: Sequence[int], width: int) -> list[Sum]:
    """Rows ``part_rows`` add up to ``total_row`` in every column."""
    return [Sum((total_row, c), tuple((r, c) for r in part_rows)) for c in range(width)]


def unit_cell(columns: Sequence[Column], row: int, block: int, gender: Gender | None) -> Cell:
    """The cell of one block's (gender's or Totalt) column on ``row``."""
    for i, c in enumerate(columns):
        if c.block == block and c.gender is gender:
            return (row, i)
    raise KeyError((block, gender))
