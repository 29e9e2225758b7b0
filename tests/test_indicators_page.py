"""The indicators page as a team lead and a coach use it: one small chart per indicator, the
same table as ``report indikatorer``, and the lead's choice of indicators and targets."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vagledare.app.desk import Desk
from vagledare.gui.indicators.indicator_manager import parse_number
from vagledare.gui.indicators.indicators_page import IndicatorsPage
from vagledare.gui.indicators.small_multiple import (
    MEN,
    TARGET,
    TOTAL,
    WOMEN,
    ChartData,
    IndicatorChart,
    chart_lines,
    format_measure,
)
from vagledare.journal import access, indicators, quick_cases
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Gender, Indicator, IndicatorTarget, ResourceYear, Role
from vagledare.journal.staff import StaffInfo
from vagledare.reports import door
from vagledare.reports.fmt import format_value

D = Decimal


def _plain(text: str) -> str:
    """Babel's Swedish thousands separator (a no-break space) as a plain space."""
    return text.replace("\xa0", " ")


@pytest.fixture
def lead_desk(desk: Desk) -> Desk:
    """A team lead's desk following three indicators: snabbärenden (7 in 2024, 5 in 2023, a
    target of 6 for 2024), the share of avslut to self-sufficiency (targets, no closings) and
    FTE (stored for 2024 only)."""
    with desk.journal.session() as s:
        access.set_role(s, desk.staff.id, Role.TEAM_LEAD, Role.ADMIN)
        site = desk.site
        for year, women, men in ((2023, 3, 2), (2024, 4, 3)):
            for gender, n in ((Gender.WOMAN, women), (Gender.MAN, men)):
                quick_cases.log_quick_cases(
                    s,
                    site.id,
                    site.categories[0].id,
                    site.age_bands[1].id,
                    gender,
                    desk.staff.id,
                    at=datetime(year, 5, 14, 10),
                    count=n,
                    now=datetime(year, 5, 14, 10),
                )
        s.add(ResourceYear(year=2024, route="referred", fte_centi=350, cost_per_fte=396_000))
        quick = indicators.add_indicator(s, "snabbarenden")
        indicators.set_target(s, quick.id, 2024, D(6))
        share = indicators.add_indicator(s, "andel-egen-forsorjning")
        indicators.set_target(s, share.id, 2023, D("0.5"))
        indicators.set_target(s, share.id, 2024, D("0.7"))
        indicators.add_indicator(s, "arsarbetare")
    desk.staff = StaffInfo(desk.staff.id, desk.staff.name, Role.TEAM_LEAD)
    return desk


def _page(qtbot, desk: Desk) -> IndicatorsPage:  # noqa: ANN001
    page = IndicatorsPage(desk.journal, "sv", desk.staff, today=lambda: date(2024, 6, 14))
    qtbot.addWidget(page)
    page.resize(1350, 900)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


@pytest.fixture
def page(qtbot, lead_desk: Desk) -> IndicatorsPage:  # noqa: ANN001
    return _page(qtbot, lead_desk)


def _stored(desk: Desk) -> list[tuple[str, int, str, dict[int, str]]]:
    """The indicator rows as the journal holds them: measure, position, direction, targets."""
    with desk.journal.session() as s:
        targets: dict = {}
        for t in s.scalars(select(IndicatorTarget)):
            targets.setdefault(t.indicator_id, {})[t.year] = t.value
        rows = s.scalars(select(Indicator).order_by(Indicator.position))
        return [(r.measure, r.position, r.direction, targets.get(r.id, {})) for r in rows]


# -- the charts ---------------------------------------------------------------------------
def test_one_chart_per_indicator_with_its_years_values_and_target(page: IndicatorsPage) -> None:
    charts = page.charts()
    assert [c.data.title for c in charts] == [
        "Snabbärenden",
        "Andel avslut till egen försörjning",
        "Årsarbetare",
    ]
    quick, share, fte = (c.data for c in charts)
    assert quick.years == (2023, 2024)
    assert quick.total == (D(5), D(7))
    assert quick.line(WOMEN).values == (D(3), D(4))
    assert quick.line(MEN).values == (D(2), D(3))
    assert quick.targets == (None, D(6))
    assert quick.met is True
    # No closings at all: no data (not 0 %), and nothing to judge against the targets.
    assert share.unit == "share"
    assert share.targets == (D("0.5"), D("0.7"))
    assert share.total == (None, None) and share.met is None
    # FTE has no gender split: one line, and 2023 without stored resources is a gap.
    assert [x.key for x in fte.lines] == [TOTAL]
    assert fte.total == (None, D("3.5"))
    assert fte.targets == (None, None) and fte.met is None


def test_the_charts_say_in_words_what_they_draw(page: IndicatorsPage) -> None:
    quick, share, fte = page.charts()
    assert quick.status() == "2024: 7 · target at least 6 · target met"
    assert _plain(share.status()) == "2024: no data · target at least 70 % · not judged"
    assert fte.status() == "2024: 3,5 · no target"
    assert quick.accessibleName() == "Snabbärenden"
    assert quick.accessibleDescription() == (
        "Snabbärenden. 2023: 5 (Kvinnor 3, Män 2); 2024: 7 (Kvinnor 4, Män 3), "
        "target at least 6. 2024: 7 · target at least 6 · target met."
    )
    assert fte.accessibleDescription().startswith("Årsarbetare. 2023: no data; 2024: 3,5.")
    # The legend names every line in words (each also has its own dash and marker).
    assert quick.legend() == [
        (TOTAL, "Totalt"),
        (WOMEN, "Kvinnor"),
        (MEN, "Män"),
        (TARGET, "Target"),
    ]
    assert fte.legend() == [(TOTAL, "Totalt")]


def test_the_years_compared_and_the_place_follow_the_choice(qtbot, page: IndicatorsPage) -> None:  # noqa: ANN001
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.compare_spin.setValue(2)
    assert page.charts()[0].data.years == (2022, 2023, 2024)
    assert page.charts()[0].data.total == (None, D(5), D(7))
    assert page.model.columnCount() == 2 + 9 + 2  # Indikator, Typ, 3 × 3 years, Mål, Uppfyllt
    assert page.site_combo.itemText(1) == "Fröslunda"
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.site_combo.setCurrentIndex(1)
    assert page.request().site_ids == [page.site_combo.itemData(1)]
    assert page.charts()[0].data.total == (None, D(5), D(7))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.year_spin.setValue(2023)
    assert page.charts()[0].data.years == (2021, 2022, 2023)
    assert page.manager.target_year.value() == 2023  # the targets edited follow the year


def test_a_chart_of_a_lower_is_better_measure_says_at_most() -> None:
    data = ChartData(
        "Kostnad per avslut",
        "money",
        (2023, 2024),
        chart_lines("sv", [D(39226), D(26832)]),
        (None, D(30000)),
        True,
        "lower",
    )
    chart = IndicatorChart(data)
    assert _plain(chart.status()) == "2024: 26 832 kr · target at most 30 000 kr · target met"
    assert _plain(format_measure(D("0.555"), "share", "sv")) == "56 %"
    assert format_measure(D("3.5"), "fte", "sv") == "3,5"
    assert format_measure(None, "count", "sv") == "–"


# -- the table ----------------------------------------------------------------------------
def test_the_table_is_the_report_of_the_same_choice(page: IndicatorsPage, qtmodeltester) -> None:  # noqa: ANN001
    request = page.request()
    assert request.key == "indikatorer" and request.options == {"compare": 1}
    assert (request.period.start.isoformat(), request.period.end.isoformat()) == (
        "2024-01-01",
        "2024-12-31",
    )
    report = page.journal.read(door.build, request).table
    model = page.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == list(report.header)  # Indikator, Typ, 2023 Kvinnor … Mål 2024, Uppfyllt
    shown = [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    expected = [
        [row.label, *(format_value(v, "sv") for v in row.values)] for _, row in report.rows()
    ]
    assert shown == expected
    assert shown[0] == ["Snabbärenden", "Aktivitet", "3", "2", "5", "4", "3", "7", "6", "ja"]
    assert shown[2][:2] == ["Årsarbetare", "Resurs"]
    assert page.title.text() == report.title
    qtmodeltester.check(model)


def test_a_lead_exports_the_table_through_the_door(page: IndicatorsPage, tmp_path: Path) -> None:
    out = page.export("csv", tmp_path / "indikatorer.csv")
    assert out is not None
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Indikator;Typ;")


# -- managing -----------------------------------------------------------------------------
def test_a_lead_adds_reorders_and_removes_indicators(
    qtbot,  # noqa: ANN001
    page: IndicatorsPage,
    lead_desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    manager = page.manager
    assert manager.isVisibleTo(page) and not page.read_only.isVisibleTo(page)
    # The catalogue offers what is not followed yet, under a heading per Typ.
    catalogue = [manager.catalogue.itemText(i).strip() for i in range(manager.catalogue.count())]
    assert catalogue[0] == "Resource indicators"
    assert "Snabbärenden" not in catalogue and "Besök" in catalogue
    heading = manager.catalogue.model().index(0, 0)
    assert not manager.catalogue.model().flags(heading) & Qt.ItemFlag.ItemIsSelectable

    manager.catalogue.setCurrentIndex(catalogue.index("Kostnad per avslut till egen försörjning"))
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        manager.add_button.click()
    assert [x[0] for x in _stored(lead_desk)] == [
        "snabbarenden",
        "andel-egen-forsorjning",
        "arsarbetare",
        "kostnad-per-avslut",
    ]
    assert _stored(lead_desk)[3][2] == "lower"  # the measure's own direction
    assert len(page.charts()) == 4 and page.model.rowCount() == 4
    assert manager.list.currentItem().text().startswith("Kostnad per avslut")

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        manager.up_button.click()
    assert [(x[0], x[1]) for x in _stored(lead_desk)][2:] == [
        ("kostnad-per-avslut", 2),
        ("arsarbetare", 3),
    ]
    manager.list.setFocus()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(manager.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [x[0] for x in _stored(lead_desk)][1] == "kostnad-per-avslut"

    manager.direction_combo.setCurrentIndex(0)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        manager.direction_combo.activated.emit(0)
    assert _stored(lead_desk)[1][2] == "higher"

    manager.list.setCurrentRow(0)  # Snabbärenden, with its target
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        manager.remove_button.click()
    assert [x[0] for x in _stored(lead_desk)] == [
        "kostnad-per-avslut",
        "andel-egen-forsorjning",
        "arsarbetare",
    ]
    with lead_desk.journal.session() as s:  # its target went with it
        assert len(s.scalars(select(IndicatorTarget)).all()) == 2
    assert [c.data.title for c in page.charts()][0] == "Kostnad per avslut till egen försörjning"


def test_a_lead_sets_and_removes_a_target(qtbot, page: IndicatorsPage, lead_desk: Desk) -> None:  # noqa: ANN001
    manager = page.manager
    manager.list.setCurrentRow(1)  # the share: typed in percent, kept as a proportion
    assert manager.unit_label.text() == "%"
    assert manager.target_year.value() == 2024
    assert manager.target_edit.text() == "70"
    manager.target_year.setValue(2025)
    assert manager.target_edit.text() == ""
    manager.target_edit.setText("72,5")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        manager.set_target_button.click()
    assert _stored(lead_desk)[1][3] == {2023: "0.5", 2024: "0.7", 2025: "0.725"}
    assert _plain(manager.message.text()) == (
        "Target for Andel avslut till egen försörjning in 2025: 73 %."
    )
    assert "2025: 73 %" in _plain(manager.targets_label.text())

    manager.target_year.setValue(2023)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        manager.clear_target_button.click()
    assert _stored(lead_desk)[1][3] == {2024: "0.7", 2025: "0.725"}

    manager.list.setCurrentRow(0)
    manager.target_year.setValue(2024)
    manager.target_edit.setText("1 400")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(manager.target_edit, Qt.Key.Key_Return)
    assert _stored(lead_desk)[0][3] == {2024: "1400"}
    assert page.charts()[0].data.targets == (None, D(1400))
    assert page.model.data(page.model.index(0, 9)) == "nej"
    assert page.charts()[0].data.met is False


NOT_A_NUMBER = (
    "The target for Snabbärenden in 2024 must be a number, e.g. 1200 or 55.5: “{}” is not one."
)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("tusen", NOT_A_NUMBER.format("tusen")),
        ("12a", NOT_A_NUMBER.format("12a")),
        ("-5", "Målet -5 är inget tal från 0 och uppåt."),
    ],
)
def test_a_target_that_is_no_number_is_refused_and_kept(
    page: IndicatorsPage, lead_desk: Desk, typed: str, message: str
) -> None:
    before = _stored(lead_desk)
    manager = page.manager
    manager.list.setCurrentRow(0)
    manager.target_edit.setText(typed)
    manager.set_target_button.click()
    assert manager.message.text() == message
    assert manager.message.property("problem") is True
    assert manager.target_edit.text() == typed  # kept for correcting
    assert _stored(lead_desk) == before


def test_numbers_are_read_as_people_type_them() -> None:
    assert parse_number("1 200") == D(1200)
    assert parse_number("55,5 %") == D("55.5")
    assert parse_number("30\u00a0000 kr") == D(30000)
    assert parse_number("-3") == D(-3)
    assert parse_number("1,2,3") is None
    assert parse_number("") is None


# -- who may --------------------------------------------------------------------------------
def test_a_coach_sees_the_page_and_cannot_change_it(qtbot, lead_desk: Desk) -> None:  # noqa: ANN001
    with lead_desk.journal.session() as s:
        from vagledare.journal import staff

        coach = staff.ensure_staff(s, "CD")
    coach_info = StaffInfo(coach.id, coach.name, Role.COACH)
    lead_desk.staff = coach_info
    page = _page(qtbot, lead_desk)
    assert len(page.charts()) == 3  # the figures are shown
    assert not page.manager.isVisibleTo(page)
    assert page.read_only.isVisibleTo(page)
    assert not page.csv_button.isVisibleTo(page) and page.export("csv") is None
    before = _stored(lead_desk)
    # The journal itself refuses a coach's change, whatever the window shows.
    page.manager.catalogue.setCurrentIndex(1)
    page.manager.add_button.click()
    assert page.manager.message.text().startswith("Bara teamledare och administratörer får")
    assert _stored(lead_desk) == before
    with pytest.raises(ValidationError):
        lead_desk.journal.write(indicators.add_indicator, "snabbarenden", None, coach.id)


def test_a_lead_unlocking_the_desk_may_change_the_indicators(qtbot, lead_desk: Desk) -> None:  # noqa: ANN001
    lead = lead_desk.staff
    lead_desk.staff = StaffInfo(lead.id, lead.name, Role.COACH)
    page = _page(qtbot, lead_desk)
    assert not page.manager.isVisibleTo(page)
    page.set_staff(lead)
    assert page.manager.isVisibleTo(page) and page.csv_button.isEnabled()


def test_no_indicators_yet_says_what_to_do(qtbot, desk: Desk) -> None:  # noqa: ANN001
    with desk.journal.session() as s:
        access.set_role(s, desk.staff.id, Role.TEAM_LEAD, Role.ADMIN)
    desk.staff = StaffInfo(desk.staff.id, desk.staff.name, Role.TEAM_LEAD)
    page = _page(qtbot, desk)
    assert page.charts() == []
    assert page.status.text() == (
        "No indicators yet: add the first ones from the catalogue on the right."
    )
    assert page.manager.targets_label.text() == "No indicator chosen yet."
    assert not page.manager.remove_button.isEnabled()


# -- the window -----------------------------------------------------------------------------
def test_the_main_window_has_the_indicators_tab(qtbot, lead_desk: Desk) -> None:  # noqa: ANN001
    from vagledare.gui.shell.main_window import MainWindow

    window = MainWindow(lead_desk, "sv")
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.count() == 8
    assert window.tabs.tabText(7) == "&Indicators (Ctrl+8)"
    assert window.page_actions[7].shortcut().toString() == "Ctrl+8"
    with qtbot.waitSignal(window.indicators.loaded, timeout=10_000):
        window.page_actions[7].trigger()
    assert window.tabs.currentIndex() == 7
    assert window.help_topic() == "indicators"
    assert len(window.indicators.charts()) == 3


def test_an_axis_never_repeats_a_label() -> None:
    from decimal import Decimal

    from vagledare.gui.indicators.small_multiple import nice_range

    assert nice_range([Decimal(0)], 1) == (0, 1, 1)  # a year of zeros: 0 and 1, no "0 0 1 1"
    assert nice_range([Decimal(3)], 1) == (0, 3, 1)
    low, high, step = nice_range([Decimal(1764)], 1)
    assert (low, step) == (0, 500) and high >= 1764
    assert nice_range([Decimal(1)]) == (0, 1, 0.5)  # decimals step below one, never by 0,25
