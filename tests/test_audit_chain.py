"""Tamper evidence: each desk seals its audit entries in an HMAC chain keyed outside the
journal, keeps its last position outside the journal, and `audit verify` reports any break."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from vagledare.cli import main
from vagledare.journal import audit, audit_chain, sites, staff
from vagledare.journal.audit import _PG_FUNCTION, _PG_TRIGGER, _SQLITE_TRIGGERS
from vagledare.journal.db import Journal, open_journal


def _drop_triggers(conn) -> None:  # noqa: ANN001
    if conn.dialect.name == "sqlite":
        conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
        conn.execute(text("DROP TRIGGER audit_entry_no_update"))
    else:
        conn.execute(text("DROP TRIGGER audit_entry_no_change ON audit_entry"))


def cut_tail_unseen(conn, after: int) -> None:  # noqa: ANN001
    """The log's tail after ``after`` deleted and the append-only triggers put back, as
    someone covering their tracks would leave it."""
    _drop_triggers(conn)
    conn.execute(text("DELETE FROM audit_entry WHERE seq > :after"), {"after": after})
    if conn.dialect.name == "sqlite":
        for sql in _SQLITE_TRIGGERS.values():
            conn.execute(text(sql))
    else:
        conn.execute(text(_PG_FUNCTION))
        conn.execute(text(_PG_TRIGGER))


def tamper(target: str, sql: str, **params: object) -> None:
    """What anyone with the file (or the server's password) can do with any database tool:
    drop the append-only triggers and change the log."""
    j = open_journal(target)
    try:
        with j.engine.begin() as conn:
            _drop_triggers(conn)
            conn.execute(text(sql), params)
    finally:
        j.close()


def work(j: Journal, *names: str) -> None:
    with j.session() as s:
        me = staff.ensure_staff(s, "AB")
        for name in names:
            sites.add_site(s, name, me.id)


def chain_rows(j: Journal) -> list[tuple[str, int, str]]:
    with j.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text("SELECT chain, seq, mac FROM audit_entry WHERE chain IS NOT NULL ORDER BY seq")
            )
        ]


def test_every_entry_is_sealed_in_this_desks_chain(journal: Journal) -> None:
    work(journal, "Fröslunda")
    with journal.session() as s:
        audit.record(s, "export", "report", None, file="x.csv")
    rows = chain_rows(journal)
    with journal.engine.connect() as conn:
        unsealed = conn.execute(text("SELECT count(*) FROM audit_entry WHERE mac IS NULL"))
        assert unsealed.scalar() == 0
    assert {r[0] for r in rows} == {journal.seal.chain}
    assert [r[1] for r in rows] == list(range(1, len(rows) + 1))
    assert all(len(r[2]) == 64 for r in rows)
    report = audit.verify_log(journal)
    assert report.ok and report.checked == len(rows) and not report.others
    assert report.summary() == f"Loggen är hel: {len(rows)} poster från den här datorn stämmer."


def test_a_rolled_back_unit_of_work_leaves_no_gap(journal: Journal) -> None:
    work(journal, "Fröslunda")
    with pytest.raises(RuntimeError), journal.session() as s:
        sites.add_site(s, "Årby", None)
        s.flush()  # sealed entries were numbered, then thrown away
        raise RuntimeError("the user cancelled")
    work(journal, "Skiftinge")
    seqs = [r[1] for r in chain_rows(journal)]
    assert seqs == list(range(1, len(seqs) + 1))
    assert audit.verify_log(journal).ok


def test_the_key_and_positions_live_outside_the_journal_owner_only(
    db_target: str, tmp_path: Path
) -> None:
    j = open_journal(db_target)
    work(j, "Fröslunda")
    folder = j.seal.folder
    key_hex = j.seal.key.hex()
    j.close()
    assert folder.is_relative_to(tmp_path / "data")  # the profile's data folder
    for name in (audit_chain.KEY_FILE, audit_chain.POSITIONS_FILE):
        assert stat.S_IMODE(os.stat(folder / name).st_mode) == 0o600
    positions = json.loads((folder / audit_chain.POSITIONS_FILE).read_text())
    assert len(positions) == 1
    if not db_target.startswith("postgresql"):
        assert key_hex.encode() not in Path(db_target).read_bytes()
    j = open_journal(db_target)
    with j.engine.connect() as conn:
        settings = "".join(conn.execute(text("SELECT value FROM setting")).scalars())
    j.close()
    assert key_hex not in settings


def test_a_deleted_entry_is_found_after_drop_trigger(db_target: str, capsys) -> None:  # noqa: ANN001
    j = open_journal(db_target)
    work(j, "Fröslunda", "Årby")
    j.close()
    tamper(db_target, "DELETE FROM audit_entry WHERE seq = 3")
    j = open_journal(db_target)  # the next start re-creates the triggers and says so, sealed
    try:
        report = audit.verify_log(j)
        assert not report.ok
        assert report.sentences()[0].startswith("Loggens post 3 från den här datorn saknas (före ")
        with j.session(readonly=True) as s:
            assert [e.action for e in audit.entries(s, action="triggers_restored")] == [
                "triggers_restored"
            ]
    finally:
        j.close()
    assert main(["--db", db_target, "audit", "verify"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Loggen har ändrats utanför Vägledare:"
    assert out[1].startswith("  Loggens post 3 från den här datorn saknas")


def test_a_changed_entry_fails_its_seal(db_target: str) -> None:
    j = open_journal(db_target)
    work(j, "Fröslunda")
    j.close()
    tamper(db_target, "UPDATE audit_entry SET action = 'lock' WHERE seq = 2")
    j = open_journal(db_target)
    try:
        report = audit.verify_log(j)
        assert [p[0] for p in report.problems] == ["chain_changed"]
        assert report.problems[0][1]["seq"] == 2
        assert "har ändrats eller satts in utanför Vägledare" in report.sentences()[0]
        assert "was changed or inserted" in report.sentences("en")[0]
    finally:
        j.close()


def test_a_deleted_tail_shows_against_the_kept_position_and_stays_in_sight(
    db_target: str,
) -> None:
    j = open_journal(db_target)
    work(j, "Fröslunda", "Årby")
    last = chain_rows(j)[-1][1]
    j.close()
    tamper(db_target, "DELETE FROM audit_entry WHERE seq > 5")
    j = open_journal(db_target)
    try:
        report = audit.verify_log(j)
        assert not report.ok
        # the desk wrote on (the triggers' return, more work): the numbers it had used are
        # not used again, so the hole is still there once the chain is longer than before
        work(j, *(f"Plats {n}" for n in range(4)))
        assert chain_rows(j)[-1][1] > last
        report = audit.verify_log(j)
        assert report.problems[0][0] == "chain_gap"
        assert report.problems[0][1]["first"] == 6 and report.problems[0][1]["last"] == last
    finally:
        j.close()


def test_a_tail_deleted_before_anything_else_was_written_is_named(db_target: str) -> None:
    j = open_journal(db_target)
    work(j, "Fröslunda")
    last = chain_rows(j)[-1][1]
    seal, key = j.seal, j.journal_key
    j.close()
    # the tail goes, and the triggers are put back so that opening the journal sees nothing
    j = open_journal(db_target)
    with j.engine.begin() as conn:
        cut_tail_unseen(conn, 4)
    with j.engine.connect() as conn:
        report = audit_chain.verify(conn, seal)
    j.close()
    assert seal.position(key).seq == last
    assert report.problems == [("chain_tail", {"first": 5, "last": last})]
    assert report.sentences()[0] == (
        f"Loggens sista poster 5–{last} från den här datorn saknas: datorn skrev post "
        f"{last} senast."
    )


def test_another_desks_chain_is_checked_for_gaps(
    db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    j = open_journal(db_target)
    work(j, "Fröslunda")
    j.close()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "other-desk"))
    j = open_journal(db_target)
    try:
        work(j, "Årby")
        report = audit.verify_log(j)
        assert report.ok and len(report.others) == 1
        assert "kontrolleras bara för luckor" in report.summary()
    finally:
        j.close()
    tamper(db_target, "DELETE FROM audit_entry WHERE seq = 2 AND chain = :c", c=_first_chain(j))
    j = open_journal(db_target)
    try:
        sentences = audit.verify_log(j).sentences()
        assert sentences[0].startswith("Loggens post 2 från en annan dator (")
    finally:
        j.close()


def _first_chain(j: Journal) -> str:
    with j.engine.connect() as conn:
        return conn.execute(
            text("SELECT chain FROM audit_entry WHERE chain <> :c LIMIT 1"), {"c": j.seal.chain}
        ).scalar_one()


@pytest.mark.sqlite_only
def test_a_restored_backup_starts_the_kept_position_again(tmp_path: Path) -> None:
    from vagledare.journal.backup import backup_before, restore

    path = tmp_path / "journal.sqlite"
    j = open_journal(path)
    work(j, "Fröslunda")
    j.close()
    copy = backup_before(path, "manuell")
    j = open_journal(path)
    work(j, "Årby", "Skiftinge")
    j.close()
    aside = restore(path, copy)
    j = open_journal(path)
    try:
        audit.record_restore(j, copy.name, aside.name if aside else None)
        report = audit.verify_log(j)
        assert report.ok, report.sentences()
    finally:
        j.close()


def test_the_viewer_says_whether_the_log_is_whole(qtbot, db_target: str) -> None:  # noqa: ANN001
    from vagledare.gui.admin.admin_dialogs import AuditDialog

    j = open_journal(db_target)
    work(j, "Fröslunda")
    dialog = AuditDialog(j)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.chain.text().startswith("Loggen är hel: ")
    assert dialog.chain.property("problem") is False
    dialog.close()
    j.close()
    tamper(db_target, "DELETE FROM audit_entry WHERE seq = 2")
    j = open_journal(db_target)
    dialog = AuditDialog(j, lang="en")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None)
    lines = dialog.chain.text().splitlines()
    assert lines[0] == "The log was changed outside Vägledare:"
    assert lines[1].startswith("Entry 2 from this computer is missing")
    assert dialog.chain.property("problem") is True
    dialog.close()
    j.close()


def test_an_entrys_seal_is_the_hmac_of_its_fields_as_compact_json(tmp_path: Path) -> None:
    """The formula every sealed entry was written with, so that entries sealed by earlier
    versions still verify whatever the code computing it now looks like."""
    import hashlib
    import hmac
    import uuid
    from datetime import datetime

    seal = audit_chain.Seal(str(uuid.uuid4()), bytes(range(32)), tmp_path)
    row = {
        "seq": 7,
        "id": uuid.UUID(int=1),
        "at": datetime(2026, 3, 1, 9, 30, 5, 120),
        "actor_id": None,
        "action": "create",
        "entity": "quick_case",
        "entity_id": "Fröslunda ✓",
        "detail": '{"count": 1}',
    }
    message = json.dumps(
        [
            seal.chain,
            7,
            "00000000-0000-0000-0000-000000000001",
            "2026-03-01T09:30:05.000120",
            None,
            "create",
            "quick_case",
            "Fröslunda ✓",
            '{"count": 1}',
            "ab12",
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    expected = hmac.new(seal.key, message.encode("utf-8"), hashlib.sha256).hexdigest()
    assert seal.mac("ab12", row) == expected
    assert seal.mac("ab12", row) == expected  # and again (each from a copy of the keyed state)
    assert seal.mac("", row) != expected
