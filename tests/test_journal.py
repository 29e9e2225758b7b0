"""Opening, creating and upgrading journals; durability settings; refusing bad files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import date
from decimal import Decimal
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


OLD_REVISIONS = [r for r in schema.REVISIONS[:-1] if (DATA / f"journal-{r}.sqlite").exists()]
CHECKED = {"tables": 0, "rows": 0}


def _snapshot(path: Path) -> dict[str, tuple[list[str], list[tuple[object, ...]]]]:
    """Every table's columns and rows (sorted), read with plain SQLite."""
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if r[0] != "alembic_version"
        ]
        out = {}
        for table in tables:
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
            rows = con.execute(f'SELECT * FROM "{table}"').fetchall()
            out[table] = (columns, sorted(rows, key=repr))
        return out
    finally:
        con.close()


def test_every_earlier_revision_has_a_journal_in_the_test_data() -> None:
    files = sorted(p.name for p in DATA.glob("journal-*.sqlite"))
    assert files == [f"journal-{r}.sqlite" for r in OLD_REVISIONS]  # none is left untested
    built = [
        "0001_desk_journal",
        "0002_participants",
        "0003_cases",
        "0004_language_groups",
        "0005_assessments",
        "0006_audit_and_staff_access",
    ]
    assert OLD_REVISIONS == [r for r in schema.REVISIONS[:-1] if r in built] == built


@pytest.mark.sqlite_only
@pytest.mark.parametrize("revision", OLD_REVISIONS)
def test_every_older_journal_upgrades_with_its_records(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / f"journal-{revision}.sqlite", path)
    before = _snapshot(path)
    if revision != "0001_desk_journal":  # the generated files hold records in every table
        assert all(rows for _, rows in before.values()), revision
    j = open_journal(path)
    with j.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == schema.HEAD
    j.close()
    after = _snapshot(path)
    for table, (columns, rows) in before.items():
        new_columns, new_rows = after[table]
        if table == "setting" and not any(r[columns.index("key")] == "desk_id" for r in rows):
            # opening gives the journal its identity (the audit chain's positions use it)
            new_rows = [r for r in new_rows if r[new_columns.index("key")] != "desk_id"]
        assert len(new_rows) == len(rows), table
        # Every record keeps every value it had (new columns may have been added).
        keep = [new_columns.index(c) for c in columns]
        kept = sorted((tuple(r[i] for i in keep) for r in new_rows), key=repr)
        if table == "audit_entry":  # 0008 redacts participant codes; everything else stays
            detail = columns.index("detail")
            rows = sorted((_redacted(r, detail) for r in rows), key=repr)
        assert kept == rows, table
        CHECKED["tables"] += 1
        CHECKED["rows"] += len(rows)
    assert list((tmp_path / "backups").glob(f"old-migrering-{revision}-*.sqlite"))
    print(
        f"\n{revision}: {len(before)} tables, {sum(len(r) for _, r in before.values())} rows kept"
    )


def _redacted(row: tuple[object, ...], detail: int) -> tuple[object, ...]:
    import json

    data = json.loads(str(row[detail]))
    if "code" in data:
        code = data["code"]
        data["code"] = ["(kod)" for _ in code] if isinstance(code, list) else "(kod)"
        return (*row[:detail], json.dumps(data, ensure_ascii=False), *row[detail + 1 :])
    return row


def test_upgraded_journals_are_usable_and_their_log_names_no_codes(tmp_path: Path) -> None:
    from vagledare.journal import audit, participants
    from vagledare.reports.catalog import REPORTS
    from vagledare.reports.periods import Period

    newest = OLD_REVISIONS[-1]
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / f"journal-{newest}.sqlite", path)
    j = open_journal(path)
    try:
        with j.session(readonly=True) as s:
            assert participants.find_participant(s, "ÅRB-2023-0003") is not None
            logged = [e for e in audit.entries(s) if e.entity == "participant"]
            assert [e.detail.get("code") for e in logged] == [["(kod)", "(kod)"], "(kod)"]
            period = Period(date(2023, 1, 1), date(2024, 6, 30))
            options = {"cost_per_fte": Decimal(1), "fte_referred": Decimal(1)}
            for spec in REPORTS:
                table = spec.build(s, period, None, "sv", **options)
                assert table.sections, spec.key
    finally:
        j.close()
    raw = path.read_bytes()
    assert "ÅRB-2023-0033".encode() not in raw  # the old code is only in the log: redacted


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


def test_read_and_write_run_a_domain_function_in_one_unit_of_work(journal) -> None:  # noqa: ANN001
    from vagledare.journal import sites, staff
    from vagledare.journal.errors import ValidationError

    me = journal.write(staff.ensure_staff, "AB")
    journal.write(sites.add_site, "Årby", me.id)
    assert [x.name for x in journal.read(sites.list_sites)] == ["Årby"]
    with pytest.raises(ValidationError):  # refused whole: nothing of it stays
        journal.write(sites.add_site, "Årby", me.id)
    assert [x.name for x in journal.read(sites.list_sites)] == ["Årby"]
    with pytest.raises(Exception, match="readonly|read-only|read only|query_only"):
        journal.read(sites.add_site, "Fröslunda", me.id)


def test_every_revision_id_fits_alembic_version_on_postgresql() -> None:
    """PostgreSQL keeps the revision in a varchar(32): a longer id fails the upgrade there
    (SQLite does not check lengths)."""
    assert all(len(rev) <= 32 for rev in schema.REVISIONS), schema.REVISIONS
