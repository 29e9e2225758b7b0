"""The command line on a journal whose accounts have PINs: privileged commands need the
actor's PIN, ``--as`` never creates an account, read-only reports stay scriptable; and on a
journal with no PIN at all it works as before. Wrong PINs lock the account out, with waits
that grow and survive a restart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from vagledare.cli import main
from vagledare.journal import access, staff
from vagledare.journal.db import open_journal
from vagledare.journal.models import Role


@pytest.fixture
def guarded(db_target: str) -> str:
    """A journal with a team lead TL whose PIN is 4711, and a site."""
    assert main(["--db", db_target, "--as", "TL", "site", "add", "Fröslunda"]) == 0
    j = open_journal(db_target)
    with j.session() as s:
        tl = staff.find_staff(s, "TL")
        access.set_role(s, tl.id, Role.TEAM_LEAD, Role.ADMIN)
        access.set_pin(s, tl.id, "4711")
    j.close()
    return db_target


def names(db: str) -> set[str]:
    j = open_journal(db)
    with j.session(readonly=True) as s:
        found = {x.name for x in staff.list_staff(s)}
    j.close()
    return found


def test_privileged_commands_need_the_right_pin(
    guarded: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add = ["--db", guarded, "--as", "TL", "site", "add", "Årby"]
    monkeypatch.delenv("VAGLEDARE_PIN", raising=False)
    assert main(add) == 1  # no PIN given, no terminal to ask on
    assert "PIN-kod" in capsys.readouterr().err
    monkeypatch.setenv("VAGLEDARE_PIN", "1234")
    assert main(add) == 1
    assert "Fel PIN-kod för TL" in capsys.readouterr().err
    monkeypatch.setenv("VAGLEDARE_PIN", "4711")
    assert main(add) == 0
    assert main(["--db", guarded, "site", "add", "Navet"]) == 1  # no --as at all
    assert "--as" in capsys.readouterr().err


def test_as_never_creates_an_account(
    guarded: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("VAGLEDARE_PIN", "4711")
    before = names(guarded)
    assert main(["--db", guarded, "--as", "Teamledaren", "site", "add", "Årby"]) == 1
    assert "skapar aldrig konton" in capsys.readouterr().err
    assert names(guarded) == before


def test_read_only_reports_need_no_pin(
    guarded: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VAGLEDARE_PIN", raising=False)
    out = tmp_path / "r.csv"
    args = ["--db", guarded, "report", "dropin", "--month", "2024-01", "--format", "csv"]
    assert main([*args, "--output", str(out)]) == 0 and out.exists()
    assert main(["--db", guarded, "site", "list"]) == 0
    assert names(guarded) == {"TL"}  # no account for the operating-system user


def test_a_journal_without_pins_works_as_before(db_target: str) -> None:
    assert main(["--db", db_target, "--as", "AB", "site", "add", "Fröslunda"]) == 0
    assert "AB" in names(db_target)


def test_wrong_pins_lock_the_account_out_across_restarts(guarded: str) -> None:
    j = open_journal(guarded)
    with j.session(readonly=True) as s:
        tl = staff.find_staff(s, "TL")
    now = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    for _ in range(access.LOCK_AFTER):
        with j.session() as s:
            assert not access.login(s, tl.id, "0000", now=now)
    j.close()
    j = open_journal(guarded)  # a restart
    with pytest.raises(access.LockedOut, match="Försök igen om 31 sekunder"), j.session() as s:
        access.login(s, tl.id, "4711", now=now)  # even the right PIN waits
    later = now + timedelta(seconds=31)
    with j.session() as s:
        assert not access.login(s, tl.id, "0000", now=later)  # the sixth: 60 s now
    with pytest.raises(access.LockedOut, match="61 sekunder"), j.session() as s:
        access.login(s, tl.id, "4711", now=later)
    with j.session() as s:
        access.unlock(s, tl.id, Role.TEAM_LEAD)
    with j.session() as s:
        assert access.login(s, tl.id, "4711", now=later)
    with j.session(readonly=True) as s:
        assert access.lock_state(s, tl.id) == (0, None)
    j.close()


def test_a_run_without_as_is_logged_as_the_command_line(
    guarded: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vagledare.journal import audit
    from vagledare.journal.staff import command_line_author

    monkeypatch.delenv("VAGLEDARE_PIN", raising=False)
    out = tmp_path / "r.csv"
    args = ["--db", guarded, "report", "dropin", "--month", "2024-01", "--format", "csv"]
    assert main([*args, "--output", str(out)]) == 0
    j = open_journal(guarded)
    with j.session(readonly=True) as s:
        export = [e for e in audit.entries(s) if e.action == "export"][0]
        who, what, _ = audit.describe(export, {})
    j.close()
    assert export.actor is None and who == f"kommandoraden ({command_line_author()})"
    assert what.startswith("exporterade")
    assert names(guarded) == {"TL"}
