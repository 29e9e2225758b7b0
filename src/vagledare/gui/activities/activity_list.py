"""*Aktiviteter och evenemang* (Edit menu): the site's activities of one month, ← and → to
move between months, and new, edit and delete (with a question first).

The list reads ``activities.list_activities``; a new or changed activity is the one dialog of
``activity_dialog``; a deletion is ``activities.delete_activity``. Nothing here opens a session.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from vagledare.app.desk import Desk
from vagledare.gui.activities.activity_dialog import ActivityDialog
from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.widgets import fit_to_screen, name_buttons, size_to_contents
from vagledare.gui.forms.ui_activity_list_dialog import Ui_ActivityListDialog
from vagledare.journal import activities
from vagledare.journal.activities import ActivityInfo
from vagledare.journal.dates import add_months
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.sites import SiteInfo
from vagledare.journal.terms import Lang

MONTHS = {
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def month_name(first: date, lang: Lang) -> str:
    return f"{MONTHS.get(lang, MONTHS['sv'])[first.month - 1]} {first.year}"


class ActivityListModel(RowTableModel[ActivityInfo]):
    """Date, type, title, visitors by gender, employers present and partners; the site too
    when several are shown."""

    def __init__(self) -> None:
        super().__init__()
        self.show_site = False

    def columns(self) -> list[Column[ActivityInfo]]:
        cols: list[Column[ActivityInfo]] = [
            Column(self.tr("Date"), lambda a: a.held_on.isoformat()),
        ]
        if self.show_site:
            cols.append(Column(self.tr("Meeting place"), lambda a: a.site))
        cols += [
            Column(self.tr("Type"), lambda a: a.kind),
            Column(self.tr("Title"), lambda a: a.title, tooltip=lambda a: a.note),
            Column(self.tr("Women"), lambda a: str(a.women), _RIGHT),
            Column(self.tr("Men"), lambda a: str(a.men), _RIGHT),
            Column(
                self.tr("Not stated"),
                lambda a: str(a.unstated),
                _RIGHT,
                header_tooltip=self.tr("Visitors whose gender was not stated"),
            ),
            Column(
                self.tr("Employers"),
                lambda a: str(a.employers),
                _RIGHT,
                header_tooltip=self.tr("Number of employers present"),
            ),
            Column(self.tr("Partners"), lambda a: ", ".join(a.partners)),
        ]
        return cols

    def row_data(self, row: ActivityInfo, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class ActivityListDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        sites: list[SiteInfo],
        site: SiteInfo,
        author_id: uuid.UUID | None,
        lang: Lang = "sv",
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.sites, self.site = journal, sites, site
        self.author_id, self.lang = author_id, lang
        self.today = today or date.today()
        self.first = self.today.replace(day=1)
        self.ui = Ui_ActivityListDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setObjectName("activityListDialog")
        ui.siteCombo.addItem(self.tr("All meeting places"), None)
        for x in sites:
            ui.siteCombo.addItem(x.name, x.id)
        ui.siteCombo.setCurrentIndex(max(ui.siteCombo.findData(site.id), 0))
        self.model = ActivityListModel()
        view = ui.activityView
        view.setModel(self.model)
        view.setTabKeyNavigation(False)  # arrows move, Tab leaves
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        size_to_contents(header)
        header.setStretchLastSection(True)
        ui.monthLabel.setStyleSheet("font-weight: 600;")
        for b in self.findChildren(QPushButton):
            b.setAutoDefault(False)
            b.setDefault(False)
        name_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        ui.siteCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.previousButton.clicked.connect(lambda: self.move_month(-1))
        ui.nextButton.clicked.connect(lambda: self.move_month(1))
        ui.newButton.clicked.connect(self.new_activity)
        ui.editButton.clicked.connect(self.edit_activity)
        ui.deleteButton.clicked.connect(self.delete_activity)
        view.doubleClicked.connect(lambda _i: self.edit_activity())
        view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.move_month(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.move_month(1))
        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_activity),
            (QKeySequence("Return"), self.edit_activity),
        ):
            sc = QShortcut(key, view, slot)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        fit_to_screen(self, 980, 600)
        self.reload()
        view.setFocus()

    # -- reading ----------------------------------------------------------------------------
    @property
    def last(self) -> date:
        return add_months(self.first, 1) - timedelta(days=1)

    def reload(self, keep: uuid.UUID | None = None) -> None:
        chosen = self.chosen()
        keep = keep or (chosen.id if chosen else None)
        site_id = self.ui.siteCombo.currentData()
        rows = self.journal.read(
            activities.list_activities, [site_id] if site_id else None, self.first, self.last
        )
        self.model.show_site = site_id is None  # read at the reset
        self.model.set_rows(rows)
        self.ui.monthLabel.setText(month_name(self.first, self.lang))
        visitors = sum(a.visitors for a in rows)
        self.ui.summaryLabel.setText(
            self.tr("%n activities", "", len(rows))
            + " · "
            + self.tr("%n visitors", "", visitors)
            + " · "
            + self.tr("%n employers present", "", sum(a.employers for a in rows))
        )
        for i, a in enumerate(rows):
            if a.id == keep:
                self.ui.activityView.selectionModel().select(
                    self.model.index(i, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.ui.activityView.setCurrentIndex(self.model.index(i, 0))
        self._update_buttons()

    def chosen(self) -> ActivityInfo | None:
        sel = self.ui.activityView.selectionModel()
        rows = sel.selectedRows() if sel is not None else []
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has = self.chosen() is not None
        self.ui.editButton.setEnabled(has)
        self.ui.deleteButton.setEnabled(has)

    def move_month(self, step: int) -> None:
        self.first = add_months(self.first, step)
        self.ui.messageLabel.clear()
        self.reload()

    def show_month(self, day: date, keep: uuid.UUID | None = None) -> None:
        self.first = day.replace(day=1)
        self.reload(keep)

    # -- changing ---------------------------------------------------------------------------
    def _site(self) -> SiteInfo:
        site_id = self.ui.siteCombo.currentData()
        return next((x for x in self.sites if x.id == site_id), self.site)

    def activity_dialog(self, activity: ActivityInfo | None = None) -> ActivityDialog:
        """The one dialog for a new activity (on a day of the month shown) or a change."""
        day = self.today if self.first <= self.today <= self.last else self.first
        return ActivityDialog(
            self.journal, self.sites, self._site(), self.author_id, activity, day, self
        )

    def new_activity(self) -> None:
        dialog = self.activity_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            saved = self.journal.read(activities.get_activity, dialog.saved_id)
            self.show_month(saved.held_on, saved.id)
            self.ui.messageLabel.setText(
                self.tr("%1 on %2 is saved.")
                .replace("%1", saved.title)
                .replace("%2", saved.held_on.isoformat())
            )

    def edit_activity(self) -> None:
        a = self.chosen()
        if a is None:
            return
        dialog = self.activity_dialog(a)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            saved = self.journal.read(activities.get_activity, a.id)
            self.show_month(saved.held_on, a.id)
            self.ui.messageLabel.setText(self.tr("The change is saved."))

    def delete_activity(self) -> None:
        a = self.chosen()
        if a is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete activity"),
            self.tr(
                "Delete %1 on %2 (%3 visitors)? It is taken out of the reports. Do this only "
                "for an activity logged by mistake."
            )
            .replace("%1", a.title)
            .replace("%2", a.held_on.isoformat())
            .replace("%3", str(a.visitors)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.journal.write(activities.delete_activity, a.id)
        except ValidationError as exc:
            self.ui.messageLabel.setText("⚠ " + str(exc))
            return
        self.reload()
        self.ui.messageLabel.setText(
            self.tr("%1 on %2 is deleted.")
            .replace("%1", a.title)
            .replace("%2", a.held_on.isoformat())
        )


def open_activity_list(parent: QWidget, desk: Desk, lang: Lang = "sv") -> ActivityListDialog:
    """The window's "Activities and events…": the desk's site, this month."""
    from vagledare.journal.sites import list_sites

    sites = desk.journal.read(list_sites)
    dialog = ActivityListDialog(desk.journal, sites, desk.site, desk.staff.id, lang, parent=parent)
    dialog.exec()
    return dialog
