"""Gallring: people inactive for N years lose their code and free text; every report counts
exactly the same afterwards."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import date
from decimal import Decimal

import pytest
from group_builders import arby_code
from privacy_builders import TODAY, Built, stored_text
from sqlalchemy import func, select

from vagledare.cli import main
from vagledare.journal import audit, cases, participants, sites, staff
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Assessment,
    Base,
    Contact,
    ContactType,
    Gender,
    GroupSession,
    Participant,
    Route,
)
from vagledare.journal.retention import (
    ANONYMOUS_PREFIX,
    cutoff_for,
    preview_retention,
    retention_years,
    run_retention,
    set_retention_years,
)
from vagledare.journal.terms import term
from vagledare.reports.catalog import REPORTS
from vagledare.reports.periods import Period
from vagledare.reports.render.csv import csv_text

PERIODS = (
    Period(date(2020, 1, 1), date(2020, 12, 31)),
    Period(date(2021, 1, 1), date(2021, 12, 31)),
    Period(date(2022, 1, 1), date(2022, 6, 30)),
    Period(date(2022, 1, 1), date(2022, 12, 31)),
    Period(date(2023, 1, 1), date(2023, 8, 31)),
    Period(date(2019, 1, 1), date(2025, 6, 30)),
)
OPTIONS = {
    "resources": {
        "fte_citizen_service": Decimal("2"),
        "fte_referred": Decimal("3.5"),
        "cost_per_fte": Decimal("396000"),
    },
}
ANONYMISED = 406  # every participant but the 28 with something open or recent (see below)


def tallies(j: Journal, staff_ids: list[uuid.UUID | None]) -> dict[str, str]:
    """The CSV text of every report in the catalogue, for each period and staff view."""
    out = {}
    with j.session(readonly=True) as s:
        for spec in REPORTS:
            for period in PERIODS:
                for staff_id in staff_ids:
                    options = dict(OPTIONS.get(spec.key, {}), staff_id=staff_id)
                    table = spec.build(s, period, None, "sv", **options)
                    by_code = table.label_header == term("participant_code")
                    key = f"{spec.key}|{period.start}|{period.end}|{staff_id}|{int(by_code)}"
                    out[key] = csv_text(table)
    return out


def codes(j: Journal) -> dict[uuid.UUID, str]:
    with j.session(readonly=True) as s:
        return {i: c for i, c in s.execute(select(Participant.id, Participant.code))}


def renamed(text: str, mapping: dict[str, str]) -> list[list[str]]:
    return [
        [mapping.get(v, v) for v in row] for row in csv.reader(io.StringIO(text), delimiter=";")
    ]


def count(j: Journal, model: type) -> int:
    with j.session(readonly=True) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_every_report_counts_the_same_after_retention(built: tuple[Journal, Built]) -> None:
    j, b = built
    with j.session(readonly=True) as s:
        tutor = staff.find_staff(s, "Språkhandledare Årby")
    assert tutor is not None
    views: list[uuid.UUID | None] = [None, b.coach, b.other_coach, tutor.id]
    before_codes = codes(j)
    before = tallies(j, views)

    done = run_retention(j, b.lead, today=TODAY)

    after_codes = codes(j)
    mapping = {before_codes[i]: after_codes[i] for i in before_codes}
    changed = {old: new for old, new in mapping.items() if old != new}
    assert done.counts.participants == len(changed) == ANONYMISED
    after = tallies(j, views)
    assert after.keys() == before.keys()
    for key, text in before.items():
        if key.endswith("|1"):  # rows labelled by participant code: same rows, new codes
            old_rows, new_rows = renamed(text, changed), renamed(after[key], {})
            assert old_rows[0] == new_rows[0], key
            assert sorted(old_rows[1:]) == sorted(new_rows[1:]), key
        else:
            assert after[key] == text, key
    reports_with_codes = {k.split("|")[0] for k, t in before.items() if k.endswith("|1")}
    assert reports_with_codes == {"narvaro", "langvariga"}
    # The code-labelled reports did list people who were anonymised (the test has teeth).
    assert any(old in before[k] for k in before if k.endswith("|1") for old in changed)
    print(
        f"\nretention: {len(before)} report CSVs ({len(REPORTS)} reports × {len(PERIODS)} "
        f"periods × {len(views)} staff views) identical after anonymising {len(changed)} codes"
    )


def test_retention_removes_codes_and_free_text_and_keeps_the_rows(
    built: tuple[Journal, Built],
) -> None:
    j, b = built
    kept_tables = ("case_file", "case_closure", "enrolment", "attendance", "assessment")
    tables = {t: Base.metadata.tables[t] for t in (*kept_tables, "assessment_value")}
    with j.session(readonly=True) as s:
        rows_before = {t: s.scalar(select(func.count()).select_from(tables[t])) for t in tables}
        t2 = participants.find_participant(s, "T2")
    contacts_before = count(j, Contact)
    assert t2 is not None
    gone = ("ÅRB-X-0003", "ÅRB-R-0001", arby_code(5), "Orolig för ekonomin", "Ny plan")
    stored = stored_text(j)
    assert all(text in stored for text in gone)  # the checks below have teeth

    done = run_retention(j, b.lead, today=TODAY)

    assert done.counts.cutoff == date(2023, 6, 30)
    assert (done.counts.contacts, done.counts.texts, done.counts.mentions) == (5, 3, 2)
    with j.session(readonly=True) as s:
        find = participants.find_participant
        # Gone: closed long ago; a leaver of the group; readings only before the cut-off.
        for code in ("ÅRB-X-0003", "ÅRB-R-0001", "FRÖ-X-0002", arby_code(5), "T2"):
            assert find(s, code) is None, code
        # Kept: open cases, a follow-up after the cut-off, still enrolled, a recent reading.
        for code in ("FRÖ-X-0001", "ÅRB-X-0004", "ÅRB-2022-M0001", arby_code(40), "T1"):
            assert find(s, code) is not None, code
        anonymous = s.scalars(
            select(Participant.code).where(Participant.code.startswith(ANONYMOUS_PREFIX))
        ).all()
        assert len(anonymous) == len(set(anonymous)) == ANONYMISED
        assert all(len(c) == len(ANONYMOUS_PREFIX) + 8 for c in anonymous)
        # The rows the reports count are all still there.
        for t, n in rows_before.items():
            assert s.scalar(select(func.count()).select_from(tables[t])) == n, t
        # T2's readings: values kept, comment, deletion reason and form language emptied.
        readings = s.scalars(select(Assessment).where(Assessment.participant_id == t2.id)).all()
        assert len(readings) == 3
        assert [(r.comment, r.deletion_reason, r.language) for r in readings] == [(None,) * 3] * 3
        assert sum(r.deleted_at is not None for r in readings) == 1  # still not counted
        # Notes that named an anonymised code are emptied; the rest stay.
        notes = s.scalars(select(Contact.note).where(Contact.note.is_not(None))).all()
        assert notes == ["Uppföljning: har jobb"]
        session_notes = s.scalars(
            select(GroupSession.note).where(GroupSession.note.is_not(None))
        ).all()
        assert session_notes == []
        logged = audit.entries(s, action="retention")
    assert count(j, Contact) == contacts_before - 5
    assert len(logged) == 1
    assert logged[0].actor == "TL" and logged[0].entity_id is None
    assert logged[0].detail == {
        "years": 2,
        "cutoff": "2023-06-30",
        "participants": ANONYMISED,
        "contacts_deleted": 5,
        "texts_emptied": 3,
        "mentions_emptied": 2,
    }
    # A backup is a copy of a journal file; a server's backups are the server's own.
    assert (done.backup is not None) == j.is_sqlite
    stored = stored_text(j)  # nothing of it is left where SQL can read, on either backend
    for text in gone:
        assert text not in stored, text
    assert "FRÖ-X-0001" in stored  # a kept code is of course still there
    if not j.is_sqlite:
        return
    assert done.backup is not None and done.backup.name.startswith("journal-gallring-")
    # Nothing of it is left in the journal file itself (overwritten, log checkpointed).
    j.close()
    wal = j.path.with_name(j.path.name + "-wal")
    raw = j.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    for text in gone:
        assert text.encode() not in raw, text
    assert b"FR\xc3\x96-X-0001" in raw  # a kept code is of course still there
    assert b"Orolig" in done.backup.read_bytes()  # the backup taken before still has it


def test_a_second_run_finds_nothing_and_a_dry_run_changes_nothing(
    built: tuple[Journal, Built],
) -> None:
    j, b = built
    before = codes(j)
    dry = run_retention(j, b.lead, today=TODAY, dry_run=True)
    assert dry.dry_run and dry.backup is None
    assert dry.counts.participants == ANONYMISED
    assert codes(j) == before
    with j.session(readonly=True) as s:
        assert audit.entries(s, action="retention") == []
    run_retention(j, b.lead, today=TODAY)
    again = run_retention(j, b.lead, today=TODAY)
    assert (again.counts.participants, again.counts.contacts, again.counts.texts) == (0, 0, 0)
    assert "inget att gallra" in again.counts.describe()


def test_the_retention_period_is_a_journal_setting(built: tuple[Journal, Built]) -> None:
    j, b = built
    with j.session() as s:
        assert retention_years(s) == 2
        assert preview_retention(s, today=TODAY).participants == ANONYMISED
        set_retention_years(s, 4)
    with j.session() as s:
        assert retention_years(s) == 4
        # Four years back (30 June 2021): only what ended before then.
        four = preview_retention(s, today=TODAY)
        assert four.cutoff == date(2021, 6, 30)
        assert 0 < four.participants < ANONYMISED
        with pytest.raises(ValidationError, match="mellan 1 och 50 år"):
            set_retention_years(s, 0)
    assert cutoff_for(2, date(2024, 2, 29)) == date(2022, 2, 28)


def test_a_follow_up_contact_or_an_open_enrolment_keeps_a_person(journal: Journal) -> None:
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        site = sites.add_site(s, "Årby", me.id)
        case_id = cases.open_case(
            s,
            site_id=site.id,
            route=Route.REFERRED,
            start=date(2019, 1, 7),
            gender=Gender.MAN,
            age_band="25-34",
            author_id=me.id,
            code="ÅRB-1",
            today=TODAY,
        )
        cases.close_case(s, case_id, date(2019, 3, 1), cases.ClosureReason.STUDIES, me.id)
        assert preview_retention(s, 2, TODAY).participants == 1
        cases.add_contact(
            s, case_id, date(2024, 1, 10), ContactType.FOLLOW_UP, None, me.id, today=TODAY
        )
        assert preview_retention(s, 2, TODAY).participants == 0
        assert preview_retention(s, 1, TODAY).participants == 1


def test_retention_from_the_command_line(
    db_target: str, journal: Journal, capsys: pytest.CaptureFixture
) -> None:
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        site = sites.add_site(s, "Årby", me.id)
        for code, closed in (("ÅRB-1", date(2019, 3, 1)), ("ÅRB-2", None)):
            cid = cases.open_case(
                s,
                site_id=site.id,
                route=Route.REFERRED,
                start=date(2019, 1, 7),
                gender=Gender.WOMAN,
                age_band="25-34",
                author_id=me.id,
                code=code,
            )
            if closed:
                cases.close_case(s, cid, closed, cases.ClosureReason.STUDIES, me.id)
    db = db_target
    assert main(["--db", db, "--as", "TL", "retention", "--dry-run"]) == 0
    assert "Provkörning, inget ändrat: 1 deltagare" in capsys.readouterr().out
    assert main(["--db", db, "--as", "TL", "retention", "--years", "3", "--remember"]) == 0
    out = capsys.readouterr().out
    assert "Gallring klar: 1 deltagare" in out and "gallringstid är nu 3 år" in out
    assert main(["--db", db, "retention", "--years", "0"]) == 1
    assert "mellan 1 och 50 år" in capsys.readouterr().err
    with journal.session() as s:
        assert retention_years(s) == 3
        assert participants.find_participant(s, "ÅRB-1") is None
        assert participants.find_participant(s, "ÅRB-2") is not None


def test_anonymous_codes_cannot_be_typed_for_new_entries(desk) -> None:  # noqa: ANN001
    with desk.journal.session() as s, pytest.raises(ValidationError, match="GALLRAD-"):
        participants.register_participant(
            s, desk.site.id, Gender.WOMAN, "25-34", desk.staff.id, code="gallrad-0A1B2C3D"
        )
