"""The main window: the tally screen, today's entries and reports, with menus and shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from shiboken6 import isValid

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vagledare.app.desk import Desk
from vagledare.app.settings import DeskSettings
from vagledare.gui.admin.privacy_actions import PrivacyActions
from vagledare.gui.common import collector, text_size
from vagledare.gui.common.widgets import fit_to_screen
from vagledare.gui.exchange.exchange_actions import ExchangeActions
from vagledare.gui.shell import theme
from vagledare.gui.shell.actions import install_menus
from vagledare.gui.shell.lazy_page import LazyPage
from vagledare.gui.shell.lock import InactivityWatcher, LockPage
from vagledare.gui.shell.warm_up import ModuleWarmer
from vagledare.gui.tally.tally_page import TallyButton, TallyPage
from vagledare.gui.today.today_page import TodayPage
from vagledare.journal import access
from vagledare.journal.db import Journal
from vagledare.journal.journal_settings import is_demo
from vagledare.journal.staff import StaffInfo
from vagledare.journal.terms import Lang

if TYPE_CHECKING:
    from vagledare.gui.cases.cases_page import CasesPage
    from vagledare.gui.groups.groups_page import GroupsPage
    from vagledare.gui.indicators.indicators_page import IndicatorsPage
    from vagledare.gui.overview.dashboard_page import DashboardPage
    from vagledare.gui.progress.assessments_page import AssessmentsPage
    from vagledare.gui.reports.report_page import ReportPage

REFRESH_MS = 30_000  # another window on the same journal may have logged
# The modules of the pages built when first opened (``_make_*``): imported ahead, a module
# per step, while the desk is idle (``warm_up.ModuleWarmer``).
PAGE_MODULES = (
    "vagledare.gui.reports.report_page",
    "vagledare.gui.cases.cases_page",
    "vagledare.gui.groups.groups_page",
    "vagledare.gui.progress.assessments_page",
    "vagledare.gui.overview.dashboard_page",
    "vagledare.gui.indicators.indicators_page",
)


class MainWindow(QMainWindow):
    # The menus' actions, set by ``install_menus`` (every registered action is the window's
    # attribute of its id); those the window itself uses:
    lock_action: QAction
    staff_action: QAction
    audit_action: QAction
    notice_action: QAction
    settings_action: QAction
    backups_action: QAction
    import_csv_action: QAction
    undo_action: QAction
    redo_action: QAction
    contrast_action: QAction
    larger_text_action: QAction
    smaller_text_action: QAction
    text_size_group: QActionGroup  # View → Text size: 100 % … 200 %
    demo_action: QAction
    overview_page_action: QAction
    page_actions: list[QAction]  # Ctrl+1 … Ctrl+8, in the tabs' order

    def __init__(
        self,
        desk: Desk,
        lang: Lang,
        settings: DeskSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # What the start has made (the modules, the journal's mappers) is out of the
        # collector's sight before the window is built: a full collection due meanwhile would
        # walk all of it on the way to the tally screen (#22).
        collector.freeze_survivors()
        self.desk = desk
        desk.journal.act_as(desk.staff.id)  # every change from here on names who made it
        self.lang = lang
        self.settings = settings
        self.demo_windows: list[QMainWindow] = []  # "Try with sample data" windows kept alive
        self._journal_owned: list[Journal] = []  # see close_journal_with_window
        self.successor: MainWindow | None = None  # built anew in another language
        self.demo = desk.journal.read(is_demo)
        title = self.tr("Vägledare – %1").replace("%1", desk.site.name)
        if self.demo:
            title = self.tr("DEMO – %1 – sample data, not the real journal").replace("%1", title)
        if desk.journal.read_only:
            title = self.tr("%1 (read-only)").replace("%1", title)
        self.setWindowTitle(title)
        fit_to_screen(self, 1200, 720)
        self.tabs = QTabWidget(objectName="pages")
        self.tabs.setDocumentMode(True)
        text_size.set_style_sheet(
            self.tabs, "QTabBar::tab { min-height: 34px; padding: 4px 18px; font-size: 11pt; }"
        )
        # The frame first, in the window, the pages into it after: a widget moved into another
        # parent is re-polished with everything in it, so each page is polished once (#22).
        # The pages scroll when they need more room than the screen has (a large text size on
        # a 1366×768 laptop): the window itself never grows past the screen.
        scroller = QScrollArea(objectName="centralScroll", widgetResizable=True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.setCentralWidget(scroller)
        self.stack = QStackedWidget(objectName="rootStack")
        self.stack.addWidget(self.tabs)
        central = QWidget(objectName="central")
        scroller.setWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if self.demo:
            self.demo_banner = QLabel(
                self.tr(
                    "DEMO – sample data: everything here is made up, and nothing you do here "
                    "touches the real journal."
                ),
                objectName="demoBanner",
                wordWrap=True,
            )
            self.demo_banner.setAccessibleName(self.tr("Demo journal"))
            self._style_banner(theme.current())
            theme.notifier().changed.connect(self._style_banner)
            column.addWidget(self.demo_banner)
        column.addWidget(self.stack, 1)
        self.tally = TallyPage(desk)
        self.today = TodayPage(desk)
        self.tabs.addTab(self.tally, self.tr("&Log (Ctrl+1)"))
        self.tabs.addTab(self.today, self.tr("&Day (Ctrl+2)"))
        # The other pages are built when first opened (start-up time at the desk).
        self._lazy: dict[str, LazyPage] = {}
        self._add_lazy("reports", self._make_reports, self.tr("&Reports (Ctrl+3)"))
        self._add_lazy("cases", self._make_cases, self.tr("Ca&ses (Ctrl+4)"))
        self._add_lazy("groups", self._make_groups, self.tr("&Groups (Ctrl+5)"))
        self._add_lazy("progress", self._make_progress, self.tr("&Progress (Ctrl+6)"))
        self._add_lazy("dashboard", self._make_dashboard, self.tr("O&verview (Ctrl+7)"))
        self._add_lazy("indicators", self._make_indicators, self.tr("&Indicators (Ctrl+8)"))
        self.lock_page = LockPage(desk.journal)
        self.lock_page.unlocked.connect(self._on_unlocked)
        self.stack.addWidget(self.lock_page)
        if self.demo:
            from vagledare.app.demo import DEMO_PIN

            self.lock_page.set_hint(
                self.tr("Demo journal: every staff member's PIN is %1.").replace("%1", DEMO_PIN)
            )
        where = self.tr("Journal: %1").replace("%1", desk.journal.location)
        if self.demo:
            where = self.tr("Demo journal (sample data): %1").replace("%1", desk.journal.location)
        self.statusBar().showMessage(where)

        self.tally.logged.connect(self._on_tally_logged)
        self.tally.more_requested.connect(self._on_more_requested)
        self.today.changed.connect(self._on_journal_changed)
        self.tabs.currentChanged.connect(self._on_page_changed)
        self.exchange = ExchangeActions(desk, lang, self)
        self.exchange.changed.connect(self._on_exchange_merged)
        self.privacy = PrivacyActions(self, desk, self._current_code)
        self.privacy.changed.connect(self._on_privacy_changed)
        install_menus(self)  # the actions and menus registered in gui/shell/actions.py
        self._update_lead_actions()
        theme.notifier().changed.connect(self._on_look_changed)  # also another window's

        minutes = settings.lock_minutes if settings else 5.0
        self.watcher = InactivityWatcher(minutes, self)
        self.watcher.idle.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.watcher)
        self.warmer = ModuleWarmer(PAGE_MODULES, self.watcher.quiet_ms, self)
        self.warmer.finished.connect(collector.freeze_survivors)  # what start-up made stays
        self.warmer.start()

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    # -- pages ----------------------------------------------------------------------------
    def _add_lazy(self, key: str, factory: Callable[[QWidget], QWidget], title: str) -> None:
        lazy = LazyPage(factory)
        lazy.setObjectName(f"{key}Tab")
        self._lazy[key] = lazy
        self.tabs.addTab(lazy, title)

    def _make_reports(self, parent: QWidget) -> QWidget:
        from vagledare.gui.reports.report_page import ReportPage

        d = self.desk
        return ReportPage(
            d.journal,
            self.lang,
            home_site=d.site.name,
            staff=d.staff,
            settings=self.settings,
            parent=parent,
        )

    def _make_cases(self, parent: QWidget) -> QWidget:
        from vagledare.gui.cases.cases_page import CasesPage

        page = CasesPage(self.desk, self.lang, parent=parent)
        page.changed.connect(self._on_journal_changed)
        return page

    def _make_groups(self, parent: QWidget) -> QWidget:
        from vagledare.gui.groups.groups_page import GroupsPage

        d = self.desk
        return GroupsPage(d.journal, d.site, d.staff, self.lang, parent=parent, read_now=False)

    def _make_dashboard(self, parent: QWidget) -> QWidget:
        from vagledare.gui.overview.dashboard_page import DashboardPage

        return DashboardPage(self.desk.journal, self.lang, self.desk.staff, parent=parent)

    def _make_indicators(self, parent: QWidget) -> QWidget:
        from vagledare.gui.indicators.indicators_page import IndicatorsPage

        return IndicatorsPage(self.desk.journal, self.lang, self.desk.staff, parent=parent)

    def _make_progress(self, parent: QWidget) -> QWidget:
        from vagledare.gui.progress.assessments_page import AssessmentsPage

        return AssessmentsPage(self.desk, parent)

    @property
    def reports(self) -> ReportPage:
        return self._lazy["reports"].page()  # type: ignore[return-value]

    @property
    def cases(self) -> CasesPage:
        return self._lazy["cases"].page()  # type: ignore[return-value]

    @property
    def groups(self) -> GroupsPage:
        return self._lazy["groups"].page()  # type: ignore[return-value]

    @property
    def dashboard(self) -> DashboardPage:
        return self._lazy["dashboard"].page()  # type: ignore[return-value]

    @property
    def indicators(self) -> IndicatorsPage:
        return self._lazy["indicators"].page()  # type: ignore[return-value]

    @property
    def progress(self) -> AssessmentsPage:
        return self._lazy["progress"].page()  # type: ignore[return-value]

    def show_page(self, page: QWidget) -> None:
        """Bring a page (or the tab holding it) to the front."""
        for i in range(self.tabs.count()):
            tab = self.tabs.widget(i)
            if tab is page or (isinstance(tab, LazyPage) and tab.built and tab.page() is page):
                self.tabs.setCurrentIndex(i)
                return

    def page_at(self, index: int) -> QWidget:
        tab = self.tabs.widget(index)
        return tab.page() if isinstance(tab, LazyPage) else tab

    # -- slots ----------------------------------------------------------------------------
    def _on_journal_changed(self) -> None:
        self.tally.refresh()
        self.today.refresh()

    def _on_tally_logged(self) -> None:
        """The tally page has shown its own change already; today's list is read again when
        it is shown (``_on_page_changed``), not on every click while hidden."""
        if self.tabs.currentWidget() is self.today:
            self.today.refresh()

    def _on_exchange_merged(self) -> None:
        """Another desk's records arrived: new sites for the reports, new counts everywhere."""
        self.desk.reload_site()
        self.reports.reload_sites()
        self.cases.reload_choices()
        self.refresh()

    def _on_page_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)  # compare tabs: naming a lazy page would build it
        if tab is self.today:
            self.today.refresh()
        elif tab is self.tally:
            self.tally.refresh()
        elif tab is self._lazy["cases"]:
            if not self._lazy["cases"].take_fresh():  # a page just built has read its list
                self.cases.reload_choices()
                self.cases.refresh()
        elif tab is self._lazy["progress"]:
            self.progress.refresh()
        elif tab is self._lazy["groups"]:
            if not self._lazy["groups"].take_fresh():  # a page just built reads its groups
                self.groups.refresh_soon()
        elif tab is self._lazy["dashboard"]:
            if not self._lazy["dashboard"].take_fresh():  # just built: sites and figures read
                self.dashboard.reload_sites()
                self.dashboard.refresh()
        elif tab is self._lazy["indicators"]:
            self.indicators.reload_sites()  # its figures are read anew as it is shown

    def _current_code(self) -> str | None:
        """The participant code the current page shows (to offer it to the privacy actions)."""
        tab = self.tabs.currentWidget()
        if tab is self._lazy["cases"] and self.cases.detail is not None:
            return self.cases.detail.case.code
        if tab is self._lazy["progress"] and self.progress.participant is not None:
            return self.progress.participant.code
        return None

    def _on_privacy_changed(self) -> None:
        """Codes were anonymised or erased: show nobody who may be gone, re-read the lists."""
        if self._lazy["cases"].built:
            self.cases.detail = None
            self.cases.refresh()
        if self._lazy["progress"].built:
            self.progress.participant = None
            self.progress.refresh()
        if self._lazy["groups"].built:
            self.groups.refresh()

    def _on_more_shortcut(self) -> None:
        self.tabs.setCurrentWidget(self.tally)
        focused = self.focusWidget()
        self._on_more_requested(focused if isinstance(focused, TallyButton) else None)

    def _on_more_requested(self, button: object) -> None:
        from vagledare.gui.tally.entry_dialog import EntryDialog

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
        self.desk.journal.write(access.lock_desk, self.desk.staff.id)
        self._show_lock_page()

    def _show_lock_page(self) -> None:
        self.lock_page.prepare(str(self.desk.staff.id))
        self.stack.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(False)
        for act in self.actions():
            act.setEnabled(False)
        self.statusBar().clearMessage()

    def _on_unlocked(self, staff: StaffInfo) -> None:
        self.desk.journal.act_as(staff.id)
        if staff.id != self.desk.staff.id:
            self.desk.switch_staff(staff)
            self.tally.build_grid()
            self.tally.clear_feedback()  # the previous person's last action is not theirs
            self.today.message.clear()
            if self._lazy["reports"].built:
                self.reports.set_staff(staff)
            if self._lazy["indicators"].built:
                self.indicators.set_staff(staff)
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        for act in self.actions():
            act.setEnabled(True)
        self._update_lead_actions()
        self.watcher.timer.start()
        self.refresh()
        self.tally.setFocus()

    def _style_banner(self, look: theme.Theme) -> None:
        if not isValid(self.demo_banner):  # a window replaced in another language
            return
        self.demo_banner.setStyleSheet(
            f"background: {look.banner}; color: {look.banner_text}; font-weight: 700;"
            " padding: 6px 12px;"
        )

    def _on_high_contrast(self, on: bool) -> None:
        # Saved first: the choice is kept even if repainting is interrupted.
        if self.settings is not None:
            self.settings.high_contrast = on
            self.settings.save()
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                theme.apply_theme(app, high_contrast=on)
            finally:
                QApplication.restoreOverrideCursor()

    def _on_look_changed(self, _look: theme.Theme) -> None:
        """Keep the View menu's marks true when another window changed the look or size."""
        self.contrast_action.setChecked(theme.high_contrast_on())
        for act in self.text_size_group.actions():
            act.setChecked(act.data() == text_size.percent())

    def set_text_size(self, percent: int) -> None:
        """View → Text size: applied to every window at once, and saved."""
        from vagledare.app.settings import TEXT_SIZES

        percent = min(max(percent, TEXT_SIZES[0]), TEXT_SIZES[-1])
        if self.settings is not None:
            self.settings.text_size = percent
            self.settings.save()
        app = QCoreApplication.instance()
        if isinstance(app, QApplication):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                theme.apply_text_size(app, percent)
            finally:
                QApplication.restoreOverrideCursor()
        self._on_look_changed(theme.current())
        self.statusBar().showMessage(self.tr("Text size %1 %").replace("%1", str(percent)), 4000)

    def _on_text_size_chosen(self, action: QAction) -> None:
        self.set_text_size(int(action.data()))

    def _on_larger_text(self) -> None:
        from vagledare.app.settings import TEXT_SIZES

        self.set_text_size(next((p for p in TEXT_SIZES if p > text_size.percent()), 200))

    def _on_smaller_text(self) -> None:
        from vagledare.app.settings import TEXT_SIZES

        smaller = [p for p in TEXT_SIZES if p < text_size.percent()]
        self.set_text_size(smaller[-1] if smaller else TEXT_SIZES[0])

    def _on_try_sample_data(self) -> None:
        """A second window on the demo journal; this window and its journal stay as they are."""
        if self.demo:
            self.statusBar().showMessage(
                self.tr("This window already shows the sample data."), 8000
            )
            return
        from vagledare.gui.shell.demo_window import open_demo_window

        window = open_demo_window(self.lang, self.settings, parent=self)
        if window is not None:
            self.demo_windows.append(window)
            window.destroyed.connect(self._forget_demo_windows)

    def _forget_demo_windows(self) -> None:
        self.demo_windows = [w for w in self.demo_windows if isValid(w)]

    def _on_language_chosen(self, action: QAction) -> None:
        from vagledare.gui.shell.i18n import choose_language

        code = action.data()
        if self.settings is not None:
            self.settings.language = code
            self.settings.save()
        self.change_language(choose_language(code))

    def change_language(self, lang: Lang) -> MainWindow:
        """Speak ``lang`` at once: Qt's and our translators are replaced, and every open main
        window is built anew on the same journal and desk, at the same place on the screen,
        on the same page (and locked if it was). Returns this window's successor.

        (Built anew rather than retranslated widget by widget: every page and every text
        made in code then speaks the new language, with nothing to forget.)"""
        from vagledare.gui.shell.i18n import switch_language

        windows = [w for w in open_main_windows() if w.lang != lang]
        if self.lang != lang and self not in windows:
            windows.append(self)
        if not windows:
            return self
        if any(w.exchange.runner.busy for w in windows):
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr(
                    "A journal exchange is running: the new language is used the next time "
                    "Vägledare starts."
                ),
            )
            return self
        app = QCoreApplication.instance()
        if app is not None:
            switch_language(app, lang)
        successors = {w: w._rebuilt(lang) for w in windows}
        for old, new in successors.items():
            new.demo_windows = [successors.get(d, d) for d in old.demo_windows if isValid(d)]
            for demo in new.demo_windows:
                demo.destroyed.connect(new._forget_demo_windows)
            old._retire()
        return successors.get(self, self)

    def _rebuilt(self, lang: Lang) -> MainWindow:
        new = MainWindow(self.desk, lang, self.settings)
        new.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _REBUILT.append(new)
        new.destroyed.connect(_forget_closed_windows)
        if self._journal_owned:  # the sample data's journal goes with its window
            self._journal_owned.clear()
            new.close_journal_with_window()
        new.restoreGeometry(self.saveGeometry())
        new.tabs.setCurrentIndex(self.tabs.currentIndex())
        if self.locked:
            new._show_lock_page()
        if self.isVisible():
            new.show()
        self.successor = new
        return new

    def _retire(self) -> None:
        """Replaced by a window in another language: closed, and its pages let go."""
        deleted = self.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()
        if not deleted:
            central = self.takeCentralWidget()
            if central is not None:
                central.deleteLater()

    def close_journal_with_window(self) -> None:
        """This window owns its journal (the sample data's): the journal is closed when the
        window is gone, unless it was handed to a window that replaced this one."""
        owned = [self.desk.journal]
        self._journal_owned = owned
        self.destroyed.connect(partial(_close_journals, owned))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # A closed window neither refreshes nor locks any more: its journal may be closed
        # (or, on a server, gone) while Python still holds the window.
        self.warmer.stop()
        collector.thaw()  # the window's own reference cycles can go now
        self.hold_journal()
        super().closeEvent(event)

    def hold_journal(self, held: bool = True) -> None:
        """Stop the refresh and the inactivity lock, which would touch the journal, before it
        is closed (the window closes, or a backup is put in its place); ``False`` starts them
        again (the journal stayed as it was)."""
        app = QCoreApplication.instance()
        if held:
            self.desk.wait_for_backup()  # the day's backup is written whole first
            self._timer.stop()
            self.watcher.timer.stop()
            if app is not None:
                app.removeEventFilter(self.watcher)
            return
        if app is not None:
            app.installEventFilter(self.watcher)
        self.warmer = ModuleWarmer(PAGE_MODULES, self.watcher.quiet_ms, self)
        self.warmer.finished.connect(collector.freeze_survivors)  # what start-up made stays
        self.warmer.start()
        self.watcher.timer.start()
        self._timer.start()

    def reload_pages(self) -> None:
        """The journal changed beyond this desk's clicks (a team lead's settings, an import):
        every page shows it at once, the log grid with its new rows and columns."""
        self.desk.reload_site()
        reload = getattr(self.tally, "reload", None)
        if callable(reload):  # a grid that knows how to re-read itself and its columns
            reload()
        else:
            self.tally.build_grid()
            self.tally.refresh()
        self.today.refresh()
        if self._lazy["reports"].built:
            self.reports.reload_sites()
        if self._lazy["cases"].built:
            self.cases.reload_choices()
            self.cases.refresh()
        if self._lazy["groups"].built:
            self.groups.refresh()
        if self._lazy["progress"].built:
            self.progress.refresh()
        if self._lazy["dashboard"].built:
            self.dashboard.reload_sites()
        if self._lazy["indicators"].built:
            self.indicators.reload_sites()
            self.indicators.refresh()

    def refresh(self) -> None:
        if self.locked:
            return
        self.tally.refresh()
        if self.tabs.currentWidget() is self.today:
            self.today.refresh()

    def _go_to_page(self, index: int) -> None:
        if self.tabs.isTabVisible(index):
            self.tabs.setCurrentIndex(index)

    def _update_lead_actions(self) -> None:
        lead = access.is_lead(self.desk.staff.role)
        for act in (
            self.staff_action,
            self.audit_action,
            self.notice_action,
            self.settings_action,
            self.backups_action,
            self.import_csv_action,
            self.overview_page_action,
        ):
            act.setVisible(lead)
            act.setEnabled(lead and not self.locked)
        index = self.tabs.indexOf(self._lazy["dashboard"])
        if not lead and self.tabs.currentIndex() == index:
            self.tabs.setCurrentWidget(self.tally)
        self.tabs.setTabVisible(index, lead)
        if self._lazy["dashboard"].built:
            self.dashboard.staff = self.desk.staff

    def _show_staff(self) -> None:
        from vagledare.gui.admin.admin_dialogs import StaffDialog

        if access.is_lead(self.desk.staff.role):
            StaffDialog(self.desk.journal, self.desk.staff, self).exec()

    def _show_audit(self) -> None:
        from vagledare.gui.admin.admin_dialogs import AuditDialog

        if access.is_lead(self.desk.staff.role):
            AuditDialog(self.desk.journal, self, self.lang).exec()

    def _show_notice(self) -> None:
        from vagledare.gui.admin.admin_dialogs import NoticeDialog

        if access.is_lead(self.desk.staff.role):
            NoticeDialog(self.desk.journal, self.desk.staff, self).exec()

    def help_topic(self) -> str:
        if self.locked:
            return "lock"
        return getattr(self.tabs.currentWidget(), "help_topic", "tally")

    def show_help(self) -> None:
        from vagledare.gui.shell.help_dialog import HelpDialog

        HelpDialog(self.help_topic(), self.lang, self).exec()

    def _save_quick_guide(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from vagledare.app.help import quick_guide_pdf
        from vagledare.journal.private_files import atomic_write

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
                "Ctrl+1 … Ctrl+8: Log, Day, Reports, Cases, Groups, Progress, Overview,\n"
                "Indicators\n"
                "Ctrl+N / Ctrl+K (in Cases): new case, new contact\n"
                "Groups: Enter on a session opens its roll call; there Space cycles a mark,\n"
                "1 / 2 / 3 set Present / Absent / Excused, Ctrl+S saves\n"
                "Day: Alt+Left / Alt+Right the day before / after, Alt+Home today;\n"
                "F2 changes the selected entry, Delete removes the selected entries\n"
                "F5: refresh the counts\n"
                "Ctrl+L: lock the window    F1: help for this screen"
            ),
        )

    def _show_about(self) -> None:
        # Read from the installed metadata when asked for (importlib.metadata costs ~0.1 s)
        from vagledare import __version__

        QMessageBox.about(
            self,
            self.tr("About Vägledare"),
            self.tr("Vägledare %1\nThe desk journal of a Mötesplats med Jobbcentrum.\nJournal: %2")
            .replace("%1", __version__)
            .replace("%2", self.desk.journal.location),
        )


# Windows built anew in another language: kept alive here until they are closed.
_REBUILT: list[MainWindow] = []


def _forget_closed_windows() -> None:
    _REBUILT[:] = [w for w in _REBUILT if isValid(w)]


def _close_journals(journals: list[Journal]) -> None:
    for journal in journals:
        journal.close()
    journals.clear()


def open_main_windows() -> list[MainWindow]:
    """The main windows on the screen (the desk's own and any sample data windows)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and isValid(w) and w.isVisible()
    ]
