"""Opening the Grupper and Översikt tabs reads their figures once, and each later visit
once more (#22: a page just built has read them; the tab switch need not read again)."""

from __future__ import annotations

import pytest

from vagledare.app.desk import Desk
from vagledare.gui.groups import groups_page
from vagledare.gui.overview import dashboard_page
from vagledare.gui.shell.main_window import MainWindow
from vagledare.journal import staff
from vagledare.journal.models import Role


def counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    calls: list[object] = []
    real = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_the_groups_are_read_once_per_visit(
    qtbot,  # noqa: ANN001
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads = counting(monkeypatch, groups_page.meetings, "groups_and_missing_roll_calls")
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    tab = window._lazy["groups"]
    window.tabs.setCurrentWidget(tab)
    assert len(reads) == 1
    assert "No groups yet at Fröslunda" in window.groups.group_title.text()
    window.tabs.setCurrentWidget(window.tally)
    window.tabs.setCurrentWidget(tab)  # back again: read anew (others may have written)
    assert len(reads) == 2


def test_the_overview_is_read_once_per_visit(
    qtbot,  # noqa: ANN001
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with desk.journal.session() as s:
        lead = staff.ensure_staff(s, "TL", Role.TEAM_LEAD)  # the Översikt tab is the leads'
    desk.switch_staff(lead)
    reads = counting(monkeypatch, dashboard_page, "build_dashboard")
    sites = counting(monkeypatch, dashboard_page, "list_sites")
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    tab = window._lazy["dashboard"]
    window.tabs.setCurrentWidget(tab)
    # The page built is shown on the next turn of the event loop, and reads then.
    qtbot.waitUntil(lambda: window.dashboard.board is not None, timeout=20_000)
    assert (len(reads), len(sites)) == (1, 1)
    window.tabs.setCurrentWidget(window.tally)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not window.dashboard.loading, timeout=20_000)
    assert (len(reads), len(sites)) == (2, 2)
