"""The tally screen's click path (#22): a click counts what it logged without reading the
journal again, stays inside the page's layout, and the flash ends by itself; counts logged
elsewhere show at the next refresh."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from vagledare.app.desk import Desk
from vagledare.gui.shell.main_window import MainWindow
from vagledare.gui.tally import tally_page
from vagledare.journal.models import Gender


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:  # noqa: ANN001
    w = MainWindow(desk, "sv")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def cell(window: MainWindow, category: str, band: str, gender: Gender):  # noqa: ANN201
    site = window.desk.site
    return window.tally.buttons[(site.category(category).id, site.age_band(band).id, gender)]


def test_a_click_counts_without_reading_the_journal_again(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads = []
    real = window.desk.snapshot
    monkeypatch.setattr(window.desk, "snapshot", lambda *a: reads.append(a) or real(*a))
    btn = cell(window, "Söka arbete", "25-34", Gender.WOMAN)
    other = cell(window, "Söka arbete", "25-34", Gender.MAN)
    for _ in range(3):
        qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(other, Qt.MouseButton.LeftButton)
    assert reads == []
    assert (btn.text(), other.text()) == ("3", "1")
    assert btn.property("empty") is False
    assert window.tally.totals_label.text().startswith("Today: 4 ")
    assert ": 4 quick case" in window.tally.totals_label.text().split("·")[1]
    # What the journal says agrees with what the page counted.
    snap = real()
    assert snap.today == 4 and snap.cells[(btn.category_id, btn.age_band_id, btn.gender)] == 3


def test_counts_logged_elsewhere_show_at_the_next_refresh(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    btn = cell(window, "Söka arbete", "25-34", Gender.WOMAN)
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    # Another window on the same journal logs two in the same cell.
    elsewhere = Desk(window.desk.journal, window.desk.site, window.desk.staff)
    elsewhere._backed_up_on = datetime.now().date()
    elsewhere.log(btn.category_id, btn.age_band_id, btn.gender, count=2)
    assert btn.text() == "1"
    window.tally.refresh()
    assert btn.text() == "3"
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    assert btn.text() == "4"
    assert window.tally.totals_label.text().startswith("Today: 4 ")


def test_an_entry_for_another_day_is_counted_from_the_journal(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    btn = cell(window, "Söka arbete", "25-34", Gender.WOMAN)
    now = datetime.now()
    yesterday = now - timedelta(days=1)
    window.tally.log(btn.category_id, btn.age_band_id, btn.gender, count=2, at=yesterday)
    assert btn.text() == "0"  # today's count: yesterday's entries are not in it
    assert window.tally.totals_label.text().startswith("Today: 0 ")
    month = 2 if yesterday.month == now.month else 0
    assert f": {month} quick case" in window.tally.totals_label.text().split("·")[1]
    window.tally.log(btn.category_id, btn.age_band_id, btn.gender)
    assert btn.text() == "1"
    assert f": {month + 1} quick case" in window.tally.totals_label.text().split("·")[1]


def test_undo_reads_the_counts_again(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    btn = cell(window, "Söka arbete", "25-34", Gender.WOMAN)
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    window.tally.undo()
    assert btn.text() == "1"
    assert window.tally.totals_label.text().startswith("Today: 1 ")
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    assert btn.text() == "2"


class LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest:
            self.seen.append(watched)
        return False


def test_a_click_relays_out_the_page_alone(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """A new count and a new line of feedback stay inside the tally page: the tab widget
    (which repaints every page for a layout request) hears nothing of them."""
    btn = cell(window, "Söka arbete", "25-34", Gender.WOMAN)
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    spy = LayoutRequests()
    app = QApplication.instance()
    app.installEventFilter(spy)
    try:
        for _ in range(2):
            qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
            QApplication.processEvents()
    finally:
        app.removeEventFilter(spy)
    assert window.tabs not in spy.seen
    assert btn.text() == "3"


def test_the_flash_ends_after_the_last_click(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tally_page, "FLASH_MS", 10)
    btn = cell(window, "Söka arbete", "25-34", Gender.WOMAN)
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    assert btn.property("flash") is True
    btn.grab()  # painted in the flash colours
    qtbot.waitUntil(lambda: btn.property("flash") is False)
    assert btn._flashes == 0


def test_a_grid_of_another_size_reaches_the_window(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """The firewall passes the grid's real size on: the page asks for room for every row."""
    page = window.tally
    before = page.minimumSizeHint().height()
    assert before >= page.body.minimumSizeHint().height()
    assert page.body.geometry().size() == page.body.parentWidget().size()
