"""Erasure of one participant code on request (GDPR art. 17): every row about the person is
deleted, children first, after an event backup. The audit log keeps one entry "erasure" that
names the register row's UUID (never the code), the reason and the number of rows per table.

Reports afterwards simply no longer count the person. Notes elsewhere that mention the code
(e.g. a session note) are emptied.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
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
    from vagledare.journal.db.open import Journal

MAX_REASON = 200
ERASED = "(raderad)"


@dataclass(frozen=True)
class ErasurePlan:
    participant_id: uuid.UUID
    code: str
    counts: dict[str, int]  # table -> rows (the register row included)
    open_cases: int
    mentions: int
    # What was deleted, by table: the UUIDs only (the erasure register, see ``register``)
    deleted: dict[str, list[str]] = field(default_factory=dict)
    # Notes elsewhere that named the code and were emptied: "table.column" -> row UUIDs
    emptied: dict[str, list[str]] = field(default_factory=dict)

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
    deleted = {name: [str(i) for i in rows.ids(name)] for name in rows.rows if rows.ids(name)}
    deleted[Participant.__tablename__] = [str(person.id)]
    emptied = {
        f"{name}.{column}": [str(row_id) for row_id, _ in found]
        for (name, column), found in mentions.items()
        if Base.metadata.tables[name].c[column].nullable
    }
    plan = ErasurePlan(
        person.id,
        person.code,
        rows.counts(),
        open_cases(s, person.id),
        sum(len(v) for v in mentions.values()),
        deleted,
        emptied,
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
    if journal.path is not None:
        remember(journal.path, plan.deleted, plan.emptied)
    return ErasureRun(plan, backup)


# -- the erasure register: erasures survive a restored backup ---------------------------


def register_path(journal_path: Path) -> Path:
    """Beside the journal, so a restore (which replaces only the journal file) keeps it."""
    return journal_path.with_name(f"{journal_path.stem}-raderingar.json")


def _read_register(journal_path: Path) -> list[dict[str, Any]]:
    try:
        raw = json.loads(register_path(journal_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [e for e in raw if isinstance(e, dict)] if isinstance(raw, list) else []


def remember(
    journal_path: Path, deleted: dict[str, list[str]], emptied: dict[str, list[str]]
) -> None:
    """Add one erasure's UUIDs (never the code) to the register, written whole, owner-only."""
    from vagledare.journal.models import utc_now
    from vagledare.journal.private_files import atomic_write

    entries = _read_register(journal_path)
    entries.append({"at": utc_now().isoformat(), "rows": deleted, "emptied": emptied})
    atomic_write(register_path(journal_path), json.dumps(entries, indent=1).encode())


def after_restore(journal: Journal, backup: str, aside: str | None) -> int:
    """What follows putting a backup in the journal's place: the log says so, and every
    erasure made since comes back into force. Returns the rows erased again."""
    audit.record_restore(journal, backup, aside)
    return reapply_register(journal)


def reapply_register(journal: Journal) -> int:
    """After a restore: delete again everything an erasure deleted (with tombstones, so the
    exchange carries it on). Returns the rows that had come back with the backup."""
    from vagledare.journal.deletions import delete_rows as delete_with_children

    if journal.path is None:
        return 0
    entries = _read_register(journal.path)
    if not entries:
        return 0
    done = 0
    with journal.session() as s:
        for entry in entries:
            rows = entry.get("rows")
            if not isinstance(rows, dict):
                continue
            for table, ids in rows.items():
                if table not in Base.metadata.tables or not isinstance(ids, list):
                    continue
                try:
                    parsed = [uuid.UUID(str(i)) for i in ids]
                except ValueError:
                    continue
                found = delete_with_children(s, table, parsed)
                done += sum(found.values())
            for where, ids in (entry.get("emptied") or {}).items():
                name, _, column = str(where).partition(".")
                table_obj = Base.metadata.tables.get(name)
                if table_obj is None or column not in table_obj.c or not isinstance(ids, list):
                    continue
                col = table_obj.c[column]
                parsed = [uuid.UUID(str(i)) for i in ids]
                s.execute(
                    update(table_obj)
                    .where(table_obj.c.id.in_(parsed), col.is_not(None))
                    .values({column: None})
                )
        if done:
            audit.record(s, "erasure_reapplied", "journal", None, rows=done)
    return done
