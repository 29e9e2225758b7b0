"""Finding the journal's own row for an incoming row by its natural key.

Loaded lazily, once per table and merge: most rows are found by their UUID and never need it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, select

from vagledare.exchange.codec import Codec, raw
from vagledare.exchange.fileformat import ExchangeFileError
from vagledare.exchange.model import ExchangedTable, NaturalKey, normalise

Key = tuple[Any, ...]


class KeyIndex:
    def __init__(
        self, journal: Connection, codec: Codec, data: Connection, et: ExchangedTable, ftable: Table
    ):
        self.journal, self.codec, self.data, self.et, self.ftable = journal, codec, data, et, ftable
        # by the key's columns (a table's keys differ in their columns)
        self._index: dict[tuple[str, ...], dict[Key, Any]] = {}
        self._eligible: dict[tuple[str, ...], set[Any]] = {}

    def _values(self, key: NaturalKey, row: dict[str, Any]) -> Key | None:
        values = tuple(normalise(row.get(c)) for c in key.columns)
        return None if any(v is None for v in values) else values

    def _applies(self, key: NaturalKey, src: Any) -> bool:
        """Whether a partial key (``where``) covers the incoming row (asked of the file)."""
        if not key.where:
            return True
        if key.columns not in self._eligible:
            where = key.where["sqlite"]
            self._eligible[key.columns] = set(
                self.data.execute(select(raw(self.ftable.c.id)).where(where)).scalars()
            )
        return src in self._eligible[key.columns]

    def _journal_index(self, key: NaturalKey) -> dict[Key, Any]:
        if key.columns not in self._index:
            t = self.et.table
            columns = [t.c.id, *(t.c[c] for c in key.columns)]
            stmt = select(*self.codec.select(columns))
            where = key.where.get(self.journal.dialect.name)
            if where is not None:
                stmt = stmt.where(where)
            index: dict[Key, Any] = {}
            for row in self.codec.fetch(columns, stmt):
                values = tuple(normalise(v) for v in row[1:])
                if not any(v is None for v in values):
                    index.setdefault(values, row[0])
            self._index[key.columns] = index
        return self._index[key.columns]

    def match(self, src: Any, row: dict[str, Any]) -> Any | None:
        """The journal's row with the same natural key, if any. A row that some keys match
        and others do not (or that matches two rows) cannot be placed: the file is refused."""
        hits: list[tuple[NaturalKey, Any | None]] = []
        for key in self.et.keys:
            values = self._values(key, row)
            if values is not None and self._applies(key, src):
                hits.append((key, self._journal_index(key).get(values)))
        found = {h for _, h in hits if h is not None}
        if not found:
            return None
        if len(found) > 1 or any(h is None for _, h in hits):
            described = "; ".join(
                f"{k.describe()} = {', '.join(str(row.get(c)) for c in k.columns)}" for k, _ in hits
            )
            raise ExchangeFileError(
                f"En rad i {self.et.label} ({described}) stämmer med en annan rad i journalen "
                "på en nyckel men inte på en annan, så den kan inte slås ihop. "
                "Rätta posten på någon av datorerna och exportera igen. Inget ändrades."
            )
        return found.pop()

    def add(self, src: Any, row: dict[str, Any]) -> None:
        """A new row is about to be written: later rows with its key map onto it."""
        for key in self.et.keys:
            index = self._index.get(key.columns)
            if index is None:
                continue  # loaded later from the journal, which will hold the row by then
            values = self._values(key, row)
            if values is not None and self._applies(key, src):
                index.setdefault(values, row["id"])
