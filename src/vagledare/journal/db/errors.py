"""What goes wrong with a journal, in Swedish words for the user (never a traceback).

``JournalError`` is a journal that cannot be opened or used (``problem`` says why, for the
window's choices); ``JournalBusyError`` a write lock that did not come free in time;
``ReadOnlyJournal`` a write asked of a write-protected journal. ``operational_problem`` turns
a driver's error in a unit of work into one of these, ``server_problem`` a database server's.
"""

from __future__ import annotations

import sqlite3
from enum import Enum

from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError

from vagledare.journal.errors import ValidationError
from vagledare.journal.peek import network_share_warning as network_share_warning


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


def operational_problem(exc: OperationalError, where: str, url: URL) -> Exception:
    """What a driver's error in a unit of work at ``where`` means for the user: busy, a lost
    server, a file that cannot be written; any other error as it is."""
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
