"""A unit of work written by Core statements alone (``Journal.core_unit``): the click path.

An ORM session's own bookkeeping (its transaction objects, its events, its identity map) costs
more than the click's two INSERTs. A ``CoreUnit`` is the same transaction without it: the
connection (the write lock taken with the BEGIN — on PostgreSQL sent with the unit's first
statements, ``fastpath.begin_later`` — committed when the block ends, rolled back if it
raises) and the same ``info`` a session carries (who acts, the desk's audit seal, the chain
head). There are no ORM objects, so no flush hooks: whatever writes through a unit runs the
text guard and writes its audit entry itself (``fastpath.DriverWrite`` and
``audit.record_now`` do).

Domain functions on the click path take either (``Writer``) and reach the connection and the
info through ``core_of``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from time import monotonic
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from vagledare.journal.db import engines
from vagledare.journal.db.fastpath import end_driver_transaction, ping_connection


@dataclass(eq=False)
class CoreUnit:
    conn: Connection
    info: dict[str, Any]


Writer = Session | CoreUnit


def core_of(w: Writer) -> tuple[Connection, dict[str, Any]]:
    """The connection and the info of a session or a Core unit. What a session holds
    unflushed is written first: the statements that follow read the journal, and audit
    entries must come in the order they were made."""
    if isinstance(w, CoreUnit):
        return w.conn, w.info
    if w.new or w.dirty or w.deleted:
        w.flush()
    return w.connection(), w.info


class KeptConnection:
    """The connection a journal keeps for its Core units, so that a click takes none from
    the pool and gives none back (a pooled connection stays open after its use anyway).
    Between units it holds no transaction. A unit that finds it in use by another thread
    takes a pooled connection as usual.

    On a server, a connection that has sat unused longer than ``engines.PING_AFTER_IDLE``
    is pinged before it is used again, as the pool pings the connections it hands out, and
    replaced if it does not answer (a restart, an idle timeout): a desk idle overnight does
    not fail its first click.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None
        self._lock = threading.Lock()
        self._used = 0.0  # monotonic time of the last use
        self._server = engine.dialect.name != "sqlite"

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        if not self._lock.acquire(blocking=False):
            with self.engine.connect() as conn:
                yield conn
            return
        try:
            conn = self._connection()
            try:
                yield conn
            except BaseException:
                end_driver_transaction(conn)  # as the pool's reset would, given it back
                raise
        finally:
            self._used = monotonic()
            self._lock.release()

    def _connection(self) -> Connection:
        conn = self._conn
        if conn is not None and not (conn.closed or conn.invalidated):
            if not self._server or monotonic() - self._used <= engines.PING_AFTER_IDLE:
                return conn
            problem = ping_connection(conn)
            if problem is None:
                return conn
            conn.invalidate()  # the server dropped it: a new one
        if conn is not None:
            conn.close()
        self._conn = conn = self.engine.connect()
        return conn

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
