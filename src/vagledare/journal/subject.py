"""Everything the journal holds about one participant code (the data subject), found from the
schema itself: the register row, every table with a foreign key to it (cases, enrolments,
readings …) and, recursively, their child tables (contacts, closings, attendance, values …).

Because the tree is read from the models' metadata, a table added later with a foreign key to
``participant`` or to one of these tables is covered by the register extract, erasure and
retention without changing this module.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, MetaData, Table, select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Assessment,
    AuditEntry,
    Base,
    Case,
    Closure,
    Participant,
    Role,
)
from vagledare.journal.models.base import table_of
from vagledare.journal.participants import ParticipantInfo, find_participant

CHUNK = 500  # ids per IN (…) list
# Swedish words for counting rows of a table (singular, plural).
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "participant": ("deltagarkod", "deltagarkoder"),
    "case_file": ("ärende", "ärenden"),
    "case_contact": ("kontakt", "kontakter"),
    "case_closure": ("avslut", "avslut"),
    "case_follow_up": ("uppföljning", "uppföljningar"),
    "case_duty_hours": ("rad planerade timmar", "rader planerade timmar"),
    "enrolment": ("inskrivning", "inskrivningar"),
    "attendance": ("närvaromarkering", "närvaromarkeringar"),
    "assessment": ("mätning", "mätningar"),
    "assessment_value": ("mätvärde", "mätvärden"),
    "survey_answer": ("enkätsvar", "enkätsvar"),
}


def counted(n: int, table: str) -> str:
    """``1 ärende``, ``3 ärenden``; a table without words is counted by its name."""
    one, many = TABLE_WORDS.get(table, (table, table))
    return f"{n} {one if n == 1 else many}"


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class Link:
    """``table.column`` points at a row of ``parent`` that belongs to the participant."""

    table: Table
    column: Column[Any]
    parent: Table


def participant_links(metadata: MetaData = Base.metadata) -> tuple[Link, ...]:
    """The foreign keys that make a row part of a participant's data, parents before
    children (the metadata's dependency order)."""
    participant = metadata.tables[Participant.__tablename__]
    found = {participant.name}
    links: list[Link] = []
    for table in metadata.sorted_tables:
        if table is participant:
            continue
        for fk in sorted(table.foreign_keys, key=lambda k: k.parent.name):
            parent = fk.column.table
            if parent.name in found and parent is not table:
                links.append(Link(table, fk.parent, parent))
        if any(link.table is table for link in links):
            found.add(table.name)
    return tuple(links)


def subject_tables(metadata: MetaData = Base.metadata) -> tuple[Table, ...]:
    """The tables that can hold rows about a participant (besides the register), parents
    first."""
    seen: dict[str, Table] = {}
    for link in participant_links(metadata):
        seen.setdefault(link.table.name, link.table)
    return tuple(seen.values())


def chunks(ids: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


@dataclass(frozen=True)
class SubjectRows:
    """One participant's rows, table by table (parents first)."""

    participant: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def participant_id(self) -> uuid.UUID:
        return uuid.UUID(str(self.participant["id"]))

    def ids(self, table: str) -> list[uuid.UUID]:
        return [r["id"] for r in self.rows.get(table, [])]

    def all_ids(self) -> set[uuid.UUID]:
        out = {self.participant_id}
        for rows in self.rows.values():
            out.update(r["id"] for r in rows)
        return out

    def counts(self) -> dict[str, int]:
        """Rows per table, the register row included (``participant``: 1)."""
        return {Participant.__tablename__: 1, **{t: len(r) for t, r in self.rows.items() if r}}

    def children_of(self, link: Link, parent_id: uuid.UUID) -> list[dict[str, Any]]:
        return [r for r in self.rows.get(link.table.name, []) if r[link.column.key] == parent_id]


def tree_ids(s: Session, participant_ids: Sequence[uuid.UUID]) -> dict[str, list[uuid.UUID]]:
    """The ids of every row about these participants, per table (parents first)."""
    ids: dict[str, list[uuid.UUID]] = {Participant.__tablename__: list(participant_ids)}
    for link in participant_links():
        found = dict.fromkeys(ids.get(link.table.name, []))
        for part in chunks(ids.get(link.parent.name, [])):
            found.update(
                dict.fromkeys(s.scalars(select(link.table.c.id).where(link.column.in_(part))))
            )
        ids[link.table.name] = list(found)
    del ids[Participant.__tablename__]
    return ids


def collect_rows(s: Session, participant_id: uuid.UUID) -> SubjectRows:
    """Every row about the participant, read in the caller's transaction."""
    ptable = table_of(Participant)
    head = s.execute(select(ptable).where(ptable.c.id == participant_id)).mappings().first()
    if head is None:
        raise ValidationError("Deltagaren finns inte i registret.")
    rows: dict[str, list[dict[str, Any]]] = {}
    tables = {t.name: t for t in subject_tables()}
    for name, ids in tree_ids(s, [participant_id]).items():
        table = tables[name]
        found: list[dict[str, Any]] = []
        for part in chunks(ids):
            found.extend(
                dict(r) for r in s.execute(select(table).where(table.c.id.in_(part))).mappings()
            )
        rows[name] = sorted(found, key=lambda r: tuple(str(v) for v in _sort_key(r)))
    return SubjectRows(dict(head), rows)


def _sort_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """Date-like columns first, then creation time: a person's history reads oldest first."""
    for name in ("start_date", "occurred_on", "closed_on", "enrolled_on", "taken_on"):
        if name in row:
            return (row[name], row.get("created_at"), row["id"])
    return (row.get("created_at"), row["id"])


def require_participant(s: Session, code: str) -> ParticipantInfo:
    found = find_participant(s, code)
    if found is None:
        raise ValidationError(f"Deltagarkoden {code.strip().upper()} finns inte i journalen.")
    return found


def audit_entries_about(s: Session, ids: Iterable[uuid.UUID]) -> list[AuditEntry]:
    """The audit log's entries about these rows, oldest first."""
    keys = sorted(str(i) for i in ids)
    out: list[AuditEntry] = []
    for part in chunks(keys):
        out.extend(s.scalars(select(AuditEntry).where(AuditEntry.entity_id.in_(part))))
    return sorted(out, key=lambda e: (e.at, str(e.id)))


def is_own_coach(s: Session, staff_id: uuid.UUID, participant_id: uuid.UUID) -> bool:
    """The staff member is the coach of one of the participant's cases or readings."""
    case_coach = s.scalar(
        select(Case.id).where(Case.participant_id == participant_id, Case.coach_id == staff_id)
    )
    if case_coach is not None:
        return True
    return (
        s.scalar(
            select(Assessment.id).where(
                Assessment.participant_id == participant_id, Assessment.coach_id == staff_id
            )
        )
        is not None
    )


def may_extract(s: Session, role: Role, staff_id: uuid.UUID, participant_id: uuid.UUID) -> bool:
    """Team leads and administrators, and the participant's own coach, may export a register
    extract."""
    from vagledare.journal.access import is_lead

    return is_lead(role) or is_own_coach(s, staff_id, participant_id)


def open_cases(s: Session, participant_id: uuid.UUID) -> int:
    """How many of the participant's cases are open (no current closing)."""
    current = select(Closure.case_id).where(Closure.reopened_on.is_(None))
    return len(
        s.scalars(
            select(Case.id).where(Case.participant_id == participant_id, Case.id.not_in(current))
        ).all()
    )
