"""Aktivitetsplikt hours: the plan of hours per week per activity (a listed type or a free
"annan aktivitet"), the hours attended told at a contact, and the coach's list of participants
under 30 hours (domain, migration, exchange, command line)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from exchange_builders import import_trusted, make_desk, snapshot
from sqlalchemy import func, inspect, select, text
from translation_helpers import translated

from PySide6.QtCore import QDate, Qt

from vagledare.app.desk import Desk
from vagledare.cli import main
from vagledare.exchange.files import export_file
from vagledare.gui.cases.cases_page import CasesPage
from vagledare.gui.cases.contact_dialog import ContactDialog
from vagledare.gui.common.combo import select_data
from vagledare.journal import activities, cases, staff
from vagledare.journal import duty_hours as H
from vagledare.journal.db import open_journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    AuditEntry,
    ClosureReason,
    ContactType,
    Deletion,
    DutyHours,
    Gender,
    Route,
)

TODAY = date(2024, 6, 14)
C = ContactType.CONVERSATION


def new_case(
    desk: Desk,
    code: str,
    *,
    start: date = date(2024, 1, 8),
    duty: tuple[date, date | None] | None = (date(2024, 2, 1), None),
    coach: uuid.UUID | None = None,
) -> uuid.UUID:
    with desk.journal.session() as s:
        cid = cases.open_case(
            s,
            site_id=desk.site.id,
            route=Route.REFERRED,
            start=start,
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=None,
            code=code,
            coach_id=coach,
            today=TODAY,
        )
        if duty is not None:
            cases.set_duty(s, cid, duty[0], duty[1], today=TODAY)
    return cid


def kind(desk: Desk, name: str) -> uuid.UUID:
    with desk.journal.session() as s:
        found = activities.find_kind(s, name)
        assert found is not None
        return found.id


def test_a_plan_is_replaced_as_a_whole_and_summed(desk: Desk) -> None:
    cid = new_case(desk, "FRÖ-1")
    cafe, study = kind(desk, "Språkcafé"), kind(desk, "Studiebesök")
    with desk.journal.session() as s:
        assert H.set_plan(
            s,
            cid,
            [
                H.PlanLine(10, cafe),
                H.PlanLine(12, None, "  Praktik   på  biblioteket "),
                H.PlanLine(4, study),
            ],
            None,
        )
    with desk.journal.session() as s:
        summary = H.case_hours(s, cid)
        assert [(x.activity, x.hours) for x in summary.lines] == [
            ("Språkcafé", 10),
            ("Praktik på biblioteket", 12),
            ("Studiebesök", 4),
        ]
        assert summary.planned == 26 and summary.planned_under
        same = [x.line() for x in summary.lines]
        assert not H.set_plan(s, cid, same, None)  # nothing changed: nothing written
    with desk.journal.session() as s:
        old = set(s.scalars(select(DutyHours.id)))
        assert H.set_plan(s, cid, [H.PlanLine(20, cafe), H.PlanLine(15, None, "Praktik")], None)
    with desk.journal.session() as s:
        summary = H.case_hours(s, cid)
        assert [(x.activity, x.hours) for x in summary.lines] == [
            ("Språkcafé", 20),
            ("Praktik", 15),
        ]
        assert summary.planned == 35 and not summary.planned_under
        # the replaced lines are gone for good, with tombstones and audit entries
        gone = set(
            s.scalars(select(Deletion.row_id).where(Deletion.table_name == "case_duty_hours"))
        )
        assert gone == old
        removed = s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.entity == "case_duty_hours", AuditEntry.action == "delete")
        )
        assert removed == 3
        assert H.set_plan(s, cid, [], None)
        assert H.case_hours(s, cid).lines == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (H.PlanLine(-1, None, "Praktik"), "0–60"),
        (H.PlanLine(61, None, "Praktik"), "0–60"),
        (H.PlanLine(10), "välj en aktivitet"),
        (H.PlanLine(10, uuid.uuid4()), "finns inte"),
        (H.PlanLine(10, None, "x" * 121), "för lång"),
        (H.PlanLine(10, None, "=SUMMA(A1)"), "formel"),
        (H.PlanLine(10, None, "Praktik 811218-9876"), "personnummer"),
    ],
)
def test_a_bad_plan_line_is_refused_naming_the_line(
    desk: Desk, line: H.PlanLine, expected: str
) -> None:
    cid = new_case(desk, "FRÖ-2")
    with desk.journal.session() as s:
        H.set_plan(s, cid, [H.PlanLine(30, None, "Praktik")], None)
    with pytest.raises(ValidationError, match=expected) as caught, desk.journal.session() as s:
        H.set_plan(s, cid, [H.PlanLine(5, None, "Läxhjälp"), line], None)
    if isinstance(caught.value, H.HoursProblem) and expected != "formel":
        assert caught.value.line == 1
    with desk.journal.session() as s:  # nothing of the refused plan was kept
        assert [(x.activity, x.hours) for x in H.case_hours(s, cid).lines] == [("Praktik", 30)]


def test_a_plan_needs_a_decision(desk: Desk) -> None:
    cid = new_case(desk, "FRÖ-3", duty=None)
    with pytest.raises(ValidationError, match="inget beslut"), desk.journal.session() as s:
        H.set_plan(s, cid, [H.PlanLine(30, None, "Praktik")], None)
    with desk.journal.session() as s:
        assert not H.set_plan(s, cid, [], None)
        summary = H.case_hours(s, cid)
        assert not summary.has_decision and not summary.planned_under


def test_attended_hours_at_a_contact(desk: Desk) -> None:
    cid = new_case(desk, "FRÖ-4", duty=(date(2024, 2, 1), date(2024, 4, 30)))
    with desk.journal.session() as s:
        cases.add_contact(s, cid, date(2024, 2, 9), C, None, None, today=TODAY, attended_hours=32)
        late = cases.add_contact(
            s, cid, date(2024, 3, 1), C, "Sjuk en dag", None, today=TODAY, attended_hours=24
        )
        cases.add_contact(s, cid, date(2024, 3, 8), C, None, None, today=TODAY)  # not asked
        # the week after the decision's end still tells its last week
        cases.add_contact(s, cid, date(2024, 5, 7), C, None, None, today=TODAY, attended_hours=0)
    with desk.journal.session() as s:
        summary = H.case_hours(s, cid)
        assert (summary.attended, summary.attended_on) == (0, date(2024, 5, 7))
    for on, hours, expected in (
        (date(2024, 3, 4), 81, "0–80"),
        (date(2024, 3, 4), -1, "0–80"),
        (date(2024, 1, 31), 30, "utanför beslutet"),
        (date(2024, 5, 8), 30, "utanför beslutet"),
    ):
        with pytest.raises(ValidationError, match=expected), desk.journal.session() as s:
            cases.add_contact(s, cid, on, C, None, None, today=TODAY, attended_hours=hours)
    no_decision = new_case(desk, "FRÖ-5", duty=None)
    with pytest.raises(ValidationError, match="inget beslut"), desk.journal.session() as s:
        cases.add_contact(
            s, no_decision, date(2024, 3, 4), C, None, None, today=TODAY, attended_hours=30
        )
    with desk.journal.session() as s:  # a change keeps the hours unless told otherwise
        assert cases.change_contact(s, late, date(2024, 3, 1), C, "Sjuk två dagar", today=TODAY)
        assert cases.change_contact(
            s, late, date(2024, 3, 1), C, "Sjuk två dagar", today=TODAY, attended_hours=20
        )
        assert not cases.change_contact(
            s, late, date(2024, 3, 1), C, "Sjuk två dagar", today=TODAY, attended_hours=20
        )
    with desk.journal.session() as s:
        from vagledare.journal.case_list import case_detail

        hours = {e.on: e.attended_hours for e in case_detail(s, cid).events}
        assert hours[date(2024, 3, 1)] == 20 and hours[date(2024, 3, 8)] is None


@pytest.fixture
def coaches(desk: Desk) -> dict[str, uuid.UUID]:
    with desk.journal.session() as s:
        return {n: staff.ensure_staff(s, n).id for n in ("OH", "SL")}


def _plan(desk: Desk, cid: uuid.UUID, *hours: int) -> None:
    with desk.journal.session() as s:
        H.set_plan(
            s, cid, [H.PlanLine(h, None, f"Aktivitet {i}") for i, h in enumerate(hours)], None
        )


def _attended(desk: Desk, cid: uuid.UUID, on: date, hours: int) -> None:
    with desk.journal.session() as s:
        cases.add_contact(s, cid, on, C, None, None, today=TODAY, attended_hours=hours)


def build_list(desk: Desk, coaches: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    oh, sl = coaches["OH"], coaches["SL"]
    ids = {
        "A": new_case(desk, "A", coach=oh),  # planned 20: under
        "B": new_case(desk, "B", coach=oh),  # planned 35, attended 25 lately: under
        "C": new_case(desk, "C", coach=sl),  # planned 40, attended 30: fine
        "D": new_case(desk, "D", coach=sl),  # no plan at all: planned 0
        "E": new_case(desk, "E", coach=oh, duty=(date(2024, 3, 1), date(2024, 3, 31))),
        "F": new_case(desk, "F", coach=oh, duty=(date(2024, 3, 15), None)),
        "G": new_case(desk, "G", coach=sl),  # closed 2024-03-10
        "H": new_case(desk, "H", coach=oh, duty=None),  # no decision
    }
    _plan(desk, ids["A"], 10, 10)
    _plan(desk, ids["B"], 20, 15)
    _attended(desk, ids["B"], date(2024, 2, 20), 36)
    _attended(desk, ids["B"], date(2024, 3, 5), 25)
    _plan(desk, ids["C"], 40)
    _attended(desk, ids["C"], date(2024, 3, 5), 30)
    _plan(desk, ids["E"], 12)
    _plan(desk, ids["F"], 35)
    _attended(desk, ids["F"], date(2024, 3, 20), 18)
    _plan(desk, ids["G"], 5)
    with desk.journal.session() as s:
        cases.close_case(s, ids["G"], date(2024, 3, 10), ClosureReason.STUDIES, None, today=TODAY)
    return ids


def _listed(desk: Desk, as_of: date, **kw: object) -> list[tuple[str, int, int | None, str]]:
    with desk.journal.session(readonly=True) as s:
        return [
            (u.code, u.planned, u.attended, u.reason())
            for u in H.under_30(s, as_of=as_of, **kw)  # type: ignore[arg-type]
        ]


def test_under_30_across_decisions_starting_and_ending(
    desk: Desk, coaches: dict[str, uuid.UUID]
) -> None:
    build_list(desk, coaches)
    assert _listed(desk, date(2024, 3, 8)) == [
        ("A", 20, None, "planerat under 30"),
        ("B", 35, 25, "närvaro under 30"),
        ("D", 0, None, "planerat under 30"),
        ("E", 12, None, "planerat under 30"),
        ("G", 5, None, "planerat under 30"),  # closed after this day: still open then
    ]
    # B's attended hours as known on 2024-02-25; E's decision has not begun, G not closed
    assert _listed(desk, date(2024, 2, 25)) == [
        ("A", 20, None, "planerat under 30"),
        ("D", 0, None, "planerat under 30"),
        ("G", 5, None, "planerat under 30"),
    ]
    # E's decision ended, F's began; G closed on 2024-03-10
    assert _listed(desk, date(2024, 4, 1)) == [
        ("A", 20, None, "planerat under 30"),
        ("B", 35, 25, "närvaro under 30"),
        ("D", 0, None, "planerat under 30"),
        ("F", 35, 18, "närvaro under 30"),
    ]
    assert [x[0] for x in _listed(desk, date(2024, 3, 31), coach_id=coaches["OH"])] == [
        "A",
        "B",
        "E",
        "F",
    ]
    assert _listed(desk, date(2024, 3, 31), site_id=uuid.uuid4()) == []
    with desk.journal.session() as s:  # a plan under 30 and attended under 30 both say so
        a = next(u for u in H.under_30(s, as_of=date(2024, 4, 1)) if u.code == "A")
        cases.add_contact(
            s, a.case_id, date(2024, 4, 1), C, None, None, today=TODAY, attended_hours=12
        )
    assert _listed(desk, date(2024, 4, 1))[0] == ("A", 20, 12, "planerat och närvaro under 30")


def test_cli_cases_under_30(
    db_target: str, desk: Desk, coaches: dict[str, uuid.UUID], capsys: pytest.CaptureFixture[str]
) -> None:
    build_list(desk, coaches)
    args = ["--db", db_target, "--as", "AB", "cases", "under-30", "--as-of", "2024-04-01"]
    assert main(args) == 0
    site = desk.site.name
    assert capsys.readouterr().out == (
        "kod;mötesplats;planerat;senast närvaro;orsak\n"
        f"A;{site};20;;planerat under 30\n"
        f"B;{site};35;25;närvaro under 30\n"
        f"D;{site};0;;planerat under 30\n"
        f"F;{site};35;18;närvaro under 30\n"
    )
    assert main([*args, "--coach", "SL", "--site", site]) == 0
    assert capsys.readouterr().out == (
        f"kod;mötesplats;planerat;senast närvaro;orsak\nD;{site};0;;planerat under 30\n"
    )
    assert main([*args, "--coach", "XY"]) == 1
    assert "XY" in capsys.readouterr().err
    from vagledare.cli import COMMANDS

    assert COMMANDS["cases"].privileged is True  # it names participant codes


def test_the_migration_adds_and_removes_the_hours(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    path = tmp_path / "j.sqlite"
    j = open_journal(path)
    j.close()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", "vagledare.journal:migrations")
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012_duty_and_followup")
        conn.commit()
        names = inspect(conn).get_table_names()
        assert "case_duty_hours" not in names
        assert "attended_hours" not in {
            c["name"] for c in inspect(conn).get_columns("case_contact")
        }
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "0012_duty_and_followup"
        )
    engine.dispose()
    j = open_journal(path)  # opening upgrades it again
    with j.engine.connect() as conn:
        assert "case_duty_hours" in inspect(conn).get_table_names()
        assert "attended_hours" in {c["name"] for c in inspect(conn).get_columns("case_contact")}
    j.close()


def test_plans_and_attended_hours_travel_between_desks(tmp_path: Path) -> None:
    from vagledare.journal import sites

    a = make_desk(tmp_path, "arby-disken", ("AB",), ("Årby",))
    lead = make_desk(tmp_path, "teamledare", staff_names=())
    try:
        with a.session() as s:
            site = sites.require_site(s, "Årby")
            cid = cases.open_case(
                s,
                site_id=site.id,
                route=Route.REFERRED,
                start=date(2024, 1, 8),
                gender=Gender.MAN,
                age_band="25-34",
                author_id=None,
                code="ÅRB-1",
                today=TODAY,
            )
            cases.set_duty(s, cid, date(2024, 2, 1), None, today=TODAY)
            cafe = activities.find_kind(s, "Språkcafé")
            assert cafe is not None
            H.set_plan(s, cid, [H.PlanLine(20, cafe.id), H.PlanLine(8, None, "Praktik")], None)
            cases.add_contact(
                s, cid, date(2024, 3, 1), C, None, None, today=TODAY, attended_hours=27
            )
        import_trusted(lead, [export_file(a, tmp_path / "a1.vgx", to="teamledare").path])
        with lead.session(readonly=True) as s:
            summary = H.case_hours(s, cid)
            assert [(x.activity, x.hours) for x in summary.lines] == [
                ("Språkcafé", 20),
                ("Praktik", 8),
            ]
            assert (summary.planned, summary.attended) == (28, 27)
        with a.session() as s:  # a replaced plan replaces it on the other desk too
            H.set_plan(s, cid, [H.PlanLine(32, None, "Praktik")], None)
        import_trusted(lead, [export_file(a, tmp_path / "a2.vgx", to="teamledare").path])
        with lead.session(readonly=True) as s:
            assert [(x.activity, x.hours) for x in H.case_hours(s, cid).lines] == [("Praktik", 32)]
        assert snapshot(a)["case_duty_hours"] == snapshot(lead)["case_duty_hours"]
    finally:
        a.close()
        lead.close()


def test_the_exchange_refuses_hours_out_of_range() -> None:
    from vagledare.exchange.model import exchanged_tables
    from vagledare.exchange.validate import _rules

    tables = {t.name: t for t in exchanged_tables()}
    plan = {
        (c, w) for c, _, w in _rules(tables["case_duty_hours"], tables["case_duty_hours"].table)
    }
    assert {("hours", "är negativt"), ("hours", "är större än 60")} <= plan
    contact = tables["case_contact"]
    rules = {(c, w) for c, _, w in _rules(contact, contact.table)}
    assert {("attended_hours", "är negativt"), ("attended_hours", "är större än 80")} <= rules


# -- the window --------------------------------------------------------------------------------
@pytest.fixture
def english(qapp) -> None:  # noqa: ANN001
    """The window in English, the app's translation installed: counts in their plural forms."""
    with translated("en"):
        yield


def _page(desk: Desk, qtbot) -> CasesPage:  # noqa: ANN001
    page = CasesPage(desk, "en", today=lambda: TODAY)
    qtbot.addWidget(page)
    return page


def test_the_plan_dialog_from_the_case_page(desk: Desk, qtbot, english: None) -> None:  # noqa: ANN001
    without = new_case(desk, "FRÖ-10", duty=None)
    cid = new_case(desk, "FRÖ-11")
    page = _page(desk, qtbot)
    page.select_case(without)
    assert not page.hours_button.isEnabled() and page.hours_label.isHidden()
    assert page.duty_hours(run=False) is None
    page.select_case(cid)
    assert page.hours_button.isEnabled() and not page.hours_label.isHidden()
    assert "Aktivitetsplikt from 2024-02-01" in page.hours_label.text()
    assert "Under 30 hours a week" in page.hours_label.text()  # nothing planned yet
    dialog = page.duty_hours(run=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert dialog.focusWidget() is ui.activityCombo
    assert "Under 30 hours a week" in ui.warningLabel.text()
    assert select_data(ui.activityCombo, kind(desk, "Språkcafé"))
    assert not ui.otherEdit.isEnabled()
    ui.hoursSpin.setValue(12)
    qtbot.mouseClick(ui.addButton, Qt.MouseButton.LeftButton)
    assert select_data(ui.activityCombo, None)  # "Other activity"
    assert ui.otherEdit.isEnabled()
    ui.hoursSpin.setValue(15)
    ui.addButton.click()  # no words: refused, the field marked
    assert "Write which activity" in ui.problemLabel.text() and ui.otherEdit.styleSheet()
    qtbot.keyClicks(ui.otherEdit, "Praktik på biblioteket")
    qtbot.keyClick(ui.otherEdit, Qt.Key.Key_Return)
    assert [(r.activity, r.line.hours) for r in dialog.model.rows] == [
        ("Språkcafé", 12),
        ("Praktik på biblioteket", 15),
    ]
    assert "27" in ui.totalLabel.text() and "Under 30" in ui.warningLabel.text()
    ui.hoursSpin.setValue(5)
    select_data(ui.activityCombo, None)
    ui.otherEdit.setText("=HYPERLINK(x)")
    ui.addButton.click()
    assert "32" in ui.totalLabel.text() and ui.warningLabel.text() == ""
    dialog.accept()  # the journal refuses the formula: the line marked, nothing lost
    assert dialog.isVisible() and "formel" in ui.problemLabel.text()
    assert ui.planView.selectionModel().selectedRows()[0].row() == 2
    assert len(dialog.model.rows) == 3
    ui.removeButton.click()  # the marked line
    assert [r.activity for r in dialog.model.rows] == ["Språkcafé", "Praktik på biblioteket"]
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    with desk.journal.session(readonly=True) as s:
        assert H.case_hours(s, cid).planned == 27
    page.show_case(cid)
    assert "Planned: 27 hours a week" in page.hours_label.text()
    again = page.duty_hours(run=False)  # opens with what was saved
    assert again is not None
    qtbot.addWidget(again)
    assert [(r.activity, r.line.hours) for r in again.model.rows] == [
        ("Språkcafé", 12),
        ("Praktik på biblioteket", 15),
    ]


def test_the_contact_dialog_asks_for_attended_hours_only_under_a_decision(
    desk: Desk,
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    without = new_case(desk, "FRÖ-20", duty=None)
    cid = new_case(desk, "FRÖ-21")
    page = _page(desk, qtbot)
    seen: list[ContactDialog] = []
    fills: list = []

    def fake_exec(self: ContactDialog) -> int:
        seen.append(self)
        fills[-1](self)
        self.accept()
        return self.result()

    def no_hours(d: ContactDialog) -> None:
        assert d.ui.attendedSpin.isHidden()
        assert d.attended_hours() is None

    fills.append(no_hours)

    monkeypatch.setattr(ContactDialog, "exec", fake_exec)
    page.select_case(without)
    page._on_new_contact()
    assert seen[-1].result() == ContactDialog.DialogCode.Accepted

    def fill_hours(d: ContactDialog) -> None:
        assert not d.ui.attendedSpin.isHidden()
        assert d.attended_hours() is None  # optional: "not asked" to begin with
        assert d.ui.attendedWarning.text() == ""
        d.ui.dateEdit.setDate(QDate(2024, 3, 1))
        d.ui.attendedSpin.setValue(24)
        assert "Under 30 hours a week" in d.ui.attendedWarning.text()

    fills.append(fill_hours)
    page.select_case(cid)
    page._on_new_contact()
    assert seen[-1].result() == ContactDialog.DialogCode.Accepted
    with desk.journal.session(readonly=True) as s:
        summary = H.case_hours(s, cid)
        assert (summary.attended, summary.attended_on) == (24, date(2024, 3, 1))
    assert "Latest attended: 24 hours (2024-03-01)" in page.hours_label.text()
    assert any("attended last week: 24 h" in page.timeline.item(i).text() for i in range(3))

    def refused(d: ContactDialog) -> None:  # before the decision: refused, kept as typed
        d.ui.dateEdit.setDate(QDate(2024, 1, 20))
        d.ui.attendedSpin.setValue(35)

    fills.append(refused)
    page._on_new_contact()
    dialog = seen[-1]
    assert dialog.result() != ContactDialog.DialogCode.Accepted
    assert "utanför beslutet" in dialog.ui.problemLabel.text()
    assert dialog.ui.attendedSpin.value() == 35

    def change(d: ContactDialog) -> None:  # changing the contact shows its hours
        assert d.attended_hours() == 24
        d.ui.attendedSpin.setValue(31)

    fills.append(change)
    page.timeline.setCurrentRow(1)
    page._on_edit_contact()
    with desk.journal.session(readonly=True) as s:
        assert H.case_hours(s, cid).attended == 31


def test_the_under_30_list_for_the_coach(
    desk: Desk,
    coaches: dict[str, uuid.UUID],
    qtbot,  # noqa: ANN001
    english: None,
) -> None:
    ids = build_list(desk, coaches)
    page = CasesPage(desk, "en", today=lambda: date(2024, 4, 1))
    qtbot.addWidget(page)
    dialog = page.under_30_list(run=False)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.model.index(r, c).data() for c in range(6)] for r in range(dialog.model.rowCount())
    ]
    site = desk.site.name
    assert rows == [
        ["A", site, "OH", 20, "–", "Planned under 30"],
        ["B", site, "OH", 35, 25, "Attended under 30"],
        ["D", site, "SL", 0, "–", "Planned under 30"],
        ["F", site, "OH", 35, 18, "Attended under 30"],
    ]
    assert "4 participants" in dialog.ui.countLabel.text()
    select_data(page.coach_combo, coaches["SL"])
    dialog = page.under_30_list(run=False)
    qtbot.addWidget(dialog)
    assert [dialog.model.row(i).code for i in range(dialog.model.rowCount())] == ["D"]
    dialog.show()
    qtbot.keyClick(dialog.ui.listView, Qt.Key.Key_Return)  # Enter shows the case
    assert dialog.chosen == ids["D"]
    page.show_chosen(dialog)
    assert page.detail is not None and page.detail.case.id == ids["D"]


def test_the_demo_journal_has_a_year_of_hours(demo_path: Path) -> None:
    j = open_journal(demo_path)
    try:
        with j.session(readonly=True) as s:
            from vagledare.journal.models import Case, Contact

            decided = s.scalar(select(func.count()).where(Case.duty_from.is_not(None)))
            planned = s.scalar(select(func.count(func.distinct(DutyHours.case_id))))
            assert decided and planned == decided  # every decision has a plan
            told = s.scalar(select(func.count()).where(Contact.attended_hours.is_not(None)))
            assert told and told > decided
            low = H.under_30(s, as_of=date(2024, 6, 14))
            assert low and any(u.planned_under for u in low) and any(u.attended_under for u in low)
            for u in low:  # every one listed is consistent with its case's hours
                summary = H.case_hours(s, u.case_id)
                assert (summary.planned, summary.attended) == (u.planned, u.attended)
    finally:
        j.close()
