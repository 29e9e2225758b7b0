"""``import dropin``: every row or none, and a message naming line, column and value."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import froslunda_csv
from conftest import fixture_path
from sqlalchemy import func, select

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal.models import Gender, ImportBatch, QuickCase

HEADER = "tidpunkt;mötesplats;kategori;åldersgrupp;kön\n"
GOOD = HEADER + "2023-03-01 10:15;Fröslunda;Söka arbete;25-34;Kvinna\n"


def rows(desk: Desk) -> int:
    with desk.journal.session() as s:
        return s.scalar(select(func.count()).select_from(QuickCase)) or 0


def run_import(db: str, path: Path, *extra: str) -> int:
    return main(["--db", db, "--as", "AB", "import", "dropin", str(path), *extra])


def test_seed_visits_import_and_report_the_fixture(
    db_target: str, desk: Desk, tmp_path: Path
) -> None:
    src = tmp_path / "visits.csv"
    src.write_text(froslunda_csv(), encoding="utf-8")
    assert run_import(db_target, src) == 0
    assert rows(desk) == 502
    out = tmp_path / "r.csv"
    assert (
        main(
            [
                "--db",
                db_target,
                "report",
                "dropin",
                "--from",
                "2023-01-01",
                "--to",
                "2023-08-31",
                "--format",
                "csv",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    assert (
        out.read_bytes() == fixture_path("froslunda-dropin-2023-01-01--2023-08-31.csv").read_bytes()
    )


def test_bom_commas_english_header_en_dash_and_short_genders(
    db_target: str, desk: Desk, tmp_path: Path
) -> None:
    src = tmp_path / "v.csv"
    src.write_bytes(
        "\ufefftimestamp,site,category,age_band,gender\r\n"
        "2023-03-01 10:15,fröslunda,söka arbete,25–34,K\r\n"
        "2023-03-01 10:20,Fröslunda,Övrigt,55-64,M\r\n\r\n".encode()
    )
    assert run_import(db_target, src) == 0
    assert rows(desk) == 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "2023-03-01 10:15;Frösunda;Söka arbete;25-34;Kvinna",
            "rad 3, kolumn mötesplats: okänd mötesplats 'Frösunda'",
        ),
        (
            "2023-03-01 10:15;Fröslunda;Söka jobb;25-34;Kvinna",
            "rad 3, kolumn kategori: okänd kategori 'Söka jobb'",
        ),
        (
            "2023-03-01 10:15;Fröslunda;Söka arbete;65-70;Kvinna",
            "rad 3, kolumn åldersgrupp: okänd åldersgrupp '65-70'",
        ),
        ("2023-03-01 10:15;Fröslunda;Söka arbete;25-34;X", "rad 3, kolumn kön: okänt kön 'X'"),
        (
            "2023-03-01;Fröslunda;Söka arbete;25-34;Kvinna",
            "rad 3, kolumn tidpunkt: tidpunkten '2023-03-01'",
        ),
        ("2023-02-30 10:00;Fröslunda;Söka arbete;25-34;Kvinna", "rad 3, kolumn tidpunkt"),
        ("2023-03-01 10:15;Fröslunda;Söka arbete;25-34", "rad 3: raden har 4 fält men rubriken 5"),
    ],
)
def test_bad_row_aborts_whole_import(
    db_target: str,
    desk: Desk,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    line: str,
    expected: str,
) -> None:
    src = tmp_path / "bad.csv"
    src.write_text(GOOD + line + "\n", encoding="utf-8")
    assert run_import(db_target, src) == 1
    err = capsys.readouterr().err
    assert f"bad.csv, {expected}" in err
    assert rows(desk) == 0
    with desk.journal.session() as s:
        assert s.scalar(select(func.count()).select_from(ImportBatch)) == 0


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "filen är tom"),
        ("tidpunkt;mötesplats;kategori;åldersgrupp;kön\n".encode(), "bara en rubrikrad"),
        ("tidpunkt;plats;kategori;åldersgrupp;kön\n".encode(), "rad 1: okänd kolumn 'plats'"),
        (
            GOOD.encode("cp1252"),
            "rad 1: filen är inte UTF-8",
        ),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(
    db_target: str,
    desk: Desk,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    expected: str,
) -> None:
    src = tmp_path / "f.csv"
    src.write_bytes(data)
    assert run_import(db_target, src) == 1
    assert expected in capsys.readouterr().err
    assert rows(desk) == 0


def test_same_content_again_needs_force(
    db_target: str, desk: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "v.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert run_import(db_target, src) == 0
    # The same rows with another BOM, delimiter and line ending are the same content.
    again = tmp_path / "again.csv"
    again.write_bytes(("\ufeff" + GOOD.replace(";", ",").replace("\n", "\r\n")).encode())
    assert run_import(db_target, again) == 1
    assert "--force" in capsys.readouterr().err
    assert rows(desk) == 1
    assert run_import(db_target, again, "--force") == 0
    assert rows(desk) == 2


@pytest.mark.sqlite_only
def test_import_writes_a_backup_first(db_target: str, desk: Desk, tmp_path: Path) -> None:
    src = tmp_path / "v.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert run_import(db_target, src) == 0
    assert list((desk.journal.path.parent / "backups").glob("journal-import-*.sqlite"))


def test_imported_rows_are_stored_exactly_like_logged_ones(
    db_target: str, desk: Desk, tmp_path: Path
) -> None:
    import uuid
    from datetime import datetime

    site = desk.site
    desk.log(
        site.categories[0].id, site.age_bands[0].id, Gender.WOMAN, at=datetime(2023, 3, 1, 10, 15)
    )
    src = tmp_path / "v.csv"
    src.write_text(GOOD, encoding="utf-8")
    assert run_import(db_target, src) == 0
    with desk.journal.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT occurred_at, id, gender FROM quick_case").all()
    (logged_at, logged_id, logged_gender), (imported_at, imported_id, imported_gender) = stored
    assert logged_at == imported_at and logged_gender == imported_gender == "woman"
    assert type(logged_id) is type(imported_id)
    if desk.journal.is_sqlite:  # the file's own text form
        assert (logged_at, len(logged_id)) == ("2023-03-01 10:15:00.000000", 32)
    else:  # timestamp without time zone, native uuid
        assert logged_at == datetime(2023, 3, 1, 10, 15) and isinstance(logged_id, uuid.UUID)


def test_the_fast_path_stores_what_the_orm_would_row_for_row(desk: Desk, tmp_path: Path) -> None:
    """``import dropin`` writes through ``bulk_insert_rows`` (tuples, whole columns converted at
    once, SQLite's DATETIME by ``isoformat``); the ORM given the same values stores the same
    driver values in every column."""
    from sqlalchemy import delete, inspect

    from vagledare.imports.dropin import import_dropin

    src = tmp_path / "v.csv"
    src.write_text(
        "tidpunkt;mötesplats;kategori;åldersgrupp;kön;besök;återkommande\n"
        "2023-03-01 10:15;Fröslunda;Söka arbete;25-34;Kvinna;a;ja\n"
        "2023-03-01 10:15:30;fröslunda;Söka arbete;25-34;K;a;\n"
        "2023-03-02 08:00;Fröslunda;Övrigt;18-24;Man;;nej\n"
        "0999-12-31 23:59;Fröslunda;Övrigt;18-24;ej angivet;;\n",
        encoding="utf-8",
    )
    table = QuickCase.__table__
    sql = f"SELECT {', '.join(c.name for c in table.columns)} FROM quick_case ORDER BY id"
    with desk.journal.session(actor_id=desk.staff.id) as s:
        import_dropin(s, src, desk.staff.id)
    with desk.journal.session() as s:
        fast = s.connection().exec_driver_sql(sql).all()
        attrs = [a.key for a in inspect(QuickCase).column_attrs]
        values = [{k: getattr(q, k) for k in attrs} for q in s.scalars(select(QuickCase))]
        s.execute(delete(QuickCase))
    assert len(fast) == 4
    with desk.journal.session() as s:
        s.add_all(QuickCase(**v) for v in values)
    with desk.journal.session() as s:
        orm = s.connection().exec_driver_sql(sql).all()
    assert [tuple(r) for r in orm] == [tuple(r) for r in fast]
