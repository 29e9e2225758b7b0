"""Start-up: language, journal, first-start questions, then the main window."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from vagledare.desk import Desk
from vagledare.gui.i18n import choose_language, install_translators
from vagledare.gui.icons import DESKTOP_ID, app_icon
from vagledare.journal.db import (
    Journal,
    JournalError,
    network_share_warning,
    open_journal,
    resolve_target,
)
from vagledare.journal.errors import ValidationError
from vagledare.settings import DeskSettings, JournalChoice


def open_or_ask(target: str) -> Journal | None:
    """Open the journal; on a bad one explain and offer another file or quitting."""
    while True:
        try:
            return open_journal(target)
        except JournalError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QApplication.translate("App", "The journal cannot be opened"),
                str(exc),
            )
            other = box.addButton(
                QApplication.translate("App", "Choose another file…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(QApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not other:
                return None
            chosen, _ = QFileDialog.getOpenFileName(
                None,
                QApplication.translate("App", "Open journal"),
                str(Path(target).parent),
                QApplication.translate("App", "Vägledare journal (*.sqlite *.db);;All files (*)"),
            )
            if not chosen:
                return None
            target = chosen


def restore_desk(journal: Journal, settings: DeskSettings) -> Desk | None:
    """The site and staff member this journal opened with last time, if still there."""
    from vagledare.journal.sites import get_site
    from vagledare.journal.staff import list_staff

    choice = settings.journals.get(journal.location)
    if choice is None:
        return None
    try:
        with journal.session() as s:
            site = get_site(s, uuid.UUID(choice.site_id))
            member = next((x for x in list_staff(s) if str(x.id) == choice.staff_id), None)
    except (ValueError, ValidationError):
        return None
    return Desk(journal, site, member) if member else None


def run(db: str | None = None, settings_path: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Vägledare")
    app.setOrganizationName("Vagledare")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)
    settings = DeskSettings.load(settings_path)
    lang = choose_language(settings.language)
    app._vagledare_translators = install_translators(app, lang)  # type: ignore[attr-defined]

    journal = open_or_ask(resolve_target(db))
    if journal is None:
        return 1
    warning = network_share_warning(journal.path) if journal.path else None
    if warning:
        QMessageBox.warning(
            None, QApplication.translate("App", "Journal on a network drive"), warning
        )
    desk = restore_desk(journal, settings)
    if desk is None:
        from vagledare.gui.first_start_dialog import FirstStartDialog

        dialog = FirstStartDialog(journal)
        if not dialog.exec() or dialog.desk is None:
            return 0
        desk = dialog.desk
        settings.journals[journal.location] = JournalChoice(str(desk.site.id), str(desk.staff.id))
        settings.save()

    from vagledare.gui.pin_form import LoginDialog

    login = LoginDialog(journal, str(desk.staff.id))
    if not login.exec() or login.staff is None:
        return 0
    desk.switch_staff(login.staff)
    settings.journals[journal.location] = JournalChoice(str(desk.site.id), str(desk.staff.id))
    settings.save()

    from vagledare.gui.main_window import MainWindow

    window = MainWindow(desk, lang, settings)
    window.show()
    window.tally.setFocus()
    code = app.exec()
    journal.close()
    return int(code)
