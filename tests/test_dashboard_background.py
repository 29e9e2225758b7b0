"""On a big journal the overview reads its figures in the background: the window goes on, a
progress bar shows, the charts paint when ready, and other choices or another tab stop it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from vagledare.app.desk import Desk
from vagledare.gui.overview import dashboard_page
from vagledare.gui.overview.dashboard_page import LAST_MONTH, DashboardPage
from vagledare.journal import quick_cases
from vagledare.journal.models import Gender, Role
from vagledare.journal.staff import StaffInfo

TODAY = date(2024, 4, 10)


def _three_in_march(desk: Desk) -> None:
    """Three snabbärenden (women, the site's first category) on 5 March 2024."""
    with desk.journal.session() as s:
        site = desk.site
        quick_cases.log_quick_cases(
            s,
            site.id,
            site.categories[0].id,
            site.age_bands[1].id,
            Gender.WOMAN,
            desk.staff.id,
            at=datetime(2024, 3, 5, 10),
            count=3,
            now=datetime(2024, 4, 1),
        )


@pytest.fixture
def page(qtbot, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> DashboardPage:  # noqa: ANN001
    monkeypatch.setattr(dashboard_page, "AT_ONCE_ROWS", 0)  # as on a big journal
    _three_in_march(desk)
    staff = StaffInfo(desk.staff.id, desk.staff.name, Role.TEAM_LEAD)
    p = DashboardPage(desk.journal, "sv", staff, today=lambda: TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 900)
    return p


def test_the_figures_are_read_in_the_background_and_painted_when_ready(
    qtbot,  # noqa: ANN001
    page: DashboardPage,
) -> None:
    page.show()
    assert page.loading and page.board is None
    assert page.progress.isVisible() and not page.pack_button.isEnabled()
    qtbot.waitUntil(lambda: page.board is not None, timeout=10_000)
    assert not page.loading and page.progress.isHidden()
    weekly = page.charts.views["weekly"].accessibleDescription()
    assert "3 quick cases in 53 weeks" in weekly
    assert page.pack_button.isEnabled()
    assert page.period_label.text().endswith("the current month is not included)")


def test_a_new_choice_stops_the_old_build_and_reads_the_new_one(
    qtbot,  # noqa: ANN001
    page: DashboardPage,
) -> None:
    page.show()
    assert page.loading
    page.period_combo.setCurrentIndex(LAST_MONTH)  # while the 12 months are read
    qtbot.waitUntil(lambda: page.board is not None and not page.loading, timeout=10_000)
    assert page.period_label.text().endswith(" · mars 2024")
    assert page.board.period.start == date(2024, 3, 1)


def test_leaving_the_tab_stops_the_build_and_coming_back_reads_again(
    qtbot,  # noqa: ANN001
    page: DashboardPage,
) -> None:
    page.show()
    assert page.loading
    page.hide()
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    page.show()
    qtbot.waitUntil(lambda: page.board is not None and not page.loading, timeout=10_000)
    assert "3 quick cases" in page.charts.views["weekly"].accessibleDescription()


def test_the_pack_waits_for_figures_being_read(page: DashboardPage, tmp_path) -> None:  # noqa: ANN001
    page.show()
    assert page.loading
    out = page.save_png("weekly", tmp_path / "weekly.png")
    assert out is not None and out.exists() and page.board is not None


def test_the_journal_s_size_is_counted_only_as_far_as_the_limit(desk: Desk) -> None:
    from vagledare.reports.overview import journal_rows

    _three_in_march(desk)
    assert desk.journal.read(journal_rows, 10) == 3  # under the limit: every row (no cases)
    assert desk.journal.read(journal_rows, 2) == 2  # the limit reached: the cases not counted
