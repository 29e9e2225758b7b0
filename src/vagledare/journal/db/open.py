"""Opening a journal: where it is, creating or upgrading it, refusing what is not one.

A journal is an SQLite file (the default, one per desk) or a PostgreSQL database given as a
SQLAlchemy URL (``postgresql+psycopg://user:password@host:5432/vagledare``). Every unit of work
is ``with journal.session() as s:``; it commits on success and rolls back on any exception, so a
save is all or nothing. ``journal.read(fn, …)`` and ``journal.write(fn, …)`` run one domain
function on one read-only snapshot or in one unit of work.

A file that is not a journal, or is a journal from a newer version, is refused untouched; an
older journal is backed up, then upgraded; a journal its owner write-protected is opened for
reading only (``ReadOnlyJournal`` for any write).
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from vagledare.journal import schema
from vagledare.journal.db.engines import server_engine, sqlite_engine
from vagledare.journal.db.errors import (
    READ_ONLY_MESSAGE,
    JournalError,
    JournalProblem,
    ReadOnlyJournal,
    operational_problem,
    server_label,
    server_problem,
)
from vagledare.journal.db.fastpath import run_on_driver
from vagledare.journal.db.unit import CoreUnit, KeptConnection

# Where the journal is: in the module that imports nothing heavy (#22: the window's start-up)
from vagledare.journal.peek import ENV_VAR as ENV_VAR
from vagledare.journal.peek import SQLITE_MAGIC, is_url
from vagledare.journal.peek import default_journal_path as default_journal_path
from vagledare.journal.peek import resolve_target as resolve_target

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class Journal:
    """An open journal. Cheap to pass around; ``session()`` for each unit of work."""

    engine: Engine
    path: Path | None  # None for a server database
    _sessions: sessionmaker[Session]
    # SQLite: read-only sessions take connections of their own, query_only from the start
    # (see ``engines.sqlite_engine``). None on a server, where READ ONLY is set per transaction.
    _readers: Engine | None = None
    # Who is working now (``act_as``): the audit log names them for every change made
    # through this journal, unless a session names someone else.
    _current: dict[str, Any] = field(default_factory=dict)
    # A journal file its owner made read-only: opened for reading only, every write refused
    read_only: bool = False
    # Told a Core unit's info once it has committed, as the sessions' ``after_commit``
    # listeners are told a session's (the audit chain keeps its position).
    _committed: tuple[Callable[[dict[str, Any]], None], ...] = ()
    # The connection Core units use, kept from one to the next (``db.unit``)
    _kept: KeptConnection | None = None

    def act_as(self, staff_id: uuid.UUID | None, via: str | None = None) -> None:
        """The person logged in at this desk (or on the command line) from now on; None for
        work nobody did by hand, which the log then names by ``via`` (e.g. "kommandoraden
        (anna)") or as the desk."""
        self._current["actor_id"] = staff_id
        self._current["via"] = via

    @property
    def actor_id(self) -> uuid.UUID | None:
        return self._current.get("actor_id")

    @property
    def seal(self) -> Any:
        """This desk's audit chain (``audit_chain.Seal``), or None where none can be kept."""
        return self._sessions.kw["info"]["seal"]

    @property
    def journal_key(self) -> str:
        """The journal's identity, under which the desk keeps its audit chain's position."""
        return str(self._sessions.kw["info"]["journal_key"])

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def location(self) -> str:
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(
        self, *, readonly: bool = False, actor_id: uuid.UUID | None = None
    ) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises.

        ``actor_id`` is the staff member the audit log names for what the block changes.
        ``readonly`` sessions (reports, counts) read one consistent snapshot without taking
        the write lock, so they never make a writer wait. Both backends refuse a write in them
        (SQLite ``query_only``, PostgreSQL ``READ ONLY``), so there is nothing to commit: the
        snapshot simply ends when the block does.
        """
        info = self._actor(actor_id)
        if self.read_only:  # a unit of work may read; its first write is refused in words
            readonly = True
            info["refuse_writes"] = True
        try:
            if not readonly:
                with self._sessions(info=info) as s, s.begin():
                    yield s
            elif self._readers is not None:
                with self._sessions(bind=self._readers, info=info) as s:
                    yield s
                    if self.read_only:
                        s.flush()  # a change left unflushed is refused, never dropped silently
            else:
                with self._sessions(info=info) as s:
                    # One snapshot for the whole block, not one per statement.
                    s.connection(
                        execution_options={
                            "vagledare_readonly": True,
                            "isolation_level": "REPEATABLE READ",
                        }
                    )
                    yield s
        except OperationalError as exc:
            raise self._problem(exc) from exc

    @contextmanager
    def core_unit(self, *, actor_id: uuid.UUID | None = None) -> Iterator[CoreUnit]:
        """A unit of work written by Core statements alone (``db.unit``): the click path.

        The same transaction as ``session()`` (the write lock first, committed when the block
        ends, rolled back if it raises), the same ``info`` (``actor_id`` as there) and the
        same errors, without the ORM's session; the audit chain keeps its position once it
        has committed, as after a session.
        """
        info = {**self._sessions.kw["info"], **self._actor(actor_id)}
        connection = self._kept.connection() if self._kept else self.engine.connect()
        try:
            with connection as conn:
                # the BEGIN and the write lock go with the unit's first statements
                conn.execution_options(vagledare_begin_later=True)
                with conn.begin():
                    yield CoreUnit(conn, info)
        except OperationalError as exc:
            raise self._problem(exc) from exc
        for committed in self._committed:
            committed(info)

    def _actor(self, actor_id: uuid.UUID | None) -> dict[str, Any]:
        return {
            "actor_id": actor_id if actor_id is not None else self.actor_id,
            "via": None if actor_id is not None else self._current.get("via"),
        }

    def _problem(self, exc: OperationalError) -> Exception:
        """What a unit of work's driver error means, in words."""
        if self.read_only and "readonly" in str(exc.orig).lower():
            return ReadOnlyJournal(READ_ONLY_MESSAGE)  # a Core write
        return operational_problem(exc, self.location, self.engine.url)

    def read(self, fn: Callable[Concatenate[Session, P], R], *args: P.args, **kw: P.kwargs) -> R:
        """``fn(session, *args, **kw)`` on one read-only snapshot: how the window asks the
        domain for what it shows, without holding a session of its own."""
        with self.session(readonly=True) as s:
            return fn(s, *args, **kw)

    def write(self, fn: Callable[Concatenate[Session, P], R], *args: P.args, **kw: P.kwargs) -> R:
        """``fn(session, *args, **kw)`` as one unit of work, committed when it returns and
        rolled back whole if it raises."""
        with self.session() as s:
            return fn(s, *args, **kw)

    def close(self) -> None:
        if self.seal is not None:
            self.seal.flush()  # the audit chain's last position, outside the journal
        if self._kept is not None:
            self._kept.close()
        if self._readers is not None:
            self._readers.dispose()
        self.engine.dispose()


def _refuse_writes(s: Session, _ctx: object, _instances: object) -> None:
    """A write-protected journal's sessions: the first change is refused in words."""
    if s.info.get("refuse_writes") and (s.new or s.dirty or s.deleted):
        raise ReadOnlyJournal(READ_ONLY_MESSAGE)


def _check_sqlite_file(path: Path) -> bool:
    """True if the file exists with content; raises if it is not an SQLite database."""
    if not path.exists():
        return False
    if path.is_dir():
        raise JournalError(
            JournalProblem.UNREADABLE, f"{path} är en mapp, inte en journalfil.", str(path)
        )
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise JournalError(
            JournalProblem.UNREADABLE,
            f"Journalen {path} kan inte läsas: {exc.strerror}.",
            str(path),
        ) from exc
    if not head:
        return False
    if head != SQLITE_MAGIC:
        raise JournalError(
            JournalProblem.NOT_A_JOURNAL,
            f"{path} är ingen Vägledare-journal (filen är inte en SQLite-databas).",
            str(path),
        )
    _refuse_foreign_database(path)
    return True


def _refuse_foreign_database(path: Path) -> None:
    """Look at an SQLite file read-only before the journal's engine touches it (the engine
    switches a database to WAL, which rewrites its header): another program's database is
    refused byte-identical."""
    import sqlite3

    try:
        # immutable: not even a -wal or -shm file is created beside it
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    except sqlite3.Error:
        return  # the engine's own open says what is wrong
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.Error:
        return
    finally:
        conn.close()
    if tables and "alembic_version" not in tables:
        raise JournalError(
            JournalProblem.NOT_A_JOURNAL,
            f"{path} är ingen Vägledare-journal: databasen har andra tabeller "
            f"({', '.join(sorted(tables)[:3])}…). Filen har inte ändrats.",
            str(path),
        )


def _is_write_protected(path: Path) -> bool:
    """Whether the journal's owner made it read-only. The owner's write bit says what the
    owner meant (an administrator could write the file anyway)."""
    if os.name == "posix":
        return not path.stat().st_mode & stat.S_IWUSR
    return not os.access(path, os.W_OK)


def _open_read_only(path: Path, busy_timeout: float) -> Journal:
    """A write-protected journal, open for reading: never upgraded, never chmodded, no log
    entry written; every write refused with ``READ_ONLY_MESSAGE``."""
    from vagledare.journal import audit_chain

    # Immutable reads the file as it is and creates nothing beside it (a WAL journal opened
    # "ro" gets -wal and -shm files). Only committed work still waiting in a -wal file
    # needs the "ro" open, which reads it.
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    engine = sqlite_engine(
        path, busy_timeout, readonly=True, file_mode="ro" if pending else "immutable"
    )
    try:
        rev = current_revision(engine)
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise JournalError(
            JournalProblem.CORRUPT,
            f"Journalen {path} är skrivskyddad och kan inte läsas: {exc.orig}",
            str(path),
        ) from exc
    if rev != schema.HEAD:
        engine.dispose()
        raise JournalError(
            JournalProblem.NEWER_VERSION
            if rev not in schema.REVISIONS
            else JournalProblem.UNREADABLE,
            f"Journalen {path} är skrivskyddad och är gjord av en annan version av Vägledare "
            f"(schema {rev}). Den kan bara öppnas av den versionen, eller efter att skrivskyddet "
            "tagits bort (då uppgraderas den).",
            str(path),
        )
    from sqlalchemy import select

    from vagledare.journal.models import Setting

    with engine.connect() as conn:
        key = conn.execute(
            select(Setting.value).where(Setting.key == audit_chain.JOURNAL_KEY)
        ).scalar()
    sessions = sessionmaker(
        engine,
        expire_on_commit=False,
        info={"seal": audit_chain.Seal.for_desk(), "journal_key": key or ""},
    )
    event.listen(sessions, "before_flush", _refuse_writes)
    return Journal(engine, path, sessions, engine, read_only=True)


def _restrict_permissions(path: Path) -> None:
    """Journal files are readable by their owner only (0600 where the platform has modes)."""
    if os.name == "posix":
        for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if p.exists():
                os.chmod(p, stat.S_IRUSR | stat.S_IWUSR)


def current_revision(engine: Engine) -> str | None:
    """The journal's schema revision; None for an empty database."""
    with engine.connect() as conn:
        try:  # the common case, without the cost of inspecting the schema
            rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return str(rev) if rev else None
        except (OperationalError, ProgrammingError):
            conn.rollback()
        if not inspect(conn).get_table_names():
            return None
        raise JournalError(
            JournalProblem.NOT_A_JOURNAL,
            "Databasen innehåller tabeller men är ingen Vägledare-journal.",
        )


def hide_password(target: str) -> str:
    """A journal location fit for messages and logs: a URL's password as ``***``."""
    if not is_url(target):
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return target.split("@")[-1]


def unreachable_server(target: str, error: BaseException | None) -> JournalError:
    """The Swedish message for the server at the URL ``target`` refusing a connection
    (``error``, the driver's): the same whether opening the journal or the login dialog's
    peek at it (``journal.peek``) found it so."""
    where = server_label(make_url(target))
    return server_problem(error, where, location=hide_password(target))


def open_journal(target: str | Path, *, create: bool = True, busy_timeout: float = 15.0) -> Journal:
    """Open (and if needed create or upgrade) the journal at a path or SQLAlchemy URL.

    An older journal is backed up and upgraded; a journal from a newer version of the app,
    a file that is not a journal, or an unreadable file raise ``JournalError`` — never is a
    new empty journal silently put in the old one's place.
    """
    target = str(target)
    path: Path | None = None
    url: URL | None = None
    if is_url(target):
        try:
            url = make_url(target)
        except (ArgumentError, ValueError) as exc:
            raise JournalError(
                JournalProblem.UNREADABLE,
                f"Databasadressen är ogiltig ({exc}). Skriv den som "
                "postgresql+psycopg://användare:lösenord@server:5432/databas.",
                hide_password(target),
            ) from exc
        if url.get_backend_name() == "sqlite" and url.database:
            path = Path(url.database)
    else:
        path = Path(target).expanduser()

    if path is not None:
        exists = _check_sqlite_file(path)
        if exists and _is_write_protected(path):
            return _open_read_only(path, busy_timeout)
        if not exists and not create:
            raise JournalError(
                JournalProblem.UNREADABLE, f"Journalen {path} finns inte.", str(path)
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = sqlite_engine(path, busy_timeout)
    else:
        assert url is not None
        engine = server_engine(url, busy_timeout)

    try:
        rev = current_revision(engine)
        if rev != schema.HEAD:
            if rev is not None and rev not in schema.REVISIONS:
                raise JournalError(
                    JournalProblem.NEWER_VERSION,
                    "Journalen är skapad av en nyare version av Vägledare "
                    f"(schema {rev}). Uppdatera programmet för att öppna den.",
                )
            if rev is not None and path is not None:
                from vagledare.journal.backup import backup_before

                backup_before(path, f"migrering-{rev}")
            upgrade(engine)
    except JournalError as exc:
        engine.dispose()
        exc.location = exc.location or (str(path) if path else hide_password(target))
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        where = str(path) if path else hide_password(target)
        if url is not None and path is None and isinstance(exc, OperationalError):
            raise unreachable_server(target, exc.orig) from exc
        raise JournalError(
            JournalProblem.CORRUPT,
            f"Journalen {where} kan inte läsas (skadad eller låst): {exc.orig}",
            where,
        ) from exc
    if path is not None:
        _restrict_permissions(path)
        from vagledare.journal.backup import remove_stale_parts

        remove_stale_parts(path)
    from vagledare.journal import audit, audit_chain, deletions, privacy

    seal = audit_chain.Seal.for_desk()
    key = audit.prepare(engine, seal)
    sessions = sessionmaker(engine, expire_on_commit=False, info={"seal": seal, "journal_key": key})
    audit.install(sessions)
    audit_chain.install(sessions)
    deletions.install(sessions)
    privacy.install(sessions)
    readers = sqlite_engine(path, busy_timeout, readonly=True) if path is not None else None
    kept = KeptConnection(engine)
    return Journal(engine, path, sessions, readers, _committed=(audit_chain.committed,), _kept=kept)


def upgrade(engine: Engine) -> None:
    """Bring the schema to HEAD with Alembic (creates it in an empty database).

    On SQLite, foreign keys are off while tables are rebuilt (Alembic's batch mode copies a
    table and drops the old one) and every reference is checked once at the end.
    """
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "vagledare.journal:migrations")
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            conn.rollback()  # leave the implicit transaction: the pragma only works outside one
            run_on_driver(conn, "PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
            if sqlite:
                broken = run_on_driver(conn, "PRAGMA foreign_key_check")
                if broken:
                    raise JournalError(
                        JournalProblem.CORRUPT,
                        f"Journalen har {len(broken)} trasiga hänvisningar efter uppgraderingen.",
                    )
        finally:
            if sqlite:
                run_on_driver(conn, "PRAGMA foreign_keys=ON")
