"""One door for every published table, and small-count protection that holds.

Every report of the catalog, in every format, goes through ``reports.door``: it is audited,
marked on the demo journal and preliminary while its period runs; code lists are refused when
protection is on. The protection is attacked by the tests' own integer program
(``disclosure_audit``, scipy's milp) on random journals with many small counts, at 1, 2, 4 and
12 sites: no hidden cell may be pinned, and every ``<5`` cell keeps three possible values.
"""

from __future__ import annotations

import csv
import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from case_builders import SeedCase, build_directly, random_case
from disclosure_audit import assert_safe

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.journal import (
    assessments,
    attendance,
    audit,
    enrolments,
    groups,
    meetings,
    participants,
    sites,
    staff,
)
from vagledare.journal.db import Journal
from vagledare.journal.models import (
    AttendanceStatus,
    EnrolmentRoute,
    Gender,
    GroupKind,
    Outcome,
    Respondent,
)
from vagledare.reports import door
from vagledare.reports.catalog import REPORTS
from vagledare.reports.periods import Period, full_year, month
from vagledare.reports.table import HIDDEN, MARKERS, SECONDARY, WITHHELD

YEAR = full_year(2024)
PROTECTABLE = ("dropin", "avslut", "flow", "resources", "aktivitetsplikt", "uppfoljning")
GROUP_AND_BIP = ("sprakgrupp", "utfall", "bip", "bip-rounds")


def random_journal(journal: Journal, n_sites: int, seed: int) -> list[sites.SiteInfo]:
    """``n_sites`` sites with a year of snabbärenden and cases, mostly in small numbers."""
    rng = random.Random(seed)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        made = [sites.add_site(s, f"Plats {i + 1:02d}", me.id) for i in range(n_sites)]
    rows: list[SeedCase] = []
    for si, site in enumerate(made):
        desk = Desk(journal, site, me)
        for _ in range(rng.randint(3, 12)):
            desk.log(
                rng.choice(site.categories).id,
                rng.choice(site.active_age_bands).id,
                rng.choice((Gender.WOMAN, Gender.MAN)),
                count=rng.choice((1, 1, 2, 3, 5, 8)),
                at=datetime(2024, rng.randint(1, 12), rng.randint(1, 28), 10),
            )
        for i in range(rng.randint(4, 30)):
            start = date(2023, 6, 1) + timedelta(days=rng.randint(0, 500))
            closed = start + timedelta(days=rng.randint(10, 300))
            keep_open = closed > date(2024, 12, 31) or rng.random() < 0.2
            rows.append(
                random_case(rng, si, site.name, i + 1, start, None if keep_open else closed)
            )
    build_directly(journal, rows)
    duties_and_follow_ups(journal, rng)
    return made


def duties_and_follow_ups(journal: Journal, rng: random.Random) -> None:
    """Decisions on aktivitetsplikt on most cases, follow-ups on most closings due by 2025."""
    from sqlalchemy import select

    from vagledare.journal import cases, followups
    from vagledare.journal.models import Case, Closure, FollowUpStatus, Participant

    with journal.session() as s:
        found = s.execute(
            select(Case.id, Case.start_date, Closure.closed_on, Closure.reason)
            .join(Participant, Participant.id == Case.participant_id)
            .outerjoin(Closure, Closure.case_id == Case.id)
            .order_by(Participant.code, Case.start_date)
        ).all()
        counted = followups.counted_reasons(s)
        for case_id, start, closed, reason in found:
            if rng.random() < 0.6:
                cases.set_duty(s, case_id, start, closed, today=date(2025, 1, 1))
            if closed is None or reason not in counted or rng.random() < 0.2:
                continue
            status = rng.choice(list(FollowUpStatus))
            on = followups.due_date(closed, 6)
            followups.record_follow_up(s, case_id, on, status, None, today=date(2026, 1, 1))


def random_groups_and_readings(journal: Journal, made: list[sites.SiteInfo], seed: int) -> None:
    """A språkgrupp per site (enrolments since 2023, leavings with outcomes, roll calls and
    walk-in guests in 2024) and progression readings, all in small numbers."""
    rng = random.Random(seed)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        for si, site in enumerate(made):
            g = groups.add_group(
                s, site.id, "Språkgrupp", GroupKind.LANGUAGE_GROUP, date(2023, 1, 2), me.id
            )
            enrolled = []
            for i in range(rng.randint(1, 9)):
                e = enrolments.enrol(
                    s,
                    g.id,
                    f"G{si:02d}-{i + 1:03d}",
                    rng.choice((Gender.WOMAN, Gender.MAN)),
                    "25-34",
                    EnrolmentRoute.REFERRED,
                    date(2023, 1, 2) + timedelta(days=rng.randint(0, 400)),
                    me.id,
                )
                enrolled.append(e)
            for k in range(rng.randint(0, 5)):
                x = meetings.add_session(
                    s, g.id, date(2024, 3, 4) + timedelta(weeks=k), None, None, me.id
                )
                call = attendance.roll_call(s, x.id)
                marks = {
                    c.enrolment_id: rng.choice((AttendanceStatus.PRESENT, AttendanceStatus.ABSENT))
                    for c in call.entries
                }
                guests = meetings.Guests(rng.randint(0, 3), rng.randint(0, 3))
                attendance.save_roll_call(s, x.id, marks, guests, me.id, now=datetime(2030, 1, 1))
            for e in enrolled:
                if rng.random() < 0.5:
                    enrolments.leave(s, e.id, date(2024, 11, 1), rng.choice(list(Outcome)))
            for i in range(rng.randint(1, 8)):
                pid = participants.register_participant(
                    s,
                    site.id,
                    rng.choice((Gender.WOMAN, Gender.MAN)),
                    "25-34",
                    me.id,
                    code=f"B{si:02d}-{i + 1:03d}",
                ).id
                for day in sorted(
                    {date(2024, rng.randint(1, 12), rng.randint(1, 28)) for _ in range(3)}
                ):
                    for who in (Respondent.PARTICIPANT, Respondent.COACH):
                        values = {f: rng.randint(1, 10) for f in range(1, 8)}
                        if who is Respondent.PARTICIPANT:
                            values.pop(7)
                        assessments.record_reading(
                            s, pid, who, day, values, me.id, today=date(2025, 1, 1)
                        )


def random_activities_and_visits(journal: Journal, made: list[sites.SiteInfo], seed: int) -> None:
    """Activities with small visitor counts, and snabbärenden grouped into visits (some of
    them returning) at every site."""
    from vagledare.journal import activities

    rng = random.Random(seed)
    kinds = journal.read(activities.list_kinds)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
    for site in made:
        for _ in range(rng.randint(1, 8)):
            draft = activities.ActivityDraft(
                site.id,
                rng.choice(kinds).id,
                date(2024, rng.randint(1, 12), rng.randint(1, 28)),
                "Träff",
                rng.choice((0, 1, 2, 3, 6, 12)),
                rng.choice((0, 1, 2, 4, 7)),
                rng.choice((0, 0, 1)),
                rng.randint(0, 3),
            )
            journal.write(activities.add_activity, draft, me.id)
        desk = Desk(journal, site, me)
        for _ in range(rng.randint(1, 10)):
            at = datetime(2024, rng.randint(1, 12), rng.randint(1, 28), 10)
            gender = rng.choice((Gender.WOMAN, Gender.MAN))
            desk.set_same_visitor(False)
            desk.set_return_visit(rng.random() < 0.3)
            for _ in range(rng.choice((1, 1, 2, 3))):
                desk.log(
                    rng.choice(site.categories).id,
                    rng.choice(site.active_age_bands).id,
                    gender,
                    at=at,
                )
                desk.set_same_visitor(True)


def random_survey_answers(journal: Journal, made: list[sites.SiteInfo], seed: int) -> None:
    """Experience-survey responses in small numbers at every site: some tied to codes of
    either gender, the rest anonymous, with "vill inte svara" among the answers."""
    from vagledare.journal import survey

    rng = random.Random(seed)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        keys = [x.key for x in survey.list_statements(s)]
        for si, site in enumerate(made):
            for i in range(rng.randint(0, 9)):
                tied = rng.random() < 0.5
                pid = None
                if tied:
                    pid = participants.register_participant(
                        s,
                        site.id,
                        rng.choice((Gender.WOMAN, Gender.MAN)),
                        "25-34",
                        me.id,
                        code=f"U{si:02d}-{i + 1:03d}",
                    ).id
                day = date(2024, rng.randint(1, 12), rng.randint(1, 28))
                answers = {k: rng.choice((1, 2, 3, 4, 4, 5, 5, None)) for k in keys}
                survey.record_response(
                    s, site.id, answers, participant_id=pid, answered_on=day, today=day
                )


OPTIONS = {
    "resources": {
        "fte_citizen_service": Decimal(2),
        "fte_referred": Decimal(3),
        "cost_per_fte": Decimal(400000),
    }
}


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("n_sites", [1, 2, 4, 12])
def test_protected_tables_give_no_small_count_away(
    journal: Journal, n_sites: int, seed: int
) -> None:
    random_journal(journal, n_sites, seed=10 * seed + n_sites)
    audited = 0
    with journal.session(readonly=True) as s:
        for key in PROTECTABLE:
            for period in (YEAR, month(2024, 3)):
                request = door.Request(key, period, None, "sv", OPTIONS.get(key, {}), True)
                table = door.build(s, request).table
                audited += assert_safe(key, table)
                for _, row in table.rows():  # no figure rests on a hidden count
                    if not row.people:
                        continue  # e.g. uppföljning's goal: a setting, no figure
                    for v in row.values:
                        assert not (isinstance(v, str) and v not in MARKERS and "%" in v)
    print(f"{n_sites} sites: {audited} hidden cells audited")
    assert audited > 0


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("n_sites", [1, 2, 4, 12])
def test_protected_group_and_progress_tables_give_no_small_count_away(
    journal: Journal, n_sites: int, seed: int
) -> None:
    made = random_journal(journal, n_sites, seed=100 + 10 * seed + n_sites)
    random_groups_and_readings(journal, made, seed=10 * seed + n_sites)
    audited = 0
    with journal.session(readonly=True) as s:
        for key in GROUP_AND_BIP:
            request = door.Request(key, YEAR, None, "sv", {}, True)
            audited += assert_safe(key, door.build(s, request).table)
    print(f"{n_sites} sites: {audited} hidden cells audited in group and progress tables")
    assert audited > 0


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("n_sites", [1, 2, 4, 12])
def test_protected_activity_and_visit_tables_give_no_small_count_away(
    journal: Journal, n_sites: int, seed: int
) -> None:
    made = random_journal(journal, n_sites, seed=200 + 10 * seed + n_sites)
    random_activities_and_visits(journal, made, seed=10 * seed + n_sites)
    audited = 0
    with journal.session(readonly=True) as s:
        for key in ("aktiviteter", "besok"):
            for period in (YEAR, month(2024, 3)):
                request = door.Request(key, period, None, "sv", {}, True)
                audited += assert_safe(key, door.build(s, request).table)
    print(f"{n_sites} sites: {audited} hidden cells audited in activity and visit tables")
    assert audited > 0


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("n_sites", [1, 2, 4, 12])
def test_protected_survey_tables_give_no_small_count_away(
    journal: Journal, n_sites: int, seed: int
) -> None:
    made = random_journal(journal, n_sites, seed=300 + 10 * seed + n_sites)
    random_survey_answers(journal, made, seed=10 * seed + n_sites)
    audited = 0
    with journal.session(readonly=True) as s:
        for by_gender in (False, True):
            for period in (YEAR, month(2024, 3)):
                options = {"by_gender": by_gender}
                request = door.Request("upplevelse", period, None, "sv", options, True)
                audited += assert_safe("upplevelse", door.build(s, request).table)
    print(f"{n_sites} sites: {audited} hidden cells audited in survey tables")
    assert audited > 0


def test_prose_repeats_only_what_the_table_shows(journal: Journal) -> None:
    random_journal(journal, 2, seed=7)
    with journal.session(readonly=True) as s:
        shown = door.build(s, door.Request("avslut", YEAR, protect=True)).table
        plain = door.build(s, door.Request("avslut", YEAR)).table
    for line in shown.prose():
        for word in line.replace(",", " ").replace(";", " ").split():
            if word.isdigit():
                assert int(word) == 0 or int(word) >= 5, line
    assert len(plain.prose()) >= len(shown.prose())


def test_derived_figures_hide_with_their_counts(journal: Journal) -> None:
    random_journal(journal, 4, seed=3)
    with journal.session(readonly=True) as s:
        t = door.build(s, door.Request("resources", YEAR, None, "sv", OPTIONS["resources"], True))
    closures = t.table.rows()[0][1].values
    cost_per = t.table.rows()[-1][1].values
    for n, per in zip(closures, cost_per, strict=True):
        if n in (HIDDEN, SECONDARY, WITHHELD):
            assert per == SECONDARY


@pytest.mark.parametrize("key", [r.key for r in REPORTS])
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_every_report_and_format_goes_through_the_door(
    db_target: str, tmp_path: Path, key: str, fmt: str
) -> None:
    from vagledare.journal.db import open_journal

    j = open_journal(db_target)
    try:
        random_journal(j, 2, seed=1)
    finally:
        j.close()
    out = tmp_path / f"r.{fmt}"
    extra = ["--cost-per-fte", "400000", "--fte-anvisad", "3", "--fte-medborgarservice", "2"]
    args = ["--db", db_target, "report", key, "--from", "2024-01-01", "--to", "2024-12-31"]
    args += [*(extra if key == "resources" else []), "--format", fmt, "--output", str(out)]
    assert main(args) == 0
    assert out.exists() and not list(tmp_path.glob(".*.part"))
    j = open_journal(db_target)
    try:
        with j.session(readonly=True) as s:
            entries = [e for e in audit.entries(s) if e.action == "export"]
    finally:
        j.close()
    assert [e.entity for e in entries] == [key]


@pytest.mark.parametrize("key", ["narvaro", "langvariga"])
def test_code_lists_are_refused_with_protection(
    db_target: str, tmp_path: Path, key: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.csv"
    args = ["--db", db_target, "report", key, "--month", "2024-03", "--format", "csv"]
    assert main([*args, "--output", str(out), "--suppress-small"]) == 1
    err = capsys.readouterr().err
    assert f"Rapporten {key}" in err and "deltagarkoder" in err
    assert not out.exists()


def test_unknown_options_and_reports_list_the_valid_ones(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", db_target, "report", "avslut", "--month", "2024-03", "--format", "csv"]
    with pytest.raises(SystemExit) as stop:
        main([*args, "--output", str(tmp_path / "a.csv"), "--sites", "X"])
    assert stop.value.code == 2
    assert "--route" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["--db", db_target, "report", "avslutt"])
    assert stop.value.code == 2
    assert "'avslut'" in capsys.readouterr().err


def test_a_period_not_yet_over_is_marked_preliminary(journal: Journal) -> None:
    random_journal(journal, 1, seed=2)
    with journal.session(readonly=True) as s:
        running = door.build(s, door.Request("dropin", YEAR), today=date(2024, 12, 6))
        done = door.build(s, door.Request("dropin", YEAR), today=date(2025, 1, 2))
    assert running.table.notes[0].startswith("Preliminära uppgifter")
    assert "6 december 2024" in running.table.notes[0]
    assert not any("Preliminära" in n for n in done.table.notes)


def test_demo_tables_are_marked_in_every_report(demo_path: Path) -> None:
    from vagledare.journal.db import open_journal

    j = open_journal(str(demo_path))
    try:
        with j.session(readonly=True) as s:
            for spec in REPORTS:
                options = {o.key: o.default for o in spec.options}
                period = Period(date.today().replace(day=1) - timedelta(days=300), date.today())
                out = door.build(s, door.Request(spec.key, period, None, "sv", options))
                assert out.table.demo and out.table.title.startswith("Exempeldata")
    finally:
        j.close()


def test_protected_csv_keeps_its_contract(journal: Journal, tmp_path: Path) -> None:
    random_journal(journal, 2, seed=5)
    out = tmp_path / "a.csv"
    with journal.session(readonly=True) as s:
        output = door.build(s, door.Request("avslut", YEAR, protect=True))
    door.export(journal, output, "csv", out, None)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][0] == "Orsak" and len(rows) == 1 + 18  # no note rows


def test_every_command_declares_whether_it_is_privileged() -> None:
    from vagledare.cli import COMMANDS, OUTSIDE_JOURNAL, build_parser, is_privileged

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS) | set(OUTSIDE_JOURNAL)
    report_args = parser.parse_args(
        ["report", "narvaro", "--month", "2024-01", "--format", "csv", "--output", "x.csv"]
    )
    assert is_privileged(report_args)
    dropin = parser.parse_args(
        ["report", "dropin", "--month", "2024-01", "--format", "csv", "--output", "x.csv"]
    )
    assert not is_privileged(dropin)
    assert {r.key for r in REPORTS if r.privileged} == {"narvaro", "langvariga"}


def test_no_export_holds_a_live_formula(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from vagledare.reports.render.csv import csv_text
    from vagledare.reports.render.xlsx import build_workbook
    from vagledare.reports.table import ReportTable, Row, Section

    evil = '=HYPERLINK("http://example.invalid","Klicka")'
    table = ReportTable(
        "T", "p", "Kategori", (evil, "Totalt"), (Section((Row(evil, (3, -1)),), key=evil),)
    )
    text = csv_text(table)
    assert "'=HYPERLINK" in text and ";=" not in text and not text.startswith("=")
    assert ";-1\r\n" in text  # numbers are never touched
    out = tmp_path / "t.xlsx"
    build_workbook(table).save(out)
    ws = load_workbook(out).active
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
