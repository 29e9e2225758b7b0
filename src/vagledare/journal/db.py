"""The one database gateway: engine, pragmas, sessions, opening and upgrading a journal.

A journal is an SQLite file (the default, one per desk) or a PostgreSQL database given as a
SQLAlchemy URL (``postgresql+psycopg://user:password@host:5432/vagledare``). Every unit of work
is ``with journal.session() as s:``; it commits on success and rolls back on any exception, so a
save is all or nothing.

Both backends give the domain the same guarantees, so no domain code asks which one it runs on:
writers take one journal-wide write lock at the start of their transaction (SQLite
``BEGIN IMMEDIATE``; PostgreSQL a transaction-level advisory lock), waiting up to
``busy_timeout`` for it, and read-only sessions read one consistent snapshot without waiting
for writers (SQLite WAL; PostgreSQL ``REPEATABLE READ, READ ONLY``).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection, Engine, Table, create_engine, event, insert, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import FromClause

from vagledare.journal import schema
from vagledare.journal.errors import ValidationError
from vagledare.journal.models.base import spell_partial_indexes_for_postgresql

P = ParamSpec("P")
R = TypeVar("R")

ENV_VAR = "VAGLEDARE_DB"
BULK_CACHE_KIB = 256 * 1024  # SQLite page cache while merging another desk's journal
SQLITE_MAGIC = b"SQLite format 3\x00"


class JournalProblem(Enum):
    UNREADABLE = "unreadable"
    NOT_A_JOURNAL = "not_a_journal"
    NEWER_VERSION = "newer_version"
    CORRUPT = "corrupt"
    UNREACHABLE = "unreachable"  # the database server cannot be reached
    ACCESS_DENIED = "access_denied"  # the server refused the user name or password


class JournalError(Exception):
    """A journal that cannot be opened. ``str(error)`` is a message for the user."""

    def __init__(self, problem: JournalProblem, message: str, location: str = "") -> None:
        super().__init__(message)
        self.problem = problem
        self.location = location


def default_journal_path() -> Path:
    """The journal in the platform's user-data folder."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Vagledare", appauthor=False)) / "journal.sqlite"


def resolve_target(cli_value: str | None = None) -> str:
    """``--db`` wins over ``VAGLEDARE_DB``, which wins over the default journal."""
    if cli_value:
        return cli_value
    env = os.environ.get(ENV_VAR)
    if env:
        return env
    return str(default_journal_path())


def is_url(target: str) -> bool:
    return "://" in target


@dataclass(frozen=True)
class Journal:
    """An open journal. Cheap to pass around; ``session()`` for each unit of work."""

    engine: Engine
    path: Path | None  # None for a server database
    _sessions: sessionmaker[Session]
    # SQLite: read-only sessions take connections of their own, query_only from the start
    # (see ``_sqlite_engine``). None on a server, where READ ONLY is set per transaction.
    _readers: Engine | None = None
    # Who is working now (``act_as``): the audit log names them for every change made
    # through this journal, unless a session names someone else.
    _current: dict[str, Any] = field(default_factory=dict)
    # A journal file its owner made read-only: opened for reading only, every write refused
    read_only: bool = False

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
        info = {
            "actor_id": actor_id if actor_id is not None else self.actor_id,
            "via": None if actor_id is not None else self._current.get("via"),
        }
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
            if self.read_only and "readonly" in str(exc.orig).lower():
                raise ReadOnlyJournal(READ_ONLY_MESSAGE) from exc  # a Core write
            raise _operational_problem(exc, self.location, self.engine.url) from exc

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
        if self._readers is not None:
            self._readers.dispose()
        self.engine.dispose()


READ_ONLY_MESSAGE = (
    "Journalen är skrivskyddad och öppnad bara för läsning: den kan visas och sökas, men inget "
    "kan registreras, ändras eller tas ut (utdrag och exporter skrivs i loggen). Ta bort "
    "skrivskyddet på filen för att arbeta i den."
)


class ReadOnlyJournal(ValidationError):
    """A write asked of a journal that is open for reading only."""


class JournalBusyError(ValidationError):
    """Another window or desk holds the journal's write lock for too long."""


_BUSY_MESSAGE = (
    "Journalen används just nu av ett annat fönster eller en annan dator och "
    "blev inte ledig i tid. Inget sparades – försök igen."
)
# PostgreSQL SQLSTATE of lock_timeout (lock_not_available).
_PG_LOCK_TIMEOUT = "55P03"
# ... and of a lost connection (connection_exception, admin/crash shutdown, cannot connect now).
_PG_CONNECTION_LOST = ("08", "57P01", "57P02", "57P03")


def _refuse_writes(s: Session, _ctx: object, _instances: object) -> None:
    """A write-protected journal's sessions: the first change is refused in words."""
    if s.info.get("refuse_writes") and (s.new or s.dirty or s.deleted):
        raise ReadOnlyJournal(READ_ONLY_MESSAGE)


def _operational_problem(exc: OperationalError, where: str, url: URL) -> Exception:
    if not isinstance(exc.orig, sqlite3.Error):
        state = getattr(exc.orig, "sqlstate", None)
        if state == _PG_LOCK_TIMEOUT:
            return JournalBusyError(_BUSY_MESSAGE)
        if state is None or state.startswith(_PG_CONNECTION_LOST):
            return server_problem(exc.orig, server_label(url), working=True, location=where)
        return exc
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return JournalBusyError(_BUSY_MESSAGE)
    if "disk" in text or "full" in text or "i/o" in text or "readonly" in text:
        return JournalError(
            JournalProblem.UNREADABLE,
            f"Journalen {where} kan inte skrivas ({exc.orig}). Inget sparades.",
            where,
        )
    return exc


def _first_line(error: BaseException | None) -> str:
    """The server's own words without libpq's "connection to server at … failed:" prefix."""
    text = str(error or "").strip().splitlines()[0] if str(error or "").strip() else ""
    text = text.rsplit("failed: ", 1)[-1] if "failed: " in text else text
    return text.removeprefix("FATAL:").strip().rstrip(".")


def server_label(url: URL) -> str:
    """``host:port`` of a database server, for messages."""
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def server_problem(
    error: BaseException | None, where: str, *, working: bool = False, location: str = ""
) -> JournalError:
    """A Swedish message for a database server that cannot be used (never a traceback).

    ``where`` names the server (``host:port``), ``location`` is the journal's address without
    its password. ``working`` is True when the connection was lost in the middle of a unit of
    work (nothing of it was saved).
    """
    text = str(error or "").lower()
    reason = _first_line(error)
    if (
        "password authentication failed" in text
        or "no password supplied" in text
        or ("role" in text and "does not exist" in text)
    ):
        return JournalError(
            JournalProblem.ACCESS_DENIED,
            f"Databasservern {where} godtog inte inloggningen: fel användarnamn eller lösenord "
            f"({reason}). Kontrollera användarnamn och lösenord i databasadressen.",
            location or where,
        )
    if "database" in text and "does not exist" in text:
        return JournalError(
            JournalProblem.UNREADABLE,
            f"Databasen finns inte på servern {where} ({reason}). Be den som sköter servern att "
            "skapa en tom databas; Vägledare lägger själv in tabellerna första gången.",
            location or where,
        )
    if working:
        return JournalError(
            JournalProblem.UNREACHABLE,
            f"Förbindelsen med databasservern {where} bröts ({reason}). Inget sparades – "
            "försök igen när servern går att nå.",
            location or where,
        )
    return JournalError(
        JournalProblem.UNREACHABLE,
        f"Databasservern {where} går inte att nå ({reason}). Kontrollera adressen, att "
        "nätverket fungerar och att servern är igång.",
        location or where,
    )


def network_share_warning(path: Path) -> str | None:
    """A warning when the journal lies on a network drive (SQLite's locking may not hold)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return _SHARE_WARNING
    if os.name == "nt":
        try:
            import ctypes

            drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # type: ignore[attr-defined]
                return _SHARE_WARNING
        except (AttributeError, OSError):
            return None
        return None
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    resolved = str(path.resolve())
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, fstype = parts[1], parts[2]
    if fstype in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs"}:
        return _SHARE_WARNING
    return None


_SHARE_WARNING = (
    "Journalen ligger på en nätverksenhet. Om två datorer skriver samtidigt kan "
    "registreringar gå förlorade; använd helst en lokal journal per dator och "
    "journalutbyte, eller en gemensam databasserver."
)


def _sqlite_engine(
    path: Path, busy_timeout: float, *, readonly: bool = False, file_mode: str = ""
) -> Engine:
    """The journal's engine, or with ``readonly`` the engine of its read-only sessions.

    Readers get a pool of their own whose connections are ``query_only`` from the start, so a
    write in a read-only session fails as it does on PostgreSQL, and neither a report nor a
    refresh of the tally screen pays for switching a shared connection back and forth.
    ``file_mode`` ("ro", or "immutable") opens the file itself read-only: a journal its owner
    write-protected is never written, not even by an administrator's account.
    """
    if file_mode:
        uri = path.resolve().as_uri() + ("?mode=ro" if file_mode == "ro" else "?immutable=1")
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=busy_timeout, check_same_thread=False
            ),
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            connect_args={"timeout": busy_timeout, "check_same_thread": False},
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin (see "begin" below).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        if readonly:  # the journal's writer has made it WAL; a reader cannot change that
            cur.execute("PRAGMA query_only=1")
            record.info[_READER] = True
        else:
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    # IMMEDIATE takes the write lock up front: a second writer waits (busy_timeout) instead
    # of failing half-way with "database is locked". A reader needs no lock: its snapshot
    # starts with its first read.
    begin = "BEGIN" if readonly else "BEGIN IMMEDIATE"

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Straight on the driver's connection: this runs for every click and every report,
        # and SQLAlchemy's statement machinery would cost more than the BEGIN itself.
        driver = conn.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        try:
            driver.execute(begin)
        except sqlite3.OperationalError as exc:  # e.g. locked: reported like any statement's
            raise OperationalError(begin, None, exc) from exc

    return engine


_READER = "vagledare_reader"
_MEMO_SIZE = 64  # entries per memo and snapshot; more are dropped, not refused


def snapshot_memo(conn: Connection, name: str) -> dict[Any, Any] | None:
    """A dict for remembering what a read-only SQLite session read, valid as long as nothing
    has been committed since; None where there is no such cheap check (PostgreSQL, writers).

    The check is SQLite's ``data_version``, read inside the transaction: reading it starts
    the snapshot, so it belongs to what the session sees. It changes with every commit by any
    other connection, and a reader's connection never writes itself. The dict lives with the
    driver connection (``conn.connection.info``), emptied whenever the number has changed.
    """
    info = conn.connection.info
    if not info.get(_READER):
        return None
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    version = driver.execute("PRAGMA data_version").fetchone()[0]
    memos: dict[str, tuple[int, dict[Any, Any]]] = info.setdefault(_MEMOS, {})
    seen, memo = memos.get(name, (None, None))
    if memo is None or seen != version or len(memo) >= _MEMO_SIZE:
        memo = {}
        memos[name] = (version, memo)
    return memo


_MEMOS = "vagledare_snapshot_memos"


# The journal-wide write lock on a server: one advisory lock key ("VÄGL" in ASCII-ish hex).
PG_WRITE_LOCK_KEY = 0x5641_474C


def _server_engine(url: URL, busy_timeout: float) -> Engine:
    """An engine for a database server, with a small pool that survives restarts.

    ``pool_pre_ping`` replaces connections the server dropped (restart, idle timeout) before
    they are used, so a desk that was idle overnight does not fail its first click.
    """
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql":
        connect_args = {"connect_timeout": 10, "application_name": "vagledare"}
    engine = create_engine(
        url,
        pool_size=5,
        max_overflow=10,
        pool_timeout=busy_timeout,
        pool_recycle=3600,
        pool_pre_ping=True,
        connect_args=connect_args,
    )
    if engine.dialect.name != "postgresql":
        return engine
    spell_partial_indexes_for_postgresql()
    lock_ms = max(1, int(busy_timeout * 1000))

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # The same guarantees as SQLite's: readers see one snapshot and never wait; writers
        # are serialised by one lock taken first, waiting at most busy_timeout for it.
        if conn.get_execution_options().get("vagledare_readonly"):
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        else:
            conn.exec_driver_sql(
                f"SET LOCAL lock_timeout = {lock_ms}; "
                f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK_KEY})"
            )

    return engine


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
    engine = _sqlite_engine(
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


def _create_server_engine(url: URL, busy_timeout: float) -> Engine:
    where = url.render_as_string(hide_password=True)
    if url.get_backend_name() != "postgresql":
        raise JournalError(
            JournalProblem.UNREADABLE,
            f"Vägledare kan inte använda databasen {where}: journalen är en SQLite-fil eller "
            "en PostgreSQL-databas (postgresql+psycopg://…).",
            where,
        )
    if url.drivername == "postgresql":  # no driver named: the one the extra installs
        url = url.set(drivername="postgresql+psycopg")
    try:
        return _server_engine(url, busy_timeout)
    except ModuleNotFoundError as exc:  # the driver is an optional extra
        raise JournalError(
            JournalProblem.UNREADABLE,
            f"Stöd för PostgreSQL saknas i den här installationen (modulen {exc.name} finns "
            "inte). Installera det med: pip install 'vagledare[postgres]'",
            where,
        ) from exc
    except ArgumentError as exc:
        raise JournalError(
            JournalProblem.UNREADABLE, f"Databasadressen kan inte användas ({exc}).", where
        ) from exc


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
        engine = _sqlite_engine(path, busy_timeout)
    else:
        assert url is not None
        engine = _create_server_engine(url, busy_timeout)

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
            raise server_problem(exc.orig, server_label(url), location=where) from exc
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
    readers = _sqlite_engine(path, busy_timeout, readonly=True) if path is not None else None
    return Journal(engine, path, sessions, readers)


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
        raw = conn.connection.driver_connection if sqlite else None
        if raw is not None:
            conn.rollback()  # leave the implicit transaction: the pragma only works outside one
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
            if raw is not None:
                broken = raw.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise JournalError(
                        JournalProblem.CORRUPT,
                        f"Journalen har {len(broken)} trasiga hänvisningar efter uppgraderingen.",
                    )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


def timestamp_for_file(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def bulk_insert(
    s: Session, table: Table | FromClause, rows: list[dict[str, Any]], *, copy: bool = True
) -> None:
    """Insert many rows in the session's transaction, fast, on any backend.

    Each column's value goes through the column type's own bind processor (so rows are stored
    exactly as the ORM stores them), but once per distinct value rather than once per row.
    On PostgreSQL with psycopg the rows then go in as one binary ``COPY`` (``copy=False``
    forces the general path); elsewhere the statement runs as one DBAPI ``executemany`` in the
    driver's own parameter style. Importing 100 000 snabbärenden through the ORM's bulk path
    costs several seconds; this costs about one.
    """
    if rows:
        _bulk_execute(s, table, insert(table), rows, copy=copy)  # type: ignore[arg-type]


def upsert_statement(
    dialect: str,
    table: Table,
    names: Sequence[str],
    key: Sequence[str] = ("id",),
    newer: str | None = "modified_at",
) -> Any:
    """``INSERT … ON CONFLICT (key) DO UPDATE SET … WHERE excluded.newer > table.newer`` for
    the backend: the one place that knows each backend's upsert (``newer=None``: always)."""
    from sqlalchemy.dialects import postgresql, sqlite

    if dialect not in ("sqlite", "postgresql"):  # pragma: no cover - SQLite or PostgreSQL only
        raise NotImplementedError(f"upsert on {dialect}")
    stmt: Any = (sqlite if dialect == "sqlite" else postgresql).insert(table)
    changes = {n: stmt.excluded[n] for n in names if n not in key}
    where = stmt.excluded[newer] > table.c[newer] if newer else None
    return stmt.on_conflict_do_update(
        index_elements=[table.c[k] for k in key], set_=changes, where=where
    )


def bulk_upsert(
    s: Session,
    table: Table,
    rows: list[dict[str, Any]],
    *,
    key: Sequence[str] = ("id",),
    newer: str | None = "modified_at",
) -> None:
    """Insert rows, or update the row with the same ``key`` – but only where the incoming
    ``newer`` column is later than the stored one (``newer=None``: always update); as fast
    as ``bulk_insert``."""
    if rows:
        stmt = upsert_statement(s.connection().dialect.name, table, list(rows[0]), key, newer)
        _bulk_execute(s, table, stmt, rows)


def lock_for_exchange(s: Session) -> None:
    """Serialise merges from other desks within this journal, so that their sequence numbers
    follow commit order (SQLite: the IMMEDIATE transaction already holds the write lock, and
    the connection gets a page cache big enough for a million-row merge)."""
    if s.connection().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(7734001)"))
    else:
        s.connection().exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")


def _bulk_execute(
    s: Session,
    table: Table | FromClause,
    stmt: Any,
    rows: list[dict[str, Any]],
    *,
    copy: bool = False,
) -> None:
    """Run ``stmt`` for every row as one ``executemany`` (or, for a plain insert on
    PostgreSQL with psycopg, one binary ``COPY``)."""
    from vagledare.journal.privacy import check_rows

    check_rows(table.name, rows)  # type: ignore[union-attr]
    conn = s.connection()
    dialect = conn.dialect
    names = list(rows[0])
    columns = [table.c[n] for n in names]
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]

    def converter(name: str, proc: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
        if proc is None:
            return lambda v: v
        sample = [row[name] for row in rows[:200]]
        if len(set(sample)) > len(sample) // 4:  # mostly distinct (keys, times): no memo
            return proc
        memo: dict[Any, Any] = {}

        def convert(v: Any) -> Any:
            try:
                return memo[v]
            except KeyError:
                out = memo[v] = proc(v)
                return out
            except TypeError:  # unhashable
                return proc(v)

        return convert

    convert = [converter(n, p) for n, p in zip(names, processors, strict=True)]
    if copy and dialect.name == "postgresql" and dialect.driver == "psycopg":
        values = ([f(row[n]) for f, n in zip(convert, names, strict=True)] for row in rows)
        _copy_binary(conn, table, names, values)
        return
    compiled = stmt.compile(dialect=dialect, column_keys=names)
    if compiled.positional:
        order = [names.index(compiled.binds[k].key) for k in compiled.positiontup or ()]
        params: list[Any] = []
        for row in rows:
            row_values = [f(row[n]) for f, n in zip(convert, names, strict=True)]
            params.append(tuple(row_values[i] for i in order))
    else:
        keys = {compiled.binds[k].key: k for k in compiled.binds}
        params = [{keys[n]: f(row[n]) for f, n in zip(convert, names, strict=True)} for row in rows]
    conn.exec_driver_sql(compiled.string, params)


def _copy_binary(
    conn: Connection, table: Table | FromClause, names: list[str], values: Iterator[list[Any]]
) -> None:
    """PostgreSQL's ``COPY … FROM STDIN (FORMAT BINARY)`` on the connection's transaction.

    Binary COPY needs each column's server type; they are read from the catalog, so the
    values go in exactly as the columns are declared (uuid, timestamp, varchar, …).
    """
    quote = conn.dialect.identifier_preparer
    qualified = quote.format_table(table)
    oids: dict[str, int] = dict(
        conn.execute(
            text(
                "SELECT attname, atttypid::int FROM pg_attribute "
                "WHERE attrelid = CAST(:t AS regclass) AND attnum > 0 AND NOT attisdropped"
            ),
            {"t": qualified},
        ).all()
    )
    column_names = [table.c[n].name for n in names]
    quoted = ", ".join(quote.quote(n) for n in column_names)
    sql = f"COPY {qualified} ({quoted}) FROM STDIN (FORMAT BINARY)"
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur, cur.copy(sql) as pipe:
        pipe.set_types([oids[n] for n in column_names])
        for row in values:
            pipe.write_row(row)
