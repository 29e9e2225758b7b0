"""The window's list of activities and events (Edit › Aktiviteter och evenemang…): a month of
the site's activities with ← and →, new, edit and delete with a question first; its model
passes qtmodeltester."""

from __future__ import annotations

from datetime import date

import pytest

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from vagledare.app.desk import Desk
from vagledare.gui.activities.activity_dialog import ActivityDialog
from vagledare.gui.activities.activity_list import ActivityListDialog
from vagledare.journal import activities
from vagledare.journal.activities import ActivityDraft
from vagledare.journal.sites import list_sites

TODAY = date(2024, 4, 25)


def kind(desk: Desk, name: str) -> object:
    found = desk.journal.read(activities.find_kind, name)
    assert found is not None
    return found.id


def add(desk: Desk, day: date, title: str, kind_name: str = "Språkcafé", **kw: object) -> object:
    draft = ActivityDraft(desk.site.id, kind(desk, kind_name), day, title, **kw)  # type: ignore[arg-type]
    return desk.journal.write(activities.add_activity, draft, desk.staff.id)


@pytest.fixture
def listed(qtbot, desk: Desk) -> ActivityListDialog:  # noqa: ANN001
    add(desk, date(2024, 4, 3), "Språkcafé", women=7, men=4, unstated=1)
    add(
        desk,
        date(2024, 4, 18),
        "Näringslivsdag",
        "Näringslivsdag",
        women=330,
        men=260,
        unstated=10,
        employers=14,
        partners=("Parken Zoo", "Arbetsförmedlingen"),
    )
    add(desk, date(2024, 3, 28), "Läxhjälp i mars", "Läxhjälp", women=3)
    sites = desk.journal.read(list_sites)
    d = ActivityListDialog(desk.journal, sites, desk.site, desk.staff.id, "sv", TODAY)
    qtbot.addWidget(d)
    d.show()
    return d


def shown(d: ActivityListDialog, column: int = 0) -> list[str]:
    m = d.model
    return [m.index(r, column).data() for r in range(m.rowCount())]


def choose(d: ActivityListDialog, row: int) -> None:
    d.ui.activityView.selectionModel().select(
        d.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_month_is_listed_with_visitors_employers_and_partners(
    qtmodeltester,  # noqa: ANN001
    listed: ActivityListDialog,
) -> None:
    d = listed
    assert d.ui.monthLabel.text() == "april 2024"
    headers = [d.model.headerData(i, Qt.Orientation.Horizontal) for i in range(9)]
    assert headers == [
        "Date",
        "Type",
        "Title",
        "Women",
        "Men",
        "Not stated",
        "Employers",
        "Partners",
        None,
    ]
    assert shown(d) == ["2024-04-03", "2024-04-18"]
    assert [d.model.index(1, c).data() for c in range(8)] == [
        "2024-04-18",
        "Näringslivsdag",
        "Näringslivsdag",
        "330",
        "260",
        "10",
        "14",
        "Arbetsförmedlingen, Parken Zoo",
    ]
    assert d.ui.summaryLabel.text() == "2 activities · 612 visitors · 14 employers present"
    assert not d.ui.editButton.isEnabled() and not d.ui.deleteButton.isEnabled()
    qtmodeltester.check(d.model)
    d.ui.previousButton.click()
    assert d.ui.monthLabel.text() == "mars 2024" and shown(d, 2) == ["Läxhjälp i mars"]
    d.ui.nextButton.click()
    d.ui.nextButton.click()
    assert d.ui.monthLabel.text() == "maj 2024" and shown(d) == []
    d.ui.siteCombo.setCurrentIndex(0)  # every site: the site column shows
    d.move_month(-1)
    assert d.model.headerData(1, Qt.Orientation.Horizontal) == "Meeting place"
    qtmodeltester.check(d.model)


def test_new_and_edit_use_the_one_activity_dialog(
    listed: ActivityListDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = listed

    def fill_new(dialog: ActivityDialog) -> int:
        assert dialog.activity is None and dialog.ui.dateEdit.date().toPython() == TODAY
        dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findText("Studiebesök"))
        dialog.ui.titleEdit.setText("Studiebesök på Mälardalens universitet")
        dialog.ui.menSpin.setValue(9)
        dialog._on_accept()
        return dialog.result()

    monkeypatch.setattr(ActivityDialog, "exec", fill_new)
    d.ui.newButton.click()
    assert shown(d, 2)[-1] == "Studiebesök på Mälardalens universitet"
    assert d.chosen() is not None and d.chosen().men == 9  # type: ignore[union-attr]
    assert "is saved" in d.ui.messageLabel.text()

    def fill_edit(dialog: ActivityDialog) -> int:
        assert dialog.activity is not None and dialog.activity.title == "Språkcafé"
        assert dialog.ui.womenSpin.value() == 7
        dialog.ui.womenSpin.setValue(8)
        dialog._on_accept()
        return dialog.result()

    monkeypatch.setattr(ActivityDialog, "exec", fill_edit)
    choose(d, 0)
    d.ui.editButton.click()
    assert d.model.index(0, 3).data() == "8"
    got = desk_activities(d)
    assert [(a.title, a.women) for a in got][:1] == [("Språkcafé", 8)]


def desk_activities(d: ActivityListDialog) -> list[activities.ActivityInfo]:
    return d.journal.read(activities.list_activities, None, date(2024, 4, 1), date(2024, 4, 30))


def test_delete_asks_first_and_a_no_keeps_the_activity(
    listed: ActivityListDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = listed
    asked: list[str] = []
    reply = QMessageBox.StandardButton.No

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    choose(d, 1)
    d.ui.deleteButton.click()
    assert "Näringslivsdag on 2024-04-18 (600 visitors)" in asked[0]
    assert len(desk_activities(d)) == 2
    reply = QMessageBox.StandardButton.Yes
    d.ui.deleteButton.click()
    assert [a.title for a in desk_activities(d)] == ["Språkcafé"]
    assert shown(d, 2) == ["Språkcafé"] and "is deleted" in d.ui.messageLabel.text()


def test_the_menu_opens_the_list(qtbot, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    from vagledare.gui.shell.main_window import MainWindow

    seen: list[QDialog] = []
    monkeypatch.setattr(ActivityListDialog, "exec", lambda self: seen.append(self) or 0)
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.activities_action.trigger()
    assert len(seen) == 1 and isinstance(seen[0], ActivityListDialog)


def test_every_control_is_named(listed: ActivityListDialog, qtbot) -> None:  # noqa: ANN001
    from a11y import unnamed_controls

    from vagledare.gui.cases.duty_dialog import DutyDialog

    duty = DutyDialog("FRÖ-1", TODAY, None, (None, None), TODAY, lambda *_a: None)
    qtbot.addWidget(duty)
    duty.show()
    assert unnamed_controls(listed) == [] and unnamed_controls(duty) == []
