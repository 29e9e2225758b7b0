"""The groups page and the roll call, driven by keyboard and mouse as staff use them."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from group_builders import setup_sites
from sqlalchemy import func, select

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from vagledare.app.desk import Desk
from vagledare.gui.groups.enrolment_dialog import EnrolmentDialog
from vagledare.gui.groups.group_dialog import GroupDialog
from vagledare.gui.groups.group_models import EnrolmentListModel, SessionListModel
from vagledare.gui.groups.groups_page import GroupsPage
from vagledare.gui.groups.roll_call import RollCallDialog
from vagledare.journal import enrolments, groups, meetings, staff
from vagledare.journal.db import Journal
from vagledare.journal.models import (
    Attendance,
    AttendanceStatus,
    Enrolment,
    EnrolmentRoute,
    Gender,
    GroupKind,
    GroupSession,
    Participant,
    Role,
    Staff,
)

DAY = date(2023, 3, 7)  # a Tuesday
NOW = datetime(2023, 3, 7, 12, 0)


@pytest.fixture(autouse=True)
def _no_blocking_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A dialog closed with unsaved changes asks; tests answer Discard instead of blocking."""
    asked: list[str] = []

    def answer(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def group(journal: Journal) -> groups.GroupInfo:
    """Three participants and a schedule on Tuesdays from 21 February: sessions on 21 and
    28 February (never taken) and today, 7 March."""
    author, found = setup_sites(journal)
    with journal.session() as s:
        g = groups.add_group(
            s,
            found["Årby"].id,
            "Språkgrupp",
            GroupKind.LANGUAGE_GROUP,
            date(2023, 2, 20),
            author,
            tutors=["SH"],
            add_tutors=True,
            schedule=[groups.parse_slot("tis 09:30-11:00")],
        )
        for code, gender in (
            ("ÅRB-0001", Gender.WOMAN),
            ("ÅRB-0002", Gender.MAN),
            ("ÅRB-0003", Gender.WOMAN),
        ):
            enrolments.enrol(
                s, g.id, code, gender, "25-34", EnrolmentRoute.REFERRED, date(2023, 2, 20), author
            )
        meetings.sync_sessions(s, DAY, horizon_days=7)
    return g


def session_id(journal: Journal, group: groups.GroupInfo, day: date = DAY):
    with journal.session() as s:
        x = meetings.session_on(s, group.id, day)
    assert x is not None
    return x.id


def saved_marks(journal: Journal) -> dict[str, AttendanceStatus]:
    with journal.session() as s:
        rows = s.execute(
            select(Participant.code, Attendance.status)
            .join(Enrolment, Enrolment.id == Attendance.enrolment_id)
            .join(Participant, Participant.id == Enrolment.participant_id)
        ).all()
    return dict(rows)


def open_roll_call(qtbot, journal: Journal, group: groups.GroupInfo) -> RollCallDialog:
    dialog = RollCallDialog(journal, session_id(journal, group), None, "sv", now=NOW)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_roll_call_by_keyboard(qtbot, journal: Journal, group) -> None:
    dialog = open_roll_call(qtbot, journal, group)
    assert [b.entry.code for b in dialog.buttons] == ["ÅRB-0001", "ÅRB-0002", "ÅRB-0003"]
    assert dialog.focusWidget() is dialog.buttons[0]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # → Närvarande
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.buttons[1]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # → Närvarande
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # → Frånvarande
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_3)  # → Anmäld frånvaro
    assert dialog.buttons[2].status_label.text() == "Excused absence"
    assert saved_marks(journal) == {}  # nothing is written before saving
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved_marks(journal) == {
        "ÅRB-0001": AttendanceStatus.PRESENT,
        "ÅRB-0002": AttendanceStatus.ABSENT,
        "ÅRB-0003": AttendanceStatus.EXCUSED,
    }
    with journal.session() as s:
        info = meetings.get_session(s, session_id(journal, group))
    assert info.taken and (info.present, info.absent, info.excused) == (1, 1, 1)
    assert not dialog.dirty


def test_all_present_in_one_action_keeps_an_excused_absence(qtbot, journal: Journal, group) -> None:
    dialog = open_roll_call(qtbot, journal, group)
    for _ in range(3):  # one click per step: Närvarande → Frånvarande → Anmäld frånvaro
        qtbot.mouseClick(dialog.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert saved_marks(journal) == {
        "ÅRB-0001": AttendanceStatus.PRESENT,
        "ÅRB-0002": AttendanceStatus.EXCUSED,
        "ÅRB-0003": AttendanceStatus.PRESENT,
    }
    with journal.session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 3
        assert (
            s.scalar(
                select(func.count())
                .select_from(GroupSession)
                .where(GroupSession.attendance_taken_at.is_not(None))
            )
            == 1
        )
    assert dialog.summary_label.text().startswith(
        "Present 2 · Absent 0 · Excused 1 · Not marked 0 · Guests 0"
    )


def test_saving_with_someone_unmarked_is_refused_and_says_who(
    qtbot, journal: Journal, group
) -> None:
    dialog = open_roll_call(qtbot, journal, group)
    qtbot.mouseClick(dialog.buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "2 deltagare saknar markering: ÅRB-0002, ÅRB-0003" in dialog.error_label.text()
    assert saved_marks(journal) == {}


def test_cafe_guests_are_counted_by_gender_without_enrolment(qtbot, journal: Journal) -> None:
    author, found = setup_sites(journal)
    with journal.session() as s:
        g = groups.add_group(
            s, found["Fröslunda"].id, "Språkcafé", GroupKind.LANGUAGE_CAFE, DAY, author
        )
        x = meetings.add_session(s, g.id, DAY, None, None, author)
    dialog = RollCallDialog(journal, x.id, author, "sv", now=NOW)
    qtbot.addWidget(dialog)
    women, men, unstated = dialog.guest_spins
    women.setValue(9)
    men.setValue(7)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with journal.session() as s:
        info = meetings.get_session(s, x.id)
        assert s.scalar(select(func.count()).select_from(Participant)) == 0
    assert info.taken and (info.guests.women, info.guests.men, info.attendance) == (9, 7, 16)


def test_groups_page_flags_sessions_until_their_roll_call_is_taken(
    qtbot, journal: Journal, group
) -> None:
    with journal.session() as s:
        me = staff.ensure_staff(s, "SH")
    during = datetime(2023, 3, 7, 10, 0)  # today's session (09.30–11.00) is not over yet
    page = GroupsPage(journal, group_site(journal, group), me, "sv", now=lambda: during)
    qtbot.addWidget(page)
    assert page.flag_label.text() == "⚠ 2 session(s) without a roll call"
    model = page.session_model
    states = [model.data(model.index(i, 2)) for i in range(model.rowCount())]
    assert states == ["⚠ Not taken", "⚠ Not taken", "Today", "Coming", "Coming"]
    assert page.selected_session().held_on == DAY  # today's session is preselected
    first_missing = page.missing[0]
    dialog = page.make_roll_call(first_missing.id)  # owned by the page
    assert dialog.all_present()
    page.refresh()
    assert page.flag_label.text() == "⚠ 1 session(s) without a roll call"
    with journal.session() as s:
        meetings.cancel_session(s, page.missing[0].id, "Stängt")
    page.refresh()
    assert page.flag_label.text() == "Every past session has its roll call."
    assert not page.flag_button.isEnabled()


def group_site(journal: Journal, group: groups.GroupInfo):
    from vagledare.journal.sites import get_site

    with journal.session() as s:
        return get_site(s, group.site_id)


def test_new_group_dialog_saves_schedule_and_tutors(qtbot, journal: Journal) -> None:
    author, found = setup_sites(journal)
    dialog = GroupDialog(journal, found["Fröslunda"].id, author, "sv", today=DAY)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Läxhjälp eftermiddag")
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(GroupKind.HOMEWORK_HELP))
    dialog.ui.tutorsEdit.setText("SH, Fröet")
    dialog.ui.scheduleEdit.setPlainText(
        "mån 13:00-16:00\ntis 13:00-16:00\nons 13:00-16:00\ntor 13:00-16:00"
    )
    with journal.session() as s:
        staff.ensure_staff(s, "SH", Role.TUTOR)  # an account already; "Fröet" is nobody's
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "newTutorsQuestion"
        asked.append(box.text())
        box.button(button).click()

    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert asked[0].startswith("Fröet is not among the staff.")
    assert "Fröet finns inte bland personalen" in dialog.ui.errorLabel.text()
    with journal.session(readonly=True) as s:  # nothing written, the form kept as typed
        assert staff.find_staff(s, "Fröet") is None
        assert groups.find_group(s, found["Fröslunda"].id, "Läxhjälp eftermiddag") is None
    assert dialog.ui.tutorsEdit.text() == "SH, Fröet"

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    g = dialog.group
    assert g is not None and g.kind is GroupKind.HOMEWORK_HELP
    assert g.tutors == ("Fröet", "SH")
    with journal.session(readonly=True) as s:  # a tutor's account nobody can use yet
        new = s.scalar(select(Staff).where(Staff.name == "Fröet"))
        assert (new.role, new.pin_hash) == (Role.TUTOR, None)
    assert g.schedule_label() == (
        "måndagar 13.00–16.00, tisdagar 13.00–16.00, onsdagar 13.00–16.00, torsdagar 13.00–16.00"
    )


def test_group_dialog_shows_why_a_schedule_is_refused(qtbot, journal: Journal) -> None:
    author, found = setup_sites(journal)
    dialog = GroupDialog(journal, found["Årby"].id, author, "sv", today=DAY)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Språkcafé")
    dialog.ui.scheduleEdit.setPlainText("tisdagar efter lunch")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "ska skrivas som veckodag och tid" in dialog.ui.errorLabel.text()
    with journal.session() as s:
        assert groups.list_groups(s) == []


def test_enrolment_dialog_uses_the_code_register(qtbot, journal: Journal, group) -> None:
    dialog = EnrolmentDialog(journal, group, None, "sv", today=DAY)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.newCodeButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.codeEdit.text() == f"ÅRB-{date.today().year}-0001"
    dialog.ui.codeEdit.setText("ÅRB-0002")  # known: a man, 25-34
    assert not dialog.ui.genderCombo.isEnabled()
    assert dialog.ui.genderCombo.currentData() == Gender.MAN
    assert "Known code" in dialog.ui.knownLabel.text()
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "redan inskriven" in dialog.ui.errorLabel.text()
    dialog.ui.codeEdit.setFocus()
    qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Backspace)  # the code changes: error gone
    assert dialog.ui.errorLabel.text() == ""
    assert dialog.ui.genderCombo.isEnabled()  # ÅRB-000 is nobody's
    dialog.ui.codeEdit.setText("811218-9876")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "personnummer" in dialog.ui.errorLabel.text()
    dialog.ui.routeCombo.setCurrentIndex(1)  # any other input clears it too
    assert dialog.ui.errorLabel.text() == ""
    dialog.ui.codeEdit.setText("ÅRB-0009")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.enrolment is not None and dialog.enrolment.code == "ÅRB-0009"


def test_table_models_are_well_behaved(qtmodeltester, journal: Journal, group) -> None:
    with journal.session() as s:
        rows = meetings.list_sessions(s, [group.id])
        people = enrolments.list_enrolments(s, [group.id])
    sm = SessionListModel()
    sm.set_rows(rows, NOW)
    qtmodeltester.check(sm)
    em = EnrolmentListModel("sv")
    em.set_rows(people)
    qtmodeltester.check(em)


def test_main_window_has_the_groups_tab(qtbot, desk: Desk) -> None:
    from vagledare.gui.shell.main_window import MainWindow

    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    assert window.tabs.count() == 8
    assert window.page_at(4) is window.groups
    window.tabs.setCurrentIndex(4)
    assert "No groups yet at Fröslunda" in window.groups.group_title.text()


def test_report_page_offers_the_group_reports(qtbot, journal: Journal, group) -> None:
    from vagledare.gui.reports.report_page import ReportPage

    take_all_present(journal, group)
    page = ReportPage(journal, "sv", home_site="Årby")
    qtbot.addWidget(page)
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("sprakgrupp"))
    page.ui.periodKindCombo.setCurrentIndex(5)  # free range
    page.ui.fromDate.setDate(date(2023, 3, 1))
    page.ui.toDate.setDate(date(2023, 3, 31))
    assert page.table is not None
    assert page.table.value(None, "Antal inskrivna deltagare sedan start", "Årby") == 3
    assert page.table.value(None, "Närvarande totalt", "Årby") == 3
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("narvaro"))
    assert [r.label for _, r in page.table.rows()] == ["ÅRB-0001", "ÅRB-0002", "ÅRB-0003", "Totalt"]


def take_all_present(journal: Journal, group: groups.GroupInfo) -> None:
    from vagledare.journal import attendance

    with journal.session() as s:
        x = meetings.session_on(s, group.id, DAY)
        assert x is not None
        call = attendance.roll_call(s, x.id)
        attendance.save_roll_call(
            s, x.id, attendance.all_present(call.marks()), meetings.Guests(), None, now=NOW
        )


def test_cancelling_a_missing_session_on_the_page_clears_its_flag(
    qtbot, journal: Journal, group, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    with journal.session() as s:
        me = staff.ensure_staff(s, "SH")
    page = GroupsPage(journal, group_site(journal, group), me, "sv", now=lambda: NOW)
    qtbot.addWidget(page)
    assert page.flag_label.text() == "⚠ 3 session(s) without a roll call"
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Sportlov", True))
    page.sessions.select(page.missing[0].id)
    assert page.sessions.cancel_button.text() == "Cancel sessi&on…"
    qtbot.mouseClick(page.sessions.cancel_button, Qt.MouseButton.LeftButton)
    assert page.flag_label.text() == "⚠ 2 session(s) without a roll call"
    with journal.session() as s:
        (cancelled,) = [x for x in meetings.list_sessions(s, [group.id]) if x.cancelled]
    assert (cancelled.held_on, cancelled.cancel_reason) == (date(2023, 2, 21), "Sportlov")


def test_the_group_dialogs_labels_all_look_enabled(qtbot, journal: Journal) -> None:  # noqa: ANN001
    """ "Typ:" once shared its object name with the close-case dialog's muted note."""
    from PySide6.QtWidgets import QLabel

    from vagledare.gui.shell import theme

    author, found = setup_sites(journal)
    app = QApplication.instance()
    app.setStyleSheet(theme.APP_STYLE.format(t=theme.LIGHT))
    try:
        dialog = GroupDialog(journal, found["Årby"].id, author, "sv", today=DAY)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = [w for w in dialog.findChildren(QLabel) if w.buddy() is not None]
        colours = {w.text(): w.palette().color(w.foregroundRole()).name() for w in labels}
        assert "&Kind:" in colours and len(set(colours.values())) == 1, colours
        assert colours["&Kind:"] != theme.LIGHT.muted
    finally:
        app.setStyleSheet("")
