"""``import cases``: every row or none; a bad row is named by line and column and nothing of the
file reaches the journal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from case_builders import HEADER
from sqlalchemy import func, select

from vagledare.cli import main
from vagledare.journal import cases, sites
from vagledare.journal.case_list import list_cases
from vagledare.journal.db import Journal
from vagledare.journal.models import (
    Case,
    Closure,
    ClosureReason,
    Gender,
    ImportBatch,
    Participant,
    Route,
)

GOOD = "FRÖ-2022-0001;Fröslunda;Medborgarservice;Kvinna;25-34;2022-02-01;2022-05-02;Studier"


@pytest.fixture
def db(journal: Journal) -> Journal:
    """Fröslunda and Årby, and one case already in the journal (so 'unchanged' means it)."""
    with journal.session() as s:
        fro = sites.add_site(s, "Fröslunda")
        sites.add_site(s, "Årby")
        cid = cases.open_case(
            s,
            site_id=fro.id,
            route=Route.REFERRED,
            start=date(2022, 1, 10),
            gender=Gender.MAN,
            age_band="45-54",
            author_id=None,
            code="FRÖ-2021-0099",
        )
        cases.close_case(s, cid, date(2022, 3, 1), ClosureReason.MOVED_AWAY, None)
        cases.open_case(
            s,
            site_id=fro.id,
            route=Route.CITIZEN_SERVICE,
            start=date(2022, 6, 1),
            gender=Gender.WOMAN,
            age_band="18-24",
            author_id=None,
            code="FRÖ-2021-0100",
        )
    return journal


def counts(journal: Journal) -> tuple[int, ...]:
    with journal.session() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t)) or 0
            for t in (Case, Closure, Participant, ImportBatch)
        )


def run(db: str, path: Path, *extra: str) -> int:
    return main(["--db", db, "--as", "AB", "import", "cases", str(path), *extra])


def write(tmp_path: Path, *lines: str, header: str = HEADER) -> Path:
    path = tmp_path / "cases.csv"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def test_new_codes_are_registered_and_a_known_code_gets_another_case(
    db_target: str, db: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write(
        tmp_path,
        GOOD,
        "FRÖ-2022-0001;Fröslunda;Anvisad;K;25-34;2022-05-02;;",
        "FRÖ-2021-0099;Årby;anvisad via ekonomiskt bistånd;Man;55-64;2022-03-01;2022-09-30;"
        "avviktit",
    )
    assert run(db_target, src) == 0
    assert "3 ärenden importerade från cases.csv (1 nya deltagarkoder, 2 avslutade)" in (
        capsys.readouterr().out
    )
    assert counts(db) == (5, 3, 3, 1)
    with db.session() as s:
        mine = list_cases(s, code_search="FRÖ-2022-0001")
        again = list_cases(s, code_search="FRÖ-2021-0099")
    assert [(c.route, c.is_open) for c in mine] == [
        (Route.REFERRED, True),
        (Route.CITIZEN_SERVICE, False),
    ]
    assert mine[1].closure.reason is ClosureReason.STUDIES
    assert [(c.site, c.age_band) for c in again] == [("Årby", "55-64"), ("Fröslunda", "45-54")]
    assert again[0].closure.reason is ClosureReason.DROPPED_OUT


def test_english_header_and_reimport_needs_force(
    db_target: str, db: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write(
        tmp_path,
        GOOD.replace("FRÖ-2022-0001", "X1"),
        header="code,site,route,gender,age_band,start,closed,reason".replace(",", ";"),
    )
    assert run(db_target, src) == 0
    assert run(db_target, src) == 1
    assert "redan importerats; använd --force" in capsys.readouterr().err
    assert run(db_target, src, "--force") == 1  # the same case again would overlap the first
    assert "har redan ett ärende 2022-02-01–2022-05-02 i journalen" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["FRÖ-1;Fröslunda;Medborgarservice;Kvinna;25-34;2022-02-01;2022-05-02;Jobb"],
            "rad 3, kolumn orsak: okänd orsak 'Jobb'",
        ),
        (
            ["FRÖ-1;Fröslunda;Medborgarservice;Kvinna;25-34;2022-02-01;2022-01-31;Studier"],
            "rad 3, kolumn avslut: avslutet 2022-01-31 ligger före starten 2022-02-01",
        ),
        (
            ["FRÖ-1;Fröslunda;Medborgarservice;Kvinna;25-34;2022-02-01;2022-05-02;"],
            "rad 3, kolumn orsak: avslutsdatum utan orsak",
        ),
        (
            ["FRÖ-1;Fröslunda;Medborgarservice;Kvinna;25-34;2022-02-01;;Studier"],
            "rad 3, kolumn avslut: orsak 'Studier' utan avslutsdatum",
        ),
        (
            ["FRÖ-2021-0100;Fröslunda;Anvisad;Kvinna;25-34;2022-08-01;;"],
            "rad 3, kolumn start: deltagarkoden FRÖ-2021-0100 har redan ett öppet ärende sedan "
            "2022-06-01 i journalen",
        ),
        (
            [
                "FRÖ-1;Fröslunda;Anvisad;Kvinna;25-34;2022-08-01;;",
                "FRÖ-1;Årby;Medborgarservice;Kvinna;25-34;2022-09-01;;",
            ],
            "rad 4, kolumn start: deltagarkoden FRÖ-1 har redan ett öppet ärende sedan 2022-08-01 "
            "på rad 3",
        ),
        (
            [
                "FRÖ-1;Fröslunda;Anvisad;Kvinna;25-34;2022-08-01;2022-10-01;Studier",
                "FRÖ-1;Årby;Medborgarservice;Kvinna;25-34;2022-07-01;2022-08-15;Avvikit",
            ],
            "rad 4, kolumn start: deltagarkoden FRÖ-1 har redan ett ärende 2022-08-01–2022-10-01",
        ),
        (
            ["FRÖ-2021-0099;Fröslunda;Anvisad;Kvinna;25-34;2022-08-01;;"],
            "rad 3, kolumn kön: deltagarkoden FRÖ-2021-0099 är registrerad som man i journalen, "
            "men raden anger kvinna",
        ),
        (
            [
                "FRÖ-1;Fröslunda;Anvisad;Kvinna;25-34;2021-08-01;2021-10-01;Studier",
                "FRÖ-1;Årby;Anvisad;M;25-34;2022-08-01;;",
            ],
            "rad 4, kolumn kön: deltagarkoden FRÖ-1 är registrerad som kvinna på rad 3",
        ),
        (
            ["811218-9876;Fröslunda;Anvisad;Kvinna;25-34;2022-08-01;;"],
            "rad 3, kolumn kod: Deltagarkoden ser ut att innehålla ett personnummer",
        ),
        (
            ["FRÖ-1;Frösunda;Anvisad;Kvinna;25-34;2022-08-01;;"],
            "rad 3, kolumn mötesplats: okänd mötesplats 'Frösunda'",
        ),
        (
            ["FRÖ-1;Fröslunda;Egen;Kvinna;25-34;2022-08-01;;"],
            "rad 3, kolumn väg: okänd väg 'Egen'; skriv Medborgarservice eller Anvisad",
        ),
        (["FRÖ-1;Fröslunda;Anvisad;X;25-34;2022-08-01;;"], "rad 3, kolumn kön: okänt kön 'X'"),
        (
            ["FRÖ-1;Fröslunda;Anvisad;Kvinna;65-70;2022-08-01;;"],
            "rad 3, kolumn åldersgrupp: okänd åldersgrupp '65-70'",
        ),
        (
            ["FRÖ-1;Fröslunda;Anvisad;Kvinna;25-34;1/8 2022;;"],
            "rad 3, kolumn start: startdatumet '1/8 2022' ska skrivas ÅÅÅÅ-MM-DD",
        ),
        (
            ["FRÖ-1;Fröslunda;Anvisad;Kvinna;25-34;2999-01-01;;"],
            "rad 3, kolumn start: startdatumet 2999-01-01 ligger i framtiden",
        ),
    ],
)
def test_bad_row_aborts_whole_import(
    db_target: str,
    db: Journal,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lines: list[str],
    expected: str,
) -> None:
    before = counts(db)
    assert before == (2, 1, 2, 0)
    src = write(tmp_path, GOOD, *lines)
    assert run(db_target, src) == 1
    assert f"cases.csv, {expected}" in capsys.readouterr().err
    assert counts(db) == before


@pytest.mark.parametrize(
    ("kind", "optional"),
    [
        (
            "cases",
            "ingång;vägledare;ferie;kommunala studier;aktivitetsplikt från;aktivitetsplikt till",
        ),
        ("dropin", "besök;återkommande"),
        ("attendance", "gäster kvinnor;gäster män;gäster ej angivet"),
    ],
)
def test_import_help_names_the_optional_columns(
    capsys: pytest.CaptureFixture[str], kind: str, optional: str
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["import", kind, "--help"])
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert f"valfritt {optional})" in text
