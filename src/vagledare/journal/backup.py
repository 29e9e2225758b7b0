"""Online backups of an SQLite journal, their rotation, preview and restore.

Backups are taken with SQLite's online backup API (safe while the desk keeps writing):
- the day's first entry makes the day's backup (``<stem>-dag-YYYY-MM-DD.sqlite``), and the
  month's first day-backup is kept as the month's (``<stem>-manad-YYYY-MM.sqlite``);
- every migration, import, exchange or retention run is preceded by an event backup
  (``<stem>-<reason>-YYYYMMDD-HHMMSS.sqlite``).
14 day-backups, 12 month-backups and 30 event backups are kept. They live in ``backups/``
beside the journal unless the journal's ``backup_dir`` setting points elsewhere (e.g. a network
drive). Files are readable by their owner only.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from vagledare.journal.private_files import open_private

KEEP_DAILY, KEEP_MONTHLY, KEEP_EVENTS = 14, 12, 30
SETTING_KEY = "backup_dir"
_DAILY_RE = re.compile(r"-dag-(\d{4}-\d{2}-\d{2})\.sqlite$")
_MONTHLY_RE = re.compile(r"-manad-(\d{4}-\d{2})\.sqlite$")
_EVENT_RE = re.compile(r"-([a-zåäö0-9_]+(?:-[a-zåäö0-9_]+)*)-(\d{8}-\d{6})\.sqlite$")
# Tables whose row counts describe a backup in the preview, with their Swedish names.
PREVIEW_TABLES = {
    "site": "mötesplatser",
    "staff": "personal",
    "quick_case": "snabbärenden",
    "participant": "deltagarkoder",
    "case_file": "ärenden",
    "case_contact": "kontakter",
    "group_session": "tillfällen",
    "attendance": "närvaro",
    "assessment": "skattningar",
}


def configured_dir(journal_path: Path) -> Path | None:
    """The journal's ``backup_dir`` setting, read straight from the file (works before
    migrations, and on a journal that cannot be opened otherwise)."""
    try:
        con = sqlite3.connect(f"file:{journal_path}?mode=ro", uri=True, timeout=5)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (SETTING_KEY,)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return Path(row[0]) if row and row[0] else None


def backup_dir(journal_path: Path) -> Path:
    return configured_dir(journal_path) or journal_path.parent / "backups"


def timestamp_for_file(now: datetime | None = None) -> str:
    return (now or datetime.now()).strftime("%Y%m%d-%H%M%S")


def _private(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def remove_stale_parts(journal_path: Path, older_than: float = 3600.0) -> list[Path]:
    """Remove the ``.part`` files a killed backup, restore or export left beside the journal
    and in its backup folder (they hold journal data). Only files untouched for an hour go:
    another window may be writing one right now."""
    import time

    limit = time.time() - older_than
    gone = []
    for folder in {journal_path.parent, backup_dir(journal_path)}:
        if not folder.is_dir():
            continue
        for part in folder.glob("*.part"):
            try:
                if part.is_file() and part.stat().st_mtime < limit:
                    part.unlink()
                    gone.append(part)
            except OSError:
                continue  # another process's file, or gone already
    return gone


def backup_sqlite(
    source: Path, dest: Path, *, snapshot_taken: Callable[[], None] | None = None
) -> Path:
    """Copy a live journal with SQLite's online backup API; the copy appears whole or not.

    The copy is of one moment: the moment its read transaction began, which
    ``snapshot_taken()`` (if given) is told of before the copying starts, so a caller on
    another thread can wait for that moment and then go on writing (WAL lets it) without
    the copy seeing what it writes."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(dest.parent, stat.S_IRWXU)
    tmp = dest.with_name(dest.name + ".part")
    open_private(tmp).close()  # the copy is the owner's from its first byte
    src = sqlite3.connect(str(source), timeout=15, isolation_level=None)
    try:
        if snapshot_taken is not None:
            src.execute("BEGIN")
            src.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the moment
            snapshot_taken()
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            out.close()
    finally:
        src.close()
    _private(tmp)
    os.replace(tmp, dest)
    return dest


def backup_before(journal_path: Path, reason: str) -> Path:
    """An event backup before a risky operation (migration, import, exchange, retention)."""
    dest = backup_dir(journal_path) / f"{journal_path.stem}-{reason}-{timestamp_for_file()}.sqlite"
    made = backup_sqlite(journal_path, dest)
    prune(journal_path)
    return made


def daily_backup(
    journal_path: Path,
    today: date | None = None,
    *,
    snapshot_taken: Callable[[], None] | None = None,
) -> Path | None:
    """The day's backup (and the month's), if not taken yet; returns the new file or None.

    ``snapshot_taken``: see ``backup_sqlite`` (also told when there is nothing to take)."""
    today = today or date.today()
    folder = backup_dir(journal_path)
    daily = folder / f"{journal_path.stem}-dag-{today.isoformat()}.sqlite"
    if daily.exists():
        if snapshot_taken is not None:
            snapshot_taken()
        return None
    backup_sqlite(journal_path, daily, snapshot_taken=snapshot_taken)
    monthly = folder / f"{journal_path.stem}-manad-{today:%Y-%m}.sqlite"
    if not monthly.exists():  # a copy of the day's, whole or not at all like it
        tmp = monthly.with_name(monthly.name + ".part")
        with open(daily, "rb") as day_file, open_private(tmp) as out:
            shutil.copyfileobj(day_file, out)
        shutil.copystat(daily, tmp)
        _private(tmp)
        os.replace(tmp, monthly)
    prune(journal_path)
    return daily


def prune(journal_path: Path) -> list[Path]:
    """Keep the newest 14 day-, 12 month- and 30 event backups of this journal."""
    folder = backup_dir(journal_path)
    if not folder.is_dir():
        return []
    mine = [p for p in folder.glob(f"{journal_path.stem}-*.sqlite")]
    daily = sorted(p for p in mine if _DAILY_RE.search(p.name))
    monthly = sorted(p for p in mine if _MONTHLY_RE.search(p.name))
    events = sorted(
        (p for p in mine if p not in daily and p not in monthly and _EVENT_RE.search(p.name)),
        key=lambda p: _EVENT_RE.search(p.name).group(2),  # type: ignore[union-attr]
    )
    doomed = daily[:-KEEP_DAILY] + monthly[:-KEEP_MONTHLY] + events[:-KEEP_EVENTS]
    for p in doomed:
        p.unlink(missing_ok=True)
    return doomed


@dataclass(frozen=True)
class BackupPreview:
    path: Path
    taken_at: datetime
    revision: str | None
    counts: dict[str, int]  # Swedish table description -> rows
    newest_entry: datetime | None
    readable: bool
    problem: str = ""

    def describe(self) -> str:
        if not self.readable:
            return f"{self.path.name}: kan inte läsas ({self.problem})"
        parts = ", ".join(f"{n} {what}" for what, n in self.counts.items())
        newest = (
            f"; senaste registrering {self.newest_entry:%Y-%m-%d %H:%M}"
            if self.newest_entry
            else ""
        )
        return f"{self.path.name} ({self.taken_at:%Y-%m-%d %H:%M}): {parts}{newest}"


def preview(path: Path) -> BackupPreview:
    """What a backup holds, read without changing it."""
    taken = datetime.fromtimestamp(path.stat().st_mtime)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in names:
                return BackupPreview(path, taken, None, {}, None, False, "ingen Vägledare-journal")
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
            counts = {
                what: con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                for table, what in PREVIEW_TABLES.items()
                if table in names
            }
            newest_raw = con.execute("SELECT max(occurred_at) FROM quick_case").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return BackupPreview(path, taken, None, {}, None, False, str(exc))
    newest = datetime.fromisoformat(newest_raw) if newest_raw else None
    return BackupPreview(path, taken, rev[0] if rev else None, counts, newest, True)


def list_backups(journal_path: Path) -> list[Path]:
    """This journal's backups, newest first."""
    folder = backup_dir(journal_path)
    if not folder.is_dir():
        return []
    return sorted(
        folder.glob(f"{journal_path.stem}-*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True
    )


_STAMP_RE = re.compile(r"-(\d{8}-\d{6})\.sqlite$")


def backup_reason(journal_path: Path, backup: Path) -> str:
    """Why a backup of this journal was taken: ``dag``, ``manad``, or an event backup's reason
    (``manuell``, ``import``, ``migrering-<revision>`` …); ``""`` for a name of another form."""
    if _DAILY_RE.search(backup.name):
        return "dag"
    if _MONTHLY_RE.search(backup.name):
        return "manad"
    prefix = f"{journal_path.stem}-"
    stamp = _STAMP_RE.search(backup.name)
    if not backup.name.startswith(prefix) or stamp is None:
        return ""
    return backup.name[len(prefix) : stamp.start()]


def restore(journal_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in the journal's place; the current journal (if any) is kept aside
    under a new name, never overwritten. The journal must not be open. Returns the aside path.
    """
    info = preview(backup)
    if not info.readable:
        raise ValueError(f"Säkerhetskopian {backup.name} kan inte läsas: {info.problem}.")
    aside = None
    if journal_path.exists():
        aside = journal_path.with_name(
            f"{journal_path.stem}-fore-aterstallning-{timestamp_for_file()}{journal_path.suffix}"
        )
        try:  # an online copy keeps a journal left in WAL mode whole
            backup_sqlite(journal_path, aside)
        except sqlite3.Error:  # a damaged journal: keep its files exactly as they are
            for suffix in ("", "-wal", "-shm"):
                src = journal_path.with_name(journal_path.name + suffix)
                if src.exists():
                    shutil.copy2(src, aside.with_name(aside.name + suffix))
    tmp = journal_path.with_name(journal_path.name + ".part")
    with open(backup, "rb") as src_file, open_private(tmp) as out:
        shutil.copyfileobj(src_file, out)
    for suffix in ("-wal", "-shm"):
        journal_path.with_name(journal_path.name + suffix).unlink(missing_ok=True)
    os.replace(tmp, journal_path)
    return aside
