"""Opening, creating and upgrading journals; durability settings; refusing bad files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from vagledare.cli import main
from vagledare.journal import schema
from vagledare.journal.db import JournalError, JournalProblem, open_journal, resolve_target

DATA = Path(__file__).parent / "data"


def test_schema_revisions_list_equals_alembic_chain() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", "vagledare.journal:migrations")
    chain = [r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()]
    assert tuple(reversed(chain)) == schema.REVISIONS


@pytest.mark.sqlite_only
def test_new_journal_is_durable_and_private(tmp_path: Path) -> None:
    j = open_journal(tmp_path / "sub" / "j.sqlite")
    with j.engine.connect() as c:
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
    j.close()
    if os.name == "posix":
        assert stat.S_IMODE((tmp_path / "sub" / "j.sqlite").stat().st_mode) == 0o600


def test_db_option_beats_environment_beats_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("VAGLEDARE_DB", str(tmp_path / "env.sqlite"))
    assert resolve_target(str(tmp_path / "cli.sqlite")) == str(tmp_path / "cli.sqlite")
    assert resolve_target(None) == str(tmp_path / "env.sqlite")
    monkeypatch.delenv("VAGLEDARE_DB")
    assert resolve_target(None).endswith("journal.sqlite")


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    "revision", [r for r in schema.REVISIONS[:-1] if (DATA / f"journal-{r}.sqlite").exists()]
)
def test_every_older_journal_upgrades_with_its_records(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / f"journal-{revision}.sqlite", path)
    before = {
        t: sqlite3.connect(path).execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("site", "category", "age_band", "staff", "quick_case")
    }
    j = open_journal(path)
    with j.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema.HEAD
        for table, n in before.items():
            assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar() == n
    j.close()
    assert list((tmp_path / "backups").glob(f"old-migrering-{revision}-*.sqlite"))


def test_a_journal_from_a_newer_version_is_refused_untouched(db_target: str) -> None:
    j = open_journal(db_target)
    with j.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num='9999_future'"))
    j.close()
    with pytest.raises(JournalError) as err:
        open_journal(db_target)
    assert err.value.problem is JournalProblem.NEWER_VERSION
    assert "nyare version" in str(err.value)
    raw = create_engine(db_target if "://" in db_target else f"sqlite:///{db_target}")
    with raw.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == "9999_future"
    raw.dispose()


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"hello, this is a text file\n", JournalProblem.NOT_A_JOURNAL)],
)
def test_not_a_journal_is_refused_and_left_alone(
    tmp_path: Path, content: bytes, problem: JournalProblem
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(JournalError) as err:
        open_journal(path)
    assert err.value.problem is problem
    assert path.read_bytes() == content


@pytest.mark.sqlite_only
def test_foreign_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(JournalError) as err:
        open_journal(path)
    assert err.value.problem is JournalProblem.NOT_A_JOURNAL


@pytest.mark.sqlite_only
def test_cli_reports_a_bad_journal_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"garbage")
    assert main(["--db", str(path), "site", "list"]) == 1
    err = capsys.readouterr().err
    assert "ingen Vägledare-journal" in err and "Traceback" not in err
