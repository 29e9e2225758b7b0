"""Site aliases and site groups (#20): the seeds' Nord/Norr/Syd name Årby and Fröslunda
wherever a site's name is taken; a group such as *Mötesplatserna* (Årby + Fröslunda) is chosen
wherever a site is, gets one column block in avslut, flow and språkgrupp and is pooled by
every other report; overlapping choices (a group and one of its sites) keep small-count
protection sound."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
from case_builders import (
    SeedCase,
    add_seed_sites,
    build_directly,
    cases_csv,
    ms_2021_cases,
    ms_2022_cases,
    noise_cases,
    referred_cases,
)
from conftest import fixture_path
from disclosure_audit import assert_safe, part_key
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from test_publishing import OPTIONS, random_groups_and_readings, random_journal

from PySide6.QtCore import Qt

from vagledare.cli import main
from vagledare.gui.admin.settings_dialog import SettingsDialog
from vagledare.gui.admin.site_groups_panel import SiteGroupsPanel
from vagledare.gui.reports.report_page import ReportPage
from vagledare.journal import site_groups, sites, staff
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    Deletion,
    Gender,
    Role,
    Route,
    SiteGroup,
    SiteGroupMember,
)
from vagledare.journal.site_settings import as_lead
from vagledare.reports import door
from vagledare.reports.avslut import avslut_report
from vagledare.reports.catalog import REPORTS
from vagledare.reports.flow import flow_report
from vagledare.reports.periods import Period, full_year
from vagledare.reports.table import MARKERS, ReportTable, Share

FIXTURE = "avslut-medborgarservice-2022-01-01--2022-12-31.csv"
MS_ARGS = ["--route", "medborgarservice", "--from", "2022-01-01", "--to", "2022-12-31"]
T2 = Period(date(2020, 1, 1), date(2022, 12, 31))
YEAR = full_year(2024)
W, M = Gender.WOMAN, Gender.MAN
BLOCK_REPORTS = ("avslut", "flow", "sprakgrupp")


def report_cli(db: str, out: Path, kind: str, *args: str) -> int:
    return main(["--db", db, "report", kind, *args, "--format", "csv", "--output", str(out)])


def csv_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


@pytest.fixture
def seeded(db_target: str, journal: Journal, tmp_path: Path) -> Journal:
    """The seed's cases at Årby and Fröslunda (T2, T3), imported as a desk would."""
    add_seed_sites(journal)
    src = tmp_path / "seed.csv"
    rows = ms_2022_cases() + noise_cases() + referred_cases() + ms_2021_cases()
    src.write_text(cases_csv(rows), encoding="utf-8")
    assert main(["--db", db_target, "--as", "AB", "import", "cases", str(src)]) == 0
    return journal


def add_group(journal: Journal, name: str, members: Iterable[str]) -> uuid.UUID:
    with journal.session() as s:
        ids = [sites.require_site(s, n).id for n in members]
        return site_groups.add_group(s, name, ids).id


def site_id(journal: Journal, name: str) -> uuid.UUID:
    with journal.session(readonly=True) as s:
        return sites.require_site(s, name).id


def city_cases() -> list[SeedCase]:
    """A few closings at City in 2022 (medborgarservice)."""
    day = date(2022, 3, 1)
    return [
        SeedCase(f"CIT-{i:03d}", "City", Route.CITIZEN_SERVICE, g, "25-34", day, day, reason)
        for i, (g, reason) in enumerate(
            [(W, "Studier")] * 6 + [(M, "Studier")] * 5 + [(W, "Egen begäran")] * 7
        )
    ]


# -- aliases ----------------------------------------------------------------------------------


def test_nord_norr_and_syd_name_the_sites_in_every_report_command(
    db_target: str, seeded: Journal, tmp_path: Path
) -> None:
    fixture = fixture_path(FIXTURE).read_bytes()
    for names in (("Nord", "Syd"), ("norr", "SYD"), ("Jobbcentrum Norr", "Mötesplats Fröslunda")):
        out = tmp_path / "out.csv"
        args = ["--site", names[0], "--site", names[1], *MS_ARGS]
        assert report_cli(db_target, out, "avslut", *args) == 0
        assert out.read_bytes() == fixture, names  # the seed's table, byte for byte
    one = tmp_path / "one.csv"
    assert report_cli(db_target, one, "avslut", "--site", "Jobbcentrum Syd", *MS_ARGS) == 0
    assert csv_lines(one)[0] == "Orsak;Fröslunda Kvinnor;Fröslunda Män;Fröslunda Totalt"
    # the site commands take them too: the category lands at Fröslunda
    assert main(["--db", db_target, "--as", "AB", "site", "add-category", "syd", "Körkort"]) == 0
    with seeded.session(readonly=True) as s:
        assert sites.require_site(s, "Fröslunda").category("Körkort") is not None
        assert sites.require_site(s, "Årby").category("Körkort") is None


def test_an_alias_names_its_site_only_when_the_journal_has_it(
    db_target: str, journal: Journal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with journal.session() as s:
        sites.add_site(s, "City")
        assert sites.find_site(s, "Nord") is None
        with pytest.raises(ValidationError) as refused:
            sites.require_site(s, "Nord")
        assert str(refused.value) == "Mötesplatsen 'Nord' finns inte (kända: City)."
        arby = sites.add_site(s, "Årby")
        found = sites.find_site(s, "  jobbcentrum   NORD ")
        assert found is not None and found.id == arby.id
        with pytest.raises(ValidationError, match="^nord är ett annat namn för mötesplatsen Årby"):
            sites.add_site(s, "nord")
        assert [x.name for x in sites.list_sites(s)] == ["City", "Årby"]  # one canonical site
    out = tmp_path / "x.csv"
    assert report_cli(db_target, out, "avslut", "--site", "Syd", "--month", "2022-01") == 1
    assert capsys.readouterr().err.strip() == (
        "vagledare: Mötesplatsen 'Syd' finns inte (kända: City, Årby (även Nord, Norr))."
    )


def test_a_site_of_the_alias_s_own_name_comes_first(journal: Journal) -> None:
    """Another municipality may have a site called Nord: its own name wins over the alias."""
    with journal.session() as s:
        nord = sites.add_site(s, "Nord")
        sites.add_site(s, "Årby")
        found = sites.find_site(s, "nord")
        assert found is not None and found.id == nord.id


# -- groups: the domain and the command line ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "members", "message"),
    [
        ("  ", ["Årby"], "Gruppens namn får inte vara tomt."),
        ("årby", ["Fröslunda"], "årby är namnet på en mötesplats: en grupp måste heta något"),
        ("Syd", ["Årby"], "Syd är ett annat namn för mötesplatsen Fröslunda: en grupp måste heta"),
        ("jobbcentrum norr", ["Årby"], "jobbcentrum norr är ett annat namn för mötesplatsen Årby"),
        ("MÖTESPLATSERNA", ["Årby"], "Gruppen Mötesplatserna finns redan."),
        ("Norra", [], "Gruppen Norra behöver minst en mötesplats."),
        ("Norra", ["okänd"], "En mötesplats i gruppen Norra finns inte i journalen."),
        ("Grupp 811218-9876", ["Årby"], "Gruppens namn ser ut att innehålla ett personnummer"),
        ("=SUMMA(A1)", ["Årby"], "Gruppens namn får inte börja med ="),
        ("x" * 81, ["Årby"], "Gruppens namn är för långt (högst 80 tecken)"),
    ],
)
def test_a_group_is_refused_with_a_clear_message_and_nothing_written(
    journal: Journal, name: str, members: list[str], message: str
) -> None:
    add_seed_sites(journal)
    add_group(journal, "Mötesplatserna", ["Årby", "Fröslunda"])
    with journal.session() as s:
        lead = staff.ensure_staff(s, "TL", Role.TEAM_LEAD).id
        ids = [sites.require_site(s, n).id if n != "okänd" else uuid.uuid4() for n in members]
    with pytest.raises(ValidationError) as refused:
        journal.write(as_lead, lead, site_groups.add_group, name, ids, lead)
    assert str(refused.value).startswith(message)
    with journal.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(SiteGroup)) == 1
        assert s.scalar(select(func.count()).select_from(SiteGroupMember)) == 2


def test_a_coach_cannot_change_groups_and_a_site_may_not_take_a_group_s_name(
    journal: Journal,
) -> None:
    add_seed_sites(journal)
    gid = add_group(journal, "Mötesplatserna", ["Årby", "Fröslunda"])
    with journal.session() as s:
        coach = staff.ensure_staff(s, "VL").id
        arby = sites.require_site(s, "Årby").id
    for change, args in (
        (site_groups.add_group, ("Södra", [arby], coach)),
        (site_groups.set_members, (gid, [arby], coach)),
        (site_groups.remove_group, (gid,)),
    ):
        with pytest.raises(ValidationError, match="^Bara teamledare och administratörer"):
            journal.write(as_lead, coach, change, *args)
    with journal.session() as s:
        with pytest.raises(ValidationError, match="^mötesplatserna är namnet på en grupp"):
            sites.add_site(s, "mötesplatserna")
        assert site_groups.get_group(s, gid).site_ids == {
            arby,
            sites.require_site(s, "Fröslunda").id,
        }


def test_site_group_commands(
    db_target: str, journal: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    add_seed_sites(journal)
    run = lambda *a: main(["--db", db_target, "--as", "AB", "site", "group", *a])  # noqa: E731
    assert run("add", "Mötesplatserna", "Nord", "Syd") == 0
    assert capsys.readouterr().out == "Gruppen Mötesplatserna är tillagd: Fröslunda, Årby.\n"
    assert main(["--db", db_target, "site", "group", "list"]) == 0  # listing needs no --as
    assert capsys.readouterr().out == "Mötesplatserna: Fröslunda, Årby\n"
    assert run("add", "Norra", "Årby", "Okänd") == 1
    assert capsys.readouterr().err.strip() == (
        "vagledare: Mötesplatsen 'Okänd' finns inte "
        "(kända: Fröslunda (även Syd), Årby (även Nord, Norr))."
    )
    assert run("add", "Norr", "Årby") == 1
    assert "Norr är ett annat namn för mötesplatsen Årby" in capsys.readouterr().err
    assert run("set", "mötesplatserna", "Årby") == 0
    assert capsys.readouterr().out == "Gruppen Mötesplatserna har nu Årby.\n"
    assert run("remove", "Okänd grupp") == 1
    assert "Gruppen 'Okänd grupp' finns inte (kända: Mötesplatserna)" in capsys.readouterr().err
    assert run("remove", "Mötesplatserna") == 0
    assert capsys.readouterr().out == "Gruppen Mötesplatserna är borttagen.\n"
    with journal.session(readonly=True) as s:
        assert site_groups.list_groups(s) == []
        gone = set(s.scalars(select(Deletion.table_name)))
    assert gone == {"site_group", "site_group_member"}  # tombstones, for the exchange


# -- groups in reports -------------------------------------------------------------------------


def test_motesplatserna_reproduces_the_seed_s_combined_columns(seeded: Journal) -> None:
    gid = add_group(seeded, "Mötesplatserna", ["Årby", "Fröslunda"])
    with seeded.session(readonly=True) as s:
        t2 = avslut_report(s, T2, [gid], route="anvisad")
        t3 = avslut_report(s, full_year(2022), [gid], route=Route.CITIZEN_SERVICE)
        both = avslut_report(s, full_year(2022), route=Route.CITIZEN_SERVICE)
    assert t2.columns == ("Mötesplatserna Kvinnor", "Mötesplatserna Män", "Mötesplatserna Totalt")
    assert t2.title.endswith(", Mötesplatserna")

    def block(t: ReportTable, label: str) -> tuple[object, ...]:
        roles = ("Kvinnor", "Män", "Totalt")
        return tuple(t.value(None, label, f"Mötesplatserna {w}") for w in roles)

    # T2, anvisningar ekonomiskt bistånd 2020-01 – 2022-12: the seed's gender rows are
    # Nord and Syd together.
    assert block(t2, "Avslut till egen försörjning, totalt") == (61, 45, 106)
    assert block(t2, "Totalsumma") == (108, 84, 192)
    assert block(t2, "Andel avslut till egen försörjning") == (
        Share(61, 108),  # 56 %
        Share(45, 84),  # 54 %
        Share(106, 192),
    )
    # T3, medborgarservice 2022: the group's block is the two sites' Totalt, row for row.
    assert block(t3, "Totalsumma") == (102, 62, 164)
    assert block(t3, "Avslut till egen försörjning, totalt") == (59, 32, 91)
    pooled = {row.label: row.values[6:9] for _, row in both.rows()}
    assert {row.label: row.values for _, row in t3.rows()} == pooled
    assert t3.prose() == (
        "Totalt avslut medborgarservice Mötesplatserna: 164, varav 102 kvinnor; "
        "till egen försörjning 91 (55\xa0%).",
    )


def test_group_and_site_blocks_on_the_command_line(
    db_target: str, seeded: Journal, tmp_path: Path
) -> None:
    with seeded.session() as s:
        sites.add_site(s, "City")
    build_directly(seeded, city_cases())
    add_group(seeded, "Mötesplatserna", ["Årby", "Fröslunda"])
    out = tmp_path / "out.csv"
    args = ["--site", "Mötesplatserna", "--site", "City", *MS_ARGS]
    assert report_cli(db_target, out, "avslut", *args) == 0
    lines = csv_lines(out)
    # the group's block stands where a site of its name would: in Swedish alphabetical order
    assert lines[0] == (
        "Orsak;City Kvinnor;City Män;City Totalt;"
        "Mötesplatserna Kvinnor;Mötesplatserna Män;Mötesplatserna Totalt;"
        "Totalt Kvinnor;Totalt Män;Totalt"
    )
    assert lines[-2] == "Totalsumma;13;5;18;102;62;164;115;67;182"
    assert report_cli(db_target, out, "flow", *args) == 0
    assert csv_lines(out)[0] == (
        "Avsnitt;Mått;City Kvinnor;City Män;City Totalt;"
        "Mötesplatserna Kvinnor;Mötesplatserna Män;Mötesplatserna Totalt;"
        "Totalt Kvinnor;Totalt Män;Totalt"
    )
    # without a group the table is the one it always was
    assert report_cli(db_target, out, "avslut", "--site", "Nord", "--site", "Syd", *MS_ARGS) == 0
    assert out.read_bytes() == fixture_path(FIXTURE).read_bytes()


def test_flow_and_sprakgrupp_show_a_group_as_its_sites_pooled(journal: Journal) -> None:
    made = random_journal(journal, 2, seed=5)
    random_groups_and_readings(journal, made, seed=5)
    gid = add_group(journal, "Båda", [x.name for x in made])
    with journal.session(readonly=True) as s:
        flow_group = flow_report(s, YEAR, [gid])
        flow_both = flow_report(s, YEAR, [x.id for x in made])
        request = door.Request("sprakgrupp", YEAR, [gid], "sv", {}, False)
        sprak_group = door.build(s, request).table
        request = door.Request("sprakgrupp", YEAR, [x.id for x in made], "sv", {}, False)
        sprak_both = door.build(s, request).table
    assert flow_group.columns == ("Båda Kvinnor", "Båda Män", "Båda Totalt")
    assert [r.values for _, r in flow_group.rows()] == [r.values[6:9] for _, r in flow_both.rows()]
    assert sprak_group.columns == ("Båda",)
    assert sprak_both.columns == ("Plats 01", "Plats 02", "Totalt")
    assert [r.values for _, r in sprak_group.rows()] == [r.values[2:] for _, r in sprak_both.rows()]
    assert sprak_group.title.endswith(", Båda")


def test_every_other_report_pools_a_group_s_sites(journal: Journal) -> None:
    made = random_journal(journal, 3, seed=7)
    random_groups_and_readings(journal, made, seed=7)
    gid = add_group(journal, "Norra", [made[0].name, made[1].name])
    pooled = [made[0].id, made[1].id]
    with journal.session(readonly=True) as s:
        for spec in REPORTS:
            if spec.key in (*BLOCK_REPORTS, "resources"):  # resources: a block per unit too
                continue
            options = OPTIONS.get(spec.key, {})
            by_group = door.build(s, door.Request(spec.key, YEAR, [gid], "sv", options)).table
            by_sites = door.build(s, door.Request(spec.key, YEAR, pooled, "sv", options)).table
            assert by_group == by_sites, spec.key
            # a site chosen beside its group counts once
            twice = door.Request(spec.key, YEAR, [made[0].id, gid], "sv", options)
            assert door.build(s, twice).table == by_sites, spec.key


# -- protection with overlapping units ---------------------------------------------------------


def declared_sums_hold(table: ReportTable) -> None:
    """Every relation the table declares holds for the true counts (hidden ones included)."""
    unseen = dict(table.unseen)

    def value(at: tuple[int, int]) -> int:
        if at in unseen:
            return unseen[at]
        v = table.cell(at)
        return v if isinstance(v, int) else 0

    for x in table.sums:
        total, parts = value(x.total), [value(p) for p in x.parts]
        if x.kind == "=":
            assert total == sum(parts), x
        elif x.kind == "pooled":
            assert max(parts, default=0) <= total <= sum(parts), x


def part_truth(s: Session, key: str, table: ReportTable, part: sites.SiteInfo) -> dict[str, int]:
    """The true counts of a site no column shows (one of a chosen group's), read from the
    report made for that site alone, by ``disclosure_audit.part_key``."""
    request = door.Request(key, YEAR, [part.id], "sv", {}, False)
    alone = door.build(s, request).table
    by_label = {(sec.key, row.label): row.values for sec, row in alone.rows()}
    roles = (
        {"": part.name}
        if key == "sprakgrupp"
        else {w: f"{part.name} {w}" for w in ("Kvinnor", "Män", "Ej angivet", "Totalt")}
    )
    truth: dict[str, int] = {}
    for r, (sec, row) in enumerate(table.rows()):
        values = by_label.get((sec.key, row.label))
        if not row.people:  # sessions are no people's count
            continue
        for role, column in roles.items():
            v = values[alone.columns.index(column)] if values and column in alone.columns else 0
            if isinstance(v, int):
                truth[part_key(r, role, [part.name])] = v
    return truth


def test_a_group_beside_one_of_its_sites_hides_the_other_site_s_small_count(
    journal: Journal,
) -> None:
    """Mötesplatserna 12 women in Studier, Årby 10: the difference, Fröslunda's 2, is no
    cell of the table, yet a reader can work it out unless one of the two is hidden."""
    add_seed_sites(journal)
    day = date(2024, 3, 1)
    rows = (
        [
            SeedCase(f"ÅRB-{i:03d}", "Årby", Route.REFERRED, W, "25-34", day, day, "Studier")
            for i in range(10)
        ]
        + [
            SeedCase(f"FRÖ-{i:03d}", "Fröslunda", Route.REFERRED, W, "25-34", day, day, "Studier")
            for i in range(2)
        ]
        + [
            SeedCase(f"FRÖ-M{i:03d}", "Fröslunda", Route.REFERRED, M, "25-34", day, day, "Studier")
            for i in range(9)
        ]
    )
    build_directly(journal, rows)
    gid = add_group(journal, "Mötesplatserna", ["Årby", "Fröslunda"])
    arby = site_id(journal, "Årby")
    with journal.session(readonly=True) as s:
        plain = avslut_report(s, YEAR, [gid, arby])
        fro = sites.require_site(s, "Fröslunda")
        protected = door.build(s, door.Request("avslut", YEAR, [gid, arby], "sv", {}, True)).table
        truth = part_truth(s, "avslut", protected, fro)
    assert plain.columns[:6] == (
        "Mötesplatserna Kvinnor",
        "Mötesplatserna Män",
        "Mötesplatserna Totalt",
        "Årby Kvinnor",
        "Årby Män",
        "Årby Totalt",
    )
    # Totalt covers Årby and Fröslunda once: it is the group's block, not the two added
    assert plain.value(None, "Studier", "Mötesplatserna Kvinnor") == 12
    assert plain.value(None, "Studier", "Årby Kvinnor") == 10
    assert plain.value(None, "Studier", "Totalt Kvinnor") == 12
    assert plain.value(None, "Totalsumma", "Totalt") == 21
    declared_sums_hold(plain)
    assert ((5, 9), 2) in plain.unseen  # Fröslunda's women in Studier: counted, not shown
    women = ("Mötesplatserna Kvinnor", "Årby Kvinnor")
    shown = [protected.value(None, "Studier", c) for c in women]
    assert any(v in MARKERS for v in shown), shown
    assert assert_safe(
        "avslut",
        protected,
        units={"Mötesplatserna": {"Årby", "Fröslunda"}, "Årby": {"Årby"}},
        parts=truth,
    )


@pytest.mark.parametrize("seed", [1, 2])  # journals where the parts' small counts need hiding
def test_overlapping_units_keep_protection_sound(journal: Journal, seed: int) -> None:
    made = random_journal(journal, 3, seed=300 + seed)
    random_groups_and_readings(journal, made, seed=300 + seed)
    one, two, three = made
    gid = add_group(journal, "Norra", [one.name, two.name])
    units = {"Norra": {one.name, two.name}, **{x.name: {x.name} for x in made}}
    # (chosen, the part of the sites no column shows)
    choices: list[tuple[list[uuid.UUID], sites.SiteInfo | None]] = [
        ([gid, one.id], two),
        ([gid, one.id, three.id], two),
        ([gid, one.id, two.id, three.id], None),
    ]
    audited = 0
    with journal.session(readonly=True) as s:
        for key in BLOCK_REPORTS:
            for chosen, unseen in choices:
                plain = door.build(s, door.Request(key, YEAR, chosen, "sv", {}, False)).table
                declared_sums_hold(plain)
                assert bool(plain.unseen) == (unseen is not None)
                table = door.build(s, door.Request(key, YEAR, chosen, "sv", {}, True)).table
                truth = part_truth(s, key, table, unseen) if unseen else {}
                audited += assert_safe(key, table, units=units, parts=truth)
    assert audited > 0


def test_disjoint_units_keep_their_relations(journal: Journal) -> None:
    """A group beside a site outside it: the blocks add up to Totalt, as sites always did."""
    made = random_journal(journal, 3, seed=11)
    gid = add_group(journal, "Norra", [made[0].name, made[1].name])
    with journal.session(readonly=True) as s:
        plain = avslut_report(s, YEAR, [gid, made[2].id])
        table = door.build(s, door.Request("avslut", YEAR, [gid, made[2].id], "sv", {}, True))
    assert plain.unseen == ()
    declared_sums_hold(plain)
    for _, row in plain.rows():
        if all(isinstance(v, int) for v in row.values):
            pairs = zip(row.values[:3], row.values[3:6], strict=True)
            assert row.values[6:9] == tuple(a + b for a, b in pairs)
    assert_safe("avslut", table.table)  # the plain reader: blocks add up to Totalt


def test_a_group_is_chosen_wherever_a_site_is_in_the_domain(journal: Journal) -> None:
    add_seed_sites(journal)
    gid = add_group(journal, "Mötesplatserna", ["Årby", "Fröslunda"])
    with journal.session(readonly=True) as s:
        arby = sites.require_site(s, "Årby").id
        assert site_groups.require_site_or_group(s, "mötesplatserna") == gid
        assert site_groups.require_site_or_group(s, "Nord") == arby
        units = site_groups.resolve_units(s, [arby, gid, arby])
        with pytest.raises(ValidationError) as refused:
            site_groups.require_site_or_group(s, "Söder")
    assert [(u.name, u.is_group, len(u.site_ids)) for u in units] == [
        ("Mötesplatserna", True, 2),
        ("Årby", False, 1),
    ]
    assert str(refused.value) == (
        "Mötesplatsen 'Söder' finns inte (kända: Fröslunda (även Syd), Årby (även Nord, Norr); "
        "grupper: Mötesplatserna)."
    )


def test_a_group_with_resources_is_not_removed(journal: Journal) -> None:
    from vagledare.journal.models import ResourceYear

    add_seed_sites(journal)
    gid = add_group(journal, "Mötesplatserna", ["Årby", "Fröslunda"])
    with journal.session() as s:
        s.add(ResourceYear(year=2022, route="referred", group_id=gid, fte_centi=350))
    with journal.session() as s, pytest.raises(ValidationError) as refused:
        site_groups.remove_group(s, gid)
    assert str(refused.value) == (
        "Gruppen Mötesplatserna har resurser sparade och kan inte tas bort: ta bort dem först."
    )
    with journal.session(readonly=True) as s:
        assert [g.name for g in site_groups.list_groups(s)] == ["Mötesplatserna"]


# -- the window ---------------------------------------------------------------------------------


def tick(panel: SiteGroupsPanel, *names: str) -> None:
    """Tick exactly these sites in the group panel's list, with the keyboard (space)."""
    site_list = panel.site_list
    site_list.setFocus()
    for i in range(site_list.count()):
        item = site_list.item(i)
        wanted = item.text() in names
        if (item.checkState() == Qt.CheckState.Checked) != wanted:
            site_list.setCurrentRow(i)
            QtBot.keyClick(site_list, Qt.Key.Key_Space)
            assert (item.checkState() == Qt.CheckState.Checked) == wanted


def test_a_lead_defines_groups_in_the_settings_window(qtbot, desk, journal: Journal) -> None:  # noqa: ANN001
    with journal.session() as s:
        lead = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
        sites.add_site(s, "Årby")
        sites.add_site(s, "City")
    journal.act_as(lead.id)
    dialog = SettingsDialog(journal, lead, "sv")
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = dialog.ui.settingsTabs
    index = tabs.indexOf(dialog.groups_panel)
    assert index == tabs.indexOf(dialog.ui.sitesTab) + 1
    assert tabs.tabText(index) == "G&roups of meeting places"
    tabs.setCurrentIndex(index)
    panel = dialog.groups_panel
    say = dialog.ui.messageLabel
    assert [panel.site_list.item(i).text() for i in range(panel.site_list.count())] == [
        "City",
        "Fröslunda",
        "Årby",
    ]

    # refused: a site's alias as the name; what was typed and ticked stays
    qtbot.keyClicks(panel.name_edit, "Nord")
    tick(panel, "Fröslunda", "Årby")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert say.text() == (
        "⚠ Nord är ett annat namn för mötesplatsen Årby: en grupp måste heta något annat."
    )
    assert say.property("problem") is True
    assert panel.name_edit.text() == "Nord" and set(panel.ticked()) == {
        site_id(journal, "Fröslunda"),
        site_id(journal, "Årby"),
    }
    # added with Enter in the name field
    panel.name_edit.setText("Mötesplatserna")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert say.text() == "The group Mötesplatserna is added."
    with journal.session(readonly=True) as s:
        (group,) = site_groups.list_groups(s)
        author = s.get(SiteGroup, group.id).author_id  # type: ignore[union-attr]
    assert group.site_ids == {site_id(journal, "Fröslunda"), site_id(journal, "Årby")}
    assert author == lead.id
    model = panel.model
    shown = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert shown == [("Mötesplatserna", "Fröslunda, Årby")]
    assert panel.chosen() is not None and panel.save_button.isEnabled()

    # no sites: refused, nothing changed
    tick(panel)
    panel.save_button.click()
    assert say.text() == "⚠ Gruppen Mötesplatserna behöver minst en mötesplats."
    # the group's sites changed
    tick(panel, "City", "Årby")
    panel.save_button.click()
    assert say.text() == "The group Mötesplatserna has its meeting places saved."
    with journal.session(readonly=True) as s:
        assert site_groups.list_groups(s)[0].site_ids == {
            site_id(journal, "City"),
            site_id(journal, "Årby"),
        }
    assert model.index(0, 1).data() == "City, Årby"
    # removed
    panel.remove_button.click()
    assert say.text() == (
        "The group Mötesplatserna is removed; its meeting places and their records stay."
    )
    assert model.rowCount() == 0 and not panel.remove_button.isEnabled()
    assert panel.name_edit.text() == "" and panel.ticked() == []
    with journal.session(readonly=True) as s:
        assert site_groups.list_groups(s) == []


def test_the_report_page_offers_groups_beside_the_sites(qtbot, seeded: Journal) -> None:  # noqa: ANN001
    with seeded.session() as s:
        sites.add_site(s, "City")
    build_directly(seeded, city_cases())
    add_group(seeded, "Mötesplatserna", ["Årby", "Fröslunda"])
    page = ReportPage(seeded, "sv")
    qtbot.addWidget(page)
    page.show()
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("avslut"))
    page.ui.periodKindCombo.setCurrentIndex(5)  # free range
    page.ui.fromDate.setDate(date(2022, 1, 1))
    page.ui.toDate.setDate(date(2022, 12, 31))
    items = [page.ui.siteList.item(i) for i in range(page.ui.siteList.count())]
    assert [(i.text(), i.checkState() == Qt.CheckState.Checked) for i in items] == [
        ("City", True),
        ("Fröslunda", True),
        ("Årby", True),
        ("Mötesplatserna (group: Fröslunda, Årby)", False),
    ]
    assert page.table is not None and page.table.title.endswith(", Alla mötesplatser")
    # the group and City, not the group's sites on their own
    for item in items:
        keep = item.text() == "City" or item.text().startswith("Mötesplatserna")
        item.setCheckState(Qt.CheckState.Checked if keep else Qt.CheckState.Unchecked)
    assert page.table is not None
    assert page.table.columns == (
        "City Kvinnor",
        "City Män",
        "City Totalt",
        "Mötesplatserna Kvinnor",
        "Mötesplatserna Män",
        "Mötesplatserna Totalt",
        "Totalt Kvinnor",
        "Totalt Män",
        "Totalt",
    )
    assert page.table.title.endswith(", City och Mötesplatserna")
    referred_2022 = sum(1 for c in referred_cases() if c.closed and c.closed.year == 2022)
    assert page.table.value(None, "Totalsumma", "Mötesplatserna Totalt") == 164 + referred_2022


def test_last_year_beside_a_group_and_one_of_its_sites_keeps_every_relation(
    journal: Journal,
) -> None:
    """The counts no column shows (Fröslunda's, inside Mötesplatserna beside Årby) move after
    all shown columns when last year's columns are appended, and every relation still holds."""
    add_seed_sites(journal)
    rows = []
    for year in (2023, 2024):
        day = date(year, 3, 1)
        rows += [
            SeedCase(f"ÅRB-{year}-{i}", "Årby", Route.REFERRED, W, "25-34", day, day, "Studier")
            for i in range(7)
        ]
        rows += [
            SeedCase(
                f"FRÖ-{year}-{i}", "Fröslunda", Route.REFERRED, M, "25-34", day, day, "Studier"
            )
            for i in range(3 + year - 2023)
        ]
    build_directly(journal, rows)
    gid = add_group(journal, "Mötesplatserna", ["Årby", "Fröslunda"])
    arby = site_id(journal, "Årby")
    with journal.session(readonly=True) as s:
        request = door.Request("avslut", YEAR, [gid, arby], "sv", {}, compare_previous_year=True)
        merged = door.build(s, request).table
    width = len(merged.columns)
    assert merged.unseen and all(at[1] >= width for at, _ in merged.unseen)
    assert len({at for at, _ in merged.unseen}) == len(merged.unseen)  # no two on one cell
    declared_sums_hold(merged)
    assert merged.value(None, "Studier", "Föregående år Mötesplatserna Män") == 3
    assert merged.value(None, "Studier", "Mötesplatserna Män") == 4
