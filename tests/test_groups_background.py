"""The Grupper tab on a big journal (#22): the groups are read, and due sessions generated,
off the window's thread when the tab is opened; the page shows them when read, and a read
started later wins. Forced here with a threshold of no rows."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_groups_gui import group, group_site  # noqa: F401 - the fixture and its helper

from vagledare.gui.groups import groups_page
from vagledare.gui.groups.groups_page import GroupsPage
from vagledare.journal import groups, meetings, staff
from vagledare.journal.db import Journal

DURING = datetime(2023, 3, 7, 10, 0)  # the group's session that day is not over yet


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(groups_page, "AT_ONCE_ROWS", 0)


def page_of(qtbot, journal: Journal, group: groups.GroupInfo) -> GroupsPage:  # noqa: ANN001, F811
    with journal.session() as s:
        me = staff.ensure_staff(s, "SH")
    page = GroupsPage(
        journal, group_site(journal, group), me, "sv", now=lambda: DURING, read_now=False
    )
    qtbot.addWidget(page)
    return page


def test_the_groups_are_read_in_the_background(qtbot, journal: Journal, group, big) -> None:  # noqa: ANN001, F811
    page = page_of(qtbot, journal, group)
    assert page.runner.busy
    assert page.flag_label.text() == "Reading the groups…"
    assert page.group_infos == []
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=10_000)
    assert [g.id for g in page.group_infos] == [group.id]
    assert page.flag_label.text() == "⚠ 2 session(s) without a roll call"
    assert page.selected_session() is not None  # the group's sessions shown with it
    assert page.flag_button.isEnabled()


def test_a_read_at_once_meanwhile_wins(qtbot, journal: Journal, group, big) -> None:  # noqa: ANN001, F811
    page = page_of(qtbot, journal, group)
    assert page.runner.busy
    page.refresh()  # e.g. after a roll call: read at once, newer than the one under way
    assert page.flag_label.text() == "⚠ 2 session(s) without a roll call"
    page.flag_label.setText("shown by the read at once")
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=10_000)
    assert page.flag_label.text() == "shown by the read at once"  # the older read is dropped


def test_asked_again_while_reading_reads_again(
    qtbot,  # noqa: ANN001
    journal: Journal,
    group,  # noqa: ANN001, F811
    big: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads = []
    real = meetings.groups_and_missing_roll_calls
    monkeypatch.setattr(
        meetings, "groups_and_missing_roll_calls", lambda *a: reads.append(a) or real(*a)
    )
    page = page_of(qtbot, journal, group)
    page.refresh_soon()  # while the first read runs: once more when it ends
    assert page._again
    qtbot.waitUntil(lambda: not page.runner.busy and not page._again, timeout=10_000)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=10_000)
    assert len(reads) == 2  # the second for what may have changed meanwhile
    assert page.flag_label.text() == "⚠ 2 session(s) without a roll call"


def test_a_small_journal_reads_at_once(qtbot, journal: Journal, group) -> None:  # noqa: ANN001, F811
    page = page_of(qtbot, journal, group)
    assert not page.runner.busy
    assert [g.id for g in page.group_infos] == [group.id]


def test_the_shown_group_s_sessions_are_read_with_the_groups(
    qtbot,  # noqa: ANN001
    journal: Journal,
    group,  # noqa: ANN001, F811
    big: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from vagledare.journal import enrolments

    threads: list[str] = []
    for module, name in ((meetings, "list_sessions"), (enrolments, "list_enrolments")):
        real = getattr(module, name)

        def spy(*a: object, _real=real, _name=name) -> object:  # noqa: ANN001
            main = threading.current_thread() is threading.main_thread()
            threads.append(f"{_name} {'main' if main else 'worker'}")
            return _real(*a)

        monkeypatch.setattr(module, name, spy)
    page = page_of(qtbot, journal, group)
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=10_000)
    assert sorted(threads) == ["list_enrolments worker", "list_sessions worker"]
    model = page.session_model
    states = [model.data(model.index(i, 2)) for i in range(model.rowCount())]
    assert states == ["⚠ Not taken", "⚠ Not taken", "Today", "Coming", "Coming"]
