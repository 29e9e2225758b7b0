"""A first look at a journal file with nothing but the standard library (#22: start-up).

The desk window's login dialog needs the names on the staff, whose account has a PIN, and
whether the journal keeps a recovery code. Reading them through SQLAlchemy would first import
SQLAlchemy and the journal's thirty models, several times the cost of the dialog itself. So
the window first *peeks*: it opens the SQLite file read-only with ``sqlite3``, checks what the
journal's open would check for a healthy journal, reads those few rows from one snapshot and
shows the dialog; the journal is opened properly (``open_journal``) while the dialog waits for
the PIN.

The peek is only for the common case. A server journal, a missing, empty, write-protected,
foreign, damaged, older or newer file, a journal on a network drive, or one that no longer
holds the desk's meeting place or staff member gives ``None``: then the window opens the
journal the full way first, which upgrades it, asks, or refuses with its Swedish message,
exactly as before. Nothing here writes (``mode=ro``).

Also here, for the same reason (nothing heavy imported): where the journal is
(``resolve_target``) and the network-drive warning.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

from vagledare.journal import schema
from vagledare.journal.collation import swedish_sort_key
from vagledare.journal.pins import LOCK_PREFIX, parse_lock_state

ENV_VAR = "VAGLEDARE_DB"
SQLITE_MAGIC = b"SQLite format 3\x00"
START = "start$"  # a one-time start code's hash, in place of a PIN's (``access``)
RECOVERY_KEY = "recovery.code"  # the setting that holds the recovery code's hash (``access``)


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


def account_state(pin_hash: str | None) -> str:
    """``pin``, ``start`` or ``none``, from the stored hash (``access.account_state``)."""
    if not pin_hash:
        return "none"
    return "start" if pin_hash.startswith(START) else "pin"


@dataclass(frozen=True)
class Account:
    """An account as the login dialog lists it."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class LoginPeek:
    """What the login dialog shows, read from one snapshot of a healthy journal file, and
    the desk it opens at (both still there)."""

    location: str  # the file, or the server's URL
    site_id: uuid.UUID
    staff_id: uuid.UUID
    staff: list[Account]  # active accounts, in Swedish alphabetical order
    states: dict[uuid.UUID, str]  # ``account_state`` of each
    anyone_enrolled: bool
    has_recovery_code: bool
    # For the dialog's check of a PIN typed while the journal is still being opened
    # (``quick_start``): the PIN hash of each account with a PIN, and the accounts locked
    # out (until when) as of the peek. The login on the journal checks both again.
    pin_hashes: dict[uuid.UUID, str] = field(default_factory=dict, repr=False)
    locked_until: dict[uuid.UUID, datetime] = field(default_factory=dict)


def _write_protected(path: Path) -> bool:
    if os.name == "posix":
        return not path.stat().st_mode & stat.S_IWUSR
    return not os.access(path, os.W_OK)


def peek_login(target: str, site_id: str, staff_id: str) -> LoginPeek | None:
    """The login dialog's rows of the up-to-date, writable journal at ``target`` (a SQLite
    file, or a PostgreSQL server's URL) whose desk (meeting place ``site_id``, staff member
    ``staff_id``) is still in it; None for anything else (the caller then opens the journal
    the full way). ``ServerUnreachable`` if the server cannot be connected to."""
    if is_url(target):
        return _peek_server(target, site_id, staff_id)
    path = Path(target).expanduser()
    try:
        site, member = uuid.UUID(site_id), uuid.UUID(staff_id)
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size == 0 or _write_protected(path):
            return None
        with path.open("rb") as f:
            if f.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return None
        if network_share_warning(path) is not None:
            return None
        # A journal closed cleanly has no -shm file, and a read-only connection cannot make
        # one: then, with no committed work waiting in a -wal file either, the file itself is
        # the whole journal and is read as it is (immutable: no file is created beside it).
        wal = path.with_name(path.name + "-wal")
        pending = wal.exists() and wal.stat().st_size > 0
        if path.with_name(path.name + "-shm").exists():
            mode = "mode=ro"
        elif not pending:
            mode = "immutable=1"
        else:
            return None
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=2.0)
    except (ValueError, OSError, sqlite3.Error):
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for every read below
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if rev != [(schema.HEAD,)]:
            return None
        if not conn.execute("SELECT 1 FROM site WHERE id = ?", (site.hex,)).fetchone():
            return None
        if not conn.execute("SELECT 1 FROM staff WHERE id = ?", (member.hex,)).fetchone():
            return None
        rows = conn.execute("SELECT id, name, active, pin_hash FROM staff").fetchall()
        recovery = conn.execute("SELECT 1 FROM setting WHERE key = ?", (RECOVERY_KEY,)).fetchone()
        locks = conn.execute(
            "SELECT key, value FROM setting WHERE key LIKE ?", (LOCK_PREFIX + "%",)
        ).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return login_peek(str(path), site, member, rows, recovery is not None, locks)


class ServerUnreachable(Exception):
    """The database server did not take the connection: ``error`` is the driver's, which the
    full way turns into its Swedish message without trying again."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


SERVER_SCHEMES = ("postgresql", "postgresql+psycopg")  # the journal's server URLs


def journal_key(target: str) -> str | None:
    """Where a desk's choice for the journal at ``target`` is kept in the settings: the
    journal's location as ``Journal.location`` gives it (a file's path; a server's URL with
    ``postgresql+psycopg`` and the password as ``***``); None for any other URL."""
    if not is_url(target):
        return str(Path(target).expanduser())
    parts = _server_url(target)
    if parts is None:
        return None
    netloc = parts.netloc
    if parts.password is not None:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.split(':', 1)[0]}:***@{host}"
    rendered = f"postgresql+psycopg://{netloc}{parts.path}"
    return rendered + (f"?{parts.query}" if parts.query else "")


def _server_url(target: str) -> SplitResult | None:
    """A PostgreSQL URL taken apart; None for anything else (or anything unusual, such as
    a fragment or no database named): the full way then reads it."""
    try:
        parts = urlsplit(target)
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError:
        return None
    if parts.scheme not in SERVER_SCHEMES or parts.fragment or parts.path.count("/") != 1:
        return None
    return parts if parts.path[1:] else None


def _connection_args(parts: SplitResult) -> dict[str, Any]:
    """The driver's arguments for a server URL, as the journal's engine passes them (the
    query's options too, and the same time-out and application name)."""
    args: dict[str, Any] = {
        "host": parts.hostname or None,
        "port": parts.port,
        "user": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password is not None else None,
        "dbname": unquote(parts.path[1:]),
    }
    args.update(parse_qsl(parts.query, keep_blank_values=True))
    args.setdefault("connect_timeout", 10)
    args.setdefault("application_name", "vagledare")
    return {k: v for k, v in args.items() if v is not None}


def _peek_server(target: str, site_id: str, staff_id: str) -> LoginPeek | None:
    """``peek_login`` on a PostgreSQL server, with the driver alone: one read-only
    snapshot, every read sent at once (one round trip after connecting)."""
    parts = _server_url(target)
    key = journal_key(target)
    if parts is None or key is None:
        return None
    try:
        site, member = uuid.UUID(site_id), uuid.UUID(staff_id)
        import psycopg
    except (ValueError, ImportError):
        return None  # the full way says that the driver is missing
    try:
        conn = psycopg.connect(**_connection_args(parts))
    except psycopg.OperationalError as exc:
        raise ServerUnreachable(exc) from exc
    except psycopg.Error:
        return None
    try:
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        conn.read_only = True
        with conn.pipeline():
            rev = conn.execute("SELECT version_num FROM alembic_version")
            found = conn.execute(
                "SELECT (SELECT count(*) FROM site WHERE id = %s),"
                " (SELECT count(*) FROM staff WHERE id = %s),"
                " (SELECT count(*) FROM setting WHERE key = %s)",
                (site, member, RECOVERY_KEY),
            )
            staff = conn.execute("SELECT id, name, active, pin_hash FROM staff")
            locks = conn.execute(
                "SELECT key, value FROM setting WHERE key LIKE %s", (LOCK_PREFIX + "%",)
            )
        if rev.fetchall() != [(schema.HEAD,)]:
            return None
        has_site, has_member, recovery = found.fetchone() or (0, 0, 0)
        if not (has_site and has_member):
            return None
        return login_peek(key, site, member, staff.fetchall(), bool(recovery), locks.fetchall())
    except psycopg.Error:
        return None
    finally:
        conn.close()


def login_peek(
    location: str,
    site: uuid.UUID,
    member: uuid.UUID,
    rows: list[tuple[Any, ...]],
    recovery: bool,
    locks: list[tuple[Any, ...]],
) -> LoginPeek | None:
    """The ``LoginPeek`` from the staff table's (id, name, active, pin_hash) rows, whether a
    recovery code is kept and the lockout settings' (key, value) rows, as read from a SQLite
    file or a server; None if a value is not what the journal writes."""
    try:
        people = [(_uuid(i), _text(n), bool(a), _text(h)) for i, n, a, h in rows]
        until = {}
        for key, value in locks:
            _, stamp = parse_lock_state(_text(value))
            if stamp is not None:
                until[uuid.UUID(_text(key).removeprefix(LOCK_PREFIX))] = stamp
    except (TypeError, ValueError, KeyError, AttributeError):
        return None
    active = sorted((p for p in people if p[2]), key=lambda p: swedish_sort_key(str(p[1])))
    states = {i: account_state(h) for i, _, _, h in active}
    return LoginPeek(
        location,
        site,
        member,
        [Account(i, str(n)) for i, n, _, _ in active],
        states,
        any(h is not None for *_, h in people),
        recovery,
        {i: h for i, _, _, h in active if h is not None and states[i] == "pin"},
        until,
    )


def _uuid(value: object) -> uuid.UUID:
    """A key as SQLite (32 hex digits) or a server (a UUID) gives it."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=_text(value))


def _text(value: object) -> Any:
    """Text or NULL, nothing else."""
    if value is not None and not isinstance(value, str):
        raise TypeError(type(value).__name__)
    return value
