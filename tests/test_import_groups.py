"""``import participants`` and ``import attendance``: every row or none, the line named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from group_builders import setup_sites
from sqlalchemy import func, select

from vagledare.cli import main
from vagledare.imports.attendance import import_attendance
from vagledare.journal import enrolments, groups, meetings
from vagledare.journal.db import Journal
from vagledare.journal.models import (
    Attendance,
    AttendanceStatus,
    Enrolment,
    Group,
    GroupSession,
    ImportBatch,
    Outcome,
    Participant,
)

HEADER = "grupp;mötesplats;typ;kod;kön;åldersgrupp;väg;inskriven;utskriven;utfall"
GOOD = (
    "\n".join(
        [
            HEADER,
            "Språkgrupp;Årby;språkgrupp;ÅRB-0001;Kvinna;25-34;Anvisad;2023-01-09;;",
            "Språkgrupp;Årby;språkgrupp;ÅRB-0002;Man;35-44;Medborgarservice;2023-01-10;;",
            "Språkgrupp;Årby;språkgrupp;ÅRB-0003;K;45-54;Egen hand;2023-01-09;2023-03-31;"
            "Studier – SFI",
            "Språkgrupp;Årby;språkgrupp;ÅRB-0004;M;25-34;anvisad;2023-02-01;2023-02-28;"
            "Studier - annan utbildning",
            "Läxhjälp;Fröslunda;läxhjälp;FRÖ-0001;Kvinna;18-24;Egen hand;2023-02-01;;",
        ]
    )
    + "\n"
)
ATT_HEADER = "grupp;mötesplats;datum;kod;närvaro"
ATTENDANCE = (
    "\n".join(
        [
            ATT_HEADER,
            "Språkgrupp;Årby;2023-01-10;ÅRB-0001;Närvarande",
            "Språkgrupp;Årby;2023-01-10;ÅRB-0002;Frånvarande",
            "Språkgrupp;Årby;2023-01-10;ÅRB-0003;Anmäld frånvaro",
            "Språkgrupp;Årby;2023-01-12;ÅRB-0001;närvarande",
        ]
    )
    + "\n"
)
TABLES = (Group, Participant, Enrolment, GroupSession, Attendance, ImportBatch)


def counts(journal: Journal) -> dict[str, int]:
    with journal.session() as s:
        return {t.__tablename__: s.scalar(select(func.count()).select_from(t)) or 0 for t in TABLES}


def run(db_target: str, kind: str, path: Path, *extra: str) -> int:
    return main(["--db", db_target, "--as", "SH", "import", kind, str(path), *extra])


@pytest.fixture
def sited(journal: Journal) -> Journal:
    setup_sites(journal)
    return journal


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_participant_list_creates_groups_codes_and_enrolments(
    db_target: str, sited: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_target, "participants", write(tmp_path, "p.csv", GOOD)) == 0
    out = capsys.readouterr().out
    assert "5 nya inskrivningar" in out and "nya grupper: Språkgrupp, Läxhjälp" in out
    assert counts(sited) == {
        "language_group": 2,
        "participant": 5,
        "enrolment": 5,
        "group_session": 0,
        "attendance": 0,
        "import_batch": 1,
    }
    with sited.session() as s:
        (arby,) = [g for g in groups.list_groups(s) if g.site_name == "Årby"]
        es = {e.code: e for e in enrolments.list_enrolments(s, [arby.id])}
    assert arby.start_date == date(2023, 1, 9)  # the earliest enrolment
    assert es["ÅRB-0003"].outcome is Outcome.STUDIES_SFI
    assert es["ÅRB-0004"].outcome is Outcome.STUDIES_OTHER
    assert es["ÅRB-0002"].left_on is None


def test_an_updated_list_records_leavings_and_an_identical_one_needs_force(
    db_target: str, sited: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_target, "participants", write(tmp_path, "p.csv", GOOD)) == 0
    assert run(db_target, "participants", write(tmp_path, "same.csv", GOOD)) == 1
    assert "--force" in capsys.readouterr().err
    updated = GOOD.replace(
        "ÅRB-0001;Kvinna;25-34;Anvisad;2023-01-09;;",
        "ÅRB-0001;Kvinna;25-34;Anvisad;2023-01-09;2023-05-31;Anställning",
    )
    assert run(db_target, "participants", write(tmp_path, "maj.csv", updated)) == 0
    assert "1 utskrivningar, 4 oförändrade" in capsys.readouterr().out
    assert counts(sited)["enrolment"] == 5
    with sited.session() as s:
        (e,) = [
            x
            for x in enrolments.list_enrolments(s, [g.id for g in groups.list_groups(s)])
            if x.code == "ÅRB-0001"
        ]
    assert (e.left_on, e.outcome) == (date(2023, 5, 31), Outcome.EMPLOYMENT)


BAD_ROWS = [
    (
        "Språkgrupp;Frösunda;språkgrupp;X-1;Kvinna;25-34;Anvisad;2023-01-09;;",
        "kolumn mötesplats: okänd mötesplats 'Frösunda'",
    ),
    (
        "Språkgrupp;Årby;språkkurs;X-1;Kvinna;25-34;Anvisad;2023-01-09;;",
        "kolumn typ: okänt värde 'språkkurs'",
    ),
    (
        "Språkgrupp;Årby;språkcafé;X-1;Kvinna;25-34;Anvisad;2023-01-09;;",
        "kolumn typ: gruppen Språkgrupp på Årby är av en annan typ",
    ),
    (
        "Språkgrupp;Årby;språkgrupp;811218-9876;Kvinna;25-34;Anvisad;2023-01-09;;",
        "kolumn kod: Deltagarkoden ser ut att innehålla ett personnummer",
    ),
    (
        "Språkgrupp;Årby;språkgrupp;ÅRB-0001;Man;25-34;Anvisad;2023-02-09;;",
        "kolumn kön: ÅRB-0001 har ett annat kön på rad 2",
    ),
    (
        "Språkgrupp;Årby;språkgrupp;X-1;Kvinna;70-80;Anvisad;2023-01-09;;",
        "kolumn åldersgrupp: okänd åldersgrupp '70-80'",
    ),
    (
        "Språkgrupp;Årby;språkgrupp;X-1;Kvinna;25-34;Socialtjänsten;2023-01-09;;",
        "kolumn väg: okänt värde 'Socialtjänsten'; skriv Anvisad, Medborgarservice eller Egen hand",
    ),
    (
        "Språkgrupp;Årby;språkgrupp;X-1;Kvinna;25-34;Anvisad;9/1/2023;;",
        "kolumn inskriven: datumet '9/1/2023' ska skrivas ÅÅÅÅ-MM-DD",
    ),
    (
        "Språkgrupp;Årby;språkgrupp;X-1;Kvinna;25-34;Anvisad;2023-01-09;2023-02-01;",
        "kolumn utfall: utskriven och utfall anges tillsammans",
    ),
    (
        "Språkgrupp;Årby;språkgrupp;X-1;Kvinna;25-34;Anvisad;2023-01-09;2023-02-01;Jobb",
        "kolumn utfall: okänt värde 'Jobb'",
    ),
    (
        "Språkgrupp;Årby;språkgrupp;X-1;Kvinna;25-34;Anvisad;2023-01-09;2022-12-01;Annat",
        "kolumn utskriven: 2022-12-01 ligger före inskrivningen",
    ),
    (
        "Språkgrupp;Årby;språkgrupp;ÅRB-0002;Man;35-44;Anvisad;2023-03-01;;",
        "kolumn inskriven: ÅRB-0002 är redan inskriven i gruppen från 2023-01-10",
    ),
]


@pytest.mark.parametrize(("line", "expected"), BAD_ROWS)
def test_bad_participant_row_aborts_whole_import(
    db_target: str,
    sited: Journal,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    line: str,
    expected: str,
) -> None:
    before = counts(sited)
    src = write(tmp_path, "bad.csv", GOOD + line + "\n")
    assert run(db_target, "participants", src) == 1
    assert f"bad.csv, rad 7, {expected}" in capsys.readouterr().err
    assert counts(sited) == before


def test_a_code_registered_elsewhere_must_keep_its_gender(
    db_target: str, sited: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_target, "participants", write(tmp_path, "p.csv", GOOD)) == 0
    before = counts(sited)
    other = f"{HEADER}\nLäxhjälp;Årby;läxhjälp;ÅRB-0002;Kvinna;35-44;Egen hand;2023-04-01;;\n"
    assert run(db_target, "participants", write(tmp_path, "o.csv", other)) == 1
    assert "o.csv, rad 2, kolumn kön: deltagarkoden ÅRB-0002 är registrerad med ett annat kön" in (
        capsys.readouterr().err
    )
    assert counts(sited) == before


def test_attendance_file_creates_sessions_and_marks(
    db_target: str, sited: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_target, "participants", write(tmp_path, "p.csv", GOOD)) == 0
    assert run(db_target, "attendance", write(tmp_path, "a.csv", ATTENDANCE)) == 0
    assert "4 närvaromarkeringar, 0 oförändrade, 2 nya tillfällen" in capsys.readouterr().out
    c = counts(sited)
    assert (c["group_session"], c["attendance"], c["import_batch"]) == (2, 4, 2)
    with sited.session() as s:
        g = groups.list_groups(s)[1]
        assert g.site_name == "Årby"
        tenth = meetings.session_on(s, g.id, date(2023, 1, 10))
        rows = s.execute(select(Attendance.status)).scalars().all()
    assert tenth is not None and tenth.taken
    assert (tenth.present, tenth.absent, tenth.excused) == (1, 1, 1)
    assert sorted(rows) == sorted(
        [
            AttendanceStatus.PRESENT,
            AttendanceStatus.ABSENT,
            AttendanceStatus.EXCUSED,
            AttendanceStatus.PRESENT,
        ]
    )
    # The same marks again (with --force) change nothing; a contradicting mark is refused.
    assert run(db_target, "attendance", tmp_path / "a.csv") == 1
    assert run(db_target, "attendance", tmp_path / "a.csv", "--force") == 0
    assert "0 närvaromarkeringar, 4 oförändrade" in capsys.readouterr().out
    clash = f"{ATT_HEADER}\nSpråkgrupp;Årby;2023-01-10;ÅRB-0002;Närvarande\n"
    assert run(db_target, "attendance", write(tmp_path, "c.csv", clash)) == 1
    assert (
        "c.csv, rad 2, kolumn närvaro: närvaron är redan registrerad som Frånvarande"
        in capsys.readouterr().err
    )


BAD_ATTENDANCE = [
    ("Språkcafé;Årby;2023-01-10;ÅRB-0001;Närvarande", "kolumn grupp: okänd grupp 'Språkcafé'"),
    (
        "Språkgrupp;Årby;2023-01-10;ÅRB-0004;Närvarande",
        "kolumn kod: ÅRB-0004 är inte inskriven i Språkgrupp på Årby 2023-01-10",
    ),
    (
        "Språkgrupp;Årby;2023-04-04;ÅRB-0003;Närvarande",
        "kolumn kod: ÅRB-0003 är inte inskriven i Språkgrupp på Årby 2023-04-04",
    ),
    (
        "Språkgrupp;Årby;2023-01-12;ÅRB-0001;Frånvarande",
        "kolumn kod: ÅRB-0001 har redan en närvaro 2023-01-12 på rad 5",
    ),
    ("Språkgrupp;Årby;2023-01-12;ÅRB-0002;Sjuk", "kolumn närvaro: okänt värde 'Sjuk'"),
    ("Språkgrupp;Årby;2099-01-12;ÅRB-0002;Närvarande", "kolumn datum: 2099-01-12 har inte varit"),
]


@pytest.mark.parametrize(("line", "expected"), BAD_ATTENDANCE)
def test_bad_attendance_row_aborts_whole_import(
    db_target: str,
    sited: Journal,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    line: str,
    expected: str,
) -> None:
    assert run(db_target, "participants", write(tmp_path, "p.csv", GOOD)) == 0
    before = counts(sited)
    assert run(db_target, "attendance", write(tmp_path, "bad.csv", ATTENDANCE + line + "\n")) == 1
    assert f"bad.csv, rad 6, {expected}" in capsys.readouterr().err
    assert counts(sited) == before


def test_attendance_for_a_cancelled_session_is_refused(
    db_target: str, sited: Journal, tmp_path: Path
) -> None:
    assert run(db_target, "participants", write(tmp_path, "p.csv", GOOD)) == 0
    with sited.session() as s:
        g = next(x for x in groups.list_groups(s) if x.site_name == "Årby")
        x = meetings.add_session(s, g.id, date(2023, 1, 12), None, None, None)
        meetings.cancel_session(s, x.id, "Stängt")
    before = counts(sited)
    with (
        pytest.raises(ValueError, match="rad 5, kolumn datum: tillfället 2023-01-12"),
        sited.session() as s,
    ):
        import_attendance(s, "a.csv", None, data=ATTENDANCE.encode())
    assert counts(sited) == before


GUEST_HEADER = ATT_HEADER + ";gäster kvinnor;gäster män;gäster ej angivet"
GUESTS = (
    "\n".join(
        [
            GUEST_HEADER,
            "Språkgrupp;Årby;2023-01-10;ÅRB-0001;Närvarande;6;4;1",
            "Språkgrupp;Årby;2023-01-10;ÅRB-0002;Frånvarande;;;",
            "Språkgrupp;Årby;2023-01-10;ÅRB-0003;Anmäld frånvaro;6;4;1",
            "Språkgrupp;Årby;2023-01-12;;;12;0;",  # walk-in visitors only
        ]
    )
    + "\n"
)


def test_attendance_with_guest_columns_counts_the_walk_in_visitors(
    db_target: str, sited: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_target, "participants", write(tmp_path, "p.csv", GOOD)) == 0
    assert run(db_target, "attendance", write(tmp_path, "g.csv", GUESTS)) == 0
    out = capsys.readouterr().out
    assert "4 rader från g.csv: 3 närvaromarkeringar, 0 oförändrade, 2 nya tillfällen, " in out
    assert "gäster på 2 tillfällen." in out
    with sited.session() as s:
        g = next(x for x in groups.list_groups(s) if x.site_name == "Årby")
        tenth = meetings.session_on(s, g.id, date(2023, 1, 10))
        twelfth = meetings.session_on(s, g.id, date(2023, 1, 12))
    assert tenth is not None and twelfth is not None
    assert (tenth.guests.women, tenth.guests.men, tenth.guests.unstated) == (6, 4, 1)
    assert tenth.present == 1 and tenth.attendance == 1 + 11
    assert (twelfth.guests.total, twelfth.present, twelfth.taken) == (12, 0, True)
    # The same guests again agree; other numbers for a session the journal has are refused.
    assert run(db_target, "attendance", tmp_path / "g.csv", "--force") == 0
    other = f"{GUEST_HEADER}\nSpråkgrupp;Årby;2023-01-12;;;12;1;\n"
    assert run(db_target, "attendance", write(tmp_path, "o.csv", other)) == 1
    assert (
        "o.csv, rad 2, kolumn gäster män: tillfället 2023-01-12 i Språkgrupp har redan "
        "12 / 0 / 0 gäster" in capsys.readouterr().err
    )


def test_a_file_without_guest_columns_leaves_the_guests_alone(
    db_target: str, sited: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_target, "participants", write(tmp_path, "p.csv", GOOD)) == 0
    assert run(db_target, "attendance", write(tmp_path, "g.csv", GUESTS)) == 0
    plain = f"{ATT_HEADER}\nSpråkgrupp;Årby;2023-01-10;ÅRB-0001;Närvarande\n"
    assert run(db_target, "attendance", write(tmp_path, "a.csv", plain)) == 0
    assert "1 rader från a.csv: 0 närvaromarkeringar, 1 oförändrade, 0 nya tillfällen.\n" in (
        capsys.readouterr().out
    )
    with sited.session() as s:
        g = next(x for x in groups.list_groups(s) if x.site_name == "Årby")
        tenth = meetings.session_on(s, g.id, date(2023, 1, 10))
    assert tenth is not None and tenth.guests.total == 11


BAD_GUESTS = [
    ("Språkgrupp;Årby;2023-01-12;;;-3;0;0", "kolumn gäster kvinnor: antalet gäster '-3'"),
    ("Språkgrupp;Årby;2023-01-12;;;tre;0;0", "kolumn gäster kvinnor: antalet gäster 'tre'"),
    ("Språkgrupp;Årby;2023-01-12;;;0;501;0", "kolumn gäster män: antalet gäster (501)"),
    (
        "Språkgrupp;Årby;2023-01-12;ÅRB-0002;Närvarande;12;0;2",
        "kolumn gäster ej angivet: rad 5 anger andra gäster för Språkgrupp 2023-01-12",
    ),
    ("Språkgrupp;Årby;2023-01-12;;;;;", "kolumn kod: "),
]


@pytest.mark.parametrize(("line", "expected"), BAD_GUESTS)
def test_bad_guest_counts_abort_the_whole_import(
    db_target: str,
    sited: Journal,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    line: str,
    expected: str,
) -> None:
    assert run(db_target, "participants", write(tmp_path, "p.csv", GOOD)) == 0
    before = counts(sited)
    assert run(db_target, "attendance", write(tmp_path, "bad.csv", GUESTS + line + "\n")) == 1
    assert f"bad.csv, rad 6, {expected}" in capsys.readouterr().err
    assert counts(sited) == before
