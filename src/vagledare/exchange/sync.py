"""Synchronise a desk's own journal with a server journal (PostgreSQL, or an SQLite file on a
shared drive) – with exactly the exchange files' export and merge, through a temporary file.

The desk keeps working on its local journal whether the server can be reached or not. A sync
pushes what the desk has that the server lacks, then pulls what other desks gave the server.
Each direction has its own watermark, kept in the desk's journal and moved only after the
receiving side has committed: a sync broken off anywhere loses nothing and, since merging is
idempotent, duplicates nothing; the next sync finishes the job.
"""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import InterfaceError, NoSuchModuleError, OperationalError

from vagledare.exchange import fileformat
from vagledare.exchange.export import Progress, export_exchange
from vagledare.exchange.identity import (
    DeskIdentity,
    Mark,
    desk_identity,
    load_mark,
    save_mark,
)
from vagledare.exchange.merge import merge_file
from vagledare.exchange.summary import MergeSummary
from vagledare.journal import audit
from vagledare.journal.db import Journal, JournalError, is_url, lock_for_exchange, open_journal
from vagledare.journal.errors import ValidationError


class ServerUnavailable(ValidationError):
    """The server cannot be reached (or stopped answering); the message says so."""


@dataclass(frozen=True)
class SyncResult:
    server: str
    pushed: MergeSummary  # what the server took from this desk
    pulled: MergeSummary  # what this desk took from the server


def _unavailable(where: str, why: object) -> ServerUnavailable:
    return ServerUnavailable(
        f"Servern {where} kan inte nås just nu ({why}). Synkroniseringen görs nästa gång; "
        "inget gick förlorat och journalen på den här datorn fungerar som vanligt."
    )


def open_server(target: str) -> Journal:
    """The server journal; a file that is not there is a server that cannot be reached."""
    where = target if not is_url(target) else _hide_password(target)
    try:
        if is_url(target):
            return open_journal(target)
        return open_journal(Path(target), create=False)
    except JournalError as exc:
        raise _unavailable(where, exc) from exc
    except (OperationalError, InterfaceError, NoSuchModuleError, ModuleNotFoundError) as exc:
        raise _unavailable(where, getattr(exc, "orig", None) or exc) from exc


def _hide_password(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _merge(
    journal: Journal,
    path: Path,
    tmp: Path,
    own: DeskIdentity,
    *,
    source: str,
    progress: Progress,
    mark: tuple[str, Mark, uuid.UUID] | None = None,
    actor_id: uuid.UUID | None = None,
) -> MergeSummary:
    manifest, data = fileformat.open_container(path, tmp)

    def backup() -> None:  # the desk's journal as it was (not the server's), before the commit
        if journal.path is not None and mark is not None:
            from vagledare.journal.backup import backup_before

            backup_before(journal.path, "synk")

    with journal.session(actor_id=actor_id) as s:
        lock_for_exchange(s)
        # Written by this desk a moment ago and sent over the server's own login: checked
        # for changes, and the key is trusted on the first sync.
        fileformat.check_file(s, path, manifest, trust_new=True)
        summary = merge_file(
            s, data, manifest, own, source=source, progress=progress, before_write=backup
        )
        if mark is not None:  # the watermark moves in the same transaction as the merge
            save_mark(s, *mark)
    return summary


def sync(
    local: Journal,
    server_target: str,
    *,
    actor_id: uuid.UUID | None = None,
    progress: Progress | None = None,
    between: Callable[[Journal], None] | None = None,
) -> SyncResult:
    """Push this desk's new and changed records to the server, then pull the others'.

    ``between(server)`` runs after the push is committed and before the pull (tests stop the
    server there). Raises ``ServerUnavailable`` when the server cannot be reached or drops out.
    """
    report = progress or (lambda *_: None)
    server = open_server(server_target)
    where = server.location
    try:
        with local.session() as s:
            me = desk_identity(s)
        with server.session() as s:
            hub = desk_identity(s, default_name="server")
        if hub.id == me.id:
            raise ValidationError("Servern är samma journal som den här datorn.")
        push, pull = f"skicka:{hub.id}", f"hämta:{hub.id}"
        beside = local.path.parent if local.path is not None else None
        with tempfile.TemporaryDirectory(prefix=".vagledare-synk-", dir=beside) as tmp_name:
            tmp = Path(tmp_name)
            with local.session() as s:
                since = load_mark(s, push)
            out = export_exchange(
                local,
                tmp / "skicka.vgx",
                since=since,
                peer_id=hub.id,
                destination=hub.name,
                progress=lambda t, d, n: report(f"Skickar {t}", d, n),
            )
            pushed = _merge(
                server,
                out.path,
                tmp,
                hub,
                source=f"synk från {me.name}",
                progress=lambda t, d, n: report(f"Servern tar emot {t}", d, n),
            )
            with local.session(actor_id=actor_id) as s:
                save_mark(s, push, out.mark, hub.id)
            if between is not None:
                between(server)
            with local.session() as s:
                since = load_mark(s, pull)
            got = export_exchange(
                server,
                tmp / "hamta.vgx",
                since=since,
                peer_id=me.id,
                destination=me.name,
                progress=lambda t, d, n: report(f"Hämtar {t}", d, n),
            )
            pulled = _merge(
                local,
                got.path,
                tmp,
                me,
                source=f"synk med {hub.name}",
                progress=lambda t, d, n: report(f"Tar emot {t}", d, n),
                mark=(pull, got.mark, hub.id),
                actor_id=actor_id,
            )
        # Summaries name the other party: the server, both ways.
        pushed.source, pushed.desk_name = f"Skickat till {hub.name}", hub.name
        pulled.source = f"Hämtat från {hub.name}"
        with local.session(actor_id=actor_id) as s:
            audit.record(
                s,
                "sync",
                "exchange",
                None,
                server=where,
                pushed=pushed.total().changed,
                pulled=pulled.total().changed,
            )
        return SyncResult(where, pushed, pulled)
    except (OperationalError, InterfaceError) as exc:  # the connection failed or dropped
        raise _unavailable(where, exc.orig or exc) from exc
    except JournalError as exc:  # the gateway already named a lost connection
        cause = exc.__cause__
        if not isinstance(cause, OperationalError | InterfaceError):
            raise
        raise _unavailable(where, cause.orig or cause) from exc
    finally:
        server.close()
