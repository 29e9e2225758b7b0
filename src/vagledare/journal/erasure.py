"""Erasure of one participant code on request (GDPR art. 17): every row about the person is
deleted, children first, after an event backup. The audit log keeps one entry "erasure" that
names the register row's UUID (never the code), the reason and the number of rows per table.

Reports afterwards simply no longer count the person. Notes elsewhere that mention the code
(e.g. a session note) are emptied.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from vagledare.journal import audit
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Base, Participant
from vagledare.journal.privacy import reject_identity_number
from vagledare.journal.retention import (
    checkpoint,
    delete_rows,
    empty_mentions,
    find_mentions,
    secure_delete,
)
from vagledare.journal.subject import (
    collect_rows,
    counted,
    open_cases,
    plural,
    require_participant,
    table_of,
)

if TYPE_CHECKING:
    from vagledare.journal.db import Journal

MAX_REASON = 200
ERASED = "(raderad)"


@dataclass(frozen=True)
class ErasurePlan:
    participant_id: uuid.UUID
    code: str
    counts: dict[str, int]  # table -> rows (the register row included)
    open_cases: int
    mentions: int

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        parts = ", ".join(counted(n, t) for t, n in self.counts.items() if t != "participant")
        text = f"Deltagarkoden {self.code} raderas med allt som hör till den"
        text += f": {parts}." if parts else " (inga andra uppgifter finns)."
        if self.mentions:
            notes = plural(self.mentions, "anteckning", "anteckningar")
            text += f" {notes} som nämner koden töms."
        if self.open_cases:
            still = "är fortfarande öppet" if self.open_cases == 1 else "är fortfarande öppna"
            text += f" Observera: {counted(self.open_cases, 'case_file')} {still}."
        return text


def clean_reason(reason: str) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationError("Ange varför koden raderas (t.ex. begäran om radering och datum).")
    if len(text) > MAX_REASON:
        raise ValidationError(f"Skälet är för långt (högst {MAX_REASON} tecken).")
    reject_identity_number(text, "Skälet")
    return text


def plan_erasure(s: Session, code: str) -> ErasurePlan:
    person = require_participant(s, code)
    rows = collect_rows(s, person.id)
    mentions = find_mentions(s, [person.code], skip=rows.all_ids())
    return ErasurePlan(
        person.id,
        person.code,
        rows.counts(),
        open_cases(s, person.id),
        sum(len(v) for v in mentions.values()),
    )


def erase_participant(s: Session, code: str, reason: str) -> ErasurePlan:
    """Delete everything about the code in the caller's transaction, and audit it."""
    reason = clean_reason(reason)
    person = require_participant(s, code)
    rows = collect_rows(s, person.id)
    mentions = find_mentions(s, [person.code], skip=rows.all_ids())
    plan = ErasurePlan(
        person.id,
        person.code,
        rows.counts(),
        open_cases(s, person.id),
        sum(len(v) for v in mentions.values()),
    )
    s.flush()
    for name in reversed(list(rows.rows)):  # children first
        delete_rows(s, Base.metadata.tables[name], rows.ids(name))
    delete_rows(s, table_of(Participant), [person.id])
    empty_mentions(s, mentions, {person.code: ERASED})
    s.expire_all()
    audit.record(
        s,
        "erasure",
        "participant",
        person.id,
        reason=reason,
        rows={t: n for t, n in plan.counts.items()},
        mentions_emptied=plan.mentions,
    )
    return plan


@dataclass(frozen=True)
class ErasureRun:
    plan: ErasurePlan
    backup: Path | None


def run_erasure(journal: Journal, code: str, reason: str, actor_id: uuid.UUID | None) -> ErasureRun:
    """An event backup, then one transaction."""
    reason = clean_reason(reason)
    with journal.session(readonly=True) as s:
        require_participant(s, code)
    backup = None
    if journal.path is not None:
        from vagledare.journal.backup import backup_before

        backup = backup_before(journal.path, "radering")
    with journal.session(actor_id=actor_id) as s:
        secure_delete(s)
        plan = erase_participant(s, code, reason)
    checkpoint(journal)
    return ErasureRun(plan, backup)
