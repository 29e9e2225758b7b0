"""Online backups of an SQLite journal, written beside it in ``backups/``."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from sqlalchemy import Engine

from vagledare.journal.db import timestamp_for_file


def backup_dir(journal_path: Path) -> Path:
    return journal_path.parent / "backups"


def backup_sqlite(source: Path, dest: Path) -> Path:
    """Copy a live journal with SQLite's online backup API (safe while others write)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(str(source), timeout=15)
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    if os.name == "posix":
        os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
    os.replace(tmp, dest)
    return dest


def backup_before(engine: Engine, journal_path: Path, reason: str) -> Path:
    """A backup taken before a risky operation (migration, import); returns its path."""
    del engine  # the file copy goes through sqlite3 directly
    name = f"{journal_path.stem}-{reason}-{timestamp_for_file()}.sqlite"
    return backup_sqlite(journal_path, backup_dir(journal_path) / name)
