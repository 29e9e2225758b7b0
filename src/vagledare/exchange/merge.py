"""Merge an exchange file's rows into the journal, in the caller's transaction.

For each table, parents before children, each incoming row is placed: by its UUID (or an id
alias remembered from an earlier merge), else by its natural key (the journal's own row for the
same site, staff member, participant code …, remembered as an alias), else it is new. Its
references are translated the same way. Then the later ``modified_at`` wins; equal times are
the same version and change nothing, so merging a file twice changes nothing the second time.
Versions made on two desks independently are a conflict: the later still wins, and the other
version (its coded fields) is written to the audit log. Tombstones delete rows for good.

Rows are handled as tuples in their stored form (see ``codec``); this is the hot path of a
million-row exchange, hence the plain loops.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    MetaData,
    Table,
    create_engine,
    delete,
    exists,
    inspect,
    select,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vagledare.exchange.codec import Codec, raw
from vagledare.exchange.fileformat import ExchangeFileError, Manifest
from vagledare.exchange.identity import DeskIdentity, last_seq
from vagledare.exchange.keys import Keyed, KeyIndex
from vagledare.exchange.model import (
    DELETION,
    ORIGIN,
    ExchangedTable,
    exchanged_tables,
    file_table,
    table_label,
)
from vagledare.exchange.placing import FileTable, Row
from vagledare.exchange.summary import MergeSummary, TableCounts
from vagledare.exchange.validate import FileCheck
from vagledare.exchange.versions import Versions
from vagledare.journal.audit import SECRET_COLUMNS
from vagledare.journal.deletions import delete_rows
from vagledare.journal.models import (
    Base,
    Deletion,
    ExchangeAlias,
    ExchangeArrival,
    ExchangeBatch,
    utc_now,
)
from vagledare.journal.subject import subject_tables

CHUNK = 5000
KNOWN_CACHE = 100_000
Progress = Callable[[str, int, int], None]

_arrival: Table = ExchangeArrival.__table__  # type: ignore[assignment]
_alias: Table = ExchangeAlias.__table__  # type: ignore[assignment]
_deletion: Table = Deletion.__table__  # type: ignore[assignment]
_ARRIVAL = ("table_name", "row_id", "seq", "version", "origin", "base")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Automatic cyclic garbage collection off while merging (as the window has it off for
    good, see ``gui.common.collector``): the merge makes millions of short-lived tuples, whose
    count alone sets off collections that walk every object of the process, some 4 % of the
    merge's CPU, to find nothing; its garbage goes by reference counting all the same."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _arrivals(name: str, seq: int, t: FileTable, rows: list[Row]) -> list[tuple[Any, ...]]:
    """The provenance rows (``_ARRIVAL``) of ``rows``, built column by column in C."""
    return list(
        zip(
            repeat(name),
            map(itemgetter(t.id), rows),
            repeat(seq),
            map(itemgetter(t.at), rows),
            map(itemgetter(t.origin), rows),
            map(itemgetter(t.base), rows),
        )
    )


def integrity_errors(conn: Connection) -> tuple[type[Exception], ...]:
    """What a journal raises for a row it refuses to hold: SQLAlchemy's, or its driver's own
    where the codec writes on the driver's cursor (``fastpath``)."""
    return (IntegrityError, conn.dialect.dbapi.IntegrityError)  # type: ignore[union-attr]


def _row_id(value: Any) -> str:  # noqa: ANN401
    """A file's row id as the refusals show it (32 hex digits), whatever form it came in."""
    try:
        return uuid.UUID(hex=str(value)).hex
    except ValueError:
        return repr(value)


class _Merge:
    def __init__(
        self,
        s: Session,
        data: Connection,
        manifest: Manifest,
        own: DeskIdentity,
        progress: Progress,
        before_write: Callable[[], None],
    ):
        self.s, self.data, self.manifest, self.progress = s, data, manifest, progress
        self._before_write, self.wrote = before_write, False
        self.cancelled = False  # the caller's progress callback raised (a cancel)
        self.check: FileCheck | None = None  # the file's checks, beside the merge
        self.conn = s.connection()
        self.codec = Codec(self.conn, s)
        self.file = Codec(data)
        self.own = own.id.hex
        self.seq = last_seq(s) + 1
        self.versions = Versions(s, self.codec, self.own, self.seq, manifest.desk_name, self._touch)
        self.summary = MergeSummary("", manifest.desk_name)
        self.done = 0
        self.aliases: dict[str, dict[Any, Any]] = {}
        columns = [_alias.c.table_name, _alias.c.alias_id, _alias.c.target_id]
        for table, alias_id, target_id in self._fetch(columns):
            self.aliases.setdefault(table, {})[alias_id] = target_id
        self.dead: dict[str, set[Any]] = {}  # tombstoned here (this journal's ids)
        for table, row_id in self._fetch([_deletion.c.table_name, _deletion.c.row_id]):
            self.dead.setdefault(table, set()).add(row_id)
        self.dying: dict[str, set[Any]] = {}  # tombstoned in the file (the file's ids)
        self.known: dict[str, set[Any]] = {}
        self.enforced: frozenset[tuple[str, str, str]] | None = None  # read when first needed
        self.to_delete: dict[str, list[Any]] = {}

    def _touch(self) -> None:
        """Called before each write: a file that changes nothing writes nothing (and takes
        no backup, see ``run``)."""
        self.wrote = True

    def _report(self, label: str) -> None:
        """After each chunk: stop at once if the file's check has refused it; tell the
        caller (whose callback raises to cancel)."""
        assert self.check is not None
        if self.check.refused():
            self.check.wait()  # raises the refusal
        try:
            self.progress(label, self.done, self.manifest.rows)
        except BaseException:
            self.cancelled = True
            raise

    def _fetch(self, columns: list[Any], *where: Any) -> list[tuple[Any, ...]]:
        return self.codec.fetch(columns, select(*self.codec.select(columns)).where(*where))

    # -- one table ------------------------------------------------------------------------
    def table(self, et: ExchangedTable, ftable: Table) -> None:
        t = FileTable(et, ftable, self.aliases, self.dying, self.dead)
        counts = self.summary.counts(et.name)
        keys = KeyIndex(self.conn, self.codec, self.data, et, ftable) if et.keys else None
        empty = self.conn.execute(select(et.table.c.id).limit(1)).first() is None
        columns = list(ftable.c)
        ordered = select(*(raw(c) for c in columns)).order_by(raw(ftable.c.id))
        for part in self.file.stream(columns, ordered, CHUNK):
            if t.as_is and empty:  # all new, nothing to translate
                counts.new += len(part)
                self._write(t, part, None)
            else:
                incoming: list[tuple[Any, Row]] = []
                for r in part:
                    row = r if t.as_is else t.place(r)
                    if row is None:
                        counts.unchanged += 1  # deleted here for good: stays deleted
                    else:
                        incoming.append((r[t.id], row))
                existing = {} if empty else self._versions(et, [row[t.id] for _, row in incoming])
                keyed = None if keys is None else self._match_keys(t, keys, incoming, existing)
                self._merge_rows(t, incoming, existing, keys, keyed, counts)
            self.done += len(part)
            self._report(et.label)

    def _versions(self, et: ExchangedTable, ids: list[Any]) -> dict[Any, Any]:
        """``modified_at`` of the rows this journal has, by id."""
        out: dict[Any, Any] = {}
        for chunk in _chunks(ids, CHUNK):
            out.update(self.codec.lookup(et.table, ("id", "modified_at"), "id", chunk))  # type: ignore[arg-type]
        return out

    def _match_keys(
        self,
        t: FileTable,
        keys: KeyIndex,
        incoming: list[tuple[Any, Row]],
        existing: dict[Any, Any],
    ) -> list[Keyed | None]:
        """Re-key the rows the journal holds under another id; the keys of each incoming
        row looked up (for ``KeyIndex.add`` once it turns out new), in ``incoming`` order."""
        matched, new_aliases = [], []
        keyed: list[Keyed | None] = []
        for src, row in incoming:
            if row[t.id] in existing:
                keyed.append(None)
                continue
            row_keys = keys.keyed(src, row)
            keyed.append(row_keys)
            own = keys.match(row, row_keys)
            if own is not None and own != row[t.id]:
                t.aliases[src] = row[t.id] = own
                new_aliases.append((t.et.name, src, own))
                matched.append(own)
        if new_aliases:
            self._touch()
            names = ("table_name", "alias_id", "target_id")
            self.codec.upsert(_alias, names, new_aliases, key=names[:2], newer=None)
        if matched:
            existing.update(self._versions(t.et, matched))
        return keyed

    def _merge_rows(
        self,
        t: FileTable,
        incoming: list[tuple[Any, Row]],
        existing: dict[Any, Any],
        keys: KeyIndex | None,
        keyed: list[Keyed | None] | None,
        counts: TableCounts,
    ) -> None:
        write: dict[Any, Row] = {}
        differing: list[Row] = []
        i_id, i_at = t.id, t.at
        for n, (_src, row) in enumerate(incoming):
            row_id = row[i_id]
            pending = write.get(row_id)
            if pending is not None:  # two of the file's rows share a natural key here
                if row[i_at] > pending[i_at]:
                    write[row_id] = row
                counts.unchanged += 1
                continue
            mine = existing.get(row_id)
            if mine is None:
                counts.new += 1
                write[row_id] = row
                if keys is not None and keyed is not None:
                    row_keys = keyed[n]
                    assert row_keys is not None  # not in the journal: looked up by its keys
                    keys.add(row_keys, row_id)
            elif row[i_at] == mine:
                counts.unchanged += 1
            else:
                differing.append(row)
        new = {row_id for row_id in write if row_id not in existing}
        if differing:
            self.versions.resolve(t, differing, write, counts)
        self._write(t, list(write.values()), new)

    def _check_references(self, t: FileTable, rows: list[Row]) -> None:
        """Every reference of ``rows`` names a row the journal has (or this merge wrote):
        each distinct value not known yet looked up once, a thousand at a time."""
        for i, parent_name in t.checked_refs:
            known = self.known.setdefault(parent_name, set())
            wanted = set(map(itemgetter(i), rows)) - known
            wanted.discard(None)
            if not wanted:
                continue
            parent: Table = Base.metadata.tables[parent_name]  # type: ignore[assignment]
            found: set[Any] = set()
            for chunk in _chunks(list(wanted), 1000):
                found.update(r[0] for r in self.codec.lookup(parent, ("id",), "id", chunk))
            if wanted - found:
                raise ExchangeFileError(
                    f"Utbytesfilen från {self.manifest.desk_name} hänvisar till "
                    f"{len(wanted - found)} rader i {parent_name} som varken finns i filen eller "
                    "i journalen. Inget ändrades."
                )
            self._know(parent_name, found)

    def _know(self, table: str, ids: Any) -> None:
        """Rows of ``table`` that exist in the journal (found there, or written by this
        merge): references to them need no look-up; at most ``KNOWN_CACHE`` per table."""
        known = self.known.setdefault(table, set())
        if len(known) < KNOWN_CACHE:
            known.update(ids)

    def _write(self, t: FileTable, rows: list[Row], new: set[Any] | None) -> None:
        """Check the rows' references, insert the new rows, update the others where still
        newer; note where they came from. ``new`` None: every row is new."""
        if not rows:
            return
        if new is None or len(new) == len(rows):  # every row new (``new`` is of ``rows``)
            fresh, changed = rows, []
        elif not new:
            fresh, changed = [], rows
        else:
            fresh, changed = [], []
            for r in rows:
                (fresh if r[t.id] in new else changed).append(r)
        try:
            if changed or not self._journal_checks(t):
                self._check_references(t, rows)  # before anything is written
                self._write_rows(t, rows, fresh, changed)
                return
            # Only inserts, each reference a foreign key SQLite refuses at once to leave
            # pointing at nothing: it checks them as it writes, and only if it refuses a row
            # are the chunk's references looked at, for the same refusal as when they came
            # first.
            try:
                self._write_rows(t, rows, fresh, changed)
            except sqlite3.IntegrityError:
                self._check_references(t, rows)
                raise
        except integrity_errors(self.conn):
            self._refuse_a_row_twice(t, fresh)
            raise

    def _refuse_a_row_twice(self, t: FileTable, fresh: list[Row]) -> None:
        """The journal refused new rows: if it was for a row the file holds twice, say so
        (only Python here: a server's transaction is over once it has refused)."""
        seen: set[Any] = set()
        for r in fresh:
            if r[t.id] in seen:
                raise ExchangeFileError(
                    f"Utbytesfilen {self.summary.source}: tabellen {t.et.name} "
                    f"({table_label(t.et.name)}), rad {_row_id(r[t.id])}: raden finns mer än en "
                    "gång i filen. Inget ändrades."
                )
            seen.add(r[t.id])

    def _journal_checks(self, t: FileTable) -> bool:
        """Whether the journal itself refuses, statement by statement, any reference of
        ``t`` to a row it does not hold (see ``_enforced_references``)."""
        if self.enforced is None:
            self.enforced = _enforced_references(self.conn)
        name = t.et.name
        return all((name, t.names[i], parent) in self.enforced for i, parent in t.checked_refs)

    def _write_rows(
        self, t: FileTable, rows: list[Row], fresh: list[Row], changed: list[Row]
    ) -> None:
        """``_write`` once the references are seen to (``rows``: ``fresh`` and ``changed``)."""
        self._touch()
        name, seq, i_id = t.et.name, self.seq, t.id
        pick = t.pick
        if t.et.local:  # the desk's own columns: what a newly arrived row starts with
            extra = tuple(v for _, v in t.et.local)
            self.codec.insert(
                t.et.table,
                (*t.columns, *(n for n, _ in t.et.local)),
                [(*pick(r), *extra) for r in fresh],
            )
        else:
            self.codec.insert(t.et.table, t.columns, list(map(pick, fresh)))
        self.codec.upsert(t.et.table, t.columns, list(map(pick, changed)))
        self.codec.insert(_arrival, _ARRIVAL, _arrivals(name, seq, t, fresh))
        arrival = _arrivals(name, seq, t, changed)
        self.codec.upsert(_arrival, _ARRIVAL, arrival, key=_ARRIVAL[:2], newer=None)
        if t.referenced:  # written in this transaction: other tables' references find them
            self._know(t.et.name, map(itemgetter(i_id), rows))
        if t.deletion is not None:
            i_t, i_r = t.deletion
            for r in rows:
                self.to_delete.setdefault(r[i_t], []).append(r[i_r])

    def _check_tombstones(self, source: str, rows: Sequence[Any]) -> None:
        """A desk may delete a participant's records wherever they were made (erasure and
        gallring must reach every desk), and otherwise only what it made itself: a tombstone
        from another desk for a site, category, age band, group, staff identity or a
        snabbärende it did not make refuses the whole file."""
        anyone = {"participant", *(t.name for t in subject_tables())}
        for table, row_id, origin in rows:
            if table in anyone or table not in Base.metadata.tables:
                continue
            file_id = uuid.UUID(hex=str(row_id))
            target = self.aliases.get(table, {}).get(file_id) or self.aliases.get(table, {}).get(
                str(row_id)
            )
            target_id = uuid.UUID(hex=str(target)) if target is not None else file_id
            t = Base.metadata.tables[table]
            if self.s.execute(select(t.c.id).where(t.c.id == target_id)).first() is None:
                continue  # nothing here to delete: the tombstone only keeps it away
            made_by = self.s.execute(
                select(ExchangeArrival.origin).where(
                    ExchangeArrival.table_name == table, ExchangeArrival.row_id == target_id
                )
            ).scalar()
            deleter = uuid.UUID(hex=str(origin)) if origin else None
            if made_by is None or deleter is None or made_by != deleter:
                raise ExchangeFileError(
                    f"Utbytesfilen {source}: den tar bort en rad i {table_label(table)} "
                    f"({table}, rad {target_id.hex}) som en annan dator har gjort. En dator får "
                    "bara ta bort det den själv har gjort, utom deltagares uppgifter (radering "
                    "och gallring). Inget ändrades."
                )

    # -- the whole file -------------------------------------------------------------------
    def run(self, source: str, engine: Engine) -> MergeSummary:
        """Merge the file (``engine``: its data) while ``FileCheck`` checks every row of it
        in another thread. Nothing is final before the check has passed whole: the caller
        commits only what this returns after it, and a refusal of the check is raised in
        place of anything the merge met meanwhile (a row the check refuses may well trip the
        merge first), so refusals come as if the whole file had been checked first."""
        self.summary.source = source
        meta = MetaData()
        present = set(inspect(self.data).get_table_names())
        _refuse_what_never_travels(source, self.data, present)
        for et in exchanged_tables():
            if et.name in present:
                file_table(et, meta, _file_columns(self.data, et))
        tables = [(et, meta.tables[et.name]) for et in exchanged_tables() if et.name in meta.tables]
        self.check = FileCheck(source, engine, tables).start()
        try:
            self._merge(source, meta)
        except BaseException as exc:
            if self.cancelled or not isinstance(exc, Exception):
                self.check.stop()  # its result no longer matters (unless it has refused)
            else:
                self.check.wait()
            raise
        self.check.wait()
        if not self.wrote:
            return self.summary  # nothing new: no trace but the caller's audit entry
        # Checked whole and about to change the journal: the event backup (another
        # connection still sees the journal as it was; WAL), then the batch.
        self._before_write()
        self.s.add(
            ExchangeBatch(
                seq=self.seq,
                peer_id=self.manifest.peer_id,
                peer_name=self.manifest.desk_name[:120],
                source=source[:260],
                received_at=utc_now(),
                detail=json.dumps(
                    {t: c.as_dict() for t, c in self.summary.tables.items()}, ensure_ascii=False
                ),
            )
        )
        return self.summary

    def _merge(self, source: str, meta: MetaData) -> None:
        if DELETION in meta.tables:
            ft = meta.tables[DELETION]
            rows = self.data.execute(
                select(raw(ft.c.table_name), raw(ft.c.row_id), raw(ft.c[ORIGIN]))
            ).all()
            self._check_tombstones(source, rows)
            for table, row_id, _origin in rows:
                self.dying.setdefault(table, set()).add(row_id)
        for et in exchanged_tables():
            if et.name in meta.tables:
                self.table(et, meta.tables[et.name])
        for table, ids in self.to_delete.items():
            if table in Base.metadata.tables:
                self._touch()
                doomed = [uuid.UUID(hex=i) for i in ids]
                for name, n in delete_rows(self.s, table, doomed).items():
                    self.summary.counts(name).deleted += n
                    gone = Base.metadata.tables[name]
                    self.s.execute(  # where those rows came from no longer matters
                        delete(_arrival).where(
                            _arrival.c.table_name == name,
                            ~exists().where(gone.c.id == _arrival.c.row_id),
                        )
                    )


def _enforced_references(conn: Connection) -> frozenset[tuple[str, str, str]]:
    """(table, column, parent table) of each reference that this SQLite connection refuses
    to leave pointing at nothing, at the end of each statement: foreign keys on and not
    deferred, the key declared on the parent's id, one column. Nothing on another backend
    (a refused statement there ends the transaction: references are checked first)."""
    if conn.dialect.name != "sqlite":
        return frozenset()
    pragma = conn.exec_driver_sql
    if pragma("PRAGMA foreign_keys").scalar() != 1:
        return frozenset()
    if pragma("PRAGMA defer_foreign_keys").scalar() != 0:
        return frozenset()
    found: set[tuple[str, str, str]] = set()
    tables = pragma("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all()
    for table, sql in tables:
        if "DEFERRABLE" in str(sql).upper():  # some key may wait for the commit
            continue
        keys: dict[int, list[tuple[str, str, str | None]]] = {}
        for key_id, _seq, parent, column, to, *_ in pragma(
            f'PRAGMA foreign_key_list("{table}")'
        ).all():
            keys.setdefault(key_id, []).append((parent, column, to))
        for parts in keys.values():
            if len(parts) == 1 and parts[0][2] in (None, "id"):
                parent, column, _to = parts[0]
                found.add((table, column, parent))
    return frozenset(found)


def _refuse_what_never_travels(source: str, data: Connection, present: set[str]) -> None:
    """A file that carries what belongs to one desk (its settings, a staff member's role,
    PIN or active flag there) tries to change it on this one: refused whole."""
    if "setting" in present:
        raise ExchangeFileError(
            f"Utbytesfilen {source} innehåller journalens inställningar, som aldrig följer med "
            "i journalutbytet. Inget ändrades."
        )
    for et in exchanged_tables():
        if et.name not in present:
            continue
        own = {n for n, _ in et.local} | SECRET_COLUMNS
        found = sorted(own & {c["name"] for c in inspect(data).get_columns(et.name)})
        if found:
            raise ExchangeFileError(
                f"Utbytesfilen {source}: tabellen {et.name} ({et.label}) har kolumnen "
                f"{', '.join(found)}. Roller, PIN-koder och om ett konto är aktivt hör till varje "
                "dator och följer aldrig med i journalutbytet. Inget ändrades."
            )


def _file_columns(data: Connection, et: ExchangedTable) -> tuple[str, ...]:
    present = {c["name"] for c in inspect(data).get_columns(et.name)}
    return tuple(c for c in et.columns if c in present)


def merge_file(
    s: Session,
    data_path: Path,
    manifest: Manifest,
    own: DeskIdentity,
    *,
    source: str,
    progress: Progress | None = None,
    before_write: Callable[[], None] = lambda: None,
) -> MergeSummary:
    """Merge one checked exchange file (``fileformat.open_container``) in ``s``'s transaction.

    The caller holds the exchange lock (``db.lock_for_exchange``) and commits; anything raised
    – a refusal, a cancel from ``progress`` – leaves the rollback to the caller.
    ``before_write`` runs once, when the whole file has passed its checks and the merge has
    changed something, before the caller commits (the event backup: another connection
    still sees the journal as it was). A refused file never calls it.
    """
    engine = create_engine(f"sqlite:///file:{data_path}?mode=ro&uri=true")
    try:
        with engine.connect() as data:
            merge = _Merge(s, data, manifest, own, progress or (lambda *_: None), before_write)
            try:
                with _collector_paused():
                    summary = merge.run(source, engine)
                s.flush()
            except integrity_errors(s.connection()) as exc:
                raise ExchangeFileError(
                    f"Utbytesfilen från {manifest.desk_name} krockar med journalen "
                    f"({getattr(exc, 'orig', exc)}). Inget ändrades."
                ) from exc
        return summary
    finally:
        engine.dispose()
