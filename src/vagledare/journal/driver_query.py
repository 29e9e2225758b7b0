"""Hot read-only queries run straight on the database driver.

SQLAlchemy's execution of a statement costs about 0.1–0.2 ms of Python, which is more than the
drop-in report's own queries over a month (the site layout, the counts). For those few
statements, run on every report and every refresh of the tally screen, ``DriverQuery`` renders
the Core statement once per dialect and then runs it on the session's own driver connection,
inside the session's transaction. Parameters go through the column types' bind processors and
results through their result processors, exactly as SQLAlchemy would convert them, and driver
errors are raised as SQLAlchemy's exceptions, so callers handle both paths alike. The statement
stays one Core statement in one place; only how it is executed differs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.selectable import SelectBase

Processor = Callable[[Any], Any]


@dataclass(frozen=True)
class _Rendered:
    sql: str
    order: tuple[str, ...] | None  # parameter names in placeholder order (qmark); None: named
    defaults: dict[str, Any]  # the statement's own values (literals)
    bind_processors: dict[str, Processor]
    result_processors: tuple[tuple[int, Processor], ...]  # (column, processor) where needed


class DriverQuery:
    """A SELECT with plain parameters (no IN lists expanded per call), run on the driver."""

    def __init__(self, statement: SelectBase) -> None:
        self.statement = statement
        self._rendered: dict[tuple[str, str], _Rendered] = {}  # by (dialect, driver)

    def all(
        self, conn: Connection, params: Mapping[str, Any] | None = None
    ) -> Sequence[tuple[Any, ...]]:
        """Every row, converted as SQLAlchemy would, in ``conn``'s transaction."""
        dialect = conn.dialect
        r = self._rendered.get((dialect.name, dialect.driver)) or self._render(dialect)
        values = {**r.defaults, **params} if params else r.defaults
        procs = r.bind_processors
        converted = {k: procs[k](v) if k in procs else v for k, v in values.items()}
        args: Any = converted if r.order is None else tuple(converted[k] for k in r.order)
        cursor = conn.connection.cursor()
        try:
            cursor.execute(r.sql, args)
            rows: Sequence[tuple[Any, ...]] = cursor.fetchall()
        except dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(
                r.sql, args, exc, dialect.loaded_dbapi.Error, dialect=dialect
            ) from exc
        finally:
            cursor.close()
        if not r.result_processors:
            return rows
        out = []
        for row in rows:
            cells = list(row)
            for i, process in r.result_processors:
                cells[i] = process(cells[i])
            out.append(tuple(cells))
        return out

    def _render(self, dialect: Dialect) -> _Rendered:
        compiled: Any = self.statement.compile(dialect=dialect)
        binds = compiled.binds
        if any(b.expanding for b in binds.values()) or compiled.escaped_bind_names:
            raise ValueError("DriverQuery runs plain parameters only (no IN lists, no escaping)")
        procs = {}
        for name, bind in binds.items():
            proc = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if proc is not None:
                procs[name] = proc
        results = tuple(
            (i, proc)
            for i, c in enumerate(self.statement.selected_columns)
            if (proc := c.type.dialect_impl(dialect).result_processor(dialect, None)) is not None
        )
        rendered = _Rendered(
            sql=compiled.string,
            order=tuple(compiled.positiontup) if compiled.positional else None,
            defaults={n: b.effective_value for n, b in binds.items() if not b.required},
            bind_processors=procs,
            result_processors=results,
        )
        self._rendered[dialect.name, dialect.driver] = rendered
        return rendered
