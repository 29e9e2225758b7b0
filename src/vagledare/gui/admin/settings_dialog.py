"""*Inställningar för mötesplatser* (File menu, team leads and administrators): sites, their
categories and age bands, groups of sites, the log grid's *Ej angivet* column, activity types,
the fixed group types, the types of activities and events, the register of partners, the
follow-up after avslut (months, the reasons that count, the goal), and the report periods.

Every change is one unit of work through ``site_settings.as_lead``: the journal checks the
role and the audit log names the person. A refusal is shown in the dialog's own words and
whatever was typed stays where it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from vagledare.gui.admin.period_settings_tab import PeriodSettingsTab
from vagledare.gui.admin.site_groups_panel import SiteGroupsPanel
from vagledare.gui.admin.survey_statements_tab import SurveyStatementsTab
from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.widgets import fit_to_screen, name_buttons, size_to_contents
from vagledare.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from vagledare.gui.shell import theme
from vagledare.journal import access, activities, followups, journal_settings, meetings, sites
from vagledare.journal.activities import PartnerInfo
from vagledare.journal.case_codes import REASONS
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.groups import kind_label
from vagledare.journal.models import GroupKind
from vagledare.journal.site_settings import WHAT, SettingsView, as_lead, settings_view
from vagledare.journal.staff import StaffInfo
from vagledare.journal.terms import Lang

if TYPE_CHECKING:
    from collections.abc import Callable

    from vagledare.app.desk import Desk


@dataclass(frozen=True)
class Item:
    """A category, an age band or an activity type, as the lists show it."""

    id: uuid.UUID
    name: str
    retired: bool
    used: bool


class ItemModel(RowTableModel[Item]):
    """Name, whether the journal has used it, and whether it is retired (greyed)."""

    def __init__(self, header: str, show_used: bool = True) -> None:
        super().__init__()
        self.header, self.show_used = header, show_used

    def columns(self) -> list[Column[Item]]:
        cols = [Column(self.header, lambda i: i.name)]
        if self.show_used:
            cols.append(
                Column(self.tr("Used"), lambda i: self.tr("Yes") if i.used else self.tr("No"))
            )
        cols.append(
            Column(
                self.tr("Status"),
                lambda i: self.tr("Retired") if i.retired else self.tr("In use"),
            )
        )
        return cols

    def row_data(self, row: Item, role: int) -> Any:
        from PySide6.QtCore import Qt

        if row.retired and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(theme.current().muted)
        if row.retired and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Retired: no longer offered, kept in earlier records and tables")
        return None


class PartnerModel(RowTableModel[PartnerInfo]):
    def columns(self) -> list[Column[PartnerInfo]]:
        return [
            Column(self.tr("Partner"), lambda p: p.name),
            Column(self.tr("Employer"), lambda p: self.tr("Yes") if p.employer else self.tr("No")),
        ]


class SiteModel(RowTableModel[sites.SiteInfo]):
    def columns(self) -> list[Column[sites.SiteInfo]]:
        return [
            Column(self.tr("Meeting place"), lambda x: x.name),
            Column(self.tr("Categories"), lambda x: str(len(x.active_categories))),
            Column(self.tr("Age bands"), lambda x: ", ".join(b.label for b in x.active_age_bands)),
        ]


def _setup_view(view: QTableView, model: RowTableModel[Any]) -> None:
    view.setModel(model)
    view.setTabKeyNavigation(False)  # arrows move, Tab leaves
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    size_to_contents(header)
    header.setStretchLastSection(True)


class SettingsDialog(QDialog):
    changed = Signal()  # the journal's sites, categories, bands or grid changed

    def __init__(
        self,
        journal: Journal,
        me: StaffInfo,
        lang: Lang = "sv",
        parent: QWidget | None = None,
    ) -> None:
        access.require_lead(me.role, WHAT)  # the journal checks again at every change
        super().__init__(parent)
        self.journal, self.me, self.lang = journal, me, lang
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setObjectName("settingsDialog")
        fit_to_screen(self, 880, 620)
        ui.introLabel.setProperty("muted", True)
        for note in (ui.sitesNote, ui.categoriesNote, ui.ageBandsNote, ui.unstatedNote):
            note.setProperty("muted", True)

        self.site_model = SiteModel()
        self.category_model = ItemModel(self.tr("Category"))
        self.band_model = ItemModel(self.tr("Age band"))
        self.activity_model = ItemModel(self.tr("Activity type"), show_used=False)
        _setup_view(ui.siteView, self.site_model)
        _setup_view(ui.categoryView, self.category_model)
        _setup_view(ui.ageBandView, self.band_model)
        _setup_view(ui.activityView, self.activity_model)
        self.event_kind_model = ItemModel(self.tr("Type"), show_used=False)
        self.partner_model = PartnerModel()
        _setup_view(ui.eventKindView, self.event_kind_model)
        _setup_view(ui.partnerView, self.partner_model)
        for r in REASONS:
            item = QListWidgetItem(r.label(lang))
            item.setData(Qt.ItemDataRole.UserRole, r.reason)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.followUpReasonsList.addItem(item)
        ui.eventKindsNote.setProperty("muted", True)
        ui.partnersNote.setProperty("muted", True)
        ui.followUpNote.setProperty("muted", True)
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)  # Enter in a name field adds; it never closes the dialog
            b.setDefault(False)
        # Groups of meeting places: a tab of its own, right after the meeting places.
        self.groups_panel = SiteGroupsPanel(self._change, me.id)
        ui.settingsTabs.insertTab(
            ui.settingsTabs.indexOf(ui.sitesTab) + 1,
            self.groups_panel,
            self.tr("G&roups of meeting places"),
        )
        name_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        ui.groupKindsLabel.setText(self._group_kinds_text())
        self.periods_tab = PeriodSettingsTab(journal, me, self._say)
        ui.settingsTabs.addTab(self.periods_tab, self.tr("Repor&t periods"))
        self.periods_tab.saved.connect(self.changed)
        self.survey_tab = SurveyStatementsTab(journal, me, self._say)
        ui.settingsTabs.addTab(self.survey_tab, self.tr("Experience survey"))

        self.view: SettingsView | None = None
        self.site_id: uuid.UUID | None = None
        self._filled: dict[QLineEdit, str] = {}  # what selecting a row last put in a field
        self._follow_up_unread = True

        ui.addSiteButton.clicked.connect(self._on_add_site)
        ui.newSiteEdit.returnPressed.connect(self._on_add_site)
        for combo in (ui.categorySiteCombo, ui.ageBandSiteCombo):
            combo.activated.connect(self._on_site_chosen)
        ui.addCategoryButton.clicked.connect(self._on_add_category)
        ui.categoryEdit.returnPressed.connect(self._on_add_category)
        ui.renameCategoryButton.clicked.connect(self._on_rename_category)
        ui.moveUpButton.clicked.connect(lambda: self._on_move_category(-1))
        ui.moveDownButton.clicked.connect(lambda: self._on_move_category(1))
        ui.retireCategoryButton.clicked.connect(self._on_retire_category)
        ui.addAgeBandButton.clicked.connect(self._on_add_band)
        ui.ageBandEdit.returnPressed.connect(self._on_add_band)
        ui.renameAgeBandButton.clicked.connect(self._on_rename_band)
        ui.retireAgeBandButton.clicked.connect(self._on_retire_band)
        ui.unstatedCheck.toggled.connect(self._on_unstated)
        ui.addActivityButton.clicked.connect(self._on_add_activity)
        ui.activityEdit.returnPressed.connect(self._on_add_activity)
        ui.renameActivityButton.clicked.connect(self._on_rename_activity)
        ui.retireActivityButton.clicked.connect(self._on_retire_activity)
        ui.addEventKindButton.clicked.connect(self._on_add_event_kind)
        ui.eventKindEdit.returnPressed.connect(self._on_add_event_kind)
        ui.renameEventKindButton.clicked.connect(self._on_rename_event_kind)
        ui.eventKindUpButton.clicked.connect(lambda: self._on_move_event_kind(-1))
        ui.eventKindDownButton.clicked.connect(lambda: self._on_move_event_kind(1))
        ui.retireEventKindButton.clicked.connect(self._on_retire_event_kind)
        ui.savePartnerButton.clicked.connect(self._on_save_partner)
        ui.partnerEdit.returnPressed.connect(self._on_save_partner)
        ui.saveFollowUpButton.clicked.connect(self._on_save_follow_up)
        ui.partnerView.selectionModel().selectionChanged.connect(self._on_partner_selected)
        for view, edit in (
            (ui.categoryView, ui.categoryEdit),
            (ui.ageBandView, ui.ageBandEdit),
            (ui.activityView, ui.activityEdit),
            (ui.eventKindView, ui.eventKindEdit),
        ):
            view.selectionModel().selectionChanged.connect(
                lambda *_a, v=view, e=edit: self._on_selected(v, e)
            )
        self.reload()

    # -- reading ------------------------------------------------------------------------
    def _group_kinds_text(self) -> str:
        names = ", ".join(kind_label(k, self.lang) for k in GroupKind)
        return self.tr(
            "Group types: %1. They are fixed in the journal (the reports count by them), so "
            "they cannot be changed here."
        ).replace("%1", names)

    def reload(self) -> None:
        """Read everything again and show it, keeping the chosen site and rows."""
        view = self.journal.read(settings_view)
        self.view = view
        if self.site_id not in {x.id for x in view.sites}:
            self.site_id = view.sites[0].id if view.sites else None
        self.site_model.set_rows(view.sites)
        self.groups_panel.show_view(view.sites, view.groups)
        for combo in (self.ui.categorySiteCombo, self.ui.ageBandSiteCombo):
            combo.blockSignals(True)
            combo.clear()
            for x in view.sites:
                combo.addItem(x.name, x.id)
            combo.setCurrentIndex(max(combo.findData(self.site_id), 0))
            combo.blockSignals(False)
        site = self.site
        self._set_items(
            self.ui.categoryView,
            self.category_model,
            [
                Item(c.id, c.name, c.retired, c.id in view.used_categories)
                for c in (site.categories if site else ())
            ],
        )
        self._set_items(
            self.ui.ageBandView,
            self.band_model,
            [
                Item(b.id, b.label, b.retired, b.id in view.used_age_bands)
                for b in (site.age_bands if site else ())
            ],
        )
        self._set_items(
            self.ui.activityView,
            self.activity_model,
            [Item(a.id, a.name, a.retired, False) for a in view.activity_types],
        )
        self._set_items(
            self.ui.eventKindView,
            self.event_kind_model,
            [Item(k.id, k.name, k.retired, False) for k in view.event_kinds],
        )
        chosen_partner = self._chosen_partner()
        self.partner_model.set_rows(view.partners)
        if chosen_partner is not None:
            self._select(self.ui.partnerView, self.partner_model, chosen_partner.id)  # type: ignore[arg-type]
        if self._follow_up_unread:  # once: later changes elsewhere keep what is typed here
            self._show_follow_up(view.follow_up)
            self._follow_up_unread = False
        self.ui.unstatedCheck.blockSignals(True)
        self.ui.unstatedCheck.setChecked(view.unstated_column)
        self.ui.unstatedCheck.blockSignals(False)
        self._update_buttons()

    @property
    def site(self) -> sites.SiteInfo | None:
        if self.view is None:
            return None
        return next((x for x in self.view.sites if x.id == self.site_id), None)

    def _set_items(
        self,
        view: QTableView,
        model: ItemModel,
        items: Sequence[Item],
        keep: uuid.UUID | None = None,
    ) -> None:
        chosen = self._selected(view, model)
        keep = keep or (chosen.id if chosen else None)
        model.set_rows(items)
        self._select(view, model, keep)

    def _select(self, view: QTableView, model: Any, item_id: uuid.UUID | None) -> None:
        for i, item in enumerate(model.rows):
            if item.id == item_id:
                view.selectionModel().select(
                    model.index(i, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                view.setCurrentIndex(model.index(i, 0))
                return

    @staticmethod
    def _selected(view: QTableView, model: ItemModel) -> Item | None:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return model.row(rows[0].row()) if rows else None

    def _on_selected(self, view: QTableView, edit: QLineEdit) -> None:
        """A chosen row's name goes in the name field (to be renamed), unless something typed
        there would be lost."""
        item = self._selected(view, view.model())  # type: ignore[arg-type]
        if item is not None and edit.text() in ("", self._filled.get(edit, "")):
            edit.setText(item.name)
            self._filled[edit] = item.name
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        cat = self._selected(ui.categoryView, self.category_model)
        band = self._selected(ui.ageBandView, self.band_model)
        activity = self._selected(ui.activityView, self.activity_model)
        has_site = self.site is not None
        ui.addCategoryButton.setEnabled(has_site)
        ui.addAgeBandButton.setEnabled(has_site)
        ui.renameCategoryButton.setEnabled(cat is not None)
        for b in (ui.moveUpButton, ui.moveDownButton, ui.retireCategoryButton):
            b.setEnabled(cat is not None and not cat.retired)
        ui.renameAgeBandButton.setEnabled(band is not None)
        ui.retireAgeBandButton.setEnabled(band is not None and not band.retired)
        ui.renameActivityButton.setEnabled(activity is not None)
        ui.retireActivityButton.setEnabled(activity is not None and not activity.retired)
        kind = self._selected(ui.eventKindView, self.event_kind_model)
        ui.renameEventKindButton.setEnabled(kind is not None)
        for b in (ui.eventKindUpButton, ui.eventKindDownButton, ui.retireEventKindButton):
            b.setEnabled(kind is not None and not kind.retired)
        ui.savePartnerButton.setEnabled(self._chosen_partner() is not None)

    # -- changing -----------------------------------------------------------------------
    def _say(self, text: str, problem: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(("⚠ " if problem else "") + text)
        label.setProperty("problem", problem)  # coloured by the theme
        label.style().unpolish(label)
        label.style().polish(label)

    def _change(self, done: str, change: Callable[..., Any], *args: Any) -> tuple[bool, Any]:
        """``change(session, *args)`` as the team lead, in one unit of work: (done, result).
        Refused, the dialog says why and nothing typed is cleared."""
        try:
            result = self.journal.write(as_lead, self.me.id, change, *args)
        except ValidationError as exc:
            self._say(str(exc), problem=True)
            return False, None
        self._say(done)
        self.reload()
        self.changed.emit()
        return True, result

    def _clear(self, edit: QLineEdit) -> None:
        edit.clear()
        self._filled[edit] = ""

    def _on_site_chosen(self, index: int) -> None:
        combo = self.sender()
        if isinstance(combo, QComboBox) and index >= 0:
            self.site_id = combo.itemData(index)
            for edit in (self.ui.categoryEdit, self.ui.ageBandEdit):
                if edit.text() == self._filled.get(edit, ""):
                    self._clear(edit)
            self.reload()

    def _on_add_site(self) -> None:
        name = self.ui.newSiteEdit.text()
        done, site = self._change(
            self.tr("The meeting place %1 is added.").replace("%1", " ".join(name.split())),
            sites.add_site,
            name,
            self.me.id,
        )
        if done:
            self._clear(self.ui.newSiteEdit)
            self.site_id = site.id
            self.reload()

    def _need(self, item: Item | None, what: str) -> Item | None:
        if item is None:
            self._say(what, problem=True)
        return item

    # categories
    def _on_add_category(self) -> None:
        if self.site_id is None:
            return
        name = self.ui.categoryEdit.text()
        done, site = self._change(
            self.tr("The category %1 is added.").replace("%1", " ".join(name.split())),
            sites.add_category,
            self.site_id,
            name,
            self.me.id,
        )
        if done:  # the new one chosen (to be moved), the field empty for the next
            added = site.category(name)
            self._select(self.ui.categoryView, self.category_model, added.id if added else None)
            self._clear(self.ui.categoryEdit)

    def _chosen_category(self) -> Item | None:
        return self._need(
            self._selected(self.ui.categoryView, self.category_model),
            self.tr("Choose a category in the list first."),
        )

    def _on_rename_category(self) -> None:
        cat = self._chosen_category()
        if cat is None:
            return
        name = self.ui.categoryEdit.text()
        done, _ = self._change(
            self.tr("The category %1 is now called %2.")
            .replace("%1", cat.name)
            .replace("%2", " ".join(name.split())),
            sites.rename_category,
            cat.id,
            name,
        )
        if done:
            self._filled[self.ui.categoryEdit] = self.ui.categoryEdit.text()

    def _on_move_category(self, step: int) -> None:
        cat = self._chosen_category()
        if cat is None:
            return
        done_text = (
            self.tr("%1 is moved up.") if step < 0 else self.tr("%1 is moved down.")
        ).replace("%1", cat.name)
        self._change(done_text, sites.move_category, cat.id, step)

    def _on_retire_category(self) -> None:
        cat = self._chosen_category()
        if cat is None:
            return
        self._change(
            self.tr(
                "The category %1 is retired: the log grid no longer offers it, earlier "
                "tables keep it. Add the same name again to bring it back."
            ).replace("%1", cat.name),
            sites.retire_category,
            cat.id,
        )

    # age bands
    def _on_add_band(self) -> None:
        if self.site_id is None:
            return
        label = self.ui.ageBandEdit.text()
        done, site = self._change(
            self.tr("The age band %1 is added.").replace("%1", sites.normalise_age_band(label)),
            sites.add_age_band,
            self.site_id,
            label,
            self.me.id,
        )
        if done:
            added = site.age_band(label)
            self._select(self.ui.ageBandView, self.band_model, added.id if added else None)
            self._clear(self.ui.ageBandEdit)

    def _chosen_band(self) -> Item | None:
        return self._need(
            self._selected(self.ui.ageBandView, self.band_model),
            self.tr("Choose an age band in the list first."),
        )

    def _on_rename_band(self) -> None:
        band = self._chosen_band()
        if band is None:
            return
        label = self.ui.ageBandEdit.text()
        done, _ = self._change(
            self.tr("The age band %1 is corrected to %2.")
            .replace("%1", band.name)
            .replace("%2", sites.normalise_age_band(label)),
            sites.rename_age_band,
            band.id,
            label,
        )
        if done:
            self._filled[self.ui.ageBandEdit] = self.ui.ageBandEdit.text()

    def _on_retire_band(self) -> None:
        band = self._chosen_band()
        if band is None:
            return
        self._change(
            self.tr(
                "The age band %1 is retired: the log grid no longer offers it, earlier "
                "tables keep it."
            ).replace("%1", band.name),
            sites.retire_age_band,
            band.id,
        )

    # the grid's column
    def _on_unstated(self, on: bool) -> None:
        done, _ = self._change(
            self.tr("The log grid now has a column for gender not stated.")
            if on
            else self.tr("The log grid no longer has a column for gender not stated."),
            journal_settings.set_unstated_column,
            on,
        )
        if not done:  # refused: show what the journal has
            self.reload()

    # activity types
    def _on_add_activity(self) -> None:
        name = self.ui.activityEdit.text()
        done, added = self._change(
            self.tr("The activity type %1 is added.").replace("%1", " ".join(name.split())),
            meetings.add_activity_type,
            name,
            self.me.id,
        )
        if done:
            self._select(self.ui.activityView, self.activity_model, added.id)
            self._clear(self.ui.activityEdit)

    def _chosen_activity(self) -> Item | None:
        return self._need(
            self._selected(self.ui.activityView, self.activity_model),
            self.tr("Choose an activity type in the list first."),
        )

    def _on_rename_activity(self) -> None:
        activity = self._chosen_activity()
        if activity is None:
            return
        name = self.ui.activityEdit.text()
        done, _ = self._change(
            self.tr("The activity type %1 is now called %2.")
            .replace("%1", activity.name)
            .replace("%2", " ".join(name.split())),
            meetings.rename_activity_type,
            activity.id,
            name,
        )
        if done:
            self._filled[self.ui.activityEdit] = self.ui.activityEdit.text()

    def _on_retire_activity(self) -> None:
        activity = self._chosen_activity()
        if activity is None:
            return
        self._change(
            self.tr(
                "The activity type %1 is retired: roll calls no longer offer it, sessions "
                "that had it keep it."
            ).replace("%1", activity.name),
            meetings.retire_activity_type,
            activity.id,
        )

    # types of activities and events
    def _on_add_event_kind(self) -> None:
        name = self.ui.eventKindEdit.text()
        done, added = self._change(
            self.tr("The type %1 is added.").replace("%1", " ".join(name.split())),
            activities.add_kind,
            name,
            self.me.id,
        )
        if done:
            self._select(self.ui.eventKindView, self.event_kind_model, added.id)
            self._clear(self.ui.eventKindEdit)

    def _chosen_event_kind(self) -> Item | None:
        return self._need(
            self._selected(self.ui.eventKindView, self.event_kind_model),
            self.tr("Choose a type in the list first."),
        )

    def _on_rename_event_kind(self) -> None:
        kind = self._chosen_event_kind()
        if kind is None:
            return
        name = self.ui.eventKindEdit.text()
        done, _ = self._change(
            self.tr("The type %1 is now called %2.")
            .replace("%1", kind.name)
            .replace("%2", " ".join(name.split())),
            activities.rename_kind,
            kind.id,
            name,
        )
        if done:
            self._filled[self.ui.eventKindEdit] = self.ui.eventKindEdit.text()

    def _on_move_event_kind(self, step: int) -> None:
        kind = self._chosen_event_kind()
        if kind is None:
            return
        done_text = (
            self.tr("%1 is moved up.") if step < 0 else self.tr("%1 is moved down.")
        ).replace("%1", kind.name)
        self._change(done_text, activities.move_kind, kind.id, step)

    def _on_retire_event_kind(self) -> None:
        kind = self._chosen_event_kind()
        if kind is None:
            return
        self._change(
            self.tr(
                "The type %1 is retired: new activities are not offered it, earlier ones keep it."
            ).replace("%1", kind.name),
            activities.retire_kind,
            kind.id,
        )

    # partners
    def _chosen_partner(self) -> PartnerInfo | None:
        view = self.ui.partnerView
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return self.partner_model.row(rows[0].row()) if rows else None

    def _on_partner_selected(self, *_args: object) -> None:
        p = self._chosen_partner()
        edit = self.ui.partnerEdit
        if p is not None and edit.text() in ("", self._filled.get(edit, "")):
            edit.setText(p.name)
            self._filled[edit] = p.name
            self.ui.partnerEmployerCheck.setChecked(p.employer)
        self._update_buttons()

    def _on_save_partner(self) -> None:
        p = self._chosen_partner()
        if p is None:
            self._say(self.tr("Choose a partner in the list first."), problem=True)
            return
        name = self.ui.partnerEdit.text()
        employer = self.ui.partnerEmployerCheck.isChecked()
        text = (
            self.tr("%1 is saved as an employer.")
            if employer
            else self.tr("%1 is saved (not an employer).")
        )
        done, _ = self._change(
            text.replace("%1", " ".join(name.split())),
            activities.set_partner,
            p.id,
            name,
            employer,
        )
        if done:
            self._filled[self.ui.partnerEdit] = self.ui.partnerEdit.text()

    # follow-up after avslut
    def _show_follow_up(self, settings: followups.FollowUpSettings) -> None:
        ui = self.ui
        ui.followUpMonthsSpin.setValue(settings.months)
        ui.followUpTargetSpin.setValue(settings.target)
        for i in range(ui.followUpReasonsList.count()):
            item = ui.followUpReasonsList.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in settings.reasons
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _on_save_follow_up(self) -> None:
        ui = self.ui
        reasons = [
            ui.followUpReasonsList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(ui.followUpReasonsList.count())
            if ui.followUpReasonsList.item(i).checkState() == Qt.CheckState.Checked
        ]
        months, target = ui.followUpMonthsSpin.value(), ui.followUpTargetSpin.value()
        try:
            self.journal.write(
                as_lead, self.me.id, followups.set_follow_up_settings, months, reasons, target
            )
        except ValidationError as exc:
            self._say(str(exc), problem=True)  # the choices stay as they were typed
            return
        self._say(
            self.tr("Follow-up %n month(s) after closing;", "", months)
            + " "
            + self.tr("goal %1 %.").replace("%1", str(target))
        )
        self.reload()
        self.changed.emit()


def open_settings(
    parent: QWidget, desk: Desk, lang: Lang, changed: Callable[[], object]
) -> SettingsDialog | None:
    """File → Settings for meeting places…: the dialog for a team lead or administrator (a
    refusal in words for anyone else); ``changed`` shows every change on the window's pages
    at once."""
    from PySide6.QtCore import QCoreApplication

    try:
        dialog = SettingsDialog(desk.journal, desk.staff, lang, parent)
    except ValidationError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("SettingsDialog", "Settings for meeting places"),
            str(exc),
        )
        return None
    dialog.changed.connect(changed)
    dialog.exec()
    return dialog
