"""The drop-in table: exact numbers, layout, and the fixture reproduced byte for byte."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from builders import log_froslunda
from conftest import fixture_path
from pdf_text import pdf_text

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import quick_cases, sites
from vagledare.journal.models import Gender
from vagledare.reports.dropin import dropin_report
from vagledare.reports.fmt import format_value
from vagledare.reports.periods import Period, interim, month, parse_month
from vagledare.reports.render.csv import csv_text
from vagledare.reports.table import Mean, Share

FIXTURE = "froslunda-dropin-2023-01-01--2023-08-31.csv"
PERIOD = Period(date(2023, 1, 1), date(2023, 8, 31))


@pytest.fixture
def seeded(desk: Desk) -> Desk:
    log_froslunda(desk.journal, desk.site, desk.staff.id)
    return desk


def test_fixture_reproduced_byte_for_byte(db_target: str, seeded: Desk, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    code = main(
        [
            "--db",
            db_target,
            "report",
            "dropin",
            "--site",
            "Fröslunda",
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
    assert code == 0
    assert out.read_bytes() == fixture_path(FIXTURE).read_bytes()


def test_table_totals_match_the_seed(seeded: Desk) -> None:
    with seeded.journal.session() as s:
        t = dropin_report(s, PERIOD)
    assert t.value("Kvinnor", "Totalt", "Totalt") == 294
    assert t.value("Män", "Totalt", "Totalt") == 208
    assert t.value("Totalt", "Totalt", "Totalt") == 502
    assert t.value("Kvinnor", "Ansökningshandlingar", "35-44") == 52
    assert t.value("Män", "Övrigt", "55-64") == 22
    assert [sec.key for sec in t.sections] == ["Kvinnor", "Män", "Totalt"]


def test_delar2_preset_equals_the_free_range(seeded: Desk) -> None:
    with seeded.journal.session() as s:
        assert csv_text(dropin_report(s, interim(2023, 2))) == csv_text(dropin_report(s, PERIOD))


def test_period_bounds_are_inclusive_and_removed_entries_do_not_count(desk: Desk) -> None:
    cat, band = desk.site.categories[0], desk.site.age_bands[0]
    for at in (
        datetime(2023, 2, 28, 23, 59),
        datetime(2023, 3, 1, 0, 0),
        datetime(2023, 3, 31, 23, 59),
        datetime(2023, 4, 1, 0, 0),
    ):
        desk.log(cat.id, band.id, Gender.WOMAN, at=at)
    mistaken = desk.log(cat.id, band.id, Gender.WOMAN, at=datetime(2023, 3, 15, 10, 0))
    desk.remove(mistaken.ids[0], "Felklick")
    with desk.journal.session() as s:
        t = dropin_report(s, parse_month("2023-03"))
    assert t.value("Totalt", "Totalt", "Totalt") == 2


def test_unstated_gender_gets_a_block_only_when_used(desk: Desk) -> None:
    cat, band = desk.site.categories[1], desk.site.age_bands[1]
    desk.log(cat.id, band.id, Gender.MAN, at=datetime(2023, 5, 2, 10))
    with desk.journal.session() as s:
        assert [x.key for x in dropin_report(s, month(2023, 5)).sections] == [
            "Kvinnor",
            "Män",
            "Totalt",
        ]
    desk.log(cat.id, band.id, Gender.UNSTATED, at=datetime(2023, 5, 2, 11))
    with desk.journal.session() as s:
        t = dropin_report(s, month(2023, 5))
    assert [x.key for x in t.sections] == ["Kvinnor", "Män", "Ej angivet", "Totalt"]
    assert t.value("Totalt", "Totalt", "Totalt") == 2


def test_columns_follow_the_sites_age_bands_and_retired_categories_keep_history(desk: Desk) -> None:
    with desk.journal.session() as s:
        site = sites.add_age_band(s, desk.site.id, "65+")
        site = sites.add_age_band(s, desk.site.id, "16-17")
    desk.site = site
    old = site.category("Övrigt")
    desk.log(old.id, site.age_band("65+").id, Gender.WOMAN, at=datetime(2023, 6, 1, 9))
    with desk.journal.session() as s:
        sites.retire_category(s, old.id)
        with pytest.raises(ValueError, match="har använts"):
            sites.rename_category(s, old.id, "Annat")
    with desk.journal.session() as s:
        t = dropin_report(s, month(2023, 6))
    assert t.columns == ("16-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", "Totalt")
    assert t.value("Kvinnor", "Övrigt", "65+") == 1
    with desk.journal.session() as s:
        july = dropin_report(s, month(2023, 7))
    assert "Övrigt" not in {row.label for _, row in july.rows()}


def test_several_sites_are_added_up_by_category_name(desk: Desk) -> None:
    with desk.journal.session() as s:
        arby = sites.add_site(s, "Årby", desk.staff.id)
    at = datetime(2023, 3, 3, 10)
    for site in (desk.site, arby):
        with desk.journal.session() as s:
            quick_cases.log_quick_cases(
                s,
                site.id,
                site.category("Söka arbete").id,
                site.age_band("25-34").id,
                Gender.WOMAN,
                desk.staff.id,
                at=at,
                count=2,
            )
    with desk.journal.session() as s:
        both = dropin_report(s, month(2023, 3))
        one = dropin_report(s, month(2023, 3), [arby.id])
    assert both.title == "Drop in-korta ärenden, Alla mötesplatser"
    assert both.value("Kvinnor", "Söka arbete", "25-34") == 4
    assert one.title == "Drop in-korta ärenden, Årby"
    assert one.value("Kvinnor", "Söka arbete", "25-34") == 2


def test_pdf_has_title_period_blank_zeros_and_page_numbers(
    db_target: str, seeded: Desk, tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    assert (
        main(
            [
                "--db",
                db_target,
                "report",
                "dropin",
                "--month",
                "2023-03",
                "--format",
                "pdf",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF")
    body = pdf_text(out, layout=True)
    assert "Drop in-korta ärenden, Fröslunda" in body
    assert "mars 2023" in body
    assert "Totalt kvinnor" in body and "Sida 1 av 1" in body
    assert "Myndighetskontakt" in body and "Övrigt" in body


def test_english_pdf_and_xlsx_numbers(db_target: str, seeded: Desk, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
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
                "xlsx",
                "--lang",
                "en",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    ws = openpyxl.load_workbook(out).active
    assert ws["A1"].value == "Drop-in short cases, Fröslunda"
    assert ws["A2"].value == "1 January – 31 August 2023"
    rows = [tuple(c.value for c in r) for r in ws.iter_rows(min_row=4)]
    assert rows[0] == ("Gender", "Category", "18-24", "25-34", "35-44", "45-54", "55-64", "Total")
    assert ("Total", "Total", 21, 168, 184, 61, 68, 502) in rows


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Share(5, 8), "63\xa0%"),  # 62,5 % rounds half up, not to even
        (Share(53, 97), "55\xa0%"),
        (Share(0, 0), "–"),
        (Mean(Decimal("1.25"), signed=True), "+1,3"),
        (Mean(Decimal("-0.45"), signed=True), "-0,5"),
        (Mean(Decimal("0.04"), signed=True), "0,0"),
        (Mean(Decimal("5.25")), "5,3"),
    ],
)
def test_swedish_rounding_half_up(value: object, text: str) -> None:
    assert format_value(value, "sv", for_csv=True) == text
