"""Registerutdrag: everything about one participant code as a readable PDF, audited as a
disclosure; leads and the participant's own coach only (in the window)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from group_builders import arby_code
from pdf_text import pdf_text
from privacy_builders import Built
from sqlalchemy import Column, ForeignKey, MetaData, Table, Text, Uuid

from vagledare.cli import main
from vagledare.journal import audit, participants, staff
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Base, Role
from vagledare.journal.subject import participant_links, subject_tables
from vagledare.reports.register_extract import build_extract, export_extract


def test_the_extract_holds_cases_contacts_closings_and_the_log(
    built: tuple[Journal, Built],
) -> None:
    j, _ = built
    with j.session(readonly=True) as s:
        x = build_extract(s, "årb-r-0001")
    assert x.code == "ÅRB-R-0001"
    assert dict(x.register)["Kön"] == "Kvinna" and dict(x.register)["Mötesplats"] == "Årby"
    assert [p.title for p in x.parts] == [
        "Ärenden (1)",
        "Grupper (språkgrupp, språkcafé, läxhjälp) (0)",
        "Progressionsmätningar (0)",
        "Upplevelseenkät, svar kopplade till koden (0)",
    ]
    case = x.parts[0].items[0]
    fields = dict(case.fields)
    assert fields["Startdatum"] == "1 februari 2021" and fields["Vägledare"] == "CD"
    assert fields["Väg in"] == "Medborgarservice"
    contacts, closings = case.children
    assert contacts.title == "Kontakter (1)"
    assert contacts.header[:3] == ("Datum", "Typ av kontakt", "Anteckning")
    assert contacts.rows[0][:3] == ("2 april 2021", "Studievägledning", "Ny plan")
    assert closings.title == "Avslut och återöppningar (2)"
    assert [r[:2] for r in closings.rows] == [
        ("1 mars 2021", "Studier"),
        ("1 maj 2021", "Varaktigt arbete"),
    ]
    assert closings.rows[0][closings.header.index("Öppnat igen")] == "1 april 2021"
    # Register row, case, 2 closings, contact: created, and the reopening changed.
    assert [r[2:4] for r in x.log.rows] == [
        ("registrerad", "Deltagarkod"),
        ("registrerad", "Ärende"),
        ("registrerad", "Avslut"),
        ("ändrad", "Avslut"),
        ("registrerad", "Kontakt"),
        ("registrerad", "Avslut"),
    ]
    assert "Öppnat igen: – blev 1 april 2021" in x.log.rows[3][4]
    assert x.rows == 5 + 6


def test_the_extract_holds_enrolments_attendance_readings_and_comments(
    built: tuple[Journal, Built],
) -> None:
    j, _ = built
    with j.session(readonly=True) as s:
        group = build_extract(s, arby_code(40))
        t2 = build_extract(s, "T2")
    enrolments = group.parts[1]
    assert enrolments.title == "Grupper (språkgrupp, språkcafé, läxhjälp) (1)"
    fields = dict(enrolments.items[0].fields)
    assert fields["Grupp"] == "Språkgrupp, Årby"
    (attendance,) = enrolments.items[0].children
    assert attendance.title == "Närvaro (2)"
    assert [r[:2] for r in attendance.rows] == [
        ("1 mars 2022, Språkgrupp, Årby", "Närvarande"),
        ("2 mars 2023, Språkgrupp, Årby", "Närvarande"),
    ]
    readings = t2.parts[2]
    assert readings.title == "Progressionsmätningar (3)"
    first = dict(readings.items[0].fields)
    assert first["Kommentar"] == "Orolig för ekonomin"
    assert first["Formulärets andra språk"] == "ar"
    deleted = dict(readings.items[1].fields)
    assert deleted["Skäl till borttagningen"] == "Fel deltagare vald"
    values = readings.items[0].children[0]
    assert values.title == "Värden (6)"
    assert values.rows[0] == ("1. Jobbsökningsbeteende", "4")


def test_exporting_writes_a_private_pdf_and_audits_the_disclosure(
    built: tuple[Journal, Built], tmp_path: Path
) -> None:
    j, b = built
    out = tmp_path / "utdrag.pdf"
    x = export_extract(j, "T2", out, b.lead, role=Role.TEAM_LEAD)
    assert out.read_bytes().startswith(b"%PDF")
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = pdf_text(out, layout=True)
    for words in ("Registerutdrag – deltagarkod T2", "Orolig för ekonomin", "Loggen", "Sida 1 av"):
        assert words in text, words
    with j.session(readonly=True) as s:
        (entry,) = audit.entries(s, action="access_export")
    assert entry.actor == "TL" and entry.entity == "participant"
    assert entry.entity_id == str(x.participant_id)
    assert entry.detail == {"format": "pdf", "rows": x.rows}
    # The next extract lists the first one among the log's entries.
    with j.session(readonly=True) as s:
        again = build_extract(s, "T2")
    assert again.log.rows[-1][1:4] == ("TL", "registerutdrag", "Deltagarkod")


def test_only_leads_and_the_participants_own_coach_may_export(
    built: tuple[Journal, Built], tmp_path: Path
) -> None:
    j, b = built
    with j.session() as s:
        stranger = staff.ensure_staff(s, "EF").id
    out = tmp_path / "x.pdf"
    export_extract(j, "ÅRB-R-0001", out, b.other_coach, role=Role.COACH)  # CD is its coach
    export_extract(j, "T2", out, b.other_coach, role=Role.COACH)  # CD took T2's readings
    export_extract(j, "ÅRB-R-0001", out, b.lead, role=Role.TEAM_LEAD)
    out.unlink()
    with pytest.raises(ValidationError, match="egen vägledare"):
        export_extract(j, "ÅRB-R-0001", out, stranger, role=Role.COACH)
    with pytest.raises(ValidationError, match="egen vägledare"):
        export_extract(j, "T1", out, b.other_coach, role=Role.COACH)
    assert not out.exists()
    with j.session(readonly=True) as s:
        assert len(audit.entries(s, action="access_export")) == 3


def test_extract_from_the_command_line(
    built_target: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    db, out = built_target, tmp_path / "r.pdf"
    assert main(["--db", db, "--as", "TL", "extract", "T1", "--output", str(out)]) == 0
    assert f"Registerutdrag för T1 sparat: {out}" in capsys.readouterr().out
    assert "Registerutdrag – deltagarkod T1" in pdf_text(out, layout=True)
    assert main(["--db", db, "extract", "NOBODY", "--output", str(out)]) == 1
    assert "Deltagarkoden NOBODY finns inte" in capsys.readouterr().err


def test_a_later_table_about_participants_is_covered_without_code_changes() -> None:
    md = MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(md)
    Table(
        "interview",
        md,
        Column("id", Uuid, primary_key=True),
        Column("case_id", Uuid, ForeignKey("case_file.id")),
        Column("summary", Text),
    )
    names = [t.name for t in subject_tables(md)]
    assert sorted(names) == sorted([t.name for t in subject_tables()] + ["interview"])
    assert {(k.table.name, k.column.key, k.parent.name) for k in participant_links()} == {
        ("case_file", "participant_id", "participant"),
        ("case_closure", "case_id", "case_file"),
        ("case_contact", "case_id", "case_file"),
        ("case_follow_up", "closure_id", "case_closure"),
        ("case_duty_hours", "case_id", "case_file"),
        ("enrolment", "participant_id", "participant"),
        ("attendance", "enrolment_id", "enrolment"),
        ("assessment", "participant_id", "participant"),
        ("assessment_value", "assessment_id", "assessment"),
        ("survey_answer", "participant_id", "participant"),
    }
    with pytest.raises(ValidationError):
        participants.clean_code("GALLRAD-00000000")


def test_the_extract_tells_what_art_15_requires_from_what_a_lead_filled_in_once(
    built: tuple[Journal, Built], tmp_path: Path
) -> None:
    from vagledare.journal import privacy_notice

    j, b = built
    with j.session(readonly=True) as s:
        assert privacy_notice.missing(s) == [
            "Personuppgiftsansvarig",
            "Kontakt till den personuppgiftsansvariga",
            "Ändamål",
            "Rättslig grund",
            "Mottagare",
        ]
    with pytest.raises(ValidationError, match="Bara teamledare"), j.session() as s:
        privacy_notice.set_notice(s, {"controller": "Nämnden"}, by=Role.COACH)
    with pytest.raises(ValidationError), j.session() as s:  # the text guard: no personnummer
        privacy_notice.set_notice(s, {"contact": "Ring 811218-9876"}, by=Role.TEAM_LEAD)
    filled = {
        "controller": "Arbetsmarknadsnämnden, Exempelstads kommun",
        "contact": "Box 1, 631 86 Exempelstad\ndataskyddsombud@exempelstad.se",
        "purposes": "Stöd och vägledning mot arbete och studier; uppföljning.",
        "legal_basis": "Uppgift av allmänt intresse (art. 6.1 e).",
        "recipients": "Inga utanför verksamheten.",
    }
    with j.session(actor_id=b.lead) as s:
        privacy_notice.set_notice(s, filled, by=Role.TEAM_LEAD)
        assert privacy_notice.missing(s) == []
    out = tmp_path / "utdrag.pdf"
    x = export_extract(j, "ÅRB-R-0001", out, b.lead, role=Role.TEAM_LEAD)
    notice = dict(x.notice)
    assert notice["Personuppgiftsansvarig"] == filled["controller"]
    assert notice["Rättslig grund"] == filled["legal_basis"]
    assert notice["Lagringstid"].startswith("Uppgifterna gallras (tas bort) när det gått 2 år")
    for word in ("rättade", "raderade", "begränsas", "Integritetsskyddsmyndigheten (IMY)"):
        assert word in notice["Dina rättigheter"]
    assert dict(x.staff) == {"Utdraget är framtaget av": "TL", "Din vägledare": "CD"}
    text = " ".join(pdf_text(out).split())
    for words in (
        "Om behandlingen av uppgifterna",
        "Arbetsmarknadsnämnden, Exempelstads kommun",
        "dataskyddsombud@exempelstad.se",
        "Utdraget är framtaget av TL",
        "Din vägledare CD",
        "klaga hos Integritetsskyddsmyndigheten",
    ):
        assert words in text, words
    # Left empty, a field says so rather than vanishing
    with j.session(actor_id=b.lead) as s:
        privacy_notice.set_notice(s, {"recipients": ""}, by=Role.TEAM_LEAD)
        assert dict(privacy_notice.sections(s))["Mottagare"] == privacy_notice.MISSING
