"""A group's participants: enrol a code, register a leaving with its outcome, undo it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from vagledare.gui.common.widgets import button, table, table_with_buttons
from vagledare.gui.groups.enrolment_dialog import EnrolmentDialog
from vagledare.gui.groups.group_models import EnrolmentListModel
from vagledare.gui.groups.leave_dialog import LeaveDialog
from vagledare.journal import enrolments
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.groups import GroupInfo
from vagledare.journal.terms import Lang


class ParticipantsPane(QWidget):
    changed = Signal()

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
        self.model = EnrolmentListModel(lang)
        self.view = table("enrolmentView", self.tr("Participants"))
        self.view.setModel(self.model)
        self.enrol_button = button(
            self.tr("Enrol a &participant…"), "enrolButton", self.tr("Enrol a participant code")
        )
        self.leave_button = button(
            self.tr("Mar&k as left…"),
            "leaveButton",
            self.tr("Register that the selected participant leaves"),
        )
        self.reopen_button = button(
            self.tr("&Back in the group"),
            "reopenButton",
            self.tr("Undo the leaving of the selected participant"),
        )
        table_with_buttons(
            self, self.view, self.enrol_button, self.leave_button, self.reopen_button
        )
        self.enrol_button.clicked.connect(self._on_enrol)
        self.leave_button.clicked.connect(self._on_leave)
        self.reopen_button.clicked.connect(self._on_reopen)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def show_group(
        self, group: GroupInfo | None, read: list[enrolments.EnrolmentInfo] | None = None
    ) -> None:
        """The group's participants; ``read``: its enrolments, if already read."""
        self.group = group
        rows: list[enrolments.EnrolmentInfo] = []
        if read is not None:
            rows = read
        elif group is not None:
            rows = self.journal.read(enrolments.list_enrolments, [group.id])
        self.model.set_rows(rows)
        self.update_buttons()

    def selected(self) -> enrolments.EnrolmentInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.enrolment(rows[0].row()) if rows else None

    def update_buttons(self) -> None:
        e = self.selected()
        self.enrol_button.setEnabled(self.group is not None)
        self.leave_button.setEnabled(e is not None and e.left_on is None)
        self.reopen_button.setEnabled(e is not None and e.left_on is not None)

    def _on_enrol(self) -> None:
        if (
            self.group is not None
            and EnrolmentDialog(
                self.journal,
                self.group,
                self.author_id,
                self.lang,
                today=self.now().date(),
                parent=self,
            ).exec()
        ):
            self.show_group(self.group)
            self.changed.emit()

    def _on_leave(self) -> None:
        e = self.selected()
        if (
            e is not None
            and LeaveDialog(self.journal, e, self.lang, today=self.now().date(), parent=self).exec()
        ):
            self.show_group(self.group)
            self.changed.emit()

    def _on_reopen(self) -> None:
        e = self.selected()
        if e is None:
            return
        try:
            self.journal.write(enrolments.reopen, e.id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            return
        self.show_group(self.group)
        self.changed.emit()
