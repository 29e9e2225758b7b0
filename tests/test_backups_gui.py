"""File → Backups…: the list with what each backup holds, a backup taken now in the
background (a new file, the owner's only), and a restore that keeps the current journal aside,
records the restore and closes the window."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from PySide6.QtWidgets import QMessageBox

from vagledare.app.desk import Desk
from vagledare.gui.admin.backups_dialog import BackupsDialog, open_backups
from vagledare.gui.shell.main_window import MainWindow
from vagledare.journal import backup, staff
from vagledare.journal.backup_restore import check_restore
from vagledare.journal.db import open_journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import AuditEntry, Gender, Role
from vagledare.journal.staff import StaffInfo

pytestmark = pytest.mark.sqlite_only  # backups are copies of the journal file


@pytest.fixture
def lead(desk: Desk) -> StaffInfo:
    with desk.journal.session() as s:
        me = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
    desk.switch_staff(me)
    desk.journal.act_as(me.id)
    return me


def quick_cases(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM quick_case").fetchone()[0]
    finally:
        con.close()


def log(desk: Desk, n: int) -> None:
    for _ in range(n):
        desk.log(desk.site.categories[0].id, desk.site.age_bands[0].id, Gender.WOMAN)
    desk.wait_for_backup()  # the day's backup, taken in a thread of its own


def test_the_dialog_lists_the_backups_and_shows_what_the_chosen_one_holds(
    qtbot,  # noqa: ANN001
    desk: Desk,
    lead: StaffInfo,
) -> None:
    log(desk, 2)  # the day's first entry made the day's and the month's backup
    event = backup.backup_before(desk.journal.path, "import")
    os.utime(event, (event.stat().st_mtime + 5, event.stat().st_mtime + 5))  # the newest
    dialog = BackupsDialog(desk.journal, lead)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.index(r, 3).data() for r in range(model.rowCount())][0] == event.name
    assert sorted(model.index(r, 1).data() for r in range(model.rowCount())) == [
        "Before an import",
        "Daily",
        "Monthly",
    ]
    assert dialog.chosen() == event
    assert dialog.ui.previewLabel.text() == backup.preview(event).describe()
    assert "2 snabbärenden" in dialog.ui.previewLabel.text()
    assert str(desk.journal.path.parent / "backups") in dialog.ui.locationLabel.text()


def test_a_backup_is_taken_now_in_the_background(qtbot, desk: Desk, lead: StaffInfo) -> None:  # noqa: ANN001
    dialog = BackupsDialog(desk.journal, lead)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.ui.previewLabel.text() == "This journal has no backups yet."
    assert not dialog.ui.restoreButton.isEnabled()
    dialog.ui.takeButton.click()
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=10_000)
    made = list((desk.journal.path.parent / "backups").glob("journal-manuell-*.sqlite"))
    assert len(made) == 1
    if os.name == "posix":
        assert stat.S_IMODE(made[0].stat().st_mode) == 0o600
    assert dialog.model.rowCount() == 1 and dialog.chosen() == made[0]
    assert dialog.model.index(0, 1).data() == "Taken by hand"
    assert dialog.ui.messageLabel.text() == f"The backup is saved: {made[0]}"
    assert dialog.ui.takeButton.isEnabled() and dialog.ui.restoreButton.isEnabled()
    assert not dialog.ui.progressBar.isVisible()


def test_restoring_keeps_the_journal_aside_records_it_and_closes_the_window(
    qtbot,  # noqa: ANN001
    desk: Desk,
    lead: StaffInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = desk.journal.path
    log(desk, 3)
    daily = next((path.parent / "backups").glob("journal-dag-*.sqlite"))  # before the first
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []
    told: list[str] = []

    def question(_parent, _title, text, *_rest):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    def choose_and_restore(d: BackupsDialog) -> int:
        for r in range(d.model.rowCount()):
            if d.model.row(r).path == daily:
                d.ui.backupView.selectRow(r)
        d.ui.restoreButton.click()
        return d.result()

    monkeypatch.setattr(BackupsDialog, "exec", choose_and_restore)
    window.backups_action.trigger()

    assert "0 snabbärenden" in asked[0] and "Vägledare closes after the restore" in asked[0]
    asides = list(path.parent.glob("journal-fore-aterstallning-*.sqlite"))
    assert len(asides) == 1 and quick_cases(asides[0]) == 3
    assert quick_cases(path) == 0
    assert told == [
        f"The journal is restored from {daily.name}. The journal as it was is kept as "
        f"{asides[0]}.\n\nVägledare closes now: start it again to work in the restored journal."
    ]
    assert not window.isVisible()
    assert not window._timer.isActive()
    restored = open_journal(path)
    try:
        with restored.session() as s:
            entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "restore")).all()
        assert [(e.actor_id, daily.name in e.detail) for e in entries] == [(lead.id, True)]
    finally:
        restored.close()


def test_a_refused_restore_leaves_the_journal_and_the_window_working(
    qtbot,  # noqa: ANN001
    desk: Desk,
    lead: StaffInfo,
    tmp_path: Path,
) -> None:
    log(desk, 1)
    stranger = tmp_path / "other.sqlite"
    stranger.write_bytes(b"not a journal")
    with pytest.raises(ValidationError, match="inte en av journalens säkerhetskopior"):
        check_restore(desk.journal, stranger, lead.id)
    daily = next((desk.journal.path.parent / "backups").glob("journal-dag-*.sqlite"))
    daily.write_bytes(b"damaged")
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    held: list[bool] = []
    dialog = BackupsDialog(desk.journal, lead, window, hold=held.append)
    qtbot.addWidget(dialog)
    for r in range(dialog.model.rowCount()):
        if dialog.model.row(r).path == daily:
            dialog.ui.backupView.selectRow(r)
    dialog.restore_chosen()
    assert dialog.ui.messageLabel.text().startswith(
        f"⚠ Säkerhetskopian {daily.name} kan inte läsas"
    )
    assert held == [] and dialog.restored is None
    assert quick_cases(desk.journal.path) == 1
    log(desk, 1)  # the journal still works
    assert quick_cases(desk.journal.path) == 2


def test_a_coach_cannot_open_backups_and_a_server_journal_says_they_are_the_servers(
    qtbot,  # noqa: ANN001
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ValidationError, match="Bara teamledare"):
        BackupsDialog(desk.journal, desk.staff)
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    assert not window.backups_action.isVisible()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    assert open_backups(window, window.desk, window.hold_journal) is None
    assert warned == [
        "Bara teamledare och administratörer får hantera journalens säkerhetskopior "
        "(du är vägledare)."
    ]
    with desk.journal.session() as s:
        me = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
    server = dataclasses.replace(desk.journal, path=None)
    dialog = BackupsDialog(server, me)
    qtbot.addWidget(dialog)
    assert dialog.ui.locationLabel.text().startswith("Journalen ligger på en databasserver")
    assert not dialog.ui.takeButton.isEnabled() and not dialog.ui.restoreButton.isEnabled()
