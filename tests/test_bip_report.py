"""The progression reports: figures checked against hand-computed values of a small group."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from bip_builders import register_group
from pdf_text import pdf_text

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import assessments, factor_sets, participants
from vagledare.journal.models import Gender, Respondent
from vagledare.reports.bip import bip_report, bip_rounds_report
from vagledare.reports.bip_data import Group
from vagledare.reports.periods import Period, full_year
from vagledare.reports.render.csv import csv_text
from vagledare.reports.table import Mean

YEAR = full_year(2023)

# Worked out by hand from bip_builders.READINGS (participants' own answers, 2023):
#  f1: T1 3→6 up, T2 4→4 same, T3 7→5 down (the deleted 10 and the 2022 reading do not
#      count), T4 2→6 up, T5 one reading only, T6 6→8 up (declined in June):
#      n 5, first 22/5 = 4,4, latest 29/5 = 5,8, change 7/5 = +1,4; up 3, same 1, down 1.
#  f2: T1 5→6, T2 6→6, T3 3→4, T4 8→7: n 4, 22/4 = 5,5, 23/4 = 5,75 → 5,8,
#      change 1/4 = 0,25 → +0,3 (half up); up 2, same 1, down 1; fewer than 5 → marked.
#  f3: everyone 5 → 5: n 5, 5,0, 5,0, 0,0; same 5.
#  f4: T1 4→6, T2 5→5, T3 6→5, T4 3→5, T6 4→5: n 5, 22/5 = 4,4, 26/5 = 5,2, +0,8; 3, 1, 1.
#  f5: T1 2→4, T2 5→5, T3 6→2, T4 4→4, T6 5→5: n 5, 22/5 = 4,4, 20/5 = 4,0, -0,4; 1, 3, 1.
#  f6: only T1 answered, once: nobody counts.
#  f7 (always the coach): T1 4→6, T2 5→5, T3 6→4: n 3, 5,0, 5,0, 0,0; 1, 1, 1; marked.
EXPECTED_CSV = (
    "Faktor;Deltagare;Medel första;Medel senaste;Förändring;Upp;Oförändrad;Ned\r\n"
    "Jobbsökningsbeteende;5;4,4;5,8;+1,4;3;1;1\r\n"
    "Kunskap om arbetsmarknaden;4;5,5;5,8;+0,3;2;1;1\r\n"
    "Hälsa och hantering av hälsan;5;5,0;5,0;0,0;0;5;0\r\n"
    "Samarbetsförmåga;5;4,4;5,2;+0,8;3;1;1\r\n"
    "Målmedvetenhet;5;4,4;4,0;-0,4;1;3;1\r\n"
    "Tilltro till egen förmåga att klara ett arbete;0;–;–;–;0;0;0\r\n"
    "Vägledarens tilltro till att deltagaren får arbete;3;5,0;5,0;0,0;1;1;1\r\n"
)


@pytest.fixture
def group(desk: Desk) -> Desk:
    register_group(desk)
    return desk


def run(db: str, *args: str) -> int:
    return main(["--db", db, "--as", "AB", *args])


def test_average_change_and_up_same_down_match_hand_computed_figures(
    db_target: str, group: Desk, tmp_path: Path
) -> None:
    out = tmp_path / "bip.csv"
    assert (
        run(
            db_target,
            "report",
            "bip",
            "--site",
            "Fröslunda",
            "--from",
            "2023-01-01",
            "--to",
            "2023-12-31",
            "--format",
            "csv",
            "--output",
            str(out),
        )
        == 0
    )
    assert out.read_bytes() == ("\ufeff" + EXPECTED_CSV).encode("utf-8")


def test_exact_means_before_rounding_and_small_groups_marked(group: Desk) -> None:
    with group.journal.session() as s:
        t = bip_report(s, YEAR)
    assert t.value(None, "Kunskap om arbetsmarknaden", "Medel senaste") == Mean(Decimal("5.75"))
    assert t.value(None, "Kunskap om arbetsmarknaden", "Förändring") == Mean(
        Decimal("0.25"), signed=True
    )
    marked = [row.label for _, row in t.rows() if row.highlight]
    assert marked == [
        "Kunskap om arbetsmarknaden",
        "Vägledarens tilltro till att deltagaren får arbete",
    ]
    assert any("färre än 5 deltagare" in n for n in t.notes)
    assert any(
        "Vägledarens tilltro till att deltagaren får arbete besvaras alltid av vägledaren" in n
        for n in t.notes
    )


def test_coachs_own_view_is_reported_apart(group: Desk) -> None:
    # Coach's f1: T1 2→5, T2 3→3, T3 5→4: n 3, 10/3 = 3,3, 12/3 = 4,0, change 2/3 = +0,7.
    with group.journal.session() as s:
        t = bip_report(s, YEAR, respondent=Respondent.COACH)
    lines = csv_text(t).splitlines()
    assert lines[1] == "Jobbsökningsbeteende;3;3,3;4,0;+0,7;1;1;1"
    assert lines[2] == "Kunskap om arbetsmarknaden;0;–;–;–;0;0;0"
    assert lines[7] == "Vägledarens tilltro till att deltagaren får arbete;3;5,0;5,0;0,0;1;1;1"


def test_group_by_gender_coach_and_first_reading(
    db_target: str, group: Desk, tmp_path: Path
) -> None:
    # Women (T1–T3), f1: 3→6, 4→4, 7→5: 14/3 = 4,7, 15/3 = 5,0, +1/3 = +0,3.
    out = tmp_path / "w.csv"
    assert (
        run(
            db_target,
            "report",
            "bip",
            "--gender",
            "kvinna",
            "--month",
            "2023-02",
            "--format",
            "csv",
            "--output",
            str(out),
        )
        == 0
    )
    assert "Jobbsökningsbeteende;0;" in out.read_text("utf-8-sig")  # one reading each in Feb
    assert (
        run(
            db_target,
            "report",
            "bip",
            "--gender",
            "kvinna",
            "--from",
            "2023-01-01",
            "--to",
            "2023-12-31",
            "--format",
            "csv",
            "--output",
            str(out),
        )
        == 0
    )
    assert "Jobbsökningsbeteende;3;4,7;5,0;+0,3;1;1;1\r\n" in out.read_bytes().decode("utf-8-sig")
    # First reading in 2023: T1 started in December 2022 and drops out.
    with group.journal.session() as s:
        t = bip_report(s, YEAR, group=Group(first_reading=YEAR))
        by_coach = bip_report(s, YEAR, group=Group(coach_id=group.staff.id, gender=Gender.MAN))
    assert csv_text(t).splitlines()[1] == "Jobbsökningsbeteende;4;4,8;5,8;+1,0;2;1;1"
    assert csv_text(by_coach).splitlines()[1] == "Jobbsökningsbeteende;2;4,0;7,0;+3,0;2;0;0"
    assert "Urval: män, vägledare AB." in by_coach.notes


def test_mean_per_factor_for_each_reading_round(group: Desk) -> None:
    # Started in Q1 2023: T2–T6 (T1 started in 2022). f1 reading 1: 4, 7, 2, 5, 6 → 24/5 = 4,8;
    # reading 2: 4, 5, 6 (T6 declined) → 5,0; reading 3: T6's 8.
    with group.journal.session() as s:
        t = bip_rounds_report(s, Period(date(2023, 1, 1), date(2023, 3, 31)))
    assert t.header == ("Mätning", "Faktor", "Deltagare", "Medelvärde", "Under tröskeln")
    lines = csv_text(t).splitlines()
    # Fewer than five participants: flagged in words in the last column, not by colour alone.
    assert lines[1] == "Mätning 1;Jobbsökningsbeteende;5;4,8;"
    assert "Mätning 2;Jobbsökningsbeteende;3;5,0;ja" in lines
    assert "Mätning 3;Jobbsökningsbeteende;1;8,0;ja" in lines
    assert "Mätning 1;Vägledarens tilltro till att deltagaren får arbete;2;5,5;ja" in lines
    assert len(lines) == 1 + 3 * 7


def test_readings_of_another_factor_version_are_never_mixed_in(group: Desk, tmp_path: Path) -> None:
    own = factor_sets.default_definition()
    own["key"] = "eskilstuna-1"
    own["name"] = "Eskilstunas sju"
    own["factors"][0]["name"] = "Söker jobb"
    with group.journal.session() as s:
        v2 = factor_sets.install_factor_set(s, own, group.staff.id)
        t5 = participants.find_participant(s, "T5")
        assessments.record_reading(
            s, t5.id, Respondent.PARTICIPANT, date(2023, 11, 5), {1: 9}, group.staff.id
        )
        t = bip_report(s, YEAR)
        t2 = bip_report(s, YEAR, version=2)
    assert v2.version == 2
    assert csv_text(t) == EXPECTED_CSV  # still version 1 only
    assert "Mätningar gjorda med version 2 av faktorerna ingår inte (1 st)." in t.notes
    assert "Faktorer: BIP – sju faktorer, version 1." in t.notes
    assert csv_text(t2).splitlines()[1] == "Söker jobb;0;–;–;–;0;0;0"
    assert any("version 1" in n and "ingår inte" in n for n in t2.notes)


def test_reports_on_a_journal_without_readings_write_nothing(desk: Desk) -> None:
    # Reports read in read-only sessions (PostgreSQL refuses any write there): before the first
    # reading, the shipped factor set is described, not installed.
    with desk.journal.session(readonly=True) as s:
        t = bip_report(s, YEAR)
        rounds = bip_rounds_report(s, YEAR)
    assert csv_text(t).splitlines()[1] == "Jobbsökningsbeteende;0;–;–;–;0;0;0"
    assert "Faktorer: BIP – sju faktorer, version 1." in t.notes
    assert rounds.header == (
        "Mätning",
        "Faktor",
        "Deltagare",
        "Medelvärde",
        "Under tröskeln",
    )
    with desk.journal.session() as s:
        assert factor_sets.list_factor_sets(s) == []
        assert factor_sets.current_factor_set(s, desk.staff.id).version == 1


def test_pdf_and_xlsx_of_the_group_report(db_target: str, group: Desk, tmp_path: Path) -> None:
    pdf = tmp_path / "bip.pdf"
    assert (
        run(
            db_target,
            "report",
            "bip",
            "--from",
            "2023-01-01",
            "--to",
            "2023-12-31",
            "--format",
            "pdf",
            "--output",
            str(pdf),
        )
        == 0
    )
    text = pdf_text(pdf, layout=True)
    assert "Progression per faktor, Fröslunda" in text
    assert "färre än 5 deltagare" in text
    xlsx = tmp_path / "bip.xlsx"
    assert (
        run(
            db_target,
            "report",
            "bip",
            "--from",
            "2023-01-01",
            "--to",
            "2023-12-31",
            "--format",
            "xlsx",
            "--lang",
            "en",
            "--output",
            str(xlsx),
        )
        == 0
    )
    ws = openpyxl.load_workbook(xlsx).active
    rows = [tuple(c.value for c in r) for r in ws.iter_rows(min_row=4, max_row=5)]
    assert rows[0] == (
        "Factor",
        "Participants",
        "Mean first",
        "Mean latest",
        "Change",
        "Up",
        "Unchanged",
        "Down",
    )
    assert rows[1] == ("Job-search behaviour", 5, 4.4, 5.8, 1.4, 3, 1, 1)


def test_bip_usage_errors(
    db_target: str, group: Desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    assert (
        run(
            db_target,
            "report",
            "bip",
            "--coach",
            "ZZ",
            "--month",
            "2023-02",
            "--format",
            "csv",
            "--output",
            str(out),
        )
        == 1
    )
    assert "Vägledaren 'ZZ' finns inte" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        run(
            db_target,
            "report",
            "bip",
            "--answered-by",
            "chefen",
            "--month",
            "2023-02",
            "--format",
            "csv",
            "--output",
            str(out),
        )
    assert exc.value.code == 2


def test_report_screen_offers_both_progression_reports(group: Desk) -> None:
    from vagledare.reports.catalog import report

    with group.journal.session() as s:
        t = report("bip").build(s, YEAR, None, "en")
        rounds = report("bip-rounds").build(s, YEAR, [group.site.id], "sv")
    assert t.title == "Progress per factor, Fröslunda"
    assert t.value(None, "Job-search behaviour", "Up") == 3
    assert rounds.title == "Progression per mätning, Fröslunda"
