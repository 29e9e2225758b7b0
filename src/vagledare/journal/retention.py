"""Gallring (retention): people whose last contact with the desk lies more than N years back
lose what links the journal to them, while the statistics stay.

A participant qualifies when they have no open case and no current enrolment, and nothing
happened to them on or after the cut-off day (today N years ago): no case started, closed or
reopened, no contact, no enrolment or leaving, no attendance, no reading. For each one:

- the participant code is replaced by an anonymous one (``GALLRAD-<8 hex>``);
- their case contacts are deleted (no report counts contacts);
- every free-text field in their rows is emptied (reading comments and deletion reasons, and
  any note or comment column a later version adds), and so is the reading's form language;
- a note elsewhere that mentions their code (e.g. a session note) is emptied.

Cases, closings, enrolments, attendance and readings with their values stay: every report
counts the same afterwards (``tests/test_retention.py`` compares every report's CSV).

Every hard delete of journal records goes through :func:`delete_rows`, so that the exchange
between desks can record deletions in one place.
"""

from __future__ import annotations

import contextlib
import re
import secrets
import sqlite3
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from vagledare.journal import audit
from vagledare.journal.db.fastpath import run_on_driver
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Assessment,
    Attendance,
    AuditEntry,
    Base,
    Case,
    Closure,
    Contact,
    Enrolment,
    GroupSession,
    Participant,
    Setting,
    utc_now,
)
from vagledare.journal.participants import RESERVED_PREFIX
from vagledare.journal.subject import (
    chunks,
    counted,
    plural,
    subject_tables,
    table_of,
    tree_ids,
)

if TYPE_CHECKING:
    from vagledare.journal.db.open import Journal

SETTING_KEY = "retention_years"
DEFAULT_YEARS = 2
MIN_YEARS, MAX_YEARS = 1, 50
ANONYMOUS_PREFIX = RESERVED_PREFIX
# Coded but revealing, and counted by no report: emptied with the free text.
EXTRA_CLEARED = {(Assessment.__tablename__, "language")}
# Tables never scrubbed for mentions: the append-only log (it holds no free text) and settings.
NOT_SCANNED = {AuditEntry.__tablename__, Setting.__tablename__}


def delete_rows(s: Session, table: Table, ids: Collection[uuid.UUID]) -> int:
    """Delete these rows of ``table`` (by ``id``) in the caller's transaction; the count.

    The one place journal records are deleted for good (retention and erasure). Each deleted
    record leaves a tombstone naming its UUID (never the code), so that the journal exchange
    deletes it on every other desk and no later file or sync brings it back.
    """
    from vagledare.journal.deletions import is_record_table, record_deletions

    done = 0
    ordered = sorted(ids)
    gone: list[uuid.UUID] = []
    for part in chunks(ordered):
        found = list(s.scalars(select(table.c.id).where(table.c.id.in_(part))))
        result = s.execute(delete(table).where(table.c.id.in_(part)))
        done += result.rowcount or 0  # type: ignore[attr-defined]
        gone += found
    if is_record_table(table):
        record_deletions(s, table.name, gone, author_id=s.info.get("actor_id"))
    return done


def retention_years(s: Session) -> int:
    row = s.get(Setting, SETTING_KEY)
    try:
        return check_years(int(row.value)) if row else DEFAULT_YEARS
    except (ValueError, ValidationError):
        return DEFAULT_YEARS


def check_years(years: int) -> int:
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise ValidationError(
            f"Gallringstiden ska vara mellan {MIN_YEARS} och {MAX_YEARS} år (inte {years})."
        )
    return years


def set_retention_years(s: Session, years: int) -> None:
    years = check_years(years)
    row = s.get(Setting, SETTING_KEY)
    if row is None:
        s.add(Setting(key=SETTING_KEY, value=str(years)))
    else:
        row.value = str(years)


def cutoff_for(years: int, today: date) -> date:
    """Today ``years`` years ago (28 February for a 29 February)."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def free_text_columns(table: Table) -> list[str]:
    """Columns holding what someone wrote (Text, or String longer than a code)."""
    return [c.key for c in table.columns if audit.is_free_text(c) and c.key != "id"]


@dataclass(frozen=True)
class RetentionCounts:
    """What a retention run does (or did): counts only, never who."""

    years: int
    cutoff: date
    participants: int  # codes replaced
    contacts: int  # case contacts deleted
    texts: int  # free-text fields emptied in the participants' own rows
    mentions: int  # notes elsewhere that named a code
    kept: dict[str, int]  # rows kept for the statistics, per table

    def describe(self) -> str:
        if not self.participants:
            return (
                f"Ingen deltagare har varit inaktiv sedan före {self.cutoff.isoformat()} "
                f"({self.years} år): inget att gallra."
            )
        kept = ", ".join(counted(n, t) for t, n in self.kept.items() if n)
        texts = plural(self.texts, "kommentar eller anteckning", "kommentarer och anteckningar")
        text = (
            f"{self.participants} deltagare utan aktivitet sedan före {self.cutoff.isoformat()} "
            f"({self.years} år) får anonyma koder. {counted(self.contacts, 'case_contact')} "
            f"raderas, {texts} töms"
        )
        if self.mentions:
            notes = plural(self.mentions, "anteckning", "anteckningar")
            text += f", {notes} som nämner koderna töms"
        return text + (f". Kvar för statistiken: {kept}." if kept else ".")

    def audit_detail(self) -> dict[str, Any]:
        return {
            "years": self.years,
            "cutoff": self.cutoff,
            "participants": self.participants,
            "contacts_deleted": self.contacts,
            "texts_emptied": self.texts,
            "mentions_emptied": self.mentions,
        }


KEPT = (
    Case.__tablename__,
    Closure.__tablename__,
    "case_follow_up",
    Enrolment.__tablename__,
    Attendance.__tablename__,
    Assessment.__tablename__,
    "assessment_value",
)


def qualifying_participants(s: Session, cutoff: date) -> list[uuid.UUID]:
    """Participants with nothing open and nothing on or after ``cutoff``."""
    last: dict[uuid.UUID, date] = {}

    def see(rows: Any) -> None:
        for pid, day in rows:
            if day is not None and (pid not in last or day > last[pid]):
                last[pid] = day

    p = Participant
    cp, ep = Case.participant_id, Enrolment.participant_id
    for stmt in (
        select(cp, func.max(Case.start_date)).group_by(cp),
        select(cp, func.max(Closure.closed_on))
        .join(Closure, Closure.case_id == Case.id)
        .group_by(cp),
        select(cp, func.max(Closure.reopened_on))
        .join(Closure, Closure.case_id == Case.id)
        .group_by(cp),
        select(cp, func.max(Contact.occurred_on))
        .join(Contact, Contact.case_id == Case.id)
        .group_by(cp),
        select(ep, func.max(Enrolment.enrolled_on)).group_by(ep),
        select(ep, func.max(Enrolment.left_on)).group_by(ep),
        select(ep, func.max(GroupSession.held_on))
        .join(Attendance, Attendance.enrolment_id == Enrolment.id)
        .join(GroupSession, GroupSession.id == Attendance.session_id)
        .group_by(ep),
        select(Assessment.participant_id, func.max(Assessment.taken_on)).group_by(
            Assessment.participant_id
        ),
    ):
        see(s.execute(stmt))

    current = select(Closure.case_id).where(Closure.reopened_on.is_(None))
    busy = set(s.scalars(select(Case.participant_id).where(Case.id.not_in(current))))
    busy.update(s.scalars(select(Enrolment.participant_id).where(Enrolment.left_on.is_(None))))

    out = []
    for pid, created in s.execute(
        select(p.id, p.created_at).where(~p.code.startswith(ANONYMOUS_PREFIX))
    ):
        if pid in busy:
            continue
        # A bare register row without any event counts from its registration.
        day = last.get(pid, created.date())
        if day < cutoff:
            out.append(pid)
    return sorted(out)


@dataclass(frozen=True)
class _Plan:
    counts: RetentionCounts
    participants: list[uuid.UUID]
    codes: dict[uuid.UUID, str]
    contacts: list[uuid.UUID]
    texts: dict[str, dict[str, list[uuid.UUID]]]  # table -> column -> row ids to empty
    mentions: dict[tuple[str, str], list[tuple[uuid.UUID, str]]]  # (table, column) -> rows


def _plan(s: Session, years: int, today: date) -> _Plan:
    years = check_years(years)
    cutoff = cutoff_for(years, today)
    pids = qualifying_participants(s, cutoff)
    codes = participant_codes(s, pids)
    ids = tree_ids(s, pids)
    contacts: list[uuid.UUID] = []
    for part in chunks(ids.get(Contact.__tablename__, [])):
        contacts += s.scalars(
            select(Contact.id).where(Contact.id.in_(part), Contact.occurred_on < cutoff)
        ).all()
    texts: dict[str, dict[str, list[uuid.UUID]]] = {}
    text_count = 0
    gone = set(contacts)
    for table in subject_tables():
        columns = [c for c in free_text_columns(table) if table.c[c].nullable]
        columns += [c for t, c in EXTRA_CLEARED if t == table.name]
        row_ids = [i for i in ids.get(table.name, []) if i not in gone]
        for column in columns:
            found: list[uuid.UUID] = []
            for part in chunks(row_ids):
                found += s.scalars(
                    select(table.c.id).where(table.c.id.in_(part), table.c[column].is_not(None))
                ).all()
            if found:
                texts.setdefault(table.name, {})[column] = found
                if (table.name, column) not in EXTRA_CLEARED:
                    text_count += len(found)
    handled = gone | {i for columns in texts.values() for found in columns.values() for i in found}
    mentions = find_mentions(s, codes.values(), skip=handled)
    kept = {t: len(ids.get(t, [])) for t in KEPT}
    counts = RetentionCounts(
        years,
        cutoff,
        len(pids),
        len(contacts),
        text_count,
        sum(len(v) for v in mentions.values()),
        kept,
    )
    return _Plan(counts, pids, codes, contacts, texts, mentions)


def participant_codes(s: Session, pids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    out: dict[uuid.UUID, str] = {}
    for part in chunks(pids):
        stmt = select(Participant.id, Participant.code).where(Participant.id.in_(part))
        out.update((i, c) for i, c in s.execute(stmt))
    return out


def find_mentions(
    s: Session, codes: Collection[str], *, skip: Collection[uuid.UUID] = ()
) -> dict[tuple[str, str], list[tuple[uuid.UUID, str]]]:
    """Free-text fields that mention one of the codes (rows in ``skip`` are dealt with
    already), e.g. a session note or another participant's contact note."""
    if not codes:
        return {}
    pattern = re.compile(
        "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True)), re.IGNORECASE
    )
    out: dict[tuple[str, str], list[tuple[uuid.UUID, str]]] = {}
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_SCANNED or "id" not in table.c:
            continue
        for column in free_text_columns(table):
            col = table.c[column]
            for row_id, text in s.execute(select(table.c.id, col).where(col.is_not(None))):
                if row_id not in skip and pattern.search(text):
                    out.setdefault((table.name, column), []).append((row_id, text))
    return out


def empty_mentions(
    s: Session,
    mentions: Mapping[tuple[str, str], list[tuple[uuid.UUID, str]]],
    replacements: Mapping[str, str],
) -> None:
    """Empty each mentioning field (or, where a field must have a value, replace the code)."""
    pattern = re.compile(
        "|".join(re.escape(c) for c in sorted(replacements, key=len, reverse=True)), re.IGNORECASE
    )
    by_fold = {c.casefold(): r for c, r in replacements.items()}
    now = utc_now()
    for (name, column), rows in mentions.items():
        table = Base.metadata.tables[name]
        for row_id, text in rows:
            value = (
                None
                if table.c[column].nullable
                else pattern.sub(lambda m: by_fold[m.group(0).casefold()], text)
            )
            values: dict[str, Any] = {column: value}
            if "modified_at" in table.c:
                values["modified_at"] = now
            s.execute(update(table).where(table.c.id == row_id).values(**values))


def anonymous_codes(s: Session, n: int) -> list[str]:
    taken = set(
        s.scalars(
            select(Participant.code).where(Participant.code.startswith(ANONYMOUS_PREFIX))
        ).all()
    )
    out: list[str] = []
    while len(out) < n:
        code = f"{ANONYMOUS_PREFIX}{secrets.token_hex(4).upper()}"
        if code not in taken:
            taken.add(code)
            out.append(code)
    return out


def preview_retention(
    s: Session, years: int | None = None, today: date | None = None
) -> RetentionCounts:
    """What a run would do now, without changing anything."""
    return _plan(s, years or retention_years(s), today or date.today()).counts


def apply_retention(
    s: Session, years: int | None = None, today: date | None = None
) -> RetentionCounts:
    """Run retention in the caller's transaction and record it in the audit log."""
    plan = _plan(s, years or retention_years(s), today or date.today())
    now = utc_now()
    new_codes = dict(
        zip(plan.participants, anonymous_codes(s, len(plan.participants)), strict=True)
    )
    if new_codes:
        ptable = table_of(Participant)
        s.connection().execute(
            update(ptable)
            .where(ptable.c.id == bindparam("pid"))
            # The form's language goes with the code: coded, but revealing (as a reading's).
            .values(
                code=bindparam("new_code"), form_language=None, form_layout=None, modified_at=now
            ),
            [{"pid": pid, "new_code": code} for pid, code in new_codes.items()],
        )
    delete_rows(s, table_of(Contact), plan.contacts)
    for name, columns in plan.texts.items():
        table = Base.metadata.tables[name]
        for column, row_ids in columns.items():
            for part in chunks(row_ids):
                s.execute(
                    update(table)
                    .where(table.c.id.in_(part))
                    .values({column: None, "modified_at": now})
                )
    empty_mentions(s, plan.mentions, {plan.codes[p]: new_codes[p] for p in plan.participants})
    audit.record(s, "retention", "journal", None, **plan.counts.audit_detail())
    return plan.counts


@dataclass(frozen=True)
class RetentionRun:
    counts: RetentionCounts
    backup: Path | None
    dry_run: bool


def run_retention(
    journal: Journal,
    actor_id: uuid.UUID | None,
    *,
    years: int | None = None,
    today: date | None = None,
    dry_run: bool = False,
    remember: bool = False,
) -> RetentionRun:
    """A whole retention run: an event backup first, then one transaction."""
    if years is not None:
        check_years(years)
    if dry_run:
        with journal.session(readonly=True) as s:
            return RetentionRun(preview_retention(s, years, today), None, True)
    backup = None
    if journal.path is not None:
        from vagledare.journal.backup import backup_before

        backup = backup_before(journal.path, "gallring")
    with journal.session(actor_id=actor_id) as s:
        secure_delete(s)
        counts = apply_retention(s, years, today)
        if remember:
            set_retention_years(s, counts.years)
    checkpoint(journal)
    return RetentionRun(counts, backup, False)


def secure_delete(s: Session) -> None:
    """Overwrite deleted content in the file (SQLite keeps it in free pages otherwise)."""
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete=ON")


def checkpoint(journal: Journal) -> None:
    """Move the write-ahead log into the file and truncate it: old page images go too."""
    if not journal.is_sqlite:
        return
    # Outside any transaction; best effort (a reader may hold the log a moment).
    with journal.engine.connect() as conn, contextlib.suppress(sqlite3.Error):
        run_on_driver(conn, "PRAGMA wal_checkpoint(TRUNCATE)")
