"""A unit of work written by Core statements alone (``Journal.core_unit``): the click path.

An ORM session's own bookkeeping (its transaction objects, its events, its identity map) costs
more than the click's two INSERTs. A ``CoreUnit`` is the same transaction without it: the
connection (the write lock taken with the BEGIN, committed when the block ends, rolled back if
it raises) and the same ``info`` a session carries (who acts, the desk's audit seal, the chain
head). There are no ORM objects, so no flush hooks: whatever writes through a unit runs the
text guard and writes its audit entry itself (``fastpath.DriverInsert`` and
``audit.record_now`` do).

Domain functions on the click path take either (``Writer``) and reach the connection and the
info through ``core_of``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
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
