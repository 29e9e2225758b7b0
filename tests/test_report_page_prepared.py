"""The report page's table (#22): every cell's text formatted once (in the background task
on a big journal), and whether the journal is big counted once per showing of the page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vagledare.gui.common.table_models import ReportTableModel, table_lines
from vagledare.journal.db import Journal, open_journal
from vagledare.reports import door
from vagledare.reports.fmt import format_value
from vagledare.reports.periods import Period
from vagledare.reports.table import RowKind


@pytest.fixture
def demo(demo_path: Path) -> Journal:
    j = open_journal(str(demo_path))
    yield j
    j.close()


def test_the_prepared_lines_show_what_the_table_holds(qtbot, demo: Journal) -> None:  # noqa: ANN001
    period = Period(date(2024, 1, 1), date(2024, 12, 31))
    with demo.session(readonly=True) as s:
        table = door.build(s, door.Request("avslut", period)).table
    prepared = table_lines(table)
    model = ReportTableModel()
    model.set_table(table, prepared)
    assert model.rowCount() == len(prepared.lines) > 0
    assert model.columnCount() == 1 + len(prepared.columns)
    for r, (sec, row) in enumerate(prepared.lines):
        first = model.index(r, 0).data()
        if row is None:
            assert first == sec.title
            continue
        label = row.label
        if row.kind is RowKind.SUBTOTAL and sec.title:
            label = f"{row.label} {sec.title.lower()}"
        assert first == label
        for c, value in enumerate(row.values):
            assert model.index(r, c + 1).data() == format_value(value, table.lang)
    # A model given no prepared lines makes the same.
    other = ReportTableModel()
    other.set_table(table)
    assert [
        [other.index(r, c).data() for c in range(other.columnCount())]
        for r in range(other.rowCount())
    ] == [list(t) for t in prepared.texts]


def test_the_journal_is_counted_once_per_showing(
    qtbot,  # noqa: ANN001
    demo: Journal,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vagledare.gui.reports import report_page
    from vagledare.gui.reports.report_page import ReportPage

    counted = []
    real = report_page.journal_rows
    monkeypatch.setattr(
        report_page, "journal_rows", lambda s, limit: counted.append(limit) or real(s, limit)
    )
    monkeypatch.setattr(report_page, "AT_ONCE_ROWS", 1)  # the demo journal is big
    page = ReportPage(demo, "sv")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table is not None and not page.runner.busy, timeout=20_000)
    for key in ("avslut", "dropin"):
        page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData(key))
        assert page.runner.busy  # built in the background: the journal is big
        qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    assert counted == [1]
    assert page.model.rowCount() > 0 and page.ui.csvButton.isEnabled()
    page.hide()
    page.show()  # shown again: a big journal stays big, it is not counted again
    page.show_report()
    assert page.runner.busy
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    assert counted == [1]
    # A small journal is counted at each showing: it may have grown meanwhile.
    monkeypatch.setattr(report_page, "AT_ONCE_ROWS", 10**9)
    small = ReportPage(demo, "sv")
    qtbot.addWidget(small)
    small.show()
    assert small.table is not None and counted == [1, 10**9]
    small.hide()
    small.show()
    small.show_report()
    assert counted == [1, 10**9, 10**9]


def test_the_columns_are_as_wide_as_sizing_to_contents_makes_them(qtbot, demo: Journal) -> None:  # noqa: ANN001
    """Measured from the model's texts, once per table: the widths Qt's sizing to contents
    gives (which asks for every cell's every role at each change)."""
    from PySide6.QtWidgets import QApplication, QHeaderView

    from vagledare.gui.reports.report_page import YEAR, ReportPage

    page = ReportPage(demo, "sv")
    qtbot.addWidget(page)
    page.show()
    page.ui.periodKindCombo.setCurrentIndex(YEAR)
    page.ui.yearSpin.setValue(2024)
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("avslut"))
    qtbot.waitUntil(lambda: page.table is not None and not page.runner.busy, timeout=20_000)
    header = page.ui.tableView.horizontalHeader()
    ours = [header.sectionSize(c) for c in range(header.count())]
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(-1)
    header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
    QApplication.processEvents()
    qts = [header.sectionSize(c) for c in range(header.count())]
    assert len(ours) > 2
    for mine, theirs in zip(ours, qts, strict=True):
        assert abs(mine - theirs) <= 2, (ours, qts)


def test_the_columns_are_fitted_again_at_another_text_size(qtbot, demo: Journal) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication

    from vagledare.gui.reports.report_page import YEAR, ReportPage
    from vagledare.gui.shell.theme import apply_text_size

    page = ReportPage(demo, "sv")
    qtbot.addWidget(page)
    page.show()
    page.ui.periodKindCombo.setCurrentIndex(YEAR)
    page.ui.yearSpin.setValue(2024)
    qtbot.waitUntil(lambda: page.table is not None and not page.runner.busy, timeout=20_000)
    header = page.ui.tableView.horizontalHeader()
    before = [header.sectionSize(c) for c in range(header.count())]
    app = QApplication.instance()
    apply_text_size(app, 200)
    try:
        QApplication.processEvents()
        after = [header.sectionSize(c) for c in range(header.count())]
    finally:
        apply_text_size(app, 100)
    assert after[0] > before[0] * 1.5
