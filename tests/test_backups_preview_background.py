"""File → Backups…: what a big backup holds is read in the background (#22), the dialog
saying so meanwhile; the preview shown is always the chosen backup's."""

from __future__ import annotations

import os

import pytest

from PySide6.QtCore import QItemSelectionModel

from vagledare.app.desk import Desk
from vagledare.gui.admin import backups_dialog
from vagledare.gui.admin.backups_dialog import BackupsDialog
from vagledare.journal import backup, staff
from vagledare.journal.models import Gender, Role
from vagledare.journal.staff import StaffInfo

pytestmark = pytest.mark.sqlite_only  # backups are copies of the journal file


@pytest.fixture
def lead(desk: Desk) -> StaffInfo:
    with desk.journal.session() as s:
        me = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)
    desk.switch_staff(me)
    desk.journal.act_as(me.id)
    return me


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every backup counts as big: its preview is read in the background."""
    monkeypatch.setattr(backups_dialog, "PREVIEW_AT_ONCE_BYTES", 0)


def log(desk: Desk, n: int) -> None:
    for _ in range(n):
        desk.log(desk.site.categories[0].id, desk.site.age_bands[0].id, Gender.WOMAN)
    desk.wait_for_backup()


def choose(dialog: BackupsDialog, row: int) -> None:
    dialog.ui.backupView.selectionModel().select(
        dialog.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_a_big_backup_is_previewed_in_the_background(
    qtbot,  # noqa: ANN001
    desk: Desk,
    lead: StaffInfo,
    big: None,
) -> None:
    log(desk, 2)
    dialog = BackupsDialog(desk.journal, lead)
    qtbot.addWidget(dialog)
    chosen = dialog.chosen()
    assert chosen is not None
    assert dialog.ui.previewLabel.text() == "Reading what the backup holds…"
    qtbot.waitUntil(lambda: not dialog.preview_runner.busy, timeout=10_000)
    assert dialog.ui.previewLabel.text() == backup.preview(chosen).describe()
    # Chosen again: as read before, at once.
    choose(dialog, 0)
    assert dialog.ui.previewLabel.text() == backup.preview(chosen).describe()


def test_the_preview_follows_a_choice_changed_while_reading(
    qtbot,  # noqa: ANN001
    desk: Desk,
    lead: StaffInfo,
    big: None,
) -> None:
    log(desk, 1)
    event = backup.backup_before(desk.journal.path, "import")
    os.utime(event, (event.stat().st_mtime + 5, event.stat().st_mtime + 5))  # the newest
    log(desk, 1)
    dialog = BackupsDialog(desk.journal, lead)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == event and dialog.preview_runner.busy
    choose(dialog, 1)  # another backup while the first is being read
    other = dialog.chosen()
    assert other != event
    assert dialog.ui.previewLabel.text() == "Reading what the backup holds…"
    qtbot.waitUntil(
        lambda: dialog.ui.previewLabel.text() == backup.preview(other).describe(),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not dialog.preview_runner.busy, timeout=10_000)
    assert dialog.ui.previewLabel.text() == backup.preview(other).describe()


def test_a_backup_taken_now_is_previewed_when_read(
    qtbot,  # noqa: ANN001
    desk: Desk,
    lead: StaffInfo,
    big: None,
) -> None:
    log(desk, 3)
    dialog = BackupsDialog(desk.journal, lead)
    qtbot.addWidget(dialog)
    dialog.take_now()
    qtbot.waitUntil(
        lambda: not dialog.runner.busy and not dialog.preview_runner.busy, timeout=10_000
    )
    made = dialog.chosen()
    assert made is not None and "manuell" in made.name
    assert dialog.ui.previewLabel.text() == backup.preview(made).describe()
    assert "3 snabbärenden" in dialog.ui.previewLabel.text()
