"""The main window: the tally screen, today's entries and reports, with menus and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from vagledare import __version__
from vagledare.desk import Desk
from vagledare.gui.entry_dialog import EntryDialog
from vagledare.gui.groups_page import GroupsPage
from vagledare.gui.report_page import ReportPage
from vagledare.gui.tally_page import TallyButton, TallyPage
from vagledare.gui.today_page import TodayPage
from vagledare.terms import Lang

REFRESH_MS = 30_000  # another window on the same journal may have logged


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Vägledare – %1").replace("%1", desk.site.name))
        self.resize(1200, 720)
        self.tabs = QTabWidget(objectName="pages")
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet("QTabBar::tab { min-height: 34px; padding: 4px 18px; font-size: 11pt; }")
        self.tally = TallyPage(desk)
        self.today = TodayPage(desk)
        self.reports = ReportPage(desk.journal, lang, home_site=desk.site.name)
        self.groups = GroupsPage(desk.journal, desk.site, desk.staff, lang)
        self.tabs.addTab(self.tally, self.tr("&Log (Ctrl+1)"))
        self.tabs.addTab(self.today, self.tr("&Today (Ctrl+2)"))
        self.tabs.addTab(self.reports, self.tr("&Reports (Ctrl+3)"))
        self.tabs.addTab(self.groups, self.tr("&Groups (Ctrl+4)"))
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(self.tr("Journal: %1").replace("%1", desk.journal.location))

        self.tally.logged.connect(self._on_journal_changed)
        self.tally.more_requested.connect(self._on_more_requested)
        self.today.changed.connect(self._on_journal_changed)
        self.tabs.currentChanged.connect(self._on_page_changed)
        self._build_menus()

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
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        )
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo last entry"), QKeySequence.StandardKey.Undo, self.tally.undo)
        self.redo_action = self._action(self.tr("&Redo"), QKeySequence.StandardKey.Redo, self.tally.redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addAction(self._action(self.tr("Log &several or at another time…"), "Ctrl+E", self._on_more_shortcut))
        view = bar.addMenu(self.tr("&View"))
        pages = (self.tr("Log"), self.tr("Today"), self.tr("Reports"), self.tr("Groups"))
        for i, text in enumerate(pages):
            view.addAction(self._action(text, f"Ctrl+{i + 1}", lambda _=False, i=i: self.tabs.setCurrentIndex(i)))
        view.addAction(self._action(self.tr("Re&fresh"), QKeySequence.StandardKey.Refresh, self.refresh))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), None, self._show_shortcuts))
        help_menu.addAction(self._action(self.tr("&About Vägledare"), None, self._show_about))

    # -- slots ----------------------------------------------------------------------------
    def _on_journal_changed(self) -> None:
        self.tally.refresh()
        self.today.refresh()

    def _on_page_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.today:
            self.today.refresh()
        elif self.tabs.widget(index) is self.tally:
            self.tally.refresh()
        elif self.tabs.widget(index) is self.groups:
            self.groups.refresh()

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

    def refresh(self) -> None:
        self.tally.refresh()
        if self.tabs.currentWidget() is self.today:
            self.today.refresh()

    def _show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Keyboard shortcuts"),
            self.tr(
                "Arrow keys: move between cells\n"
                "Space or Enter: log one quick case in the cell\n"
                "Ctrl+Z: undo the last entry    Ctrl+Shift+Z: redo\n"
                "Ctrl+E: log several or at another time (or right-click a cell)\n"
                "Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4: Log, Today, Reports, Groups\n"
                "Groups: Enter on a session opens its roll call; there Space cycles a mark,\n"
                "1 / 2 / 3 set Present / Absent / Excused, Ctrl+S saves\n"
                "Delete (in Today): remove the selected entry with a reason\n"
                "F5: refresh the counts"
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
