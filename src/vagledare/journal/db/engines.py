"""The journal's engines: an SQLite file or a PostgreSQL server, set up to behave alike.

Writers take one journal-wide write lock at the start of their transaction (SQLite
``BEGIN IMMEDIATE``; PostgreSQL a transaction-level advisory lock), waiting up to
``busy_timeout`` for it, and read-only sessions read one consistent snapshot without waiting
for writers (SQLite WAL and a pool of ``query_only`` connections; PostgreSQL
``REPEATABLE READ, READ ONLY``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from vagledare.journal.db.errors import JournalError, JournalProblem
from vagledare.journal.db.fastpath import (
    begin_later,
    begin_on_driver,
    begin_with,
    drop_begin,
    mark_snapshot_reader,
    ping_driver,
    send_begin,
)
from vagledare.journal.models.base import spell_partial_indexes_for_postgresql

BULK_CACHE_KIB = 256 * 1024  # SQLite page cache while merging another desk's journal
# The journal-wide write lock on a server: one advisory lock key ("VÄGL" in ASCII-ish hex).
PG_WRITE_LOCK_KEY = 0x5641_474C


def sqlite_engine(
    path: Path, busy_timeout: float, *, readonly: bool = False, file_mode: str = ""
) -> Engine:
    """The journal's engine, or with ``readonly`` the engine of its read-only sessions.

    Readers get a pool of their own whose connections are ``query_only`` from the start, so a
    write in a read-only session fails as it does on PostgreSQL, and neither a report nor a
    refresh of the tally screen pays for switching a shared connection back and forth.
    ``file_mode`` ("ro", or "immutable") opens the file itself read-only: a journal its owner
    write-protected is never written, not even by an administrator's account.
    """
    if file_mode:
        uri = path.resolve().as_uri() + ("?mode=ro" if file_mode == "ro" else "?immutable=1")
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=busy_timeout, check_same_thread=False
            ),
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"timeout": busy_timeout, "check_same_thread": False},
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (see "begin" below).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        if readonly:  # the journal's writer has made it WAL; a reader cannot change that
            cur.execute("PRAGMA query_only=1")
            mark_snapshot_reader(record)
        else:
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    # IMMEDIATE takes the write lock up front: a second writer waits (busy_timeout) instead
    # of failing half-way with "database is locked". A reader needs no lock: its snapshot
    # starts with its first read.
    begin = "BEGIN" if readonly else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        begin_on_driver(conn, begin)

    return engine


def server_engine(url: URL, busy_timeout: float) -> Engine:
    """The engine of a journal on a database server; ``JournalError`` for anything but
    PostgreSQL, and when its driver (an optional extra) is not installed."""
    where = url.render_as_string(hide_password=True)
    if url.get_backend_name() != "postgresql":
        raise JournalError(
            JournalProblem.UNREADABLE,
            f"Vägledare kan inte använda databasen {where}: journalen är en SQLite-fil eller "
            "en PostgreSQL-databas (postgresql+psycopg://…).",
            where,
        )
    if url.drivername == "postgresql":  # no driver named: the one the extra installs
        url = url.set(drivername="postgresql+psycopg")
    try:
        return _pooled_server_engine(url, busy_timeout)
    except ModuleNotFoundError as exc:  # the driver is an optional extra
        raise JournalError(
            JournalProblem.UNREADABLE,
            f"Stöd för PostgreSQL saknas i den här installationen (modulen {exc.name} finns "
            "inte). Installera det med: pip install 'vagledare[postgres]'",
            where,
        ) from exc
    except ArgumentError as exc:
        raise JournalError(
            JournalProblem.UNREADABLE, f"Databasadressen kan inte användas ({exc}).", where
        ) from exc


def _pooled_server_engine(url: URL, busy_timeout: float) -> Engine:
    """An engine for a database server, with a small pool that survives restarts.

    ``pool_pre_ping`` replaces connections the server dropped (restart, idle timeout) before
    they are used, so a desk that was idle overnight does not fail its first click. The ping
    costs a round trip, so it is done only for a connection that has been idle in the pool
    longer than ``PING_AFTER_IDLE`` seconds: clicks in a row pay for none (the documented
    "pessimistic disconnect handling" with a checkout event; SQLAlchemy's own pre-ping pings
    on every checkout).
    """
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        # No JIT: the journal's statements are a desk's, short, and the server's JIT compiles
        # any whose estimated cost passes its threshold — the 50 000 cases' listing spent
        # ~340 of its ~460 ms compiling (EXPLAIN ANALYZE), 175 ms without.
        given = url.query.get("options") or ()
        options = " ".join([*([given] if isinstance(given, str) else given), "-c jit=off"])
        connect_args = {"connect_timeout": 10, "application_name": "vagledare", "options": options}
    if url.get_driver_name() == "psycopg":
        # psycopg prepares no statements of its own: where it has, it drops every prepared
        # statement of the connection at each rollback (every read-only unit ends with one),
        # ours too: the click's, prepared once per connection (``fastpath.together``).
        connect_args["prepare_threshold"] = None
    engine = create_engine(
        url,
        pool_size=5,
        max_overflow=10,
        pool_timeout=busy_timeout,
        pool_recycle=3600,
        connect_args=connect_args,
    )
    _ping_when_idle(engine)
    if engine.dialect.name != "postgresql":
        return engine
    spell_partial_indexes_for_postgresql()
    lock_ms = max(1, int(busy_timeout * 1000))

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # The same guarantees as SQLite's: readers see one snapshot and never wait; writers
        # are serialised by one lock taken first, waiting at most busy_timeout for it.
        # Sent with the BEGIN in one round trip where the driver allows (psycopg). A
        # connection set to AUTOCOMMIT (VACUUM, maintenance) has no transaction to begin.
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return
        if options.get("vagledare_readonly"):
            begin_with(conn, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        else:
            lock = [
                f"SET LOCAL lock_timeout = {lock_ms}",
                f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK_KEY})",
            ]
            if options.get("vagledare_begin_later"):
                begin_later(conn, lock)  # a Core unit: with its first statements
            else:
                begin_with(conn, "; ".join(lock))

    @event.listens_for(engine, "before_cursor_execute")
    def _before_statement(conn: Connection, *_args: Any) -> None:
        send_begin(conn)  # a BEGIN held back comes first

    @event.listens_for(engine, "commit")
    def _on_commit(conn: Connection) -> None:
        drop_begin(conn)

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn: Connection) -> None:
        drop_begin(conn)

    return engine


PING_AFTER_IDLE = 5.0  # seconds a server connection may sit in the pool and be used unpinged


def _ping_when_idle(engine: Engine) -> None:
    from time import monotonic

    from sqlalchemy.exc import DisconnectionError

    @event.listens_for(engine, "connect")
    def _on_connect(_dbapi_conn: Any, record: Any) -> None:
        record.info["vagledare_idle_since"] = monotonic()

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn: Any, record: Any) -> None:
        if record is not None:
            record.info["vagledare_idle_since"] = monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        if monotonic() - record.info.get("vagledare_idle_since", 0.0) <= PING_AFTER_IDLE:
            return
        problem = ping_driver(engine.dialect, dbapi_conn)
        if problem is not None:
            raise DisconnectionError(problem)  # the pool connects afresh


def lock_for_exchange(s: Session) -> None:
    """Serialise merges from other desks within this journal, so that their sequence numbers
    follow commit order (SQLite: the IMMEDIATE transaction already holds the write lock, and
    the connection gets a page cache big enough for a million-row merge)."""
    if s.connection().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(7734001)"))
    else:
        s.connection().exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
