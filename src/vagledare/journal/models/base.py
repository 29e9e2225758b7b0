"""Declarative base and the columns every journal record carries.

Every record has a stable UUID key, creation and modification times (UTC) and its author, so
that records can later be exchanged between desks, merged by key, and audited.
"""

from __future__ import annotations

import enum
import os
import time
import uuid
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import DateTime, ForeignKey, Index, MetaData, Table, Uuid, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """Now in UTC, without tzinfo (how the journal stores record times on every backend)."""
    return datetime.now(UTC).replace(tzinfo=None)


def time_ordered_uuid() -> uuid.UUID:
    """A new key that sorts by the time it was made (the layout of UUID version 7: a 48-bit
    millisecond timestamp, then 74 random bits). Rows written in bulk get neighbouring keys,
    so the primary-key index grows at its end instead of being written all over, which keeps
    a large import as fast as a small one. As unique as ``uuid4`` for all practical purposes
    (74 random bits within each millisecond)."""
    rand = int.from_bytes(os.urandom(10), "big")
    value = (
        (time.time_ns() // 1_000_000 & 0xFFFF_FFFF_FFFF) << 80
        | 0x7 << 76  # version 7
        | (rand >> 62 & 0xFFF) << 64
        | 0b10 << 62  # the RFC 4122 variant
        | rand & (1 << 62) - 1
    )
    return uuid.UUID(int=value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """A model's table, typed as a ``Table`` (``__table__`` is typed as a bare FromClause)."""
    return cast(Table, model.__table__)


class Record:
    """Mixin: UUID key, created/modified (UTC) and author."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)

    @declared_attr
    def author_id(cls) -> Mapped[uuid.UUID | None]:  # noqa: N805 - SQLAlchemy declared_attr
        return mapped_column(Uuid, ForeignKey("staff.id"), nullable=True)


class Gender(enum.StrEnum):
    """Kön as the municipality's tables count it; UNSTATED gets its own block when used."""

    WOMAN = "woman"
    MAN = "man"
    UNSTATED = "unstated"

    @property
    def term_key(self) -> str:
        return self.value

    @property
    def plural_term_key(self) -> str:
        return {"woman": "women", "man": "men", "unstated": "unstated_plural"}[self.value]


def enum_column(enum_cls: type[enum.Enum]) -> object:
    """A portable (non-native) enum column storing the members' values."""
    from sqlalchemy import Enum

    return Enum(
        enum_cls,
        native_enum=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


# Partial unique indexes cover the rows not deleted. Migrations create them on both backends;
# the models spell the condition for SQLite here and for PostgreSQL in
# ``spell_partial_indexes_for_postgresql``, called when a server engine is made: naming a
# ``postgresql_`` option at import would load PostgreSQL's dialect on every desk (~0.1 s).
LIVE_ROWS = "deleted_at IS NULL"


def unique_among_live_rows(name: str, *columns: str) -> Index:
    return Index(name, *columns, unique=True, sqlite_where=text(LIVE_ROWS), info={"live": True})


def spell_partial_indexes_for_postgresql() -> None:
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            if index.info.get("live"):
                index.dialect_options["postgresql"]["where"] = text(LIVE_ROWS)
