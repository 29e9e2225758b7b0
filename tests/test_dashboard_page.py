"""The overview tab as a team lead uses it: charts, PNGs and the monthly pack."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from pdf_text import pdf_info, pdf_text
from translation_helpers import translated

from PySide6.QtCore import Qt
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
    p.wait_for_figures()  # a shown page draws its charts one per turn: every one drawn now
    return p


def test_last_twelve_whole_months_end_with_last_month() -> None:
    assert last_whole_months(date(2024, 4, 10)) == Period(date(2023, 4, 1), date(2024, 3, 31))
    assert last_whole_months(date(2024, 1, 3), 1) == Period(date(2023, 12, 1), date(2023, 12, 31))


def test_the_overview_draws_every_chart_and_tells_its_figures(page: DashboardPage) -> None:
    assert page.board is not None
    assert page.period_label.text().endswith(
        " · Last 12 whole months (april 2023–mars 2024; the current month is not included)"
    )
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
    with translated("en"):  # "day(s)" in its English plural form
        heat.setFocus()
        qtbot.keyClick(heat, Qt.Key.Key_Left)
        qtbot.keyClick(heat, Qt.Key.Key_Right)
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


# -- labels that read right -------------------------------------------------------------
def axis_labels(view) -> dict[str, list[str]]:  # noqa: ANN001
    """The texts Qt Charts drew along the axes, by the axis' kind (ValueAxisLabel, …)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    out: dict[str, list[str]] = {}
    for item in view.scene().items():
        obj = item.toGraphicsObject()
        kind = obj.metaObject().className() if obj is not None else ""
        if kind.endswith("AxisLabel"):
            out.setdefault(kind, []).append(obj.toPlainText())
    return out


def test_axes_read_whole_numbers_and_percent_without_repeats_or_cuts(page: DashboardPage) -> None:
    from PySide6.QtCharts import QBarCategoryAxis, QValueAxis

    from vagledare.gui.overview.dashboard_charts import count_ticks

    views = page.charts.views
    genders = views["genders"].chart().axes(Qt.Orientation.Horizontal)[0]
    assert isinstance(genders, QValueAxis) and genders.labelFormat() == "%.0f %"

    def values(key: str, orientation: Qt.Orientation) -> list[list[str]]:
        """The labels of each value axis of the chart, lowest first."""
        out = []
        for axis in views[key].chart().axes(orientation):
            if isinstance(axis, QValueAxis):
                step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
                out.append([f"{axis.min() + i * step:.0f}" for i in range(axis.tickCount())])
        return out

    assert values("weekly", Qt.Orientation.Vertical) == [["0", "1", "2", "3"]]  # 3 a week
    assert values("cases", Qt.Orientation.Vertical) == [["0", "1"], ["0", "1"]]  # no cases
    assert values("attendance", Qt.Orientation.Vertical) == [["0", "1"]]  # no groups
    drawn = {key: axis_labels(view) for key, view in views.items()}
    assert sorted(drawn["genders"]["ValueAxisLabel"]) == sorted(
        ["0 %", "25 %", "50 %", "75 %", "100 %"]
    )
    for key in ("cases", "attendance"):  # two empty axes on cases: 0 and 1 each
        texts = drawn[key]["ValueAxisLabel"]
        assert sorted(texts) == sorted(["0", "1"] * (2 if key == "cases" else 1)), key
    for key, kinds in drawn.items():
        for texts in kinds.values():
            assert not any("…" in t or "..." in t or "%%" in t for t in texts), (key, texts)
    months = next(
        a for a in views["cases"].chart().axes() if isinstance(a, QBarCategoryAxis)
    ).categories()
    assert months == ["apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec", "jan"] + [
        "feb",
        "mar",
    ]
    assert count_ticks(0) == (1, 2) and count_ticks(3) == (3, 4) and count_ticks(7) == (8, 5)
    assert count_ticks(58) == (60, 4) and count_ticks(58, 3) == (100, 3)


def test_the_period_says_that_the_current_month_is_left_out(page: DashboardPage) -> None:
    from vagledare.gui.overview.dashboard_page import LAST_MONTH, THIS_MONTH

    assert page.period_label.wordWrap()
    assert page.period_text(page.period()) == (
        "Last 12 whole months (april 2023–mars 2024; the current month is not included)"
    )
    page.period_combo.setCurrentIndex(LAST_MONTH)
    assert page.period_label.text().endswith(" · mars 2024")
    page.period_combo.setCurrentIndex(THIS_MONTH)
    assert page.period_label.text().endswith(" · april 2024")


def test_legends_and_the_heat_maps_subtitle_wrap_instead_of_being_cut(
    qtbot,  # noqa: ANN001
    page: DashboardPage,
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    weekly = page.charts.views["weekly"]
    with page.journal.session() as s:
        from vagledare.journal.sites import find_site

        names = [c.name for c in find_site(s, "Fröslunda").categories]
    assert weekly.legend_texts() == names
    assert not weekly.chart().legend().isVisible()  # Qt's own cuts its entries short
    heat = page.charts.heat
    big = heat.font()
    big.setPointSizeF(big.pointSizeF() * 2)  # as at 200 % text
    heat.setFont(big)
    page.resize(900, 900)  # two narrow columns
    qtbot.waitUntil(lambda: weekly.width() < 440)
    fm = QFontMetrics(weekly.font())
    legend = weekly.legend_item.mapRectToScene(weekly.legend_item.boundingRect())
    assert legend.height() >= 2 * fm.height()  # on two lines or more
    assert legend.right() <= weekly.width() and legend.bottom() <= weekly.height()
    assert weekly.chart().size().height() <= legend.top() + 1  # the chart above it

    fm = QFontMetrics(heat.font())
    title = heat._subtitle_rect()
    needed = fm.boundingRect(
        QRect(0, 0, title.width(), 10_000), Qt.TextFlag.TextWordWrap, heat.subtitle()
    )
    assert needed.height() <= title.height() and needed.width() <= title.width()
    assert title.height() >= 2 * fm.height()  # wrapped
    assert heat._grid_rect().top() > title.bottom()
    assert title.right() <= heat.width()


def test_every_date_popup_has_room_for_the_day_names(qtbot) -> None:  # noqa: ANN001
    """ "mån", not "m…": the application's style sheet widens every calendar popup, of a date
    edit made in code (as the overview's) or in a Designer form (as the contact dialog's)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QCalendarWidget, QDateEdit, QTableView

    from vagledare.gui.cases.contact_dialog import ContactDialog
    from vagledare.gui.shell.theme import apply_theme

    app = QApplication.instance()
    sheet, locale = app.styleSheet(), QLocale()
    apply_theme(app)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    try:
        contact = ContactDialog("FRÖ-2024-0001", TODAY, TODAY, "sv", lambda *_: None)
        qtbot.addWidget(contact)
        in_code = QDateEdit(calendarPopup=True)
        qtbot.addWidget(in_code)
        for edit in (in_code, contact.ui.dateEdit):
            calendar = edit.calendarWidget()
            assert (
                calendar.horizontalHeaderFormat()
                == QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
            )
            popup = calendar.window()
            popup.adjustSize()
            popup.show()
            qtbot.waitExposed(popup)
            view = calendar.findChild(QTableView)
            model = view.model()
            names = [model.data(model.index(0, c)) for c in range(model.columnCount())]
            assert names[:4] == ["mån", "tis", "ons", "tors"]
            fm = QFontMetrics(view.font())
            for c, name in enumerate(names):
                assert view.columnWidth(c) >= fm.horizontalAdvance(name) + 8, name
            popup.hide()
    finally:
        QLocale.setDefault(locale)
        app.setStyleSheet(sheet)


def test_stacked_categories_are_told_apart_in_grayscale_and_counts_are_grouped(
    qtbot, lead_desk: Desk
) -> None:  # noqa: ANN001
    from PySide6.QtCore import QLocale

    from vagledare.gui.overview.dashboard_charts import pattern_image

    with lead_desk.journal.session() as s:  # 1 200 more: a count with a thousands separator
        site = lead_desk.site
        for day in range(6):
            quick_cases.log_quick_cases(
                s,
                site.id,
                site.categories[1].id,
                site.age_bands[1].id,
                Gender.MAN,
                lead_desk.staff.id,
                at=datetime(2024, 3, 6 + day, 10),
                count=200,
                now=datetime(2024, 4, 1),
            )
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    try:
        with translated("sv"):
            p = DashboardPage(lead_desk.journal, "sv", lead_desk.staff, today=lambda: TODAY)
            qtbot.addWidget(p)
            p.resize(1200, 900)
            p.show()
            p.wait_for_figures()
            weekly = p.charts.views["weekly"]
            assert "1\xa0205 snabbärenden på 53 veckor" in weekly.accessibleDescription()
            genders = p.charts.views["genders"]
            assert "Snabbärenden (1\xa0205)" in genders.row_labels
    finally:
        QLocale.setDefault(before)
    # Every category's fill is a pattern of its own in its colour: in grayscale, the tiles of
    # two categories differ even where their colours' lightness is alike.
    (series,) = weekly.chart().series()
    tiles = [bars.brush().textureImage() for bars in series.barSets()]
    assert all(not t.isNull() for t in tiles)
    gray = [t.convertToFormat(t.Format.Format_Grayscale8) for t in tiles]
    assert len({bytes(g.constBits()) for g in gray}) == len(gray)
    assert weekly.legend_patterns
    assert pattern_image("#0072B2", 1) != pattern_image("#0072B2", 2)


def test_a_shown_page_draws_one_chart_per_turn_and_the_pack_waits_for_them(
    qtbot,  # noqa: ANN001
    lead_desk: Desk,
) -> None:
    p = DashboardPage(lead_desk.journal, "sv", lead_desk.staff, today=lambda: TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 900)
    p.show()  # figures read at once (a small journal), the first chart drawn with them
    assert p.board is not None and not p.charts.drawn
    assert "5 quick cases in 53 weeks" in p.charts.views["weekly"].accessibleDescription()
    assert p.charts.views["bip"].chart().series() == []  # on a later turn
    qtbot.waitUntil(lambda: p.charts.drawn, timeout=5_000)
    assert "Quick cases: 5 women" in p.charts.views["genders"].accessibleDescription()
    p.period_combo.setCurrentIndex(1)  # another period: drawn anew, one chart now
    assert not p.charts.drawn
    p.wait_for_figures()  # what the pack and the PNGs call first: every chart drawn
    assert p.charts.drawn
