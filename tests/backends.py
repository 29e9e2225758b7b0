"""Journals for tests on either backend: SQLite files, or fresh PostgreSQL databases.

With ``VAGLEDARE_TEST_PG_URL`` set (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5433/postgres``,
a user allowed to create databases), every test that asks for a journal gets a database of its
own. The journals are copies of one template database that the session migrates once with
Alembic (``CREATE DATABASE … TEMPLATE``); on SQLite every journal is a file copy of one
template file the session migrates once (a copy ~4 ms against ~200 ms for Alembic from
empty). Measured on PostgreSQL 15, a copy plus opening it is
~115 ms, a new database migrated from scratch ~310 ms, a new schema (``search_path``) migrated
from scratch ~250 ms, and emptying every table of one shared database ~105 ms but shares state.
A journal a session builds once (e.g. the privacy tests' data) is copied the same way
(``JournalTargets.copy``); on SQLite every copy is a file copy.
"""

from __future__ import annotations

import os
import queue
import shutil
import threading
import uuid
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from vagledare.journal.db import open_journal

PG_URL_VAR = "VAGLEDARE_TEST_PG_URL"
PG_URL: str | None = os.environ.get(PG_URL_VAR, "").strip() or None
PG_SKIP_REASON = f"PostgreSQL: {PG_URL_VAR} not set"
SQLITE_ONLY_REASON = "SQLite-only (about journal files); runs in the SQLite pass"


class PostgresServer:
    """Creates and drops uniquely named test databases on one server.

    A background thread keeps ``SPARE`` copies of the template ready and drops used databases,
    so a test waits for neither (the server works while the test runs).
    """

    SPARE = 2

    def __init__(self, url: str) -> None:
        self.url: URL = make_url(url)
        if self.url.drivername == "postgresql":
            self.url = self.url.set(drivername="postgresql+psycopg")
        self.admin: Engine = create_engine(
            self.url, isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        # Unique per session, so two test runs can share a server.
        self.prefix = f"vagledare_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.template = f"{self.prefix}_template"
        self._count = 0
        self._live: set[str] = set()
        self._execute(f'CREATE DATABASE "{self.template}"')
        # Alembic builds the schema from nothing here, once per session.
        open_journal(self.target(self.template)).close()
        self._ready: queue.Queue[str | BaseException] = queue.Queue()
        self._jobs: queue.Queue[tuple[str, str] | None] = queue.Queue()
        self._worker = threading.Thread(target=self._work, name="test-databases", daemon=True)
        self._worker.start()
        for _ in range(self.SPARE):
            self._jobs.put(("create", self._new_name()))

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def _new_name(self) -> str:
        self._count += 1
        return f"{self.prefix}_{self._count}"

    def _create_sql(self, name: str, template: str) -> str:
        return f'CREATE DATABASE "{name}" TEMPLATE "{template}"'

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            verb, name = job
            try:
                if verb == "create":
                    self._execute(self._create_sql(name, self.template))
                    self._ready.put(name)
                else:
                    self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except BaseException as exc:  # handed to the test that waits for it
                if verb == "create":
                    self._ready.put(exc)

    def target(self, name: str) -> str:
        """The ``--db`` value of one database (password included: tests pass it on)."""
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, *, empty: bool = False, copy_of: str | None = None) -> str:
        """A new database, a copy of the migrated template (or ``empty``, or a copy of the
        database ``copy_of``, which nobody may be connected to); returns its name."""
        if empty or copy_of:
            name = self._new_name()
            self._execute(self._create_sql(name, copy_of or "template0"))
        else:
            ready = self._ready.get(timeout=120)
            if isinstance(ready, BaseException):
                raise ready
            name = ready
            self._jobs.put(("create", self._new_name()))
        self._live.add(name)
        return name

    def drop(self, name: str) -> None:
        """Dropped in the background (``WITH (FORCE)`` ends connections a test left open)."""
        self._live.discard(name)
        self._jobs.put(("drop", name))

    def close(self) -> None:
        self._jobs.put(None)
        self._worker.join()
        while not self._ready.empty():
            ready = self._ready.get()
            if isinstance(ready, str):
                self._live.add(ready)
        for name in sorted(self._live) + [self.template]:
            self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


class JournalTargets:
    """Hands out ``--db`` values for fresh journals on the backend this run tests."""

    def __init__(self, server: PostgresServer | None, scratch: Path) -> None:
        self.server = server
        self.scratch = scratch  # the session's own folder: the SQLite template lives here
        self._template: Path | None = None

    def _sqlite_template(self) -> Path:
        """One migrated, closed journal file (built on first use, with its own desk data
        folder so no test's audit key signs it)."""
        if self._template is None:
            path = self.scratch / "template.sqlite"
            saved = os.environ.get("XDG_DATA_HOME")
            os.environ["XDG_DATA_HOME"] = str(self.scratch / "data")
            try:
                open_journal(str(path)).close()
            finally:
                if saved is None:
                    os.environ.pop("XDG_DATA_HOME", None)
                else:
                    os.environ["XDG_DATA_HOME"] = saved
            self._template = path
        return self._template

    @property
    def backend(self) -> str:
        return "postgresql" if self.server else "sqlite"

    def new(self, folder: Path, name: str = "journal.sqlite") -> str:
        """A fresh, migrated, empty journal: a copy of the session's template."""
        if self.server is None:
            return str(shutil.copy(self._sqlite_template(), folder / name))
        return self.server.target(self.server.create())

    def copy(self, source: str, folder: Path, name: str = "journal.sqlite") -> str:
        """A new journal that is a copy of the closed journal ``source`` (a ``--db`` value from
        :meth:`new`): a file copy, or ``CREATE DATABASE … TEMPLATE`` on the server."""
        if self.server is None:
            return str(shutil.copy(source, folder / name))
        return self.server.target(self.server.create(copy_of=make_url(source).database))

    def release(self, target: str) -> None:
        if self.server is not None:
            self.server.drop(make_url(target).database or "")
