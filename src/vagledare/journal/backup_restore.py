"""Restoring the open journal from one of its backups, for the window's *Säkerhetskopior*.

``backup.restore`` needs the journal closed; this closes the open one, puts the backup in its
place (the current file kept aside, never overwritten), opens the restored journal once to
record the restore and bring every erasure made since back into force
(``erasure.after_restore``), and closes it again. The ``Journal`` it was given must not be
used afterwards: the window that held it closes, and the restored journal is opened anew.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from vagledare.journal.backup import list_backups, preview, restore
from vagledare.journal.db import Journal, JournalError, open_journal
from vagledare.journal.erasure import after_restore
from vagledare.journal.errors import ValidationError
from vagledare.journal.site_settings import require_lead_by_id
from vagledare.journal.staff import get_staff

SERVER_MESSAGE = (
    "Journalen ligger på en databasserver: säkerhetskopior tas och återställs av servern, inte här."
)


@dataclass(frozen=True)
class Restored:
    backup: Path
    aside: Path | None  # the journal as it was before, kept under a new name
    erased_again: int  # rows an erasure made after the backup had deleted, deleted again
    problem: str = ""  # the restored journal could not be opened to record the restore


def check_restore(journal: Journal, backup: Path, staff_id: uuid.UUID) -> None:
    """Refuse in Swedish what cannot be restored here: a server journal, a write-protected
    one, someone not a team lead or administrator, a file that is not one of this journal's
    backups or cannot be read."""
    if journal.path is None:
        raise ValidationError(SERVER_MESSAGE)
    if journal.read_only:
        raise ValidationError(
            "Journalen är skrivskyddad: ta bort skrivskyddet på filen innan den återställs."
        )
    journal.read(require_lead_by_id, staff_id, "återställa journalen från en säkerhetskopia")
    mine = {p.resolve() for p in list_backups(journal.path)}
    if backup.resolve() not in mine:
        raise ValidationError(f"{backup.name} är inte en av journalens säkerhetskopior.")
    info = preview(backup)
    if not info.readable:
        raise ValidationError(f"Säkerhetskopian {backup.name} kan inte läsas: {info.problem}.")


def restore_open_journal(journal: Journal, backup: Path, staff_id: uuid.UUID) -> Restored:
    """Put ``backup`` in the place of the open ``journal`` (see the module's text); the
    restore is logged in the restored journal as ``staff_id``'s if they are in it. Refused
    (``ValidationError``), the journal file is as it was and ``journal`` still works."""
    check_restore(journal, backup, staff_id)
    path = journal.path
    assert path is not None
    journal.close()  # its audit position is written out; nothing may use it from here on
    try:
        aside = restore(path, backup)
    except (ValueError, OSError) as exc:  # nothing replaced: the journal is as it was
        raise ValidationError(f"Journalen kunde inte återställas: {exc}") from exc
    try:
        restored = open_journal(path, create=False)
    except JournalError as exc:  # restored all the same: the journal given is gone
        return Restored(backup, aside, 0, f"Den återställda journalen kan inte öppnas: {exc}")
    try:
        who = restored.read(get_staff, staff_id)
        if who is not None:
            restored.act_as(who.id)
        else:  # not in the older backup: the log names the desk's window
            restored.act_as(None, via="fönstret (återställning)")
        again = after_restore(restored, backup.name, aside.name if aside else None)
    finally:
        restored.close()
    return Restored(backup, aside, again)
