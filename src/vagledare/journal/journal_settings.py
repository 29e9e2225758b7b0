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
