"""*Grupper av mötesplatser*, a tab of the settings for meeting places: the groups a team lead
reports together (e.g. *Mötesplatserna* = Årby + Fröslunda), each with a name and its sites.

The panel changes nothing itself: every change goes through the dialog's ``change`` (one unit
of work as the team lead, a refusal shown in the dialog's words, nothing typed or ticked lost).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.widgets import table
from vagledare.journal import site_groups
from vagledare.journal.site_groups import SiteGroupInfo
from vagledare.journal.sites import SiteInfo

# ``change(done text, domain function, *args)`` → (done, result): the dialog's unit of work.
Change = Callable[..., tuple[bool, Any]]


class SiteGroupModel(RowTableModel[tuple[SiteGroupInfo, str]]):
    """A group's name and its sites' names."""

    def columns(self) -> list[Column[tuple[SiteGroupInfo, str]]]:
        return [
            Column(self.tr("Group"), lambda r: r[0].name),
            Column(self.tr("Meeting places"), lambda r: r[1]),
        ]


class SiteGroupsPanel(QWidget):
    def __init__(self, change: Change, me_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteGroupsPanel")
        self.change, self.me_id = change, me_id
        self._filled = ""  # the name that choosing a group last put in the field
        self._sites: list[SiteInfo] = []

        note = QLabel(
            self.tr(
                "A group is reported as one place: reports that show a block of columns per "
                "meeting place show one for the group, and every report can be made for it. "
                "Its name cannot be a meeting place's name."
            )
        )
        note.setWordWrap(True)
        note.setProperty("muted", True)
        self.model = SiteGroupModel()
        self.view = table("siteGroupView", self.tr("Groups of meeting places"))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(False)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("siteGroupNameEdit")
        self.name_edit.setAccessibleName(self.tr("Name of the group"))
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        self.site_list = QListWidget()
        self.site_list.setObjectName("siteGroupSiteList")
        self.site_list.setAccessibleName(self.tr("Meeting places in the group"))
        sites_label = QLabel(self.tr("Meeting places in the &group (tick with the space bar):"))
        sites_label.setBuddy(self.site_list)

        self.add_button = QPushButton(self.tr("&Add group"))
        self.add_button.setAccessibleName(self.tr("Add a group with this name and these places"))
        self.save_button = QPushButton(self.tr("&Save meeting places"))
        self.save_button.setAccessibleName(self.tr("Save the chosen group's meeting places"))
        self.remove_button = QPushButton(self.tr("&Remove group"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen group"))
        for b, name in (
            (self.add_button, "addSiteGroupButton"),
            (self.save_button, "saveSiteGroupButton"),
            (self.remove_button, "removeSiteGroupButton"),
        ):
            b.setObjectName(name)
            b.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(name_label)
        row.addWidget(self.name_edit, 1)
        layout.addLayout(row)
        layout.addWidget(sites_label)
        layout.addWidget(self.site_list, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.view, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.site_list)
        QWidget.setTabOrder(self.site_list, self.add_button)

        self.add_button.clicked.connect(self._on_add)
        self.name_edit.returnPressed.connect(self._on_add)
        self.save_button.clicked.connect(self._on_save)
        self.remove_button.clicked.connect(self._on_remove)
        self.view.selectionModel().selectionChanged.connect(self._on_selected)
        self._update_buttons()

    # -- reading --------------------------------------------------------------------------
    def show_view(self, sites: Sequence[SiteInfo], groups: Sequence[SiteGroupInfo]) -> None:
        """The journal's groups and sites, keeping the chosen group and the ticked sites."""
        chosen = self.chosen()
        ticked = set(self.ticked())
        self._sites = list(sites)
        names = {x.id: x.name for x in sites}
        self.model.set_rows(
            [
                (g, ", ".join(names[i] for i in names if i in g.site_ids))
                for g in groups  # sites in the journal's (Swedish) order
            ]
        )
        self.site_list.clear()
        for x in sites:
            item = QListWidgetItem(x.name)
            item.setData(Qt.ItemDataRole.UserRole, x.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = x.id in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.site_list.addItem(item)
        if chosen is not None:
            self._select(chosen.id)
        self._update_buttons()

    def chosen(self) -> SiteGroupInfo | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row(rows[0].row())[0] if rows else None

    def ticked(self) -> list[uuid.UUID]:
        items = [self.site_list.item(i) for i in range(self.site_list.count())]
        return [
            i.data(Qt.ItemDataRole.UserRole)
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        ]

    def _select(self, group_id: uuid.UUID) -> None:
        for i, (g, _) in enumerate(self.model.rows):
            if g.id == group_id:
                self.view.selectionModel().select(
                    self.model.index(i, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.setCurrentIndex(self.model.index(i, 0))
                return

    def _on_selected(self, *_args: object) -> None:
        """A chosen group's name and sites go in the fields (to change its sites), unless a
        name typed there would be lost."""
        group = self.chosen()
        if group is not None and self.name_edit.text() in ("", self._filled):
            self.name_edit.setText(group.name)
            self._filled = group.name
            for i in range(self.site_list.count()):
                item = self.site_list.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in group.site_ids
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.chosen() is not None
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    # -- changing -------------------------------------------------------------------------
    def _on_add(self) -> None:
        name = " ".join(self.name_edit.text().split())
        done, added = self.change(
            self.tr("The group %1 is added.").replace("%1", name),
            site_groups.add_group,
            self.name_edit.text(),
            self.ticked(),
            self.me_id,
        )
        if done:
            self._select(added.id)
            self._filled = added.name
            self.name_edit.setText(added.name)

    def _on_save(self) -> None:
        group = self.chosen()
        if group is None:
            return
        self.change(
            self.tr("The group %1 has its meeting places saved.").replace("%1", group.name),
            site_groups.set_members,
            group.id,
            self.ticked(),
            self.me_id,
        )

    def _on_remove(self) -> None:
        group = self.chosen()
        if group is None:
            return
        done, _ = self.change(
            self.tr("The group %1 is removed; its meeting places and their records stay.").replace(
                "%1", group.name
            ),
            site_groups.remove_group,
            group.id,
        )
        if done:
            self.name_edit.clear()
            self._filled = ""
            for i in range(self.site_list.count()):
                self.site_list.item(i).setCheckState(Qt.CheckState.Unchecked)
