"""Resources per year: FTEs per route and cost per FTE stored per year and unit, the resource
table computing each year with its own figures and pooling years, routes and units from
counts (seed T4, domain.md I-5/I-6), the command line and the window's form."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from case_builders import add_seed_sites, cases_csv, ms_2021_cases, ms_2022_cases, referred_cases
from sqlalchemy import func, select

from PySide6.QtCore import QLocale, Qt

from vagledare.cli import main
from vagledare.journal import access, resources, sites, staff
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    AuditEntry,
    Deletion,
    ResourceYear,
    Role,
    Route,
    SiteGroup,
    SiteGroupMember,
    Staff,
)
from vagledare.journal.site_groups import resolve_units
from vagledare.journal.staff import StaffInfo
from vagledare.reports.periods import Period
from vagledare.reports.render.csv import csv_text
from vagledare.reports.resources import MissingResources, resources_report, year_shares
from vagledare.reports.table import Mean, Money

MS, REF = Route.CITIZEN_SERVICE, Route.REFERRED
T4 = Period(date(2020, 1, 1), date(2022, 12, 31))
GROUP = "Mötesplatserna"

# The seed's T4 for Mötesplatserna, each year with its own figures.
T4_YEARLY = [
    "Mått;Medborgarservice;Anvisningar ekonomiskt bistånd;Totalt",
    "Antal avslut till egen försörjning;108;106;214",
    "varav kvinnor;69;61;130",
    "varav män;39;45;84",
    "Antal årsarbetare, genomsnitt för räknad tid;2;3,5;4,83",
    "Räknad tid i år;2;3;3",
    "Årsarbetarår;4;10,5;14,5",
    # 214 ÷ 14,5 (the seed adds 10 + 27 = 37 "per vägledare årligen")
    "Avslut till egen försörjning per årsarbetarår;27,0;10,1;14,8",
    "Personalkostnad per årsarbetarår, genomsnitt;396000 kr;396000 kr;396000 kr",
    "Personalkostnad för perioden;1584000 kr;4158000 kr;5742000 kr",
    # 5 742 000 ÷ 214 (the seed averages 39 226 and 14 667: 26 947)
    "Kostnad per avslut till egen försörjning;14667 kr;39226 kr;26832 kr",
]


def add_group(journal: Journal, name: str, *members: str) -> uuid.UUID:
    with journal.session() as s:
        group = SiteGroup(id=uuid.uuid4(), name=name)
        s.add(group)
        s.flush()
        for site in members:
            s.add(SiteGroupMember(group_id=group.id, site_id=sites.require_site(s, site).id))
        return group.id


@pytest.fixture
def t4(db_target: str, journal: Journal, tmp_path: Path) -> Journal:
    """106 anvisade (2020–2022) and 108 medborgarservice (2021–2022) closings to egen
    försörjning at Årby and Fröslunda, and the group Mötesplatserna of the two."""
    add_seed_sites(journal)
    src = tmp_path / "t4.csv"
    src.write_text(
        cases_csv(referred_cases() + ms_2021_cases() + ms_2022_cases()), encoding="utf-8"
    )
    assert main(["--db", db_target, "import", "cases", str(src)]) == 0
    add_group(journal, GROUP, "Årby", "Fröslunda")
    return journal


def cli(db: str, *args: str) -> int:
    return main(["--db", db, *args])


def store(db: str, year: int, route: str, fte: str, *more: str) -> None:
    args = ["resources", "set", "--year", str(year), "--route", route, "--fte", fte, *more]
    assert cli(db, *args) == 0


def store_t4(db: str, *where: str) -> None:
    """The seed's inputs: anvisad 3,5 FTE every year, medborgarservice left out of 2020."""
    for year in (2020, 2021, 2022):
        cost = ("--cost-per-fte", "396000", *where)
        store(db, year, "anvisad", "3,5", *cost)
        store(db, year, "medborgarservice", "0" if year == 2020 else "2", *cost)


def report_csv(db: str, tmp_path: Path, *args: str) -> list[str]:
    out = tmp_path / "r.csv"
    common = ["--format", "csv", "--output", str(out)]
    assert cli(db, "report", "resources", *args, *common) == 0
    return out.read_text(encoding="utf-8-sig").splitlines()


T4_ARGS = ("--from", "2020-01-01", "--to", "2022-12-31")


def group_id(journal: Journal, name: str = GROUP) -> uuid.UUID:
    with journal.session(readonly=True) as s:
        return s.scalars(select(SiteGroup.id).where(SiteGroup.name == name)).one()


def site_id(journal: Journal, name: str) -> uuid.UUID:
    with journal.session(readonly=True) as s:
        return sites.require_site(s, name).id


# -- the seed's T4 in one run ---------------------------------------------------------------
def test_t4_comes_out_of_the_stored_years_in_one_run(
    db_target: str, t4: Journal, tmp_path: Path
) -> None:
    store_t4(db_target, "--site", GROUP)
    # No --site: the whole journal, whose sites are exactly the group's, so its figures count.
    assert report_csv(db_target, tmp_path, *T4_ARGS) == T4_YEARLY
    with t4.session(readonly=True) as s:
        t = resources_report(s, T4, [group_id(t4)])
    assert csv_text(t).splitlines() == T4_YEARLY
    assert t.title == "Resursindikatorer, alla ärenden, Mötesplatserna"
    assert t.value(None, "Avslut till egen försörjning per årsarbetarår", "Totalt") == Mean(
        Decimal(214) / Decimal("14.5"), 1
    )
    assert t.value(None, "Kostnad per avslut till egen försörjning", "Totalt") == Money(
        Decimal(5_742_000) / 214
    )
    assert t.notes[2].startswith("Varje kalenderår räknas med sina egna årsarbetare")
    assert t.notes[3] == (
        "Mötesplatserna: medborgarservice räknas inte 2020 (0 årsarbetare); avslut och "
        "personalkostnad under den tiden ingår inte."
    )


def test_one_route_over_years_with_one_figure_keeps_the_typed_tables_rows(
    db_target: str, t4: Journal, tmp_path: Path
) -> None:
    store_t4(db_target, "--site", GROUP)
    stored = report_csv(db_target, tmp_path, "--route", "anvisad", *T4_ARGS)
    typed = report_csv(
        db_target,
        tmp_path,
        *("--route", "anvisad", "--fte-anvisad", "3,5", "--cost-per-fte", "396000", *T4_ARGS),
    )
    assert stored == typed
    assert stored[4:] == [
        "Antal årsarbetare;3,5",
        "Periodens längd i år;3",
        "Avslut till egen försörjning per årsarbetare under perioden;30",
        "Avslut till egen försörjning per årsarbetare och år;10",
        "Personalkostnad per årsarbetare och år;396000 kr",
        "Personalkostnad för perioden;4158000 kr",
        "Kostnad per avslut till egen försörjning;39226 kr",
    ]
    # Medborgarservice over the whole period: 0 in 2020, 2 after, so FTE-years.
    citizen = report_csv(db_target, tmp_path, "--route", "medborgarservice", *T4_ARGS)
    assert citizen[1] == "Antal avslut till egen försörjning;108"
    assert citizen[4:] == [
        "Antal årsarbetare, genomsnitt för räknad tid;2",
        "Räknad tid i år;2",
        "Årsarbetarår;4",
        "Avslut till egen försörjning per årsarbetarår;27,0",
        "Personalkostnad per årsarbetarår, genomsnitt;396000 kr",
        "Personalkostnad för perioden;1584000 kr",
        "Kostnad per avslut till egen försörjning;14667 kr",
    ]


def test_typed_figures_override_the_stored_ones_for_every_year(
    db_target: str, t4: Journal, tmp_path: Path
) -> None:
    store_t4(db_target, "--site", GROUP)
    typed = report_csv(
        db_target,
        tmp_path,
        *("--fte-anvisad", "3.5", "--fte-medborgarservice", "2", "--cost-per-fte", "396000"),
        *T4_ARGS,
    )
    # The contract of the typed table: 5,5 FTEs for three years, 6 534 000 / 214.
    assert typed[-1] == "Kostnad per avslut till egen försörjning;22000 kr;39226 kr;30533 kr"
    # A typed cost with the stored FTEs: 400 000 × 14,5 FTE-years / 214.
    cost_only = report_csv(db_target, tmp_path, "--cost-per-fte", "400000", *T4_ARGS)
    assert cost_only[6] == "Årsarbetarår;4;10,5;14,5"
    assert cost_only[-1] == "Kostnad per avslut till egen försörjning;14815 kr;39623 kr;27103 kr"


def test_a_year_split_by_the_period_counts_its_months(t4: Journal) -> None:
    with t4.session() as s:
        gid = group_id(t4)
        for year, fte in ((2021, "2"), (2022, "4")):
            resources.set_resources(s, year, MS, fte, 300_000, group_id=gid)
            resources.set_resources(s, year, REF, "0", None, group_id=gid)
    period = Period(date(2021, 7, 1), date(2022, 6, 30))
    assert year_shares(period) == [(2021, Decimal("0.5")), (2022, Decimal("0.5"))]
    with t4.session(readonly=True) as s:
        t = resources_report(s, period, [gid], route="medborgarservice")
    col = "Medborgarservice"
    assert t.value(None, "Årsarbetarår", col) == Mean(Decimal(3), 0)  # 2 × ½ + 4 × ½
    assert t.value(None, "Antal årsarbetare, genomsnitt för räknad tid", col) == Mean(Decimal(3), 0)
    assert t.value(None, "Personalkostnad för perioden", col) == Money(Decimal(900_000))


# -- several units ---------------------------------------------------------------------------
def test_several_units_get_a_block_each_and_a_pooled_totalt_block(t4: Journal) -> None:
    arby, froslunda = site_id(t4, "Årby"), site_id(t4, "Fröslunda")
    with t4.session() as s:
        for year in (2020, 2021, 2022):
            for sid, ref, ms in ((arby, "2", "1"), (froslunda, "1,5", "1")):
                resources.set_resources(s, year, REF, ref, 396_000, site_id=sid)
                resources.set_resources(s, year, MS, "0" if year == 2020 else ms, 396_000, sid)
        t = resources_report(s, T4, [arby, froslunda])
    assert t.columns == (
        "Fröslunda Medborgarservice",
        "Fröslunda Anvisningar ekonomiskt bistånd",
        "Fröslunda Totalt",
        "Årby Medborgarservice",
        "Årby Anvisningar ekonomiskt bistånd",
        "Årby Totalt",
        "Totalt Medborgarservice",
        "Totalt Anvisningar ekonomiskt bistånd",
        "Totalt",
    )
    lines = {line.split(";")[0]: line.split(";")[1:] for line in csv_text(t).splitlines()}
    assert lines["Antal avslut till egen försörjning"] == [
        *("39", "53", "92"),
        *("69", "53", "122"),
        *("108", "106", "214"),
    ]
    assert lines["Årsarbetarår"] == ["2", "4,5", "6,5", "2", "6", "8", "4", "10,5", "14,5"]
    # Pooled from the counts: the Totalt block is the seed's T4 again.
    assert lines["Kostnad per avslut till egen försörjning"][-3:] == [
        "14667 kr",
        "39226 kr",
        "26832 kr",
    ]
    # Every Sum relation the protection relies on holds in the figures shown.
    for rel in t.sums:
        assert t.cell(rel.total) == sum(t.cell(part) for part in rel.parts), rel


def test_a_group_beside_a_site_and_overlapping_units(t4: Journal) -> None:
    with t4.session() as s:
        city = sites.add_site(s, "Jobbcentrum City").id
        gid = group_id(t4)
        for year in (2020, 2021, 2022):
            resources.set_resources(s, year, REF, "15,8", 396_000, site_id=city)
            resources.set_resources(s, year, MS, "0", None, site_id=city)
            resources.set_resources(s, year, REF, "3,5", 396_000, group_id=gid)
            resources.set_resources(s, year, MS, "0" if year == 2020 else "2", 396_000, None, gid)
        t = resources_report(s, T4, [gid, city], route="anvisad")
        assert t.columns == (
            "Jobbcentrum City Anvisningar ekonomiskt bistånd",
            "Mötesplatserna Anvisningar ekonomiskt bistånd",
            "Totalt Anvisningar ekonomiskt bistånd",
        )
        assert t.title == (
            "Resursindikatorer, anvisningar ekonomiskt bistånd, Jobbcentrum City och Mötesplatserna"
        )
        assert t.value(None, "Antal årsarbetare", "Totalt Anvisningar ekonomiskt bistånd") == Mean(
            Decimal("19.3"), 1
        )
        with pytest.raises(ValidationError, match="har en mötesplats gemensam"):
            resources_report(s, T4, [gid, site_id(t4, "Årby")])
        units = resolve_units(s, [city, gid])
    assert [(u.name, u.is_group, len(u.site_ids)) for u in units] == [
        ("Jobbcentrum City", False, 1),
        ("Mötesplatserna", True, 2),
    ]


# -- what is missing ------------------------------------------------------------------------
def test_missing_figures_are_refused_on_the_command_line_and_noted_in_the_table(
    db_target: str, t4: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    args = ["report", "resources", *T4_ARGS, "--format", "csv", "--output", str(out)]
    assert cli(db_target, *args) == 1
    err = capsys.readouterr().err
    assert "Ange antal årsarbetare med --fte-medborgarservice" in err
    assert "vagledare resources set --year ÅR --route medborgarservice" in err
    assert "de saknas för hela journalen 2020, 2021, 2022." in err
    store(db_target, 2020, "anvisad", "3,5")  # no cost
    for year in (2021, 2022):
        store(db_target, year, "anvisad", "3,5", "--cost-per-fte", "396000")
    assert cli(db_target, *args[:2], "--route", "anvisad", *args[2:]) == 1
    assert "Ange personalkostnad per årsarbetare med --cost-per-fte" in capsys.readouterr().err
    assert not out.exists()
    with t4.session(readonly=True) as s:
        t = resources_report(s, T4, None, route="anvisad")
        with pytest.raises(MissingResources) as refused:
            resources_report(s, T4, None, route="anvisad", require_fte=True)
    assert (refused.value.what, refused.value.years) == ("cost", (2020,))
    assert csv_text(t).splitlines()[-1] == "Kostnad per avslut till egen försörjning;–"
    assert t.notes[-1] == (
        "Personalkostnad per årsarbetare för anvisade saknas för 2020 (hela journalen): en "
        "teamledare anger den under Resurser per år."
    )


# -- the command line and the domain ------------------------------------------------------
def test_resources_set_and_list_round_trip(
    db_target: str, t4: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    store(db_target, 2021, "anvisad", "3,5", "--cost-per-fte", "396000", "--site", GROUP)
    assert capsys.readouterr().out == (
        "Sparat för 2021, Mötesplatserna: anvisad 3,5 årsarbetare, personalkostnad per "
        "årsarbetare 396 000 kr.\n"
    )
    store(db_target, 2021, "anvisad", "4.25", "--cost-per-fte", "400000", "--site", GROUP)
    store(db_target, 2020, "medborgarservice", "0", "--site", "årby")
    store(db_target, 2022, "medborgarservice", "2", "--cost-per-fte", "396000")
    capsys.readouterr()
    assert cli(db_target, "resources", "list") == 0
    assert capsys.readouterr().out.splitlines() == [
        "År    Mötesplats/grupp  Väg               Årsarbetare  Kostnad per årsarbetare",
        "2022  Hela journalen    medborgarservice            2               396 000 kr",
        "2021  Mötesplatserna    anvisad                  4,25               400 000 kr",
        "2020  Årby              medborgarservice            0                        –",
    ]
    assert cli(db_target, "resources", "list", "--site", GROUP) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "2021  Mötesplatserna    anvisad         4,25               400 000 kr"
    ]
    with t4.session(readonly=True) as s:
        rows = s.scalars(select(ResourceYear).where(ResourceYear.group_id.is_not(None))).all()
        assert [(r.year, r.route, r.fte_centi, r.cost_per_fte) for r in rows] == [
            (2021, "referred", 425, 400_000)
        ]
        logged = [e for e in s.scalars(select(AuditEntry)) if e.entity == "resource_year"]
    assert [e.action for e in logged] == ["create", "update", "create", "create"]


def test_bad_input_is_refused_with_what_and_where(
    db_target: str, t4: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["resources", "set", "--route", "anvisad"]
    assert cli(db_target, *base, "--year", "1999", "--fte", "1") == 1
    assert "Året ska vara mellan 2000 och 2100 (nu 1999)." in capsys.readouterr().err
    assert cli(db_target, *base, "--year", "2021", "--fte", "1", "--site", "Nowhere") == 1
    assert (
        "Mötesplatsen eller gruppen 'Nowhere' finns inte (kända: Fröslunda, Årby, "
        "Mötesplatserna)." in capsys.readouterr().err
    )
    with pytest.raises(SystemExit) as usage:
        cli(db_target, *base, "--year", "2021", "--fte", "-1")
    assert usage.value.code == 2
    assert "'-1' ska vara ett tal ≥ 0" in capsys.readouterr().err
    gid = group_id(t4)
    cases = [
        ((2021, REF, "-0,5", None), "Antal årsarbetare för anvisad kan inte vara negativt"),
        ((2021, REF, "1,125", None), "Antal årsarbetare för anvisad får ha högst två decimaler"),
        ((2021, REF, "1", "-5"), "Personalkostnaden per årsarbetare kan inte vara negativ"),
        ((2021, REF, "1", "396000,50"), "Personalkostnaden per årsarbetare anges i hela kronor"),
        ((2101, REF, "1", None), "Året ska vara mellan 2000 och 2100 (nu 2101)."),
        ((2021, "bil", "1", None), "Okänd väg 'bil': välj medborgarservice eller anvisad."),
    ]
    with t4.session() as s:
        for args, message in cases:
            with pytest.raises(ValidationError, match=re.escape(message)):
                resources.set_resources(s, *args)
        with pytest.raises(ValidationError, match="Mötesplatsen finns inte i journalen."):
            resources.set_resources(s, 2021, REF, 1, None, site_id=uuid.uuid4())
        with pytest.raises(ValidationError, match="Gruppen av mötesplatser finns inte"):
            resources.set_resources(s, 2021, REF, 1, None, group_id=uuid.uuid4())
        with pytest.raises(ValidationError, match="antingen en mötesplats eller en grupp"):
            resources.set_resources(s, 2021, REF, 1, None, site_id(t4, "Årby"), gid)
    with t4.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(ResourceYear)) == 0


def test_only_team_leads_once_accounts_have_pins(journal: Journal) -> None:
    with journal.session() as s:
        coach = staff.ensure_staff(s, "VL", Role.COACH)
        lead = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
        resources.set_resources(s, 2021, REF, 1, None, author_id=coach.id)  # nobody enrolled
        s.get(Staff, lead.id).pin_hash = access.hash_pin("2468")
    with journal.session() as s, pytest.raises(ValidationError) as refused:
        resources.set_resources(s, 2021, REF, 2, None, author_id=coach.id)
    assert str(refused.value) == (
        "Bara teamledare och administratörer får ange resurser per år (du är vägledare)."
    )
    with journal.session() as s:
        entry = resources.set_resources(s, 2021, REF, 2, 396_000, author_id=lead.id)
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.at.desc())).first()
    assert (entry.fte, entry.unit) == (Decimal(2), "Hela journalen")
    assert (last.entity, last.action, last.actor_id) == ("resource_year", "update", lead.id)


def test_two_desks_same_year_the_newest_wins_and_a_save_keeps_one(t4: Journal) -> None:
    gid = group_id(t4)
    then = datetime(2024, 1, 1, 12, 0)
    with t4.session() as s:
        for fte, at in ((350, then), (400, then + timedelta(hours=1))):
            s.add(
                ResourceYear(
                    id=uuid.uuid4(),
                    year=2021,
                    route=REF.value,
                    group_id=gid,
                    fte_centi=fte,
                    cost_per_fte=396_000,
                    created_at=at,
                    modified_at=at,
                )
            )
    with t4.session(readonly=True) as s:
        units = resolve_units(s, [gid])
        assert resources.resources_for(s, [2021], units[0])[(2021, REF)].fte == 4
        assert [e.fte for e in resources.list_resources(s)] == [4]
    with t4.session() as s:
        resources.set_resources(s, 2021, REF, "3,5", 396_000, group_id=gid)
    with t4.session(readonly=True) as s:
        assert s.scalars(select(ResourceYear.fte_centi)).all() == [350]
        gone = s.scalars(select(Deletion.table_name)).all()
    assert gone == ["resource_year"]  # the other desk deletes its copy too


# -- the window ------------------------------------------------------------------------------
@pytest.fixture
def lead(t4: Journal) -> StaffInfo:
    with t4.session() as s:
        me = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
        s.get(Staff, me.id).pin_hash = access.hash_pin("2468")
    t4.act_as(me.id)
    return me


def test_the_window_form_stores_years_and_keeps_input_when_refused(
    qtbot,  # noqa: ANN001
    qtmodeltester,  # noqa: ANN001
    t4: Journal,
    lead: StaffInfo,
) -> None:
    from a11y import leaves_with_tab, tab_cycle, unnamed_controls

    from vagledare.gui.admin.resources_dialog import ResourcesDialog

    d = ResourcesDialog(t4, lead, "sv", year=2021)
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    ui = d.ui
    assert unnamed_controls(d) == []
    cycle = tab_cycle(d)
    form = [ui.yearSpin, ui.unitCombo, ui.citizenSpin, ui.referredSpin, ui.costSpin]
    assert cycle[-1] is cycle[0]
    assert [w for w in cycle[:-1] if w in (*form, ui.saveButton)] == [*form, ui.saveButton]
    assert leaves_with_tab(cycle[:-1]) == []
    assert [ui.unitCombo.itemText(i) for i in range(ui.unitCombo.count())] == [
        "Whole journal",
        "Fröslunda",
        "Årby",
        "Mötesplatserna",
    ]
    ui.unitCombo.setCurrentIndex(3)
    ui.citizenSpin.setValue(2)
    ui.referredSpin.setValue(3.5)
    ui.costSpin.setValue(396_000)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.problemLabel.text() == "Saved: 2021, Mötesplatserna."
    gid = group_id(t4)
    with t4.session(readonly=True) as s:
        got = {(e.route, e.fte, e.cost_per_fte, e.group_id) for e in resources.list_resources(s)}
    assert got == {(MS, 2, 396_000, gid), (REF, Decimal("3.5"), 396_000, gid)}
    assert d.model.rowCount() == 2
    qtmodeltester.check(d.model)
    assert d.model.data(d.model.index(1, 3)) == "3" + QLocale().decimalPoint() + "5"

    # Another year starts from what is typed; choosing a stored row fills the form again.
    ui.yearSpin.setValue(2022)
    ui.citizenSpin.setValue(0)
    assert (ui.referredSpin.value(), ui.costSpin.value()) == (3.5, 396_000)
    ui.yearsView.selectRow(1)
    assert (ui.yearSpin.value(), ui.unitCombo.currentText()) == (2021, "Mötesplatserna")
    assert ui.citizenSpin.value() == 2

    # Demoted meanwhile: the journal refuses, the form keeps what was typed.
    with t4.session() as s:
        s.get(Staff, lead.id).role = Role.COACH
    ui.referredSpin.setValue(4)
    ui.saveButton.click()
    assert ui.problemLabel.text() == (
        "⚠ Bara teamledare och administratörer får ange resurser per år (du är vägledare)."
    )
    assert (ui.yearSpin.value(), ui.referredSpin.value()) == (2021, 4)
    with t4.session(readonly=True) as s:
        assert {e.fte for e in resources.list_resources(s)} == {2, Decimal("3.5")}


def test_the_report_page_says_what_to_enter_and_opens_the_form(
    qtbot,  # noqa: ANN001
    t4: Journal,
    lead: StaffInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QDate

    from vagledare.gui.admin.resources_dialog import ResourcesDialog
    from vagledare.gui.reports.report_page import RANGE, ReportPage

    page = ReportPage(t4, "sv", staff=lead)
    qtbot.addWidget(page)
    keys = [page.ui.reportCombo.itemData(i) for i in range(page.ui.reportCombo.count())]
    assert not page.resources_button.isVisibleTo(page)
    page.ui.reportCombo.setCurrentIndex(keys.index("resources"))
    assert page.resources_button.isVisibleTo(page)
    page.ui.periodKindCombo.setCurrentIndex(RANGE)
    page.ui.fromDate.setDate(QDate(2020, 1, 1))
    page.ui.toDate.setDate(QDate(2022, 12, 31))
    page.show_report()
    assert page.table is None
    assert page.ui.notesLabel.text() == (
        "The resource table needs the FTEs for Medborgarservice in 2020, 2021, 2022 (the whole "
        "journal). Enter them above for this report, or store them for each year with "
        "Resources per year…."
    )
    assert not page.ui.csvButton.isEnabled()

    def fill(d: ResourcesDialog) -> None:
        assert d.ui.yearSpin.value() == 2020  # the report's first year, the whole journal
        assert d.unit().key == (None, None)
        for year in (2020, 2021, 2022):
            d.ui.yearSpin.setValue(year)
            d.ui.citizenSpin.setValue(0 if year == 2020 else 2)
            d.ui.referredSpin.setValue(3.5)
            d.ui.costSpin.setValue(396_000)
            d.ui.saveButton.click()

    def fake_exec(self: ResourcesDialog) -> int:
        fill(self)
        return 0

    monkeypatch.setattr(ResourcesDialog, "exec", fake_exec)
    page.resources_button.click()
    assert page.table is not None
    assert csv_text(page.table).splitlines() == T4_YEARLY
    # Typed in the report's own fields: those figures, for every year.
    page.options.set_value("fte_citizen_service", 2)
    assert page.table.value(None, "Antal årsarbetare", "Medborgarservice") == Mean(Decimal(2), 0)


# -- protection ----------------------------------------------------------------------------
def test_small_counts_are_protected_in_the_yearly_blocks(journal: Journal) -> None:
    """Few closings per unit and route, figures that change between years: what protection
    hides cannot be worked out again from the blocks, the FTE-years or the costs."""
    from disclosure_audit import SECONDARY, assert_safe

    from vagledare.journal import cases
    from vagledare.journal.models import ClosureReason, Gender
    from vagledare.reports import door

    closings = {  # (site, route, year): (women, men)
        ("Årby", REF, 2021): (2, 1),
        ("Årby", MS, 2022): (4, 3),
        ("Fröslunda", REF, 2021): (3, 3),
        ("Fröslunda", MS, 2022): (1, 1),
    }
    add_seed_sites(journal)
    with journal.session() as s:
        ids = {name: sites.require_site(s, name).id for name in ("Årby", "Fröslunda")}
        for (site, route, year), (women, men) in closings.items():
            for gender, n in ((Gender.WOMAN, women), (Gender.MAN, men)):
                for i in range(n):
                    cid = cases.open_case(
                        s,
                        site_id=ids[site],
                        route=route,
                        start=date(year, 1, 10),
                        gender=gender,
                        age_band="25-34",
                        author_id=None,
                    )
                    cases.close_case(
                        s, cid, date(year, 3, 1 + i), ClosureReason.PERMANENT_JOB, None
                    )
        for year in (2021, 2022):
            for site, ref, ms in (("Årby", "1", "0,5"), ("Fröslunda", "1,5", "0,75")):
                fte = {REF: ref, MS: "0" if year == 2021 else ms}
                resources.set_year(s, year, fte, 390_000 + year, ids[site])
        period = Period(date(2021, 1, 1), date(2022, 12, 31))
        request = door.Request("resources", period, list(ids.values()), "sv", {}, True)
        table = door.build(s, request).table
    assert table.columns[-1] == "Totalt"
    assert "Årsarbetarår" in {row.label for _, row in table.rows()}
    n = table.rows()[0][1].values
    per_year = next(row for _, row in table.rows() if row.label.endswith("per årsarbetarår"))
    for count, ratio in zip(n, per_year.values, strict=True):
        if not isinstance(count, int):
            assert ratio == SECONDARY
    assert assert_safe("resources", table) > 0
