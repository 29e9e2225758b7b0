"""The first-run wizard, driven from the keyboard as a new desk's first user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWizard

from vagledare.app.settings import DeskSettings
from vagledare.gui.shell.first_run_wizard import (
    BACKUPS,
    PERSON,
    PIN,
    RECOVERY,
    SITE,
    FirstRunWizard,
)
from vagledare.gui.shell.main_window import MainWindow
from vagledare.journal import access, audit, sites, staff
from vagledare.journal.backup import backup_dir
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.first_run import complete_first_run, newcomer_role
from vagledare.journal.journal_settings import backup_dir_setting
from vagledare.journal.models import Role, Staff


def open_wizard(qtbot, journal: Journal, settings: DeskSettings | None = None) -> FirstRunWizard:  # noqa: ANN001
    w = FirstRunWizard(journal, settings, "sv")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return w


@pytest.fixture
def wizard(qtbot, journal: Journal, tmp_path: Path) -> FirstRunWizard:  # noqa: ANN001
    return open_wizard(qtbot, journal, DeskSettings(path=tmp_path / "settings.json"))


def focused():  # noqa: ANN201
    return QApplication.focusWidget()


def type_and_enter(qtbot, text: str = "") -> None:  # noqa: ANN001
    if text:
        qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def hand_over_recovery_code(qtbot, wizard: FirstRunWizard) -> str:  # noqa: ANN001
    """The last page: the code, shown once; Start only once it is written down."""
    assert wizard.currentId() == RECOVERY and focused() is wizard.recovery_page.written
    code = wizard.recovery_page.code.text()
    assert len(code.replace("-", "")) == 12
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert not (back.isVisible() and back.isEnabled())  # saved: no way back
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    type_and_enter(qtbot)
    return code


def test_keyboard_only_first_run_makes_the_first_person_administrator(
    qtbot, wizard: FirstRunWizard, journal: Journal
) -> None:  # noqa: ANN001
    type_and_enter(qtbot)  # the language page: Swedish is chosen, Enter goes on
    assert wizard.currentId() == SITE and focused() is wizard.site_page.combo
    type_and_enter(qtbot, "City")
    assert wizard.currentId() == PERSON and focused() is wizard.person_page.name
    qtbot.keyClicks(focused(), "AB")
    assert "no administrator yet" in wizard.person_page.role_text.text()
    assert not wizard.person_page.role.isEnabled()
    type_and_enter(qtbot)
    assert wizard.currentId() == PIN and focused() is wizard.pin_page.pin
    qtbot.keyClicks(focused(), "2468")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_and_enter(qtbot, "2468")
    assert wizard.currentId() == BACKUPS
    if journal.path is None:  # a server makes its own backups: the page only says so
        assert not wizard.backup_page.folder.isVisibleTo(wizard.backup_page)
        assert "database server" in wizard.backup_page.text.text()
    else:
        assert wizard.backup_page.folder.text() == str(journal.path.parent / "backups")
    type_and_enter(qtbot)  # Save and go on
    code = hand_over_recovery_code(qtbot, wizard)

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.desk is not None
    assert (wizard.desk.site.name, wizard.desk.staff.name) == ("City", "AB")
    assert wizard.desk.staff.role is Role.ADMIN
    with journal.session(readonly=True) as s:  # kept as a hash only
        assert access.has_recovery_code(s)
        assert [e.action for e in audit.entries(s, action="recovery_code_made")] == [
            "recovery_code_made"
        ]
    with journal.session() as s:
        assert access.verify_pin("2468", s.scalar(select(Staff.pin_hash)))
        assert backup_dir_setting(s) is None  # the default: backups/ beside the journal
        assert [e.action for e in audit.entries(s, action="login")] == ["login"]
    if journal.path is not None:
        assert backup_dir(journal.path) == journal.path.parent / "backups"
    with journal.session() as s:  # the code works: a new start code in place of the PIN
        assert access.recover(s, code, wizard.desk.staff.id)
        assert access.account_state(s, wizard.desk.staff.id) == "start"

    # Svenska was only left marked, not clicked: still the desk's choice, and the window's
    # View → Language says so (not "Follow the system").
    assert DeskSettings.load(wizard.settings.path).language == "sv"
    window = MainWindow(wizard.desk, wizard.lang, wizard.settings)
    qtbot.addWidget(window)
    languages = window.findChild(QMenu, "languageMenu").actions()
    assert [a.text() for a in languages if a.isChecked()] == ["Svenska"]


def test_a_later_person_picks_coach_or_tutor_and_a_backup_folder(
    qtbot, journal: Journal, tmp_path: Path
) -> None:  # noqa: ANN001
    with journal.session() as s:
        first = staff.ensure_staff(s, "AB", Role.ADMIN)
        access.set_pin(s, first.id, "2468")
        sites.add_site(s, "Fröslunda")
    w = open_wizard(qtbot, journal)
    type_and_enter(qtbot)
    assert w.site_page.site_name() == "Fröslunda"  # the journal's site is offered
    type_and_enter(qtbot)
    qtbot.keyClicks(focused(), "CD")
    assert w.person_page.role.isEnabled()
    assert "given by an administrator" in w.person_page.role_text.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is w.person_page.role
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert w.person_page.wanted_role() is Role.TUTOR
    type_and_enter(qtbot)
    qtbot.keyClicks(focused(), "12")  # too short: refused on the page
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_and_enter(qtbot, "12")
    assert w.currentId() == PIN and "minst 4 siffror" in w.pin_page.error.text()
    w.pin_page.pin.setText("1357")
    w.pin_page.repeat.setText("1357")
    type_and_enter(qtbot)
    elsewhere = tmp_path / "nätverk" / "kopior"
    on_server = journal.path is None  # a server makes its own backups: no folder to choose
    assert w.backup_page.folder.isVisibleTo(w.backup_page) is not on_server
    if not on_server:
        w.backup_page.folder.setText(str(elsewhere))
    type_and_enter(qtbot)
    assert w.result() == QDialog.DialogCode.Accepted
    assert w.desk.staff.role is Role.TUTOR and w.desk.site.name == "Fröslunda"
    with journal.session() as s:
        assert backup_dir_setting(s) == (None if on_server else elsewhere)
    if not on_server:
        assert elsewhere.is_dir()
        assert backup_dir(journal.path) == elsewhere


def test_someone_already_in_the_journal_gives_their_pin_and_keeps_their_role(
    qtbot, journal: Journal
) -> None:  # noqa: ANN001
    with journal.session() as s:
        lead = staff.ensure_staff(s, "EF", Role.TEAM_LEAD)
        access.set_pin(s, lead.id, "9753")
    w = open_wizard(qtbot, journal)
    type_and_enter(qtbot)
    type_and_enter(qtbot, "City")
    type_and_enter(qtbot, "ef")
    assert "Welcome back" in w.person_page.role_text.text()
    assert w.person_page.wanted_role() is Role.TEAM_LEAD
    assert not w.pin_page.repeat.isVisibleTo(w.pin_page)
    type_and_enter(qtbot, "1111")
    assert w.currentId() == PIN and w.pin_page.error.text() == "Wrong PIN. Try again."
    type_and_enter(qtbot, "9753")
    type_and_enter(qtbot)
    hand_over_recovery_code(qtbot, w)  # a lead on a journal without a recovery code yet
    assert w.result() == QDialog.DialogCode.Accepted
    assert w.desk.staff.id == lead.id and w.desk.staff.role is Role.TEAM_LEAD


def test_try_with_sample_data_leaves_the_wizard_with_the_demo_answer(
    qtbot, wizard: FirstRunWizard
) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Try …
    qtbot.waitUntil(lambda: wizard.result() == FirstRunWizard.DEMO)  # a mnemonic animates


def test_choosing_english_saves_the_language_setting(qtbot, wizard: FirstRunWizard) -> None:  # noqa: ANN001
    app = QApplication.instance()
    before = list(getattr(app, "_vagledare_translators", []))
    try:
        qtbot.keyClick(focused(), Qt.Key.Key_Down)  # Svenska → English
        assert wizard.language_page.english.isChecked()
        assert wizard.lang == "en" and wizard.settings.language == "en"
        assert DeskSettings.load(wizard.settings.path).language == "en"
    finally:
        for t in getattr(app, "_vagledare_translators", []):
            app.removeTranslator(t)
        app._vagledare_translators = before


def test_roles_above_coach_and_tutor_are_given_not_chosen(journal: Journal) -> None:
    with journal.session() as s:
        assert newcomer_role(s, Role.COACH) is Role.ADMIN  # nobody can give roles yet
        staff.ensure_staff(s, "AB", Role.ADMIN)
        assert newcomer_role(s, Role.TUTOR) is Role.TUTOR
        with pytest.raises(ValidationError, match="ges av en administratör"):
            newcomer_role(s, Role.TEAM_LEAD)


def test_a_wrong_pin_of_a_known_person_saves_nothing(journal: Journal) -> None:
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB", Role.ADMIN)
        access.set_pin(s, me.id, "2468")
    with pytest.raises(ValidationError, match="Fel PIN-kod"), journal.session() as s:
        complete_first_run(
            s,
            site_name="Ny plats",
            staff_name="AB",
            role=Role.COACH,
            pin="0000",
            backup_folder=None,
        )
    with journal.session() as s:
        assert sites.find_site(s, "Ny plats") is None


def test_the_organisation_asked_on_the_site_page_goes_into_every_report(
    qtbot, wizard: FirstRunWizard, journal: Journal
) -> None:  # noqa: ANN001
    from vagledare.journal.journal_settings import organisation
    from vagledare.reports import door
    from vagledare.reports.periods import month

    type_and_enter(qtbot)
    qtbot.keyClicks(focused(), "City")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is wizard.site_page.org_edit
    qtbot.keyClicks(focused(), "Eskilstuna kommun")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is wizard.site_page.unit_edit
    type_and_enter(qtbot, "Jobbcentrum City")
    assert wizard.currentId() == PERSON
    qtbot.keyClicks(focused(), "AB")
    type_and_enter(qtbot)
    qtbot.keyClicks(focused(), "2468")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_and_enter(qtbot, "2468")
    type_and_enter(qtbot)
    hand_over_recovery_code(qtbot, wizard)
    with journal.session(readonly=True) as s:
        assert organisation(s) == "Eskilstuna kommun, Jobbcentrum City"
        table = door.build(s, door.Request("dropin", month(2024, 3))).table
    assert table.organisation == "Eskilstuna kommun, Jobbcentrum City"


def test_a_newcomer_does_not_overwrite_the_organisation_a_lead_entered(journal: Journal) -> None:
    from vagledare.journal.journal_settings import organisation, set_organisation

    with journal.session() as s:
        lead = staff.ensure_staff(s, "AB", Role.ADMIN)
        access.set_pin(s, lead.id, "2468")
        set_organisation(s, "Eskilstuna kommun", "Mötesplats Fröslunda")
    with journal.session() as s:
        complete_first_run(
            s,
            site_name="Fröslunda",
            staff_name="CD",
            role=Role.COACH,
            pin="1357",
            backup_folder=None,
            organisation="Någon annan",
        )
    with journal.session(readonly=True) as s:
        assert organisation(s) == "Eskilstuna kommun, Mötesplats Fröslunda"
