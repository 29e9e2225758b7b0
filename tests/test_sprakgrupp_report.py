"""The språkgrupp tables: the seed's Årby figure, hand-computed averages and rates, CLI output."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from group_builders import (
    build_arby_sprakgrupp,
    build_cafe,
    build_froslunda_sprakgrupp,
    setup_sites,
    take,
)
from pdf_text import pdf_text

from vagledare.cli import main
from vagledare.journal import enrolments, groups
from vagledare.journal.dates import add_months
from vagledare.journal.db import Journal
from vagledare.journal.models import AttendanceStatus, EnrolmentRoute, Gender, GroupKind, Outcome
from vagledare.reports.catalog import REPORTS
from vagledare.reports.langvariga import long_stayers_report, whole_months
from vagledare.reports.narvaro import attendance_report
from vagledare.reports.periods import Period, full_year
from vagledare.reports.render.csv import csv_text
from vagledare.reports.sprakgrupp import sprakgrupp_report
from vagledare.reports.utfall import outcomes_report

P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED
OUTCOME_ROWS = [
    "Utfall: Anställning",
    "Utfall: Studier – SFI",
    "Utfall: Studier – grundläggande svenska",
    "Utfall: Studier – annan utbildning",
    "Utfall: Praktik",
    "Utfall: Annan planering",
    "Utfall: Flyttat",
    "Utfall: Avbrott",
    "Utfall: Annat",
]


def report_csv(db_target: str, tmp_path: Path, kind: str, *args: str) -> str:
    out = tmp_path / f"{kind}.csv"
    assert (
        main(
            [
                "--db",
                db_target,
                "report",
                kind,
                *args,
                "--format",
                "csv",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return data[3:].decode("utf-8")


def test_arby_since_start_reproduces_the_seed(
    db_target: str, journal: Journal, tmp_path: Path
) -> None:
    """T5 (000:697-700): Årby 53 enrolled since start, 28 kvinnor, 25 män."""
    build_arby_sprakgrupp(journal)
    text = report_csv(
        db_target,
        tmp_path,
        "sprakgrupp",
        "--site",
        "Årby",
        "--from",
        "2022-01-01",
        "--to",
        "2022-12-31",
    )
    lines = text.split("\r\n")
    assert lines[:4] == [
        "Mått;Årby",
        "Antal inskrivna deltagare sedan start;53",
        "Antal kvinnor;28",
        "Antal män;25",
    ]
    with journal.session() as s:
        t = sprakgrupp_report(s, full_year(2022))
        early = sprakgrupp_report(s, full_year(2020))
        total_employed = outcomes_report(s, Period(date(2020, 1, 1), date(2022, 12, 31)))
    assert t.value(None, "Antal inskrivna deltagare sedan start", "Årby") == 53
    # Since start means up to the period's end: 17 were enrolled by 31 Dec 2020.
    assert early.value(None, "Antal inskrivna deltagare sedan start", "Årby") == 17
    assert early.value(None, "Antal kvinnor", "Årby") == 9
    # 000:689: "Sedan starten 2020 har 17 deltagare gått vidare till anställning"
    assert total_employed.value(None, "Anställning", "Totalt") == 17
    assert total_employed.prose()[0] == "17 deltagare har gått vidare till anställning."


def test_two_sites_in_swedish_order_with_a_pooled_total(
    db_target: str, journal: Journal, tmp_path: Path
) -> None:
    build_arby_sprakgrupp(journal)
    build_froslunda_sprakgrupp(journal)
    text = report_csv(db_target, tmp_path, "sprakgrupp", "--month", "2022-11")
    assert text.split("\r\n") == [
        "Mått;Fröslunda;Årby;Totalt",
        "Antal inskrivna deltagare sedan start;15;53;68",
        "Antal kvinnor;9;28;37",
        "Antal män;6;25;31",
        "Inskrivna under perioden;15;24;39",
        "Tillfällen;0;0;0",
        "Närvarande totalt;0;0;0",
        "Snitt närvarande per tillfälle;–;–;–",
        "Högsta närvaro;–;–;–",
        "Avslutade under perioden;0;0;0",
        *(f"{label};0;0;0" for label in OUTCOME_ROWS),
        "",
    ]


def test_leavings_and_outcomes_of_the_period(journal: Journal) -> None:
    build_arby_sprakgrupp(journal)
    with journal.session() as s:
        t = sprakgrupp_report(s, full_year(2022), lang="sv")
    # Leavers 21–28 left in 2022: 3 SFI, 2 other studies, 2 drop-outs, 1 moved.
    assert t.value(None, "Inskrivna under perioden", "Årby") == 32
    assert t.value(None, "Avslutade under perioden", "Årby") == 8
    assert t.value(None, "Utfall: Studier – SFI", "Årby") == 3
    assert t.value(None, "Utfall: Studier – annan utbildning", "Årby") == 2
    assert t.value(None, "Utfall: Avbrott", "Årby") == 2
    assert t.value(None, "Utfall: Flyttat", "Årby") == 1
    assert t.value(None, "Utfall: Anställning", "Årby") == 0


def test_cafe_visitors_average_and_maximum_by_hand(
    db_target: str, journal: Journal, tmp_path: Path
) -> None:
    """Årby: 4+6+5+3+7 = 25 visitors over 5 sessions → 5,0 ("i snitt fem besökare");
    Fröslunda: 16+5+5+7 = 33 over 4 → 8,25 → 8,3 (half up), most 16 ("som mest 16").
    Totalt pools: 58 / 9 = 6,44 → 6,4 (the mean of the two means would be 6,6)."""
    build_cafe(journal, "Årby", [(3, 1), (4, 2), (2, 3), (1, 2), (5, 2)], date(2023, 3, 7))
    build_cafe(journal, "Fröslunda", [(9, 7), (3, 2), (2, 3), (4, 3)], date(2023, 3, 7))
    text = report_csv(
        db_target,
        tmp_path,
        "sprakgrupp",
        "--group",
        "Språkcafé",
        "--from",
        "2023-03-01",
        "--to",
        "2023-04-30",
    )
    assert text.split("\r\n") == [
        "Mått;Fröslunda;Årby;Totalt",
        "Antal inskrivna deltagare sedan start;0;0;0",
        "Antal kvinnor;0;0;0",
        "Antal män;0;0;0",
        "Inskrivna under perioden;0;0;0",
        "Tillfällen;4;5;9",
        "Närvarande totalt;33;25;58",
        "Snitt närvarande per tillfälle;8,3;5,0;6,4",
        "Högsta närvaro;16;7;16",
        "Avslutade under perioden;0;0;0",
        *(f"{label};0;0;0" for label in OUTCOME_ROWS),
        "Besökare utan inskrivning, kvinnor;18;15;33",
        "Besökare utan inskrivning, män;15;10;25",
        "",
    ]
    # The default kind (språkgrupp) does not mix the cafés in.
    with journal.session() as s:
        t = sprakgrupp_report(
            s, Period(date(2023, 3, 1), date(2023, 4, 30)), kind=GroupKind.LANGUAGE_CAFE
        )
    assert t.title == "Språkcafé, Alla mötesplatser"
    assert t.value(None, "Tillfällen", "Totalt") == 9


@pytest.fixture
def morning_group(journal: Journal):
    """Four participants, eight Tuesday sessions in Jan–Feb 2023 (D from 20 January):

    ========  =======================  ==========================
    code      marks                    present / marked
    ========  =======================  ==========================
    MG-01 K   P P P P P P P P          8 / 8 = 100 %
    MG-02 M   P P A P E P A P          5 / 8 = 62,5 % → 63 %
    MG-03 K   P A P P P A P P          6 / 8 = 75 %
    MG-04 M   – – – P E P E P          3 / 5 = 60 %
    ========  =======================  ==========================

    Present per session 3 2 2 4 2 3 2 4 = 22; mean 22 / 8 = 2,75 → 2,8; highest 4.
    """
    author, found = setup_sites(journal)
    with journal.session() as s:
        g = groups.add_group(
            s,
            found["Fröslunda"].id,
            "Morgongruppen",
            GroupKind.LANGUAGE_GROUP,
            date(2023, 1, 2),
            author,
        )
        for code, gender, start in (
            ("MG-01", Gender.WOMAN, 2),
            ("MG-02", Gender.MAN, 2),
            ("MG-03", Gender.WOMAN, 2),
            ("MG-04", Gender.MAN, 20),
        ):
            enrolments.enrol(
                s,
                g.id,
                code,
                gender,
                "25-34",
                EnrolmentRoute.REFERRED,
                date(2023, 1, start),
                author,
            )
    plan = {
        "MG-01": "PPPPPPPP",
        "MG-02": "PPAPEPAP",
        "MG-03": "PAPPPAPP",
        "MG-04": "---PEPEP",
    }
    days = [
        date(2023, 1, 3),
        date(2023, 1, 10),
        date(2023, 1, 17),
        date(2023, 1, 24),
        date(2023, 1, 31),
        date(2023, 2, 7),
        date(2023, 2, 14),
        date(2023, 2, 21),
    ]
    for i, day in enumerate(days):
        marks = {
            code: {"P": P, "A": A, "E": E}[row[i]] for code, row in plan.items() if row[i] != "-"
        }
        take(journal, g.id, day, marks)
    return g


PERIOD = Period(date(2023, 1, 1), date(2023, 2, 28))


def test_session_figures_of_a_group_by_hand(journal: Journal, morning_group) -> None:
    with journal.session() as s:
        t = sprakgrupp_report(s, PERIOD, group="Morgongruppen")
    assert t.columns == ("Fröslunda",)
    assert t.value(None, "Tillfällen", "Fröslunda") == 8
    assert t.value(None, "Närvarande totalt", "Fröslunda") == 22
    assert csv_text(t).split("\r\n")[7] == "Snitt närvarande per tillfälle;2,8"
    assert t.value(None, "Högsta närvaro", "Fröslunda") == 4


def test_attendance_rate_per_participant_with_threshold(
    db_target: str, journal: Journal, morning_group, tmp_path: Path
) -> None:
    text = report_csv(
        db_target,
        tmp_path,
        "narvaro",
        "--site",
        "Fröslunda",
        "--from",
        "2023-01-01",
        "--to",
        "2023-02-28",
    )
    key = "Fröslunda – Morgongruppen"
    assert text.split("\r\n") == [
        # The last column (#21): the highlight in words, ``ja`` or nothing.
        "Grupp;Deltagarkod;Kön;Tillfällen;Närvarande;Frånvarande;Anmäld frånvaro;Närvaro;"
        "Under tröskeln",
        f"{key};MG-01;Kvinna;8;8;0;0;100\xa0%;",
        f"{key};MG-02;Man;8;5;2;1;63\xa0%;ja",
        f"{key};MG-03;Kvinna;8;6;2;0;75\xa0%;",
        f"{key};MG-04;Man;5;3;0;2;60\xa0%;ja",
        f"{key};Totalt;;29;22;4;3;76\xa0%;",
        "",
    ]
    with journal.session() as s:
        at75 = attendance_report(s, PERIOD)
        at76 = attendance_report(s, PERIOD, threshold=76)
    assert [r.label for _, r in at75.rows() if r.highlight] == ["MG-02", "MG-04"]
    assert [r.label for _, r in at76.rows() if r.highlight] == ["MG-02", "MG-03", "MG-04"]
    assert at75.prose() == ("2 av 4 deltagare har närvaro under 75\xa0%.",)


def test_outcomes_by_gender(journal: Journal, morning_group) -> None:
    with journal.session() as s:
        es = {e.code: e for e in enrolments.list_enrolments(s, [morning_group.id])}
        enrolments.leave(s, es["MG-01"].id, date(2023, 2, 21), Outcome.EMPLOYMENT)
        enrolments.leave(s, es["MG-02"].id, date(2023, 2, 28), Outcome.EMPLOYMENT)
        enrolments.leave(s, es["MG-03"].id, date(2023, 2, 28), Outcome.STUDIES_BASIC_SWEDISH)
        enrolments.leave(s, es["MG-04"].id, date(2023, 3, 1), Outcome.WORK_PLACEMENT)
        t = outcomes_report(s, PERIOD)
    assert t.header == ("Utfall", "Kvinnor", "Män", "Totalt")
    assert t.value(None, "Anställning", "Kvinnor") == 1
    assert t.value(None, "Anställning", "Män") == 1
    assert t.value(None, "Studier – grundläggande svenska", "Totalt") == 1
    assert t.value(None, "Praktik", "Totalt") == 0  # left in March, outside the period
    assert t.value(None, "Totalt", "Totalt") == 3
    assert t.prose() == (
        "2 deltagare har gått vidare till anställning.",
        "1 deltagare har gått vidare till studier.",
    )


def test_long_stayers_without_outcome(journal: Journal) -> None:
    build_arby_sprakgrupp(journal)
    with journal.session() as s:
        t = long_stayers_report(s, full_year(2022), months=12)
        t24 = long_stayers_report(s, full_year(2022), months=24)
    rows = [r for _, r in t.rows()]
    # Still enrolled on 31 Dec 2022: participants 29–52; longer than 12 months: 29–37.
    assert [r.label for r in rows] == [f"ÅRB-{2020 + i // 20}-{i + 1:04d}" for i in range(29, 38)]
    assert rows[0].values == ("Anvisad", "Man", "2021-08-07", 16)
    assert rows[-1].values == ("Anvisad", "Man", "2021-12-29", 12)
    assert [r.label for _, r in t24.rows()] == []
    assert t24.prose()[-1] == "Ingen deltagare är inskriven så länge."


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2021, 1, 31), date(2021, 2, 27), 0),
        (date(2021, 1, 31), date(2021, 2, 28), 1),
        (date(2020, 2, 29), date(2021, 2, 28), 12),
        (date(2022, 5, 10), date(2022, 5, 10), 0),
    ],
)
def test_whole_months_of_an_enrolment(start: date, end: date, months: int) -> None:
    assert whole_months(start, end) == months
    assert add_months(date(2021, 1, 31), 1) == date(2021, 2, 28)


def test_group_reports_are_in_the_catalog_and_render_as_pdf_and_xlsx(
    db_target: str, journal: Journal, morning_group, tmp_path: Path
) -> None:
    keys = [r.key for r in REPORTS]
    assert {"sprakgrupp", "narvaro", "utfall", "langvariga"} <= set(keys)
    with journal.session() as s:
        for spec in REPORTS[1:]:
            assert spec.build(s, PERIOD, None, "en").title
    pdf = tmp_path / "n.pdf"
    assert (
        main(
            [
                "--db",
                db_target,
                "report",
                "narvaro",
                "--from",
                "2023-01-01",
                "--to",
                "2023-02-28",
                "--format",
                "pdf",
                "--output",
                str(pdf),
            ]
        )
        == 0
    )
    text = pdf_text(pdf, layout=True)
    assert "Närvaro per deltagare" in text and "MG-02" in text
    xlsx = tmp_path / "s.xlsx"
    assert (
        main(
            [
                "--db",
                db_target,
                "report",
                "sprakgrupp",
                "--group",
                "Morgongruppen",
                "--from",
                "2023-01-01",
                "--to",
                "2023-02-28",
                "--lang",
                "en",
                "--format",
                "xlsx",
                "--output",
                str(xlsx),
            ]
        )
        == 0
    )
    ws = openpyxl.load_workbook(xlsx).active
    rows = {r[0]: r[1] for r in ws.iter_rows(min_row=5, values_only=True) if r[0]}
    assert rows["Average present per session"] == 2.75
    assert ws["A1"].value == "Morgongruppen, Fröslunda"


def test_unknown_group_is_refused(
    db_target: str, journal: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_sites(journal)
    assert (
        main(
            [
                "--db",
                db_target,
                "report",
                "sprakgrupp",
                "--group",
                "Okänd",
                "--month",
                "2023-03",
                "--format",
                "csv",
                "--output",
                str(tmp_path / "x.csv"),
            ]
        )
        == 1
    )
    assert "Gruppen 'Okänd' finns inte" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
