"""A group's sessions: take the roll call (Enter), add, move, cancel or restore one."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from vagledare.gui.common.widgets import button, table, table_with_buttons
from vagledare.gui.groups.group_models import SessionListModel, day_text
from vagledare.gui.groups.roll_call import RollCallDialog
from vagledare.gui.groups.session_dialog import SessionDialog
from vagledare.journal import meetings
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.groups import GroupInfo
from vagledare.journal.terms import Lang


class SessionsPane(QWidget):
    changed = Signal()  # the journal changed (a roll call saved, a session moved …)

    def __init__(
        self,
        journal: Journal,
        author_id: uuid.UUID | None,
        lang: Lang,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.author_id, self.lang, self.now = journal, author_id, lang, now
        self.group: GroupInfo | None = None
        self.model = SessionListModel()
        self.view = table("sessionView", self.tr("Sessions"))
        self.view.setModel(self.model)
        self.roll_call_button = button(
            self.tr("Roll &call… (Enter)"),
            "rollCallButton",
            self.tr("Take the roll call of the selected session"),
        )
        self.add_button = button(
            self.tr("&Add session…"), "addSession", self.tr("Add a session outside the schedule")
        )
        self.move_button = button(
            self.tr("Move to another &day…"), "moveSession", self.tr("Move the selected session")
        )
        self.cancel_button = button(
            self.tr("Cancel sessi&on…"),
            "cancelSession",
            self.tr("Cancel or restore the selected session"),
        )
        table_with_buttons(
            self,
            self.view,
            self.roll_call_button,
            self.add_button,
            self.move_button,
            self.cancel_button,
        )
        self.view.activated.connect(self._on_roll_call)
        self.roll_call_button.clicked.connect(self._on_roll_call)
        self.add_button.clicked.connect(self._on_add)
        self.move_button.clicked.connect(self._on_move)
        self.cancel_button.clicked.connect(self._on_cancel)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def show_group(
        self,
        group: GroupInfo | None,
        missing: list[meetings.SessionInfo],
        read: list[meetings.SessionInfo] | None = None,
    ) -> None:
        """The group's recent and coming sessions, plus older ones still missing a roll call;
        today's session (else the latest past one) is selected. ``read``: the group's
        ``meetings.recent_sessions``, if already read (in the background)."""
        self.group = group
        if group is None:
            self.model.set_rows([], self.now())
            self.update_buttons()
            return
        today = self.now().date()
        since = today - timedelta(days=meetings.HISTORY_DAYS)
        rows = (
            read
            if read is not None
            else self.journal.read(meetings.recent_sessions, group.id, today)
        )
        older = [x for x in missing if x.group_id == group.id and x.held_on < since]
        rows = older + rows
        self.model.set_rows(rows, self.now())
        pick = next((i for i, x in enumerate(rows) if x.held_on == today), -1)
        if pick < 0:
            past = [i for i, x in enumerate(rows) if x.held_on <= today]
            pick = past[-1] if past else 0
        if rows:
            self.view.selectRow(pick)
        self.update_buttons()

    def select(self, session_id: uuid.UUID) -> None:
        self.view.selectRow(self.model.row_of(session_id))

    def selected(self) -> meetings.SessionInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.session(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        x = self.selected()
        open_ = x is not None and not x.cancelled
        self.add_button.setEnabled(self.group is not None)
        self.roll_call_button.setEnabled(open_ and x is not None and x.held_on <= self.now().date())
        self.move_button.setEnabled(open_ and x is not None and not x.taken)
        self.cancel_button.setEnabled(x is not None and not x.taken)
        self.cancel_button.setText(
            self.tr("Rest&ore cancelled")
            if x is not None and x.cancelled
            else self.tr("Cancel sessi&on…")
        )

    def make_roll_call(self, session_id: uuid.UUID) -> RollCallDialog:
        return RollCallDialog(
            self.journal, session_id, self.author_id, self.lang, now=self.now(), parent=self
        )

    def take_roll_call(self) -> None:
        self._on_roll_call()

    # -- slots ----------------------------------------------------------------------------
    def _on_roll_call(self) -> None:
        x = self.selected()
        if x is None or x.cancelled or x.held_on > self.now().date():
            return
        self.make_roll_call(x.id).exec()
        self.changed.emit()

    def _on_add(self) -> None:
        if (
            self.group is not None
            and SessionDialog(
                self.journal, self.group.id, self.author_id, today=self.now().date(), parent=self
            ).exec()
        ):
            self.changed.emit()

    def _on_move(self) -> None:
        x = self.selected()
        if (
            self.group is not None
            and x is not None
            and SessionDialog(
                self.journal, self.group.id, self.author_id, session=x, parent=self
            ).exec()
        ):
            self.changed.emit()

    def _on_cancel(self) -> None:
        x = self.selected()
        if x is None:
            return
        try:
            if x.cancelled:
                self.journal.write(meetings.restore_session, x.id)
            else:
                reason, ok = QInputDialog.getText(
                    self,
                    self.tr("Cancel session"),
                    self.tr("Why is the session on %1 cancelled? (optional)").replace(
                        "%1", day_text(x.held_on)
                    ),
                )
                if not ok:
                    return
                self.journal.write(meetings.cancel_session, x.id, reason)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return
        self.changed.emit()
