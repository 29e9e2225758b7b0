"""One activity or event in one dialog: site, day and time, type, title, visitors by gender,
the employers present, partners from the register (and new ones), staff and a note.

A refusal marks the field it names and keeps everything typed, so nothing is lost."""

from __future__ import annotations

import uuid
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QInputDialog, QListWidgetItem, QWidget

from vagledare.gui.common.widgets import fit_to_screen, name_buttons
from vagledare.gui.forms.ui_activity_dialog import Ui_ActivityDialog
from vagledare.journal import activities
from vagledare.journal.activities import ActivityDraft, ActivityInfo, ActivityProblem
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.sites import SiteInfo

INVALID = 'QWidget[invalid="true"] { border: 2px solid #b00020; }'


class ActivityDialog(QDialog):
    """``activity`` None: a new activity at ``site``; otherwise edit that one."""

    def __init__(
        self,
        journal: Journal,
        sites: list[SiteInfo],
        site: SiteInfo,
        author_id: uuid.UUID | None,
        activity: ActivityInfo | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.author_id, self.activity = journal, author_id, activity
        self.saved_id: uuid.UUID | None = None
        self.ui = Ui_ActivityDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID)
        self.setWindowTitle(
            self.tr("New activity or event") if activity is None else self.tr("Edit activity")
        )
        ui = self.ui
        for x in sites:
            ui.siteCombo.addItem(x.name, x.id)
        chosen = activity.site_id if activity else site.id
        ui.siteCombo.setCurrentIndex(max(ui.siteCombo.findData(chosen), 0))
        ui.dateEdit.setDate(QDate(activity.held_on if activity else (today or date.today())))
        starts = activity.starts_at if activity and activity.starts_at else time(13, 0)
        ends = activity.ends_at if activity and activity.ends_at else time(15, 0)
        ui.startsEdit.setTime(QTime(starts.hour, starts.minute))
        ui.endsEdit.setTime(QTime(ends.hour, ends.minute))
        ui.timeCheck.setChecked(bool(activity and activity.starts_at))
        ui.timeCheck.toggled.connect(self._time_toggled)
        self._time_toggled(ui.timeCheck.isChecked())
        choices = journal.read(activities.dialog_choices)
        for k in choices.kinds:
            ui.kindCombo.addItem(k.name, k.id)
        if activity is not None and ui.kindCombo.findData(activity.kind_id) < 0:
            ui.kindCombo.addItem(activity.kind, activity.kind_id)  # a retired type it keeps
        if activity is not None:
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(activity.kind_id))
            ui.titleEdit.setText(activity.title)
            ui.womenSpin.setValue(activity.women)
            ui.menSpin.setValue(activity.men)
            ui.unstatedSpin.setValue(activity.unstated)
            ui.employersSpin.setValue(activity.employers)
            ui.noteEdit.setPlainText(activity.note or "")
        chosen_partners = set(activity.partners) if activity else set()
        for p in choices.partners:
            label = p.name + (self.tr(" (employer)") if p.employer else "")
            self._check_item(ui.partnersList, label, p.name, p.name in chosen_partners)
        chosen_staff = set(activity.staff_ids) if activity else {author_id}
        for staff_id, name in choices.staff:
            self._check_item(ui.staffList, name, staff_id, staff_id in chosen_staff)
        ui.newKindButton.clicked.connect(self._new_kind)
        ui.buttonBox.accepted.connect(self._on_accept)
        ui.buttonBox.rejected.connect(self.reject)
        name_buttons(ui.buttonBox)
        self._fields = {
            "site": ui.siteCombo,
            "kind": ui.kindCombo,
            "held_on": ui.dateEdit,
            "time": ui.endsEdit,
            "title": ui.titleEdit,
            "women": ui.womenSpin,
            "men": ui.menSpin,
            "unstated": ui.unstatedSpin,
            "employers": ui.employersSpin,
            "partners": ui.newPartnersEdit,
            "staff": ui.staffList,
            "note": ui.noteEdit,
        }
        fit_to_screen(self, 620, 700)
        ui.siteCombo.setFocus()

    @staticmethod
    def _check_item(widget: object, text: str, data: object, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)  # type: ignore[attr-defined]

    @staticmethod
    def _checked(widget: object) -> list[object]:
        out = []
        for i in range(widget.count()):  # type: ignore[attr-defined]
            item = widget.item(i)  # type: ignore[attr-defined]
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _time_toggled(self, on: bool) -> None:
        self.ui.startsEdit.setEnabled(on)
        self.ui.endsEdit.setEnabled(on)

    def _new_kind(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("New type"), self.tr("Name of the new type of activity:")
        )
        if not ok or not name.strip():
            return
        try:
            kind = self.journal.write(activities.add_kind, name, self.author_id)
        except ValidationError as exc:
            self._refuse(exc)
            return
        self.ui.kindCombo.addItem(kind.name, kind.id)
        self.ui.kindCombo.setCurrentIndex(self.ui.kindCombo.count() - 1)

    def draft(self) -> ActivityDraft:
        ui = self.ui
        day = ui.dateEdit.date().toPython()
        assert isinstance(day, date)
        starts = ends = None
        if ui.timeCheck.isChecked():
            s, e = ui.startsEdit.time().toPython(), ui.endsEdit.time().toPython()
            assert isinstance(s, time) and isinstance(e, time)
            starts, ends = s, e
        partners = [str(p) for p in self._checked(ui.partnersList)]
        partners += [p for p in ui.newPartnersEdit.text().split("|") if p.strip()]
        return ActivityDraft(
            ui.siteCombo.currentData(),
            ui.kindCombo.currentData(),
            day,
            ui.titleEdit.text() or ui.kindCombo.currentText(),
            ui.womenSpin.value(),
            ui.menSpin.value(),
            ui.unstatedSpin.value(),
            ui.employersSpin.value(),
            starts,
            ends,
            tuple(partners),
            tuple(x for x in self._checked(ui.staffList) if isinstance(x, uuid.UUID)),
            ui.noteEdit.toPlainText() or None,
        )

    def _refuse(self, exc: ValidationError) -> None:
        for w in self._fields.values():
            if w.property("invalid"):
                w.setProperty("invalid", False)
                w.style().unpolish(w)
                w.style().polish(w)
        self.ui.errorLabel.setText(str(exc))
        field = exc.field if isinstance(exc, ActivityProblem) else None
        if field is None and "Anteckningen" in str(exc):
            field = "note"
        if field is None and "titel" in str(exc):
            field = "title"
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.setFocus()

    def _on_accept(self) -> None:
        if self.ui.kindCombo.currentData() is None:
            self._refuse(ActivityProblem(self.tr("Choose a type of activity."), "kind"))
            return
        draft = self.draft()
        try:
            if self.activity is None:
                self.saved_id = self.journal.write(activities.add_activity, draft, self.author_id)
            else:
                self.journal.write(
                    activities.update_activity, self.activity.id, draft, self.author_id
                )
                self.saved_id = self.activity.id
        except ValidationError as exc:
            self._refuse(exc)
            return
        self.accept()
