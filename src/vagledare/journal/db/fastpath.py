"""The journal's speed paths: the one module that reaches below SQLAlchemy's public API.

Everything here does what SQLAlchemy would do, only cheaper, for the few places where its
per-statement or per-row Python costs more than the work itself: the begin of every
transaction, the site layout and counts read on every click and report, bulk writes of
imports and retention, and the exchange's million-row merges. To do so it uses what the
public API does not promise: the driver connection under a pooled connection, compiled
statements' parameter order and bind names, the column types' bind and result processors,
the driver cursor behind a result, psycopg's binary ``COPY``.

No other module touches those; they call the small functions below. The rest of the code
stays on SQLAlchemy's public API, so an upgrade of SQLAlchemy is checked here (and by
``tests/test_driver_query.py``, ``tests/test_exchange_merge.py`` and ``tests/test_backends.py``)
and nowhere else. pyproject.toml pins the SQLAlchemy minor version these were tested on.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from select import select as wait_for_socket
from typing import Any

from sqlalchemy import (
    Connection,
    CursorResult,
    Dialect,
    Insert,
    Table,
    bindparam,
    insert,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry
from sqlalchemy.sql import FromClause
from sqlalchemy.sql.selectable import SelectBase
from sqlalchemy.types import TypeEngine

Processor = Callable[[Any], Any]

# -- the driver connection under a SQLAlchemy connection --------------------------------------


def _sqlite(conn: Connection) -> sqlite3.Connection:
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


def interrupter(conn: Connection) -> Callable[[], None]:
    """A function that, called from any thread, stops the statement running on the SQLite
    connection under ``conn`` (it then raises "interrupted"); does nothing when none runs."""
    return _sqlite(conn).interrupt


def begin_on_driver(conn: Connection, begin: str) -> None:
    """SQLite's ``BEGIN`` (or ``BEGIN IMMEDIATE``) for the engine's ``begin`` event, straight on
    the driver's connection: it runs for every click and every report, and SQLAlchemy's
    statement machinery would cost more than the BEGIN itself. A driver error (e.g. locked) is
    raised as SQLAlchemy's, like any statement's."""
    try:
        _sqlite(conn).execute(begin)
    except sqlite3.OperationalError as exc:
        raise OperationalError(begin, None, exc) from exc


def begin_with(conn: Connection, sql: str) -> None:
    """A server transaction's first statements (``sql``: the write lock, or a read-only
    snapshot's isolation level), for the engine's ``begin`` event.

    With psycopg they go in one round trip with the ``BEGIN`` itself, straight on the libpq
    connection (psycopg then sees the transaction open and sends no ``BEGIN`` of its own;
    ``COMMIT`` and ``ROLLBACK`` go as always): a click pays one round trip less. Errors are
    raised as SQLAlchemy's, like any statement's; a broken connection is invalidated.
    Other drivers: ``sql`` as a statement of its own.
    """
    dialect = conn.dialect
    raw: Any = conn.connection.driver_connection
    if dialect.driver != "psycopg" or raw is None:
        conn.exec_driver_sql(sql)
        return
    from psycopg import errors, pq

    pgconn = raw.pgconn
    if pgconn.transaction_status != pq.TransactionStatus.IDLE:  # begun already
        conn.exec_driver_sql(sql)
        return
    statement = f"BEGIN; {sql}"
    try:
        result = pgconn.exec_(statement.encode())
        if result.status not in (pq.ExecStatus.COMMAND_OK, pq.ExecStatus.TUPLES_OK):
            raise errors.error_from_result(result, encoding=raw.info.encoding)
    except dialect.loaded_dbapi.Error as exc:
        raise _server_error(conn, statement, exc) from exc


_BEGIN = "vagledare_begin"  # conn.connection.info: a transaction's first statements, unsent


def begin_later(conn: Connection, statements: Sequence[str]) -> None:
    """``begin_with``, held back until the transaction's first statement (for a Core unit,
    ``Journal.core_unit``): the ``BEGIN`` and ``statements`` (the write lock) then go in the
    same round trip as the writes of a ``together`` block, ahead of them, or on their own
    just before anything else reaches the connection (``send_begin``: SQLAlchemy's statements,
    by the engine's ``before_cursor_execute``; the driver statements here, themselves). The
    server runs them in order, so the lock is held before anything is read or written."""
    raw: Any = conn.connection.driver_connection
    if conn.dialect.driver != "psycopg" or raw is None:
        begin_with(conn, "; ".join(statements))
        return
    from psycopg import pq

    if raw.pgconn.transaction_status != pq.TransactionStatus.IDLE:
        begin_with(conn, "; ".join(statements))
        return
    conn.connection.info[_BEGIN] = list(statements)


def send_begin(conn: Connection) -> None:
    """Send a transaction's first statements held back by ``begin_later``, if any."""
    if conn.invalidated:
        return
    statements = conn.connection.info.pop(_BEGIN, None)
    if statements:
        begin_with(conn, "; ".join(statements))


def drop_begin(conn: Connection) -> None:
    """At the end of a transaction: first statements still held back were never needed
    (nothing was sent, so there is nothing to commit or roll back)."""
    if not conn.invalidated:
        conn.connection.info.pop(_BEGIN, None)


def _server_error(conn: Connection, statement: str, exc: Exception) -> Exception:
    """A psycopg error as SQLAlchemy's, the connection invalidated if it broke."""
    from psycopg import pq

    raw: Any = conn.connection.driver_connection
    if raw.broken or raw.pgconn.status != pq.ConnStatus.OK:
        conn.invalidate(exc)
    return DBAPIError.instance(
        statement, None, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect
    )


_TOGETHER = "vagledare_together"  # conn.connection.info: the writes of a ``together`` block
_PREPARED = "vagledare_prepared"  # conn.connection.info: our statements prepared on it
_NAMES = itertools.count()  # of our prepared statements


@dataclass
class _Queued:
    """A write sent inside a ``together`` block, for psycopg's pipeline."""

    sql: str  # as rendered (for error messages)
    dollar: str  # the same with libpq's $n placeholders
    rows: list[tuple[Any, ...]]  # each row's parameters in $n order
    counts: list[int]  # rows written per row, once the block has ended


@contextmanager
def together(conn: Connection) -> Iterator[None]:
    """The writes sent (``DriverWrite.send``) inside the block go to the server when it ends,
    together, in one round trip, where the driver allows (psycopg: one libpq pipeline,
    without psycopg's per-statement Python); the number of rows each wrote is known from then
    on. The first error among them is raised then (as SQLAlchemy's; a broken connection is
    invalidated) and the statements after it are not run: the transaction is aborted and can
    only be rolled back. If the block raises, nothing of it is sent. Elsewhere each write
    runs as it is sent."""
    raw: Any = conn.connection.driver_connection
    if conn.dialect.driver != "psycopg" or raw is None:
        yield
        return
    info = conn.connection.info
    queued: list[_Queued] = []
    info[_TOGETHER] = queued
    try:
        yield
    finally:
        info.pop(_TOGETHER, None)
    begin = info.pop(_BEGIN, None)
    if queued or begin:
        try:
            _pipeline(raw, begin or [], queued, info.setdefault(_PREPARED, {}))
        except conn.dialect.loaded_dbapi.Error as exc:
            sent = [*(["BEGIN", *begin] if begin else []), *(q.sql for q in queued)]
            raise _server_error(conn, "; ".join(sent), exc) from exc


def _pipeline(  # noqa: ANN401
    raw: Any, begin: list[str], queued: list[_Queued], prepared: dict[Any, bytes]
) -> None:
    """Run the queued writes in one libpq pipeline on psycopg's connection ``raw``, in its
    transaction (``begin``: its first statements, held back by ``begin_later``, sent first
    after a ``BEGIN``), their parameters converted by psycopg as its cursors convert them;
    fill in their counts, or raise the first error.

    Where psycopg prepares nothing of its own (``prepare_threshold`` None, as on a journal's
    connections: ``engines.server_engine``), each statement is prepared once per parameter
    types (``prepared``, the connection's) in the pipeline that first needs it, so the server
    neither parses nor plans it per click. Elsewhere they go unnamed: psycopg drops every
    prepared statement of a connection at a rollback once it has prepared some itself."""
    from psycopg import errors, pq
    from psycopg.adapt import PyFormat, Transformer

    pgconn = raw.pgconn
    tx = Transformer(raw)
    encoding = raw.info.encoding
    keep = raw.prepare_threshold is None
    # whose result comes next: a write's, a PREPARE's (its key, forgotten if it failed), or
    # one of the transaction's first statements (None)
    expected: list[_Queued | tuple[Any, ...] | None] = []
    error: Exception | None = None
    pgconn.enter_pipeline_mode()
    try:
        for statement in ["BEGIN", *begin] if begin else []:
            pgconn.send_query_params(statement.encode(encoding), None)
            expected.append(None)
        for q in queued:
            sql = q.dollar.encode(encoding)
            for row in q.rows:
                params = tx.dump_sequence(row, [PyFormat.AUTO] * len(row))
                if not keep:
                    pgconn.send_query_params(sql, params, tx.types, tx.formats)
                    expected.append(q)
                    continue
                key = (q.dollar, tuple(tx.types or ()))
                name = prepared.get(key)
                if name is None:
                    name = prepared[key] = f"vagledare_{next(_NAMES)}".encode()
                    pgconn.send_prepare(name, sql, param_types=tx.types)
                    expected.append(key)
                pgconn.send_query_prepared(name, params, param_formats=tx.formats)
                expected.append(q)
        pgconn.pipeline_sync()
        while pgconn.flush():  # nonblocking: what did not fit goes when the socket takes it
            wait_for_socket([], [pgconn.socket], [])
        for whose in expected:
            result = _next_result(pgconn)
            if result is None:
                raise errors.OperationalError("the server sent no result (connection lost?)")
            if result.status in (pq.ExecStatus.COMMAND_OK, pq.ExecStatus.TUPLES_OK):
                if isinstance(whose, _Queued):
                    whose.counts.append(result.command_tuples or 0)
            else:
                if isinstance(whose, tuple):  # the PREPARE was not run: again next time
                    prepared.pop(whose, None)
                if result.status != pq.ExecStatus.PIPELINE_ABORTED and error is None:
                    error = errors.error_from_result(result, encoding=encoding)
            _next_result(pgconn)  # the end of this statement's results
        result = _next_result(pgconn)
        if result is None or result.status != pq.ExecStatus.PIPELINE_SYNC:
            raise errors.OperationalError("the pipeline did not end as sent (connection lost?)")
    finally:
        if pgconn.status == pq.ConnStatus.OK:
            pgconn.exit_pipeline_mode()
    if error is not None:
        raise error


def _next_result(pgconn: Any) -> Any:  # noqa: ANN401
    """libpq's next result, waited for in ``select`` (which lets other threads run: libpq's
    own wait would hold Python's lock while the server works, e.g. while a writer waits for
    the write lock another thread holds)."""
    while pgconn.is_busy():
        wait_for_socket([pgconn.socket], [], [])
        pgconn.consume_input()
    return pgconn.get_result()


def ping_driver(dialect: Dialect, dbapi_conn: Any) -> str | None:
    """The dialect's own ping of a pooled driver connection; None if it answered, else why
    not (for the engine's ``checkout`` event, which then connects afresh)."""
    try:
        alive = dialect.do_ping(dbapi_conn)
    except dialect.loaded_dbapi.Error as exc:
        return str(exc) or type(exc).__name__
    return None if alive else "the server did not answer the ping"


def ping_connection(conn: Connection) -> str | None:
    """``ping_driver`` for the driver connection under ``conn`` (one kept out of the pool,
    ``db.unit.KeptConnection``)."""
    return ping_driver(conn.dialect, conn.connection.driver_connection)


def end_driver_transaction(conn: Connection) -> None:
    """No transaction left open on the driver connection under ``conn`` after a failed unit
    (e.g. one whose first statements failed after its BEGIN had gone, ``begin_with``), as the
    pool's reset ends it for a connection given back; a broken one is invalidated."""
    if conn.closed or conn.invalidated:
        return
    try:
        conn.connection.driver_connection.rollback()  # type: ignore[union-attr]
    except conn.dialect.loaded_dbapi.Error as exc:
        conn.invalidate(exc)


def run_on_driver(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Every row of ``sql`` run straight on the SQLite driver connection under ``conn``,
    outside SQLAlchemy's statement and transaction bookkeeping: for pragmas SQLite takes only
    outside a transaction (``foreign_keys``, ``wal_checkpoint``) and for the one query every
    click asks (the audit chain's head)."""
    return _sqlite(conn).execute(sql, params).fetchall()


_READER = "vagledare_reader"
_MEMOS = "vagledare_snapshot_memos"
_MEMO_SIZE = 64  # entries per memo and snapshot; more are dropped, not refused


def mark_snapshot_reader(record: ConnectionPoolEntry) -> None:
    """Mark a new connection of a read-only SQLite engine (see ``snapshot_memo``)."""
    record.info[_READER] = True


def snapshot_memo(conn: Connection, name: str) -> dict[Any, Any] | None:
    """A dict for remembering what a read-only SQLite session read, valid as long as nothing
    has been committed since; None where there is no such cheap check (PostgreSQL, writers).

    The check is SQLite's ``data_version``, read inside the transaction: reading it starts
    the snapshot, so it belongs to what the session sees. It changes with every commit by any
    other connection, and a reader's connection never writes itself. The dict lives with the
    driver connection (``conn.connection.info``), emptied whenever the number has changed.
    """
    info = conn.connection.info
    if not info.get(_READER):
        return None
    version = _sqlite(conn).execute("PRAGMA data_version").fetchone()[0]
    memos: dict[str, tuple[int, dict[Any, Any]]] = info.setdefault(_MEMOS, {})
    seen, memo = memos.get(name, (None, None))
    if memo is None or seen != version or len(memo) >= _MEMO_SIZE:
        memo = {}
        memos[name] = (version, memo)
    return memo


# -- the column types' own conversions ---------------------------------------------------------


def bind_processor(type_: TypeEngine[Any], dialect: Dialect) -> Processor | None:
    """A Python value → what ``dialect``'s driver is given for a ``type_`` column (None: as is)."""
    return type_.dialect_impl(dialect).bind_processor(dialect)  # type: ignore[no-any-return]


def result_processor(type_: TypeEngine[Any], dialect: Dialect) -> Processor | None:
    """What ``dialect``'s driver returns for a ``type_`` column → its Python value."""
    return type_.dialect_impl(dialect).result_processor(dialect, None)  # type: ignore[no-any-return]


# -- hot statements on the driver ----------------------------------------------------------------


@dataclass(frozen=True)
class _Rendered:
    sql: str
    # (name, its bind processor or None) per placeholder in order (qmark: a name may come
    # twice), or per distinct name (named parameters)
    params: tuple[tuple[str, Processor | None], ...]
    named: tuple[str, ...] | None  # the names, for named parameters; None: positional
    defaults: dict[str, Any]  # the statement's own values (literals)
    result_processors: tuple[tuple[int, Processor], ...]  # (column, processor) where needed

    def args(self, values: Mapping[str, Any]) -> Any:
        """One row's parameters as the driver takes them, converted by the column types."""
        if self.defaults:
            values = {**self.defaults, **values}
        converted = [values[n] if p is None else p(values[n]) for n, p in self.params]
        if self.named is not None:
            return dict(zip(self.named, converted, strict=True))
        return tuple(converted)


class _OnDriver:
    """A Core statement rendered once per dialect and run on the driver cursor of a
    connection, inside its transaction (see ``DriverQuery`` and ``DriverWrite``)."""

    def __init__(self, statement: Any) -> None:
        self.statement = statement
        self._rendered: dict[tuple[str, str], _Rendered] = {}  # by (dialect, driver)

    def _execute(
        self, conn: Connection, rows: Sequence[Mapping[str, Any]]
    ) -> tuple[_Rendered, Any]:
        """Run the statement for one row and return its result rows. Driver errors are
        raised as SQLAlchemy's."""
        r, args = self._args(conn, rows)
        return r, self._on_cursor(conn, r, args, lambda cursor: cursor.fetchall())

    def _on_cursor(
        self, conn: Connection, r: _Rendered, args: Any, take: Callable[[Any], Any]
    ) -> Any:
        """Run ``r`` with ``args`` on a driver cursor in ``conn``'s transaction; ``take``
        what it needs from the cursor. Driver errors are raised as SQLAlchemy's."""
        dialect = conn.dialect
        send_begin(conn)
        cursor = conn.connection.cursor()
        try:
            self._run(cursor, r, args)
            return take(cursor)
        except dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(
                r.sql, args, exc, dialect.loaded_dbapi.Error, dialect=dialect
            ) from exc
        finally:
            cursor.close()

    def _args(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> tuple[_Rendered, Any]:
        """The statement rendered for ``conn``'s dialect, and each row's parameters."""
        dialect = conn.dialect
        r = self._rendered.get((dialect.name, dialect.driver)) or self._render(dialect)
        return r, [r.args(row) for row in rows]

    @staticmethod
    def _run(cursor: Any, r: _Rendered, args: list[Any]) -> None:
        if len(args) == 1:
            cursor.execute(r.sql, args[0])
        else:
            cursor.executemany(r.sql, args)

    def _render(self, dialect: Dialect) -> _Rendered:
        compiled: Any = self.statement.compile(dialect=dialect)
        binds = compiled.binds
        if any(b.expanding for b in binds.values()) or compiled.escaped_bind_names:
            raise ValueError("a statement on the driver takes plain parameters only (no IN lists)")
        procs = {name: fast_bind_processor(bind.type, dialect) for name, bind in binds.items()}
        if compiled.positional:  # a name may stand in several places
            names = list(compiled.positiontup or ())
        else:
            names = list(dict.fromkeys(compiled.bind_names.values()))
        selected = getattr(self.statement, "selected_columns", ())
        rendered = _Rendered(
            sql=compiled.string,
            params=tuple((n, procs[n]) for n in names),
            named=None if compiled.positional else tuple(names),
            defaults={n: b.effective_value for n, b in binds.items() if not b.required},
            result_processors=tuple(
                (i, proc)
                for i, c in enumerate(selected)
                if (proc := result_processor(c.type, dialect)) is not None
            ),
        )
        self._rendered[dialect.name, dialect.driver] = rendered
        return rendered


class DriverQuery(_OnDriver):
    """A SELECT with plain parameters (no IN lists expanded per call), run on the driver.

    SQLAlchemy's execution of a statement costs about 0.1–0.2 ms of Python, which is more than
    the drop-in report's own queries over a month (the site layout, the counts). For those few
    statements, run on every report and every refresh of the tally screen, ``DriverQuery``
    renders the Core statement once per dialect and then runs it on the session's own driver
    connection, inside the session's transaction. Parameters go through the column types' bind
    processors and results through their result processors, exactly as SQLAlchemy would
    convert them, and driver errors are raised as SQLAlchemy's exceptions, so callers handle
    both paths alike. The statement stays one Core statement in one place; only how it is
    executed differs.
    """

    def __init__(self, statement: SelectBase) -> None:
        super().__init__(statement)

    def all(
        self, conn: Connection, params: Mapping[str, Any] | None = None
    ) -> Sequence[tuple[Any, ...]]:
        """Every row, converted as SQLAlchemy would, in ``conn``'s transaction."""
        r, rows = self._execute(conn, [params or {}])
        if not r.result_processors:
            return rows  # type: ignore[no-any-return]
        out = []
        for row in rows:
            cells = list(row)
            for i, process in r.result_processors:
                cells[i] = process(cells[i])
            out.append(tuple(cells))
        return out


class DriverWrite(_OnDriver):
    """An INSERT run on the driver in the caller's transaction, for each of the given rows
    (each a mapping of the statement's parameters): the click path's rows (the snabbärende
    and its audit entry), where SQLAlchemy's ORM flush or even a Core ``execute`` costs
    several times the INSERT itself. The statement may be ``INSERT … SELECT … WHERE`` a
    condition the database checks in the same statement (the site's layout, the audit chain's
    head): ``run`` returns the number of rows written.

    Every row passes the text guard (``privacy.check_rows``) like any bulk write, values go
    through the column types' bind processors exactly as SQLAlchemy would convert them, and
    driver errors are raised as SQLAlchemy's exceptions.
    """

    def __init__(self, statement: Insert) -> None:
        super().__init__(statement)
        self.table: Table = statement.table  # type: ignore[assignment]
        self._dollars: dict[str, str] = {}  # rendered statement → with $n placeholders

    def run(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> int:
        return self.send(conn, rows)()

    def send(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> Callable[[], int]:
        """``run``, inside a ``together`` block: the statement goes with the block's others,
        and the function returned says how many rows it wrote once the block has ended.
        Outside such a block it runs at once."""
        from vagledare.journal.privacy import check_rows

        check_rows(self.table.name, rows)
        r, args = self._args(conn, rows)
        queued = conn.connection.info.get(_TOGETHER)
        if queued is not None and r.named is not None:
            q = _Queued(r.sql, self._dollar(r), [tuple(a.values()) for a in args], [])
            queued.append(q)
            return lambda: sum(q.counts)
        count = int(self._on_cursor(conn, r, args, lambda cursor: cursor.rowcount))
        return lambda: count

    def _dollar(self, r: _Rendered) -> str:
        """The statement with libpq's ``$n`` placeholders (n: the name's place in
        ``r.named``), from psycopg's ``%(name)s`` (and ``%%`` for a ``%``)."""
        dollar = self._dollars.get(r.sql)
        if dollar is None:
            place = {n: i + 1 for i, n in enumerate(r.named or ())}
            text_ = re.sub(
                r"%\((\w+)\)s|%%",
                lambda m: f"${place[m.group(1)]}" if m.group(1) else "%",
                r.sql,
            )
            dollar = self._dollars[r.sql] = text_
        return dollar


def insert_values(table: Table, names: Sequence[str]) -> Insert:
    """``INSERT INTO table (names) VALUES (…)`` taking each value by its column's name (for
    ``DriverWrite``)."""
    return insert(table).values({n: bindparam(n, type_=table.c[n].type) for n in names})


def insert_where(table: Table, names: Sequence[str], condition: Any) -> Insert:
    """``INSERT INTO table (names) SELECT … WHERE condition``, each value taken by its column's
    name: one row written if the condition holds, none if not, in one statement (for
    ``DriverWrite``, which says how many)."""
    values = select(*(bindparam(n, type_=table.c[n].type) for n in names)).where(condition)
    return insert(table).from_select(list(names), values)


# -- bulk writes ---------------------------------------------------------------------------------


def bulk_insert(
    s: Session, table: Table | FromClause, rows: list[dict[str, Any]], *, copy: bool = True
) -> None:
    """Insert many rows in the session's transaction, fast, on any backend.

    Each column's value goes through the column type's own bind processor (so rows are stored
    exactly as the ORM stores them), but once per distinct value rather than once per row.
    On PostgreSQL with psycopg the rows then go in as one binary ``COPY`` (``copy=False``
    forces the general path); elsewhere the statement runs as one DBAPI ``executemany`` in the
    driver's own parameter style. Importing 100 000 snabbärenden through the ORM's bulk path
    costs several seconds; this costs about one.
    """
    if rows:
        from vagledare.journal.privacy import check_rows

        check_rows(table.name, rows)  # type: ignore[union-attr]
        names = list(rows[0])
        stmt = insert(table)  # type: ignore[arg-type]
        _bulk_execute(s, table, stmt, names, _dict_columns(rows, names), copy=copy)


def bulk_insert_rows(
    s: Session,
    table: Table | FromClause,
    names: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    copy: bool = True,
) -> None:
    """``bulk_insert`` for rows given as tuples of the columns ``names`` (in that order): the
    big imports build them so, sparing a dict per row. The same text guard
    (``privacy.check_columns``), the same conversions, the same statement."""
    if rows:
        from vagledare.journal.privacy import check_columns

        check_columns(table.name, names, rows)  # type: ignore[union-attr]
        names = list(names)
        stmt = insert(table)  # type: ignore[arg-type]
        _bulk_execute(s, table, stmt, names, _tuple_columns(rows, len(names)), copy=copy)


def upsert_statement(
    dialect: str,
    table: Table,
    names: Sequence[str],
    key: Sequence[str] = ("id",),
    newer: str | None = "modified_at",
) -> Any:
    """``INSERT … ON CONFLICT (key) DO UPDATE SET … WHERE excluded.newer > table.newer`` for
    the backend: the one place that knows each backend's upsert (``newer=None``: always)."""
    from sqlalchemy.dialects import postgresql, sqlite

    if dialect not in ("sqlite", "postgresql"):  # pragma: no cover - SQLite or PostgreSQL only
        raise NotImplementedError(f"upsert on {dialect}")
    stmt: Any = (sqlite if dialect == "sqlite" else postgresql).insert(table)
    changes = {n: stmt.excluded[n] for n in names if n not in key}
    where = stmt.excluded[newer] > table.c[newer] if newer else None
    return stmt.on_conflict_do_update(
        index_elements=[table.c[k] for k in key], set_=changes, where=where
    )


def bulk_upsert(
    s: Session,
    table: Table,
    rows: list[dict[str, Any]],
    *,
    key: Sequence[str] = ("id",),
    newer: str | None = "modified_at",
) -> None:
    """Insert rows, or update the row with the same ``key`` – but only where the incoming
    ``newer`` column is later than the stored one (``newer=None``: always update); as fast
    as ``bulk_insert``."""
    if rows:
        from vagledare.journal.privacy import check_rows

        check_rows(table.name, rows)
        names = list(rows[0])
        stmt = upsert_statement(s.connection().dialect.name, table, names, key, newer)
        _bulk_execute(s, table, stmt, names, _dict_columns(rows, names))


_CHUNK = 50_000  # rows converted and handed to the driver at a time (bounds the memory)

Columns = Iterator[list[Sequence[Any]]]  # chunks of rows, each as one sequence per column


def _dict_columns(rows: Sequence[Mapping[str, Any]], names: Sequence[str]) -> Columns:
    for at in range(0, len(rows), _CHUNK):
        part = rows[at : at + _CHUNK]
        yield [[row[n] for row in part] for n in names]


def _tuple_columns(rows: Sequence[Sequence[Any]], width: int) -> Columns:
    for at in range(0, len(rows), _CHUNK):
        columns: list[Sequence[Any]] = list(zip(*rows[at : at + _CHUNK], strict=True))
        if len(columns) != width:
            raise ValueError(f"rows of {len(columns)} columns for {width} names")
        yield columns


def _bulk_execute(
    s: Session,
    table: Table | FromClause,
    stmt: Any,
    names: list[str],
    chunks: Columns,
    *,
    copy: bool = False,
) -> None:
    """Run ``stmt`` for every row as ``executemany`` (or, for a plain insert on PostgreSQL
    with psycopg, one binary ``COPY``), a chunk of rows at a time in the session's
    transaction; the rows' guard has been checked by the caller."""
    conn = s.connection()
    dialect = conn.dialect
    converters = [
        ColumnConverter(proc) if (proc := fast_bind_processor(table.c[n].type, dialect)) else None
        for n in names
    ]
    if copy and dialect.name == "postgresql" and dialect.driver == "psycopg":
        rows = (row for part in _converted_rows(chunks, converters, None) for row in part)
        _copy_binary(conn, table, names, rows)
        return
    compiled = stmt.compile(dialect=dialect, column_keys=names)
    if compiled.positional:
        order = [names.index(compiled.binds[k].key) for k in compiled.positiontup or ()]
        for params in _converted_rows(chunks, converters, order):
            conn.exec_driver_sql(compiled.string, params)  # type: ignore[arg-type]
    else:
        keys = {compiled.binds[k].key: k for k in compiled.binds}
        bound = [keys[n] for n in names]
        for params in _converted_rows(chunks, converters, None):
            named = [dict(zip(bound, p, strict=True)) for p in params]
            conn.exec_driver_sql(compiled.string, named)  # type: ignore[arg-type]


def _converted_rows(
    chunks: Columns, converters: list[ColumnConverter | None], order: list[int] | None
) -> Iterator[list[tuple[Any, ...]]]:
    """Each chunk's rows as driver values, as tuples in ``order`` (None: the names' order)."""
    for columns in chunks:
        done = [c if f is None else f.column(c) for c, f in zip(columns, converters, strict=True)]
        if order is not None:
            done = [done[i] for i in order]
        yield list(zip(*done, strict=True))


class ColumnConverter:
    """One column's processor (its type's bind processor here, the exchange's stored form's
    conversion in its codec) applied to a whole column at a time: a column of one value
    (the batch, the author, the stamp) or of a few (sites, categories, genders) is converted
    once per distinct object (or, for equal values in distinct objects, once per distinct
    value); a column of mostly distinct values (keys, times) value by value."""

    _MEMO_SIZE = 100_000

    def __init__(self, proc: Processor) -> None:
        self.proc = proc
        self.by_id: dict[int, tuple[Any, Any]] = {}  # id → (the object, kept alive; converted)
        self.by_value = _Memo(proc)

    def column(self, values: Sequence[Any]) -> list[Any]:
        sample = values[:200]
        if len(set(map(id, sample))) <= len(sample) // 4 + 1:  # the same few objects
            ids = list(map(id, values))
            return self._by_id(ids, dict(zip(ids, values, strict=True)))
        try:
            repeated = len(set(sample)) <= len(sample) // 4
        except TypeError:  # unhashable values
            repeated = False
        if not repeated:
            return list(map(self.proc, values))
        if len(self.by_value) > self._MEMO_SIZE:
            self.by_value.clear()
        return list(map(self.by_value.__getitem__, values))

    def _by_id(self, ids: list[int], distinct: dict[int, Any]) -> list[Any]:
        memo, proc = self.by_id, self.proc
        if len(memo) > self._MEMO_SIZE:
            memo.clear()
        for key, value in distinct.items():
            if key not in memo:
                memo[key] = (value, proc(value))
        converted = {key: memo[key][1] for key in distinct}
        return list(map(converted.__getitem__, ids))


class _Memo(dict[Any, Any]):
    """A column's converted values by value, each converted on first sight."""

    def __init__(self, proc: Processor) -> None:
        super().__init__()
        self.proc = proc

    def __missing__(self, value: Any) -> Any:
        out = self[value] = self.proc(value)
        return out


def fast_bind_processor(type_: TypeEngine[Any], dialect: Dialect) -> Processor | None:
    """``bind_processor``, with SQLite's DATETIME format done by ``datetime.isoformat`` (in C)
    for naive datetimes when the type keeps SQLAlchemy's default storage format: the same
    text (checked here against SQLAlchemy's own on sample values), several times faster."""
    proc = bind_processor(type_, dialect)
    if proc is None or dialect.name != "sqlite":
        return proc
    from sqlalchemy.dialects.sqlite import DATETIME

    impl = type_.dialect_impl(dialect)
    if type(impl) is not DATETIME or impl._storage_format != DATETIME._storage_format:
        return proc
    samples = (datetime(2024, 3, 9, 7, 5), datetime(999, 12, 31, 23, 59, 59, 1))
    if any(proc(d) != d.isoformat(" ", "microseconds") for d in samples):
        return proc  # pragma: no cover - a SQLAlchemy that formats otherwise
    general = proc

    def process(value: Any) -> Any:
        if value.__class__ is datetime and value.tzinfo is None:
            return value.isoformat(" ", "microseconds")
        return general(value)

    return process


def _copy_binary(
    conn: Connection,
    table: Table | FromClause,
    names: list[str],
    values: Iterator[Sequence[Any]],
) -> None:
    """PostgreSQL's ``COPY … FROM STDIN (FORMAT BINARY)`` on the connection's transaction.

    Binary COPY needs each column's server type; they are read from the catalog, so the
    values go in exactly as the columns are declared (uuid, timestamp, varchar, …).
    """
    quote = conn.dialect.identifier_preparer
    qualified = quote.format_table(table)
    oids: dict[str, int] = dict(
        conn.execute(
            text(
                "SELECT attname, atttypid::int FROM pg_attribute "
                "WHERE attrelid = CAST(:t AS regclass) AND attnum > 0 AND NOT attisdropped"
            ),
            {"t": qualified},
        ).all()
    )
    column_names = [table.c[n].name for n in names]
    quoted = ", ".join(quote.quote(n) for n in column_names)
    sql = f"COPY {qualified} ({quoted}) FROM STDIN (FORMAT BINARY)"
    send_begin(conn)
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur, cur.copy(sql) as pipe:
        pipe.set_types([oids[n] for n in column_names])
        for row in values:
            pipe.write_row(row)


# -- rows as the driver holds them (the exchange's stored form on SQLite) --------------------


def driver_batches(result: CursorResult[Any], size: int) -> Iterator[list[tuple[Any, ...]]]:
    """A result's rows in lists of up to ``size`` plain driver tuples (no Row objects, no type
    processing); the result is closed when the rows are used up or the caller stops."""
    try:
        while part := result.cursor.fetchmany(size):
            yield list(part)
    finally:
        result.close()


def driver_rows(conn: Connection, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Every row of a plain SQL statement as the driver returns it, in ``conn``'s transaction."""
    return list(conn.exec_driver_sql(sql, tuple(params)).cursor.fetchall())


def positional_sql(stmt: Any, dialect: Dialect, names: Sequence[str]) -> str:
    """``stmt`` as SQL for a driver with positional parameters, taking exactly ``names`` in
    that order (so that rows already in that order can be handed to the driver as they are)."""
    compiled = stmt.compile(dialect=dialect, column_keys=list(names))
    order = [compiled.binds[k].key for k in compiled.positiontup or ()]
    assert order == list(names), (order, names)
    return str(compiled.string)


def executemany_on_driver(conn: Connection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """``sql`` for every row, straight on the driver cursor of ``conn`` (same transaction):
    the rows are final already, and SQLAlchemy would look at each of a million tuples."""
    send_begin(conn)
    driver = conn.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()
