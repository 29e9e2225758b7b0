"""What a merge did, per table: for the command line, the window and the audit log."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from vagledare.exchange.model import exchanged_tables, table_label


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0  # the file's later version replaced the journal's
    unchanged: int = 0  # the same version (or content), or an older version of the same line
    conflicts: int = 0  # versions made on two desks: the later won, the other is in the log
    deleted: int = 0  # removed for good by a tombstone

    @property
    def changed(self) -> int:
        return self.new + self.updated + self.conflicts + self.deleted

    def add(self, other: TableCounts) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class MergeSummary:
    source: str  # the file's name, or the server's
    desk_name: str  # the other party: the desk that wrote the file, or the server
    tables: dict[str, TableCounts] = field(default_factory=dict)

    def total(self) -> TableCounts:
        out = TableCounts()
        for c in self.tables.values():
            out.add(c)
        return out

    def counts(self, table: str) -> TableCounts:
        return self.tables.setdefault(table, TableCounts())

    def lines(self, lang: str = "sv") -> list[tuple[str, TableCounts]]:
        """Tables with any rows, in the journal's order, with their names in ``lang``."""
        order = [et.name for et in exchanged_tables()]
        names = sorted(self.tables, key=lambda n: order.index(n) if n in order else len(order))
        return [
            (table_label(n, lang), self.tables[n])
            for n in names
            if self.tables[n].changed or self.tables[n].unchanged
        ]

    def describe(self) -> str:
        """A few lines in Swedish for the command line."""
        t = self.total()
        head = (
            f"{self.source} (från {self.desk_name}): {t.new} nya, {t.updated} uppdaterade, "
            f"{t.unchanged} oförändrade, {t.conflicts} konflikter, {t.deleted} raderade"
        )
        rows = [
            f"  {label}: {c.new} nya, {c.updated} uppdaterade, {c.unchanged} oförändrade"
            + (f", {c.conflicts} konflikter" if c.conflicts else "")
            + (f", {c.deleted} raderade" if c.deleted else "")
            for label, c in self.lines()
            if c.changed
        ]
        return "\n".join([head, *rows])
