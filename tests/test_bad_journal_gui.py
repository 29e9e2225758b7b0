"""A bad journal at start: a clear dialog offering one of its backups, another file or quitting
— the damaged file kept aside, never a traceback."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from vagledare.app.desk import Desk
from vagledare.gui.shell.app import open_or_ask
from vagledare.journal import audit
from vagledare.journal.backup import backup_before
from vagledare.journal.models import Gender


class Choices:
    """Answers the start-up dialogs: which message-box button to press, which backup to take."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, *presses: str, pick: str = "") -> None:
        self.presses = list(presses)
        self.pick = pick
        self.shown: list[tuple[str, list[str]]] = []
        self.offered: list[list[str]] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._exec(box))
        monkeypatch.setattr(QMessageBox, "warning", lambda *a: self.shown.append((a[2], [])))
        monkeypatch.setattr(QInputDialog, "getItem", self._get_item)

    def _exec(self, box: QMessageBox) -> int:
        texts = [b.text() for b in box.buttons()]
        self.shown.append((box.text(), texts))
        wanted = self.presses.pop(0)
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    def _get_item(self, _parent, _title, _label, items, *_a) -> tuple[str, bool]:  # noqa: ANN001
        self.offered.append(list(items))
        return next(i for i in items if i.startswith(self.pick)), True


def others(path: Path) -> list[str]:
    """The day's and the month's backups (taken with the day's first entry)."""
    return [
        f"{path.stem}-dag-{date.today():%Y-%m-%d}.sqlite",
        f"{path.stem}-manad-{date.today():%Y-%m}.sqlite",
    ]


@pytest.fixture
def damaged(desk: Desk) -> tuple[Path, Path]:
    """A journal with 3 snabbärenden in its backup, then overwritten by something else."""
    site = desk.site
    desk.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN, count=3)
    desk.wait_for_backup()
    path = desk.journal.path
    assert path is not None
    backup = backup_before(path, "manuell")
    desk.journal.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(b"this is no longer a journal\n" * 10)
    return path, backup


@pytest.mark.sqlite_only  # a damaged journal file and its backups (file copies)
def test_a_damaged_journal_is_replaced_by_a_chosen_backup_and_kept_aside(
    qtbot,
    damaged: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    path, backup = damaged
    choices = Choices(monkeypatch, "Open a &backup…", pick=backup.name)
    journal = open_or_ask(str(path))
    assert journal is not None
    try:
        message, buttons = choices.shown[0]
        assert "ingen Vägledare-journal" in message
        assert buttons == ["Open a &backup…", "Choose another file…", "Quit"]
        (offered,) = choices.offered
        # Newest first, each described by what it holds: the day's backup was taken before
        # the first entry, the manual one after the three.
        names = [o.split(" ")[0] for o in offered]
        assert names[0] == backup.name and sorted(names[1:]) == sorted(others(path))
        assert "3 snabbärenden" in offered[0] and "0 snabbärenden" in offered[1]
        with journal.session(readonly=True) as s:
            from sqlalchemy import func, select

            from vagledare.journal.models import QuickCase

            assert s.scalar(select(func.count()).select_from(QuickCase)) == 3
            (entry,) = audit.entries(s, action="restore")
        assert entry.detail["backup"] == backup.name
        aside = path.with_name(entry.detail["aside"])
        assert aside.read_bytes().startswith(b"this is no longer a journal")
    finally:
        journal.close()


@pytest.mark.sqlite_only  # a damaged journal file
def test_quit_leaves_the_damaged_file_alone(
    qtbot,
    damaged: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    path, _ = damaged
    before = path.read_bytes()
    Choices(monkeypatch, "Quit")
    assert open_or_ask(str(path)) is None
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.glob("journal*")) == ["journal.sqlite"]


@pytest.mark.sqlite_only  # a file that is no journal, and another journal file chosen
def test_without_backups_another_file_or_quit_is_offered(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"hello")
    good = tmp_path / "other.sqlite"
    choices = Choices(monkeypatch, "Choose another file…")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(good), ""))
    journal = open_or_ask(str(bad))
    assert journal is not None and journal.path == good
    journal.close()
    assert choices.shown[0][1] == ["Choose another file…", "Quit"]


@pytest.mark.sqlite_only  # backups of a journal file, damaged too
def test_a_backup_that_cannot_be_read_is_not_offered(
    qtbot,
    damaged: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    path, backup = damaged
    for p in backup.parent.iterdir():
        p.write_bytes(b"broken too")
    choices = Choices(monkeypatch, "Open a &backup…", "Quit")
    assert open_or_ask(str(path)) is None
    assert choices.offered == []
    assert "kan inte läsas" not in choices.shown[0][0]
    assert choices.shown[1][0].startswith("None of the backups in")


@pytest.mark.sqlite_only
def test_a_write_protected_journal_opens_for_reading_and_refuses_a_click_in_words(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from builders import write_protected_journal

    from vagledare.gui.shell.main_window import MainWindow
    from vagledare.gui.shell.pin_form import LoginDialog
    from vagledare.reports import door
    from vagledare.reports.periods import full_year

    path = tmp_path / "journal.sqlite"
    before = write_protected_journal(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    journal = open_or_ask(str(path))
    assert journal is not None and journal.read_only
    from vagledare.gui.shell.app import _reading_desk

    desk = _reading_desk(journal)
    assert desk is not None and desk.staff.name == "TL"
    login = LoginDialog(journal, str(desk.staff.id))
    qtbot.addWidget(login)
    login.form.pin.setText("2468")
    login.form._on_ok()  # the PIN is checked; nothing is recorded
    assert login.staff is not None and login.staff.name == "TL"
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    assert window.windowTitle().endswith("(read-only)")
    cat = desk.site.categories[0].id
    band = desk.site.age_bands[0].id
    assert window.tally.log(cat, band, Gender.WOMAN) is None
    assert "skrivskyddad" in window.tally.feedback_label.text()
    with journal.session(readonly=True) as s:  # reports are shown as usual
        out = door.build(s, door.Request("dropin", full_year(2026)))
    assert out.table.rows
    journal.close()
    assert path.read_bytes() == before
