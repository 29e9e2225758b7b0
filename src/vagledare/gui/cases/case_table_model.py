"""The case list as a Qt table model; cases untouched for N weeks are highlighted.

The list is read a page at a time: a listing (``journal.case_list.case_listing``) gives every
matching case's id in the list's order, the counts and the first page; the view asks for more
rows as it is scrolled to the end (``canFetchMore``/``fetchMore``), read by their ids through
the fetch function the page gives (on a big journal in the background: the rows are added when
read, the view scrolling on meanwhile). Sorting by a column asks the page to read the listing
again in the new order (``order_changed``): the journal sorts, not Python.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.journal.case_codes import ROUTE_SHORT, label, reason_info
from vagledare.journal.case_list import CaseListing, CaseOrder, CaseSort, CaseSummary
from vagledare.journal.terms import Lang

CASE_ROLE = Qt.ItemDataRole.UserRole + 1
UNTOUCHED_ROLE = Qt.ItemDataRole.UserRole + 2
UNTOUCHED_COLOUR = "#fbe3b5"

# Rows read at a time: a screenful many times over, and read in a few milliseconds.
PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[str]], list[CaseSummary]]
# Reads rows by their ids in the background and hands them over (None: not read) on the GUI
# thread later.
FetchLater = Callable[[Sequence[str], Callable[[list[CaseSummary] | None], None]], None]


class CaseColumn(enum.IntEnum):
    CODE = 0
    ROUTE = 1
    SITE = 2
    COACH = 3
    START = 4
    LAST = 5
    STATUS = 6


SORT_KEYS = {
    CaseColumn.CODE: CaseSort.CODE,
    CaseColumn.ROUTE: CaseSort.ROUTE,
    CaseColumn.SITE: CaseSort.SITE,
    CaseColumn.COACH: CaseSort.COACH,
    CaseColumn.START: CaseSort.START,
    CaseColumn.LAST: CaseSort.LAST_ACTIVITY,
    CaseColumn.STATUS: CaseSort.STATUS,
}


class CaseListModel(RowTableModel[CaseSummary]):
    order_changed = Signal()  # a column header was clicked: read the list in the new order

    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self._lang = lang
        self._weeks = 4
        self._today = date.today()
        self._order = CaseOrder(lang=lang)
        self._ids: list[str] = []  # every case in the list, in order (the rows: a prefix)
        self._positions: dict[str, int] | None = None
        self._untouched = 0
        self._fetch: Fetch | None = None
        self._fetch_later: FetchLater | None = None
        self._waiting = False  # a page is being read in the background
        self._generation = 0  # which listing a page read in the background belongs to
        self.page_size = PAGE_SIZE  # rows read at a time

    # -- the rows ------------------------------------------------------------------------
    def set_listing(
        self,
        listing: CaseListing,
        fetch: Fetch,
        weeks: int,
        today: date,
        fetch_later: FetchLater | None = None,
    ) -> None:
        """Show a listing: its first rows now, the rest as the view scrolls (``fetch`` reads
        rows by their ids; ``fetch_later``, if given, reads the next page in the
        background)."""
        with self.resetting():
            self._generation += 1
            self._waiting = False
            self._fetch_later = fetch_later
            self._ids = list(listing.ids)  # its own: a case gone is dropped from it
            self._positions = None
            self._rows = list(listing.rows)
            self._untouched = listing.untouched
            self._fetch = fetch
            self._weeks = weeks
            self._today = today

    def set_rows(self, rows: Iterable[CaseSummary]) -> None:
        """A fixed list of cases, all read (no paging)."""
        with self.resetting():
            self._generation += 1
            self._waiting = False
            self._rows = list(rows)
            self._ids, self._positions, self._fetch, self._fetch_later = [], None, None, None
            self._untouched = sum(1 for c in self._rows if c.untouched(self._weeks, self._today))

    @property
    def order(self) -> CaseOrder:
        return self._order

    @property
    def total(self) -> int:
        """How many cases the list holds, read or not yet."""
        return max(len(self._ids), len(self._rows))

    def case(self, row: int) -> CaseSummary:
        return self.row(row)

    def row_of(self, case_id: object) -> int | None:
        """The row of a case among those read so far."""
        return next((i for i, c in enumerate(self._rows) if c.id == case_id), None)

    def position(self, case_id: uuid.UUID) -> int | None:
        """Where a case is in the whole list (read or not), None if the list leaves it out."""
        if self._positions is None:
            self._positions = {x: i for i, x in enumerate(self._ids)}
        for text in (case_id.hex, str(case_id)):  # SQLite keeps hex, PostgreSQL the dashes
            if text in self._positions:
                return self._positions[text]
        return self.row_of(case_id)

    def untouched_count(self) -> int:
        return self._untouched

    @property
    def waiting(self) -> bool:
        """A page is being read in the background."""
        return self._waiting

    def fetch_to(self, row: int) -> bool:
        """Read the rows up to ``row`` (inclusive) now, if they are not yet; False if the list
        is shorter. A page being read in the background is let go."""
        if self._waiting:
            self._generation += 1
            self._waiting = False
        while len(self._rows) <= row and self.canFetchMore():
            self._fetch_rows(row + 1 - len(self._rows))
        return len(self._rows) > row

    # -- QAbstractItemModel: paging and sorting -----------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return (
            not parent.isValid()
            and self._fetch is not None
            and not self._waiting
            and len(self._rows) < len(self._ids)
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        if self._fetch_later is None:
            self._fetch_rows(self.page_size)
            return
        start = len(self._rows)
        wanted = self._ids[start : start + self.page_size]
        generation = self._generation
        self._waiting = True

        def arrived(rows: list[CaseSummary] | None) -> None:
            if generation != self._generation:  # for a list no longer shown
                return
            self._waiting = False
            if rows is not None:
                self._add_rows(start, wanted, rows)

        self._fetch_later(wanted, arrived)

    def _fetch_rows(self, at_least: int) -> None:
        assert self._fetch is not None
        start = len(self._rows)
        pages = -(-at_least // self.page_size)  # whole pages
        wanted = self._ids[start : start + pages * self.page_size]
        self._add_rows(start, wanted, self._fetch(wanted))

    def _add_rows(self, start: int, wanted: list[str], rows: list[CaseSummary]) -> None:
        """Add the rows read for ``wanted`` (in that order; a case erased since the listing
        is left out) after row ``start``."""
        if len(rows) < len(wanted):  # keep the ids in step with the rows
            present = {c.id for c in rows}
            kept = [x for x in wanted if uuid.UUID(x) in present]
            self._ids[start : start + len(wanted)] = kept
            self._positions = None
        if rows:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(CaseColumn(column)) if 0 <= column < len(CaseColumn) else None
        if key is None:
            return
        wanted = CaseOrder(key, order == Qt.SortOrder.DescendingOrder, self._lang)
        if wanted != self._order:
            self._order = wanted
            self.order_changed.emit()

    # -- what the rows show -------------------------------------------------------------------
    def columns(self) -> list[Column[CaseSummary]]:
        columns: dict[CaseColumn, Column[CaseSummary]] = {
            CaseColumn.CODE: Column(self.tr("Code"), lambda c: c.code),
            CaseColumn.ROUTE: Column(
                self.tr("Route"), lambda c: label(ROUTE_SHORT, c.route, self._lang)
            ),
            CaseColumn.SITE: Column(self.tr("Meeting place"), lambda c: c.site),
            CaseColumn.COACH: Column(self.tr("Coach"), lambda c: c.coach or "–"),
            CaseColumn.START: Column(self.tr("Started"), lambda c: c.start_date.isoformat()),
            CaseColumn.LAST: Column(
                self.tr("Last activity"), lambda c: c.last_activity.isoformat()
            ),
            CaseColumn.STATUS: Column(self.tr("Status"), self._status),
        }
        return [columns[c] for c in CaseColumn]

    def _status(self, c: CaseSummary) -> str:
        if c.closure is not None:
            reason = reason_info(c.closure.reason).label(self._lang)
            return (
                self.tr("Closed %1 · %2")
                .replace("%1", c.closure.closed_on.isoformat())
                .replace("%2", reason)
            )
        if c.untouched(self._weeks, self._today):
            weeks = (self._today - c.last_activity).days // 7
            return self.tr("Open · %n week(s) untouched", "", weeks)
        return self.tr("Open")

    def row_data(self, c: CaseSummary, role: int) -> Any:
        untouched = c.untouched(self._weeks, self._today)
        if role == Qt.ItemDataRole.BackgroundRole and untouched:
            return QBrush(QColor(UNTOUCHED_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole and untouched:
            return QBrush(QColor("#1d2733"))
        if role == Qt.ItemDataRole.ToolTipRole and untouched:
            return self.tr("Nothing recorded since %1").replace("%1", c.last_activity.isoformat())
        if role == CASE_ROLE:
            return c
        if role == UNTOUCHED_ROLE:
            return untouched
        return None
