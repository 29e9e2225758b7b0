"""The overview tab as a team lead uses it: charts, PNGs and the monthly pack."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pdf_text import pdf_info, pdf_text

from PySide6.QtGui import QImage

from vagledare.app.desk import Desk
from vagledare.gui.overview.dashboard_page import CHART_KEYS, DashboardPage, last_whole_months
from vagledare.gui.shell.main_window import MainWindow
from vagledare.journal import access, quick_cases
from vagledare.journal.models import Gender, Role
from vagledare.journal.staff import StaffInfo
from vagledare.reports.catalog import REPORTS
from vagledare.reports.periods import Period

TODAY = date(2024, 4, 10)


@pytest.fixture
def lead_desk(desk: Desk) -> Desk:
    with desk.journal.session() as s:
        access.set_role(s, desk.staff.id, Role.TEAM_LEAD, Role.ADMIN)
        site = desk.site
        for day, hour, n in ((date(2024, 3, 5), 10, 3), (date(2024, 3, 12), 9, 2)):
            quick_cases.log_quick_cases(
                s,
                site.id,
                site.categories[0].id,
                site.age_bands[1].id,
                Gender.WOMAN,
                desk.staff.id,
                at=datetime.combine(day, datetime.min.time()).replace(hour=hour),
                count=n,
                now=datetime(2024, 4, 1),
            )
    desk.staff = StaffInfo(desk.staff.id, desk.staff.name, Role.TEAM_LEAD)
    return desk


@pytest.fixture
def page(qtbot, lead_desk: Desk) -> DashboardPage:  # noqa: ANN001
    p = DashboardPage(lead_desk.journal, "sv", lead_desk.staff, today=lambda: TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 900)
    p.show()
    return p


def test_last_twelve_whole_months_end_with_last_month() -> None:
    assert last_whole_months(date(2024, 4, 10)) == Period(date(2023, 4, 1), date(2024, 3, 31))
    assert last_whole_months(date(2024, 1, 3), 1) == Period(date(2023, 12, 1), date(2023, 12, 31))


def test_the_overview_draws_every_chart_and_tells_its_figures(page: DashboardPage) -> None:
    assert page.board is not None
    assert page.period_label.text().endswith("1 april 2023 – 31 mars 2024")
    weekly = page.charts.views["weekly"]
    assert len(weekly.chart().series()) == 1
    assert "5 quick cases in 53 weeks" in weekly.accessibleDescription()
    assert "Tisdag 10–11: on average" in page.charts.heat.cell_text(1, 2)
    genders = page.charts.views["genders"].accessibleDescription()
    assert "Quick cases: 5 women and 0 men (100 % women)" in genders
    assert page.pack_button.text() == "Monthly pack mars 2024 (P&DF)…"


def test_the_heat_map_is_read_cell_by_cell_from_the_keyboard(qtbot, page: DashboardPage) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    heat = page.charts.heat
    heat.setFocus()
    qtbot.keyClick(heat, Qt.Key.Key_Down)  # Tuesday
    for _ in range(2):
        qtbot.keyClick(heat, Qt.Key.Key_Right)  # 08 → 10
    assert heat.accessibleDescription() == (
        "Tisdag 10–11: on average 0,1 visits (3 in all over 52 days)"
    )


def test_each_chart_saves_as_a_sharp_png(page: DashboardPage, tmp_path: Path) -> None:
    for key in CHART_KEYS:
        out = page.save_png(key, tmp_path / f"{key}.png")
        assert out is not None
        image = QImage(str(out))
        widget = page.charts.widget(key)
        assert (image.width(), image.height()) == (widget.width() * 2, widget.height() * 2)
    assert page.default_png_name("heat") == "oversikt-heat-2023-04-01--2024-03-31.png"


def test_monthly_pack_is_one_pdf_with_the_charts_and_every_report(
    page: DashboardPage, tmp_path: Path
) -> None:
    out = page.save_pack(tmp_path / "pack.pdf")
    assert out is not None and page.default_pack_name() == "manadspaket-2024-03.pdf"
    text = pdf_text(out)
    assert "Monthly pack mars 2024 – Fröslunda" in text
    for heading in ("Quick cases per week and category", "When visitors come"):
        assert heading in text
    from vagledare.reports.door import pack_tables
    from vagledare.reports.periods import month

    with page.journal.session() as s:
        tables = pack_tables(s, month(2024, 3), None, "sv")
    assert len(tables) == len(REPORTS)
    flat = " ".join(text.split())
    for table in tables:
        assert " ".join(table.title.split()[:3]) in flat, table.title
    assert pdf_info(out)["pages"] >= 1 + len(REPORTS)


def test_the_overview_tab_is_for_team_leads_and_administrators(qtbot, desk: Desk) -> None:  # noqa: ANN001
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    index = window.tabs.indexOf(window._lazy["dashboard"])
    assert not window.tabs.isTabVisible(index)  # a coach
    window.page_actions[6].trigger()
    assert window.tabs.currentIndex() != index
    from vagledare.journal.staff import ensure_staff

    with desk.journal.session() as s:
        lead = ensure_staff(s, "TL", Role.TEAM_LEAD)
    window._on_unlocked(lead)  # the team lead unlocks the desk
    assert window.tabs.isTabVisible(index)
    window.page_actions[6].trigger()
    assert window.page_at(window.tabs.currentIndex()) is window.dashboard
