"""Create or edit a group: name, kind, dates, tutors and the weekly schedule."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_group_dialog import Ui_GroupDialog
from vagledare.journal import groups
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import GroupKind
from vagledare.journal.terms import Lang


def _py(d: QDate) -> date:
    value = d.toPython()
    assert isinstance(value, date)
    return value


class GroupDialog(QDialog):
    def __init__(
        self,
        journal: Journal,
        site_id: uuid.UUID,
        author_id: uuid.UUID | None,
        lang: Lang = "sv",
        group: groups.GroupInfo | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.site_id, self.author_id = journal, site_id, author_id
        self.group = group
        self.today = today or date.today()
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        for kind in GroupKind:
            self.ui.kindCombo.addItem(groups.kind_label(kind, lang), kind)
        self.setWindowTitle(self.tr("New group") if group is None else self.tr("Edit group"))
        self.ui.endedCheck.toggled.connect(self.ui.endDate.setEnabled)
        if group is None:
            self.ui.startDate.setDate(QDate(self.today))
            self.ui.endDate.setDate(QDate(self.today))
            self.ui.scheduleFromDate.setDate(QDate(self.today))
        else:
            self.ui.nameEdit.setText(group.name)
            self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.findData(group.kind))
            self.ui.startDate.setDate(QDate(group.start_date))
            self.ui.endedCheck.setChecked(group.end_date is not None)
            self.ui.endDate.setDate(QDate(group.end_date or self.today))
            self.ui.tutorsEdit.setText(", ".join(group.tutors))
            self.ui.scheduleEdit.setPlainText("\n".join(x.label(lang) for x in group.schedule))
            self.ui.scheduleFromDate.setDate(QDate(max(self.today, group.start_date)))
        self.ui.endDate.setEnabled(self.ui.endedCheck.isChecked())
        self.ui.buttonBox.accepted.connect(self._on_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        name_buttons(self.ui.buttonBox)
        self.ui.nameEdit.setFocus()

    def _slots(self) -> list[groups.Slot]:
        lines = [x for x in self.ui.scheduleEdit.toPlainText().splitlines() if x.strip()]
        return [groups.parse_slot(x) for x in lines]

    def _on_accept(self) -> None:
        try:
            self._save(add_tutors=False)
        except groups.UnknownTutors as unknown:
            if not self._confirm_new_tutors(unknown.names):
                self.ui.errorLabel.setText(str(unknown))
                self.ui.tutorsEdit.setFocus()
                return
            self._save(add_tutors=True)

    def _confirm_new_tutors(self, names: tuple[str, ...]) -> bool:
        """A typed name that is nobody's account yet: add it only when the user says so."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("New language tutor?"),
            self.tr(
                "%1 is not among the staff. Add as a new language tutor? The account cannot be "
                "used until a team lead gives it a start code."
            ).replace("%1", ", ".join(names)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("newTutorsQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _save(self, *, add_tutors: bool) -> None:
        """Save the form; ``UnknownTutors`` propagates (nothing written) for the caller to ask."""
        name = self.ui.nameEdit.text()
        kind = GroupKind(self.ui.kindCombo.currentData())
        start = _py(self.ui.startDate.date())
        end = _py(self.ui.endDate.date()) if self.ui.endedCheck.isChecked() else None
        tutors = [x.strip() for x in self.ui.tutorsEdit.text().split(",") if x.strip()]
        since = _py(self.ui.scheduleFromDate.date())
        try:
            slots = self._slots()
            if self.group is None:
                info = self.journal.write(
                    groups.add_group,
                    self.site_id,
                    name,
                    kind,
                    start,
                    self.author_id,
                    tutors=tutors,
                    add_tutors=add_tutors,
                    schedule=slots,
                    schedule_from=since,
                )
            else:
                info = self.journal.write(
                    groups.edit_group,
                    self.group.id,
                    name=name,
                    kind=kind,
                    start_date=start,
                    end_date=end,
                    tutors=tutors,
                    add_tutors=add_tutors,
                    schedule=slots if tuple(sorted(slots)) != self.group.schedule else None,
                    schedule_from=since,
                    author_id=self.author_id,
                )
        except groups.UnknownTutors:
            raise
        except ValidationError as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.group = info
        self.accept()
