"""The demo journal: a separate file, a realistic year, every report has figures, and every
rendering says it is made-up data."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import DEMO_NOW as NOW
from pdf_text import pdf_text
from sqlalchemy import func, select

from PySide6.QtWidgets import QPushButton

from vagledare.app.demo import (
    DemoSummary,
    create_demo_journal,
    default_demo_path,
    demo_year,
    is_demo_journal,
)
from vagledare.cli import main
from vagledare.journal.db import Journal, open_journal
from vagledare.journal.journal_settings import is_demo
from vagledare.journal.models import QuickCase
from vagledare.reports import door
from vagledare.reports.catalog import REPORTS
from vagledare.reports.table import Mean, Money, ReportTable, Share


@pytest.fixture(scope="module")
def demo(
    demo_template: tuple[Path, DemoSummary], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Journal, DemoSummary]:
    path = shutil.copy(demo_template[0], tmp_path_factory.mktemp("demo") / "demo.sqlite")
    j = open_journal(path)
    yield j, demo_template[1]
    j.close()


def figures(table: ReportTable) -> int:
    """How many cells hold a figure (a count above zero, a share, a mean, an amount)."""
    n = 0
    for _, row in table.rows():
        for v in row.values:
            if (
                (isinstance(v, int) and v > 0)
                or (isinstance(v, Share) and v.numerator > 0)
                or (isinstance(v, Mean) and v.value is not None)
                or (isinstance(v, Money) and v.value is not None)
            ):
                n += 1
    return n


def test_the_demo_year_ends_today_and_starts_on_the_first_a_year_back() -> None:
    period = demo_year(date(2024, 6, 14))
    assert (period.start, period.end) == (date(2023, 6, 1), date(2024, 6, 14))


def test_the_demo_journal_is_a_realistic_year_and_the_same_every_time(
    demo: tuple[Journal, DemoSummary], tmp_path: Path
) -> None:
    journal, summary = demo
    assert summary.period == demo_year(NOW.date())
    assert 1_500 <= summary.quick_cases <= 2_500
    assert 150 <= summary.cases <= 260 and summary.closures >= 100
    assert summary.contacts > 5 * summary.cases
    assert summary.sessions_taken >= 150 and summary.marks >= 1_500
    assert summary.readings >= 200
    again = create_demo_journal(tmp_path / "again.sqlite", now=NOW)
    assert again == summary
    with journal.session() as s:
        assert is_demo(s)
        latest = s.scalar(select(func.max(QuickCase.occurred_at)))
    assert latest <= NOW and latest.date() == NOW.date()


@pytest.mark.parametrize("spec", REPORTS, ids=[r.key for r in REPORTS])
def test_every_report_has_figures_for_the_demo_year_and_says_sample_data(
    demo: tuple[Journal, DemoSummary], spec
) -> None:  # noqa: ANN001
    journal, summary = demo
    options = {o.key: o.default for o in spec.options}
    if spec.key == "resources":
        options |= {
            "fte_referred": Decimal("3"),
            "fte_citizen_service": Decimal("2"),
            "cost_per_fte": Decimal("396000"),
        }
    with journal.session(readonly=True) as s:
        for site_ids in (None, *([x] for x in _site_ids(s))):
            request = door.Request(spec.key, summary.period, site_ids, "sv", options)
            table = door.build(s, request, today=summary.period.end).table
            assert figures(table) > 0, (spec.key, site_ids)
            assert table.demo and table.title.startswith("Exempeldata: ")
            assert table.notes[0].startswith("Exempeldata: påhittade uppgifter")


def _site_ids(s) -> list:  # noqa: ANN001
    from vagledare.journal.sites import list_sites

    return [x.id for x in list_sites(s)]


def test_the_pdf_of_a_demo_report_says_sample_data_in_title_and_footer(
    demo: tuple[Journal, DemoSummary], tmp_path: Path
) -> None:
    from vagledare.reports.render.pdf import build_pdf

    journal, summary = demo
    with journal.session(readonly=True) as s:
        request = door.Request(REPORTS[0].key, summary.period, None, "en")
        table = door.build(s, request, today=summary.period.end).table
    out = tmp_path / "demo.pdf"
    out.write_bytes(build_pdf(table))
    text = pdf_text(out)
    assert "Sample data: Drop-in short cases" in text
    assert "SAMPLE DATA · Produced" in text


@pytest.mark.sqlite_only  # the demo is a journal file; only a real journal file can be in its way
def test_a_real_journal_is_never_overwritten_by_the_demo(journal: Journal) -> None:
    from vagledare.journal.errors import ValidationError

    assert journal.path is not None
    journal.close()
    before = journal.path.read_bytes()
    with pytest.raises(ValidationError, match="riktig journal"):
        create_demo_journal(journal.path, now=NOW)
    assert journal.path.read_bytes() == before


@pytest.mark.sqlite_only  # the demo journal file in the user-data folder
def test_cli_demo_creates_the_demo_journal_in_the_user_data_folder(capsys) -> None:  # noqa: ANN001
    assert main(["demo", "--no-window"]) == 0
    path = default_demo_path()
    assert path.name == "demo.sqlite" and path.exists()
    assert "Exempeldata" in capsys.readouterr().out
    assert main(["demo", "--no-window"]) == 0  # a demo journal is simply made anew


def test_try_with_sample_data_opens_a_second_window_marked_demo_everywhere(
    qtbot,  # noqa: ANN001
    desk,  # noqa: ANN001
    demo_template,  # noqa: ANN001
) -> None:
    import sqlite3

    from vagledare.app.demo import MADE_ON_KEY
    from vagledare.gui.shell.main_window import MainWindow

    # Today's demo journal is already there (making one is tested above): the window reuses it.
    made = default_demo_path()
    made.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template[0], made)
    with sqlite3.connect(made) as con:
        con.execute("UPDATE setting SET value = ? WHERE key = ?", (str(date.today()), MADE_ON_KEY))

    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    window.show()
    window.demo_action.trigger()
    assert len(window.demo_windows) == 1
    demo_window = window.demo_windows[0]
    assert demo_window.desk.journal.path == default_demo_path()
    assert demo_window.windowTitle().startswith("DEMO – ")
    assert demo_window.demo_banner.isVisible() and "DEMO" in demo_window.demo_banner.text()
    assert "Demo journal" in demo_window.statusBar().currentMessage()
    assert not window.demo and window.windowTitle() == "Vägledare – Fröslunda"
    demo_window.show_page(demo_window.reports)
    assert demo_window.reports.ui.titleLabel.text().startswith("Sample data: ")
    assert demo_window.reports.default_file_name("pdf").startswith("exempeldata-dropin-")
    demo_window.lock()
    assert "1234" in demo_window.lock_page.hint.text() and demo_window.lock_page.hint.isVisible()
    demo_window.close()
    qtbot.waitUntil(lambda: window.demo_windows == [])
    assert window.isVisible()
    with desk.journal.session(readonly=True) as s:  # the desk's own journal, still open
        assert not is_demo(s)
    assert desk.journal.path is None or desk.journal.path.exists()


def test_the_sample_data_is_made_behind_a_progress_dialog_while_the_window_answers(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QTimer

    from vagledare.gui.shell.demo_progress import DemoBuilder

    path = tmp_path / "demo.sqlite"
    builder = DemoBuilder(path, now=NOW)
    seen: list[bool] = []  # the GUI thread's timer, ticking while the journal is made
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: seen.append(builder.dialog.isVisible()))
    timer.start()
    try:
        assert builder.build() == path
    finally:
        timer.stop()
    assert builder.labels == [
        "Making the sample data…",
        "Making the sample data: a year of visits…",
        "Making the sample data: cases and contacts…",
        "Making the sample data: progression readings…",
        "Making the sample data: language groups and roll calls…",
        "Opening the sample data…",
    ]
    assert len(seen) >= 5 and all(seen)  # never frozen, the dialog on the screen throughout
    assert builder.dialog.value() == builder.dialog.maximum()
    assert builder.dialog.isModal() and not builder.dialog.findChildren(QPushButton)
    builder.finish()
    assert not builder.dialog.isVisible()
    assert is_demo_journal(path)

    again = DemoBuilder(path, now=NOW)  # made today: opened at once, no dialog
    assert again.build() == path and again.labels == []
    assert not again.dialog.isVisible()
