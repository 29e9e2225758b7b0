"""A unit of work written by Core statements alone (``Journal.core_unit``): the click path.

An ORM session's own bookkeeping (its transaction objects, its events, its identity map) costs
more than the click's two INSERTs. A ``CoreUnit`` is the same transaction without it: the
connection (the write lock taken with the BEGIN, committed when the block ends, rolled back if
it raises) and the same ``info`` a session carries (who acts, the desk's audit seal, the chain
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
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session


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
    """The connection an SQLite journal keeps for its Core units, so that a click takes none
    from the pool and gives none back (a pooled connection stays open after its use anyway).
    Between units it holds no transaction. A unit that finds it in use by another thread
    takes a pooled connection as usual. A server journal keeps none: its pool pings a
    connection that has been idle (``engines.PING_AFTER_IDLE``) before it is used again.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        if not self._lock.acquire(blocking=False):
            with self.engine.connect() as conn:
                yield conn
            return
        try:
            if self._conn is None or self._conn.closed or self._conn.invalidated:
                self._conn = self.engine.connect()
            yield self._conn
        finally:
            self._lock.release()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
