"""Write an exchange file: every record changed since a watermark, and whatever they refer to.

Which rows: those changed here since the watermark's time (less a safety margin for
transactions still open then and for clock corrections), and those merged in from other desks
since the watermark's merge number – except rows that came from the destination itself.
The rows they refer to (site, category, participant, author …) go along, changed or not, so
that every file can be merged on its own; the receiving desk skips what it already has.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    MetaData,
    Select,
    Table,
    and_,
    create_engine,
    exists,
    func,
    not_,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session

from vagledare.exchange import fileformat
from vagledare.exchange.codec import Codec, raw
from vagledare.exchange.identity import DeskIdentity, Mark, desk_identity, last_seq
from vagledare.exchange.model import (
    BASE,
    ORIGIN,
    ExchangedTable,
    exchanged_tables,
    file_table,
    provenance,
)
from vagledare.exchange.signing import desk_key
from vagledare.journal import schema
from vagledare.journal.db import Journal
from vagledare.journal.models import ExchangeArrival, ExchangeBatch, utc_now

MARGIN = timedelta(minutes=10)
CHUNK = 5000
Progress = Callable[[str, int, int], None]  # (table, rows done, rows in all); may raise

_arrival: Table = ExchangeArrival.__table__  # type: ignore[assignment]
_batch: Table = ExchangeBatch.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    manifest: fileformat.Manifest
    mark: Mark  # what the destination has once it merges this file

    @property
    def rows(self) -> int:
        return self.manifest.rows


def _rows_query(
    et: ExchangedTable, codec: Codec, since: Mark | None, peer_id: uuid.UUID | None
) -> tuple[list[Any], Select[Any]]:
    t = et.table
    columns = [
        *(t.c[c] for c in et.columns),
        _arrival.c.version,
        _arrival.c.origin,
        _arrival.c.base,
    ]
    arrived_here = and_(_arrival.c.table_name == et.name, _arrival.c.row_id == t.c.id)
    stmt = select(*codec.select(columns)).select_from(t.outerjoin(_arrival, arrived_here))
    unchanged_since_arrival = _arrival.c.version == t.c.modified_at
    if peer_id is not None:  # the destination has what it sent us
        from_peer = exists().where(_batch.c.seq == _arrival.c.seq, _batch.c.peer_id == peer_id)
        stmt = stmt.where(not_(and_(unchanged_since_arrival, from_peer)))
    if since is not None:
        changed_here = and_(
            or_(_arrival.c.row_id.is_(None), _arrival.c.version != t.c.modified_at),
            t.c.modified_at > since.time - MARGIN,
        )
        merged_since = and_(unchanged_since_arrival, _arrival.c.seq > since.seq)
        stmt = stmt.where(or_(changed_here, merged_since))
    return columns, stmt


class _Writer:
    """Copies rows from the journal into the file, in the stored form, with provenance."""

    def __init__(self, s: Session, data: Connection, own: uuid.UUID, progress: Progress):
        self.codec = Codec(s.connection())
        self.file = Codec(data)
        self.own = own.hex  # the stored form of a UUID
        self.progress = progress
        self.counts: dict[str, int] = {}
        self.total = 0
        self.done = 0

    def write(
        self, et: ExchangedTable, ftable: Table, query: tuple[list[Any], Select[Any]]
    ) -> None:
        columns, stmt = query
        n = len(et.columns)
        names = [*et.columns, ORIGIN, BASE]
        at = et.columns.index("modified_at")
        own = self.own
        for part in self.codec.stream(columns, stmt, CHUNK):
            rows = [
                (*r[:n], own, None)  # never arrived: made here
                if r[n] is None
                else (*r[:n], *provenance(r[at], r[n], r[n + 1], r[n + 2], own))
                for r in part
            ]
            self.file.insert(ftable, names, rows)
            self.counts[et.name] = self.counts.get(et.name, 0) + len(rows)
            self.done += len(rows)
            self.progress(et.label, self.done, self.total)


def _referenced_but_missing(data: Connection, meta: MetaData, et: ExchangedTable) -> list[Any]:
    """Ids of ``et`` that rows already in the file refer to but the file does not hold."""
    parts = []
    target = meta.tables[et.name]
    for child in exchanged_tables():
        if child.name not in meta.tables:
            continue
        ct = meta.tables[child.name]
        for ref in child.references:
            if ref.table == et.name and ref.column in ct.c:
                col = raw(ct.c[ref.column])
                parts.append(select(col.label("ref")).where(col.is_not(None)).distinct())
    if not parts:
        return []
    refs = union(*parts).subquery()
    stmt = select(refs.c.ref).where(refs.c.ref.not_in(select(raw(target.c.id))))
    return list(data.execute(stmt).scalars())


def export_exchange(
    journal: Journal,
    path: Path,
    *,
    since: Mark | None = None,
    peer_id: uuid.UUID | None = None,
    destination: str = "",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the exchange file ``path``; the journal is only read. Save the returned mark
    (``identity.save_mark``) once the file is delivered, so that the next export starts there.
    """
    with journal.session() as s:
        own: DeskIdentity = desk_identity(s)
    key = desk_key()  # this desk's signing key (made the first time, never exported)
    started = utc_now()
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="vagledare-utbyte-", dir=path.parent) as tmp:
        data_path = Path(tmp) / fileformat.DATA
        engine = create_engine(f"sqlite:///{data_path}")
        try:
            with journal.session(readonly=True) as s, engine.begin() as data:
                data.exec_driver_sql("PRAGMA journal_mode=OFF")
                data.exec_driver_sql("PRAGMA synchronous=OFF")
                seq = last_seq(s)
                writer = _Writer(s, data, own.id, progress or _quiet)
                writer.total = _total_rows(s)
                _write_tables(writer, data, since, peer_id)
            counts = writer.counts
        finally:
            engine.dispose()
        manifest = fileformat.Manifest(
            desk_id=str(own.id),
            desk_name=own.name,
            schema=schema.HEAD,
            created=started.isoformat(),
            counts=counts,
            sha256=fileformat.sha256_of(data_path),
            destination=destination,
            since=since.time.isoformat() if since else None,
            signer=key.public_text,
        )
        fileformat.write_container(path, data_path, manifest, key)
    return ExportResult(path, manifest, Mark(started, seq))


def _write_tables(
    writer: _Writer, data: Connection, since: Mark | None, peer_id: uuid.UUID | None
) -> None:
    meta = MetaData()
    for et in reversed(exchanged_tables()):  # children first: their parents follow them
        ftable = file_table(et, meta)
        ftable.create(data)
        writer.counts[et.name] = 0
        writer.write(et, ftable, _rows_query(et, writer.codec, since, peer_id))
        if since is None and peer_id is None:
            continue  # everything is in the file already
        missing = _referenced_but_missing(data, meta, et)
        for chunk in _chunks(missing, 500):
            columns, stmt = _rows_query(et, writer.codec, None, None)
            writer.write(et, ftable, (columns, stmt.where(writer.codec.in_(et.table.c.id, chunk))))


def _total_rows(s: Session) -> int:
    return sum(
        int(s.scalar(select(func.count()).select_from(et.table)) or 0) for et in exchanged_tables()
    )


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _quiet(_table: str, _done: int, _total: int) -> None:
    return None
