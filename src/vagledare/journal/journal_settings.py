"""Journal-wide settings (the ``setting`` table): where backups go, and whether the journal
is the made-up demo journal.

Desk settings that belong to one user on one computer (language, lock minutes) live in
``vagledare.app.settings`` instead; these travel with the journal file.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from vagledare.journal.backup import SETTING_KEY as BACKUP_DIR_KEY
from vagledare.journal.models import Setting

DEMO_KEY = "demo"
UNSTATED_COLUMN_KEY = "tally.unstated_column"


def get_setting(s: Session, key: str) -> str | None:
    row = s.get(Setting, key)
    return row.value if row is not None else None


def set_setting(s: Session, key: str, value: str | None) -> None:
    """Store ``value`` under ``key``; None removes the setting."""
    row = s.get(Setting, key)
    if value is None:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value
    s.flush()


def is_demo(s: Session) -> bool:
    """True for the demo journal ("Prova med exempeldata"): every report says so."""
    return get_setting(s, DEMO_KEY) == "1"


def mark_demo(s: Session) -> None:
    set_setting(s, DEMO_KEY, "1")


def set_backup_dir(s: Session, folder: Path | None) -> None:
    """Backups go to ``folder`` (None: ``backups/`` beside the journal)."""
    set_setting(s, BACKUP_DIR_KEY, str(folder) if folder else None)


def backup_dir_setting(s: Session) -> Path | None:
    value = get_setting(s, BACKUP_DIR_KEY)
    return Path(value) if value else None


def unstated_column(s: Session) -> bool:
    """Whether the tally grid has an *Ej angivet* gender column beside Kvinna and Man (off by
    default: a gender not given is logged with Ctrl+E)."""
    return get_setting(s, UNSTATED_COLUMN_KEY) == "1"


def set_unstated_column(s: Session, on: bool) -> None:
    set_setting(s, UNSTATED_COLUMN_KEY, "1" if on else None)


ORGANISATION_KEY = "org.name"
UNIT_KEY = "org.unit"
_ORG_MAX = 120


def organisation_parts(s: Session) -> tuple[str, str]:
    """(organisation, unit) as entered, e.g. ("Eskilstuna kommun", "Mötesplats Fröslunda")."""
    return get_setting(s, ORGANISATION_KEY) or "", get_setting(s, UNIT_KEY) or ""


def organisation(s: Session) -> str:
    """Who publishes the journal's tables, for footers and file metadata: the organisation
    and unit joined (``Eskilstuna kommun, Mötesplats Fröslunda``); empty when not entered."""
    return ", ".join(x for x in organisation_parts(s) if x)


def set_organisation(s: Session, name: str, unit: str = "") -> None:
    """Store the organisation and unit (empty text removes one). Plain text: no identity
    number, no control characters, at most 120 characters each."""
    from vagledare.journal.errors import ValidationError
    from vagledare.journal.privacy import reject_identity_number

    for key, text, what in (
        (ORGANISATION_KEY, name, "Organisationens namn"),
        (UNIT_KEY, unit, "Enhetens namn"),
    ):
        clean = " ".join(text.split())
        if any(ord(ch) < 32 for ch in text if ch not in "\t\n\r"):
            raise ValidationError(f"{what} innehåller styrtecken.")
        if len(clean) > _ORG_MAX:
            raise ValidationError(f"{what} får vara högst {_ORG_MAX} tecken.")
        reject_identity_number(clean, what)
        set_setting(s, key, clean or None)
