"""The case journal page: the case list per site and coach with filters, one case's timeline,
and quick dialogs for a new case, a new contact, changing or removing a contact, closing and
reopening."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vagledare.app.desk import Desk
from vagledare.gui.cases.case_table_model import UNTOUCHED_COLOUR, CaseColumn, CaseListModel
from vagledare.gui.cases.case_timeline import describe_case, timeline_lines
from vagledare.gui.cases.close_case_dialog import CloseCaseDialog
from vagledare.gui.cases.contact_dialog import ContactDialog
from vagledare.gui.cases.duty_dialog import DutyDialog
from vagledare.gui.cases.duty_hours_dialog import DutyHoursDialog
from vagledare.gui.cases.follow_up_dialog import FollowUpDialog
from vagledare.gui.cases.new_case_dialog import NewCase, NewCaseDialog
from vagledare.gui.cases.remove_contact_dialog import RemoveContactDialog
from vagledare.gui.cases.reopen_dialog import ReopenDialog
from vagledare.gui.cases.under_30_dialog import Under30Dialog
from vagledare.gui.common import text_size
from vagledare.gui.common.combo import current_enum, select_data
from vagledare.gui.common.tasks import TaskRunner
from vagledare.journal import cases
from vagledare.journal.case_codes import ROUTES, label
from vagledare.journal.case_list import (
    CaseDetail,
    CaseFilter,
    CaseListing,
    CaseSummary,
    Status,
    TimelineEvent,
    case_detail,
    case_listing,
    cases_by_ids,
    convertible_quick_cases,
    count_cases_up_to,
)
from vagledare.journal.duty_hours import HoursSummary, case_hours, plan_form, set_plan, under_30
from vagledare.journal.errors import ValidationError
from vagledare.journal.followups import follow_up_form, record_follow_up
from vagledare.journal.models import ClosureReason, ContactType, Route
from vagledare.journal.staff import sites_and_staff
from vagledare.journal.terms import Lang

DEFAULT_WEEKS = 4
QUICK_CASE_DAYS = 31  # how far back a snabbärende can still become a case in the dialog
# From this many cases in the journal on, the list is read in the background (the window
# stays responsive while the journal sorts and counts them); a smaller one is read at once.
AT_ONCE_CASES = 5_000
# How far past the rows read the list reads on to show a case chosen elsewhere (a new one,
# one from the under-30 list); beyond, the case is shown beside the list, not chosen in it.
SELECT_AHEAD = 2_000


def _labelled(text: str, widget: QWidget) -> QLabel:
    lab = QLabel(text)
    lab.setBuddy(widget)
    return lab


class CasesPage(QWidget):
    help_topic = "cases"

    changed = Signal()  # the journal changed (e.g. a snabbärende became a case)

    def __init__(
        self,
        desk: Desk,
        lang: Lang,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lang = lang
        self.today = today
        self.detail: CaseDetail | None = None
        self.hours: HoursSummary | None = None  # the case's aktivitetsplikt hours
        self.model = CaseListModel(lang)
        self.runner = TaskRunner(self)  # reads the list of a big journal
        self.rows_runner = TaskRunner(self)  # and its next page as the list is scrolled
        # A page asked for while another was read (for a list no longer shown): read next.
        self._queued_rows: tuple[list[str], Callable[[list[CaseSummary] | None], None]] | None = (
            None
        )
        self._again = False  # the filters changed while the list was read: read it again
        self._pending: uuid.UUID | None = None  # a case to choose once the list is read
        self._quiet = False  # choosing the shown case's row: no need to read it again
        self._sized = False  # the columns have had their widths
        self._big = False  # the journal's list is read in the background
        outer = QVBoxLayout(self)

        self.search_edit = QLineEdit(objectName="caseSearch", clearButtonEnabled=True)
        self.search_edit.setPlaceholderText(self.tr("Part of a participant code"))
        self.site_combo = QComboBox(objectName="caseSiteFilter")
        self.coach_combo = QComboBox(objectName="caseCoachFilter")
        self.status_combo = QComboBox(objectName="caseStatusFilter")
        self.route_combo = QComboBox(objectName="caseRouteFilter")
        self.weeks_spin = QSpinBox(objectName="untouchedWeeks", minimum=0, maximum=52)
        self.weeks_spin.setValue(DEFAULT_WEEKS)
        self.weeks_spin.setSpecialValueText(self.tr("never"))
        self.new_button = QPushButton(self.tr("&New case… (Ctrl+N)"), objectName="newCaseButton")
        filters = QGridLayout()
        for col, (text, w, acc) in enumerate(
            (
                (self.tr("Find co&de:"), self.search_edit, self.tr("Search by participant code")),
                (self.tr("&Meeting place:"), self.site_combo, self.tr("Meeting place filter")),
                (self.tr("Co&ach:"), self.coach_combo, self.tr("Coach filter")),
            )
        ):
            w.setAccessibleName(acc)
            filters.addWidget(_labelled(text, w), 0, 2 * col)
            filters.addWidget(w, 0, 2 * col + 1)
        for col, (text, w, acc) in enumerate(
            (
                (self.tr("Stat&us:"), self.status_combo, self.tr("Open or closed cases")),
                (self.tr("Wa&y in:"), self.route_combo, self.tr("Route filter")),
                (
                    self.tr("Untouched after (&weeks):"),
                    self.weeks_spin,
                    self.tr("Highlight open cases untouched for this many weeks"),
                ),
            )
        ):
            w.setAccessibleName(acc)
            filters.addWidget(_labelled(text, w), 1, 2 * col)
            filters.addWidget(w, 1, 2 * col + 1)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(5, 1)
        filters.addWidget(self.new_button, 0, 6, 2, 1)
        outer.addLayout(filters)

        # Built in place, each container in its parent before its contents: a widget tree
        # moved into another parent is re-styled whole (the window's style sheet, #22).
        splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="casesSplitter")
        outer.addWidget(splitter, 1)
        self.view = QTableView(splitter, objectName="caseList", tabKeyNavigation=False)
        self.view.setAccessibleName(self.tr("Cases"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        # Widths from the headings and the first rows read, set once per list (never measured
        # over every row: a list may hold 50 000); a person may drag them wider.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(CaseColumn.START, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)  # a heading click sorts in the journal (SQL)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._build_case_panel(splitter)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 480])
        self.count_label = QLabel(objectName="caseCount")
        self.count_label.setAccessibleName(self.tr("Number of cases"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        self.under_30_button = QPushButton(self.tr("Under &30 hours…"), objectName="under30Button")
        self.under_30_button.setAccessibleName(
            self.tr("Participants with aktivitetsplikt under 30 hours a week")
        )
        self.under_30_button.setToolTip(
            self.tr("For the meeting place and coach chosen in the filters")
        )
        bottom.addWidget(self.under_30_button)
        outer.addLayout(bottom)

        self._fill_filters()
        self.search_edit.textChanged.connect(self.refresh)
        for combo in (self.site_combo, self.coach_combo, self.status_combo, self.route_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.weeks_spin.valueChanged.connect(self.refresh)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.order_changed.connect(self._read_list)
        self.new_button.clicked.connect(self._on_new_case)
        self.contact_button.clicked.connect(self._on_new_contact)
        self.close_button.clicked.connect(self._on_close_case)
        self.reopen_button.clicked.connect(self._on_reopen)
        self.follow_up_button.clicked.connect(self._on_follow_up)
        self.duty_button.clicked.connect(self._on_duty)
        self.hours_button.clicked.connect(self._on_duty_hours)
        self.under_30_button.clicked.connect(self._on_under_30)
        self.edit_contact_button.clicked.connect(self._on_edit_contact)
        self.remove_contact_button.clicked.connect(self._on_remove_contact)
        self.timeline.currentRowChanged.connect(self._update_contact_buttons)
        self.timeline.itemActivated.connect(self._on_edit_contact)  # Enter, double-click
        for keys, slot in (("Ctrl+N", self._on_new_case), ("Ctrl+K", self._on_new_contact)):
            sc = QShortcut(QKeySequence(keys), self, slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.timeline, self._on_remove_contact)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.refresh()

    def _build_case_panel(self, splitter: QSplitter) -> QWidget:
        panel = QWidget(splitter, objectName="casePanel")
        box = QVBoxLayout(panel)
        box.setContentsMargins(8, 0, 0, 0)
        self.case_title = QLabel(objectName="caseTitle", wordWrap=True)
        text_size.set_style_sheet(self.case_title, "font-size: 14pt; font-weight: 600;")
        self.case_info = QLabel(objectName="caseInfo", wordWrap=True)
        self.case_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hours_label = QLabel(objectName="caseHours", wordWrap=True)
        self.hours_label.setAccessibleName(self.tr("Aktivitetsplikt hours"))
        self.hours_label.setVisible(False)
        self.timeline = QListWidget(objectName="caseTimeline")
        self.timeline.setAccessibleName(self.tr("Timeline of the case"))
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)
        self.timeline.setAccessibleDescription(
            self.tr("Enter changes the chosen contact, Delete removes it.")
        )
        contact_buttons = QHBoxLayout()
        self.edit_contact_button = QPushButton(
            self.tr("Ed&it contact… (Enter)"), objectName="editContactButton"
        )
        self.remove_contact_button = QPushButton(
            self.tr("Remove contact… (Delete)"), objectName="removeContactButton"
        )
        for b, acc in (
            (self.edit_contact_button, self.tr("Change the chosen contact")),
            (self.remove_contact_button, self.tr("Remove the chosen contact with a reason")),
        ):
            b.setAccessibleName(acc)
            b.setToolTip(self.tr("Choose a contact in the timeline first."))
            b.setMinimumHeight(36)
            b.setEnabled(False)
            contact_buttons.addWidget(b)
        contact_buttons.addStretch(1)
        self.feedback_label = QLabel(objectName="caseFeedback", wordWrap=True)
        self.feedback_label.setProperty("muted", True)  # coloured by the theme
        buttons = QHBoxLayout()
        self.contact_button = QPushButton(
            self.tr("New &contact… (Ctrl+K)"), objectName="contactButton"
        )
        self.close_button = QPushButton(self.tr("Cl&ose case…"), objectName="closeCaseButton")
        self.reopen_button = QPushButton(self.tr("Reo&pen…"), objectName="reopenButton")
        self.follow_up_button = QPushButton(self.tr("&Follow-up…"), objectName="followUpButton")
        self.duty_button = QPushButton(self.tr("Ac&tivity requirement…"), objectName="dutyButton")
        self.hours_button = QPushButton(self.tr("Planned &hours…"), objectName="dutyHoursButton")
        for b, acc in (
            (self.contact_button, self.tr("Add a contact to the case")),
            (self.close_button, self.tr("Close the case with a reason")),
            (self.reopen_button, self.tr("Reopen the closed case")),
            (self.follow_up_button, self.tr("Record the follow-up after closing")),
            (self.duty_button, self.tr("Set or clear the decision on aktivitetsplikt")),
            (self.hours_button, self.tr("Plan the hours per week of the aktivitetsplikt")),
        ):
            b.setAccessibleName(acc)
            b.setMinimumHeight(36)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.new_button.setMinimumHeight(36)
        self.new_button.setAccessibleName(self.tr("Open a new case"))
        box.addWidget(self.case_title)
        box.addWidget(self.case_info)
        box.addWidget(self.hours_label)
        box.addWidget(QLabel(self.tr("Timeline:")))
        box.addWidget(self.timeline, 1)
        box.addLayout(contact_buttons)
        box.addWidget(self.feedback_label)
        box.addLayout(buttons)
        return panel

    def _fill_filters(self) -> None:
        self.reload_choices()
        select_data(self.site_combo, self.desk.site.id)
        for text, status in (
            (self.tr("Open"), Status.OPEN),
            (self.tr("Closed"), Status.CLOSED),
            (self.tr("All"), None),
        ):
            self.status_combo.addItem(text, status)
        self.route_combo.addItem(self.tr("Both routes"), None)
        for r in Route:
            self.route_combo.addItem(label(ROUTES, r, self.lang), r)

    def reload_choices(self) -> None:
        """Meeting places and staff for the filters (others may have been added meanwhile);
        the current choices stay."""
        known_sites, members = self.desk.journal.read(sites_and_staff)
        for combo, everyone, items in (
            (self.site_combo, self.tr("All meeting places"), [(x.name, x.id) for x in known_sites]),
            (self.coach_combo, self.tr("All coaches"), [(m.name, m.id) for m in members]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for text, value in items:
                combo.addItem(text, value)
            select_data(combo, current)
            combo.blockSignals(False)

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again (others may have written), keeping the case shown and the
        contact chosen in its timeline."""
        keep = self.detail.case.id if self.detail else None
        chosen = self.selected_event()
        self._read_list()  # chooses the row of the case shown
        self.show_case(keep)
        if chosen is not None and chosen.contact_id is not None:
            self.select_contact(chosen.contact_id)

    def case_filter(self) -> CaseFilter:
        return CaseFilter(
            site_id=self.site_combo.currentData(),
            coach_id=self.coach_combo.currentData(),
            status=current_enum(self.status_combo, Status),
            route=current_enum(self.route_combo, Route),
            code_search=self.search_edit.text(),
        )

    def _read_list(self) -> None:
        """The listing for the filters and order chosen: at once on a small journal; on a
        big one in the background, the list read meanwhile staying, and read again when it
        ends if the choices changed meanwhile."""
        if self.runner.busy:
            self._again = True
            return
        self._again = False
        journal, f, order = self.desk.journal, self.case_filter(), self.model.order
        weeks, today, first = self.weeks_spin.value(), self.today(), self.model.page_size
        # The case shown stays in sight: the rows are read as far as it, up to as many rows
        # as were read before (the list was scrolled to it) or, for a case chosen elsewhere,
        # SELECT_AHEAD.
        if self._pending is not None:
            keep, reach = self._pending, SELECT_AHEAD
        else:
            keep = self.detail.case.id if self.detail is not None else None
            reach = min(max(0, self.model.rowCount() - first), SELECT_AHEAD)

        def read(_progress: object = None) -> CaseListing:
            return journal.read(
                case_listing,
                f,
                order,
                weeks=weeks,
                today=today,
                first=first,
                keep=keep,
                reach=reach,
            )

        if not self._big:  # once big, the journal stays so (it is not counted again)
            self._big = journal.read(count_cases_up_to, AT_ONCE_CASES) >= AT_ONCE_CASES
        if not self._big:
            self._show_listing(read(), f, weeks, today)
            return
        self.count_label.setText(self.tr("Reading the cases…"))
        self.runner.run(
            read, lambda listing: self._on_listing(listing, f, weeks, today), self._on_list_failed
        )

    def _on_listing(self, listing: CaseListing, f: CaseFilter, weeks: int, today: date) -> None:
        if self._again:  # read for choices no longer made
            self._read_list()
            return
        self._show_listing(listing, f, weeks, today)

    def _on_list_failed(self, exc: BaseException) -> None:
        if self._again:
            self._read_list()
            return
        self.count_label.setStyleSheet("")
        self.count_label.setText(self.tr("The cases could not be read: %1").replace("%1", str(exc)))

    def wait_for_list(self) -> None:
        """Wait for a list being read in the background and show it."""
        for _ in range(3):  # the reading, and one for choices changed meanwhile
            if not self.runner.busy:
                break
            self.runner.finish()
        self.rows_runner.finish()  # a page read meanwhile

    def _read_rows(self, ids: Sequence[str]) -> list[CaseSummary]:
        return self.desk.journal.read(cases_by_ids, ids)

    def _read_rows_later(
        self, ids: Sequence[str], done: Callable[[list[CaseSummary] | None], None]
    ) -> None:
        """The next page of a big journal's list, read in the background."""
        self._queued_rows = (list(ids), done)  # the latest asked for wins
        self._next_rows()

    def _next_rows(self) -> None:
        if self._queued_rows is None or self.rows_runner.busy:
            return
        (ids, done), self._queued_rows = self._queued_rows, None
        journal = self.desk.journal

        def read(_progress: object) -> list[CaseSummary]:
            return journal.read(cases_by_ids, ids)

        def finished(rows: list[CaseSummary]) -> None:
            done(rows)
            self._next_rows()

        def failed(_exc: BaseException) -> None:
            done(None)  # not read: the next scroll asks again
            self._next_rows()

        self.rows_runner.run(read, finished, failed)

    def _show_listing(self, listing: CaseListing, f: CaseFilter, weeks: int, today: date) -> None:
        later = self._read_rows_later if self._big else None
        self.model.set_listing(listing, self._read_rows, weeks, today, later)
        # One meeting place chosen: its name in every row says nothing.
        self.view.setColumnHidden(CaseColumn.SITE, f.site_id is not None)
        self._size_columns()
        untouched = listing.untouched
        text = self.tr("%n case(s)", "", listing.total)
        if untouched:
            text += " · " + self.tr(
                "%n untouched for %1 or more (highlighted)", "", untouched
            ).replace("%1", self.tr("%n week(s)", "", weeks))
            self.count_label.setStyleSheet(f"background: {UNTOUCHED_COLOUR}; padding: 2px 6px;")
        else:
            self.count_label.setStyleSheet("")
        self.count_label.setText(text)
        pending, self._pending = self._pending, None
        if pending is not None:  # read as far as it already
            self._choose_in_list(pending, reach=0)
        elif self.detail is not None:
            self._choose_in_list(self.detail.case.id, reach=0)

    def _size_columns(self) -> None:
        """Each column as wide as its heading and its widest value in the first rows read;
        after the first list, a column only grows (a width dragged wider stays)."""
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        room = 3 * metrics.averageCharWidth()  # the cell's margins and a gap
        rows = self.model.rows[: self.model.page_size]
        columns = self.model.column_list()
        for col, column in enumerate(columns[:-1]):  # the last one stretches
            if self.view.isColumnHidden(col):
                continue
            values = {str(column.display(c)) for c in rows}
            widths = [metrics.horizontalAdvance(v) + room for v in values]
            width = max([header.sectionSizeHint(col), *widths])
            if self._sized:
                width = max(width, header.sectionSize(col))
            header.resizeSection(col, width)
        self._sized = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._sized = False  # a new text size: widths anew
            self._size_columns()

    def select_case(self, case_id: uuid.UUID) -> None:
        """Show a case and choose it in the list, read as far as it (within SELECT_AHEAD
        rows past those read; on a big journal in the background, the list read anew)."""
        self.feedback_label.clear()
        self.show_case(case_id)
        if not self.runner.busy and (not self._big or self.model.row_of(case_id) is not None):
            self._choose_in_list(case_id, reach=SELECT_AHEAD)
            return
        self._pending = case_id  # chosen when the list has been read as far as it
        self._read_list()  # a read under way: read again when it ends

    def _choose_in_list(self, case_id: uuid.UUID | None, reach: int) -> None:
        """Choose the case's row without reading the case again; the list is read on up to
        ``reach`` rows past those read to find it. Not in the list: nothing chosen."""
        row = None if case_id is None else self.model.row_of(case_id)
        if row is None and case_id is not None and reach:
            at = self.model.position(case_id)
            if at is not None and at < self.model.rowCount() + reach and self.model.fetch_to(at):
                row = self.model.row_of(case_id)
        self._quiet = True
        try:
            if row is None:
                self.view.clearSelection()
            else:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
        finally:
            self._quiet = False

    def _on_selection_changed(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows and not self._quiet:
            self.feedback_label.clear()
            self.show_case(self.model.case(rows[0].row()).id)

    # -- one case ---------------------------------------------------------------------------
    def show_case(self, case_id: uuid.UUID | None) -> None:
        self.detail = None
        self.hours = None
        if case_id is not None:
            self.detail = self.desk.journal.read(case_detail, case_id)
            if self.detail is not None:
                self.hours = self.desk.journal.read(case_hours, case_id)
        d = self.detail
        self.timeline.clear()
        if d is None:
            self.case_title.setText(self.tr("No case chosen"))
            self.case_info.setText(self.tr("Choose a case in the list, or open a new one."))
        else:
            title, info = describe_case(d.case, self.lang)
            self.case_title.setText(title)
            self.case_info.setText(info)
            self.timeline.addItems(timeline_lines(d, self.lang))
            for row, event in enumerate(d.events):
                self.timeline.item(row).setData(Qt.ItemDataRole.UserRole, event.contact_id)
        is_open = d is not None and d.case.is_open
        self.contact_button.setEnabled(d is not None)
        self.close_button.setEnabled(is_open)
        self.reopen_button.setEnabled(d is not None and not is_open)
        self.follow_up_button.setEnabled(d is not None and not is_open)
        self.duty_button.setEnabled(d is not None)
        self._show_hours()
        self._update_contact_buttons()

    def _show_hours(self) -> None:
        """The aktivitetsplikt line of the case shown: the decision, the planned hours and
        the latest attended, with a warning under 30 (hidden without a decision)."""
        h = self.hours
        has = h is not None and h.has_decision
        self.hours_button.setEnabled(has)
        self.hours_label.setVisible(has)
        if h is None or h.duty_from is None:
            self.hours_label.clear()
            return
        parts = [self.tr("Aktivitetsplikt from %1").replace("%1", h.duty_from.isoformat())]
        if h.duty_to is not None:
            parts[0] += " " + self.tr("to %1").replace("%1", h.duty_to.isoformat())
        parts.append(self.tr("Planned: %n hour(s) a week", "", h.planned))
        if h.attended is not None and h.attended_on is not None:
            parts.append(
                self.tr("Latest attended: %n hour(s) (%1)", "", h.attended).replace(
                    "%1", h.attended_on.isoformat()
                )
            )
        text = " · ".join(parts)
        if h.planned_under or h.attended_under:
            text += "\n⚠ " + self.tr("Under 30 hours a week")
        self.hours_label.setText(text)

    # -- the timeline -----------------------------------------------------------------------
    def selected_event(self) -> TimelineEvent | None:
        """The timeline's current line as an event of the case shown (None if none is)."""
        row = self.timeline.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.events):
            return None
        return self.detail.events[row]

    def selected_contact(self) -> TimelineEvent | None:
        event = self.selected_event()
        return event if event is not None and event.contact_id is not None else None

    def select_contact(self, contact_id: uuid.UUID) -> bool:
        for row in range(self.timeline.count()):
            if self.timeline.item(row).data(Qt.ItemDataRole.UserRole) == contact_id:
                self.timeline.setCurrentRow(row)
                return True
        return False

    def _update_contact_buttons(self) -> None:
        on_contact = self.selected_contact() is not None
        self.edit_contact_button.setEnabled(on_contact)
        self.remove_contact_button.setEnabled(on_contact)

    # -- actions ----------------------------------------------------------------------------
    def _on_new_case(self) -> None:
        known_sites, members = self.desk.journal.read(sites_and_staff)
        dialog = NewCaseDialog(
            known_sites,
            members,
            self.desk.site.id,
            self.desk.staff.id,
            self.lang,
            self.today(),
            self._quick_cases,
            self._create_case,
            self,
        )
        if dialog.exec() != NewCaseDialog.DialogCode.Accepted:
            return
        if current_enum(self.status_combo, Status) is Status.CLOSED:
            select_data(self.status_combo, Status.OPEN)
        self.search_edit.clear()
        self.refresh()
        assert isinstance(dialog.result_value, uuid.UUID)
        self.select_case(dialog.result_value)
        self.changed.emit()

    def _quick_cases(self, site_id: uuid.UUID) -> list:
        since = date.fromordinal(self.today().toordinal() - QUICK_CASE_DAYS)
        return self.desk.journal.read(convertible_quick_cases, site_id, since)

    def _create_case(self, v: NewCase) -> uuid.UUID:
        me = self.desk.staff.id
        if v.quick_case_id is not None:
            return self.desk.journal.write(
                cases.convert_quick_case,
                v.quick_case_id,
                route=v.route,
                author_id=me,
                code=v.code,
                coach_id=v.coach_id,
                referral_source=v.referral_source,
            )
        return self.desk.journal.write(
            cases.open_case,
            site_id=v.site_id,
            route=v.route,
            start=v.start,
            gender=v.gender,
            age_band=v.age_band,
            author_id=me,
            code=v.code,
            coach_id=v.coach_id,
            referral_source=v.referral_source,
            today=self.today(),
        )

    def _on_new_contact(self) -> None:
        d = self.detail
        if d is None:
            return
        case_id = d.case.id
        closed = d.case.closure is not None
        dialog = ContactDialog(
            describe_case(d.case, self.lang)[0],
            d.case.start_date,
            self.today(),
            self.lang,
            lambda on, kind, note, **hours: self._write(
                cases.add_contact,
                case_id,
                on,
                kind,
                note,
                self.desk.staff.id,
                today=self.today(),
                **hours,
            ),
            ContactType.FOLLOW_UP if closed else ContactType.CONVERSATION,
            self,
            duty=self.hours is not None and self.hours.has_decision,
        )
        if dialog.exec() == ContactDialog.DialogCode.Accepted:
            self.refresh()

    def _on_edit_contact(self) -> None:
        d, e = self.detail, self.selected_contact()
        if d is None or e is None or e.contact_id is None or e.contact_type is None:
            return
        contact_id = e.contact_id
        dialog = ContactDialog(
            describe_case(d.case, self.lang)[0],
            d.case.start_date,
            self.today(),
            self.lang,
            lambda on, kind, note, **hours: self._write(
                cases.change_contact, contact_id, on, kind, note, today=self.today(), **hours
            ),
            parent=self,
            initial=(e.on, e.contact_type, e.note or ""),
            duty=(self.hours is not None and self.hours.has_decision)
            or e.attended_hours is not None,
            attended=e.attended_hours,
        )
        if dialog.exec() != ContactDialog.DialogCode.Accepted:
            return
        self.refresh()
        self.select_contact(contact_id)
        self.feedback_label.setText(
            self.tr("The contact is changed.")
            if dialog.result_value
            else self.tr("Nothing was changed in the contact.")
        )

    def _on_remove_contact(self) -> None:
        d, e = self.detail, self.selected_contact()
        if d is None or e is None or e.contact_id is None:
            return
        contact_id = e.contact_id
        dialog = RemoveContactDialog(
            describe_case(d.case, self.lang)[0],
            self.timeline.currentItem().text(),
            lambda reason: self._write(cases.remove_contact, contact_id, reason),
            self,
        )
        if dialog.exec() != RemoveContactDialog.DialogCode.Accepted:
            return
        self.refresh()
        self.feedback_label.setText(self.tr("The contact is removed."))

    def _on_close_case(self) -> None:
        d = self.detail
        if d is None or not d.case.is_open:
            return
        case_id = d.case.id
        reopened = [c.reopened_on for c in d.closures if c.reopened_on]
        earliest = max([d.case.start_date, *reopened])

        def submit(on: date, reason: ClosureReason, summer: bool, studies: bool) -> None:
            self._write(
                cases.close_case,
                case_id,
                on,
                reason,
                self.desk.staff.id,
                summer_job=summer,
                municipal_studies=studies,
                today=self.today(),
            )

        dialog = CloseCaseDialog(
            describe_case(d.case, self.lang)[0], earliest, self.today(), self.lang, submit, self
        )
        if dialog.exec() == CloseCaseDialog.DialogCode.Accepted:
            self.refresh()

    def _on_reopen(self) -> None:
        d = self.detail
        if d is None or d.case.closure is None:
            return
        case_id = d.case.id
        dialog = ReopenDialog(
            describe_case(d.case, self.lang)[0],
            d.case.closure.closed_on,
            self.today(),
            lambda on: self._write(
                cases.reopen_case, case_id, on, self.desk.staff.id, today=self.today()
            ),
            self,
        )
        if dialog.exec() == ReopenDialog.DialogCode.Accepted:
            self.refresh()

    def follow_up(self, *, run: bool = True) -> FollowUpDialog | None:
        """The follow-up dialog for the closed case shown (``run`` False: built, not run)."""
        d = self.detail
        if d is None or d.case.closure is None:
            return None
        case_id = d.case.id
        try:
            form = self.desk.journal.read(follow_up_form, case_id)
        except ValidationError as exc:
            QMessageBox.information(self, self.tr("Follow-up after closing"), str(exc))
            return None
        dialog = FollowUpDialog(
            describe_case(d.case, self.lang)[0],
            form,
            self.today(),
            self.lang,
            lambda on, status: self._write(
                record_follow_up, case_id, on, status, self.desk.staff.id, today=self.today()
            ),
            self,
        )
        if run and dialog.exec() == FollowUpDialog.DialogCode.Accepted:
            self.refresh()
        return dialog

    def _on_follow_up(self) -> None:
        self.follow_up()

    def duty(self, *, run: bool = True) -> DutyDialog | None:
        """The aktivitetsplikt dialog for the case shown (``run`` False: built, not run)."""
        d = self.detail
        if d is None:
            return None
        case_id = d.case.id
        dialog = DutyDialog(
            describe_case(d.case, self.lang)[0],
            d.case.start_date,
            d.case.closure.closed_on if d.case.closure else None,
            (d.case.duty_from, d.case.duty_to),
            self.today(),
            lambda first, last: self._write(
                cases.set_duty, case_id, first, last, today=self.today()
            ),
            self,
        )
        if run and dialog.exec() == DutyDialog.DialogCode.Accepted:
            self.refresh()
        return dialog

    def _on_duty(self) -> None:
        self.duty()

    def duty_hours(self, *, run: bool = True) -> DutyHoursDialog | None:
        """The plan dialog for the case shown, with a decision on aktivitetsplikt (``run``
        False: built, not run)."""
        d = self.detail
        if d is None or self.hours is None or not self.hours.has_decision:
            return None
        case_id = d.case.id
        summary, kinds = self.desk.journal.read(plan_form, case_id)
        dialog = DutyHoursDialog(
            describe_case(d.case, self.lang)[0],
            summary,
            kinds,
            lambda lines: self._write(set_plan, case_id, lines, self.desk.staff.id),
            self,
        )
        if run and dialog.exec() == DutyHoursDialog.DialogCode.Accepted:
            self.refresh()
            self.feedback_label.setText(self.tr("The planned hours are saved."))
        return dialog

    def _on_duty_hours(self) -> None:
        self.duty_hours()

    def under_30_list(self, *, run: bool = True) -> Under30Dialog:
        """The coach's list of participants under 30 hours, for the meeting place and coach
        chosen in the filters; opening a line shows its case (``run`` False: built, not run)."""
        rows = self.desk.journal.read(
            under_30,
            coach_id=self.coach_combo.currentData(),
            site_id=self.site_combo.currentData(),
            as_of=self.today(),
        )
        intro = self.tr(
            "Open cases with a running decision on aktivitetsplikt whose planned hours a week, "
            "or latest attended hours, are under 30 (%1 · %2, %3)."
        )
        intro = (
            intro.replace("%1", self.site_combo.currentText())
            .replace("%2", self.coach_combo.currentText())
            .replace("%3", self.today().isoformat())
        )
        dialog = Under30Dialog(intro, rows, self)
        if run and dialog.exec() == Under30Dialog.DialogCode.Accepted:
            self.show_chosen(dialog)
        return dialog

    def show_chosen(self, dialog: Under30Dialog) -> None:
        """Show the case chosen in the under-30 list (in the list too: open cases, no search)."""
        if dialog.chosen is None:
            return
        if current_enum(self.status_combo, Status) is Status.CLOSED:
            select_data(self.status_combo, Status.OPEN)
        self.search_edit.clear()
        self.select_case(dialog.chosen)

    def _on_under_30(self) -> None:
        self.under_30_list()

    def _write(self, action: Callable[..., object], *args: object, **kwargs: object) -> object:
        """One unit of work; a ValidationError reaches the dialog, which shows it."""
        return self.desk.journal.write(action, *args, **kwargs)
