"""The Dag page: any earlier day by keys or picker, corrections and removals on it (audited,
whole registrations, several rows at once), buttons only when they can act; the tally grid's
*Ej angivet* column, its feedback line after Ctrl+E and after a change of user, and the count
texts' plural forms."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from a11y import leaves_with_tab, tab_cycle, unnamed_controls
from sqlalchemy import select

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from vagledare.app.desk import Desk
from vagledare.gui.common.combo import select_data
from vagledare.gui.shell.main_window import MainWindow
from vagledare.gui.today.correct_entry_dialog import CorrectEntryDialog
from vagledare.gui.today.today_page import TodayPage
from vagledare.journal import access, audit, quick_cases, sites
from vagledare.journal.journal_settings import set_unstated_column
from vagledare.journal.models import Gender, QuickCase
from vagledare.journal.staff import ensure_staff

TODAY = date(2024, 12, 5)  # a Thursday
TUESDAY = date(2024, 12, 3)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def swedish(qtbot):  # noqa: ANN001, ANN201
    """The Swedish translation and locale, as the desk runs; both undone afterwards."""
    from vagledare.gui.shell.i18n import install_translators

    app = QCoreApplication.instance()
    before = QLocale()
    translators = install_translators(app, "sv")
    yield
    for t in translators:
        app.removeTranslator(t)
    QLocale.setDefault(before)


def ids(desk: Desk) -> tuple[dict[str, uuid.UUID], dict[str, uuid.UUID]]:
    return (
        {c.name: c.id for c in desk.site.categories},
        {b.label: b.id for b in desk.site.age_bands},
    )


def log(desk: Desk, category: str, band: str, gender: Gender, at: datetime, count: int = 1):  # noqa: ANN201
    cats, bands = ids(desk)
    return desk.log(cats[category], bands[band], gender, count=count, at=at)


def rows(desk: Desk) -> dict[uuid.UUID, QuickCase]:
    with desk.journal.session(readonly=True) as s:
        return {r.id: r for r in s.scalars(select(QuickCase))}


def counted_ids(desk: Desk) -> set[uuid.UUID]:
    return {i for i, r in rows(desk).items() if r.removed_at is None}


@pytest.fixture
def page(qtbot, desk: Desk) -> TodayPage:  # noqa: ANN001
    p = TodayPage(desk, today=lambda: TODAY)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    p.show()
    qtbot.waitExposed(p)
    p.refresh()
    return p


def select_rows(page: TodayPage, *numbers: int) -> None:
    selection = page.view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for n in numbers:
        selection.select(page.model.index(n, 0), flags)


def row_of(page: TodayPage, entry_id: uuid.UUID) -> int:
    return next(i for i, e in enumerate(page.model.rows) if e.id == entry_id)


def states(page: TodayPage) -> tuple[bool, bool, bool]:
    return (
        page.change_button.isEnabled(),
        page.remove_button.isEnabled(),
        page.remove_all_button.isEnabled(),
    )


def answer(monkeypatch: pytest.MonkeyPatch, *replies: str) -> list[tuple[str, list[str]]]:
    """Reply to the page's reason questions in turn; what was asked (question, offered)."""
    asked: list[tuple[str, list[str]]] = []
    queue = list(replies)

    def get_item(_parent, _title, question, items, *_a, **_k):  # noqa: ANN001, ANN202
        asked.append((question, list(items)))
        return (queue.pop(0), True) if queue else ("", False)

    monkeypatch.setattr("vagledare.gui.today.today_page.QInputDialog.getItem", get_item)
    return asked


# -- the day ------------------------------------------------------------------------------
def test_days_are_chosen_by_keys_buttons_and_picker_never_a_future_one(
    qtbot,  # noqa: ANN001
    page: TodayPage,
    desk: Desk,
) -> None:
    log(desk, "Söka arbete", "25-34", Gender.WOMAN, datetime(2024, 12, 5, 9, 0))
    log(desk, "Övrigt", "18-24", Gender.MAN, datetime(2024, 12, 4, 14, 0), count=2)
    log(desk, "Söka studier", "35-44", Gender.WOMAN, datetime(2024, 12, 3, 10, 30))
    page.refresh()
    assert page.day == TODAY and page.model.rowCount() == 1
    assert not page.next_button.isEnabled() and not page.today_button.isEnabled()
    assert page.date_edit.maximumDate() == QDate(2024, 12, 5)

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Left, ALT)
    assert page.day == date(2024, 12, 4)
    assert [e.category for e in page.model.rows] == ["Övrigt", "Övrigt"]
    assert page.date_edit.date() == QDate(2024, 12, 4)
    assert page.next_button.isEnabled() and page.today_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Left, ALT)
    assert page.day == TUESDAY and [e.category for e in page.model.rows] == ["Söka studier"]
    qtbot.keyClick(page.view, Qt.Key.Key_Right, ALT)
    assert page.day == date(2024, 12, 4)
    qtbot.keyClick(page.view, Qt.Key.Key_Home, ALT)
    assert page.day == TODAY and page.model.rowCount() == 1
    qtbot.keyClick(page.view, Qt.Key.Key_Right, ALT)  # no day after today
    assert page.day == TODAY

    page.date_edit.setDate(QDate(2024, 12, 3))  # the picker
    assert page.day == TUESDAY and page.model.rowCount() == 1
    page.date_edit.setDate(QDate(2024, 12, 9))  # beyond today: the picker stops at today
    assert page.date_edit.date() == QDate(2024, 12, 5) and page.day == TODAY
    page.show_day(date(2025, 1, 1))
    assert page.day == TODAY
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.day == TUESDAY
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.day == TODAY


def test_the_heading_names_the_day_in_swedish_with_plural_counts(
    qtbot,  # noqa: ANN001
    swedish,  # noqa: ANN001
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = TodayPage(desk, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show_day(TUESDAY)
    assert page.heading.text() == "Tisdag 3 december 2024 på Fröslunda: inget registrerat"
    one = log(desk, "Myndighetskontakt", "25-34", Gender.MAN, datetime(2024, 12, 3, 9, 30))
    page.refresh()
    assert page.heading.text() == "Tisdag 3 december 2024 på Fröslunda: 1 snabbärende räknas"
    log(desk, "Myndighetskontakt", "25-34", Gender.MAN, datetime(2024, 12, 3, 9, 30), count=4)
    log(desk, "Övrigt", "45-54", Gender.WOMAN, datetime(2024, 12, 3, 11, 0))
    desk.remove(one.ids[0], "Felklick")
    page.refresh()
    assert page.heading.text() == (
        "Tisdag 3 december 2024 på Fröslunda: 5 snabbärenden räknas, 1 borttagen"
    )
    select_rows(page, 1)  # one of the 4 ×
    assert page.remove_all_button.text() == "Ta bort he&la registreringen (4 st)…"
    answer(monkeypatch, "Dubbelregistrering")
    page.remove_all_button.click()
    assert page.message.text() == "4 registreringar borttagna."
    assert page.heading.text() == (
        "Tisdag 3 december 2024 på Fröslunda: 1 snabbärende räknas, 5 borttagna"
    )
    page.go_to_today()
    assert page.heading.text() == "Idag, torsdag 5 december 2024 på Fröslunda: inget registrerat"


# -- corrections ----------------------------------------------------------------------------
def test_a_correction_changes_the_row_and_the_log_keeps_before_and_after(
    qtbot,  # noqa: ANN001
    page: TodayPage,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cats, bands = ids(desk)
    logged = log(desk, "Söka arbete", "25-34", Gender.MAN, datetime(2024, 12, 3, 10, 15))
    other = log(desk, "Övrigt", "18-24", Gender.WOMAN, datetime(2024, 12, 3, 8, 0))
    page.show_day(TUESDAY)
    select_rows(page, row_of(page, logged.ids[0]))
    assert states(page) == (True, True, False)
    seen = []

    def fill_in(dialog: CorrectEntryDialog) -> int:
        seen.append(
            (
                dialog.ui.categoryCombo.currentText(),
                dialog.ui.ageBandCombo.currentText(),
                dialog.ui.genderCombo.currentText(),
                [
                    dialog.ui.categoryCombo.itemText(i)
                    for i in range(dialog.ui.categoryCombo.count())
                ],
            )
        )
        select_data(dialog.ui.categoryCombo, cats["Söka studier"])
        select_data(dialog.ui.ageBandCombo, bands["35-44"])
        select_data(dialog.ui.genderCombo, Gender.WOMAN)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CorrectEntryDialog, "exec", fill_in)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    assert seen == [
        (
            "Söka arbete",
            "25-34",
            "Man",
            ["Ansökningshandlingar", "Söka arbete", "Söka studier", "Myndighetskontakt", "Övrigt"],
        )
    ]
    row = rows(desk)[logged.ids[0]]
    assert (row.category_id, row.age_band_id, row.gender) == (
        cats["Söka studier"],
        bands["35-44"],
        Gender.WOMAN,
    )
    assert row.occurred_at == datetime(2024, 12, 3, 10, 15) and row.author_id == desk.staff.id
    assert rows(desk)[other.ids[0]].category_id == cats["Övrigt"]  # the other row as it was
    with desk.journal.session(readonly=True) as s:
        (entry,) = [e for e in audit.entries(s, action="update") if e.entity == "quick_case"]
    assert entry.entity_id == str(logged.ids[0]) and entry.actor == "AB"
    assert entry.detail["category_id"] == [str(cats["Söka arbete"]), str(cats["Söka studier"])]
    assert entry.detail["age_band_id"] == [str(bands["25-34"]), str(bands["35-44"])]
    assert entry.detail["gender"] == ["man", "woman"]
    shown = page.model.rows[row_of(page, logged.ids[0])]
    assert (shown.category, shown.age_band, shown.gender) == ("Söka studier", "35-44", "woman")
    assert page.message.text() == (
        "Changed: Söka arbete · 25-34 · Man at 10:15 → Söka studier · 35-44 · Woman at 10:15"
    )
    assert page.view.selectionModel().selectedRows()[0].row() == row_of(page, logged.ids[0])

    # the same values again: nothing changes, nothing is logged
    monkeypatch.setattr(CorrectEntryDialog, "exec", lambda d: (d.accept(), d.result())[1])
    page.change_button.click()
    assert page.message.text() == "Nothing was changed."
    with desk.journal.session(readonly=True) as s:
        assert len([e for e in audit.entries(s, action="update") if e.entity == "quick_case"]) == 1


def test_a_refused_correction_is_shown_in_the_dialog_with_the_choices_kept(
    qtbot,  # noqa: ANN001
    desk: Desk,
) -> None:
    cats, bands = ids(desk)
    logged = log(desk, "Övrigt", "25-34", Gender.MAN, datetime(2024, 12, 3, 10, 15))
    desk.journal.write(sites.retire_category, cats["Övrigt"])
    (entry,) = desk.journal.read(quick_cases.day_entries, desk.site.id, TUESDAY)
    site = desk.journal.read(sites.get_site, desk.site.id)
    dialog = CorrectEntryDialog(entry, site, lambda *v: desk.correct(entry.id, *v))
    qtbot.addWidget(dialog)
    dialog.show()
    # a retired category still shows what the entry is; the others offered are those in use
    combo = dialog.ui.categoryCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Övrigt (no longer in use)",
        "Ansökningshandlingar",
        "Söka arbete",
        "Söka studier",
        "Myndighetskontakt",
    ]
    assert combo.currentIndex() == 0
    assert unnamed_controls(dialog) == []
    # meanwhile another desk removes the entry: the refusal is said, the choices stay
    desk.remove(entry.id, "Felklick")
    select_data(combo, cats["Söka arbete"])
    select_data(dialog.ui.genderCombo, Gender.WOMAN)
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.problemLabel.text() == (
        "⚠ Registreringen är borttagen; ångra borttagningen först."
    )
    assert (combo.currentText(), dialog.ui.genderCombo.currentText()) == ("Söka arbete", "Woman")
    select_data(dialog.ui.ageBandCombo, bands["35-44"])
    assert dialog.ui.problemLabel.text() == ""  # an old refusal goes when the choice changes
    assert rows(desk)[logged.ids[0]].category_id == cats["Övrigt"]


def test_the_change_dialog_is_keyboard_reachable_and_fits_a_small_screen(
    qtbot,  # noqa: ANN001
    swedish,  # noqa: ANN001
    desk: Desk,
) -> None:
    log(desk, "Övrigt", "25-34", Gender.MAN, datetime(2024, 12, 3, 10, 15))
    (entry,) = desk.journal.read(quick_cases.day_entries, desk.site.id, TUESDAY)
    dialog = CorrectEntryDialog(entry, desk.site, lambda *v: desk.correct(entry.id, *v))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert unnamed_controls(dialog) == []
    cycle = tab_cycle(dialog)
    assert cycle[-1] is cycle[0]
    assert {dialog.ui.categoryCombo, dialog.ui.ageBandCombo, dialog.ui.genderCombo} <= set(cycle)
    assert leaves_with_tab([w for w in cycle[:-1]]) == []
    hint = dialog.sizeHint()
    assert hint.width() <= 1280 - 16 and hint.height() <= 720 - 40 - 48
    assert dialog.ui.entryLabel.text() == (
        "Registrering tisdag 3 december 2024 kl. 10:15: Övrigt · 25-34 · Man"
    )
    assert dialog.windowTitle() == "Ändra registrering"


# -- removals ---------------------------------------------------------------------------
def test_a_whole_registration_is_removed_and_the_other_entries_stay(
    qtbot,  # noqa: ANN001
    page: TodayPage,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    at = datetime(2024, 12, 3, 9, 30)
    four = log(desk, "Myndighetskontakt", "25-34", Gender.MAN, at, count=4)
    single = log(desk, "Myndighetskontakt", "25-34", Gender.MAN, at)  # the same cell, later
    other = log(desk, "Övrigt", "45-54", Gender.WOMAN, datetime(2024, 12, 3, 11, 0))
    page.show_day(TUESDAY)
    select_rows(page, row_of(page, single.ids[0]))
    assert states(page) == (True, True, False)
    assert page.remove_all_button.text() == "Remove &whole registration…"
    select_rows(page, row_of(page, four.ids[2]))
    assert states(page) == (True, True, True)
    assert page.remove_all_button.text() == "Remove &whole registration (4)…"
    asked = answer(monkeypatch, "Dubbelregistrering")
    qtbot.mouseClick(page.remove_all_button, Qt.MouseButton.LeftButton)
    assert asked[0][0] == (
        "The whole registration is removed: 4 entries of "
        "Myndighetskontakt · 25-34 · Man at 09:30. Why?"
    )
    assert counted_ids(desk) == {single.ids[0], other.ids[0]}
    stored = rows(desk)
    assert {(stored[i].removal_reason, stored[i].removed_by_id) for i in four.ids} == {
        ("Dubbelregistrering", desk.staff.id)
    }
    assert [e.removed for e in page.model.rows].count(True) == 4
    assert page.message.text() == "4 entries removed."
    assert page.heading.text().endswith(": 2 quick case(s) counted, 4 removed")
    removed_row = row_of(page, four.ids[0])
    assert page.model.data(page.model.index(removed_row, 5)) == "Removed: Dubbelregistrering"


def test_several_selected_rows_are_removed_with_one_reason(
    qtbot,  # noqa: ANN001
    page: TodayPage,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a = log(desk, "Söka arbete", "18-24", Gender.WOMAN, datetime(2024, 12, 3, 8, 0))
    b = log(desk, "Söka studier", "25-34", Gender.MAN, datetime(2024, 12, 3, 9, 0))
    c = log(desk, "Övrigt", "35-44", Gender.WOMAN, datetime(2024, 12, 3, 10, 0))
    page.show_day(TUESDAY)
    select_rows(page, row_of(page, a.ids[0]), row_of(page, c.ids[0]))
    assert states(page) == (False, True, False)  # two rows: removed together, not changed
    asked = answer(monkeypatch, "Fel dag")
    page.view.setFocus()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert asked[0][0] == "Why are the 2 selected entries removed?"
    assert counted_ids(desk) == {b.ids[0]}
    stored = rows(desk)
    assert stored[a.ids[0]].removal_reason == stored[c.ids[0]].removal_reason == "Fel dag"


def test_buttons_act_only_when_they_can(
    qtbot,  # noqa: ANN001
    page: TodayPage,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gone = log(desk, "Söka arbete", "18-24", Gender.WOMAN, datetime(2024, 12, 3, 8, 0))
    kept = log(desk, "Övrigt", "18-24", Gender.WOMAN, datetime(2024, 12, 3, 9, 0))
    desk.remove(gone.ids[0], "Felklick")
    page.show_day(TUESDAY)
    assert states(page) == (False, False, False)  # nothing selected
    select_rows(page, row_of(page, gone.ids[0]))
    assert states(page) == (False, False, False)  # a removed entry: neither changed nor removed
    asked = answer(monkeypatch, "igen")
    page.remove_button.click()
    page._on_change()
    assert asked == [] and counted_ids(desk) == {kept.ids[0]}
    select_rows(page, row_of(page, gone.ids[0]), row_of(page, kept.ids[0]))
    assert states(page) == (False, True, False)
    page.remove_button.click()  # only the counted one is asked about
    assert asked[0][0] == "Why is Övrigt · 18-24 · Woman at 09:00 removed?"
    assert counted_ids(desk) == set()
    page.show_day(date(2024, 12, 4))
    assert page.model.rowCount() == 0 and states(page) == (False, False, False)


def test_a_refused_reason_is_asked_again_with_what_was_typed(
    qtbot,  # noqa: ANN001
    page: TodayPage,
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = log(desk, "Söka arbete", "18-24", Gender.WOMAN, datetime(2024, 12, 3, 8, 0))
    page.show_day(TUESDAY)
    select_rows(page, 0)
    long = "x" * 201
    asked = answer(monkeypatch, long, "Felklick")
    warned = []
    monkeypatch.setattr(
        "vagledare.gui.today.today_page.QMessageBox.warning",
        lambda _p, title, text: warned.append((title, text)) or QMessageBox.StandardButton.Ok,
    )
    page.remove_button.click()
    assert warned == [("Not removed", "Anledningen är för lång (högst 200 tecken).")]
    assert asked[1][1][0] == long  # offered again, first
    assert rows(desk)[entry.ids[0]].removal_reason == "Felklick"


# -- the page in the window -------------------------------------------------------------------
def test_the_day_page_in_the_window_is_named_and_keyboard_reachable(
    qtbot,  # noqa: ANN001
    desk: Desk,
    qtmodeltester,  # noqa: ANN001
) -> None:
    log(desk, "Söka arbete", "18-24", Gender.WOMAN, datetime.now().replace(second=0))
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.today
    assert window.tabs.tabText(1) == "&Day (Ctrl+2)" and window.page_actions[1].text() == "Day"
    assert window.today.model.rowCount() == 1
    qtmodeltester.check(window.today.model)
    assert unnamed_controls(window.today) == []
    window.tabs.tabBar().setFocus()
    cycle = tab_cycle(window)
    names = {w.objectName() for w in cycle}
    assert {"dayDateEdit", "prevDayButton", "todayView"} <= names
    QApplication.processEvents()
    assert leaves_with_tab([window.today.date_edit, window.today.view]) == []


# -- the tally ---------------------------------------------------------------------------
def gender_headers(tally) -> list[str]:  # noqa: ANN001
    """The grid's gender headings, left to right (the grid's own items, not old widgets
    waiting to be deleted)."""
    grid = tally.grid
    found = []
    for i in range(grid.count()):
        w = grid.itemAt(i).widget()
        if w is not None and w.property("class") == "genderHeader":
            found.append((grid.getItemPosition(i)[1], w.text()))
    return [text for _, text in sorted(found)]


def test_the_ej_angivet_column_only_with_the_setting(qtbot, desk: Desk) -> None:  # noqa: ANN001
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    tally = window.tally
    assert tally.genders == (Gender.WOMAN, Gender.MAN)
    assert len(tally.buttons) == 5 * 5 * 2
    assert {g for _, _, g in tally.buttons} == {Gender.WOMAN, Gender.MAN}
    assert gender_headers(tally) == ["Women", "Men"]

    desk.journal.write(set_unstated_column, True)
    tally.reload()
    assert len(tally.buttons) == 5 * 5 * 3
    assert gender_headers(tally) == ["Women", "Men", "Not stated"]
    cats, bands = ids(desk)
    cell = tally.buttons[(cats["Övrigt"], bands["45-54"], Gender.UNSTATED)]
    assert cell.objectName() == "tally_4_2_3"
    assert cell.accessibleName() == "Övrigt, 45-54, Not stated"
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)
    (row,) = rows(desk).values()
    assert row.gender == Gender.UNSTATED and cell.text() == "1"
    # the keyboard walks on from the men's block into it
    last_man = tally.buttons[(cats["Övrigt"], bands["55-64"], Gender.MAN)]
    last_man.setFocus()
    qtbot.keyClick(last_man, Qt.Key.Key_Right)
    assert tally.focusWidget() is tally.buttons[(cats["Övrigt"], bands["18-24"], Gender.UNSTATED)]

    desk.journal.write(set_unstated_column, False)
    tally.reload()
    assert len(tally.buttons) == 5 * 5 * 2 and tally.genders == (Gender.WOMAN, Gender.MAN)
    again = MainWindow(desk, "sv")  # a window opened with the setting on shows it at once
    qtbot.addWidget(again)
    assert len(again.tally.buttons) == 50
    desk.journal.write(set_unstated_column, True)
    third = MainWindow(desk, "sv")
    qtbot.addWidget(third)
    assert len(third.tally.buttons) == 75


def test_the_banner_after_ctrl_e_with_man_says_man(
    qtbot,  # noqa: ANN001
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from vagledare.gui.tally.entry_dialog import EntryDialog

    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    cats, bands = ids(desk)

    def fill_in(dialog: EntryDialog) -> int:
        select_data(dialog.ui.categoryCombo, cats["Myndighetskontakt"])
        select_data(dialog.ui.ageBandCombo, bands["25-34"])
        dialog.ui.genderCombo.setCurrentIndex(dialog.ui.genderCombo.findText("Man"))
        dialog.ui.countSpin.setValue(4)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EntryDialog, "exec", fill_in)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    stored = list(rows(desk).values())
    assert len(stored) == 4 and {r.gender for r in stored} == {Gender.MAN}
    text = window.tally.feedback_label.text()
    assert text.startswith("✔ Logged: 4 × Myndighetskontakt · 25-34 · Man (")
    assert "Not stated" not in text


def test_the_banner_is_cleared_when_another_person_unlocks(qtbot, desk: Desk) -> None:  # noqa: ANN001
    with desk.journal.session() as s:
        access.set_pin(s, desk.staff.id, "4711")
        other = ensure_staff(s, "CD")
        access.set_pin(s, other.id, "2468")
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    site = desk.site
    window.tally.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN)
    assert window.tally.feedback_label.text().startswith("✔ Logged: Ansökningshandlingar")
    # the same person back: their last action (and its undo) is still theirs
    window.lock()
    form = window.lock_page.form
    form.pin.setText("4711")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert window.tally.feedback_label.text().startswith("✔ Logged: Ansökningshandlingar")
    window.lock()
    form.who.setCurrentIndex(form.who.findText("CD"))
    form.pin.setText("2468")
    qtbot.mouseClick(form.ok, Qt.MouseButton.LeftButton)
    assert not window.locked and window.desk.staff.name == "CD"
    assert window.tally.feedback_label.text() == "Click a cell to log one quick case."
    assert window.tally.feedback.property("state") == "idle"
    assert not window.tally.undo_button.isEnabled()


def test_the_tally_counts_say_snabbärende_or_snabbärenden(
    qtbot,  # noqa: ANN001
    swedish,  # noqa: ANN001
    desk: Desk,
) -> None:
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    cats, bands = ids(desk)
    cell = window.tally.buttons[(cats["Söka arbete"], bands["25-34"], Gender.WOMAN)]
    assert window.tally.totals_label.text().startswith("Idag: 0 snabbärenden   ·   ")
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)
    month = QLocale().standaloneMonthName(datetime.now().month).capitalize()
    assert window.tally.totals_label.text() == (f"Idag: 1 snabbärende   ·   {month}: 1 snabbärende")
    assert cell.toolTip() == "1 snabbärende idag – klicka för att registrera ett till"
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)
    assert window.tally.totals_label.text() == (
        f"Idag: 2 snabbärenden   ·   {month}: 2 snabbärenden"
    )
    assert cell.toolTip() == "2 snabbärenden idag – klicka för att registrera ett till"
    assert window.tabs.tabText(1) == "&Dag (Ctrl+2)"
