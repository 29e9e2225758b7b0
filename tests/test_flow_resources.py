"""Ärendeflöde and resursindikatorer: exact numbers, pooled combined rates, T4's per-route
figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from case_builders import add_seed_sites, cases_csv, ms_2021_cases, ms_2022_cases, referred_cases

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import cases
from vagledare.journal.db import Journal
from vagledare.journal.models import ClosureReason, Gender, ReferralSource, Route
from vagledare.reports.flow import flow_report, quartiles
from vagledare.reports.periods import Period
from vagledare.reports.render.csv import csv_text
from vagledare.reports.resources import period_years, resources_report
from vagledare.reports.table import Mean, Money

H1 = Period(date(2023, 1, 1), date(2023, 6, 30))
W, M = Gender.WOMAN, Gender.MAN
MS, REF = Route.CITIZEN_SERVICE, Route.REFERRED
R = ClosureReason
S = ReferralSource

# (route, gender, start, closed, reason, source, reopened)
FLOW_CASES = [
    (MS, W, date(2023, 1, 10), date(2023, 2, 9), R.PERMANENT_JOB, S.DROP_IN, None),  # 30 days
    (MS, W, date(2023, 1, 20), date(2023, 3, 1), R.STUDIES, S.OPEN_PRESCHOOL, None),  # 40
    (MS, M, date(2023, 2, 1), date(2023, 4, 2), R.TEMPORARY_JOB, S.DROP_IN, None),  # 60
    (MS, M, date(2023, 3, 1), None, None, None, None),
    (MS, W, date(2023, 2, 15), date(2023, 3, 15), R.MOVED_AWAY, S.YOUTH_LEISURE, None),
    (REF, W, date(2022, 11, 1), date(2023, 3, 1), R.OTHER_BENEFIT, None, None),  # 120
    (REF, M, date(2023, 1, 5), date(2023, 6, 3), R.PERMANENT_JOB, None, None),  # 149
    (REF, M, date(2023, 2, 1), date(2023, 4, 2), R.NEED_GONE, None, date(2023, 5, 2)),
    (REF, W, date(2022, 6, 1), None, None, None, None),
]


@pytest.fixture
def flow_desk(desk: Desk) -> Desk:
    with desk.journal.session() as s:
        for route, gender, start, closed, reason, source, reopened in FLOW_CASES:
            cid = cases.open_case(
                s,
                site_id=desk.site.id,
                route=route,
                start=start,
                gender=gender,
                age_band="35-44",
                author_id=None,
                referral_source=source,
            )
            if closed:
                cases.close_case(s, cid, closed, reason, None)
            if reopened:
                cases.reopen_case(s, cid, reopened, None)
    return desk


def test_flow_counts_new_open_and_days_to_self_sufficiency(flow_desk: Desk) -> None:
    with flow_desk.journal.session() as s:
        t = flow_report(s, H1)
    v = t.value
    new, src, still, days = (
        "Nya ärenden per väg",
        "Nya ärenden per ingång",
        "Öppna ärenden vid periodens slut",
        "Dagar från start till avslut till egen försörjning",
    )
    assert t.header[:3] == ("Avsnitt", "Mått", "Fröslunda Kvinnor")
    assert [
        v(new, r, "Fröslunda Totalt")
        for r in ("Medborgarservice", "Anvisad via ekonomiskt bistånd", "Totalt")
    ] == [5, 2, 7]
    assert v(new, "Medborgarservice", "Fröslunda Kvinnor") == 3
    assert [
        v(src, r, "Fröslunda Totalt")
        for r in ("Drop-in", "Öppna förskolan", "Ung fritid", "Bibliotek", "Ej angivet", "Totalt")
    ] == [2, 1, 1, 0, 3, 7]
    assert [
        v(still, r, "Fröslunda Totalt")
        for r in ("Medborgarservice", "Anvisad via ekonomiskt bistånd", "Totalt")
    ] == [1, 2, 3]
    assert v(days, "Medborgarservice, antal avslut", "Fröslunda Totalt") == 3
    assert v(days, "Medborgarservice, median", "Fröslunda Totalt") == Mean(Decimal("40"), 0)
    assert v(days, "Medborgarservice, nedre kvartil", "Fröslunda Totalt") == Mean(Decimal("35"), 0)
    assert v(days, "Medborgarservice, övre kvartil", "Fröslunda Totalt") == Mean(Decimal("50"), 0)
    assert v(days, "Medborgarservice, median", "Fröslunda Män") == Mean(Decimal("60"), 0)
    assert v(days, "Anvisad, median", "Fröslunda Totalt") == Mean(Decimal("134.5"), 0)
    lines = csv_text(t).splitlines()
    assert f"{days};Medborgarservice, nedre kvartil;33;60;35" in lines  # 32,5 rounds up
    assert f"{days};Anvisad, median;120;149;135" in lines
    assert f"{days};Anvisad, övre kvartil;120;149;142" in lines
    assert t.prose() == (
        "Nya ärenden Fröslunda: 7, varav 3 kvinnor; öppna ärenden 30 juni 2023: 3. Mediantid "
        "till avslut till egen försörjning: medborgarservice 40 dagar, anvisade 135 dagar.",
    )


def test_open_at_period_end_follows_the_closing_history(flow_desk: Desk) -> None:
    with flow_desk.journal.session() as s:
        april = flow_report(s, Period(date(2023, 1, 1), date(2023, 4, 30)), route="anvisad")
    # The reopened case was closed on 30 April (closed 2 April, reopened 2 May).
    assert (
        april.value(
            "Öppna ärenden vid periodens slut", "Anvisad via ekonomiskt bistånd", "Fröslunda Totalt"
        )
        == 2
    )
    assert "Medborgarservice" not in {row.label for _, row in april.rows()}
    assert april.value(
        "Dagar från start till avslut till egen försörjning", "Anvisad, median", "Fröslunda Män"
    ) == Mean(None, 0)


def test_quartiles_are_excel_quartile_inc() -> None:
    assert quartiles([]) is None
    assert quartiles([7]) == (7, 7, 7)
    assert quartiles([1, 2, 3, 4]) == (1.75, 2.5, 3.25)


@pytest.mark.parametrize(
    ("period", "years"),
    [
        (Period(date(2020, 1, 1), date(2022, 12, 31)), Decimal(3)),
        (Period(date(2023, 1, 1), date(2023, 8, 31)), Decimal(8) / 12),
        (Period(date(2023, 1, 15), date(2023, 1, 28)), Decimal(14) / Decimal("365.25")),
    ],
)
def test_period_length_in_years(period: Period, years: Decimal) -> None:
    assert period_years(period) == years


@pytest.fixture
def t4(db_target: str, journal: Journal, tmp_path: Path) -> Journal:
    add_seed_sites(journal)
    src = tmp_path / "t4.csv"
    src.write_text(
        cases_csv(referred_cases() + ms_2021_cases() + ms_2022_cases()), encoding="utf-8"
    )
    assert main(["--db", db_target, "import", "cases", str(src)]) == 0
    return journal


def resources_cli(db: str, tmp_path: Path, *args: str) -> list[str]:
    out = tmp_path / "r.csv"
    assert (
        main(
            [
                "--db",
                db,
                "report",
                "resources",
                *args,
                "--cost-per-fte",
                "396000",
                "--format",
                "csv",
                "--output",
                str(out),
            ]
        )
        == 0
    )
    return out.read_text(encoding="utf-8-sig").splitlines()


def test_t4_per_route_figures(db_target: str, t4: Journal, tmp_path: Path) -> None:
    referred = resources_cli(
        db_target,
        tmp_path,
        "--route",
        "anvisad",
        "--fte-anvisad",
        "3,5",
        "--from",
        "2020-01-01",
        "--to",
        "2022-12-31",
    )
    assert referred == [
        "Mått;Anvisningar ekonomiskt bistånd",
        "Antal avslut till egen försörjning;106",
        "varav kvinnor;61",
        "varav män;45",
        "Antal årsarbetare;3,5",
        "Periodens längd i år;3",
        "Avslut till egen försörjning per årsarbetare under perioden;30",
        "Avslut till egen försörjning per årsarbetare och år;10",
        "Personalkostnad per årsarbetare och år;396000 kr",
        "Personalkostnad för perioden;4158000 kr",
        "Kostnad per avslut till egen försörjning;39226 kr",
    ]
    citizen = resources_cli(
        db_target,
        tmp_path,
        "--route",
        "medborgarservice",
        "--fte-medborgarservice",
        "2",
        "--from",
        "2021-01-01",
        "--to",
        "2022-12-31",
    )
    assert citizen[1] == "Antal avslut till egen försörjning;108"
    assert citizen[6:8] == [
        "Avslut till egen försörjning per årsarbetare under perioden;54",
        "Avslut till egen försörjning per årsarbetare och år;27",
    ]
    assert citizen[-1] == "Kostnad per avslut till egen försörjning;14667 kr"


def test_combined_column_is_pooled_not_summed_or_averaged(
    db_target: str, t4: Journal, tmp_path: Path
) -> None:
    lines = resources_cli(
        db_target,
        tmp_path,
        "--fte-anvisad",
        "3.5",
        "--fte-medborgarservice",
        "2",
        "--from",
        "2020-01-01",
        "--to",
        "2022-12-31",
    )
    rows = {line.split(";")[0]: line.split(";")[1:] for line in lines}
    assert rows["Mått"] == ["Medborgarservice", "Anvisningar ekonomiskt bistånd", "Totalt"]
    assert rows["Antal avslut till egen försörjning"] == ["108", "106", "214"]
    assert rows["Antal årsarbetare"] == ["2", "3,5", "5,5"]
    # 214 / 5,5 = 38,9 (the seed adds the ratios: 84); 214 / 16,5 FTE-years = 13 (seed: 37)
    assert rows["Avslut till egen försörjning per årsarbetare under perioden"] == ["54", "30", "39"]
    assert rows["Avslut till egen försörjning per årsarbetare och år"] == ["18", "10", "13"]
    # all cost over all closings: 6 534 000 / 214 (the seed averages the two costs)
    assert rows["Kostnad per avslut till egen försörjning"] == ["22000 kr", "39226 kr", "30533 kr"]


def test_missing_or_zero_fte(
    db_target: str, t4: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    assert (
        main(
            [
                "--db",
                db_target,
                "report",
                "resources",
                "--fte-anvisad",
                "3.5",
                "--cost-per-fte",
                "396000",
                "--month",
                "2022-05",
                "--format",
                "csv",
                "--output",
                str(out),
            ]
        )
        == 1
    )
    assert "Ange antal årsarbetare med --fte-medborgarservice" in capsys.readouterr().err
    assert not out.exists()
    with t4.session() as s:
        t = resources_report(
            s,
            Period(date(2022, 1, 1), date(2022, 12, 31)),
            route=MS,
            fte={MS: None},
            cost_per_fte=None,
        )
    assert t.value(
        None, "Avslut till egen försörjning per årsarbetare och år", "Medborgarservice"
    ) == Mean(None, 0)
    assert t.value(None, "Kostnad per avslut till egen försörjning", "Medborgarservice") == Money(
        None
    )
    assert csv_text(t).splitlines()[-1] == "Kostnad per avslut till egen försörjning;–"
