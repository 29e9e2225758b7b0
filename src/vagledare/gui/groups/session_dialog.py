"""Add an extra session, or move one to another day or time."""

from __future__ import annotations

import uuid
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QWidget

from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_session_dialog import Ui_SessionDialog
from vagledare.journal import meetings
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError


class SessionDialog(QDialog):
    """``session`` None: add to ``group_id``; otherwise move that session."""

    def __init__(
        self,
        journal: Journal,
        group_id: uuid.UUID,
        author_id: uuid.UUID | None,
        session: meetings.SessionInfo | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.group_id, self.author_id = journal, group_id, author_id
        self.session = session
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        title = self.tr("Add a session") if session is None else self.tr("Move session")
        self.setWindowTitle(title)
        day = session.held_on if session else (today or date.today())
        self.ui.dateEdit.setDate(QDate(day))
        starts = session.starts_at if session and session.starts_at else time(9, 30)
        ends = session.ends_at if session and session.ends_at else time(11, 0)
        self.ui.startsEdit.setTime(QTime(starts.hour, starts.minute))
        self.ui.endsEdit.setTime(QTime(ends.hour, ends.minute))
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        name_buttons(self.ui.buttonBox)
        self.ui.dateEdit.setFocus()

    def _on_accept(self) -> None:
        day = self.ui.dateEdit.date().toPython()
        starts, ends = self.ui.startsEdit.time().toPython(), self.ui.endsEdit.time().toPython()
        assert isinstance(day, date) and isinstance(starts, time) and isinstance(ends, time)
        try:
            if self.session is None:
                self.session = self.journal.write(
                    meetings.add_session, self.group_id, day, starts, ends, self.author_id
                )
            else:
                self.session = self.journal.write(
                    meetings.move_session, self.session.id, day, starts, ends
                )
        except ValidationError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.accept()
