"""An exchange file's table as the merge reads it: where each column is, and how a row's
ids translate into this journal's (aliases for rows it already had under another id) – or
that the row, or a row it needs, was deleted here for good."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table

from vagledare.exchange.model import BASE, DELETION, ORIGIN, ExchangedTable, exchanged_tables

Row = Any  # one incoming row (tuple or list), file columns, re-keyed for this journal


class FileTable:
    """One table of the file: where its columns are, and how its references translate."""

    def __init__(
        self,
        et: ExchangedTable,
        ftable: Table,
        aliases: dict[str, dict[Any, Any]],
        dying: dict[str, set[Any]],
        dead: dict[str, set[Any]],
    ):
        self.et, self.ftable, self.all_aliases = et, ftable, aliases
        self.names = [c.name for c in ftable.c]
        pos = {n: i for i, n in enumerate(self.names)}
        self.id, self.at = pos["id"], pos["modified_at"]
        self.origin, self.base = pos[ORIGIN], pos[BASE]
        self.aliases = aliases.setdefault(et.name, {})
        self.dying = dying.get(et.name, set())
        self.dead = dead.get(et.name, set())
        self.refs = [
            (
                pos[r.column],
                aliases.get(r.table, {}),
                dying.get(r.table, set()),
                dead.get(r.table, set()),
                r.nullable,
            )
            for r in et.references
            if r.column in pos
        ]
        self.refs = [r for r in self.refs if r[1] or r[2] or r[3]]  # only what can change
        # every reference the file has, checked (where, the table it names)
        self.checked_refs = [(pos[r.column], r.table) for r in et.references if r.column in pos]
        # whether other tables refer to this one (its written ids then spare them look-ups)
        self.referenced = any(
            r.table == et.name for other in exchanged_tables() for r in other.references
        )
        self.columns = et.columns  # what is written, in this order
        missing = [c for c in et.columns if c not in pos]
        self.pick: Callable[[Row], Sequence[Any]]  # a tuple, or a list for a placed row
        if missing:  # an older file: columns added since are left empty
            picks = [pos.get(c) for c in et.columns]
            self.pick = lambda row: tuple(row[i] if i is not None else None for i in picks)
        else:  # the file's columns start with them, in order (``model.file_table``): one
            # slice per row (an itemgetter of 15 positions costs ten times as much)
            assert [pos[c] for c in et.columns] == list(range(len(et.columns)))
            self.pick = itemgetter(slice(0, len(et.columns)))
        self.deletion = (pos["table_name"], pos["row_id"]) if et.name == DELETION else None
        # Nothing to re-key or skip: rows pass as they are (a fresh journal's big tables).
        self.as_is = not (
            self.aliases or self.dying or self.dead or self.refs or self.deletion or et.keys
        )

    def place(self, r: tuple[Any, ...]) -> Row | None:
        """The row re-keyed for this journal, or None if it (or a parent) is deleted here."""
        row = list(r)
        src = row[self.id]
        if self.aliases:
            row[self.id] = self.aliases.get(src, src)
        if src in self.dying or row[self.id] in self.dead:
            return None
        for i, aliases, dying, dead, nullable in self.refs:
            value = row[i]
            if value is None:
                continue
            gone = value in dying
            value = aliases.get(value, value)
            if gone or value in dead:
                if not nullable:
                    return None
                value = None
            row[i] = value
        if self.deletion is not None:
            t, r_id = self.deletion
            row[r_id] = self.all_aliases.get(row[t], {}).get(row[r_id], row[r_id])
        return row

    def as_dict(self, row: Row) -> dict[str, Any]:
        return dict(zip(self.names, row, strict=True))
