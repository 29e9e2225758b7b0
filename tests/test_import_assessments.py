"""``import assessments``: every row or none; a bad row names its line, column and value."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import assessments, participants
from vagledare.journal.models import Assessment, AssessmentValue, Gender, ImportBatch, Respondent

HEADER = "kod;datum;besvarad_av;f1;f2;f3;f4;f5;f6;f7\n"
GOOD = HEADER + (
    "FRÖ-1;2023-03-01;deltagare;3;4;;5;6;7;\n"
    "FRÖ-1;2023-03-01;vägledare;2;3;4;5;5;6;4\n"
    "FRÖ-2;2023-03-02;Deltagare;10;1;1;1;1;1;\n"
)


@pytest.fixture
def registered(desk: Desk) -> Desk:
    with desk.journal.session() as s:
        for code in ("FRÖ-1", "FRÖ-2"):
            participants.register_participant(
                s, desk.site.id, Gender.WOMAN, "25-34", desk.staff.id, code=code
            )
    return desk


def counts(desk: Desk) -> tuple[int, int, int]:
    with desk.journal.session() as s:
        return (
            s.scalar(select(func.count()).select_from(Assessment)) or 0,
            s.scalar(select(func.count()).select_from(AssessmentValue)) or 0,
            s.scalar(select(func.count()).select_from(ImportBatch)) or 0,
        )


def run_import(db: str, path: Path, *extra: str) -> int:
    return main(["--db", db, "--as", "AB", "import", "assessments", str(path), *extra])


def test_good_file_imports_every_reading_with_declined_values(
    db_target: str, registered: Desk, tmp_path: Path
) -> None:
    src = tmp_path / "m.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert run_import(db_target, src) == 0
    assert counts(registered) == (3, 6 + 7 + 6, 1)
    with registered.journal.session() as s:
        p = participants.find_participant(s, "FRÖ-1")
        own, coach = assessments.list_readings(s, p.id)
    assert own.respondent is Respondent.PARTICIPANT and coach.respondent is Respondent.COACH
    assert own.values == ((1, 3), (2, 4), (3, None), (4, 5), (5, 6), (6, 7))
    assert not own.asked(7)
    assert coach.value(7) == 4
    assert own.version == 1 and own.coach == "AB"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "FRÖ-1;2023-03-05;deltagare;3;4;5;5;6;7;8",
            "rad 3, kolumn f7: värdet '8': Faktor 7 (Vägledarens tilltro till att deltagaren får "
            "arbete) besvaras bara av vägledaren.",
        ),
        (
            "FRÖ-9;2023-03-05;deltagare;3;4;5;5;6;7;",
            "rad 3, kolumn kod: deltagarkoden 'FRÖ-9' finns inte i registret",
        ),
        (
            "811218-9876;2023-03-05;deltagare;3;4;5;5;6;7;",
            "rad 3, kolumn kod: Deltagarkoden ser ut att innehålla ett personnummer",
        ),
        (
            "FRÖ-1;2023-03-05;deltagare;3;11;5;5;6;7;",
            "rad 3, kolumn f2: värdet '11' ska vara ett heltal 1–10",
        ),
        ("FRÖ-1;2023-03-05;deltagare;3;4;0;5;6;7;", "rad 3, kolumn f3: värdet '0'"),
        ("FRÖ-1;2023-03-05;deltagare;3;4;x;5;6;7;", "rad 3, kolumn f3: värdet 'x'"),
        ("FRÖ-1;5/3/2023;deltagare;3;4;5;5;6;7;", "rad 3, kolumn datum: datumet '5/3/2023'"),
        ("FRÖ-1;2023-02-30;deltagare;3;4;5;5;6;7;", "rad 3, kolumn datum: datumet '2023-02-30'"),
        (
            "FRÖ-1;2999-01-01;deltagare;3;4;5;5;6;7;",
            "rad 3, kolumn datum: datumet '2999-01-01' har",
        ),
        ("FRÖ-1;2023-03-05;tolk;3;4;5;5;6;7;", "rad 3, kolumn besvarad_av: okänt värde 'tolk'"),
        ("FRÖ-1;2023-03-05;deltagare;;;;;;;", "rad 3: Mätningen har inga värden"),
        (
            "FRÖ-1;2023-03-01;deltagare;3;4;5;5;6;7;",
            "rad 3: det finns redan en mätning för FRÖ-1 besvarad av deltagare 2023-03-01 (rad 2",
        ),
        ("FRÖ-1;2023-03-05;deltagare;3;4;5;5;6;7", "rad 3: raden har 9 fält men rubriken 10"),
    ],
)
def test_bad_row_aborts_whole_import_and_changes_nothing(
    db_target: str,
    registered: Desk,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    line: str,
    expected: str,
) -> None:
    src = tmp_path / "bad.csv"
    src.write_text(HEADER + "FRÖ-1;2023-03-01;deltagare;3;4;;5;6;7;\n" + line + "\n", "utf-8")
    assert run_import(db_target, src) == 1
    err = capsys.readouterr().err
    assert f"bad.csv, {expected}" in err
    assert counts(registered) == (0, 0, 0)


def test_comment_column_is_checked_for_identity_numbers(
    db_target: str, registered: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "c.csv"
    src.write_text(
        HEADER.replace("f7\n", "f7;kommentar\n")
        + "FRÖ-1;2023-03-01;deltagare;3;4;;5;6;7;;Pratade om CV\n"
        + "FRÖ-2;2023-03-01;deltagare;3;4;;5;6;7;;pnr 811218-9876\n",
        "utf-8",
    )
    assert run_import(db_target, src) == 1
    assert "c.csv, rad 3, kolumn kommentar: Kommentaren ser ut att innehålla" in (
        capsys.readouterr().err
    )
    assert counts(registered) == (0, 0, 0)


def test_a_reading_already_in_the_journal_is_refused(
    db_target: str, registered: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "m.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert run_import(db_target, src) == 0
    other = tmp_path / "other.csv"
    other.write_text(
        HEADER
        + "FRÖ-2;2023-06-01;deltagare;5;5;5;5;5;5;\n"
        + "FRÖ-2;2023-03-02;deltagare;9;9;9;9;9;9;\n",
        "utf-8",
    )
    assert run_import(db_target, other) == 1
    assert "rad 3: det finns redan en mätning för FRÖ-2" in capsys.readouterr().err
    assert counts(registered) == (3, 19, 1)


def test_same_content_again_needs_force(
    db_target: str, registered: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "m.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert run_import(db_target, src) == 0
    assert run_import(db_target, src) == 1
    assert "--force" in capsys.readouterr().err
    # With --force the content is read again, but readings already there are still refused.
    assert run_import(db_target, src, "--force") == 1
    assert "det finns redan en mätning" in capsys.readouterr().err
    # After deleting them (with a reason) the same file can be imported again with --force.
    with registered.journal.session() as s:
        for code in ("FRÖ-1", "FRÖ-2"):
            p = participants.find_participant(s, code)
            for r in assessments.list_readings(s, p.id):
                assessments.delete_reading(s, r.id, "Importerades två gånger", None)
    assert run_import(db_target, src, "--force") == 0
    assert counts(registered) == (6, 38, 2)
