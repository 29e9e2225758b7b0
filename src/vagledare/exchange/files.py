"""Exchange files between desks (a USB stick, a shared folder): what the command line and the
window call. Export remembers, per destination, how far it got; import checks every file
whole, takes an event backup, and merges all files in one transaction."""

from __future__ import annotations

import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vagledare.exchange import fileformat
from vagledare.exchange.export import ExportResult, Progress, export_exchange
from vagledare.exchange.identity import desk_identity, file_mark_name, load_mark, save_mark
from vagledare.exchange.merge import MergeSummary, merge_file
from vagledare.journal import audit
from vagledare.journal.db import Journal, lock_for_exchange
from vagledare.journal.errors import ValidationError


def destination_name(path: Path, to: str | None) -> str:
    name = " ".join((to or Path(path).stem).split())
    if not name:
        raise ValueError("Ange vart filen ska (--to NAMN).")
    return name[:160]


def export_file(
    journal: Journal,
    path: Path,
    *,
    to: str | None = None,
    everything: bool = False,
    actor_id: uuid.UUID | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write everything this desk created or changed since its last export to ``to``
    (default: the file's name without suffix); ``everything`` ignores the watermark."""
    path = Path(path)
    destination = destination_name(path, to)
    mark_name = file_mark_name(destination)
    with journal.session() as s:
        since = None if everything else load_mark(s, mark_name)
    result = export_exchange(journal, path, since=since, destination=destination, progress=progress)
    with journal.session(actor_id=actor_id) as s:
        save_mark(s, mark_name, result.mark)
        audit.record(
            s,
            "export",
            "exchange",
            None,
            file=path.name,
            to=destination,
            rows=result.rows,
            since=since.time if since else None,
        )
    return result


@dataclass(frozen=True)
class ImportResult:
    summaries: tuple[MergeSummary, ...]
    backup: Path | None  # the event backup of the journal as it was (None: no change)


def import_files(
    journal: Journal,
    paths: Sequence[Path],
    *,
    actor_id: uuid.UUID | None = None,
    progress: Progress | None = None,
    trust_new: bool = False,
) -> ImportResult:
    """Merge exchange files into the journal: all of them or, if any is refused or the work
    is cancelled, none. An event backup of the journal as it was is taken once a file has
    passed its checks and changes something, before the commit. Every file must be signed
    by a desk the journal trusts (``trust_new``: trust a new desk's key now, once the person
    has compared its fingerprint). A refused file is itself logged."""
    try:
        return _import_files(journal, paths, actor_id, progress, trust_new)
    except ValidationError as exc:
        _log_refusal(journal, paths, actor_id, exc)
        raise


def _log_refusal(
    journal: Journal, paths: Sequence[Path], actor_id: uuid.UUID | None, exc: Exception
) -> None:
    """The audit entry of a refused import: which files and what kind of refusal (the reason's
    text names rows and desks, and stays in the message the user saw)."""
    from vagledare.journal import audit

    kind = {"UnknownDesk": "okänd dator"}.get(type(exc).__name__, "vägrad fil")
    try:
        with journal.session(actor_id=actor_id) as s:
            audit.record(
                s,
                "exchange_refused",
                "exchange",
                None,
                files=[Path(p).name for p in paths],
                reason=kind,
            )
    except ValidationError:
        pass  # a file name the guard refuses, or a write-protected journal: nothing to add


def _import_files(
    journal: Journal,
    paths: Sequence[Path],
    actor_id: uuid.UUID | None,
    progress: Progress | None,
    trust_new: bool,
) -> ImportResult:
    with journal.session() as s:
        own = desk_identity(s)
    # Unpacked beside the journal (its folder is the user's own, and on the same disk the
    # journal's size already fits), never in a shared temporary folder.
    beside = journal.path.parent if journal.path is not None else None
    with tempfile.TemporaryDirectory(prefix=".vagledare-utbyte-", dir=beside) as tmp:
        opened = [(Path(p), *fileformat.open_container(Path(p), Path(tmp))) for p in paths]
        for p, manifest, _data in opened:
            if manifest.peer_id == own.id:
                raise fileformat.ExchangeFileError(
                    f"Utbytesfilen {p.name} är exporterad från den här journalen; "
                    "den läses in på en annan dator. Inget ändrades."
                )
        backups: list[Path] = []

        def backup_first() -> None:  # the journal as it was, once, before the commit
            if journal.path is not None and not backups:
                from vagledare.journal.backup import backup_before

                backups.append(backup_before(journal.path, "utbyte"))

        summaries = []
        with journal.session(actor_id=actor_id) as s:
            lock_for_exchange(s)
            for p, manifest, _data in opened:  # who wrote each file, before anything else
                fileformat.check_file(s, p, manifest, trust_new=trust_new)
            for p, manifest, data in opened:
                summary = merge_file(
                    s,
                    data,
                    manifest,
                    own,
                    source=p.name,
                    progress=progress,
                    before_write=backup_first,
                )
                summaries.append(summary)
                total = summary.total()
                audit.record(
                    s,
                    "exchange_import",
                    "exchange",
                    None,
                    file=p.name,
                    desk=manifest.desk_name,
                    new=total.new,
                    updated=total.updated,
                    unchanged=total.unchanged,
                    conflicts=total.conflicts,
                    deleted=total.deleted,
                )
    return ImportResult(tuple(summaries), backups[0] if backups else None)
