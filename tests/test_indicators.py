"""Indicators followed over the years: the catalogue, the chosen list with targets (lead-only,
audited), the series, and ``vagledare report indikatorer`` with its exact CSV, its judgement of
Uppfyllt in both directions, years without data, years moved in as aggregates and small-count
protection."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.imports.aggregates import import_aggregates
from vagledare.journal import access, cases, quick_cases, staff
from vagledare.journal import indicators as ind
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    AuditEntry,
    ClosureReason,
    Gender,
    IndicatorTarget,
    ResourceYear,
    Role,
    Route,
)
from vagledare.reports import door
from vagledare.reports.indicators import indicator_series, judge
from vagledare.reports.measures import MEASURES, measure, measure_value
from vagledare.reports.periods import full_year

W, M = Gender.WOMAN, Gender.MAN
TODAY = date(2025, 1, 15)
PCT = "\u00a0%"  # Swedish percent: a no-break space before the sign

HEADER = (
    "Indikator;Typ;2022 Kvinnor;2022 Män;2022 Totalt;2023 Kvinnor;2023 Män;2023 Totalt;"
    "2024 Kvinnor;2024 Män;2024 Totalt;Mål 2024;Uppfyllt"
)
AGGREGATES_2022 = (
    "år;period;mötesplats;mått;kön;värde\n"
    "2022;helår;Fröslunda;snabbarenden;Kvinnor;800\n"
    "2022;helår;Fröslunda;snabbarenden;Män;600\n"
    "2022;helår;Fröslunda;snabbarenden;Totalt;1 450\n"
    "2022;helår;;avslut;Totalt;40\n"
    "2022;helår;;avslut-egen-forsorjning;Totalt;18\n"
)


def quick(desk: Desk, year: int, gender: Gender, n: int) -> None:
    site = desk.site
    with desk.journal.session() as s:
        quick_cases.log_quick_cases(
            s,
            site.id,
            site.active_categories[0].id,
            site.active_age_bands[0].id,
            gender,
            desk.staff.id,
            at=datetime(year, 3, 14, 10),
            count=n,
            now=datetime(TODAY.year, TODAY.month, TODAY.day, 12),
        )


def closings(desk: Desk, year: int, gender: Gender, own: int, other: int) -> None:
    """``own`` avslut till egen försörjning and ``other`` avslut for other reasons."""
    with desk.journal.session() as s:
        reasons = [ClosureReason.PERMANENT_JOB] * own + [ClosureReason.MOVED_AWAY] * other
        for reason in reasons:
            case_id = cases.open_case(
                s,
                site_id=desk.site.id,
                route=Route.REFERRED,
                start=date(year, 1, 10),
                gender=gender,
                age_band="25-34",
                author_id=None,
                today=TODAY,
            )
            cases.close_case(s, case_id, date(year, 9, 30), reason, None, today=TODAY)


def resources(desk: Desk, year: int, route: Route, fte: str, cost: int) -> None:
    with desk.journal.session() as s:
        s.add(
            ResourceYear(
                year=year,
                route=route.value,
                fte_centi=int(Decimal(fte) * 100),
                cost_per_fte=cost,
            )
        )


def three_years(desk: Desk) -> None:
    """2022 moved in as aggregates; 2023 and 2024 from the journal's rows."""
    with desk.journal.session() as s:
        import_aggregates(s, "2022.csv", None, data=AGGREGATES_2022.encode(), today=TODAY)
    quick(desk, 2023, W, 30)
    quick(desk, 2023, M, 25)
    quick(desk, 2024, W, 40)
    quick(desk, 2024, M, 45)
    closings(desk, 2023, W, own=4, other=2)
    closings(desk, 2023, M, own=2, other=2)
    closings(desk, 2024, W, own=3, other=4)
    closings(desk, 2024, M, own=2, other=3)
    resources(desk, 2023, Route.REFERRED, "3.5", 400_000)
    resources(desk, 2024, Route.REFERRED, "3.5", 400_000)
    resources(desk, 2024, Route.CITIZEN_SERVICE, "2", 400_000)
    with desk.journal.session() as s:
        for key, target in (
            ("snabbarenden", "80"),
            ("avslut-egen-forsorjning", "6"),
            ("andel-egen-forsorjning", "0.40"),
            ("kostnad-per-avslut", "400000"),
            ("arsarbetare", None),
            ("tillfallen", "10"),
        ):
            info = ind.add_indicator(s, key)
            if target is not None:
                ind.set_target(s, info.id, 2024, Decimal(target))


def report_csv(db: str, tmp_path: Path, *extra: str) -> str:
    out = tmp_path / "ind.csv"
    args = ["--db", db, "report", "indikatorer", "--year", "2024", *extra]
    assert main([*args, "--format", "csv", "--output", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return data[3:].decode("utf-8")


def test_three_years_with_targets_give_the_table_and_uppfyllt(
    desk: Desk, db_target: str, tmp_path: Path
) -> None:
    three_years(desk)
    assert report_csv(db_target, tmp_path, "--compare", "2") == "\r\n".join(
        [
            HEADER,
            "Snabbärenden;Aktivitet;800;600;1450;30;25;55;40;45;85;80;ja",
            "Avslut till egen försörjning;Resultat;–;–;18;4;2;6;3;2;5;6;nej",
            f"Andel avslut till egen försörjning;Resultat;–;–;45{PCT};67{PCT};50{PCT};60{PCT};"
            f"43{PCT};40{PCT};42{PCT};40{PCT};ja",
            # 1 400 000 kr over 6 avslut; 2 200 000 kr (5,5 FTE) over 5
            "Kostnad per avslut till egen försörjning;Resurs;;;–;;;233333 kr;;;440000 kr;"
            "400000 kr;nej",
            "Årsarbetare;Resurs;;;–;;;3,5;;;5,5;;–",
            "Genomförda tillfällen;Aktivitet;;;–;;;–;;;–;10;–",
            "",
        ]
    )


def test_the_asked_year_is_last_and_compare_defaults_to_one(
    desk: Desk, db_target: str, tmp_path: Path
) -> None:
    three_years(desk)
    text = report_csv(db_target, tmp_path)
    assert text.splitlines()[0] == (
        "Indikator;Typ;2023 Kvinnor;2023 Män;2023 Totalt;2024 Kvinnor;2024 Män;2024 Totalt;"
        "Mål 2024;Uppfyllt"
    )
    assert text.splitlines()[1] == "Snabbärenden;Aktivitet;30;25;55;40;45;85;80;ja"


def test_years_from_aggregates_are_labelled(desk: Desk) -> None:
    three_years(desk)
    with desk.journal.session(readonly=True) as s:
        request = door.Request("indikatorer", full_year(2024), None, "sv", {"compare": 2})
        table = door.build(s, request, today=TODAY).table
        found = measure_value(s, "snabbarenden", full_year(2022))
    assert found.source == "sammanställning"
    assert (
        "Från inflyttade sammanställningar (år utan radhistorik, vagledare import aggregates): "
        "Snabbärenden 2022; Avslut till egen försörjning 2022; "
        "Andel avslut till egen försörjning 2022." in table.notes
    )
    # The row-level reports never count them: the drop-in table of 2022 is empty.
    with desk.journal.session(readonly=True) as s:
        dropin = door.build(s, door.Request("dropin", full_year(2022)), today=TODAY).table
    assert dropin.value("Totalt", "Totalt", "Totalt") == 0


def test_the_series_for_the_window(desk: Desk) -> None:
    three_years(desk)
    with desk.journal.session(readonly=True) as s:
        series = indicator_series(s, 2024, compare=2)
    first = series[0]
    assert first.measure.key == "snabbarenden"
    assert [y.year for y in first.years] == [2022, 2023, 2024]
    assert [y.value.total for y in first.years] == [Decimal(1450), Decimal(55), Decimal(85)]
    assert [y.value.source for y in first.years] == ["sammanställning", "rader", "rader"]
    assert first.target == Decimal(80) and first.met is True
    share = series[2]
    assert share.years[-1].value.total == Decimal(5) / Decimal(12)
    assert share.met is True
    assert series[3].met is False  # 440 000 kr, lower is better, target 400 000
    assert series[4].target is None and series[4].met is None
    assert series[5].years[-1].value.source == "" and series[5].met is None


@pytest.mark.parametrize(
    ("key", "direction", "value", "target", "met"),
    [
        ("snabbarenden", "higher", "80", "80", True),
        ("snabbarenden", "higher", "79", "80", False),
        ("snabbarenden", "lower", "79", "80", True),
        ("snabbarenden", "lower", "81", "80", False),
        # a share is judged as shown, in whole percent: 54,5 % shows as 55 %
        ("andel-egen-forsorjning", "higher", "0.545", "0.55", True),
        ("andel-egen-forsorjning", "higher", "0.544", "0.55", False),
        ("kostnad-per-avslut", "lower", "400000.4", "400000", True),
        ("progression", "higher", "0.25", "0.3", True),  # +0,3 as shown
        ("progression", "higher", "0.24", "0.3", False),
    ],
)
def test_uppfyllt_in_both_directions(
    key: str, direction: str, value: str, target: str, met: bool
) -> None:
    assert judge(measure(key), direction, Decimal(value), Decimal(target)) is met


def test_without_a_target_or_a_value_nothing_is_judged() -> None:
    m = measure("snabbarenden")
    assert judge(m, "higher", None, Decimal(1)) is None
    assert judge(m, "higher", Decimal(1), None) is None


def test_lower_is_better_meets_its_target(desk: Desk, db_target: str, tmp_path: Path) -> None:
    quick(desk, 2024, W, 30)
    quick(desk, 2024, M, 20)
    with desk.journal.session() as s:
        info = ind.add_indicator(s, "snabbarenden", "lower")
        ind.set_target(s, info.id, 2024, Decimal(60))
    assert report_csv(db_target, tmp_path).splitlines()[1] == (
        "Snabbärenden;Aktivitet;–;–;–;30;20;50;60;ja"
    )


def small_year(desk: Desk) -> None:
    quick(desk, 2023, W, 20)
    quick(desk, 2023, M, 30)
    quick(desk, 2024, W, 3)  # a small count
    quick(desk, 2024, M, 9)
    closings(desk, 2024, W, own=2, other=6)  # avslut till egen försörjning: 2 + 1
    closings(desk, 2024, M, own=1, other=7)
    with desk.journal.session() as s:
        for key, target in (
            ("snabbarenden", "10"),
            ("avslut-egen-forsorjning", "2"),
            ("andel-egen-forsorjning", "0.1"),
        ):
            info = ind.add_indicator(s, key)
            ind.set_target(s, info.id, 2024, Decimal(target))


def test_protection_hides_small_counts_and_what_rests_on_them(
    desk: Desk, db_target: str, tmp_path: Path
) -> None:
    small_year(desk)
    plain = report_csv(db_target, tmp_path)
    assert plain.splitlines()[1:] == [
        "Snabbärenden;Aktivitet;20;30;50;3;9;12;10;ja",
        "Avslut till egen försörjning;Resultat;–;–;–;2;1;3;2;ja",
        f"Andel avslut till egen försörjning;Resultat;–;–;–;25{PCT};13{PCT};19{PCT};10{PCT};ja",
    ]
    shown = report_csv(db_target, tmp_path, "--suppress-small")
    assert shown.splitlines()[1:] == [
        # Kvinnor 3 is <5, Män hidden with it; Totalt 12 is shown and judged
        "Snabbärenden;Aktivitet;20;30;50;<5;..;12;10;ja",
        # Totalt 3 is hidden, and so is whether it meets the target
        "Avslut till egen försörjning;Resultat;–;–;–;<5;<5;<5;2;..",
        # the shares rest on 2, 1 and 3 avslut till egen försörjning
        f"Andel avslut till egen försörjning;Resultat;–;–;–;..;..;..;10{PCT};..",
    ]


def test_the_protected_table_gives_no_small_count_away(desk: Desk) -> None:
    from disclosure_audit import assert_safe

    small_year(desk)
    with desk.journal.session() as s:
        for key in ("besok", "avslut"):  # beside snabbärenden and avslut till egen försörjning
            ind.add_indicator(s, key)
    with desk.journal.session(readonly=True) as s:
        request = door.Request("indikatorer", full_year(2024), None, "sv", {"compare": 1}, True)
        table = door.build(s, request, today=TODAY).table
    assert assert_safe("indikatorer", table) > 0


def test_no_indicators_chosen_gives_an_empty_table_that_says_how(desk: Desk) -> None:
    with desk.journal.session(readonly=True) as s:
        request = door.Request("indikatorer", full_year(2024), None, "sv", {"compare": 1})
        table = door.build(s, request, today=TODAY).table
    assert table.rows() == []
    assert any("vagledare indicators add" in n for n in table.notes)


# -- the chosen list --------------------------------------------------------------------------


def test_the_list_keeps_the_leads_order_and_targets(desk: Desk) -> None:
    with desk.journal.session() as s:
        a = ind.add_indicator(s, "snabbarenden")
        b = ind.add_indicator(s, "Avslut")  # keys are read case-insensitively
        c = ind.add_indicator(s, "kostnad-per-avslut")
        assert c.direction == "lower"  # the measure's own default
        ind.set_target(s, a.id, 2024, Decimal("1200"))
        ind.set_target(s, a.id, 2023, Decimal("1100.50"))
        ind.move_indicator(s, c.id, 0)
        ind.set_direction(s, b.id, "lower")
    with desk.journal.session(readonly=True) as s:
        chosen = ind.list_indicators(s)
    assert [(i.measure, i.position, i.direction) for i in chosen] == [
        ("kostnad-per-avslut", 0, "lower"),
        ("snabbarenden", 1, "higher"),
        ("avslut", 2, "lower"),
    ]
    assert chosen[1].targets == {2023: Decimal("1100.5"), 2024: Decimal(1200)}
    with desk.journal.session() as s:
        ind.set_target(s, a.id, 2023, None)
        ind.remove_indicator(s, a.id)
    with desk.journal.session(readonly=True) as s:
        assert [(i.measure, i.position) for i in ind.list_indicators(s)] == [
            ("kostnad-per-avslut", 0),
            ("avslut", 1),
        ]
        assert s.scalar(select(func.count()).select_from(IndicatorTarget)) == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s, i: ind.add_indicator(s, "snabbarenden"), "följs redan"),
        (lambda s, i: ind.add_indicator(s, "trivsel"), "Okänt mått 'trivsel'. Kända mått: "),
        (lambda s, i: ind.add_indicator(s, "besok", "better"), "Riktningen 'better' finns inte"),
        (lambda s, i: ind.set_target(s, i, 2024, Decimal(-1)), "inget tal från 0"),
        (lambda s, i: ind.set_target(s, i, 2024, Decimal("NaN")), "inget tal från 0"),
        (lambda s, i: ind.set_target(s, i, 1800, Decimal(1)), "Året 1800 ligger utanför"),
        (lambda s, i: ind.set_direction(s, i, "up"), "Riktningen 'up' finns inte"),
        (lambda s, i: ind.remove_indicator(s, uuid.uuid4()), "finns inte längre"),
    ],
)
def test_bad_changes_are_refused(desk: Desk, call, message: str) -> None:  # noqa: ANN001
    with desk.journal.session() as s:
        info = ind.add_indicator(s, "snabbarenden")
    with desk.journal.session() as s, pytest.raises(ValidationError, match=message):
        call(s, info.id)


def test_a_share_target_is_a_proportion(desk: Desk) -> None:
    with desk.journal.session() as s:
        info = ind.add_indicator(s, "andel-egen-forsorjning")
        with pytest.raises(ValidationError, match="0–1"):
            ind.set_target(s, info.id, 2024, Decimal(55))


def test_only_a_team_lead_changes_the_indicators(desk: Desk) -> None:
    with desk.journal.session() as s:
        coach = staff.ensure_staff(s, "Coach C").id
        lead = staff.ensure_staff(s, "Lead L", Role.TEAM_LEAD).id
    with desk.journal.session() as s, pytest.raises(ValidationError, match="Bara teamledare"):
        ind.add_indicator(s, "snabbarenden", author_id=coach)
    with desk.journal.session() as s:
        info = ind.add_indicator(s, "snabbarenden", author_id=lead)
        ind.set_target(s, info.id, 2024, Decimal(5), author_id=lead)
    with desk.journal.session() as s, pytest.raises(ValidationError, match="Bara teamledare"):
        ind.set_target(s, info.id, 2024, Decimal(6), author_id=coach)
    with desk.journal.session(readonly=True) as s:
        logged = s.scalars(select(AuditEntry.entity).where(AuditEntry.actor_id == lead)).all()
    assert {"indicator", "indicator_target"} <= set(logged)


def test_the_catalogue_names_every_measure_once() -> None:
    keys = [m.key for m in MEASURES]
    assert len(keys) == len(set(keys))
    assert {m.kind for m in MEASURES} == {"Resurs", "Aktivitet", "Resultat"}
    counts = {m.key for m in MEASURES if m.importable}
    assert all(measure(k).unit == "count" for k in counts)
    assert not any(m.gender_split for m in MEASURES if m.unit in ("fte", "money"))
    docs = (Path(__file__).parents[1] / "docs" / "indicators.md").read_text(encoding="utf-8")
    for key in keys:
        assert f"`{key}`" in docs, key


# -- the command line -------------------------------------------------------------------------


def test_the_command_line_sets_targets_and_lists_them(
    desk: Desk, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run = ["--db", db_target, "indicators"]
    assert main([*run, "add", "andel-egen-forsorjning"]) == 0
    assert main([*run, "add", "snabbarenden", "--direction", "lower"]) == 0
    assert (
        main([*run, "target", "andel-egen-forsorjning", "--year", "2024", "--value", "55 %"]) == 0
    )
    assert main([*run, "target", "andel-egen-forsorjning", "--year", "2023", "--value", "0,5"]) == 0
    assert main([*run, "target", "snabbarenden", "--year", "2024", "--value", "1 200"]) == 0
    capsys.readouterr()
    assert main([*run, "list"]) == 0
    assert capsys.readouterr().out == (
        "1. andel-egen-forsorjning – Andel avslut till egen försörjning (högre är bättre); "
        "mål 2023: 50 %, 2024: 55 %\n"
        "2. snabbarenden – Snabbärenden (lägre är bättre); mål 2024: 1200\n"
    )
    with desk.journal.session(readonly=True) as s:
        targets = {i.measure: i.targets for i in ind.list_indicators(s)}
    assert targets["andel-egen-forsorjning"] == {2023: Decimal("0.5"), 2024: Decimal("0.55")}
    assert main([*run, "remove", "snabbarenden"]) == 0
    assert main([*run, "catalogue"]) == 0
    assert "snabbarenden\tAktivitet\tSnabbärenden (kan importeras)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("många", "Målet 'många' är inget tal"),
        ("12abc", "Målet '12abc' är inget tal"),
        ("-5", "Målet '-5' är inget tal"),
        ("55 %", "är i procent, men måttet är ingen andel"),
    ],
)
def test_a_target_that_is_not_a_number_is_refused(
    desk: Desk, db_target: str, capsys: pytest.CaptureFixture[str], value: str, message: str
) -> None:
    run = ["--db", db_target, "indicators"]
    assert main([*run, "add", "snabbarenden"]) == 0
    assert main([*run, "target", "snabbarenden", "--year", "2024", "--value", value]) == 1
    assert message in capsys.readouterr().err
    with desk.journal.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(IndicatorTarget)) == 0


def test_on_a_journal_with_pins_a_coach_may_not_change_indicators(
    desk: Desk, db_target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with desk.journal.session() as s:
        coach = staff.ensure_staff(s, "Coach C")
        access.set_pin(s, coach.id, "4711")
    monkeypatch.setenv("VAGLEDARE_PIN", "4711")
    run = ["--db", db_target, "--as", "Coach C", "indicators"]
    assert main([*run, "add", "snabbarenden"]) == 1
    assert "Bara teamledare och administratörer får ändra indikatorerna" in (
        capsys.readouterr().err
    )
    assert main([*run, "list"]) == 0  # reading is for everyone
