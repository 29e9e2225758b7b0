"""The groups page: a site's språkgrupper, språkcaféer and läxhjälp, and for the chosen group
its sessions (``SessionsPane``) and participants (``ParticipantsPane``). Sessions whose roll
call was never taken are flagged at the top until they are taken or cancelled."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common import text_size
from vagledare.gui.common.tasks import Cancelled, TaskRunner
from vagledare.gui.common.widgets import button
from vagledare.gui.groups.group_dialog import GroupDialog
from vagledare.gui.groups.group_models import SessionListModel
from vagledare.gui.groups.participants_pane import ParticipantsPane
from vagledare.gui.groups.roll_call import RollCallDialog
from vagledare.gui.groups.sessions_pane import SessionsPane
from vagledare.journal import enrolments, groups, meetings
from vagledare.journal.db import Journal
from vagledare.journal.sites import SiteInfo, list_sites
from vagledare.journal.staff import StaffInfo
from vagledare.journal.terms import Lang
from vagledare.reports.overview import journal_rows

# On a journal of this many snabbärenden and cases (a city's) the tab reads its groups in the
# background when opened; a smaller one reads them at once.
AT_ONCE_ROWS = 20_000

LIST_STYLE = (
    "QListWidget#groupList { font-size: 11pt; }"
    "QListWidget#groupList::item { padding: 7px 6px; border-bottom: 1px solid #e3e8ee; }"
    "QListWidget#groupList::item:selected { background: #2f6f9f; color: white; }"
)


class GroupsPage(QWidget):
    help_topic = "groups"

    changed = Signal()

    def __init__(
        self,
        journal: Journal,
        site: SiteInfo,
        staff: StaffInfo,
        lang: Lang = "sv",
        now: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
        *,
        read_now: bool = True,
    ) -> None:
        """``read_now``: read the groups in the constructor (else as ``refresh_soon`` does:
        in the background on a big journal, the page shown meanwhile)."""
        super().__init__(parent)
        # On a big journal the groups are read (and due sessions generated) here, off the
        # window's thread, when the tab is opened (``refresh_soon``).
        self.runner = TaskRunner(self)
        self._reads = 0  # every read started; a background read older than the last is stale
        self._again = False  # asked to read again while a background read ran
        self._read_ahead: tuple = ()  # (group id, its sessions, its enrolments) read with them
        self.journal, self.site, self.staff, self.lang, self.now = journal, site, staff, lang, now
        self.group_infos: list[groups.GroupInfo] = []
        self.missing: list[meetings.SessionInfo] = []
        outer = QVBoxLayout(self)

        top = QHBoxLayout()
        site_label = QLabel(self.tr("&Meeting place:"))
        self.site_combo = QComboBox(objectName="siteCombo")
        self.site_combo.setAccessibleName(self.tr("Meeting place"))
        self.site_combo.setMinimumWidth(160)
        site_label.setBuddy(self.site_combo)
        self.flag_label = QLabel(objectName="flagLabel")
        self.flag_label.setAccessibleName(self.tr("Sessions without a roll call"))
        self.flag_button = button(
            self.tr("Take the &next missing roll call"),
            "nextMissing",
            self.tr("Take the next missing roll call"),
        )
        top.addWidget(site_label)
        top.addWidget(self.site_combo)
        top.addSpacing(24)
        top.addWidget(self.flag_label, 1)
        top.addWidget(self.flag_button)
        outer.addLayout(top)

        # Built in place, each container in its parent before its contents: a widget tree
        # moved into another parent is re-styled whole (the window's style sheet, #22).
        split = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(split, 1)
        left = QWidget(split)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Groups"))
        heading.setStyleSheet("font-weight: 600;")
        self.group_list = QListWidget(objectName="groupList")
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.group_list.setMinimumWidth(240)
        text_size.set_style_sheet(self.group_list, LIST_STYLE)
        self.new_group_button = button(self.tr("Ne&w group…"), "newGroup", self.tr("New group"))
        self.edit_group_button = button(
            self.tr("Edit gro&up…"), "editGroup", self.tr("Edit the selected group")
        )
        for w in (heading, self.group_list, self.new_group_button, self.edit_group_button):
            lv.addWidget(w, 1 if w is self.group_list else 0)
        right = QWidget(split)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        self.group_title = QLabel(objectName="groupTitle")
        text_size.set_style_sheet(self.group_title, "font-size: 14pt; font-weight: 600;")
        self.group_details = QLabel(objectName="groupDetails")
        self.group_details.setWordWrap(True)
        self.tabs = QTabWidget(objectName="groupTabs")
        rv.addWidget(self.group_title)
        rv.addWidget(self.group_details)
        rv.addWidget(self.tabs, 1)
        self.sessions = SessionsPane(journal, staff.id, lang, now)
        self.participants = ParticipantsPane(journal, staff.id, lang, now)
        self.tabs.addTab(self.sessions, self.tr("&Sessions"))
        self.tabs.addTab(self.participants, self.tr("Part&icipants"))
        split.setStretchFactor(1, 1)

        self.site_combo.currentIndexChanged.connect(self._on_site_changed)
        self.group_list.currentRowChanged.connect(self._on_group_changed)
        self.flag_button.clicked.connect(self._on_next_missing)
        self.new_group_button.clicked.connect(self._on_new_group)
        self.edit_group_button.clicked.connect(self._on_edit_group)
        self.sessions.changed.connect(self._on_changed)
        self.participants.changed.connect(self.changed)
        self._load_sites()
        if read_now:
            self.refresh()
        else:
            self.refresh_soon()

    # -- reading ---------------------------------------------------------------------------
    @property
    def session_model(self) -> SessionListModel:
        return self.sessions.model

    def selected_session(self) -> meetings.SessionInfo | None:
        return self.sessions.selected()

    def make_roll_call(self, session_id: uuid.UUID) -> RollCallDialog:
        return self.sessions.make_roll_call(session_id)

    def selected_group(self) -> groups.GroupInfo | None:
        row = self.group_list.currentRow()
        return self.group_infos[row] if 0 <= row < len(self.group_infos) else None

    def _load_sites(self) -> None:
        known = self.journal.read(list_sites)
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        for x in known:
            self.site_combo.addItem(x.name, x)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findText(self.site.name)))
        self.site_combo.blockSignals(False)

    def refresh(self) -> None:
        """Generate due sessions, then re-read groups, the flag and the chosen group."""
        self._reads += 1
        self._show_groups(
            *self.journal.write(meetings.groups_and_missing_roll_calls, self.now(), self.site.id)
        )

    def refresh_soon(self) -> None:
        """``refresh``: at once on a small journal; on a big one the groups are read in the
        background (the flag line says so) and shown when read."""
        if self.journal.read(journal_rows, AT_ONCE_ROWS) < AT_ONCE_ROWS:
            self.refresh()
            return
        if self.runner.busy:
            self._again = True  # read again, for what changed meanwhile, when it ends
            return
        self._again = False
        self._reads += 1
        reads, journal, now, site_id = self._reads, self.journal, self.now(), self.site.id
        current = self.selected_group()
        shown = current.id if current is not None else None

        def work(_progress: object) -> tuple[int, tuple[list[groups.GroupInfo], list], tuple]:
            infos, missing = journal.write(meetings.groups_and_missing_roll_calls, now, site_id)
            # The sessions and participants of the group that will be shown, read here too.
            ids = [g.id for g in infos]
            gid = shown if shown in ids else (ids[0] if ids else None)
            extra: tuple = ()
            if gid is not None:
                extra = (
                    gid,
                    journal.read(meetings.recent_sessions, gid, now.date()),
                    journal.read(enrolments.list_enrolments, [gid]),
                )
            return reads, (infos, missing), extra

        self.flag_label.setText(self.tr("Reading the groups…"))
        self.runner.run(work, self._on_read, self._on_read_failed)

    def _on_read(self, result: tuple[int, tuple[list[groups.GroupInfo], list], tuple]) -> None:
        reads, (infos, missing), extra = result
        if self._again:
            self.refresh_soon()
        elif reads == self._reads:  # else read again at once since: this one is older
            self._read_ahead = extra
            try:
                self._show_groups(infos, missing)
            finally:
                self._read_ahead = ()

    def _on_read_failed(self, exc: BaseException) -> None:
        if self._again:
            self.refresh_soon()
        elif not isinstance(exc, Cancelled):
            self.flag_label.setText(
                self.tr("The groups could not be read: %1").replace("%1", str(exc))
            )

    def _show_groups(
        self, infos: list[groups.GroupInfo], missing: list[meetings.SessionInfo]
    ) -> None:
        current = self.selected_group()
        self.group_infos, self.missing = infos, missing
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for g in self.group_infos:
            flagged = sum(1 for x in self.missing if x.group_id == g.id)
            text = f"{g.name}\n{g.kind_label(self.lang)}"
            item = QListWidgetItem(text)
            if flagged:
                item.setText(text + "\n⚠ " + self.tr("%n roll call(s) missing", "", flagged))
                item.setForeground(QColor("#8a1c14"))
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            self.group_list.addItem(item)
        row = next((i for i, g in enumerate(self.group_infos) if current and g.id == current.id), 0)
        self.group_list.setCurrentRow(row if self.group_infos else -1)
        self.group_list.blockSignals(False)
        n = len(self.missing)
        self.flag_label.setText(
            self.tr("⚠ %n session(s) without a roll call", "", n)
            if n
            else self.tr("Every past session has its roll call.")
        )
        colour = "#8a1c14" if n else "#2e6b30"
        text_size.set_style_sheet(
            self.flag_label, f"font-size: 12pt; font-weight: 600; color: {colour};"
        )
        self.flag_button.setEnabled(bool(n))
        self._show_group()

    def _show_group(self) -> None:
        g = self.selected_group()
        self.edit_group_button.setEnabled(g is not None)
        if g is not None and self._read_ahead and self._read_ahead[0] == g.id:
            _gid, sessions, enrolled = self._read_ahead  # read with the groups, off the thread
            self.sessions.show_group(g, self.missing, sessions)
            self.participants.show_group(g, enrolled)
        else:
            self.sessions.show_group(g, self.missing)
            self.participants.show_group(g)
        if g is None:
            self.group_title.setText(
                self.tr("No groups yet at %1 — add one with New group.").replace(
                    "%1", self.site.name
                )
            )
            self.group_details.setText("")
            return
        kind = g.kind_label(self.lang)
        self.group_title.setText(
            g.name if kind.casefold() == g.name.casefold() else f"{g.name} · {kind}"
        )
        details = [self.tr("Started %1").replace("%1", g.start_date.isoformat())]
        if g.end_date:
            details.append(self.tr("ended %1").replace("%1", g.end_date.isoformat()))
        details.append(g.schedule_label(self.lang) or self.tr("no weekly schedule"))
        details.append(self.tr("tutors: %1").replace("%1", ", ".join(g.tutors) or "–"))
        self.group_details.setText(" · ".join(details))

    # -- slots ----------------------------------------------------------------------------
    def _on_site_changed(self) -> None:
        site = self.site_combo.currentData()
        if isinstance(site, SiteInfo):
            self.site = site
            self.refresh()

    def _on_group_changed(self) -> None:
        self._show_group()

    def _on_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def _on_next_missing(self) -> None:
        if not self.missing:
            return
        x = self.missing[0]
        self.group_list.setCurrentRow(
            next(i for i, g in enumerate(self.group_infos) if g.id == x.group_id)
        )
        self.tabs.setCurrentWidget(self.sessions)
        self.sessions.select(x.id)
        self.sessions.take_roll_call()

    def _on_new_group(self) -> None:
        dialog = GroupDialog(
            self.journal,
            self.site.id,
            self.staff.id,
            self.lang,
            today=self.now().date(),
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            created = dialog.group
            row = next(
                (
                    i
                    for i, x in enumerate(self.group_infos)
                    if created is not None and x.id == created.id
                ),
                -1,
            )
            self.group_list.setCurrentRow(row)

    def _on_edit_group(self) -> None:
        g = self.selected_group()
        if (
            g is not None
            and GroupDialog(
                self.journal,
                self.site.id,
                self.staff.id,
                self.lang,
                group=g,
                today=self.now().date(),
                parent=self,
            ).exec()
        ):
            self.refresh()
