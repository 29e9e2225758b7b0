"""The main window: the tally screen, today's entries and reports, with menus and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from vagledare import __version__
from vagledare.desk import Desk
from vagledare.gui.assessments_page import AssessmentsPage
from vagledare.gui.cases_page import CasesPage
from vagledare.gui.entry_dialog import EntryDialog
from vagledare.gui.exchange_actions import ExchangeActions
from vagledare.gui.lock import InactivityWatcher, LockPage
from vagledare.gui.report_page import ReportPage
from vagledare.gui.tally_page import TallyButton, TallyPage
from vagledare.gui.today_page import TodayPage
from vagledare.journal import audit
from vagledare.journal.staff import StaffInfo
from vagledare.settings import DeskSettings
from vagledare.terms import Lang

REFRESH_MS = 30_000  # another window on the same journal may have logged


class MainWindow(QMainWindow):
    def __init__(
        self,
        desk: Desk,
        lang: Lang,
        settings: DeskSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lang = lang
        self.settings = settings
        self.setWindowTitle(self.tr("Vägledare – %1").replace("%1", desk.site.name))
        self.resize(1200, 720)
        self.tabs = QTabWidget(objectName="pages")
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet(
            "QTabBar::tab { min-height: 34px; padding: 4px 18px; font-size: 11pt; }"
        )
        self.tally = TallyPage(desk)
        self.today = TodayPage(desk)
        self.reports = ReportPage(desk.journal, lang, home_site=desk.site.name)
        self.cases = CasesPage(desk, lang)
        self.tabs.addTab(self.tally, self.tr("&Log (Ctrl+1)"))
        self.tabs.addTab(self.today, self.tr("&Today (Ctrl+2)"))
        self.tabs.addTab(self.reports, self.tr("&Reports (Ctrl+3)"))
        self.tabs.addTab(self.cases, self.tr("Ca&ses (Ctrl+4)"))
        self.progress = AssessmentsPage(desk)
        self.tabs.addTab(self.progress, self.tr("&Progress (Ctrl+5)"))
        self.lock_page = LockPage(desk.journal)
        self.lock_page.unlocked.connect(self._on_unlocked)
        self.stack = QStackedWidget(objectName="rootStack")
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_page)
        self.setCentralWidget(self.stack)
        self.statusBar().showMessage(self.tr("Journal: %1").replace("%1", desk.journal.location))

        self.tally.logged.connect(self._on_journal_changed)
        self.tally.more_requested.connect(self._on_more_requested)
        self.today.changed.connect(self._on_journal_changed)
        self.cases.changed.connect(self._on_journal_changed)
        self.tabs.currentChanged.connect(self._on_page_changed)
        self.exchange = ExchangeActions(desk, lang, self)
        self.exchange.changed.connect(self._on_exchange_merged)
        self._build_menus()

        minutes = settings.lock_minutes if settings else 5.0
        self.watcher = InactivityWatcher(minutes, self)
        self.watcher.idle.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.watcher)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for text, slot in (
            (self.tr("E&xport journal exchange…"), self.exchange.choose_export),
            (self.tr("&Import journal exchange…"), self.exchange.choose_import),
            (self.tr("&Synchronise with server"), self.exchange.sync_now),
        ):
            file_menu.addAction(self._action(text, None, slot))
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        )
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            self.tr("&Undo last entry"), QKeySequence.StandardKey.Undo, self.tally.undo
        )
        self.redo_action = self._action(
            self.tr("&Redo"), QKeySequence.StandardKey.Redo, self.tally.redo
        )
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addAction(
            self._action(
                self.tr("Log &several or at another time…"), "Ctrl+E", self._on_more_shortcut
            )
        )
        view = bar.addMenu(self.tr("&View"))
        pages = (
            self.tr("Log"),
            self.tr("Today"),
            self.tr("Reports"),
            self.tr("Cases"),
            self.tr("Progress"),
        )
        for i, text in enumerate(pages):
            view.addAction(
                self._action(
                    text, f"Ctrl+{i + 1}", lambda _=False, i=i: self.tabs.setCurrentIndex(i)
                )
            )
        view.addAction(
            self._action(self.tr("Re&fresh"), QKeySequence.StandardKey.Refresh, self.refresh)
        )
        language = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = self.settings.language if self.settings else ""
        for code, text in (
            ("", self.tr("Follow the system")),
            ("sv", "Svenska"),
            ("en", "English"),
        ):
            act = language.addAction(text)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.setData(code)
            group.addAction(act)
        group.triggered.connect(self._on_language_chosen)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&Help for this screen"),
                QKeySequence.StandardKey.HelpContents,
                self.show_help,
            )
        )
        help_menu.addAction(
            self._action(self.tr("&Quick guide (PDF)…"), None, self._save_quick_guide)
        )
        help_menu.addAction(
            self._action(self.tr("&Keyboard shortcuts"), None, self._show_shortcuts)
        )
        help_menu.addAction(self._action(self.tr("&About Vägledare"), None, self._show_about))

    # -- slots ----------------------------------------------------------------------------
    def _on_journal_changed(self) -> None:
        self.tally.refresh()
        self.today.refresh()

    def _on_exchange_merged(self) -> None:
        """Another desk's records arrived: new sites for the reports, new counts everywhere."""
        self.desk.reload_site()
        self.reports.reload_sites()
        self.cases.reload_choices()
        self.refresh()

    def _on_page_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.today:
            self.today.refresh()
        elif self.tabs.widget(index) is self.tally:
            self.tally.refresh()
        elif self.tabs.widget(index) is self.cases:
            self.cases.reload_choices()
            self.cases.refresh()
        elif self.tabs.widget(index) is self.progress:
            self.progress.refresh()

    def _on_more_shortcut(self) -> None:
        self.tabs.setCurrentWidget(self.tally)
        focused = self.focusWidget()
        self._on_more_requested(focused if isinstance(focused, TallyButton) else None)

    def _on_more_requested(self, button: object) -> None:
        preset = None
        if isinstance(button, TallyButton):
            preset = (button.category_id, button.age_band_id, button.gender)
        dialog = EntryDialog(self.desk.site, preset, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        cat, band, gender, count, at = dialog.values()
        self.tally.log(cat, band, gender, count=count, at=at)

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_page

    def lock(self) -> None:
        """Hide the journal behind the PIN screen (hot key Ctrl+L, or after inactivity)."""
        if self.locked:
            return
        with self.desk.journal.session(actor_id=self.desk.staff.id) as s:
            audit.record(s, "lock", "staff", self.desk.staff.id)
        self.lock_page.prepare(str(self.desk.staff.id))
        self.stack.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        for act in self.actions():
            act.setEnabled(False)
        self.statusBar().clearMessage()

    def _on_unlocked(self, staff: StaffInfo) -> None:
        if staff.id != self.desk.staff.id:
            self.desk.switch_staff(staff)
            self.tally.build_grid()
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        for act in self.actions():
            act.setEnabled(True)
        self.watcher.timer.start()
        self.refresh()
        self.tally.setFocus()

    def _on_language_chosen(self, action: QAction) -> None:
        if self.settings is None:
            return
        self.settings.language = action.data()
        self.settings.save()
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Vägledare starts."),
        )

    def refresh(self) -> None:
        if self.locked:
            return
        self.tally.refresh()
        if self.tabs.currentWidget() is self.today:
            self.today.refresh()

    def help_topic(self) -> str:
        if self.locked:
            return "lock"
        return getattr(self.tabs.currentWidget(), "help_topic", "tally")

    def show_help(self) -> None:
        from vagledare.gui.help_dialog import HelpDialog

        HelpDialog(self.help_topic(), self.lang, self).exec()

    def _save_quick_guide(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from vagledare.help import quick_guide_pdf
        from vagledare.reports.render.csv import atomic_write

        name = "vagledare-snabbguide.pdf" if self.lang == "sv" else "vagledare-quick-guide.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save quick guide"), str(Path.home() / name), self.tr("PDF (*.pdf)")
        )
        if chosen:
            atomic_write(Path(chosen), quick_guide_pdf(self.lang))
            self.statusBar().showMessage(self.tr("Saved %1").replace("%1", chosen), 8000)

    def _show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Keyboard shortcuts"),
            self.tr(
                "Arrow keys: move between cells\n"
                "Space or Enter: log one quick case in the cell\n"
                "Ctrl+Z: undo the last entry    Ctrl+Shift+Z: redo\n"
                "Ctrl+E: log several or at another time (or right-click a cell)\n"
                "Ctrl+1 … Ctrl+5: Log, Today, Reports, Cases, Progress\n"
                "Ctrl+N / Ctrl+K (in Cases): new case, new contact\n"
                "Delete (in Today): remove the selected entry with a reason\n"
                "F5: refresh the counts\n"
                "Ctrl+L: lock the window    F1: help for this screen"
            ),
        )

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Vägledare"),
            self.tr("Vägledare %1\nThe desk journal of a Mötesplats med Jobbcentrum.\nJournal: %2")
            .replace("%1", __version__)
            .replace("%2", self.desk.journal.location),
        )
