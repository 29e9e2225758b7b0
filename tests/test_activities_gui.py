"""The window's parts of issue 19 (activities and visits): the activity dialog (entry, a
refusal that marks the field and keeps what was typed, the fit at 1280×720) and the tally
screen's "same visitor" and "returning" buttons."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog

from vagledare.app.desk import Desk
from vagledare.gui.activities.activity_dialog import ActivityDialog
from vagledare.gui.shell.actions import ACTIONS, MENUS
from vagledare.gui.tally.tally_page import TallyPage
from vagledare.journal import activities
from vagledare.journal.models import Gender
from vagledare.journal.sites import list_sites
from vagledare.reports import door
from vagledare.reports.periods import Period
from vagledare.reports.render.csv import csv_text


def dialog(qtbot, desk: Desk) -> ActivityDialog:  # noqa: ANN001
    sites = desk.journal.read(list_sites)
    d = ActivityDialog(desk.journal, sites, desk.site, desk.staff.id, today=date(2024, 4, 25))
    qtbot.addWidget(d)
    d.show()
    return d


def test_a_naringslivsdag_is_entered_in_one_dialog(qtbot, desk: Desk) -> None:  # noqa: ANN001
    desk.journal.write(activities.ensure_partner, "Parken Zoo", None, employer=True)
    d = dialog(qtbot, desk)
    ui = d.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("Näringslivsdag"))
    ui.titleEdit.setText("Näringslivsdag i Fröslunda")
    ui.womenSpin.setValue(330)
    ui.menSpin.setValue(260)
    ui.unstatedSpin.setValue(10)
    ui.employersSpin.setValue(14)
    ui.partnersList.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(ui.newPartnersEdit, "Young Revolution | Eskilstuna FC")
    ui.timeCheck.setChecked(True)
    ui.buttonBox.accepted.emit()
    assert d.result() == QDialog.DialogCode.Accepted and d.saved_id is not None
    got = desk.journal.read(activities.get_activity, d.saved_id)
    assert (got.visitors, got.employers, got.held_on) == (600, 14, date(2024, 4, 25))
    assert got.partners == ("Eskilstuna FC", "Parken Zoo", "Young Revolution")
    assert got.staff == ("AB",) and got.starts_at is not None
    with desk.journal.session(readonly=True) as s:
        period = Period(date(2024, 1, 1), date(2024, 12, 31))
        table = door.build(s, door.Request("aktiviteter", period)).csv_table
    assert "Näringslivsdag;1;330;260;10;600;14\r\n" in csv_text(table)


def test_a_refusal_marks_the_field_and_keeps_what_was_typed(qtbot, desk: Desk) -> None:  # noqa: ANN001
    d = dialog(qtbot, desk)
    ui = d.ui
    ui.titleEdit.setText("Språkcafé")
    ui.womenSpin.setValue(7)
    ui.noteEdit.setPlainText("Ring 811218-9876 om bokningen")
    ui.buttonBox.accepted.emit()
    assert d.isVisible() and d.saved_id is None
    assert ui.noteEdit.property("invalid") is True
    assert "Anteckningen" in ui.errorLabel.text()
    assert (ui.titleEdit.text(), ui.womenSpin.value()) == ("Språkcafé", 7)
    assert (
        desk.journal.read(activities.list_activities, None, date(2000, 1, 1), date(2100, 1, 1))
        == []
    )
    # fixed, it saves
    ui.noteEdit.setPlainText("Ring receptionen om bokningen")
    ui.buttonBox.accepted.emit()
    assert d.saved_id is not None


def test_a_time_that_ends_before_it_starts_marks_the_time(qtbot, desk: Desk) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTime

    d = dialog(qtbot, desk)
    d.ui.timeCheck.setChecked(True)
    d.ui.startsEdit.setTime(QTime(15, 0))
    d.ui.endsEdit.setTime(QTime(14, 0))
    d.ui.buttonBox.accepted.emit()
    assert d.saved_id is None and d.ui.endsEdit.property("invalid") is True


def test_the_menu_offers_the_dialog() -> None:
    spec = ACTIONS["activities_action"]
    assert spec.text == "&Activities and events…"
    edit = dict(MENUS)["&Edit"]
    assert "activities_action" in edit


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_the_dialog_fits_the_screen_with_its_buttons_in_sight(
    qtbot,  # noqa: ANN001
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
) -> None:
    from vagledare.gui.common import widgets

    screen = QRect(0, 0, size[0], size[1] - 40)
    monkeypatch.setattr(widgets, "available_geometry", lambda _w: screen)
    for i in range(30):  # a long register and staff list scroll inside their lists
        desk.journal.write(activities.ensure_partner, f"Partner {i:02d}", None)
    d = dialog(qtbot, desk)
    qtbot.waitExposed(d)
    frame_w, frame_h = widgets.FRAME_ALLOWANCE
    assert d.width() <= screen.width() - frame_w + 1
    assert d.height() <= screen.height() - frame_h + 1
    for button in d.findChildren(QAbstractButton):
        if button.isVisibleTo(d) and button.window() is d:
            top_left = button.mapTo(d, button.rect().topLeft())
            assert d.rect().contains(QRect(top_left, button.size())), button.text()


def besok(desk: Desk) -> list[str]:
    with desk.journal.session(readonly=True) as s:
        today = date.today()
        table = door.build(s, door.Request("besok", Period(today, today))).csv_table
    return csv_text(table).splitlines()


def test_the_same_visitor_toggle_groups_clicks_into_one_visit(qtbot, desk: Desk) -> None:  # noqa: ANN001
    page = TallyPage(desk)
    qtbot.addWidget(page)
    page.show()
    site = desk.site
    band = site.age_band("25-34").id

    def click(category: str, gender: Gender = Gender.WOMAN) -> None:
        btn = page.buttons[(site.category(category).id, band, gender)]
        qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)

    click("Söka arbete")  # a visitor's first question …
    qtbot.mouseClick(page.same_visitor_button, Qt.MouseButton.LeftButton)
    assert page.same_visitor_button.isChecked() and desk.same_visitor
    click("Söka studier")  # … the second, same visit
    click("Övrigt")  # … and a third
    assert page.same_visitor_button.isChecked()  # stays on until the next visitor
    qtbot.mouseClick(page.same_visitor_button, Qt.MouseButton.LeftButton)
    assert not desk.same_visitor
    qtbot.mouseClick(page.returning_button, Qt.MouseButton.LeftButton)
    assert desk.return_visit
    click("Söka arbete", Gender.MAN)  # the next visitor has been here before
    assert not page.returning_button.isChecked()  # the mark ended with that visitor
    assert besok(desk)[1:6] == [
        "Besök;2",
        "varav kvinnor;1",
        "varav män;1",
        "varav återkommande;1",
        "Snabbärenden;4",
    ]


def test_a_visit_of_another_gender_is_refused_with_a_message(qtbot, desk: Desk) -> None:  # noqa: ANN001
    page = TallyPage(desk)
    qtbot.addWidget(page)
    site = desk.site
    band = site.age_band("25-34").id
    cat = site.category("Övrigt").id
    qtbot.mouseClick(page.buttons[(cat, band, Gender.WOMAN)], Qt.MouseButton.LeftButton)
    page.same_visitor_button.setChecked(True)
    qtbot.mouseClick(page.buttons[(cat, band, Gender.MAN)], Qt.MouseButton.LeftButton)
    assert "annat kön" in page.feedback_label.text()
    assert page.feedback.property("state") == "error"
