"""The case page as a coach uses it: open a case, add a contact, close it with a reason, reopen
it, filter the list, see untouched cases highlighted — and the report screen's new reports."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from case_builders import add_seed_sites, build_directly, ms_2022_cases
from conftest import fixture_path
from sqlalchemy import select
from translation_helpers import translated

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog

from vagledare.app.desk import Desk
from vagledare.gui.cases.case_table_model import UNTOUCHED_COLOUR, UNTOUCHED_ROLE, CaseColumn
from vagledare.gui.cases.cases_page import CasesPage
from vagledare.gui.cases.close_case_dialog import CloseCaseDialog
from vagledare.gui.cases.contact_dialog import ContactDialog
from vagledare.gui.cases.new_case_dialog import NewCaseDialog
from vagledare.gui.cases.remove_contact_dialog import RemoveContactDialog
from vagledare.gui.cases.reopen_dialog import ReopenDialog
from vagledare.gui.common.combo import select_data
from vagledare.gui.reports.report_page import RANGE
from vagledare.gui.shell.main_window import MainWindow
from vagledare.journal import audit, cases, staff
from vagledare.journal.case_codes import reason_info
from vagledare.journal.case_list import Status, list_cases
from vagledare.journal.models import (
    ClosureReason,
    Contact,
    ContactType,
    Deletion,
    Gender,
    Role,
    Route,
)

TODAY = date(2023, 6, 15)


def answer(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable) -> list:
    """Replace the modal ``exec`` of ``cls``: fill the dialog, press OK, return its result.
    The dialogs seen are collected, so a test can look at one that refused."""
    seen: list = []

    def fake_exec(self: QDialog) -> int:
        seen.append(self)
        fill(self)
        self.accept()
        return self.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


@pytest.fixture
def english(qapp) -> None:  # noqa: ANN001
    """The page in English, the app's translation installed: counts in their plural forms."""
    with translated("en"):
        yield


@pytest.fixture
def page(desk: Desk, qtbot) -> CasesPage:  # noqa: ANN001
    p = CasesPage(desk, "sv", today=lambda: TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    return p


def add_case(desk: Desk, code: str, start: date, **kw) -> object:  # noqa: ANN003
    with desk.journal.session() as s:
        return cases.open_case(
            s,
            site_id=desk.site.id,
            route=kw.get("route", Route.CITIZEN_SERVICE),
            start=start,
            gender=kw.get("gender", Gender.WOMAN),
            age_band="25-34",
            author_id=desk.staff.id,
            code=code,
            coach_id=kw.get("coach", desk.staff.id),
            today=TODAY,
        )


def rows(page: CasesPage) -> list[str]:
    return [page.model.case(i).code for i in range(page.model.rowCount())]


def test_create_a_case_in_the_window(
    page: CasesPage, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # noqa: ANN001
    def fill(d: NewCaseDialog) -> None:
        d.ui.codeEdit.setText("FRÖ-2023-0007")
        select_data(d.ui.routeCombo, Route.REFERRED)
        select_data(d.ui.genderCombo, Gender.MAN)
        select_data(d.ui.ageBandCombo, "35-44")
        d.ui.startDate.setDate(QDate(2023, 5, 2))

    answer(monkeypatch, NewCaseDialog, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert rows(page) == ["FRÖ-2023-0007"]
    assert page.detail is not None and page.detail.case.route is Route.REFERRED
    assert page.case_title.text() == "FRÖ-2023-0007 · Anvisad via ekonomiskt bistånd · Fröslunda"
    assert page.detail.case.coach == "AB" and page.detail.case.start_date == date(2023, 5, 2)
    assert page.timeline.item(0).text() == "2023-05-02   Case opened (AB)"


def test_a_refused_case_keeps_the_dialog_open_and_writes_nothing(
    page: CasesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = answer(monkeypatch, NewCaseDialog, lambda d: d.ui.codeEdit.setText("811218-9876"))
    page._on_new_case()
    assert "personnummer" in seen[0].ui.problemLabel.text()
    assert seen[0].result() != QDialog.DialogCode.Accepted
    with page.desk.journal.session() as s:
        assert list_cases(s) == []


def test_an_empty_code_is_generated(page: CasesPage, monkeypatch: pytest.MonkeyPatch) -> None:
    answer(monkeypatch, NewCaseDialog, lambda d: None)
    page._on_new_case()
    assert rows(page) == [f"FRÖ-{date.today().year}-0001"]


def test_a_quick_case_becomes_a_case_from_the_dialog(
    page: CasesPage,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # noqa: ANN001
) -> None:
    desk = page.desk
    cat, band = desk.site.category("Söka studier"), desk.site.age_band("18-24")
    desk.log(cat.id, band.id, Gender.MAN, at=datetime(2023, 6, 12, 9, 40))

    def fill(d: NewCaseDialog) -> None:
        assert d.ui.quickCaseCombo.count() == 2
        d.ui.quickCaseCombo.setCurrentIndex(1)
        assert not d.ui.startDate.isEnabled() and not d.ui.genderCombo.isEnabled()
        d.ui.codeEdit.setText("FRÖ-2023-0042")

    answer(monkeypatch, NewCaseDialog, fill)
    with qtbot.waitSignal(page.changed):
        page._on_new_case()
    c = page.detail.case
    assert (c.code, c.start_date, c.gender, c.age_band) == (
        "FRÖ-2023-0042",
        date(2023, 6, 12),
        Gender.MAN,
        "18-24",
    )
    assert page.timeline.item(1).text() == (
        "2023-06-12   Studievägledning: Från snabbärende 2023-06-12 09:40 (Söka studier) (AB)"
    )
    assert desk.snapshot(date(2023, 6, 12)).today == 0  # no longer counted as a snabbärende


def test_add_a_contact_with_the_quick_dialog(
    page: CasesPage, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # noqa: ANN001
    case_id = add_case(page.desk, "FRÖ-2023-0001", date(2023, 5, 2))
    page.refresh()
    page.view.selectRow(0)

    def fill(d: ContactDialog) -> None:
        d.ui.dateEdit.setDate(QDate(2023, 6, 1))
        select_data(d.ui.typeCombo, ContactType.JOB_SEARCH)
        d.ui.noteEdit.setText("Sökt tre jobb på lager")

    answer(monkeypatch, ContactDialog, fill)
    qtbot.mouseClick(page.contact_button, Qt.MouseButton.LeftButton)
    assert page.timeline.item(1).text() == "2023-06-01   Jobbsökning: Sökt tre jobb på lager (AB)"
    assert page.model.case(0).last_activity == date(2023, 6, 1)

    seen = answer(monkeypatch, ContactDialog, lambda d: d.ui.noteEdit.setText("pnr 811218-9876"))
    page._on_new_contact()
    assert "personnummer" in seen[0].ui.problemLabel.text()
    assert page.timeline.count() == 2
    assert page.detail.case.id == case_id


def test_close_a_case_with_a_reason_then_reopen_it(
    page: CasesPage,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # noqa: ANN001
) -> None:
    add_case(page.desk, "FRÖ-2023-0001", date(2023, 5, 2))
    page.refresh()
    page.view.selectRow(0)
    assert page.close_button.isEnabled() and not page.reopen_button.isEnabled()

    def fill(d: CloseCaseDialog) -> None:
        ok = d.ui.buttonBox.button(d.ui.buttonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # no reason chosen yet
        select_data(d.ui.reasonCombo, ClosureReason.PERMANENT_JOB)
        assert d.ui.definitionLabel.text() == "Anställning som är längre än 6 månader."
        assert d.ui.kindLabel.text() == "Counts as a closure to self-sufficiency."
        assert d.ui.summerJobCheck.isHidden()
        select_data(d.ui.reasonCombo, ClosureReason.TEMPORARY_JOB)
        assert d.ui.definitionLabel.text() == reason_info(ClosureReason.TEMPORARY_JOB).definition_sv
        assert not d.ui.summerJobCheck.isHidden() and d.ui.municipalStudiesCheck.isHidden()
        d.ui.summerJobCheck.setChecked(True)
        d.ui.dateEdit.setDate(QDate(2023, 6, 9))

    answer(monkeypatch, CloseCaseDialog, fill)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert rows(page) == []  # the list shows open cases
    closure = page.detail.case.closure
    assert (closure.closed_on, closure.reason, closure.summer_job) == (
        date(2023, 6, 9),
        ClosureReason.TEMPORARY_JOB,
        True,
    )
    assert page.timeline.item(1).text() == (
        "2023-06-09   Closed: Tillfälligt arbete — to self-sufficiency · holiday or summer job (AB)"
    )
    assert page.reopen_button.isEnabled() and not page.close_button.isEnabled()
    select_data(page.status_combo, Status.CLOSED)
    assert "Closed 2023-06-09 · Tillfälligt arbete" in page.model.index(0, CaseColumn.STATUS).data()

    answer(monkeypatch, ReopenDialog, lambda d: d.date_edit.setDate(QDate(2023, 6, 14)))
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert page.detail.case.is_open and rows(page) == []
    assert [page.timeline.item(i).text() for i in range(page.timeline.count())][1:] == [
        "2023-06-09   Closed: Tillfälligt arbete — to self-sufficiency · holiday or summer job "
        "(reopened 2023-06-14) (AB)",
        "2023-06-14   Reopened (AB)",
    ]
    select_data(page.status_combo, Status.OPEN)
    assert rows(page) == ["FRÖ-2023-0001"]


def test_filter_the_list(english: None, page: CasesPage, desk: Desk) -> None:
    with desk.journal.session() as s:
        other = staff.ensure_staff(s, "CD")
    add_case(desk, "FRÖ-2023-0001", date(2023, 1, 9))
    add_case(desk, "FRÖ-2023-0002", date(2023, 2, 9), route=Route.REFERRED, coach=other.id)
    done = add_case(desk, "FRÖ-2023-0003", date(2023, 3, 9))
    with desk.journal.session() as s:
        cases.close_case(s, done, date(2023, 4, 1), ClosureReason.STUDIES, None, today=TODAY)
    page.reload_choices()  # CD is new: the main window does this when the page is shown
    page.refresh()
    assert rows(page) == ["FRÖ-2023-0002", "FRÖ-2023-0001"]
    assert page.view.isColumnHidden(CaseColumn.SITE)
    page.search_edit.setText("0001")
    assert rows(page) == ["FRÖ-2023-0001"]
    page.search_edit.clear()
    select_data(page.route_combo, Route.REFERRED)
    assert rows(page) == ["FRÖ-2023-0002"]
    select_data(page.route_combo, None)
    select_data(page.coach_combo, other.id)
    assert rows(page) == ["FRÖ-2023-0002"]
    select_data(page.coach_combo, None)
    select_data(page.status_combo, None)
    assert rows(page) == ["FRÖ-2023-0003", "FRÖ-2023-0002", "FRÖ-2023-0001"]
    select_data(page.site_combo, None)
    assert not page.view.isColumnHidden(CaseColumn.SITE)
    assert page.count_label.text().startswith("3 cases")


def test_cases_untouched_for_n_weeks_are_highlighted(
    english: None, page: CasesPage, desk: Desk, qtmodeltester
) -> None:  # noqa: ANN001
    old = add_case(desk, "FRÖ-2023-0001", date(2023, 4, 3))  # nothing since: 10 weeks
    add_case(desk, "FRÖ-2023-0002", date(2023, 3, 1))
    with desk.journal.session() as s:
        fresh = list_cases(s, code_search="0002")[0].id
        cases.add_contact(
            s, fresh, date(2023, 6, 5), ContactType.FOLLOW_UP, None, None, today=TODAY
        )
        cases.close_case(
            s,
            cases.open_case(
                s,
                site_id=desk.site.id,
                route=Route.REFERRED,
                start=date(2022, 1, 3),
                gender=Gender.MAN,
                age_band="25-34",
                author_id=None,
                code="FRÖ-2022-0009",
                today=TODAY,
            ),
            date(2022, 2, 1),
            ClosureReason.NEED_GONE,
            None,
            today=TODAY,
        )
    select_data(page.status_combo, None)
    qtmodeltester.check(page.model)
    flagged = {
        page.model.case(i).code: page.model.index(i, 0).data(UNTOUCHED_ROLE)
        for i in range(page.model.rowCount())
    }
    assert flagged == {"FRÖ-2023-0001": True, "FRÖ-2023-0002": False, "FRÖ-2022-0009": False}
    row = page.model.row_of(old)
    brush = page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == UNTOUCHED_COLOUR
    assert page.model.index(row, CaseColumn.STATUS).data() == "Open · 10 weeks untouched"
    assert page.count_label.text() == "3 cases · 1 untouched for 4 weeks or more (highlighted)"
    page.weeks_spin.setValue(11)
    assert page.model.untouched_count() == 0
    page.weeks_spin.setValue(1)
    assert page.model.untouched_count() == 2
    page.weeks_spin.setValue(0)  # "never"
    assert page.model.untouched_count() == 0


def test_main_window_has_the_cases_page_and_the_report_screen_offers_avslut(
    english: None,
    journal,
    qtbot,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    add_seed_sites(journal)
    build_directly(journal, ms_2022_cases())
    with journal.session() as s:
        from vagledare.journal.sites import require_site

        site = require_site(s, "Årby")
        me = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)  # a team lead exports everyone's
    window = MainWindow(Desk(journal, site, me), "sv")
    qtbot.addWidget(window)
    assert window.tabs.tabText(3) == "Ca&ses (Ctrl+4)"
    window.show_page(window.cases)
    assert window.cases.count_label.text() == "0 cases"  # the 2022 cases are all closed

    rp = window.reports
    window.show_page(rp)
    keys = [rp.ui.reportCombo.itemData(i) for i in range(rp.ui.reportCombo.count())]
    assert keys[:8] == [
        "dropin",
        "besok",
        "aktiviteter",
        "samverkan",
        "avslut",
        "flow",
        "resources",
        "bip",
    ]
    rp.ui.reportCombo.setCurrentIndex(keys.index("avslut"))
    assert not rp.options.isHidden()
    rp.ui.periodKindCombo.setCurrentIndex(RANGE)
    rp.ui.fromDate.setDate(QDate(2022, 1, 1))
    rp.ui.toDate.setDate(QDate(2022, 12, 31))
    for i in range(rp.ui.siteList.count()):
        rp.ui.siteList.item(i).setCheckState(Qt.CheckState.Checked)
    rp.options.set_value("route", Route.CITIZEN_SERVICE)
    assert rp.default_file_name("csv") == "avslut-medborgarservice-2022-01-01--2022-12-31.csv"
    out = rp.export("csv", tmp_path / "a.csv")
    assert out is not None
    assert (
        out.read_bytes()
        == fixture_path("avslut-medborgarservice-2022-01-01--2022-12-31.csv").read_bytes()
    )

    rp.ui.reportCombo.setCurrentIndex(keys.index("resources"))
    rp.options.set_value("fte_citizen_service", 2)
    rp.options.set_value("cost_per_fte", 396000)
    assert rp.table is not None
    assert rp.table.value(None, "Antal avslut till egen försörjning", "Medborgarservice") == 91
    assert rp.options.values()["route"] is Route.CITIZEN_SERVICE  # kept across reports


def test_keyboard_ctrl_n_opens_a_new_case_and_ctrl_k_a_contact(
    page: CasesPage,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # noqa: ANN001
) -> None:
    seen_case = answer(monkeypatch, NewCaseDialog, lambda d: d.ui.codeEdit.setText("KBD-1"))
    seen_contact = answer(monkeypatch, ContactDialog, lambda d: None)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(seen_case) == 1 and rows(page) == ["KBD-1"]
    qtbot.keyClick(page.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert len(seen_contact) == 1
    assert page.timeline.item(1).text().endswith("Samtal (AB)")


# -- changing and removing a contact ----------------------------------------------------------
def case_with_contact(page: CasesPage) -> tuple[object, object]:
    """FRÖ-2023-0001 from 2023-05-02 with a conversation on 2023-06-01, shown on the page; the
    journal acts as the desk's person, as the main window makes it."""
    desk = page.desk
    desk.journal.act_as(desk.staff.id)
    case_id = add_case(desk, "FRÖ-2023-0001", date(2023, 5, 2))
    with desk.journal.session() as s:
        contact_id = cases.add_contact(
            s, case_id, date(2023, 6, 1), ContactType.CONVERSATION, "cv", desk.staff.id, today=TODAY
        )
    page.refresh()
    page.view.selectRow(0)
    return case_id, contact_id


def contact_row(desk: Desk, contact_id: object) -> tuple | None:
    with desk.journal.session(readonly=True) as s:
        c = s.get(Contact, contact_id)
        return None if c is None else (c.occurred_on, c.contact_type, c.note)


def timeline(page: CasesPage) -> list[str]:
    return [page.timeline.item(i).text() for i in range(page.timeline.count())]


def test_the_contact_buttons_act_only_on_a_contact(page: CasesPage) -> None:
    assert not page.edit_contact_button.isEnabled()  # no case chosen
    case_with_contact(page)
    assert not page.edit_contact_button.isEnabled() and not page.remove_contact_button.isEnabled()
    page.timeline.setCurrentRow(0)  # "Case opened"
    assert not page.edit_contact_button.isEnabled() and not page.remove_contact_button.isEnabled()
    page.timeline.setCurrentRow(1)
    assert page.edit_contact_button.isEnabled() and page.remove_contact_button.isEnabled()
    page.view.clearSelection()
    page.show_case(None)
    assert not page.edit_contact_button.isEnabled()


def test_enter_on_a_contact_changes_it_in_the_journal_and_the_timeline(
    page: CasesPage,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # noqa: ANN001
) -> None:
    _case_id, contact_id = case_with_contact(page)
    prefilled: list = []

    def fill(d: ContactDialog) -> None:
        prefilled.append((d.windowTitle(), *d.values()))
        d.ui.dateEdit.setDate(QDate(2023, 6, 2))
        select_data(d.ui.typeCombo, ContactType.JOB_SEARCH)
        d.ui.noteEdit.setText("platsbanken")

    answer(monkeypatch, ContactDialog, fill)
    page.timeline.setFocus()
    page.timeline.setCurrentRow(1)
    qtbot.keyClick(page.timeline, Qt.Key.Key_Return)
    assert prefilled == [("Change contact", date(2023, 6, 1), ContactType.CONVERSATION, "cv")]
    assert contact_row(page.desk, contact_id) == (
        date(2023, 6, 2),
        ContactType.JOB_SEARCH,
        "platsbanken",
    )
    assert timeline(page) == [
        "2023-05-02   Case opened (AB)",
        "2023-06-02   Jobbsökning: platsbanken (AB)",
    ]
    assert page.timeline.currentRow() == 1 and page.edit_contact_button.isEnabled()
    assert page.feedback_label.text() == "The contact is changed."
    with page.desk.journal.session(readonly=True) as s:
        (changed,) = [
            e for e in audit.entries(s, action="update") if e.entity_id == str(contact_id)
        ]
    assert changed.actor == "AB" and changed.detail["occurred_on"] == ["2023-06-01", "2023-06-02"]

    answer(monkeypatch, ContactDialog, lambda d: None)  # OK with nothing changed
    qtbot.mouseClick(page.edit_contact_button, Qt.MouseButton.LeftButton)
    assert page.feedback_label.text() == "Nothing was changed in the contact."
    assert contact_row(page.desk, contact_id)[0] == date(2023, 6, 2)


def test_a_refused_change_keeps_the_dialog_open_with_the_input(
    page: CasesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id, contact_id = case_with_contact(page)
    with page.desk.journal.session() as s:
        cases.close_case(s, case_id, date(2023, 6, 5), ClosureReason.STUDIES, None, today=TODAY)
    page.refresh()
    page.timeline.setCurrentRow(1)

    def fill(d: ContactDialog) -> None:
        d.ui.dateEdit.setDate(QDate(2023, 6, 9))  # after the closing, still a conversation
        d.ui.noteEdit.setText("ringde")

    seen = answer(monkeypatch, ContactDialog, fill)
    page._on_edit_contact()
    dialog = seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.problemLabel.text() == (
        "⚠ Ärendet avslutades 2023-06-05; en kontakt efter avslutet är en uppföljning."
    )
    assert dialog.values() == (date(2023, 6, 9), ContactType.CONVERSATION, "ringde")  # kept
    assert contact_row(page.desk, contact_id) == (date(2023, 6, 1), ContactType.CONVERSATION, "cv")
    select_data(dialog.ui.typeCombo, ContactType.FOLLOW_UP)
    assert dialog.ui.problemLabel.text() == ""  # the refusal goes once the input changes
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert contact_row(page.desk, contact_id) == (
        date(2023, 6, 9),
        ContactType.FOLLOW_UP,
        "ringde",
    )


def test_delete_removes_a_contact_with_a_reason_a_tombstone_and_an_audit_entry(
    page: CasesPage,
    monkeypatch: pytest.MonkeyPatch,
    qtbot,  # noqa: ANN001
) -> None:
    _case_id, contact_id = case_with_contact(page)

    def fill(d: RemoveContactDialog) -> None:
        assert d.ui.contactLabel.text() == "2023-06-01   Samtal: cv (AB)"
        assert not d.ok_button.isEnabled()  # no reason yet
        d.ui.reasonEdit.setText("Fel ärende")
        assert d.ok_button.isEnabled()

    answer(monkeypatch, RemoveContactDialog, fill)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.timeline.setFocus()
    page.timeline.setCurrentRow(1)
    qtbot.keyClick(page.timeline, Qt.Key.Key_Delete)
    assert contact_row(page.desk, contact_id) is None
    assert timeline(page) == ["2023-05-02   Case opened (AB)"]
    assert page.feedback_label.text() == "The contact is removed."
    assert not page.remove_contact_button.isEnabled()
    with page.desk.journal.session(readonly=True) as s:
        tombstone = s.scalar(select(Deletion).where(Deletion.row_id == contact_id))
        (removed,) = audit.entries(s, action="remove")
    assert tombstone.table_name == "case_contact"
    assert (removed.entity, removed.entity_id, removed.actor) == (
        "case_contact",
        str(contact_id),
        "AB",
    )
    assert removed.detail["reason"] == "Fel ärende"
    assert removed.detail["occurred_on"] == "2023-06-01"
    assert "cv" not in json.dumps(removed.detail)  # the note's text never enters the log


def test_a_refused_removal_keeps_the_dialog_open_with_the_reason(
    page: CasesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    _case_id, contact_id = case_with_contact(page)
    page.timeline.setCurrentRow(1)
    seen = answer(
        monkeypatch, RemoveContactDialog, lambda d: d.ui.reasonEdit.setText("pnr 811218-9876")
    )
    page.remove_contact_button.click()
    dialog = seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "personnummer" in dialog.ui.problemLabel.text()
    assert dialog.reason() == "pnr 811218-9876"  # kept to be corrected
    assert contact_row(page.desk, contact_id) is not None
    with page.desk.journal.session(readonly=True) as s:
        assert audit.entries(s, action="remove") == []
    dialog.ui.reasonEdit.setText("Dubbelregistrerad")
    assert dialog.ui.problemLabel.text() == ""
    dialog.accept()
    assert contact_row(page.desk, contact_id) is None


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        (
            "sv",
            [
                "1 ärende · 1 utan aktivitet i 1 vecka eller mer (markerat)",
                "Pågående · utan aktivitet i 1 vecka",
                "2 ärenden · 2 utan aktivitet i 1 vecka eller mer (markerade)",
                "2 ärenden · 1 utan aktivitet i 2 veckor eller mer (markerat)",
                "Pågående · utan aktivitet i 6 veckor",
            ],
        ),
        (
            "en",
            [
                "1 case · 1 untouched for 1 week or more (highlighted)",
                "Open · 1 week untouched",
                "2 cases · 2 untouched for 1 week or more (highlighted)",
                "2 cases · 1 untouched for 2 weeks or more (highlighted)",
                "Open · 6 weeks untouched",
            ],
        ),
    ],
)
def test_counts_take_their_plural_forms(
    desk: Desk,
    qtbot,  # noqa: ANN001
    lang: str,
    texts: list[str],
) -> None:
    """ "1 ärenden" no more: every count through Qt's %n forms, in Swedish and English."""
    with translated(lang):
        page = CasesPage(desk, lang, today=lambda: TODAY)
        qtbot.addWidget(page)
        recent = add_case(desk, "FRÖ-2023-0002", date(2023, 6, 5))  # 10 days: 1 week
        page.weeks_spin.setValue(1)
        assert page.count_label.text() == texts[0]
        assert page.model.index(0, CaseColumn.STATUS).data() == texts[1]
        older = add_case(desk, "FRÖ-2023-0001", date(2023, 5, 2))  # 44 days: 6 weeks
        page.refresh()
        assert page.count_label.text() == texts[2]
        page.weeks_spin.setValue(2)
        assert page.count_label.text() == texts[3]
        assert page.model.index(page.model.row_of(older), CaseColumn.STATUS).data() == texts[4]
        assert page.model.row_of(recent) is not None
