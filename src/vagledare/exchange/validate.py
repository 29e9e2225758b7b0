"""Every row of an exchange file is input: checked whole before the merge writes anything.

The journal's own column types say what a value may be: a UUID, one of an enum's values, a
real date, a time, a whole number, a flag, text no longer than the column. Required columns
must be filled, and every guarded text passes the same guard as a form (no personnummer, no
formula at the start of a name). One bad row refuses the whole file, naming the table, the row
and the column. References to rows that exist nowhere are refused by the merge itself.

The checks run as one SQL scan per table of the file (its ``data.sqlite``), so a file with a
million rows is checked in about the time it takes to read it. ``FileCheck`` runs them on a
connection of its own in a second thread, beside the merge writing into its still open
transaction (SQLite lets go of Python's lock while it scans): the merge commits nothing until
the whole file has passed, and a refusal found here wins over anything the merge met
meanwhile, so a refused file is refused as if it had been checked first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    Enum,
    Integer,
    String,
    Table,
    Text,
    Time,
    Uuid,
    text,
)

from vagledare.exchange.fileformat import ExchangeFileError
from vagledare.exchange.model import BASE, ORIGIN, ExchangedTable
from vagledare.journal.db.fastpath import interrupter
from vagledare.journal.errors import ValidationError
from vagledare.journal.privacy import GUARDED, check_value


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_HEX32 = "[0-9a-f]" * 32


def _problems(column: str, ctype: Any, nullable: bool) -> Iterator[tuple[str, str]]:
    """(SQL condition true for a bad value, what is wrong in Swedish) for one column."""
    c = _q(column)
    if not nullable:
        yield f"{c} IS NULL", "saknar värde"
    if isinstance(ctype, Uuid):
        # 32 lower-case hex digits: one GLOB of 32 single-character classes (no length() and
        # no scan for a bad character: half the time of a million-row check).
        yield (
            f"{c} IS NOT NULL AND (typeof({c}) != 'text' OR {c} NOT GLOB '{_HEX32}')",
            ("är ingen giltig nyckel"),
        )
    elif isinstance(ctype, Enum):
        allowed = ", ".join("'" + v.replace("'", "''") + "'" for v in ctype.enums)
        yield f"{c} IS NOT NULL AND {c} NOT IN ({allowed})", "har ett okänt värde"
    elif isinstance(ctype, DateTime):
        yield (
            f"{c} IS NOT NULL AND (typeof({c}) != 'text' OR datetime({c}) IS NULL "
            f"OR date(substr({c}, 1, 10), '+0 days') IS NOT substr({c}, 1, 10))",
            "är ingen giltig tidpunkt",
        )
    elif isinstance(ctype, Date):
        yield (
            f"{c} IS NOT NULL AND (typeof({c}) != 'text' OR date({c}, '+0 days') IS NOT {c})",
            "är inget giltigt datum",
        )
    elif isinstance(ctype, Time):
        yield (
            f"{c} IS NOT NULL AND (typeof({c}) != 'text' OR time({c}) IS NULL "
            f"OR time(substr({c}, 1, 8)) IS NOT substr({c}, 1, 8))",
            "är inget giltigt klockslag",
        )
    elif isinstance(ctype, Boolean):
        yield f"{c} IS NOT NULL AND {c} NOT IN (0, 1)", "är varken ja eller nej"
    elif isinstance(ctype, Integer):
        yield f"{c} IS NOT NULL AND typeof({c}) != 'integer'", "är inget heltal"
    elif isinstance(ctype, String | Text):
        yield f"{c} IS NOT NULL AND typeof({c}) != 'text'", "är ingen text"
        length = getattr(ctype, "length", None)
        if length:
            yield (
                f"{c} IS NOT NULL AND length({c}) > {int(length)}",
                f"är längre än {length} tecken",
            )


def _rules(et: ExchangedTable, ftable: Table) -> list[tuple[str, str, str]]:
    """(column, SQL condition, what is wrong) for every column the file holds."""
    rules = []
    ctype: Any
    for col in ftable.c:
        if col.name == ORIGIN:
            ctype, nullable = Uuid(), False
        elif col.name == BASE:
            ctype, nullable = DateTime(), True
        elif col.name in et.table.c:
            jc = et.table.c[col.name]
            ctype, nullable = jc.type, bool(jc.nullable)
            if jc.info.get("non_negative"):  # a count (e.g. an activity's visitors)
                rules.append((col.name, f"{_q(col.name)} < 0", "är negativt"))
            if jc.info.get("language_code"):  # e.g. the participant form's language
                rules.append(
                    (
                        col.name,
                        f"{_q(col.name)} IS NOT NULL AND ({_q(col.name)} GLOB '*[^a-zA-Z0-9_-]*'"
                        f" OR length({_q(col.name)}) < 2)",
                        "är ingen språkkod",
                    )
                )
            if "at_most" in jc.info:  # a bounded count (e.g. aktivitetsplikt hours a week)
                most = int(jc.info["at_most"])
                rules.append((col.name, f"{_q(col.name)} > {most}", f"är större än {most}"))
        else:
            continue  # a column this version does not keep: never written
        rules += [(col.name, cond, what) for cond, what in _problems(col.name, ctype, nullable)]
    return rules


def _refuse(source: str, et: ExchangedTable, row_id: Any, column: str, what: str) -> None:
    row = f"rad {row_id}" if isinstance(row_id, str) and len(row_id) == 32 else "en rad"
    raise ExchangeFileError(
        f"Utbytesfilen {source}: tabellen {et.name} ({et.label}), {row}: kolumnen {column} "
        f"{what}. Inget ändrades."
    )


def check_table(source: str, data: Connection, et: ExchangedTable, ftable: Table) -> None:
    """Refuse the file at its first bad row of this table (see the module docstring)."""
    rules = _rules(et, ftable)
    name = _q(ftable.name)
    id_expr = _q("id") if "id" in ftable.c else "NULL"
    if rules:
        flags = ", ".join(f"({cond})" for _, cond, _ in rules)
        where = " OR ".join(f"({cond})" for _, cond, _ in rules)
        bad = data.execute(
            text(f"SELECT {id_expr}, {flags} FROM {name} WHERE {where} LIMIT 1")
        ).first()
        if bad is not None:
            for (column, _, what), hit in zip(rules, bad[1:], strict=True):
                if hit:
                    value = ""
                    if "okänt värde" in what:
                        got = data.execute(
                            text(f"SELECT {_q(column)} FROM {name} WHERE {id_expr} IS :id"),
                            {"id": bad[0]},
                        ).scalar()
                        value = f" ({str(got)[:40]!r})"
                    _refuse(source, et, bad[0], column, what + value)
    guarded = [c.name for c in ftable.c if (et.name, c.name) in GUARDED]
    for column in guarded:
        # Each distinct text once (codes and age bands repeat; BINARY whatever collation the
        # file declares); then, if any is refused, the first row holding one of them, as a
        # scan of every row would have met it.
        values = data.execute(
            text(
                f"SELECT DISTINCT {_q(column)} COLLATE BINARY FROM {name} "
                f"WHERE {_q(column)} IS NOT NULL"
            )
        ).scalars()
        refused = set()
        for value in values:
            try:
                check_value(et.name, column, value)
            except ValidationError:
                refused.add(value)
        if not refused:
            continue
        rows = data.execute(
            text(f"SELECT {id_expr}, {_q(column)} FROM {name} WHERE {_q(column)} IS NOT NULL")
        )
        for row_id, value in rows:
            if value in refused:
                try:
                    check_value(et.name, column, value)
                except ValidationError as exc:
                    _refuse(source, et, row_id, column, f"vägras: {exc}")


class FileCheck:
    """``check_table`` for every table of a file, in file order, in a thread of its own.

    ``start`` begins; ``refused`` says at once whether it has failed (the merge stops early);
    ``wait`` joins and raises what it found; ``stop`` interrupts it (a cancel: its result no
    longer matters) and raises a refusal it had already found. The thread's own connection to
    the file (read-only) is opened and closed in the thread."""

    def __init__(self, source: str, engine: Engine, tables: Sequence[tuple[ExchangedTable, Table]]):
        self.source, self.engine, self.tables = source, engine, list(tables)
        self.failure: BaseException | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._interrupt: Callable[[], None] | None = None  # stops the scan running
        self._thread = threading.Thread(target=self._run, name="exchange-check", daemon=True)

    def start(self) -> FileCheck:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            with self.engine.connect() as data:
                with self._lock:
                    self._interrupt = interrupter(data)
                try:
                    for et, ftable in self.tables:
                        if self._stopping.is_set():
                            return
                        check_table(self.source, data, et, ftable)
                finally:
                    with self._lock:
                        self._interrupt = None
        except BaseException as exc:  # handed to the merge's thread by wait()
            if not self._stopping.is_set():
                self.failure = exc

    def refused(self) -> bool:
        return self.failure is not None

    def wait(self) -> None:
        """Once every table is checked: raise the refusal (or error) found, if any."""
        self._thread.join()
        if self.failure is not None:
            raise self.failure

    def stop(self) -> None:
        """Interrupt the check and wait for its thread; raise a failure found before."""
        self._stopping.set()
        with self._lock:
            if self._interrupt is not None:
                self._interrupt()
        self._thread.join()
        if self.failure is not None:  # recorded only while not stopping: found before
            raise self.failure
