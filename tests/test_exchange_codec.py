"""The exchange codec's conversion of stored-form rows for a journal on another backend than
SQLite: column by column, each value as its column type converts it, None left as it is, and a
value a column has seen before (in this chunk or an earlier one) converted once."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from vagledare.exchange.codec import _apply, _converters, from_file, typed
from vagledare.journal.models import Gender, QuickCase

TABLE = QuickCase.__table__
NAMES = ("id", "site_id", "gender", "occurred_at", "removed_at")


def stored_rows(n: int, start: int = 0) -> list[tuple[Any, ...]]:
    """``n`` quick cases in the stored form, each value an object of its own (as a driver
    reads them): unique ids and times, two sites, two genders, never removed."""
    return [
        (
            uuid.UUID(int=1000 + i).hex,
            uuid.UUID(int=1 + i % 2).hex,
            ("woman", "man")[i % 3 == 0],
            f"2024-03-{1 + i % 28:02d} 10:{i % 60:02d}:00.000000",
            None,
        )
        for i in range(start, start + n)
    ]


def test_rows_converted_column_by_column_as_each_value_alone() -> None:
    rows = stored_rows(300)
    funcs = [from_file(TABLE.c[n].type) for n in NAMES]
    got = _apply(_converters(funcs), rows)
    assert got == [
        tuple(None if v is None or f is None else f(v) for v, f in zip(r, funcs, strict=True))
        for r in rows
    ]
    first = got[0]
    assert first[0] == uuid.UUID(int=1000) and first[1] == uuid.UUID(int=1)
    assert first[2] is Gender.MAN and first[3] == datetime(2024, 3, 1, 10, 0)
    assert first[4] is None
    assert {r[1] for r in got} == {uuid.UUID(int=1), uuid.UUID(int=2)}
    assert typed(TABLE, NAMES, rows[1]) == dict(zip(NAMES, got[1], strict=True))


def test_a_repeated_value_converted_once_across_chunks() -> None:
    calls: list[Any] = []

    def to_uuid(value: str) -> uuid.UUID:
        calls.append(value)
        return uuid.UUID(hex=value)

    converters = _converters([to_uuid])  # kept for every chunk, as the codec keeps them
    for chunk in (stored_rows(500), stored_rows(500, start=500)):
        sites = [(r[1],) for r in chunk]
        assert _apply(converters, sites) == [(uuid.UUID(hex=s),) for (s,) in sites]
    assert sorted(calls) == sorted({uuid.UUID(int=1).hex, uuid.UUID(int=2).hex})


def test_none_is_never_handed_to_a_conversion() -> None:
    def strict(value: str) -> str:
        assert value is not None
        return value.upper()

    rows = [("a", None), (None, None), ("b", None)]
    assert _apply(_converters([strict, strict]), rows) == [("A", None), (None, None), ("B", None)]
