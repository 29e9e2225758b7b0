"""File → Meeting place settings…: a team lead changes sites, categories, age bands, the log
grid's Ej angivet column and activity types in the window; every change is a row in the
journal named after the lead, refusals are shown in Swedish with the input kept, and a coach
cannot open it."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox, QTableView

from vagledare.app.desk import Desk
from vagledare.gui.admin.settings_dialog import SettingsDialog, open_settings
from vagledare.gui.shell import theme
from vagledare.gui.shell.main_window import MainWindow
from vagledare.journal import journal_settings, meetings, sites, staff
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import AgeBand, AuditEntry, Gender, Role, Staff
from vagledare.journal.site_settings import as_lead
from vagledare.journal.staff import StaffInfo


@pytest.fixture
def lead(desk: Desk) -> StaffInfo:
    with desk.journal.session() as s:
        return staff.ensure_staff(s, "TL", Role.TEAM_LEAD)


@pytest.fixture
def dialog(qtbot, desk: Desk, lead: StaffInfo) -> SettingsDialog:  # noqa: ANN001
    desk.journal.act_as(lead.id)
    d = SettingsDialog(desk.journal, lead, "sv")
    qtbot.addWidget(d)
    d.show()
    return d


def categories(journal: Journal, site_name: str = "Fröslunda") -> list[tuple[str, bool]]:
    """(name, retired) in the site's order."""
    with journal.session() as s:
        site = sites.require_site(s, site_name)
        return [(c.name, c.retired) for c in site.categories]


def bands(journal: Journal) -> list[tuple[str, bool]]:
    with journal.session() as s:
        site = sites.require_site(s, "Fröslunda")
        return [(b.label, b.retired) for b in site.age_bands]


def choose(view: QTableView, text: str) -> None:
    model = view.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == text:
            view.selectionModel().select(
                model.index(r, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
    raise AssertionError(f"{text} not in the list")


def shown(view: QTableView, column: int = 0) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_a_coach_cannot_open_the_settings_and_the_journal_refuses_a_coachs_change(
    qtbot,  # noqa: ANN001
    desk: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert desk.staff.role is Role.COACH
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    assert not window.settings_action.isVisible() and not window.settings_action.isEnabled()
    with pytest.raises(ValidationError, match="Bara teamledare och administratörer"):
        SettingsDialog(desk.journal, desk.staff)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    assert open_settings(window, window.desk, window.lang, window.reload_pages) is None
    assert warned == [
        "Bara teamledare och administratörer får ändra inställningarna för mötesplatser "
        "(du är vägledare)."
    ]
    with pytest.raises(ValidationError, match="Bara teamledare"):
        desk.journal.write(as_lead, desk.staff.id, sites.add_category, desk.site.id, "Ny", None)
    assert ("Ny", False) not in categories(desk.journal)


def test_a_lead_sees_the_entry_and_a_new_category_shows_in_the_grid_at_once(
    qtbot,  # noqa: ANN001
    desk: Desk,
    lead: StaffInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk.switch_staff(lead)
    window = MainWindow(desk, "sv")
    qtbot.addWidget(window)
    window.show()
    assert window.settings_action.isVisible() and window.settings_action.isEnabled()
    assert window.backups_action.isVisible() and window.import_csv_action.isVisible()
    before = len(window.tally.buttons)

    def use(d: SettingsDialog) -> int:
        d.ui.categoryEdit.setText("Digital hjälp")
        d.ui.addCategoryButton.click()
        d.ui.unstatedCheck.setChecked(True)
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", use)
    window.settings_action.trigger()
    new = window.desk.site.category("Digital hjälp")
    assert new is not None
    cells = [key for key in window.tally.buttons if key[0] == new.id]
    bands = len([b for b in window.desk.site.age_bands if not b.retired])
    rows = before // (2 * bands)  # Kvinna and Man before the switch
    # a row as wide as every other category's, now with the Ej angivet column too
    assert len(cells) == 3 * bands
    assert len(window.tally.buttons) == 3 * bands * (rows + 1)
    assert desk.journal.read(journal_settings.unstated_column) is True


def test_sites_are_added_and_a_double_is_refused_with_the_name_kept(
    desk: Desk, dialog: SettingsDialog, lead: StaffInfo
) -> None:
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))
    dialog.ui.newSiteEdit.setText("  Centrum  ")
    dialog.ui.addSiteButton.click()
    with desk.journal.session() as s:
        added = sites.require_site(s, "Centrum")
    assert [c.name for c in added.categories] == list(sites.DEFAULT_CATEGORIES)
    assert shown(dialog.ui.siteView) == ["Centrum", "Fröslunda"]
    assert dialog.ui.messageLabel.text() == "The meeting place Centrum is added."
    assert dialog.ui.newSiteEdit.text() == ""
    assert dialog.ui.categorySiteCombo.currentText() == "Centrum"
    assert changed == [True]

    dialog.ui.newSiteEdit.setText("fröslunda")
    dialog.ui.newSiteEdit.returnPressed.emit()
    assert dialog.ui.messageLabel.text() == "⚠ Mötesplatsen fröslunda finns redan."
    assert dialog.ui.messageLabel.property("problem") is True
    assert dialog.ui.newSiteEdit.text() == "fröslunda"
    assert dialog.isVisible()  # Enter in the field never closes the dialog
    with desk.journal.session() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "site", AuditEntry.action == "create")
        ).all()
    assert [e.actor_id for e in entry if "Centrum" in e.detail] == [lead.id]


def test_categories_are_added_renamed_moved_and_retired(desk: Desk, dialog: SettingsDialog) -> None:
    ui = dialog.ui
    ui.settingsTabs.setCurrentWidget(ui.categoriesTab)
    ui.categoryEdit.setText("Digital hjälp")
    ui.addCategoryButton.click()
    assert categories(desk.journal)[-1] == ("Digital hjälp", False)
    assert ui.categoryEdit.text() == ""
    assert shown(ui.categoryView)[-1] == "Digital hjälp"

    choose(ui.categoryView, "Övrigt")
    assert ui.categoryEdit.text() == "Övrigt"  # the chosen name, to be renamed
    choose(ui.categoryView, "Digital hjälp")
    assert ui.categoryEdit.text() == "Digital hjälp"
    ui.categoryEdit.setText("Digitalt stöd")
    ui.renameCategoryButton.click()
    assert categories(desk.journal)[-1] == ("Digitalt stöd", False)
    assert ui.messageLabel.text() == "The category Digital hjälp is now called Digitalt stöd."

    ui.moveUpButton.click()
    ui.moveUpButton.click()
    names = [n for n, _ in categories(desk.journal)]
    assert names == [
        "Ansökningshandlingar",
        "Söka arbete",
        "Söka studier",
        "Digitalt stöd",
        "Myndighetskontakt",
        "Övrigt",
    ]
    assert dialog._selected(ui.categoryView, dialog.category_model).name == "Digitalt stöd"
    ui.moveDownButton.click()
    assert [n for n, _ in categories(desk.journal)][4] == "Digitalt stöd"

    ui.retireCategoryButton.click()
    assert ("Digitalt stöd", True) in categories(desk.journal)
    row = shown(ui.categoryView).index("Digitalt stöd")
    index = dialog.category_model.index(row, 2)
    assert index.data() == "Retired"
    assert index.data(Qt.ItemDataRole.ForegroundRole) == QColor(theme.current().muted)
    assert not ui.moveUpButton.isEnabled() and not ui.retireCategoryButton.isEnabled()


def test_a_used_category_cannot_be_renamed_and_the_refusal_is_shown(
    desk: Desk, dialog: SettingsDialog
) -> None:
    ui = dialog.ui
    used = desk.site.category("Söka arbete")
    desk.log(used.id, desk.site.age_band("25-34").id, Gender.MAN, at=datetime(2024, 3, 4, 10))
    dialog.reload()
    choose(ui.categoryView, "Söka arbete")
    assert dialog.category_model.index(1, 1).data() == "Yes"
    ui.categoryEdit.setText("Jobbsök")
    ui.renameCategoryButton.click()
    assert ui.messageLabel.text() == (
        "⚠ Kategorin Söka arbete har använts och kan inte byta namn: pensionera den och "
        "lägg till en ny, så att historiken behåller sitt namn."
    )
    assert ui.categoryEdit.text() == "Jobbsök"
    assert ("Söka arbete", False) in categories(desk.journal)
    assert ("Jobbsök", False) not in categories(desk.journal)


def test_categories_follow_the_chosen_site(desk: Desk, dialog: SettingsDialog) -> None:
    with desk.journal.session() as s:
        sites.add_site(s, "Centrum", categories=("Språkstöd",))
    dialog.reload()
    ui = dialog.ui
    ui.categorySiteCombo.setCurrentIndex(ui.categorySiteCombo.findText("Centrum"))
    ui.categorySiteCombo.activated.emit(ui.categorySiteCombo.currentIndex())
    assert shown(ui.categoryView) == ["Språkstöd"]
    assert ui.ageBandSiteCombo.currentText() == "Centrum"
    ui.categoryEdit.setText("Övrigt")
    ui.addCategoryButton.click()
    assert [n for n, _ in categories(desk.journal, "Centrum")] == ["Språkstöd", "Övrigt"]
    assert len(categories(desk.journal)) == 5  # Fröslunda's as they were


def test_age_bands_are_added_corrected_while_unused_and_retired(
    desk: Desk, dialog: SettingsDialog
) -> None:
    ui = dialog.ui
    ui.settingsTabs.setCurrentWidget(ui.ageBandsTab)
    ui.ageBandEdit.setText("56+")
    ui.addAgeBandButton.click()
    assert bands(desk.journal)[-1] == ("56+", False)
    choose(ui.ageBandView, "56+")
    ui.ageBandEdit.setText("65+")
    ui.renameAgeBandButton.click()
    assert bands(desk.journal)[-1] == ("65+", False)
    ui.ageBandEdit.setText("16 – 17")
    ui.addAgeBandButton.click()
    assert [label for label, _ in bands(desk.journal)] == [
        "16-17",
        "18-24",
        "25-34",
        "35-44",
        "45-54",
        "55-64",
        "65+",
    ]
    assert ui.messageLabel.text() == "The age band 16-17 is added."

    ui.ageBandEdit.setText("17-16")
    ui.addAgeBandButton.click()
    assert ui.messageLabel.text() == (
        "⚠ Åldersgruppen '17-16' är inte giltig: skriv t.ex. 18-24 eller 65+."
    )
    assert ui.ageBandEdit.text() == "17-16"

    used = desk.site.age_band("25-34")
    desk.log(desk.site.categories[0].id, used.id, Gender.WOMAN, at=datetime(2024, 3, 4, 10))
    dialog.reload()
    ui.ageBandEdit.clear()
    choose(ui.ageBandView, "25-34")
    ui.ageBandEdit.setText("25-35")
    ui.renameAgeBandButton.click()
    assert ui.messageLabel.text().startswith("⚠ Åldersgruppen 25-34 har använts")
    assert ("25-34", False) in bands(desk.journal)

    choose(ui.ageBandView, "65+")
    ui.retireAgeBandButton.click()
    assert ("65+", True) in bands(desk.journal)
    with desk.journal.session() as s:  # the defaults are as they were
        defaults = s.scalars(
            select(AgeBand.label).where(
                AgeBand.site_id == desk.site.id, AgeBand.retired_at.is_(None)
            )
        ).all()
    assert sorted(defaults) == ["16-17", *sites.DEFAULT_AGE_BANDS]


def test_the_unstated_column_is_switched_in_the_journal(desk: Desk, dialog: SettingsDialog) -> None:
    ui = dialog.ui
    assert ui.unstatedCheck.isChecked() is False
    ui.unstatedCheck.setChecked(True)
    assert desk.journal.read(journal_settings.unstated_column) is True
    assert ui.messageLabel.text() == "The log grid now has a column for gender not stated."
    ui.unstatedCheck.setChecked(False)
    assert desk.journal.read(journal_settings.unstated_column) is False


def test_activity_types_are_added_renamed_and_retired(desk: Desk, dialog: SettingsDialog) -> None:
    ui = dialog.ui
    ui.settingsTabs.setCurrentWidget(ui.groupsTab)
    for name in ("Museibesök", "Läsning"):
        ui.activityEdit.setText(name)
        ui.addActivityButton.click()
    names = [a.name for a in desk.journal.read(meetings.list_activity_types)]
    assert names[-2:] == ["Museibesök", "Läsning"]
    choose(ui.activityView, "Läsning")
    ui.activityEdit.setText("museibesök")
    ui.renameActivityButton.click()
    assert ui.messageLabel.text() == "⚠ Aktivitetstypen Museibesök finns redan."
    assert ui.activityEdit.text() == "museibesök"
    ui.activityEdit.setText("Högläsning")
    ui.renameActivityButton.click()
    ui.retireActivityButton.click()
    every = desk.journal.read(meetings.list_activity_types, include_retired=True)
    assert [(a.name, a.retired) for a in every][-2:] == [
        ("Museibesök", False),
        ("Högläsning", True),
    ]
    assert dialog.activity_model.index(len(every) - 1, 1).data() == "Retired"


def test_group_types_are_shown_read_only(dialog: SettingsDialog) -> None:
    text = dialog.ui.groupKindsLabel.text()
    assert text.startswith("Group types: Språkgrupp, Språkcafé, Läxhjälp, Annan grupp.")
    assert "cannot be changed" in text


def test_a_lead_demoted_meanwhile_is_refused_by_the_journal(
    desk: Desk, dialog: SettingsDialog, lead: StaffInfo
) -> None:
    with desk.journal.session() as s:
        s.get(Staff, lead.id).role = Role.COACH
    dialog.ui.categoryEdit.setText("Ny kategori")
    dialog.ui.addCategoryButton.click()
    assert dialog.ui.messageLabel.text() == (
        "⚠ Bara teamledare och administratörer får ändra inställningarna för mötesplatser "
        "(du är vägledare)."
    )
    assert dialog.ui.categoryEdit.text() == "Ny kategori"
    assert ("Ny kategori", False) not in categories(desk.journal)


def test_every_tab_names_its_controls_and_the_dialogs_fit_a_1280x720_screen(
    qtbot,  # noqa: ANN001
    desk: Desk,
    lead: StaffInfo,
    dialog: SettingsDialog,
) -> None:
    from a11y import unnamed_controls

    from vagledare.gui.admin.backups_dialog import BackupsDialog
    from vagledare.gui.admin.import_dialog import ImportDialog

    tabs = dialog.ui.settingsTabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        assert unnamed_controls(dialog) == [], tabs.tabText(i)
    others = [BackupsDialog(desk.journal, lead), ImportDialog(desk.journal, lead)]
    for d in [dialog, *others]:
        qtbot.addWidget(d)
        needs = d.minimumSizeHint()
        assert needs.width() <= 1280 - 16 and needs.height() <= 720 - 48, (d, needs)
        assert d.width() <= 1280 and d.height() <= 720
