"""The usual start (#22): the login dialog from a plain-sqlite3 peek at the journal, before
SQLAlchemy and the models are imported; the journal opened in the background meanwhile; and
everything the peek is not sure of goes the full way, as before."""

from __future__ import annotations

import builtins
import importlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from PySide6.QtWidgets import QDialog

from vagledare.app.desk import Desk
from vagledare.gui.shell.pin_form import LoginDialog
from vagledare.gui.shell.quick_start import PendingJournal, python_imports
from vagledare.journal import access, audit, schema
from vagledare.journal.db import JournalError, JournalProblem
from vagledare.journal.models import Role, Staff
from vagledare.journal.peek import LoginPeek, peek_login
from vagledare.journal.pins import check
from vagledare.journal.staff import ensure_staff


def journal_file(desk: Desk) -> Path:
    if desk.journal.path is None:
        pytest.skip("about a SQLite file")
    return desk.journal.path


def target_of(desk: Desk) -> str:
    """The journal's file, or its server's URL with the password."""
    if desk.journal.path is not None:
        return str(desk.journal.path)
    return desk.journal.engine.url.render_as_string(hide_password=False)


def peek_of(desk: Desk, path: Path | None = None) -> LoginPeek | None:
    return peek_login(str(path or target_of(desk)), str(desk.site.id), str(desk.staff.id))


def test_the_peek_shows_what_the_login_screen_shows(desk: Desk) -> None:
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        lead = ensure_staff(s, "Åsa", Role.TEAM_LEAD)
        access.set_pin(s, lead.id, "2468")
        newcomer = ensure_staff(s, "Bo")
        access.issue_start_code(s, newcomer.id, Role.TEAM_LEAD)
        ensure_staff(s, "Cecilia")  # neither PIN nor start code
        gone = ensure_staff(s, "Ölof")
        access.set_pin(s, gone.id, "1357")
        access.set_active(s, gone.id, False, Role.TEAM_LEAD)
        access.make_recovery_code(s, lead.id)
    screen = desk.journal.read(access.login_screen)
    peek = peek_of(desk)
    assert peek is not None
    assert [(a.id, a.name) for a in peek.staff] == [(x.id, x.name) for x in screen.staff]
    assert "Ölof" not in [a.name for a in peek.staff]
    assert peek.states == screen.states
    assert set(peek.states.values()) == {"pin", "start", "none"}
    assert (peek.anyone_enrolled, peek.has_recovery_code) == (True, True)
    assert (screen.anyone_enrolled, screen.has_recovery_code) == (True, True)
    with desk.journal.session(readonly=True) as s:  # the hashes of the accounts with a PIN
        assert peek.pin_hashes == {x: s.get(Staff, x).pin_hash for x in (desk.staff.id, lead.id)}
    assert peek.locked_until == {}


def test_a_fresh_journal_peeks_as_nobody_enrolled(desk: Desk) -> None:
    peek = peek_of(desk)
    screen = desk.journal.read(access.login_screen)
    assert peek is not None and not peek.anyone_enrolled and not peek.has_recovery_code
    assert peek.states == screen.states == {desk.staff.id: "none"}


def _copy(desk: Desk, tmp_path: Path) -> Path:
    desk.wait_for_backup()
    (tmp_path / "copy").mkdir(exist_ok=True)
    copy = tmp_path / "copy" / "copy.sqlite"
    with sqlite3.connect(journal_file(desk)) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    return copy


def test_anything_unusual_is_left_to_the_full_way(desk: Desk, tmp_path: Path) -> None:
    good = _copy(desk, tmp_path)
    assert peek_of(desk, good) is not None
    site, member = str(desk.site.id), str(desk.staff.id)
    for url in (f"sqlite:///{good}", "mysql://u:p@host/db", "postgresql://u:p@host/"):
        assert peek_login(url, site, member) is None  # a server journal is peeked at below
    assert peek_login(str(tmp_path / "missing.sqlite"), site, member) is None
    assert peek_login(str(tmp_path), site, member) is None  # a folder
    (tmp_path / "empty.sqlite").write_bytes(b"")
    assert peek_login(str(tmp_path / "empty.sqlite"), site, member) is None
    (tmp_path / "text.sqlite").write_text("not a database")
    assert peek_login(str(tmp_path / "text.sqlite"), site, member) is None
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE t (x)")
    assert peek_login(str(foreign), site, member) is None
    assert peek_login(str(good), site, "not a uuid") is None
    assert peek_login(str(good), str(desk.staff.id), member) is None  # no such site
    assert peek_login(str(good), site, site) is None  # no such staff member
    for revision in ("0099_from_a_newer_version", schema.REVISIONS[-2]):  # newer, older
        other = tmp_path / f"{revision}.sqlite"
        shutil.copy(good, other)
        with sqlite3.connect(other) as c:
            c.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        assert peek_login(str(other), site, member) is None
    protected = tmp_path / "protected.sqlite"
    shutil.copy(good, protected)
    os.chmod(protected, stat.S_IRUSR)
    try:
        assert peek_login(str(protected), site, member) is None
    finally:
        os.chmod(protected, stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.postgres_only
def test_a_server_journal_is_peeked_only_when_up_to_date_and_the_desk_is_there(
    desk: Desk,
) -> None:
    url, site, member = target_of(desk), str(desk.site.id), str(desk.staff.id)
    assert peek_login(url, site, member) is not None
    assert peek_login(url, member, member) is None  # no such site
    assert peek_login(url, site, site) is None  # no such staff member
    for revision in ("0099_from_a_newer_version", schema.REVISIONS[-2]):  # newer, older
        with desk.journal.session() as s:
            s.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        assert peek_login(url, site, member) is None
    with desk.journal.session() as s:
        s.execute(text("DROP TABLE alembic_version"))
    assert peek_login(url, site, member) is None


def test_the_peek_writes_nothing(desk: Desk, tmp_path: Path) -> None:
    good = _copy(desk, tmp_path)
    before = good.read_bytes()
    assert peek_of(desk, good) is not None
    assert good.read_bytes() == before
    assert [p.name for p in good.parent.iterdir()] == ["copy.sqlite"]  # nothing beside it


def test_logging_in_waits_for_the_journal_opened_in_the_background(qtbot, desk: Desk) -> None:  # noqa: ANN001
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
    peek = peek_of(desk)
    assert peek is not None
    pending = PendingJournal(target_of(desk), peek)
    dialog = LoginDialog(pending, str(desk.staff.id), screen=peek)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(pending.ready, timeout=30_000):
        pending.start()
    assert pending.site == desk.site and pending.member == desk.staff
    dialog.form.pin.setText("1111")
    dialog.form.ok.click()
    assert dialog.form.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.form.pin.setText("4711")
    dialog.form.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.staff.id == desk.staff.id
    pending.close()


def _wrong_pins(desk: Desk, n: int) -> None:
    for _ in range(n):
        with desk.journal.session() as s:
            assert not access.login(s, desk.staff.id, "0000")


def test_the_peek_sees_a_locked_out_account(desk: Desk) -> None:
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
    _wrong_pins(desk, access.LOCK_AFTER)
    with desk.journal.session(readonly=True) as s:
        _, until = access.lock_state(s, desk.staff.id)
    peek = peek_of(desk)
    assert peek is not None and until is not None
    assert peek.locked_until == {desk.staff.id: until}


def test_a_checked_pin_counts_only_while_the_account_keeps_that_hash(desk: Desk) -> None:
    """The login takes the dialog's check in place of its own for the same hash; the
    lockout and the audit entry are the login's as always."""
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        old = s.get(Staff, desk.staff.id).pin_hash
    checked = check("4711", old)
    assert checked is not None and check("1147", old) is None
    with desk.journal.session() as s:
        assert access.desk_login(s, desk.staff.id, "4711", checked=checked)
        assert not access.desk_login(s, desk.staff.id, "1147", checked=checked)  # another PIN
        access.set_pin(s, desk.staff.id, "2468")  # changed since the check
        assert not access.desk_login(s, desk.staff.id, "4711", checked=checked)
        assert access.lock_state(s, desk.staff.id) == (2, None)
        new = s.get(Staff, desk.staff.id).pin_hash
    with desk.journal.session() as s:  # left, since the check
        s.get(Staff, desk.staff.id).active = False
    with desk.journal.session() as s:
        assert not access.desk_login(s, desk.staff.id, "2468", checked=check("2468", new))
        s.get(Staff, desk.staff.id).active = True
    _wrong_pins(desk, access.LOCK_AFTER - 3)  # three so far
    with pytest.raises(access.LockedOut), desk.journal.session() as s:
        access.desk_login(s, desk.staff.id, "2468", checked=check("2468", new))
    with desk.journal.session(readonly=True) as s:
        newest_first = audit.entries(s)
    logins = [e.action for e in reversed(newest_first) if e.action.startswith(("log", "lock"))]
    assert logins == ["login"] + ["login_failed"] * access.LOCK_AFTER + ["locked_out"]


def test_a_checked_pin_is_not_hashed_again(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        checked = check("4711", s.get(Staff, desk.staff.id).pin_hash)

    def hashed_again(pin: str, stored: str | None) -> bool:
        raise AssertionError("the PIN was hashed again")

    monkeypatch.setattr(access, "verify_pin", hashed_again)
    with desk.journal.session() as s:
        assert access.desk_login(s, desk.staff.id, "4711", checked=checked)


def _at_once(qtbot, desk: Desk, *typed: str) -> tuple[LoginDialog, PendingJournal]:  # noqa: ANN001
    """The dialog from a peek, each PIN typed before the journal has begun to open."""
    peek = peek_of(desk)
    assert peek is not None
    pending = PendingJournal(target_of(desk), peek)
    dialog = LoginDialog(pending, str(desk.staff.id), screen=peek)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    for pin in typed:
        dialog.form.pin.setText(pin)
        dialog.form.ok.click()
    return dialog, pending


def test_a_pin_typed_at_once_is_checked_audited_and_counted_as_ever(qtbot, desk: Desk) -> None:  # noqa: ANN001
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
    dialog, pending = _at_once(qtbot, desk, "1111")
    assert dialog.form.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.form.pin.setText("4711")
    dialog.form.ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.staff.id == desk.staff.id
    pending.close()
    with desk.journal.session(readonly=True) as s:
        logins = [e.action for e in reversed(audit.entries(s)) if e.action.startswith("login")]
        assert logins == ["login_failed", "login"]  # oldest first
        assert access.lock_state(s, desk.staff.id) == (0, None)


def test_a_pin_changed_or_locked_out_since_the_peek_is_refused(qtbot, desk: Desk) -> None:  # noqa: ANN001
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
    peek = peek_of(desk)
    with desk.journal.session() as s:  # on another desk, after this one peeked
        access.set_pin(s, desk.staff.id, "2468")
    assert peek is not None
    pending = PendingJournal(target_of(desk), peek)
    assert not pending.desk_login(desk.staff.id, "4711")  # right for the peek only
    assert pending.desk_login(desk.staff.id, "2468")
    pending.close()
    _wrong_pins(desk, access.LOCK_AFTER)
    dialog, pending = _at_once(qtbot, desk, "2468")
    assert "För många fel PIN-koder" in dialog.form.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    pending.close()


def test_a_journal_that_fails_to_open_in_the_background_goes_the_full_way(
    qtbot,  # noqa: ANN001
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import vagledare.journal.db as db

    def refuse(target: str) -> None:
        raise JournalError(JournalProblem.CORRUPT, "Journalen kan inte läsas (skadad).", target)

    monkeypatch.setattr(db, "open_journal", refuse)
    peek = peek_of(desk)
    assert peek is not None
    pending = PendingJournal(target_of(desk), peek)
    with qtbot.waitSignal(pending.failed, timeout=30_000) as failed:
        pending.start()
    assert "skadad" in failed.args[0]
    with pytest.raises(access.ValidationError, match="skadad"):
        pending.write(access.desk_login, desk.staff.id, "4711")
    pending.close()


def test_python_imports_put_back_the_import_there_was() -> None:
    before = builtins.__import__
    with python_imports():
        assert builtins.__import__ is importlib.__import__
        with python_imports():
            pass
        assert builtins.__import__ is importlib.__import__
    assert builtins.__import__ is before


def test_the_background_thread_imports_every_domain_module_the_window_needs() -> None:
    """The window's thread then imports only Qt modules of its own while the dialog waits."""
    code = textwrap.dedent(
        """
        import importlib, sys
        from vagledare.gui.shell.quick_start import WARM_MODULES
        for name in WARM_MODULES:
            importlib.import_module(name)
        before = set(sys.modules)
        import vagledare.gui.shell.main_window
        new = [m for m in sys.modules if m not in before]
        domain = [m for m in new if m.startswith("vagledare.") and ".gui" not in m]
        assert not domain, domain
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=dict(os.environ))


TOOLS = Path(__file__).parents[1] / "tools"  # patched_start: the child's patcher
APP = f"import sys\nsys.path.insert(0, {str(TOOLS)!r})\n" + textwrap.dedent(
    """
    from patched_start import run

    from PySide6.QtWidgets import QMessageBox

    TYPED = sys.argv[2:]  # (name, PIN) pairs typed in turn

    def message(self):  # a message box is printed and closed, not waited on
        print("MESSAGE", self.text(), flush=True)
        return 0

    QMessageBox.exec = message

    def patch_pin_form(pin_form):
        def login(self, _exec=pin_form.LoginDialog.exec):
            from PySide6.QtCore import QTimer

            def type_next():
                name, pin = TYPED.pop(0), TYPED.pop(0)
                self.form.who.setCurrentIndex(self.form.who.findText(name))
                self.form.pin.setText(pin)
                self.form.ok.click()
                if TYPED:
                    print("REFUSED", self.form.error.text(), flush=True)
                    QTimer.singleShot(0, type_next)

            # What is loaded once the dialog is built, just before it shows (the journal's
            # opening in the background starts only once the dialog is drawn).
            loaded = [m for m in ("sqlalchemy", "vagledare.journal.models") if m in sys.modules]

            def shown():
                print("SHOWN", type(self.form.journal).__name__, loaded, flush=True)
                pending = getattr(self.form.journal, "ready", None)
                if pending is None or self.form.journal.is_ready:
                    type_next()
                else:
                    pending.connect(type_next)

            QTimer.singleShot(0, shown)
            return _exec(self)

        pin_form.LoginDialog.exec = login

    def patch_main_window(main_window):
        def show(self, _show=main_window.MainWindow.show):
            from PySide6.QtCore import QTimer
            from PySide6.QtWidgets import QApplication

            _show(self)
            print("WINDOW", self.desk.staff.name, self.desk.site.name, flush=True)
            QTimer.singleShot(0, QApplication.quit)

        main_window.MainWindow.show = show

    run(
        {
            "vagledare.gui.shell.pin_form": patch_pin_form,
            "vagledare.gui.shell.main_window": patch_main_window,
        },
        ["--db", sys.argv[1]],
    )
    """
)


def _start(desk: Desk, tmp_path: Path, *typed: str, db: str | None = None) -> tuple[int, list[str]]:
    """The ``vagledare`` window started in a process of its own on the desk's journal (closed
    first; ``db`` another spelling of it, or another journal), remembered as this desk: its
    exit code and what it printed."""
    target, where = target_of(desk), desk.journal.location
    desk.wait_for_backup()
    desk.journal.close()
    config = tmp_path / "config" / "Vagledare"
    config.mkdir(parents=True, exist_ok=True)
    choice = {"site_id": str(desk.site.id), "staff_id": str(desk.staff.id)}
    journals = {where: choice} | ({db: choice} if db else {})
    (config / "settings.json").write_text(json.dumps({"language": "sv", "journals": journals}))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-c", APP, db or target, *typed],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.returncode, done.stdout.splitlines()


def test_the_login_dialog_shows_before_the_domain_is_imported_and_logging_in_works(
    desk: Desk, tmp_path: Path
) -> None:
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        other = ensure_staff(s, "CD")
        access.set_pin(s, other.id, "2468")
    code, lines = _start(desk, tmp_path, "CD", "1111", "CD", "2468")
    assert (code, lines) == (
        0,
        [
            "SHOWN PendingJournal []",
            "REFUSED Fel PIN-kod. Försök igen.",
            "WINDOW CD Fröslunda",
        ],
    )


def test_a_journal_given_as_a_url_opens_the_full_way_and_logs_in(
    desk: Desk, tmp_path: Path
) -> None:
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
    url = f"sqlite:///{journal_file(desk)}"
    code, lines = _start(desk, tmp_path, "AB", "4711", db=url)
    assert (code, lines) == (
        0,
        ["SHOWN Journal ['sqlalchemy', 'vagledare.journal.models']", "WINDOW AB Fröslunda"],
    )


def test_a_newer_journal_is_refused_in_words_as_before(desk: Desk, tmp_path: Path) -> None:
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        s.execute(text("UPDATE alembic_version SET version_num = '0099_from_a_newer_version'"))
    code, lines = _start(desk, tmp_path, "AB", "4711")
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith("MESSAGE Journalen är skapad av en nyare")


def test_a_server_that_does_not_answer_is_said_in_words_as_before(
    desk: Desk, tmp_path: Path
) -> None:
    pytest.importorskip("psycopg", reason="without the postgres extra the start says so instead")
    nowhere = "postgresql+psycopg://vagledare@127.0.0.1:1/journal"
    code, lines = _start(desk, tmp_path, "AB", "4711", db=nowhere)
    assert (code, lines) == (
        1,
        [
            "MESSAGE Databasservern 127.0.0.1:1 går inte att nå (Connection refused). "
            "Kontrollera adressen, att nätverket fungerar och att servern är igång."
        ],
    )
