"""The case list a page at a time (#22): the journal sorts and counts, the window reads rows
as the list is scrolled, a heading click sorts in SQL, and the case shown stays chosen."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from translation_helpers import translated

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from vagledare.app.desk import Desk
from vagledare.gui.cases import cases_page
from vagledare.gui.cases.case_table_model import CaseColumn, CaseListModel
from vagledare.gui.cases.cases_page import CasesPage
from vagledare.gui.common.combo import select_data
from vagledare.journal import cases, staff
from vagledare.journal.case_codes import ROUTE_SHORT, label
from vagledare.journal.case_list import (
    CaseFilter,
    CaseListing,
    CaseOrder,
    CaseSort,
    CaseSummary,
    Status,
    case_listing,
    cases_by_ids,
    count_cases_up_to,
    list_cases,
)
from vagledare.journal.models import ClosureReason, ContactType, Gender, Route

TODAY = date(2023, 6, 15)
N = 13  # cases: three pages of five


def build(desk: Desk) -> list[uuid.UUID]:
    """Thirteen cases with varied codes, routes, coaches, starts, contacts and closings;
    some share a start day (the ties), some are untouched, some closed, one reopened."""
    ids = []
    with desk.journal.session() as s:
        other = staff.ensure_staff(s, "CD")
        for i in range(N):
            start = date(2023, 1, 2) + timedelta(days=7 * (i // 2))  # pairs share a day
            case_id = cases.open_case(
                s,
                site_id=desk.site.id,
                route=Route.REFERRED if i % 3 == 0 else Route.CITIZEN_SERVICE,
                start=start,
                gender=Gender.WOMAN,
                age_band="25-34",
                author_id=desk.staff.id,
                code=f"FRÖ-2023-{(i * 7) % N + 1:04}",
                coach_id=None if i % 4 == 0 else (other.id if i % 2 else desk.staff.id),
                today=TODAY,
            )
            if i % 3 == 1:
                cases.add_contact(
                    s,
                    case_id,
                    TODAY - timedelta(days=3 * i),
                    ContactType.CONVERSATION,
                    None,
                    None,
                    today=TODAY,
                )
            if i % 5 == 2:
                cases.close_case(
                    s, case_id, start + timedelta(days=40), ClosureReason.STUDIES, None, today=TODAY
                )
            if i == 7:
                cases.reopen_case(s, case_id, start + timedelta(days=60), None, today=TODAY)
            ids.append(case_id)
    return ids


@pytest.fixture
def page(desk: Desk, qtbot) -> Iterator[CasesPage]:  # noqa: ANN001
    """The page in English (counts in their plural forms) on thirteen cases, every case
    chosen (open and closed), five rows read at a time."""
    build(desk)
    with translated("en"):
        p = CasesPage(desk, "en", today=lambda: TODAY)
        qtbot.addWidget(p)
        p.model.page_size = 5
        select_data(p.status_combo, None)  # read anew
        p.resize(1200, 700)
        p.show()
        yield p


def codes(rows: list[CaseSummary]) -> list[str]:
    return [c.code for c in rows]


def shown(page: CasesPage) -> list[str]:
    return [page.model.case(i).code for i in range(page.model.rowCount())]


def expected(rows: list[CaseSummary], key: CaseSort, descending: bool) -> list[str]:
    """The order the list promises, worked out in Python from every case."""

    def column(c: CaseSummary) -> object:
        if key is CaseSort.CODE:
            return c.code
        if key is CaseSort.ROUTE:
            return label(ROUTE_SHORT, c.route, "en").casefold()
        if key is CaseSort.COACH:
            return c.coach or ""
        if key is CaseSort.SITE:
            return c.site
        if key is CaseSort.LAST_ACTIVITY:
            return c.last_activity
        if key is CaseSort.STATUS:
            return c.closure.closed_on if c.closure else date.min
        raise AssertionError(key)

    if key is CaseSort.START:
        ordered = sorted(rows, key=lambda c: (c.start_date, c.code, c.id), reverse=descending)
        return codes(ordered)
    ties = sorted(rows, key=lambda c: (c.start_date, c.code, c.id), reverse=True)
    return codes(sorted(ties, key=column, reverse=descending))  # stable: ties stay latest first


# -- the journal: sorted and counted in SQL --------------------------------------------------
@pytest.mark.parametrize("key", list(CaseSort))
@pytest.mark.parametrize("descending", [False, True])
def test_the_journal_sorts_by_every_column(desk: Desk, key: CaseSort, descending: bool) -> None:
    build(desk)
    everything = desk.journal.read(list_cases)
    listing = desk.journal.read(
        case_listing, CaseFilter(), CaseOrder(key, descending, "en"), weeks=4, today=TODAY, first=N
    )
    assert codes(listing.rows) == expected(everything, key, descending)
    assert [uuid.UUID(x) for x in listing.ids] == [c.id for c in listing.rows]


def test_the_default_order_is_the_most_recently_started_first(desk: Desk) -> None:
    build(desk)
    listing = desk.journal.read(case_listing, CaseFilter(), weeks=0, today=TODAY, first=N)
    assert listing.rows == desk.journal.read(list_cases)  # the same rows, the same order
    assert codes(listing.rows) == expected(listing.rows, CaseSort.START, True)


@pytest.mark.parametrize("weeks", [0, 1, 4, 11, 30])
@pytest.mark.parametrize("status", [None, Status.OPEN, Status.CLOSED])
def test_the_untouched_count_is_the_untouched_cases(
    desk: Desk, weeks: int, status: Status | None
) -> None:
    build(desk)
    f = CaseFilter(status=status)
    listing = desk.journal.read(case_listing, f, weeks=weeks, today=TODAY, first=2)
    everything = desk.journal.read(list_cases, status=status)
    assert listing.total == len(everything) and len(listing.rows) == min(2, len(everything))
    assert listing.untouched == sum(c.untouched(weeks, TODAY) for c in everything)


def test_rows_are_read_by_their_ids_in_the_order_asked(desk: Desk) -> None:
    ids = build(desk)
    listing = desk.journal.read(case_listing, CaseFilter(), weeks=4, today=TODAY, first=0)
    assert listing.rows == [] and listing.total == N
    some = [listing.ids[7], listing.ids[2], uuid.uuid4().hex, listing.ids[11]]  # one unknown
    rows = desk.journal.read(cases_by_ids, some)
    assert [c.id for c in rows] == [uuid.UUID(x) for x in (some[0], some[1], some[3])]
    by_id = {c.id: c for c in desk.journal.read(list_cases)}
    assert rows == [by_id[c.id] for c in rows]  # the same summaries as the whole list's
    assert desk.journal.read(cases_by_ids, [ids[0]]) == [by_id[ids[0]]]
    assert desk.journal.read(count_cases_up_to, 5) == 5
    assert desk.journal.read(count_cases_up_to, 100) == N


def test_the_rows_go_on_as_far_as_the_case_to_keep_within_reach(desk: Desk) -> None:
    build(desk)
    everything = desk.journal.read(list_cases)
    keep = everything[9].id

    def listing(reach: int) -> list[CaseSummary]:
        return desk.journal.read(
            case_listing, CaseFilter(), weeks=4, today=TODAY, first=5, keep=keep, reach=reach
        ).rows

    assert listing(10) == everything[:10]
    assert listing(4) == everything[:5]  # beyond reach: the first page only
    assert listing(5) == everything[:10]
    assert (
        desk.journal.read(
            case_listing,
            CaseFilter(),
            weeks=4,
            today=TODAY,
            first=5,
            keep=everything[2].id,
            reach=9,
        ).rows
        == everything[:5]
    )


# -- the window: a page at a time -------------------------------------------------------------
def test_the_list_shows_a_page_and_reads_the_next_as_it_is_scrolled(
    page: CasesPage, qtbot, qtmodeltester
) -> None:  # noqa: ANN001
    everything = page.desk.journal.read(list_cases)
    model = page.model
    assert model.rowCount() == 5 and model.total == N and model.canFetchMore()
    assert shown(page) == codes(everything[:5])
    assert page.count_label.text().startswith(f"{N} cases")  # every case counted, not the read
    model.fetchMore()
    assert model.rowCount() == 10 and shown(page) == codes(everything[:10])
    page.view.scrollToBottom()  # the view asks for the rest
    qtbot.waitUntil(lambda: model.rowCount() == N)
    assert shown(page) == codes(everything) and not model.canFetchMore()
    model.fetchMore()  # nothing more: nothing happens
    assert model.rowCount() == N
    qtmodeltester.check(model)


def test_the_counts_cover_the_rows_not_yet_read(page: CasesPage) -> None:
    everything = page.desk.journal.read(list_cases)
    untouched = sum(c.untouched(4, TODAY) for c in everything)
    assert untouched > sum(c.untouched(4, TODAY) for c in everything[:5])  # some beyond page 1
    assert page.model.untouched_count() == untouched
    assert page.count_label.text() == (
        f"{N} cases · {untouched} untouched for 4 weeks or more (highlighted)"
    )


def test_a_heading_click_sorts_in_the_journal(
    page: CasesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[CaseOrder] = []
    real = cases_page.case_listing

    def spy(s, f, order, **kw):  # noqa: ANN001, ANN003, ANN202
        asked.append(order)
        return real(s, f, order, **kw)

    monkeypatch.setattr(cases_page, "case_listing", spy)
    everything = page.desk.journal.read(list_cases)
    header = page.view.horizontalHeader()
    page.view.sortByColumn(CaseColumn.CODE, Qt.SortOrder.AscendingOrder)
    assert asked == [CaseOrder(CaseSort.CODE, False, "en")]
    assert shown(page) == expected(everything, CaseSort.CODE, False)[:5]
    assert header.sortIndicatorSection() == CaseColumn.CODE
    page.view.sortByColumn(CaseColumn.LAST, Qt.SortOrder.DescendingOrder)
    assert shown(page) == expected(everything, CaseSort.LAST_ACTIVITY, True)[:5]
    page.model.fetchMore()  # the next page in the same order
    assert shown(page) == expected(everything, CaseSort.LAST_ACTIVITY, True)[:10]
    page.weeks_spin.setValue(2)  # a refresh keeps the order
    assert asked[-1] == CaseOrder(CaseSort.LAST_ACTIVITY, True, "en")
    page.view.sortByColumn(CaseColumn.LAST, Qt.SortOrder.DescendingOrder)  # the same: no read
    assert len(asked) == 3


def test_the_case_shown_stays_chosen_when_the_list_is_read_again(page: CasesPage) -> None:
    page.view.selectRow(3)
    case_id = page.model.case(3).id
    assert page.detail is not None and page.detail.case.id == case_id
    page.refresh()
    rows = page.view.selectionModel().selectedRows()
    assert [page.model.case(r.row()).id for r in rows] == [case_id]
    page.view.sortByColumn(CaseColumn.CODE, Qt.SortOrder.DescendingOrder)
    row = page.model.row_of(case_id)
    rows = page.view.selectionModel().selectedRows()
    if row is None:  # sorted beyond the rows read: shown beside the list, not chosen in it
        assert rows == []
    else:
        assert [r.row() for r in rows] == [row]
    assert page.detail is not None and page.detail.case.id == case_id
    page.search_edit.setText("no such code")
    assert page.model.rowCount() == 0 and page.detail.case.id == case_id


def test_choosing_a_case_further_down_reads_the_list_as_far_as_it(page: CasesPage) -> None:
    everything = page.desk.journal.read(list_cases)
    last = everything[-1]
    assert page.model.row_of(last.id) is None  # not read yet
    page.select_case(last.id)
    assert page.model.rowCount() == N

    def chosen() -> list[uuid.UUID]:
        rows = page.view.selectionModel().selectedRows()
        return [page.model.case(r.row()).id for r in rows]

    assert chosen() == [last.id]
    assert page.detail is not None and page.detail.case.id == last.id
    page.refresh()  # read again: as far as before, the case still chosen
    assert page.model.rowCount() == N and chosen() == [last.id]
    page.view.sortByColumn(CaseColumn.START, Qt.SortOrder.AscendingOrder)  # now the first
    assert page.model.rowCount() == 5 and chosen() == [last.id]


def test_columns_are_sized_from_the_first_page_not_measured_on_every_row(
    page: CasesPage,
) -> None:
    header = page.view.horizontalHeader()
    modes = {header.sectionResizeMode(i) for i in range(page.model.columnCount())}
    assert modes == {QHeaderView.ResizeMode.Interactive}
    metrics = page.view.fontMetrics()
    widest = max(metrics.horizontalAdvance(c.code) for c in page.model.rows)
    assert header.sectionSize(CaseColumn.CODE) > widest
    header.resizeSection(CaseColumn.CODE, 400)  # dragged wider: stays
    page.refresh()
    assert header.sectionSize(CaseColumn.CODE) == 400


def test_a_big_journal_is_read_in_the_background(
    page: CasesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cases_page, "AT_ONCE_CASES", 10)
    everything = page.desk.journal.read(list_cases)

    def chosen() -> list[uuid.UUID]:
        return [page.model.case(r.row()).id for r in page.view.selectionModel().selectedRows()]

    page.view.selectRow(1)
    first_chosen = page.model.case(1).id
    page.refresh()
    assert page.runner.busy and page.count_label.text() == "Reading the cases…"
    assert page.model.rowCount() == 5  # the rows read before stay meanwhile
    assert page.detail is not None and page.detail.case.id == first_chosen
    select_data(page.status_combo, Status.OPEN)  # changed meanwhile: read again after
    page.wait_for_list()
    assert not page.runner.busy
    open_cases = [c for c in everything if c.is_open]
    assert shown(page) == codes(open_cases[:5]) and chosen() == [first_chosen]
    assert page.count_label.text().startswith(f"{len(open_cases)} cases")
    assert page.detail is not None and page.detail.case.id == first_chosen

    # A case chosen elsewhere, beyond the rows read: the list is read again as far as it,
    # in the background too (never row by row on the window's thread).
    far = open_cases[-1]
    page.select_case(far.id)
    assert page.runner.busy and page.detail.case.id == far.id
    page.wait_for_list()
    assert page.model.rowCount() == len(open_cases) and chosen() == [far.id]

    # Chosen while a read runs: that read's rows are for no case; read again as far as it.
    page.view.sortByColumn(CaseColumn.START, Qt.SortOrder.AscendingOrder)
    assert page.runner.busy
    page.select_case(open_cases[-2].id)
    page.wait_for_list()
    assert chosen() == [open_cases[-2].id]


def test_a_big_journal_reads_the_next_page_in_the_background(
    page: CasesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cases_page, "AT_ONCE_CASES", 10)
    everything = page.desk.journal.read(list_cases)
    page.refresh()
    page.wait_for_list()
    model = page.model
    assert shown(page) == codes(everything[:5])
    model.fetchMore()
    assert model.waiting and page.rows_runner.busy and not model.canFetchMore()
    assert model.rowCount() == 5  # added when read
    model.fetchMore()  # asked again meanwhile: nothing more
    page.rows_runner.finish()
    assert not model.waiting and shown(page) == codes(everything[:10])

    # A page still being read when the list is read anew is for a list no longer shown.
    model.fetchMore()
    assert model.waiting
    select_data(page.status_combo, Status.CLOSED)
    page.wait_for_list()
    closed = [c for c in everything if not c.is_open]
    assert shown(page) == codes(closed[:5]) and not model.waiting
    assert model.canFetchMore() == (len(closed) > 5)


def test_a_failed_read_in_the_background_says_so(
    page: CasesPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cases_page, "AT_ONCE_CASES", 10)

    def broken(*_args: object, **_kw: object) -> CaseListing:
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(cases_page, "case_listing", broken)
    page.refresh()
    page.wait_for_list()
    assert page.count_label.text() == "The cases could not be read: disk I/O error"


def test_a_case_gone_since_the_listing_is_left_out_of_the_rows(qapp) -> None:  # noqa: ANN001
    rows = {uuid.uuid4(): i for i in range(6)}
    ids = [x.hex for x in rows]
    gone = ids[3]

    def summary(x: uuid.UUID) -> CaseSummary:
        return CaseSummary(
            x, f"K{rows[x]}", Gender.MAN, "18-24", x, "Fröslunda", None, None,
            Route.REFERRED, None, TODAY, None, TODAY, 0,
        )  # fmt: skip

    def fetch(wanted: list[str]) -> list[CaseSummary]:
        return [summary(uuid.UUID(x)) for x in wanted if x != gone]

    model = CaseListModel("en")
    model.page_size = 2
    model.set_listing(CaseListing(ids, 0, fetch(ids[:2])), fetch, 4, TODAY)
    while model.canFetchMore():
        model.fetchMore()
    assert [model.case(i).code for i in range(model.rowCount())] == ["K0", "K1", "K2", "K4", "K5"]
    assert model.total == 5 and model.position(uuid.UUID(ids[4])) == 3
    QApplication.processEvents()
