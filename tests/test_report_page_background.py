"""The report page on a big journal (#22): the report is built off the window's thread, the
page says so, and a choice changed meanwhile wins. Forced here with a threshold of one row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vagledare.journal.db import Journal, open_journal
from vagledare.reports import door
from vagledare.reports.periods import Period


@pytest.fixture
def demo(demo_path: Path) -> Journal:
    j = open_journal(str(demo_path))
    yield j
    j.close()


def test_a_big_journal_s_report_is_built_in_the_background(
    qtbot, demo: Journal, monkeypatch, tmp_path: Path
) -> None:  # noqa: ANN001
    from vagledare.gui.reports import report_page
    from vagledare.gui.reports.report_page import RANGE, ReportPage

    monkeypatch.setattr(report_page, "AT_ONCE_ROWS", 1)
    page = ReportPage(demo, "sv")
    qtbot.addWidget(page)
    page.ui.periodKindCombo.setCurrentIndex(RANGE)
    page.ui.fromDate.setDate(date(2024, 1, 1))
    page.ui.toDate.setDate(date(2024, 5, 31))
    page.show_report()
    assert page.runner.busy and page.table is None
    assert page.ui.notesLabel.text() == "Reading the figures…"
    assert not page.ui.csvButton.isEnabled()  # nothing to save until it is built
    # A choice changed while it builds: the old build's table is never shown.
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("avslut"))
    qtbot.waitUntil(lambda: page.table is not None and not page.runner.busy, timeout=20_000)
    period = Period(date(2024, 1, 1), date(2024, 5, 31))
    with demo.session(readonly=True) as s:
        expected = door.build(s, door.Request("avslut", period)).table
    assert page.table == expected
    assert page.ui.csvButton.isEnabled()
    # Saving waits for a build under way and writes the report of the choices.
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("dropin"))
    assert page.runner.busy
    out = page.export("csv", tmp_path / "d.csv")
    assert out == tmp_path / "d.csv"
    assert out.read_bytes().startswith("\ufeffKön;Kategori;18-24".encode())  # the drop-in table
