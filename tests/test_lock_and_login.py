"""The shared desk PC: the lock screen hides the journal; PINs unlock; idle time locks."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from vagledare.app.desk import Desk
from vagledare.gui.shell.main_window import MainWindow
from vagledare.gui.shell.pin_form import LoginDialog
from vagledare.journal import access, audit
from vagledare.journal.models import Gender
from vagledare.journal.staff import ensure_staff


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:  # noqa: ANN001
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        other = ensure_staff(s, "CD")
        access.set_pin(s, other.id, "2468")
    w = MainWindow(desk, "sv")
    qtbot.addWidget(w)
    w.show()
    return w


def visible_texts(w: MainWindow) -> str:
    from PySide6.QtWidgets import QLabel, QPushButton

    widgets = [*w.findChildren(QLabel), *w.findChildren(QPushButton)]
    return " ".join(x.text() for x in widgets if x.isVisible() and x.text())


def test_lock_screen_hides_the_journal(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    site = window.desk.site
    window.tally.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN)
    assert "Ansökningshandlingar" in visible_texts(window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert not window.tally.isVisible() and not window.tabs.isVisible()
    shown = visible_texts(window)
    assert "Ansökningshandlingar" not in shown and "Idag" not in shown
    assert not window.menuBar().isEnabled()
    # Undo must not work behind the lock.
    window.undo_action.trigger()
    assert window.desk.snapshot().today == 1


def test_wrong_pin_keeps_it_locked_right_pin_unlocks(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.lock()
    form = window.lock_page.form
    form.pin.setText("0000")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert window.locked and form.error.text() == "Wrong PIN. Try again."
    form.pin.setText("4711")
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)
    assert not window.locked and window.tally.isVisible()
    with window.desk.journal.session(readonly=True) as s:
        actions = [e.action for e in audit.entries(s)]
    assert actions[:3] == ["login", "login_failed", "lock"]


def test_another_staff_member_unlocks_as_themselves(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.lock()
    form = window.lock_page.form
    form.who.setCurrentIndex(form.who.findText("CD"))
    form.pin.setText("2468")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert not window.locked
    assert window.desk.staff.name == "CD"
    assert "CD" in window.tally.site_label.text()
    site = window.desk.site
    window.tally.log(site.categories[1].id, site.age_bands[1].id, Gender.MAN)
    assert window.desk.entries()[0].author == "CD"


def test_inactivity_locks_the_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.watcher.timer.setInterval(100)
    window.watcher.timer.start()
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_login_asks_a_new_staff_member_to_choose_a_pin(qtbot, desk: Desk) -> None:  # noqa: ANN001
    dialog = LoginDialog(desk.journal, str(desk.staff.id))
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.repeat.isVisibleTo(dialog)
    form.pin.setText("1357")
    form.repeat.setText("1358")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert dialog.staff is None and form.error.text()
    form.repeat.setText("1357")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert dialog.staff is not None and dialog.staff.id == desk.staff.id
    with desk.journal.session() as s:
        assert access.login(s, desk.staff.id, "1357")


def test_a_coach_cannot_export_another_coachs_work(qtbot, window: MainWindow, tmp_path) -> None:  # noqa: ANN001
    import csv

    from vagledare.journal.models import Role, Staff

    site = window.desk.site
    cat, band = site.category("Söka arbete"), site.age_band("25-34")
    window.desk.log(cat.id, band.id, Gender.WOMAN, count=2)  # AB, a coach
    with window.desk.journal.session() as s:
        other = ensure_staff(s, "CD")
    cd_desk = Desk(window.desk.journal, site, other)
    cd_desk.log(cat.id, band.id, Gender.WOMAN, count=5)  # CD's own work

    page = window.reports
    assert page.own_only  # AB is a vägledare
    keys = [page.ui.reportCombo.itemData(i) for i in range(page.ui.reportCombo.count())]
    assert "resources" not in keys
    window.show_page(page)
    out = page.export("csv", tmp_path / "mine.csv")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert ["Kvinnor", "Söka arbete", "0", "2", "0", "0", "0", "2"] in rows  # not 7
    assert page.ui.notesLabel.text().startswith("Only your own entries")

    with window.desk.journal.session() as s:
        s.get(Staff, other.id).role = Role.TEAM_LEAD
    lead = ensure_staff_info(window, "CD")
    page.set_staff(lead)
    assert not page.own_only
    assert "resources" in [
        page.ui.reportCombo.itemData(i) for i in range(page.ui.reportCombo.count())
    ]
    out = page.export("csv", tmp_path / "all.csv")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert ["Kvinnor", "Söka arbete", "0", "7", "0", "0", "0", "7"] in rows
    with window.desk.journal.session(readonly=True) as s:
        exports = [e for e in audit.entries(s) if e.action == "export"]
    assert [(e.actor, e.detail["own_only"]) for e in exports] == [("CD", False), ("AB", True)]


def ensure_staff_info(window: MainWindow, name: str):  # noqa: ANN201
    with window.desk.journal.session(readonly=True) as s:
        return ensure_staff(s, name)


def test_wrong_pins_lock_the_login_and_survive_a_restart(qtbot, desk: Desk) -> None:  # noqa: ANN001
    from vagledare.journal.db import open_journal

    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
    dialog = LoginDialog(desk.journal, str(desk.staff.id))
    qtbot.addWidget(dialog)
    for _ in range(access.LOCK_AFTER):
        dialog.form.pin.setText("0000")
        qtbot.mouseClick(dialog.form.ok, Qt.MouseButton.LeftButton)
    assert dialog.staff is None
    again = open_journal(desk.journal.location)  # another start of the program
    restarted = LoginDialog(again, str(desk.staff.id))
    qtbot.addWidget(restarted)
    restarted.form.pin.setText("4711")  # the right PIN, but the account waits
    qtbot.mouseClick(restarted.form.ok, Qt.MouseButton.LeftButton)
    assert restarted.staff is None and "Försök igen om" in restarted.form.error.text()
    with again.session(readonly=True) as s:
        actions = [e.action for e in audit.entries(s)]
    assert actions.count("login_failed") == access.LOCK_AFTER and "locked_out" in actions
    again.close()


def test_the_lock_screen_returns_to_the_person_who_locked_it(qtbot, desk: Desk) -> None:  # noqa: ANN001
    with desk.journal.session() as s:
        first = ensure_staff(s, "Aaron")  # sorts before AB: the old lock screen chose him
        access.set_pin(s, first.id, "1111")
        access.set_pin(s, desk.staff.id, "4711")
    w = MainWindow(desk, "sv")
    qtbot.addWidget(w)
    w.show()
    w.lock()
    form = w.lock_page.form
    assert form.who.currentText() == "AB" and form.who.currentData() == desk.staff.id


def test_an_account_without_pin_cannot_be_taken_over(qtbot, desk: Desk) -> None:  # noqa: ANN001
    from vagledare.journal.models import Role

    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        lead = ensure_staff(s, "TL", Role.TEAM_LEAD)  # e.g. added in Personal och roller
    dialog = LoginDialog(desk.journal, str(lead.id))
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.who.currentText() == "TL"
    assert not form.ok.isEnabled() and not form.pin.isEnabled()
    assert not form.repeat.isVisibleTo(dialog)  # no "choose a new PIN" for whoever sits here
    assert "start code" in form.hint.text() or "startkod" in form.hint.text()
    form._on_ok()  # even forced, nothing happens
    assert dialog.staff is None
    with desk.journal.session(readonly=True) as s:
        assert access.account_state(s, lead.id) == "none"


def test_a_start_code_lets_the_person_choose_their_own_pin(qtbot, desk: Desk) -> None:  # noqa: ANN001
    from vagledare.journal.models import Role

    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        access.set_role(s, desk.staff.id, Role.TEAM_LEAD, Role.ADMIN)
        newcomer = ensure_staff(s, "NY")
    with desk.journal.session(actor_id=desk.staff.id) as s:
        code = access.issue_start_code(s, newcomer.id, Role.TEAM_LEAD)
    dialog = LoginDialog(desk.journal, str(newcomer.id))
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.new_pin.isVisibleTo(dialog) and form.repeat.isVisibleTo(dialog)
    form.pin.setText("WRONG-CODE")
    form.new_pin.setText("2580")
    form.repeat.setText("2580")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert dialog.staff is None and form.error.text()
    form.pin.setText(code.lower())  # as typed from a note
    form.new_pin.setText("2580")
    form.repeat.setText("2580")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert dialog.staff is not None and dialog.staff.id == newcomer.id
    with desk.journal.session() as s:
        assert access.login(s, newcomer.id, "2580")
        assert access.account_state(s, newcomer.id) == "pin"
    with pytest.raises(Exception, match="ingen startkod"), desk.journal.session() as s:
        access.redeem_start_code(s, newcomer.id, code, "9999")  # used up


def test_a_locked_out_lead_is_never_a_dead_end(qtbot, desk: Desk) -> None:  # noqa: ANN001
    from vagledare.journal.models import Role

    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        access.set_role(s, desk.staff.id, Role.TEAM_LEAD, Role.ADMIN)
    with desk.journal.session() as s:
        recovery = access.make_recovery_code(s, desk.staff.id)  # kept in the office safe
    with desk.journal.session() as s:
        for _ in range(access.LOCK_AFTER):  # the PIN is forgotten and the account locked
            access.login(s, desk.staff.id, "0000")
    dialog = LoginDialog(desk.journal, str(desk.staff.id))
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.forgot.isVisibleTo(dialog)
    form._on_forgot("NOPE-NOPE-NOPE")
    assert "Wrong recovery code" in form.error.text() or "återställningskod" in form.error.text()
    form._on_forgot(recovery.lower())
    assert form.new_pin.isVisibleTo(dialog) and form.pin.text()  # the new start code, filled in
    form.new_pin.setText("8642")
    form.repeat.setText("8642")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert dialog.staff is not None and dialog.staff.id == desk.staff.id
    with desk.journal.session(readonly=True) as s:
        actions = [e.action for e in audit.entries(s)]
        details = " ".join(str(e.detail) for e in audit.entries(s))
    assert "recovery_code_made" in actions and "recovery_used" in actions
    assert "scrypt" not in details  # no hash in the log


def test_an_account_from_another_desk_cannot_be_entered_until_enrolled_here(
    qtbot,
    desk: Desk,
    tmp_path,  # noqa: ANN001
) -> None:
    from exchange_builders import import_trusted

    from vagledare.exchange.files import export_file
    from vagledare.journal.db import open_journal
    from vagledare.journal.models import Role
    from vagledare.journal.staff import find_staff

    other = open_journal(tmp_path / "other.sqlite")
    with other.session() as s:  # a team lead with a PIN on the other desk
        far = ensure_staff(s, "FL", Role.TEAM_LEAD)
        access.set_pin(s, far.id, "1357")
    out = export_file(other, tmp_path / "other.vgx", to="här").path
    other.close()
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
    import_trusted(desk.journal, [out])
    with desk.journal.session(readonly=True) as s:
        arrived = find_staff(s, "FL")
    assert arrived is not None and arrived.role is Role.UNASSIGNED
    dialog = LoginDialog(desk.journal, str(arrived.id))
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.who.currentText() == "FL"
    assert not form.ok.isEnabled() and not form.pin.isEnabled()
    form.pin.setText("1357")  # the PIN of the other desk means nothing here
    form._on_ok()
    assert dialog.staff is None


def test_a_login_and_a_lock_at_the_desk_are_logged_as_the_persons_own(desk: Desk) -> None:
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        other = ensure_staff(s, "CD")
        access.set_pin(s, other.id, "2468")
    desk.journal.act_as(desk.staff.id)  # AB locked the desk; CD unlocks it
    assert not desk.journal.write(access.desk_login, other.id, "0000")
    assert desk.journal.write(access.desk_login, other.id, "2468")
    desk.journal.write(access.lock_desk, other.id)
    with desk.journal.session(readonly=True) as s:
        entries = audit.entries(s)
    assert [(e.action, e.actor, e.entity_id) for e in entries[:3]] == [
        ("lock", "CD", str(other.id)),
        ("login", "CD", str(other.id)),
        ("login_failed", "CD", str(other.id)),
    ]


def test_the_first_pin_is_chosen_at_the_desk_only_while_nobody_has_one(desk: Desk) -> None:
    from vagledare.journal.errors import ValidationError

    with desk.journal.session() as s:
        other = ensure_staff(s, "CD")
    desk.journal.write(access.choose_first_pin, desk.staff.id, "4711")
    assert desk.journal.write(access.desk_login, desk.staff.id, "4711")
    with pytest.raises(ValidationError, match="Be en teamledare om en startkod"):
        desk.journal.write(access.choose_first_pin, other.id, "1357")
    assert desk.journal.read(access.account_state, other.id) == "none"
