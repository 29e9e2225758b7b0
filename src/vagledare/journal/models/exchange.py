"""Journal exchange between desks: tombstones of hard deletes, and each journal's own
bookkeeping (id aliases, arrivals of merged rows, watermarks) that never travels.

Only ``Deletion`` is a record that travels between desks; the ``exchange_*`` tables describe
what this journal has sent and received and stay where they are.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, Record, utc_now


class Deletion(Record, Base):
    """A tombstone: the row ``row_id`` of ``table_name`` was deleted for good (gallring,
    erasure). It travels with the exchange so that the other desks delete it too and never
    bring it back."""

    __tablename__ = "deletion"
    __table_args__ = (UniqueConstraint("table_name", "row_id"),)

    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    deleted_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)


class ExchangeAlias(Base):
    """Another desk's id for a row this journal already had under its own id (the same site,
    staff member, participant code … created on both desks)."""

    __tablename__ = "exchange_alias"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    alias_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    target_id: Mapped[uuid.UUID] = mapped_column(Uuid)


class ExchangeBatch(Base):
    """One merge into this journal (an exchange file or a sync), numbered in commit order."""

    __tablename__ = "exchange_batch"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    peer_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    peer_name: Mapped[str] = mapped_column(String(120))
    source: Mapped[str] = mapped_column(String(260))
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON: rows per table and outcome


class ExchangeArrival(Base):
    """Where the current version of a row came from, when a merge wrote it.

    ``version`` is the row's ``modified_at`` as it arrived: while the two are equal the row is
    unchanged since, ``origin`` is the desk that made that version and ``base`` the version it
    was made from (as far as that desk knew). A row edited here afterwards is this desk's.
    """

    __tablename__ = "exchange_arrival"
    # One row per merged row: kept as a single B-tree on SQLite (no separate rowid table).
    __table_args__ = {"sqlite_with_rowid": False}

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    version: Mapped[datetime] = mapped_column(DateTime)
    origin: Mapped[uuid.UUID] = mapped_column(Uuid)
    base: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ExchangeConflict(Base):
    """A version that lost a conflict (kept ``journal``: the incoming one; ``file``: the one
    the journal had). Its coded fields are in the audit log; this row makes merging the same
    file again a no-op."""

    __tablename__ = "exchange_conflict"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    version: Mapped[datetime] = mapped_column(DateTime, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    kept: Mapped[str] = mapped_column(String(8))


class ExchangeMark(Base):
    """A watermark: how far this journal has sent to (or received from) a destination.

    ``mark_time`` is this journal's clock when the last exchange began (local edits after it
    go next time), ``mark_seq`` the last merge (``ExchangeBatch.seq``) that exchange included.
    """

    __tablename__ = "exchange_mark"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    mark_time: Mapped[datetime] = mapped_column(DateTime)
    mark_seq: Mapped[int] = mapped_column(Integer, default=0)
    peer_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
