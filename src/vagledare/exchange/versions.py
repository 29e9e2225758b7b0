"""Two versions of one row: the later ``modified_at`` wins. When different desks made them and
neither was made from the other, it is a conflict: the losing version's coded fields go to the
audit log (once: ``exchange_conflict`` remembers it, so a file merged again adds nothing)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from vagledare.exchange.codec import Codec, typed
from vagledare.exchange.model import BASE, ORIGIN, ExchangedTable, is_conflict, provenance
from vagledare.exchange.placing import FileTable, Row
from vagledare.exchange.summary import TableCounts
from vagledare.journal import audit
from vagledare.journal.models import ExchangeArrival, ExchangeConflict

_arrival: Table = ExchangeArrival.__table__  # type: ignore[assignment]
_conflict: Table = ExchangeConflict.__table__  # type: ignore[assignment]
# Columns that say nothing about what a row means: two desks' "Övrigt" is the same category.
_NOT_CONTENT = frozenset({"id", "created_at", "modified_at", "author_id"})


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Versions:
    def __init__(
        self,
        s: Session,
        codec: Codec,
        own: str,
        seq: int,
        desk_name: str,
        before_write: Callable[[], None],
    ):
        self.s, self.codec, self.own, self.seq, self.desk_name = s, codec, own, seq, desk_name
        self._touch = before_write

    def _fetch(self, columns: list[Any], *where: Any) -> list[tuple[Any, ...]]:
        return self.codec.fetch(columns, select(*self.codec.select(columns)).where(*where))

    def resolve(
        self, t: FileTable, rows: list[Row], write: dict[Any, Row], counts: TableCounts
    ) -> None:
        """Rows whose version differs from the journal's: the later wins; a conflict's
        loser goes to the audit log."""
        et = t.et
        ids = [row[t.id] for row in rows]
        current = self._current(et, ids)
        seen = self._resolved_conflicts(et, ids)
        for row in rows:
            mine_row = current[row[t.id]]
            incoming = t.as_dict(row)
            if all(incoming.get(c) == mine_row[c] for c in et.columns if c not in _NOT_CONTENT):
                counts.unchanged += 1  # e.g. the same category created on two desks
                continue
            mine = (mine_row["modified_at"], mine_row[ORIGIN], mine_row[BASE])
            theirs = (row[t.at], row[t.origin], row[t.base])
            conflict = is_conflict(mine, theirs)
            if theirs[0] > mine[0]:
                write[row[t.id]] = row
                if conflict:
                    self._conflict(et, mine_row, kept="file")
            elif conflict and (row[t.id], theirs[0]) not in seen:
                self._conflict(et, incoming, kept="journal")
            else:
                counts.unchanged += 1
                continue
            if conflict:
                counts.conflicts += 1
            else:
                counts.updated += 1

    def _current(self, et: ExchangedTable, ids: list[Any]) -> dict[Any, dict[str, Any]]:
        """The journal's rows, with the provenance of their versions."""
        t = et.table
        names = [c.name for c in t.c]
        columns = [*t.c, _arrival.c.version, _arrival.c.origin, _arrival.c.base]
        joined = t.outerjoin(
            _arrival, (_arrival.c.table_name == et.name) & (_arrival.c.row_id == t.c.id)
        )
        out: dict[Any, dict[str, Any]] = {}
        for chunk in _chunks(ids, 1000):
            stmt = select(*self.codec.select(columns)).select_from(joined)
            for r in self.codec.fetch(columns, stmt.where(self.codec.in_(t.c.id, chunk))):
                row = dict(zip(names, r, strict=False))
                version, origin, base = r[len(names) :]
                row[ORIGIN], row[BASE] = provenance(
                    row["modified_at"], version, origin, base, self.own
                )
                out[row["id"]] = row
        return out

    def _resolved_conflicts(self, et: ExchangedTable, ids: list[Any]) -> set[tuple[Any, Any]]:
        c = _conflict.c
        out: set[tuple[Any, Any]] = set()
        for chunk in _chunks(ids, 1000):
            where = (c.table_name == et.name, self.codec.in_(c.row_id, chunk))
            out.update((r, v) for r, v in self._fetch([c.row_id, c.version], *where))
        return out

    def _conflict(self, et: ExchangedTable, loser: dict[str, Any], kept: str) -> None:
        """Keep the losing version's coded fields in the audit log, and remember it."""
        self._touch()
        names = [n for n in loser if n in et.table.c]
        values = typed(et.table, names, [loser[n] for n in names])
        audit.record(
            self.s,
            "overwritten",
            et.name,
            values["id"],
            version=values["modified_at"],
            kept=kept,
            desk=self.desk_name,
            values=audit.coded_values(et.table, values),
        )
        remembered = (et.name, loser["id"], loser["modified_at"], self.seq, kept)
        names = ["table_name", "row_id", "version", "seq", "kept"]
        self.codec.upsert(_conflict, names, [remembered], key=names[:3], newer=None)
