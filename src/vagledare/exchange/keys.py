"""Finding the journal's own row for an incoming row by its natural key.

Loaded lazily, once per table and merge: most rows are found by their UUID and never need it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, select

from vagledare.exchange.codec import Codec, raw
from vagledare.exchange.fileformat import ExchangeFileError
from vagledare.exchange.model import ExchangedTable, NaturalKey, normalise
from vagledare.exchange.placing import Row

Key = tuple[Any, ...]
Keyed = list[tuple[NaturalKey, Key]]  # an incoming row's keys that apply, with its values


class KeyIndex:
    def __init__(
        self, journal: Connection, codec: Codec, data: Connection, et: ExchangedTable, ftable: Table
    ):
        self.journal, self.codec, self.data, self.et, self.ftable = journal, codec, data, et, ftable
        # by the key's columns (a table's keys differ in their columns)
        self._index: dict[tuple[str, ...], dict[Key, Any]] = {}
        self._eligible: dict[tuple[str, ...], set[Any]] = {}
        # where each key's columns are in the file's rows; a key of a column the file lacks
        # never applies (its value is empty)
        pos = {c.name: i for i, c in enumerate(ftable.c)}
        self._where = [
            (key, [pos[c] for c in key.columns])
            for key in et.keys
            if all(c in pos for c in key.columns)
        ]

    def keyed(self, src: Any, row: Row) -> Keyed:
        """The keys that apply to an incoming row (file columns, ``src``: its id in the
        file), each with the row's values for it, normalised; a key with an empty value
        does not apply."""
        out = []
        for key, where in self._where:
            values = tuple([normalise(row[i]) for i in where])
            if None not in values and self._applies(key, src):
                out.append((key, values))
        return out

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

    def match(self, row: Row, keyed: Keyed) -> Any | None:
        """The journal's row with the same natural key as ``row`` (``keyed``: its keys), if
        any. A row that some keys match and others do not (or that matches two rows) cannot
        be placed: the file is refused."""
        hits = [(key, self._journal_index(key).get(values)) for key, values in keyed]
        found = {h for _, h in hits if h is not None}
        if not found:
            return None
        if len(found) > 1 or any(h is None for _, h in hits):
            where = {k.columns: w for k, w in self._where}
            described = "; ".join(
                f"{k.describe()} = " + ", ".join(str(row[i]) for i in where[k.columns])
                for k, _ in hits
            )
            raise ExchangeFileError(
                f"En rad i {self.et.label} ({described}) stämmer med en annan rad i journalen "
                "på en nyckel men inte på en annan, så den kan inte slås ihop. "
                "Rätta posten på någon av datorerna och exportera igen. Inget ändrades."
            )
        return found.pop()

    def add(self, keyed: Keyed, row_id: Any) -> None:
        """A new row (``keyed``: its keys) is about to be written as ``row_id``: later rows
        with its key map onto it."""
        for key, values in keyed:
            index = self._index.get(key.columns)
            if index is not None:  # else loaded later from the journal, holding the row then
                index.setdefault(values, row_id)
