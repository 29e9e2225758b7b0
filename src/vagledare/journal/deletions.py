"""Hard deletes leave tombstones, so that the journal exchange deletes the row on every desk
and never brings it back.

Most records are never deleted (a mistaken snabbärende gets ``removed_at``, a reading
``deleted_at``: those travel as ordinary changes). Retention (gallring) and erasure do delete:
through the ORM (``s.delete(obj)``) the tombstone is written automatically; Core code calls
``delete_rows`` (which also takes the rows that depend on them) or ``record_deletion``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Table, delete, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from vagledare.journal.db.fastpath import bulk_insert
from vagledare.journal.models import Base, Deletion, utc_now

CHUNK = 500
_deletion_t: Table = Deletion.__table__  # type: ignore[assignment]


def is_record_table(table: Table) -> bool:
    """A table of records with a UUID ``id`` and ``modified_at``: the rows that travel."""
    pk = [c.name for c in table.primary_key.columns]
    return pk == ["id"] and "modified_at" in table.c


def record_deletions(
    s: Session,
    table: str,
    row_ids: Iterable[uuid.UUID],
    *,
    author_id: uuid.UUID | None = None,
    at: datetime | None = None,
) -> int:
    """Write tombstones for rows of ``table`` (once per row); returns how many are new."""
    ids = list(dict.fromkeys(row_ids))
    at = at or utc_now()
    table = str(table)  # not SQLAlchemy's quoted_name: sqlite3 would look it up on every row
    new = 0
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        known = set(
            s.scalars(
                select(_deletion_t.c.row_id).where(
                    _deletion_t.c.table_name == table, _deletion_t.c.row_id.in_(chunk)
                )
            )
        )
        rows = [
            {
                "id": uuid.uuid4(),
                "created_at": at,
                "modified_at": at,
                "author_id": author_id,
                "table_name": table,
                "row_id": row_id,
                "deleted_at": at,
            }
            for row_id in chunk
            if row_id not in known
        ]
        bulk_insert(s, _deletion_t, rows)
        new += len(rows)
    return new


def record_deletion(
    s: Session, table: str, row_id: uuid.UUID, *, author_id: uuid.UUID | None = None
) -> None:
    """The tombstone of one hard-deleted row (for Core code that deletes by itself)."""
    record_deletions(s, table, [row_id], author_id=author_id)


def delete_rows(
    s: Session,
    table: str,
    row_ids: Iterable[uuid.UUID],
    *,
    author_id: uuid.UUID | None = None,
) -> dict[str, int]:
    """Delete rows for good, with every record that cannot exist without them (a case's
    contacts and closures …), and leave a tombstone for each. A nullable reference to a
    deleted row (a case's quick case, an author) is cleared instead. Returns rows per table.
    """
    done: dict[str, int] = {}
    _delete(s, Base.metadata.tables[table], list(dict.fromkeys(row_ids)), author_id, done)
    return done


def _delete(
    s: Session,
    table: Table,
    ids: list[uuid.UUID],
    author_id: uuid.UUID | None,
    done: dict[str, int],
) -> None:
    if not ids:
        return
    for child in Base.metadata.sorted_tables:
        if child is table or not is_record_table(child):
            continue
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            col = fk.parent
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i : i + CHUNK]
                if col.nullable:
                    s.execute(update(child).where(col.in_(chunk)).values({col.name: None}))
                else:
                    dependants = list(s.scalars(select(child.c.id).where(col.in_(chunk))))
                    _delete(s, child, dependants, author_id, done)
    existing: list[uuid.UUID] = []
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        existing += s.scalars(select(table.c.id).where(table.c.id.in_(chunk)))
        s.execute(delete(table).where(table.c.id.in_(chunk)))
    record_deletions(s, table.name, existing, author_id=author_id)
    if existing:
        done[table.name] = done.get(table.name, 0) + len(existing)


def _on_flush(s: Session, _ctx: object, _instances: object) -> None:
    for obj in list(s.deleted):
        if not isinstance(obj, Base) or isinstance(obj, Deletion):
            continue
        mapper = inspect(obj).mapper
        table = mapper.local_table
        if isinstance(table, Table) and is_record_table(table):
            now = utc_now()
            s.add(
                Deletion(
                    id=uuid.uuid4(),
                    table_name=table.name,
                    row_id=obj.id,  # type: ignore[attr-defined]
                    deleted_at=now,
                    created_at=now,
                    modified_at=now,
                    author_id=s.info.get("actor_id"),
                )
            )


def install(sessions: sessionmaker[Session]) -> None:
    """Leave a tombstone for every record deleted through these sessions' ORM."""
    from sqlalchemy import event

    event.listen(sessions, "before_flush", _on_flush)
