"""The groups page: a site's språkgrupper, språkcaféer and läxhjälp; each group's sessions
(roll call, add, move, cancel) and participants (enrol, leave). Sessions whose roll call was
never taken are flagged at the top until they are taken or cancelled."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.enrolment_dialog import EnrolmentDialog
from vagledare.gui.group_dialog import GroupDialog
from vagledare.gui.group_models import EnrolmentListModel, SessionListModel, day_text
from vagledare.gui.leave_dialog import LeaveDialog
from vagledare.gui.roll_call import RollCallDialog
from vagledare.gui.session_dialog import SessionDialog
from vagledare.journal import enrolments, groups, sessions
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.sites import SiteInfo, list_sites
from vagledare.journal.staff import StaffInfo
from vagledare.terms import Lang

HISTORY_DAYS = 120  # older sessions are listed only while their roll call is missing


def _button(text: str, name: str, accessible: str) -> QPushButton:
    b = QPushButton(text, objectName=name)
    b.setAccessibleName(accessible)
    b.setMinimumHeight(38)
    b.setAutoDefault(False)
    return b


def _table(name: str, accessible: str) -> QTableView:
    v = QTableView(objectName=name)
    v.setAccessibleName(accessible)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setAlternatingRowColors(True)
    v.verticalHeader().setVisible(False)
    v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    v.horizontalHeader().setStretchLastSection(True)
    return v


class GroupsPage(QWidget):
    changed = Signal()

    def __init__(
        self,
        journal: Journal,
        site: SiteInfo,
        staff: StaffInfo,
        lang: Lang = "sv",
        now: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.site, self.staff, self.lang, self.now = journal, site, staff, lang, now
        self.group_infos: list[groups.GroupInfo] = []
        self.missing: list[sessions.SessionInfo] = []
        outer = QVBoxLayout(self)

        top = QHBoxLayout()
        site_label = QLabel(self.tr("&Meeting place:"))
        self.site_combo = QComboBox(objectName="siteCombo")
        self.site_combo.setAccessibleName(self.tr("Meeting place"))
        self.site_combo.setMinimumWidth(160)
        site_label.setBuddy(self.site_combo)
        top.addWidget(site_label)
        top.addWidget(self.site_combo)
        top.addSpacing(24)
        self.flag_label = QLabel(objectName="flagLabel")
        self.flag_label.setStyleSheet("font-size: 12pt; font-weight: 600; color: #8a1c14;")
        self.flag_label.setAccessibleName(self.tr("Sessions without a roll call"))
        self.flag_button = _button(self.tr("Take the &next missing roll call"), "nextMissing",
                                   self.tr("Take the next missing roll call"))
        top.addWidget(self.flag_label, 1)
        top.addWidget(self.flag_button)
        outer.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        groups_label = QLabel(self.tr("Groups"))
        groups_label.setStyleSheet("font-weight: 600;")
        self.group_list = QListWidget(objectName="groupList")
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.group_list.setMinimumWidth(220)
        self.group_list.setStyleSheet(
            "QListWidget#groupList { font-size: 11pt; }"
            "QListWidget#groupList::item { padding: 7px 6px; border-bottom: 1px solid #e3e8ee; }"
            "QListWidget#groupList::item:selected { background: #2f6f9f; color: white; }"
        )
        groups_label.setBuddy(self.group_list)
        self.new_group_button = _button(self.tr("Ne&w group…"), "newGroup", self.tr("New group"))
        self.edit_group_button = _button(self.tr("Edit gro&up…"), "editGroup",
                                         self.tr("Edit the selected group"))
        lv.addWidget(groups_label)
        lv.addWidget(self.group_list, 1)
        lv.addWidget(self.new_group_button)
        lv.addWidget(self.edit_group_button)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        self.group_title = QLabel(objectName="groupTitle")
        self.group_title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.group_details = QLabel(objectName="groupDetails")
        self.group_details.setWordWrap(True)
        rv.addWidget(self.group_title)
        rv.addWidget(self.group_details)
        self.tabs = QTabWidget(objectName="groupTabs")

        self.session_model = SessionListModel()
        self.session_view = _table("sessionView", self.tr("Sessions"))
        self.session_view.setModel(self.session_model)
        self.roll_call_button = _button(self.tr("Roll &call… (Enter)"), "rollCallButton",
                                        self.tr("Take the roll call of the selected session"))
        self.add_session_button = _button(self.tr("&Add session…"), "addSession",
                                          self.tr("Add a session outside the schedule"))
        self.move_session_button = _button(self.tr("Move to another &day…"), "moveSession",
                                           self.tr("Move the selected session"))
        self.cancel_session_button = _button(self.tr("Cancel sessi&on…"), "cancelSession",
                                             self.tr("Cancel or restore the selected session"))
        self.tabs.addTab(self._pane(self.session_view, self.roll_call_button,
                                    self.add_session_button, self.move_session_button,
                                    self.cancel_session_button), self.tr("&Sessions"))

        self.enrolment_model = EnrolmentListModel(lang)
        self.enrolment_view = _table("enrolmentView", self.tr("Participants"))
        self.enrolment_view.setModel(self.enrolment_model)
        self.enrol_button = _button(self.tr("Enrol a &participant…"), "enrolButton",
                                    self.tr("Enrol a participant code"))
        self.leave_button = _button(self.tr("Mar&k as left…"), "leaveButton",
                                    self.tr("Register that the selected participant leaves"))
        self.reopen_button = _button(self.tr("&Back in the group"), "reopenButton",
                                     self.tr("Undo the leaving of the selected participant"))
        self.tabs.addTab(self._pane(self.enrolment_view, self.enrol_button, self.leave_button,
                                    self.reopen_button), self.tr("Part&icipants"))
        rv.addWidget(self.tabs, 1)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        outer.addWidget(split, 1)

        self.site_combo.currentIndexChanged.connect(self._on_site_changed)
        self.group_list.currentRowChanged.connect(self._on_group_changed)
        self.flag_button.clicked.connect(self._on_next_missing)
        self.new_group_button.clicked.connect(self._on_new_group)
        self.edit_group_button.clicked.connect(self._on_edit_group)
        self.session_view.activated.connect(self._on_roll_call)
        self.roll_call_button.clicked.connect(self._on_roll_call)
        self.add_session_button.clicked.connect(self._on_add_session)
        self.move_session_button.clicked.connect(self._on_move_session)
        self.cancel_session_button.clicked.connect(self._on_cancel_session)
        self.enrol_button.clicked.connect(self._on_enrol)
        self.leave_button.clicked.connect(self._on_leave)
        self.reopen_button.clicked.connect(self._on_reopen)
        self.session_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.enrolment_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._load_sites()
        self.refresh()

    @staticmethod
    def _pane(view: QTableView, *buttons: QPushButton) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.addWidget(view, 1)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        v.addLayout(row)
        return w

    # -- loading -------------------------------------------------------------------------
    def _load_sites(self) -> None:
        with self.journal.session() as s:
            known = list_sites(s)
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for x in known:
            self.site_combo.addItem(x.name, x)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findText(self.site.name)))
        self.site_combo.blockSignals(False)

    def today(self) -> date:
        return self.now().date()

    def selected_group(self) -> groups.GroupInfo | None:
        row = self.group_list.currentRow()
        return self.group_infos[row] if 0 <= row < len(self.group_infos) else None

    def selected_session(self) -> sessions.SessionInfo | None:
        rows = self.session_view.selectionModel().selectedRows()
        return self.session_model.session(rows[0].row()) if rows else None

    def selected_enrolment(self) -> enrolments.EnrolmentInfo | None:
        rows = self.enrolment_view.selectionModel().selectedRows()
        return self.enrolment_model.enrolment(rows[0].row()) if rows else None

    def refresh(self) -> None:
        """Generate due sessions, then re-read groups, the flag and the selected group."""
        current = self.selected_group()
        with self.journal.session() as s:
            sessions.sync_sessions(s, self.today())
            self.group_infos = groups.list_groups(s, [self.site.id])
            self.missing = sessions.unrecorded_sessions(s, self.now(), [self.site.id])
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for g in self.group_infos:
            flagged = sum(1 for x in self.missing if x.group_id == g.id)
            text = f"{g.name}\n{g.kind_label(self.lang)}"
            if flagged:
                text += "\n⚠ " + self.tr("%n roll call(s) missing", "", flagged)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            if flagged:
                item.setForeground(QColor("#8a1c14"))
            self.group_list.addItem(item)
        row = next((i for i, g in enumerate(self.group_infos) if current and g.id == current.id), 0)
        self.group_list.setCurrentRow(row if self.group_infos else -1)
        self.group_list.blockSignals(False)
        n = len(self.missing)
        self.flag_label.setText(
            self.tr("⚠ %n session(s) without a roll call", "", n) if n
            else self.tr("Every past session has its roll call.")
        )
        self.flag_label.setStyleSheet(
            "font-size: 12pt; font-weight: 600; color: %s;" % ("#8a1c14" if n else "#2e6b30")
        )
        self.flag_button.setEnabled(bool(n))
        self._show_group()

    def _show_group(self) -> None:
        g = self.selected_group()
        self.edit_group_button.setEnabled(g is not None)
        for b in (self.add_session_button, self.enrol_button):
            b.setEnabled(g is not None)
        if g is None:
            self.group_title.setText(self.tr("No groups yet at %1 — add one with New group.")
                                     .replace("%1", self.site.name))
            self.group_details.setText("")
            self.session_model.set_rows([], self.now())
            self.enrolment_model.set_rows([])
            self._update_buttons()
            return
        kind = g.kind_label(self.lang)
        self.group_title.setText(g.name if kind.casefold() == g.name.casefold()
                                 else f"{g.name} · {kind}")
        details = [self.tr("Started %1").replace("%1", g.start_date.isoformat())]
        if g.end_date:
            details.append(self.tr("ended %1").replace("%1", g.end_date.isoformat()))
        details.append(g.schedule_label(self.lang) or self.tr("no weekly schedule"))
        details.append(self.tr("tutors: %1").replace("%1", ", ".join(g.tutors) or "–"))
        self.group_details.setText(" · ".join(details))
        since = self.today() - timedelta(days=HISTORY_DAYS)
        with self.journal.session() as s:
            rows = sessions.list_sessions(s, [g.id], since)
            active = enrolments.list_enrolments(s, [g.id])
        older = [x for x in self.missing if x.group_id == g.id and x.held_on < since]
        self.session_model.set_rows(older + rows, self.now())
        self.enrolment_model.set_rows(active)
        self._select_default_session()
        self._update_buttons()

    def _select_default_session(self) -> None:
        """Today's session, else the latest that is over."""
        today = self.today()
        rows = [self.session_model.session(i) for i in range(self.session_model.rowCount())]
        pick = next((i for i, x in enumerate(rows) if x.held_on == today), -1)
        if pick < 0:
            past = [i for i, x in enumerate(rows) if x.held_on <= today]
            pick = past[-1] if past else 0
        if rows:
            self.session_view.selectRow(pick)

    def _update_buttons(self) -> None:
        x = self.selected_session()
        open_ = x is not None and not x.cancelled
        self.roll_call_button.setEnabled(open_ and x is not None and x.held_on <= self.today())
        self.move_session_button.setEnabled(open_ and x is not None and not x.taken)
        self.cancel_session_button.setEnabled(x is not None and not x.taken)
        self.cancel_session_button.setText(
            self.tr("Rest&ore cancelled") if x is not None and x.cancelled
            else self.tr("Cancel sessi&on…")
        )
        e = self.selected_enrolment()
        self.leave_button.setEnabled(e is not None and e.left_on is None)
        self.reopen_button.setEnabled(e is not None and e.left_on is not None)

    # -- slots ----------------------------------------------------------------------------
    def _on_site_changed(self) -> None:
        site = self.site_combo.currentData()
        if isinstance(site, SiteInfo):
            self.site = site
            self.refresh()

    def _on_group_changed(self) -> None:
        self._show_group()

    def make_roll_call(self, session_id: uuid.UUID) -> RollCallDialog:
        dialog = RollCallDialog(self.journal, session_id, self.staff.id, self.lang,
                                now=self.now(), parent=self)
        dialog.saved.connect(self._on_saved)
        return dialog

    def _on_roll_call(self) -> None:
        x = self.selected_session()
        if x is None or x.cancelled or x.held_on > self.today():
            return
        self.make_roll_call(x.id).exec()
        self.refresh()

    def _on_saved(self) -> None:
        self.changed.emit()

    def _on_next_missing(self) -> None:
        if not self.missing:
            return
        x = self.missing[0]
        row = next(i for i, g in enumerate(self.group_infos) if g.id == x.group_id)
        self.group_list.setCurrentRow(row)
        self.session_view.selectRow(self.session_model.row_of(x.id))
        self._on_roll_call()

    def _on_new_group(self) -> None:
        dialog = GroupDialog(self.journal, self.site.id, self.staff.id, self.lang,
                             today=self.today(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self._select_group(dialog.group)

    def _on_edit_group(self) -> None:
        g = self.selected_group()
        if g is None:
            return
        dialog = GroupDialog(self.journal, self.site.id, self.staff.id, self.lang, group=g,
                             today=self.today(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def _select_group(self, g: groups.GroupInfo | None) -> None:
        if g is not None:
            row = next((i for i, x in enumerate(self.group_infos) if x.id == g.id), -1)
            self.group_list.setCurrentRow(row)

    def _on_add_session(self) -> None:
        g = self.selected_group()
        if g is not None and SessionDialog(self.journal, g.id, self.staff.id, today=self.today(),
                                           parent=self).exec():
            self.refresh()

    def _on_move_session(self) -> None:
        g, x = self.selected_group(), self.selected_session()
        if g is not None and x is not None and SessionDialog(
            self.journal, g.id, self.staff.id, session=x, parent=self
        ).exec():
            self.refresh()

    def _on_cancel_session(self) -> None:
        x = self.selected_session()
        if x is None:
            return
        try:
            if x.cancelled:
                with self.journal.session() as s:
                    sessions.restore_session(s, x.id)
            else:
                reason, ok = QInputDialog.getText(
                    self, self.tr("Cancel session"),
                    self.tr("Why is the session on %1 cancelled? (optional)")
                    .replace("%1", day_text(x.held_on)),
                )
                if not ok:
                    return
                with self.journal.session() as s:
                    sessions.cancel_session(s, x.id, reason)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return
        self.refresh()
        self.changed.emit()

    def _on_enrol(self) -> None:
        g = self.selected_group()
        if g is not None and EnrolmentDialog(self.journal, g, self.staff.id, self.lang,
                                             today=self.today(), parent=self).exec():
            self._show_group()
            self.changed.emit()

    def _on_leave(self) -> None:
        e = self.selected_enrolment()
        if e is not None and LeaveDialog(self.journal, e, self.lang, today=self.today(),
                                         parent=self).exec():
            self._show_group()
            self.changed.emit()

    def _on_reopen(self) -> None:
        e = self.selected_enrolment()
        if e is None:
            return
        try:
            with self.journal.session() as s:
                enrolments.reopen(s, e.id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return
        self._show_group()
        self.changed.emit()
