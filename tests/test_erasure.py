"""Erasure of one participant code on request: every row about the person goes, the audit log
keeps who, when, why and how many rows (never the code), and the reports stop counting them."""

from __future__ import annotations

from datetime import date

import pytest
from group_builders import arby_code
from privacy_builders import Built, stored_text
from sqlalchemy import func, select

from vagledare.cli import main
from vagledare.journal import audit, participants
from vagledare.journal.db import Journal, open_journal
from vagledare.journal.erasure import plan_erasure, run_erasure
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import AuditEntry, Contact
from vagledare.journal.subject import collect_rows, subject_tables
from vagledare.reports.catalog import report
from vagledare.reports.periods import Period
from vagledare.reports.render.csv import csv_text


def csv_of(j: Journal, key: str, period: Period) -> str:
    with j.session(readonly=True) as s:
        return csv_text(report(key).build(s, period, None, "sv"))


def row(text: str, label: str) -> list[str]:
    return next(line.split(";") for line in text.splitlines() if line.split(";")[0] == label)


def test_erasure_deletes_every_row_and_audits_without_the_code(
    built: tuple[Journal, Built],
) -> None:
    j, b = built
    code = "ÅRB-R-0001"  # a case closed, reopened and closed again, with a contact
    with j.session(readonly=True) as s:
        person = participants.find_participant(s, code)
        assert person is not None
        rows = collect_rows(s, person.id)
        plan = plan_erasure(s, code)
    assert plan.counts == {
        "participant": 1,
        "case_file": 1,
        "case_closure": 2,
        "case_contact": 1,
    }
    assert "1 ärende, 2 avslut, 1 kontakt" in plan.describe()
    assert code in (stored := stored_text(j)) and "Ny plan" in stored  # the checks have teeth

    done = run_erasure(j, code, "Begäran om radering 2025-06-02", b.lead)

    assert done.plan.rows == 5
    # A backup is a copy of a journal file; a server's backups are the server's own.
    assert (done.backup is not None) == j.is_sqlite
    with j.session(readonly=True) as s:
        assert participants.find_participant(s, code) is None
        for table in subject_tables():
            left = select(func.count()).select_from(table)
            assert s.scalar(left.where(table.c.id.in_(list(rows.all_ids())))) == 0, table.name
        erasure = audit.entries(s, action="erasure")
        details = s.scalars(select(AuditEntry.detail)).all()
    assert len(erasure) == 1
    assert erasure[0].actor == "TL"
    assert erasure[0].entity == "participant" and erasure[0].entity_id == str(person.id)
    assert erasure[0].detail == {
        "reason": "Begäran om radering 2025-06-02",
        "rows": {"participant": 1, "case_file": 1, "case_closure": 2, "case_contact": 1},
        "mentions_emptied": 0,
    }
    assert not any(code in d for d in details)  # nowhere in the log
    stored = stored_text(j)  # nor anywhere else SQL can read, on either backend
    assert code not in stored and "Ny plan" not in stored
    if j.is_sqlite:  # and not in the journal file's bytes (overwritten, log checkpointed)
        assert done.backup is not None and done.backup.name.startswith("journal-radering-")
        j.close()
        raw = j.path.read_bytes()
        assert code.encode() not in raw and b"Ny plan" not in raw


def test_reports_no_longer_count_an_erased_person(built: tuple[Journal, Built]) -> None:
    j, b = built
    year = Period(date(2022, 1, 1), date(2022, 12, 31))
    # ÅRB-2022-M0002: a woman at Årby whose 2022 case closed as Extratjänst/Introduktionsjobb.
    avslut_before = csv_of(j, "avslut", year)
    flow_before = csv_of(j, "flow", year)
    # arby_code(40): a woman still enrolled in Årby's språkgrupp, present on 2 March 2023.
    spring = Period(date(2023, 1, 1), date(2023, 6, 30))
    sprak_before = csv_of(j, "sprakgrupp", spring)
    narvaro_before = csv_of(j, "narvaro", spring)
    assert arby_code(40) in narvaro_before

    run_erasure(j, "ÅRB-2022-M0002", "Begäran", b.lead)
    run_erasure(j, arby_code(40), "Begäran", b.lead)

    avslut_after = csv_of(j, "avslut", year)
    label = "Extratjänst/Introduktionsjobb"
    old, new = row(avslut_before, label), row(avslut_after, label)
    header = avslut_before.splitlines()[0].split(";")
    diff = {h: int(o) - int(n) for h, o, n in zip(header, old, new, strict=True) if o != n}
    assert diff == {"Årby Kvinnor": 1, "Årby Totalt": 1, "Totalt Kvinnor": 1, "Totalt": 1}
    assert csv_of(j, "flow", year) != flow_before
    narvaro_after = csv_of(j, "narvaro", spring)
    assert arby_code(40) not in narvaro_after
    assert len(narvaro_after.splitlines()) == len(narvaro_before.splitlines()) - 1
    assert csv_of(j, "sprakgrupp", spring) != sprak_before


def test_notes_elsewhere_that_name_the_code_are_emptied(built: tuple[Journal, Built]) -> None:
    j, b = built
    done = run_erasure(j, "ÅRB-X-0003", "Begäran", b.lead)
    assert done.plan.mentions == 1  # FRÖ-X-0001's contact note "… kom med ÅRB-X-0003"
    with j.session(readonly=True) as s:
        notes = s.scalars(select(Contact.note).where(Contact.note.is_not(None))).all()
    assert not any("ÅRB-X-0003" in n for n in notes)
    assert "Uppföljning: har jobb" in notes


def test_erasure_refuses_unknown_codes_and_missing_or_identifying_reasons(
    built: tuple[Journal, Built],
) -> None:
    j, b = built
    with pytest.raises(ValidationError, match="finns inte"):
        run_erasure(j, "NOBODY-1", "Begäran", b.lead)
    with pytest.raises(ValidationError, match="Ange varför"):
        run_erasure(j, "T1", "   ", b.lead)
    with pytest.raises(ValidationError, match="personnummer"):
        run_erasure(j, "T1", "Begäran från 19811218-9876", b.lead)
    with j.session(readonly=True) as s:
        assert participants.find_participant(s, "T1") is not None
        assert audit.entries(s, action="erasure") == []


def test_erase_from_the_command_line_asks_for_confirmation(
    built: tuple[Journal, Built], built_target: str, capsys: pytest.CaptureFixture
) -> None:
    j, _ = built
    db = built_target
    assert main(["--db", db, "--as", "TL", "erase", "T2", "--reason", "Begäran"]) == 1
    err = capsys.readouterr()
    assert "Deltagarkoden T2 raderas" in err.out and "Bekräfta med --yes" in err.err
    args = ["--db", db, "--as", "TL", "erase", "t2", "--reason", "Begäran", "--yes"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "3 mätningar, 19 mätvärden" in out
    assert "T2 är raderad (23 uppgifter)" in out
    # The note that older backups still hold the data goes with the backup of a journal file.
    assert ("roteras bort" in out) == ("Säkerhetskopia före raderingen" in out) == j.is_sqlite
    assert main(args) == 1
    assert "Deltagarkoden T2 finns inte" in capsys.readouterr().err


@pytest.mark.sqlite_only
def test_a_restored_backup_erases_again_what_was_erased_after_it(
    built: tuple[Journal, Built], built_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat
    from pathlib import Path

    from vagledare.journal.backup import backup_before
    from vagledare.journal.erasure import register_path

    j, b = built
    path = Path(built_target)
    copy = backup_before(path, "manuell")  # before the erasure: the person is in it
    run_erasure(j, "ÅRB-X-0003", "Begäran 2 juni", b.lead)
    register = register_path(path)
    assert stat.S_IMODE(os.stat(register).st_mode) == 0o600
    assert "ÅRB-X-0003" not in register.read_text(encoding="utf-8")  # UUIDs, never the code
    j.close()
    assert main(["--db", built_target, "restore", str(copy), "--yes"]) == 0
    assert "raderades igen" in capsys.readouterr().out
    again = open_journal(built_target)
    try:
        with again.session(readonly=True) as s:
            assert participants.find_participant(s, "ÅRB-X-0003") is None
            notes = s.scalars(select(Contact.note).where(Contact.note.is_not(None))).all()
            assert not any("ÅRB-X-0003" in n for n in notes)  # the mention is emptied again
            assert [e.action for e in audit.entries(s, action="erasure_reapplied")] == [
                "erasure_reapplied"
            ]
    finally:
        again.close()
