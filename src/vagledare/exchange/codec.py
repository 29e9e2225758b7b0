"""Rows in their stored form: the exchange's working representation.

An exchange file holds each value as SQLAlchemy's SQLite dialect stores it (UUIDs as 32 hex
digits, times as ``YYYY-MM-DD HH:MM:SS.ffffff``, enums as their values). Rows are compared,
re-keyed and merged in that form, as plain tuples: ids and times compare as strings, in time
order.

A SQLite journal stores exactly that form, so its rows pass through untouched – read straight
from the DBAPI cursor and written with one ``executemany`` – instead of being turned into
Python objects and back, which would cost most of the time of a million-row exchange. A
journal on another backend converts each value with its column type's own processors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Executable,
    Table,
    insert,
    select,
    type_coerce,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType, TypeEngine

from vagledare.journal.db.fastpath import (
    ColumnConverter,
    bind_processor,
    bulk_insert_rows,
    bulk_upsert,
    driver_batches,
    driver_rows,
    executemany_on_driver,
    positional_sql,
    result_processor,
    upsert_statement,
)
from vagledare.journal.privacy import GUARDED, check_value

_SQLITE = sqlite.dialect()
Convert = Callable[[Any], Any] | None


def to_file(type_: TypeEngine[Any]) -> Convert:
    """A Python value → its stored form."""
    return bind_processor(type_, _SQLITE)


def from_file(type_: TypeEngine[Any]) -> Convert:
    """A stored form → its Python value."""
    return result_processor(type_, _SQLITE)


def raw(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """A column selected (or compared) exactly as stored, without type processing."""
    return type_coerce(column, NullType()).label(getattr(column, "name", None))


Converters = list[ColumnConverter | None]


def _converters(funcs: Sequence[Convert]) -> Converters:
    """One converter per column (None: the values stay as they are); each converts a column
    at a time, a value seen before in it once (``db.fastpath.ColumnConverter``), and leaves
    None as it is."""
    return [None if f is None else ColumnConverter(_none_kept(f)) for f in funcs]


def _none_kept(f: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: value if value is None else f(value)


def _apply(converters: Converters, rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """``rows`` with each column converted, column by column."""
    rows = rows if isinstance(rows, list) else list(rows)
    if not rows:
        return []
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    if len(columns) != len(converters):
        raise ValueError(f"rows of {len(columns)} columns for {len(converters)} converters")
    done = [c if f is None else f.column(c) for c, f in zip(columns, converters, strict=True)]
    return list(zip(*done, strict=True))


def typed(table: Table, names: Sequence[str], row: Sequence[Any]) -> dict[str, Any]:
    """One stored row as Python values (for the audit log and the like)."""
    converters = _converters([from_file(table.c[n].type) for n in names])
    return dict(zip(names, _apply(converters, [row])[0], strict=True))


class Codec:
    """Moves rows between one journal (or a file) and the stored form."""

    def __init__(self, conn: Connection, session: Session | None = None):
        self.conn, self.session = conn, session
        self.native = conn.dialect.name == "sqlite"
        self._statements: dict[tuple[Any, ...], str] = {}
        self._writing: dict[tuple[str, tuple[str, ...]], Converters] = {}

    # -- reading --------------------------------------------------------------------------
    def select(self, columns: Sequence[ColumnElement[Any]]) -> list[ColumnElement[Any]]:
        """What to select for ``stream``/``fetch`` to return the stored form."""
        return [raw(c) for c in columns] if self.native else list(columns)

    def stream(
        self, columns: Sequence[ColumnElement[Any]], stmt: Executable, size: int
    ) -> Iterator[list[tuple[Any, ...]]]:
        """The result in lists of up to ``size`` stored-form tuples."""
        if self.native:
            yield from driver_batches(self.conn.execute(stmt), size)  # raw tuples, no Row objects
            return
        converters = _converters([to_file(c.type) for c in columns])
        result = self.conn.execute(stmt, execution_options={"yield_per": size})
        for part in result.partitions(size):
            yield _apply(converters, part)

    def fetch(
        self, columns: Sequence[ColumnElement[Any]], stmt: Executable
    ) -> list[tuple[Any, ...]]:
        return [row for part in self.stream(columns, stmt, 10_000) for row in part]

    def lookup(
        self, table: Table, columns: Sequence[str], key: str, stored: list[Any]
    ) -> list[tuple[Any, ...]]:
        """``columns`` of the rows whose ``key`` is one of ``stored`` (a chunk of at most a few
        thousand). On SQLite one plain statement per chunk size, without building an
        expression per value."""
        if not stored:
            return []
        if not self.native:
            cols = [table.c[c] for c in columns]
            return self.fetch(cols, select(*cols).where(self.in_(table.c[key], stored)))
        cache_key = ("lookup", table.name, tuple(columns), key, len(stored))
        sql = self._statements.get(cache_key)
        if sql is None:
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(stored))
            sql = f'SELECT {names} FROM "{table.name}" WHERE "{key}" IN ({marks})'
            self._statements[cache_key] = sql
        return driver_rows(self.conn, sql, stored)

    def in_(self, column: Column[Any], stored: list[Any]) -> ColumnElement[bool]:
        """``column IN (…)`` for values in the stored form."""
        if self.native:
            return raw(column).in_(stored)
        f = from_file(column.type)
        return column.in_([f(v) if f and v is not None else v for v in stored])

    # -- writing --------------------------------------------------------------------------
    def insert(self, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Insert stored-form tuples (values in ``names`` order)."""
        self._write(table, names, rows, None)

    def upsert(
        self,
        table: Table,
        names: Sequence[str],
        rows: Sequence[Sequence[Any]],
        *,
        key: Sequence[str] = ("id",),
        newer: str | None = "modified_at",
    ) -> None:
        """``db.upsert_statement`` for stored-form tuples: later ``newer`` wins."""
        self._write(table, names, rows, (tuple(key), newer))

    def _write(
        self,
        table: Table,
        names: Sequence[str],
        rows: Sequence[Sequence[Any]],
        upsert: tuple[tuple[str, ...], str | None] | None,
    ) -> None:
        if not rows:
            return
        guarded = [(i, n) for i, n in enumerate(names) if (table.name, n) in GUARDED]
        if guarded and self.native:  # the general path passes db's bulk guard below
            for i, n in guarded:
                # Each distinct text once, in row order (most are None: nothing to check).
                for value in dict.fromkeys([r[i] for r in rows]):
                    if value is not None:
                        check_value(table.name, n, value)
        if not self.native:
            converters = self._writing.get((table.name, tuple(names)))
            if converters is None:  # kept: a value seen in an earlier chunk converted once
                converters = _converters([from_file(table.c[n].type) for n in names])
                self._writing[table.name, tuple(names)] = converters
            values = _apply(converters, rows)
            s = self.session or Session(bind=self.conn)
            if upsert is None:
                bulk_insert_rows(s, table, names, values)
            else:
                dicts = [dict(zip(names, r, strict=True)) for r in values]
                bulk_upsert(s, table, dicts, key=upsert[0], newer=upsert[1])
            return
        cache_key = (table.name, tuple(names), upsert)
        sql = self._statements.get(cache_key)
        if sql is None:
            stmt = (
                insert(table)
                if upsert is None
                else upsert_statement("sqlite", table, names, *upsert)
            )
            sql = self._statements[cache_key] = positional_sql(stmt, self.conn.dialect, names)
        # Straight to the DBAPI cursor of this connection (same transaction): the rows are
        # final already, and SQLAlchemy would look at each of a million parameter tuples.
        executemany_on_driver(self.conn, sql, rows)
