"""Start-up: language, journal, first-start questions, then the main window.

The usual start (a remembered desk on a healthy SQLite journal, or on a PostgreSQL server)
shows the login dialog before the domain is imported, and loads the rest while it waits
(``quick_start``, #22). Everything else takes the full way: the journal opened first
(upgraded, or refused in words), then the first-run wizard or the login. This module
therefore imports the domain only inside the functions that need it.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

from vagledare.app.settings import DeskSettings, JournalChoice
from vagledare.gui.common.collector import MainThreadCollector
from vagledare.gui.shell.i18n import choose_language, install_translators
from vagledare.gui.shell.icons import DESKTOP_ID, app_icon
from vagledare.journal.errors import ValidationError
from vagledare.journal.peek import (
    ServerUnreachable,
    is_url,
    journal_key,
    network_share_warning,
    peek_login,
    resolve_target,
)
from vagledare.journal.terms import Lang

if TYPE_CHECKING:
    from vagledare.app.desk import Desk
    from vagledare.journal.db import Journal


class App(QObject):
    """The translation context "App" of the questions asked before any window exists, for the
    texts with a plural: PySide6's lupdate reads a ``%n`` form only from ``self.tr``."""

    def backups_found(self, n: int) -> str:
        return self.tr("%n backup(s) of this journal found.", "", n)


def open_or_ask(target: str, unreachable: Exception | None = None) -> Journal | None:
    """Open the journal; on a bad one explain it and offer one of this journal's backups,
    another file, or quitting. Never a traceback, never a new empty journal over the old one.
    ``unreachable``: the database server at ``target`` just refused a connection (its
    error): said as opening it would say it, without trying again first.
    """
    from vagledare.journal.backup import list_backups
    from vagledare.journal.db import JournalError, open_journal, unreachable_server

    restored: tuple[Path, Path | None] | None = None
    while True:
        try:
            if unreachable is not None:
                error, unreachable = unreachable, None
                raise unreachable_server(target, error)
            journal = open_journal(target)
        except (JournalError, OSError) as exc:
            path = None if is_url(target) else Path(target).expanduser()
            backups = list_backups(path) if path is not None else []
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QApplication.translate("App", "The journal cannot be opened"),
                str(exc),
            )
            from_backup = None
            if backups:
                from_backup = box.addButton(
                    QApplication.translate("App", "Open a &backup…"),
                    QMessageBox.ButtonRole.AcceptRole,
                )
                box.setInformativeText(App().backups_found(len(backups)))
            other = box.addButton(
                QApplication.translate("App", "Choose another file…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(QApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if from_backup is not None and clicked is from_backup:
                assert path is not None
                restored = _restore_a_backup(path, backups) or restored
                continue
            if clicked is not other:
                return None
            chosen, _ = QFileDialog.getOpenFileName(
                None,
                QApplication.translate("App", "Open journal"),
                str(Path(target).parent),
                QApplication.translate("App", "Vägledare journal (*.sqlite *.db);;All files (*)"),
            )
            if not chosen:
                return None
            target, restored = chosen, None
            continue
        if restored is not None:
            _audit_restore(journal, *restored)
        return journal


def _restore_a_backup(path: Path, backups: list[Path]) -> tuple[Path, Path | None] | None:
    """Let the user pick one of the journal's backups (described by what it holds) and put it
    in the journal's place; the damaged file is kept aside. Returns (backup, aside)."""
    from vagledare.journal.backup import backup_dir, preview, restore

    previews = [p for p in (preview(b) for b in backups) if p.readable]
    if not previews:
        QMessageBox.warning(
            None,
            QApplication.translate("App", "Open a backup"),
            QApplication.translate("App", "None of the backups in %1 can be read.").replace(
                "%1", str(backup_dir(path))
            ),
        )
        return None
    chosen, ok = QInputDialog.getItem(
        None,
        QApplication.translate("App", "Open a backup"),
        QApplication.translate(
            "App", "Restore the journal from this backup (the damaged journal is kept aside):"
        ),
        [p.describe() for p in previews],
        0,
        False,
    )
    if not ok:
        return None
    picked = next(p for p in previews if p.describe() == chosen)
    try:
        aside = restore(path, picked.path)
    except (ValueError, OSError) as exc:
        QMessageBox.warning(None, QApplication.translate("App", "Open a backup"), str(exc))
        return None
    return picked.path, aside


def _audit_restore(journal: Journal, backup: Path, aside: Path | None) -> None:
    from vagledare.journal.erasure import after_restore

    after_restore(journal, backup.name, aside.name if aside else None)


def _reading_desk(journal: Journal) -> Desk | None:
    """A desk for a write-protected journal opened here for the first time: its first
    meeting place and its first account with a PIN (the login then asks who it is)."""
    from vagledare.app.desk import Desk
    from vagledare.journal import access

    first = journal.read(access.first_site_and_account)
    return Desk(journal, *first) if first else None


def restore_desk(journal: Journal, settings: DeskSettings) -> Desk | None:
    """The site and staff member this journal opened with last time, if still there."""
    from vagledare.app.desk import Desk
    from vagledare.journal.staff import site_and_member

    choice = settings.journals.get(journal.location)
    if choice is None:
        return None
    try:
        site, member = journal.read(
            site_and_member, uuid.UUID(choice.site_id), uuid.UUID(choice.staff_id)
        )
    except (ValueError, ValidationError):
        return None
    return Desk(journal, site, member) if member else None


def _application(settings: DeskSettings) -> tuple[QApplication, Lang]:
    """The QApplication with name, icon, translators, look and text size."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    if getattr(app, "_vagledare_collector", None) is None:  # garbage collected here only
        app._vagledare_collector = MainThreadCollector(app)  # type: ignore[attr-defined]
    app.setApplicationName("Vägledare")
    app.setOrganizationName("Vagledare")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)
    lang = choose_language(settings.language)
    app._vagledare_translators = install_translators(app, lang)  # type: ignore[attr-defined]
    apply_look(app, settings)
    return app, lang


def apply_look(app: QApplication, settings: DeskSettings) -> None:
    """The look and text size the desk chose last time (View menu)."""
    from vagledare.gui.shell.theme import apply_text_size, apply_theme

    apply_theme(app, high_contrast=settings.high_contrast)
    apply_text_size(app, settings.text_size)


def run(db: str | None = None, settings_path: Path | None = None) -> int:
    settings = DeskSettings.load(settings_path)
    app, lang = _application(settings)
    target = resolve_target(db)
    try:
        opened = _quick_login(target, settings, lang)
        unreachable = None
    except ServerUnreachable as exc:  # said at once, not tried again
        opened, unreachable = None, exc.error
    if opened is None:  # not the usual start: the full way
        opened = _full_way(target, settings, lang, unreachable)
    if isinstance(opened, int):
        return opened
    journal, desk, lang = opened

    from vagledare.gui.shell.main_window import MainWindow

    window = MainWindow(desk, lang, settings)
    window.show()
    window.tally.setFocus()
    code = app.exec()
    journal.close()
    return int(code)


def _quick_login(
    target: str, settings: DeskSettings, lang: Lang
) -> tuple[Journal, Desk, Lang] | int | None:
    """The usual start: the login dialog shown from a peek at the journal while the journal
    is opened and the rest loaded in the background (``quick_start``). The journal, desk and
    language once someone has logged in; 0 if the dialog was closed; None if this is not the
    usual start (no desk remembered, anything the peek is unsure of) or the journal turned
    out not to open: then the full way. ``ServerUnreachable`` if the server did not answer."""
    key = journal_key(target)
    choice = settings.journals.get(key) if key is not None else None
    if choice is None:
        return None
    from vagledare.gui.shell.quick_start import PendingJournal, python_imports

    with python_imports():  # a server's driver, imported by the peek: nothing of Qt
        peek = peek_login(target, choice.site_id, choice.staff_id)  # ServerUnreachable: caller
    if peek is None:
        return None
    from vagledare.gui.shell.pin_form import LoginDialog

    pending = PendingJournal(target, peek)
    login = LoginDialog(pending, str(peek.staff_id), screen=peek)  # type: ignore[arg-type]
    login.painted.connect(pending.start)
    failed: list[str] = []

    def on_failed(why: str) -> None:
        failed.append(why)
        login.reject()

    pending.failed.connect(on_failed)
    logged_in = bool(login.exec()) and login.staff is not None
    pending.done_waiting()
    if failed:
        return None  # the full way opens it again and says what is wrong
    if not logged_in:
        pending.close()
        return 0
    journal = pending.result()  # open: the PIN was checked on it
    from vagledare.app.desk import Desk
    from vagledare.journal.staff import get_staff

    assert pending.site is not None and pending.member is not None
    desk = Desk(journal, pending.site, pending.member)
    staff = journal.read(get_staff, login.staff.id)  # the peek's account as the domain has it
    assert staff is not None
    desk.switch_staff(staff)
    settings.journals[journal.location] = JournalChoice(str(desk.site.id), str(desk.staff.id))
    settings.save()
    return journal, desk, lang


def _full_way(
    target: str, settings: DeskSettings, lang: Lang, unreachable: Exception | None = None
) -> tuple[Journal, Desk, Lang] | int:
    """The journal opened first (upgraded, or refused in words), its warnings, then the
    first-run wizard or the login. The journal, desk and language, or the exit code.
    ``unreachable``: the database server's error when the peek could not connect."""
    journal = open_or_ask(target, unreachable)
    if journal is None:
        return 1
    warning = network_share_warning(journal.path) if journal.path else None
    if warning:
        QMessageBox.warning(
            None, QApplication.translate("App", "Journal on a network drive"), warning
        )
    if journal.read_only:
        from vagledare.journal.db import READ_ONLY_MESSAGE

        QMessageBox.information(
            None, QApplication.translate("App", "Read-only journal"), READ_ONLY_MESSAGE
        )
    desk = restore_desk(journal, settings)
    logged_in = False
    if desk is None and journal.read_only:  # nothing can be set up: read as whoever logs in
        desk = _reading_desk(journal)
        if desk is None:
            QMessageBox.warning(
                None,
                QApplication.translate("App", "Read-only journal"),
                QApplication.translate(
                    "App", "The journal has no meeting place or no account with a PIN yet."
                ),
            )
            return 1
    if desk is None:
        from vagledare.gui.shell.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(journal, settings, lang)
        result = wizard.exec()
        lang = wizard.lang
        if result == FirstRunWizard.DEMO:
            journal.close()
            return run_demo(settings=settings)
        if not result or wizard.desk is None:
            return 0
        desk, logged_in = wizard.desk, True
        settings.journals[journal.location] = JournalChoice(str(desk.site.id), str(desk.staff.id))
        settings.save()

    if not logged_in:
        from vagledare.gui.shell.pin_form import LoginDialog

        login = LoginDialog(journal, str(desk.staff.id))
        if not login.exec() or login.staff is None:
            return 0
        desk.switch_staff(login.staff)
        settings.journals[journal.location] = JournalChoice(str(desk.site.id), str(desk.staff.id))
        settings.save()
    return journal, desk, lang


def run_demo(path: Path | None = None, settings: DeskSettings | None = None) -> int:
    """``vagledare demo``: the window on the demo journal, nothing else."""
    from vagledare.gui.shell.demo_window import open_demo_window
    from vagledare.gui.shell.main_window import MainWindow

    settings = settings or DeskSettings.load()
    app, lang = _application(settings)
    window = open_demo_window(lang, settings, path, window_class=MainWindow)
    if window is None:
        return 1
    return int(app.exec())
