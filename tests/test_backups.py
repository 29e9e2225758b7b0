"""Backups: the day's first entry, rotation, preview, and restore that never overwrites."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from datetime import date
from pathlib import Path

import pytest

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import backup
from vagledare.journal.db import open_journal
from vagledare.journal.models import Gender, Setting

pytestmark = pytest.mark.sqlite_only  # backups are copies of the journal file


def quick_cases(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM quick_case").fetchone()[0]
    finally:
        con.close()


def log(desk: Desk, n: int = 1) -> None:
    site = desk.site
    for _ in range(n):
        desk.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN)
    desk.wait_for_backup()  # the day's backup, taken in a thread of its own


def test_the_first_entry_is_committed_before_the_days_backup_is_written(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup of a large journal takes a while: the click does not wait for it."""
    path = desk.journal.path
    copying, release = threading.Event(), threading.Event()
    real = backup.backup_sqlite

    def slow(source: Path, dest: Path, *, snapshot_taken=None) -> Path:  # noqa: ANN001
        def taken() -> None:
            snapshot_taken()  # the click may go on from here …
            copying.set()
            assert release.wait(10)  # … while the copy is still being made

        return real(source, dest, snapshot_taken=taken)

    monkeypatch.setattr(backup, "backup_sqlite", slow)
    site = desk.site
    desk.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN)
    assert copying.is_set() and quick_cases(path) == 1  # committed, the copy under way
    folder = path.parent / "backups"
    daily = folder / f"journal-dag-{date.today().isoformat()}.sqlite"
    assert not daily.exists()
    assert not desk.wait_for_backup(timeout=0.05)
    release.set()
    assert desk.wait_for_backup(timeout=10)
    assert quick_cases(daily) == 0  # the journal as it was before the day's first entry
    assert not list(folder.glob("*.part"))
    if os.name == "posix":
        assert stat.S_IMODE(daily.stat().st_mode) == 0o600


def test_a_failed_daily_backup_is_told_and_tried_again_with_the_next_entry(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[BaseException] = []
    desk.backup_failed = told.append

    def broken(source: Path, dest: Path, *, snapshot_taken=None) -> Path:  # noqa: ANN001
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "backup_sqlite", broken)
    log(desk)
    assert [str(e) for e in told] == ["[Errno 28] No space left on device"]
    assert quick_cases(desk.journal.path) == 1  # the entry is kept all the same
    monkeypatch.undo()
    log(desk)
    assert list((desk.journal.path.parent / "backups").glob("journal-dag-*.sqlite"))


def test_first_entry_of_the_day_makes_the_day_and_month_backup(desk: Desk) -> None:
    path = desk.journal.path
    log(desk)
    today = date.today()
    folder = path.parent / "backups"
    daily = folder / f"journal-dag-{today.isoformat()}.sqlite"
    monthly = folder / f"journal-manad-{today:%Y-%m}.sqlite"
    assert daily.exists() and monthly.exists()
    assert quick_cases(daily) == 0  # taken before the day's first entry
    log(desk, 3)
    assert sorted(p.name for p in folder.iterdir()) == sorted([daily.name, monthly.name])
    if os.name == "posix":
        assert stat.S_IMODE(daily.stat().st_mode) == 0o600
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_rotation_keeps_14_daily_12_monthly_30_event_backups(journal, tmp_path: Path) -> None:  # noqa: ANN001
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    for d in range(1, 31):
        (folder / f"journal-dag-2026-01-{d:02d}.sqlite").write_bytes(b"x")
    for m in range(1, 13):
        for y in (2024, 2025):
            (folder / f"journal-manad-{y}-{m:02d}.sqlite").write_bytes(b"x")
    for i in range(40):
        (folder / f"journal-import-20260101-{i:06d}.sqlite").write_bytes(b"x")
    (folder / "other-dag-2020-01-01.sqlite").write_bytes(b"x")  # another journal's: untouched
    backup.prune(journal.path)
    names = {p.name for p in folder.iterdir()}
    assert {n for n in names if "-dag-" in n and n.startswith("journal")} == {
        f"journal-dag-2026-01-{d:02d}.sqlite" for d in range(17, 31)
    }
    assert {n for n in names if "-manad-" in n} == {
        f"journal-manad-2025-{m:02d}.sqlite" for m in range(1, 13)
    }
    assert len([n for n in names if "-import-" in n]) == 30
    assert "journal-import-20260101-000039.sqlite" in names
    assert "other-dag-2020-01-01.sqlite" in names


def test_backup_folder_can_be_configured(desk: Desk, tmp_path: Path) -> None:
    elsewhere = tmp_path / "network-drive" / "vagledare"
    with desk.journal.session() as s:
        s.add(Setting(key=backup.SETTING_KEY, value=str(elsewhere)))
    log(desk)
    assert list(elsewhere.glob("journal-dag-*.sqlite"))


def test_restore_keeps_the_current_journal_aside(
    desk: Desk, capsys: pytest.CaptureFixture[str]
) -> None:
    path = desk.journal.path
    log(desk, 3)
    taken = backup.backup_before(path, "manuell")
    log(desk, 2)
    assert main(["--db", str(path), "backups"]) == 0
    listing = capsys.readouterr().out
    assert f"{taken.name}" in listing and "3 snabbärenden" in listing
    desk.journal.close()
    assert main(["--db", str(path), "restore", str(taken), "--yes"]) == 0
    assert quick_cases(path) == 3
    (aside,) = path.parent.glob("journal-fore-aterstallning-*.sqlite")
    assert quick_cases(aside) == 5
    j = open_journal(path)  # the restored journal opens normally
    j.close()


def test_a_damaged_journal_can_be_restored_and_is_kept_as_it_was(desk: Desk) -> None:
    path = desk.journal.path
    log(desk, 2)
    taken = backup.backup_before(path, "manuell")
    desk.journal.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"\x00garbage" * 100)
    assert main(["--db", str(path), "restore", str(taken), "--yes"]) == 0
    assert quick_cases(path) == 2
    (aside,) = path.parent.glob("journal-fore-aterstallning-*.sqlite")
    assert aside.read_bytes() == b"\x00garbage" * 100


def test_restore_refuses_what_is_not_a_backup(
    db_target: str, desk: Desk, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    fake = tmp_path / "fake.sqlite"
    fake.write_text("not a database")
    desk.journal.close()
    assert main(["--db", db_target, "restore", str(fake), "--yes"]) == 1
    assert "kan inte läsas" in capsys.readouterr().out
    assert not list(desk.journal.path.parent.glob("*fore-aterstallning*"))


def test_migration_backup_goes_to_the_configured_folder_too(tmp_path: Path) -> None:
    import shutil

    src = Path(__file__).parent / "data" / "journal-0001_desk_journal.sqlite"
    path = tmp_path / "old.sqlite"
    shutil.copy(src, path)
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO setting(key, value) VALUES ('backup_dir', ?)", (str(tmp_path / "nas"),)
    )
    con.commit()
    con.close()
    open_journal(path).close()
    assert list((tmp_path / "nas").glob("old-migrering-0001_desk_journal-*.sqlite"))
