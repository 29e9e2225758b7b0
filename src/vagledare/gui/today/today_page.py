"""The Dag page: one day's entries at this site (today unless another day is chosen), with
mistakes corrected or removed with a reason (kept, not counted), each audited by the journal."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vagledare.app.desk import Desk
from vagledare.gui.common import text_size
from vagledare.gui.common.table_models import QuickCaseListModel
from vagledare.gui.common.vocabulary import gender_label
from vagledare.gui.common.widgets import size_to_contents
from vagledare.journal import quick_cases, sites
from vagledare.journal.db import JournalError
from vagledare.journal.errors import ValidationError
from vagledare.journal.quick_cases import QuickCaseEntry

EARLIEST = date(2000, 1, 1)  # the picker's first day (no journal is older)


class TodayPage(QWidget):
    """The day view (*Dag*): any day up to today, never a future one.

    Alt+Left / Alt+Right step a day back or forward, Alt+Home returns to today; Delete
    removes the selected entries with a reason."""

    help_topic = "today"
    changed = Signal()  # after every change to the journal from this page

    def __init__(
        self,
        desk: Desk,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self._today = today
        self._day: date | None = None  # None: today, and tomorrow after midnight
        self._together: list[uuid.UUID] = []  # the selected entry's whole registration
        self.model = QuickCaseListModel()
        layout = QVBoxLayout(self)

        nav = QHBoxLayout()
        self.prev_button = self._button("←", "prevDayButton", self.tr("Previous day"))
        self.prev_button.setToolTip(self.tr("The day before (Alt+Left)"))
        self.date_label = QLabel(self.tr("D&ate:"), objectName="dayDateLabel")
        self.date_edit = QDateEdit(objectName="dayDateEdit", calendarPopup=True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Day shown"))
        self.date_edit.setLocale(QLocale())
        calendar = self.date_edit.calendarWidget()
        calendar.setLocale(QLocale())
        calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        calendar.setMinimumWidth(calendar.sizeHint().width() + 40)  # "mån", not "m…"
        self.date_edit.setMinimumDate(QDate(EARLIEST))
        self.date_label.setBuddy(self.date_edit)
        self.next_button = self._button("→", "nextDayButton", self.tr("Next day"))
        self.next_button.setToolTip(self.tr("The day after (Alt+Right)"))
        self.today_button = self._button(
            self.tr("Today (Alt+Home)"), "todayButton", self.tr("Show today")
        )
        nav.addWidget(self.prev_button)
        nav.addWidget(self.date_label)
        nav.addWidget(self.date_edit)
        nav.addWidget(self.next_button)
        nav.addWidget(self.today_button)
        nav.addStretch(1)
        layout.addLayout(nav)

        self.heading = QLabel(objectName="todayHeading", wordWrap=True)
        text_size.set_style_sheet(self.heading, "font-size: 14pt; font-weight: 600;")
        layout.addWidget(self.heading)
        self.view = QTableView(objectName="todayView", tabKeyNavigation=False)
        self.view.setAccessibleName(self.tr("The day's entries"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        size_to_contents(self.view.horizontalHeader())
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)

        row = QHBoxLayout()
        self.message = QLabel(objectName="dayMessage", wordWrap=True)
        self.message.setAccessibleName(self.tr("Last change"))
        row.addWidget(self.message, 1)
        self.change_button = self._button(
            self.tr("&Change…"), "changeButton", self.tr("Change the selected entry")
        )
        self.change_button.setToolTip(
            self.tr("Change the category, age band or gender of the selected entry (F2)")
        )
        self.remove_button = self._button(
            self.tr("Re&move…"), "removeButton", self.tr("Remove the selected entries")
        )
        self.remove_button.setToolTip(
            self.tr("Remove mistaken entries with a reason; several rows may be selected (Delete)")
        )
        self.remove_all_button = self._button(
            self.tr("Remove &whole registration…"),
            "removeAllButton",
            self.tr("Remove the whole registration"),
        )
        self.remove_all_button.setToolTip(
            self.tr("Remove every entry logged together with the selected one, e.g. a 4 ×")
        )
        for b in (self.change_button, self.remove_button, self.remove_all_button):
            row.addWidget(b)
        layout.addLayout(row)

        self.prev_button.clicked.connect(self.previous_day)
        self.next_button.clicked.connect(self.next_day)
        self.today_button.clicked.connect(self.go_to_today)
        self.date_edit.dateChanged.connect(self._on_date_chosen)
        self.change_button.clicked.connect(self._on_change)
        self.remove_button.clicked.connect(self._on_remove)
        self.remove_all_button.clicked.connect(self._on_remove_all)
        self.view.doubleClicked.connect(self._on_change)
        shortcuts: tuple[tuple[QKeySequence | Qt.Key, Callable[[], None], QWidget], ...] = (
            (QKeySequence("Alt+Left"), self.previous_day, self),
            (QKeySequence("Alt+Right"), self.next_day, self),
            (QKeySequence("Alt+Home"), self.go_to_today, self),
            (Qt.Key.Key_Delete, self._on_remove, self.view),
            (Qt.Key.Key_F2, self._on_change, self.view),
        )
        for keys, slot, where in shortcuts:
            sc = QShortcut(QKeySequence(keys), where, slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._show_day_controls()
        self._update_buttons()  # filled when the page is opened (MainWindow refreshes it)

    @staticmethod
    def _button(text: str, name: str, accessible: str) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.setAccessibleName(accessible)
        b.setMinimumHeight(40)
        b.setAutoDefault(False)
        return b

    # -- the day ----------------------------------------------------------------------------
    @property
    def day(self) -> date:
        """The day shown: today unless an earlier day was chosen."""
        today = self._today()
        if self._day is None or self._day >= today:
            return today
        return self._day

    def show_day(self, day: date) -> None:
        """Show ``day`` (a future day shows today; before 2000, 1 January 2000)."""
        day = max(min(day, self._today()), EARLIEST)
        self._day = None if day == self._today() else day
        self.message.clear()
        self.refresh()

    def previous_day(self) -> None:
        self.show_day(self.day - timedelta(days=1))

    def next_day(self) -> None:
        self.show_day(self.day + timedelta(days=1))

    def go_to_today(self) -> None:
        self.show_day(self._today())

    def _on_date_chosen(self, chosen: QDate) -> None:
        day = chosen.toPython()
        assert isinstance(day, date)
        if day != self.day:
            self.show_day(day)

    def _show_day_controls(self) -> None:
        today, day = self._today(), self.day
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(QDate(today))
        self.date_edit.setDate(QDate(day))
        self.date_edit.blockSignals(False)
        self.prev_button.setEnabled(day > EARLIEST)
        self.next_button.setEnabled(day < today)
        self.today_button.setEnabled(day != today)

    def day_title(self) -> str:
        """The day in words, e.g. "Tisdag 3 december 2024" ("Idag, tisdag …" for today)."""
        words = QLocale().toString(QDate(self.day), "dddd d MMMM yyyy")
        if self.day == self._today():
            return self.tr("Today, %1").replace("%1", words)
        return words[:1].upper() + words[1:]

    def refresh(self) -> None:
        """Re-read the day's entries (another desk may have logged); the selection stays."""
        self._show_day_controls()
        kept = {e.id for e in self.selected_entries()}
        entries = self.desk.journal.read(quick_cases.day_entries, self.desk.site.id, self.day)
        self.model.set_rows(entries)
        self._select(kept)
        counted = sum(1 for e in entries if not e.removed)
        removed = len(entries) - counted
        if not entries:
            counts = self.tr("nothing logged")
        else:
            counts = self.tr("%n quick case(s) counted", "", counted)
            if removed:
                counts += ", " + self.tr("%n removed", "", removed)
        self.heading.setText(
            self.tr("%1 at %2: %3")
            .replace("%1", self.day_title())
            .replace("%2", self.desk.site.name)
            .replace("%3", counts)
        )
        self._update_buttons()

    # -- the selection ------------------------------------------------------------------------
    def selected_entries(self) -> list[QuickCaseEntry]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.entry(r) for r in rows]

    def _select(self, ids: set[uuid.UUID]) -> None:
        """Select the rows of ``ids`` again (after the model was re-read), in one go."""
        chosen = QItemSelection()
        for r in range(self.model.rowCount()):
            if self.model.entry(r).id in ids:
                chosen.select(self.model.index(r, 0), self.model.index(r, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(chosen, flags | QItemSelectionModel.SelectionFlag.Rows)

    def _update_buttons(self) -> None:
        chosen = self.selected_entries()
        counted = [e for e in chosen if not e.removed]
        one = counted[0] if len(chosen) == 1 and counted else None
        self.change_button.setEnabled(one is not None)
        self.remove_button.setEnabled(bool(counted))
        self._together = []
        if one is not None:
            try:
                self._together = self.desk.logged_together(one.id)
            except (ValidationError, JournalError):
                self._together = []  # gone meanwhile: the next refresh shows it
        n = len(self._together)
        if n > 1:
            self.remove_all_button.setText(self.tr("Remove &whole registration (%n)…", "", n))
        else:
            self.remove_all_button.setText(self.tr("Remove &whole registration…"))
        self.remove_all_button.setEnabled(n > 1)

    # -- actions ---------------------------------------------------------------------------
    def _describe(self, e: QuickCaseEntry) -> str:
        return (
            self.tr("%1 · %2 · %3 at %4")
            .replace("%1", e.category)
            .replace("%2", e.age_band)
            .replace("%3", gender_label(e.gender))
            .replace("%4", e.occurred_at.strftime("%H:%M"))
        )

    def _on_change(self) -> None:
        chosen = self.selected_entries()
        if len(chosen) != 1 or chosen[0].removed:
            return
        entry = chosen[0]
        from vagledare.gui.today.correct_entry_dialog import CorrectEntryDialog

        site = self.desk.journal.read(sites.get_site, self.desk.site.id)
        dialog = CorrectEntryDialog(
            entry, site, lambda *values: self.desk.correct(entry.id, *values), self
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh()
        if dialog.changed:
            after = next((e for e in self.model.rows if e.id == entry.id), entry)
            self.message.setText(
                self.tr("Changed: %1 → %2")
                .replace("%1", self._describe(entry))
                .replace("%2", self._describe(after))
            )
            self.changed.emit()
        else:
            self.message.setText(self.tr("Nothing was changed."))

    def _on_remove(self) -> None:
        counted = [e for e in self.selected_entries() if not e.removed]
        if not counted:
            return
        if len(counted) == 1:
            question = self.tr("Why is %1 removed?").replace("%1", self._describe(counted[0]))
        else:
            question = self.tr("Why are the %n selected entries removed?", "", len(counted))
        self._remove([e.id for e in counted], self.tr("Remove entry"), question)

    def _on_remove_all(self) -> None:
        chosen = self.selected_entries()
        if len(chosen) != 1 or len(self._together) < 2:
            return
        ids = list(self._together)
        question = self.tr(
            "The whole registration is removed: %n entries of %1. Why?", "", len(ids)
        ).replace("%1", self._describe(chosen[0]))
        self._remove(ids, self.tr("Remove whole registration"), question)

    def _reasons(self) -> list[str]:
        return [
            self.tr("Wrong click"),
            self.tr("Logged twice"),
            self.tr("Wrong category"),
            self.tr("Wrong age band"),
            self.tr("Wrong gender"),
        ]

    def _remove(self, ids: list[uuid.UUID], title: str, question: str) -> None:
        """Ask why, then remove ``ids`` all together; a refused reason is asked for again
        with what was typed."""
        typed: str | None = None
        while True:
            reasons = self._reasons()
            if typed is not None:
                reasons = [typed, *(r for r in reasons if r != typed)]
            reason, ok = QInputDialog.getItem(self, title, question, reasons, 0, True)
            if not ok:
                return
            try:
                n = self.desk.remove_many(ids, reason)
            except (ValidationError, JournalError) as exc:
                QMessageBox.warning(self, self.tr("Not removed"), str(exc))
                self.refresh()
                if not self._all_counted(ids):
                    return  # removed or gone meanwhile: nothing to ask again
                typed = reason
                continue
            break
        self.refresh()
        self.message.setText(self.tr("%n entries removed.", "", n))
        self.changed.emit()

    def _all_counted(self, ids: list[uuid.UUID]) -> bool:
        shown = {e.id: e for e in self.model.rows}
        return all(i in shown and not shown[i].removed for i in ids)
