"""The desk window as a coach uses it: one click, one row; undo; keyboard; removal; reports."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from builders import log_froslunda
from conftest import fixture_path
from sqlalchemy import func, select

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from vagledare.app.desk import Desk
from vagledare.gui.reports.report_page import RANGE, YEAR
from vagledare.gui.shell.main_window import MainWindow
from vagledare.gui.tally.entry_dialog import EntryDialog
from vagledare.journal.db import Journal
from vagledare.journal.models import Gender, QuickCase


def counted(journal: Journal) -> int:
    with journal.session() as s:
        return (
            s.scalar(
                select(func.count()).select_from(QuickCase).where(QuickCase.removed_at.is_(None))
            )
            or 0
        )


def all_rows(journal: Journal) -> list[QuickCase]:
    with journal.session() as s:
        return list(s.scalars(select(QuickCase)))


@pytest.fixture
def window(qtbot, desk: Desk) -> MainWindow:  # noqa: ANN001
    w = MainWindow(desk, "sv")
    qtbot.addWidget(w)
    w.show()
    return w


def button(window: MainWindow, category: str, band: str, gender: Gender):  # noqa: ANN201
    site = window.desk.site
    return window.tally.buttons[(site.category(category).id, site.age_band(band).id, gender)]


def test_one_click_logs_one_quick_case(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    btn = button(window, "Söka arbete", "25-34", Gender.WOMAN)
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    rows = all_rows(window.desk.journal)
    assert len(rows) == 1
    row = rows[0]
    assert (row.category_id, row.age_band_id, row.gender) == (
        btn.category_id,
        btn.age_band_id,
        Gender.WOMAN,
    )
    assert row.author_id == window.desk.staff.id and row.site_id == window.desk.site.id
    assert abs((datetime.now() - row.occurred_at).total_seconds()) < 60
    assert btn.text() == "1"
    assert btn.property("flash") is True
    assert "Söka arbete · 25-34" in window.tally.feedback_label.text()
    assert window.tally.totals_label.text().startswith("Today: 1 ")


def test_undo_takes_the_last_entry_out_and_keeps_it_for_audit(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    first = button(window, "Övrigt", "18-24", Gender.MAN)
    second = button(window, "Söka studier", "35-44", Gender.WOMAN)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counted(window.desk.journal) == 1
    assert (second.text(), first.text()) == ("0", "1")
    removed = [r for r in all_rows(window.desk.journal) if r.removed_at is not None]
    assert [(r.category_id, r.removal_reason) for r in removed] == [(second.category_id, "Ångrad")]
    qtbot.mouseClick(window.tally.undo_button, Qt.MouseButton.LeftButton)
    assert counted(window.desk.journal) == 0
    assert not window.tally.undo_button.isEnabled()
    window.redo_action.trigger()
    assert counted(window.desk.journal) == 1 and first.text() == "1"


def test_grid_works_from_the_keyboard(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    start = button(window, "Ansökningshandlingar", "18-24", Gender.WOMAN)
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Down)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Right)
    target = window.focusWidget()
    assert target is button(window, "Söka arbete", "25-34", Gender.WOMAN)
    qtbot.keyClick(target, Qt.Key.Key_Space)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert counted(window.desk.journal) == 2
    # Moving right past the last women's column continues into the men's block.
    last_women = button(window, "Söka arbete", "55-64", Gender.WOMAN)
    last_women.setFocus()
    qtbot.keyClick(last_women, Qt.Key.Key_Right)
    assert window.focusWidget() is button(window, "Söka arbete", "18-24", Gender.MAN)


def test_several_at_once_and_back_dated(qtbot, desk: Desk) -> None:  # noqa: ANN001
    site = desk.site
    preset = (site.category("Söka arbete").id, site.age_band("25-34").id, Gender.WOMAN)
    dialog = EntryDialog(site, preset, now=datetime(2026, 3, 10, 12, 0))
    qtbot.addWidget(dialog)
    dialog.ui.countSpin.setValue(6)
    dialog.ui.timeEdit.setDateTime(datetime(2026, 3, 9, 9, 30))
    cat, band, gender, count, at = dialog.values()
    assert (cat, band, gender, count, at) == (*preset, 6, datetime(2026, 3, 9, 9, 30))
    assert "6 × Söka arbete · 25-34" in dialog.ui.summaryLabel.text()
    desk.log(cat, band, gender, count=count, at=at)
    rows = all_rows(desk.journal)
    assert len(rows) == 6 and {r.occurred_at for r in rows} == {datetime(2026, 3, 9, 9, 30)}


def test_future_time_is_refused_with_a_message(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    site = window.desk.site
    window.tally.log(
        site.categories[0].id, site.age_bands[0].id, Gender.MAN, at=datetime(2099, 1, 1)
    )
    assert counted(window.desk.journal) == 0
    assert window.tally.feedback.property("state") == "error"


def test_mistaken_entry_is_removed_with_a_reason(
    qtbot,
    qtmodeltester,
    window: MainWindow,
    monkeypatch,  # noqa: ANN001
) -> None:
    qtbot.mouseClick(
        button(window, "Myndighetskontakt", "45-54", Gender.MAN), Qt.MouseButton.LeftButton
    )
    qtbot.mouseClick(button(window, "Övrigt", "45-54", Gender.MAN), Qt.MouseButton.LeftButton)
    window.tabs.setCurrentWidget(window.today)
    today = window.today
    assert today.model.rowCount() == 2
    today.view.selectRow(1)  # newest first: row 1 is the Myndighetskontakt entry
    monkeypatch.setattr(
        "vagledare.gui.today.today_page.QInputDialog.getItem",
        lambda *a, **k: ("Fel kategori", True),
    )
    qtbot.mouseClick(today.remove_button, Qt.MouseButton.LeftButton)
    rows = all_rows(window.desk.journal)
    removed = [r for r in rows if r.removed_at is not None]
    assert len(rows) == 2 and len(removed) == 1
    assert (
        removed[0].removal_reason == "Fel kategori"
        and removed[0].removed_by_id == window.desk.staff.id
    )
    # the source text (no translator here; tests/test_day_view.py reads the plural forms)
    assert today.heading.text().endswith("at Fröslunda: 1 quick case(s) counted, 1 removed")
    qtmodeltester.check(today.model)  # a counted entry and a removed one
    assert button(window, "Myndighetskontakt", "45-54", Gender.MAN).text() == "0"


def froslunda_report_page(window: MainWindow):  # noqa: ANN201
    """The report screen on the seed's 502 snabbärenden, January–August 2023."""
    log_froslunda(window.desk.journal, window.desk.site, window.desk.staff.id)
    page = window.reports
    window.show_page(page)
    page.ui.periodKindCombo.setCurrentIndex(RANGE)
    page.ui.fromDate.setDate(datetime(2023, 1, 1).date())
    page.ui.toDate.setDate(datetime(2023, 8, 31).date())
    return page


def test_report_screen_shows_the_table_and_exports_the_contract_csv(
    qtbot,
    qtmodeltester,
    window: MainWindow,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    page = froslunda_report_page(window)
    assert page.table is not None
    assert page.table.value("Totalt", "Totalt", "Totalt") == 502
    model = page.model
    assert model.rowCount() == 2 + 6 + 6 + 1  # two section titles, 2×(5+total), grand total
    assert model.data(model.index(model.rowCount() - 1, 6)) == "502"
    assert model.section_title_rows() == [0, 7]
    qtmodeltester.check(model)
    out = page.export("csv", tmp_path / "r.csv")
    assert (
        out
        and out.read_bytes()
        == fixture_path("froslunda-dropin-2023-01-01--2023-08-31.csv").read_bytes()
    )
    assert page.export("pdf", tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    page.ui.periodKindCombo.setCurrentIndex(YEAR)
    page.ui.yearSpin.setValue(2023)
    assert page.table.value("Totalt", "Totalt", "Totalt") == 502


def test_the_report_screen_protects_through_the_door(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from vagledare.journal import audit

    page = froslunda_report_page(window)
    page.suppress.setChecked(True)
    assert page.table is not None and page.table.protected
    assert "Små tal (1–4) visas som <5" in page.ui.notesLabel.text()  # the legend
    cells = [v for _, row in page.table.rows() for v in row.values]
    assert "<5" in cells and 1 not in cells and 4 not in cells
    out = page.export("csv", tmp_path / "p.csv")
    assert out is not None and "<5" in out.read_text(encoding="utf-8-sig")
    with window.desk.journal.session(readonly=True) as s:
        last = [e for e in audit.entries(s) if e.action == "export"][-1]
    assert last.entity == "dropin" and last.detail["suppressed"] is True
    # A code list cannot be protected: the screen says why and offers no export.
    page.ui.reportCombo.setCurrentIndex(page.ui.reportCombo.findData("narvaro"))
    assert page.table is None and "deltagarkoder" in page.ui.notesLabel.text()
    assert not page.ui.csvButton.isEnabled() and not page.ui.pdfButton.isEnabled()


def test_the_menus_are_built_from_the_action_registry(window: MainWindow) -> None:
    from PySide6.QtGui import QAction, QKeySequence

    from vagledare.gui.shell.actions import ACTIONS

    def walk(actions: list[QAction]) -> list[QAction]:
        found = []
        for a in actions:
            found += walk(a.menu().actions()) if a.menu() else [a]
        return found

    in_menus = walk(window.menuBar().actions())
    for spec in ACTIONS.values():
        act = getattr(window, spec.id)
        assert window.findChild(QAction, spec.id) is act
        assert in_menus.count(act) == 1, spec.id
    view = window.menuBar().actions()[2].menu()
    assert [a.shortcut().toString() for a in view.actions() if not a.menu()] == [
        *(f"Ctrl+{i}" for i in range(1, 9)),
        QKeySequence(QKeySequence.StandardKey.Refresh).toString(),  # F5 here
        "Ctrl+Shift+H",
    ]
    assert window.page_actions == [view.actions()[i] for i in range(8)]


def test_later_starts_go_straight_to_the_tally_screen(qtbot, desk: Desk, tmp_path: Path) -> None:  # noqa: ANN001
    from vagledare.app.settings import DeskSettings, JournalChoice
    from vagledare.gui.shell.app import restore_desk

    settings = DeskSettings(path=tmp_path / "s.json")
    settings.journals[desk.journal.location] = JournalChoice(str(desk.site.id), str(desk.staff.id))
    settings.save()
    restored = restore_desk(desk.journal, DeskSettings.load(tmp_path / "s.json"))
    assert restored is not None
    assert (restored.site.id, restored.staff.id) == (desk.site.id, desk.staff.id)


def test_right_click_opens_the_prefilled_dialog(qtbot, window: MainWindow, monkeypatch) -> None:  # noqa: ANN001
    seen = {}

    def fake_exec(self) -> int:  # noqa: ANN001
        seen["values"] = self.values()
        self.ui.countSpin.setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EntryDialog, "exec", fake_exec)
    btn = button(window, "Söka studier", "18-24", Gender.MAN)
    btn.customContextMenuRequested.emit(QPoint(2, 2))
    assert seen["values"][:3] == (btn.category_id, btn.age_band_id, Gender.MAN)
    assert counted(window.desk.journal) == 3 and btn.text() == "3"


def test_swedish_is_complete_and_the_default(qtbot) -> None:  # noqa: ANN001
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication, QLocale

    from vagledare.gui.shell.i18n import choose_language, install_translators

    root = Path(__file__).resolve().parents[1] / "translations"
    for lang in ("sv", "en"):
        unfinished = [
            m.findtext("source")
            for m in ET.parse(root / f"vagledare_{lang}.ts").iter("message")
            if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
            or not (m.findtext("translation") or m.find("translation").findall("numerusform"))
        ]
        assert unfinished == [], (lang, unfinished)
    assert choose_language("", QLocale(QLocale.Language.German)) == "sv"
    assert choose_language("", QLocale(QLocale.Language.English)) == "en"
    assert choose_language("en", QLocale(QLocale.Language.Swedish)) == "en"
    app = QCoreApplication.instance()
    translators = install_translators(app, "sv")
    try:
        assert QCoreApplication.translate("TallyPage", "Undone") == "Ångrat"
        assert QCoreApplication.translate("Vocabulary", "Women") == "Kvinnor"
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_settings_files_of_older_versions_load_with_text_size_100(tmp_path: Path) -> None:
    import json

    from vagledare.app.settings import DeskSettings

    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"language": "sv", "lock_minutes": 10, "high_contrast": True, "journals": {}}),
        encoding="utf-8",
    )
    old = DeskSettings.load(path)
    assert (old.language, old.lock_minutes, old.high_contrast, old.text_size) == (
        "sv",
        10.0,
        True,
        100,
    )
    old.text_size = 175
    old.save()
    assert json.loads(path.read_text(encoding="utf-8"))["text_size"] == 175
    assert DeskSettings.load(path).text_size == 175
    for stored, loaded in ((500, 200), (50, 100), ("150", 150), ("big", 100), (None, 100)):
        path.write_text(json.dumps({"text_size": stored}), encoding="utf-8")
        assert DeskSettings.load(path).text_size == loaded, stored


def test_a_language_change_applies_at_once_in_every_window(
    qtbot,  # noqa: ANN001
    desk: Desk,
    db_target: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMenu

    from vagledare.app.settings import DeskSettings
    from vagledare.gui.shell.i18n import switch_language
    from vagledare.journal.db import open_journal
    from vagledare.journal.staff import site_and_member

    app = QCoreApplication.instance()
    before = list(getattr(app, "_vagledare_translators", []))
    settings = DeskSettings(language="sv", path=tmp_path / "settings.json")
    switch_language(app, "sv")
    second = open_journal(db_target)  # as the sample data's window owns its journal
    closed: list[str] = []
    real_close = Journal.close

    def close(journal: Journal) -> None:
        closed.append("closed" if journal is second else "another")
        real_close(journal)

    monkeypatch.setattr(Journal, "close", close)
    try:
        window = MainWindow(desk, "sv", settings)
        qtbot.addWidget(window)
        window.show()
        other = MainWindow(
            Desk(second, *second.read(site_and_member, desk.site.id, desk.staff.id)),
            "sv",
            settings,
        )
        other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        other.close_journal_with_window()
        other.show()
        window.demo_windows.append(other)
        window.tabs.setCurrentIndex(3)  # Ärenden
        assert window.tabs.tabText(3) == "Är&enden (Ctrl+4)"

        languages = window.findChild(QMenu, "languageMenu").actions()
        next(a for a in languages if a.text() == "English").trigger()
        new = window.successor
        assert new is not None and new is not window
        assert new.isVisible() and not window.isVisible()
        assert new.lang == "en" and new.desk is desk
        assert new.tabs.currentIndex() == 3 and new.tabs.tabText(3) == "Ca&ses (Ctrl+4)"
        assert [a.text() for a in new.menuBar().actions()][0] == "&File"
        assert new.windowTitle() == "Vägledare – Fröslunda"
        checked = new.findChild(QMenu, "languageMenu").actions()
        assert [a.text() for a in checked if a.isChecked()] == ["English"]
        assert DeskSettings.load(settings.path).language == "en"
        # The other window too, and its journal stays open for its successor.
        assert len(new.demo_windows) == 1
        other_new = new.demo_windows[0]
        assert other_new.lang == "en" and other_new.tabs.tabText(0) == "&Log (Ctrl+1)"
        assert closed == []
        assert other_new.desk.journal.read(site_and_member, desk.site.id, desk.staff.id)
        other_new.close()
        qtbot.waitUntil(lambda: closed == ["closed"])
        assert new.demo_windows == []

        # Back to Swedish; the window keeps working on the same journal.
        back = new.change_language("sv")
        assert back.tabs.tabText(3) == "Är&enden (Ctrl+4)" and back.tabs.currentIndex() == 3
        btn = button(back, "Söka arbete", "25-34", Gender.WOMAN)
        qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
        assert counted(desk.journal) == 1
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [back]
    finally:
        for w in QApplication.topLevelWidgets():  # closes (and deletes) any left open
            if isinstance(w, MainWindow) and w.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
                w.close()
        for t in getattr(app, "_vagledare_translators", []):
            app.removeTranslator(t)
        app._vagledare_translators = before
