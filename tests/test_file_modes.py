"""Every file Vägledare writes with journal data is its owner's alone (0600), whatever the
umask: exports in every format, the progression card, exchange files and backups."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from vagledare.journal.private_files import atomic_write

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask():  # noqa: ANN201 - the most permissive umask a desk could have
    old = os.umask(0)
    yield
    os.umask(old)


def test_atomic_write_creates_a_private_file_and_leaves_no_part(tmp_path: Path) -> None:
    target = tmp_path / "r.csv"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600
    assert not list(tmp_path.glob(".*.part"))


def test_a_failed_write_leaves_neither_file_nor_part(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "r.csv"
    with pytest.raises(OSError):
        atomic_write(target, b"x")
    assert not target.exists()


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_report_exports_are_private(db_target: str, tmp_path: Path, fmt: str) -> None:
    from vagledare.cli import main

    out = tmp_path / f"r.{fmt}"
    main(["--db", db_target, "site", "add", "Fröslunda"])
    args = ["--db", db_target, "report", "dropin", "--month", "2024-01", "--format", fmt]
    assert main([*args, "--output", str(out)]) == 0
    assert mode(out) == 0o600


@pytest.mark.sqlite_only
def test_backups_and_exchange_files_are_private(journal, tmp_path: Path) -> None:  # noqa: ANN001
    from vagledare.journal.backup import backup_before

    assert journal.path is not None
    copy = backup_before(journal.path, "manuell")
    assert mode(copy) == 0o600
    from vagledare.cli import main

    out = tmp_path / "ut.vgx"
    assert main(["--db", str(journal.path), "exchange", "export", str(out), "--all"]) == 0
    assert mode(out) == 0o600 and not list(tmp_path.glob(".*.part"))


@pytest.mark.sqlite_only
def test_stale_part_files_are_removed_when_the_journal_opens(tmp_path: Path) -> None:
    from vagledare.journal.backup import backup_dir
    from vagledare.journal.db import open_journal

    path = tmp_path / "j.sqlite"
    open_journal(str(path)).close()
    old = path.with_name(path.name + ".part")
    old.write_bytes(b"half a journal")
    backup_dir(path).mkdir(exist_ok=True)
    killed = backup_dir(path) / "vagledare-x.sqlite.part"
    killed.write_bytes(b"half a backup")
    fresh = tmp_path / ".r.csv.part"  # being written right now by another window
    fresh.write_bytes(b"x")
    for p in (old, killed):
        os.utime(p, (0, 0))
    open_journal(str(path)).close()
    assert not old.exists() and not killed.exists() and fresh.exists()


@pytest.mark.sqlite_only
def test_a_foreign_database_stays_byte_identical(tmp_path: Path) -> None:
    import sqlite3

    from vagledare.journal.db import JournalError, open_journal

    path = tmp_path / "annat.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kunder (namn TEXT)")
    conn.execute("INSERT INTO kunder VALUES ('Anna')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(JournalError, match="ingen Vägledare-journal"):
        open_journal(str(path))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annat.sqlite"]


@pytest.mark.sqlite_only
def test_a_read_only_journal_opens_for_reading_and_is_never_written(tmp_path: Path) -> None:
    from builders import write_protected_journal

    from vagledare.journal import sites
    from vagledare.journal.db import READ_ONLY_MESSAGE, ReadOnlyJournal, open_journal
    from vagledare.journal.models import Staff as staff_model

    path = tmp_path / "j.sqlite"
    before = write_protected_journal(path)
    files = sorted(p.name for p in tmp_path.iterdir())
    j = open_journal(str(path))
    try:
        assert j.read_only
        with j.session(readonly=True) as s:  # reading works
            assert [x.name for x in sites.list_sites(s)] == ["Fröslunda"]
        with pytest.raises(ReadOnlyJournal) as refused, j.session() as s:
            sites.add_site(s, "Årby", None)
        assert str(refused.value) == READ_ONLY_MESSAGE
        with pytest.raises(ReadOnlyJournal), j.session() as s:  # even a change never flushed
            s.add(staff_model(name="EF"))
        assert str(refused.value).startswith(
            "Journalen är skrivskyddad och öppnad bara för läsning"
        )
    finally:
        j.close()
    assert mode(path) == 0o400
    assert path.read_bytes() == before  # not even a log entry or a WAL switch
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith("-shm")) == [
        f for f in files if not f.endswith("-shm")
    ]


@pytest.mark.sqlite_only
def test_the_command_line_reads_a_write_protected_journal_and_refuses_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from builders import write_protected_journal

    from vagledare.cli import main
    from vagledare.journal.db import READ_ONLY_MESSAGE

    path = tmp_path / "j.sqlite"
    before = write_protected_journal(path)
    assert main(["--db", str(path), "site", "list"]) == 0
    assert "Fröslunda" in capsys.readouterr().out
    monkeypatch.setenv("VAGLEDARE_PIN", "2468")
    assert main(["--db", str(path), "--as", "TL", "site", "add", "Årby"]) == 1
    assert capsys.readouterr().err.strip() == f"vagledare: {READ_ONLY_MESSAGE}"
    monkeypatch.setenv("VAGLEDARE_PIN", "0000")  # privileged reads still need the PIN
    report = ["report", "narvaro", "--month", "2026-11", "--format", "csv"]
    out = tmp_path / "narvaro.csv"
    assert main(["--db", str(path), "--as", "TL", *report, "--output", str(out)]) == 1
    assert "Fel PIN-kod för TL" in capsys.readouterr().err
    monkeypatch.setenv("VAGLEDARE_PIN", "2468")  # right PIN: exports are logged, so refused
    assert main(["--db", str(path), "--as", "TL", *report, "--output", str(out)]) == 1
    assert capsys.readouterr().err.strip() == f"vagledare: {READ_ONLY_MESSAGE}"
    assert not out.exists()
    assert path.read_bytes() == before
