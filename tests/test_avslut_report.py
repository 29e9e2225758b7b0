"""Avslut per orsak: the seed's medborgarservice 2022 table byte for byte, the anvisningar
2020–2022 figures for Nord and Syd, and the rules behind them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from case_builders import (
    MS_2022,
    add_seed_sites,
    build_directly,
    cases_csv,
    ms_2021_cases,
    ms_2022_cases,
    noise_cases,
    referred_cases,
)
from conftest import fixture_path
from pdf_text import pdf_text

from vagledare.cli import main
from vagledare.journal import cases, sites
from vagledare.journal.case_list import list_cases
from vagledare.journal.db import Journal
from vagledare.journal.models import ClosureReason, Gender, Route
from vagledare.reports.avslut import avslut_report
from vagledare.reports.periods import Period, full_year
from vagledare.reports.render.csv import csv_text
from vagledare.reports.table import Share

FIXTURE = "avslut-medborgarservice-2022-01-01--2022-12-31.csv"
MS_ARGS = ["--route", "medborgarservice", "--from", "2022-01-01", "--to", "2022-12-31"]
T2 = Period(date(2020, 1, 1), date(2022, 12, 31))


def report_cli(db: str, out: Path, *args: str, fmt: str = "csv") -> int:
    return main(
        [
            "--db",
            db,
            "report",
            "avslut",
            *args,
            "--format",
            fmt,
            "--output",
            str(out),
        ]
    )


@pytest.fixture
def seeded(db_target: str, journal: Journal, tmp_path: Path) -> Journal:
    """Every seed case (and some that the 2022 table must not count), via ``import cases``."""
    add_seed_sites(journal)
    src = tmp_path / "seed.csv"
    rows = ms_2022_cases() + noise_cases() + referred_cases() + ms_2021_cases()
    src.write_text(cases_csv(rows), encoding="utf-8")
    assert main(["--db", db_target, "--as", "AB", "import", "cases", str(src)]) == 0
    return journal


def test_fixture_reproduced_byte_for_byte_from_an_imported_journal(
    db_target: str, seeded: Journal, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    assert report_cli(db_target, out, *MS_ARGS) == 0
    assert out.read_bytes() == fixture_path(FIXTURE).read_bytes()


def test_fixture_reproduced_from_a_journal_built_in_the_window_s_way(
    db_target: str, journal: Journal, tmp_path: Path
) -> None:
    add_seed_sites(journal)
    build_directly(journal, ms_2022_cases() + noise_cases())
    out = tmp_path / "out.csv"
    assert report_cli(db_target, out, *MS_ARGS) == 0
    assert out.read_bytes() == fixture_path(FIXTURE).read_bytes()


def test_seed_totals_and_shares_of_the_2022_table(seeded: Journal) -> None:
    with seeded.session() as s:
        t = avslut_report(s, full_year(2022), route=Route.CITIZEN_SERVICE)
    assert sum(sum(c) for by_gender in MS_2022.values() for c in by_gender.values()) == 164
    assert t.value(None, "Totalsumma", "Årby Kvinnor") == 72
    assert t.value(None, "Totalsumma", "Årby Män") == 48
    assert t.value(None, "Totalsumma", "Fröslunda Kvinnor") == 30
    assert t.value(None, "Totalsumma", "Fröslunda Män") == 14
    assert t.value(None, "Andel avslut till egen försörjning", "Årby Totalt") == Share(56, 120)
    assert t.prose() == (
        "Totalt avslut medborgarservice Fröslunda: 44, varav 30 kvinnor; "
        "till egen försörjning 35 (80\xa0%).",
        "Totalt avslut medborgarservice Årby: 120, varav 72 kvinnor; "
        "till egen försörjning 56 (47\xa0%).",
    )


def test_anvisningar_2020_2022_for_nord_and_syd(seeded: Journal) -> None:
    with seeded.session() as s:
        t = avslut_report(s, T2, route="anvisad")
    v = lambda row, col: t.value(None, row, col)  # noqa: E731
    assert v("Totalsumma", "Årby Totalt") == 97
    assert v("Totalsumma", "Fröslunda Totalt") == 95
    assert v("Avslut till egen försörjning, totalt", "Årby Totalt") == 53
    assert v("Avslut till egen försörjning, totalt", "Fröslunda Totalt") == 53
    assert v("Andel avslut till egen försörjning", "Årby Totalt") == Share(53, 97)  # 55 %
    assert v("Andel avslut till egen försörjning", "Fröslunda Totalt") == Share(53, 95)  # 56 %
    # The seed's gender rows are Nord and Syd together.
    assert v("Avslut till egen försörjning, totalt", "Totalt Kvinnor") == 61
    assert v("Avslut till egen försörjning, totalt", "Totalt Män") == 45
    assert v("Totalsumma", "Totalt Kvinnor") == 108
    assert v("Totalsumma", "Totalt Män") == 84
    rows = {row.label: row.values for _, row in t.rows()}
    assert rows["Behovet kvarstår ej"][2::3] == (19, 16, 35)  # Fröslunda, Årby, both
    assert rows["Egen begäran"][2::3] == (0, 3, 3)
    last = csv_text(t).splitlines()[-1]
    assert last == (
        "Andel avslut till egen försörjning;57\xa0%;54\xa0%;56\xa0%;"
        "56\xa0%;53\xa0%;55\xa0%;56\xa0%;54\xa0%;55\xa0%"
    )


def test_one_site_has_no_total_columns_and_both_routes_count_together(seeded: Journal) -> None:
    with seeded.session() as s:
        arby = sites.require_site(s, "Årby")
        t = avslut_report(s, full_year(2022), [arby.id])
    assert t.header == ("Orsak", "Årby Kvinnor", "Årby Män", "Årby Totalt")
    assert t.title == "Avslut per orsak, alla ärenden, Årby"
    referred_2022 = sum(1 for c in referred_cases() if c.site == "Årby" and c.closed.year == 2022)
    assert t.value(None, "Totalsumma", "Årby Totalt") == 120 + referred_2022


def test_cli_site_option_and_usage_errors(
    db_target: str, seeded: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "arby.csv"
    assert report_cli(db_target, out, "--site", "Årby", *MS_ARGS) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Orsak;Årby Kvinnor;Årby Män;Årby Totalt"
    assert lines[-2:] == [
        "Totalsumma;72;48;120",
        "Andel avslut till egen försörjning;49\xa0%;44\xa0%;47\xa0%",
    ]
    assert report_cli(db_target, out, "--site", "Okänd", *MS_ARGS) == 1
    assert "Mötesplatsen 'Okänd' finns inte" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        report_cli(db_target, out, "--route", "egen", "--month", "2022-05")
    assert exc.value.code == 2


def test_sites_in_swedish_order_and_unstated_gender_only_when_used(journal: Journal) -> None:
    with journal.session() as s:
        ids = {n: sites.add_site(s, n).id for n in ("Årby", "Öna", "City")}
        for n, gender in (("Årby", Gender.WOMAN), ("Öna", Gender.UNSTATED)):
            cid = cases.open_case(
                s,
                site_id=ids[n],
                route=Route.REFERRED,
                start=date(2022, 1, 3),
                gender=gender,
                age_band="25-34",
                author_id=None,
            )
            cases.close_case(s, cid, date(2022, 2, 1), ClosureReason.STUDIES, None)
        t = avslut_report(s, full_year(2022))
        t21 = avslut_report(s, full_year(2021))
    assert [c for c in t.columns if c.endswith("Totalt")] == [
        "City Totalt",
        "Årby Totalt",
        "Öna Totalt",
        "Totalt",
    ]
    assert "Öna Ej angivet" in t.columns and "Totalt Ej angivet" in t.columns
    assert t.value(None, "Studier", "Totalt") == 2
    assert "Årby Ej angivet" not in t21.columns
    assert t21.value(None, "Andel avslut till egen försörjning", "Totalt") == Share(0, 0)


def test_only_the_current_closing_counts_after_reopening(seeded: Journal) -> None:
    with seeded.session() as s:
        fro = sites.require_site(s, "Fröslunda")
        cid = cases.open_case(
            s,
            site_id=fro.id,
            route=Route.CITIZEN_SERVICE,
            start=date(2022, 2, 1),
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=None,
        )
        cases.close_case(s, cid, date(2022, 3, 1), ClosureReason.DROPPED_OUT, None)
        cases.reopen_case(s, cid, date(2022, 4, 1), None)
        cases.close_case(s, cid, date(2023, 2, 1), ClosureReason.PERMANENT_JOB, None)
        t22 = avslut_report(s, full_year(2022), route=Route.CITIZEN_SERVICE)
        t23 = avslut_report(s, full_year(2023), route=Route.CITIZEN_SERVICE)
        assert len(list_cases(s, code_search="FRÖ-")) > 1
    assert t22.value(None, "Avvikit", "Fröslunda Kvinnor") == 0
    assert t22.value(None, "Totalsumma", "Totalt") == 164
    assert t23.value(None, "Varaktigt arbete", "Fröslunda Kvinnor") == 1


def test_flagged_closings_are_told_in_the_summary(journal: Journal) -> None:
    with journal.session() as s:
        arby = sites.add_site(s, "Årby")
        for gender, reason, flags in (
            (Gender.WOMAN, ClosureReason.TEMPORARY_JOB, {"summer_job": True}),
            (Gender.MAN, ClosureReason.TEMPORARY_JOB, {"summer_job": True}),
            (Gender.MAN, ClosureReason.STUDIES, {"municipal_studies": True}),
        ):
            cid = cases.open_case(
                s,
                site_id=arby.id,
                route=Route.CITIZEN_SERVICE,
                start=date(2023, 5, 2),
                gender=gender,
                age_band="18-24",
                author_id=None,
            )
            cases.close_case(s, cid, date(2023, 8, 1), reason, None, **flags)
        t = avslut_report(s, Period(date(2023, 1, 1), date(2023, 8, 31)))
        en = avslut_report(s, Period(date(2023, 1, 1), date(2023, 8, 31)), lang="en")
    assert t.prose() == (
        "Totalt avslut Årby: 3, varav 1 kvinnor; till egen försörjning 3 (100\xa0%). "
        "Ferie-/sommarjobb: 1 kvinnor och 1 män. Studier i kommunens regi: 0 kvinnor och 1 män.",
    )
    assert en.prose()[0].startswith("Total closures Årby: 3, of which 1 women")
    assert en.header[:2] == ("Reason", "Årby Women")


def test_pdf_and_xlsx_show_the_same_table(db_target: str, seeded: Journal, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "a.pdf", tmp_path / "a.xlsx"
    assert report_cli(db_target, pdf, *MS_ARGS, fmt="pdf") == 0
    assert report_cli(db_target, xlsx, *MS_ARGS, fmt="xlsx") == 0
    ws = openpyxl.load_workbook(xlsx).active
    assert ws["A1"].value == "Avslut per orsak, ärenden genom medborgarservice, Alla mötesplatser"
    rows = [tuple(c.value for c in r) for r in ws.iter_rows(min_row=4)]
    assert ("Totalsumma", 30, 14, 44, 72, 48, 120, 102, 62, 164) in rows
    assert (
        "Andel avslut till egen försörjning",
        0.8,
        0.79,
        0.8,
        0.49,
        0.44,
        0.47,
        0.58,
        0.52,
        0.55,
    ) in rows
    body = pdf_text(pdf, layout=True)
    assert "Avslut per orsak" in body and "1 januari – 31 december 2022" in body
    assert "Totalt avslut medborgarservice Årby: 120, varav 72 kvinnor" in body
    assert "Sida 1 av 1" in body
