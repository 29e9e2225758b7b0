"""Set or clear a case's decision on aktivitetsplikt in one small dialog: from (and, when
known, to) which day the decision holds.

The journal checks that the decision lies within the case (``cases.set_duty``); a refusal is
shown in the dialog, the field marked, and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from vagledare.gui.common.widgets import fit_to_screen, name_buttons
from vagledare.gui.forms.ui_duty_dialog import Ui_DutyDialog
from vagledare.journal.errors import ValidationError

MARKED = "border: 2px solid #c62828;"


class DutyDialog(QDialog):
    """``submit(first, last)`` records the decision (``first`` None: no decision)."""

    def __init__(
        self,
        heading: str,
        start: date,
        closed_on: date | None,
        current: tuple[date | None, date | None],
        today: date,
        submit: Callable[[date | None, date | None], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DutyDialog()
        self.ui.setupUi(self)
        self._submit = submit
        ui = self.ui
        ui.caseLabel.setText(heading)
        ui.caseLabel.setStyleSheet("font-weight: 600;")
        if closed_on is None:
            span = self.tr("The case started %1 and is open.").replace("%1", start.isoformat())
        else:
            span = (
                self.tr("The case ran from %1 to %2.")
                .replace("%1", start.isoformat())
                .replace("%2", closed_on.isoformat())
            )
        ui.spanLabel.setText(span)
        ui.noteLabel.setProperty("muted", True)
        first, last = current
        # Any day may be typed: the journal refuses one outside the case, with the reason.
        for edit in (ui.fromEdit, ui.toEdit):
            edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        ui.fromEdit.setDate(QDate(first or max(start, min(today, closed_on or today))))
        ui.toEdit.setDate(QDate(last or closed_on or today))
        ui.dutyCheck.setChecked(first is not None)
        ui.toCheck.setChecked(last is not None)
        ui.dutyCheck.toggled.connect(self._enable)
        ui.toCheck.toggled.connect(self._enable)
        for edit in (ui.fromEdit, ui.toEdit):
            edit.dateChanged.connect(lambda _d, e=edit: e.setStyleSheet(""))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        name_buttons(ui.buttonBox)
        self._enable()
        fit_to_screen(self, 520, 300)
        ui.dutyCheck.setFocus()

    def _enable(self, *_args: object) -> None:
        ui = self.ui
        on = ui.dutyCheck.isChecked()
        for w in (ui.fromLabel, ui.fromEdit, ui.toCheck):
            w.setEnabled(on)
        ui.toEdit.setEnabled(on and ui.toCheck.isChecked())

    def values(self) -> tuple[date | None, date | None]:
        ui = self.ui
        if not ui.dutyCheck.isChecked():
            return None, None
        first = ui.fromEdit.date().toPython()
        last = ui.toEdit.date().toPython() if ui.toCheck.isChecked() else None
        assert isinstance(first, date) and (last is None or isinstance(last, date))
        return first, last

    def accept(self) -> None:
        first, last = self.values()
        try:
            self._submit(first, last)
        except ValidationError as exc:
            message = str(exc)
            field = self.ui.toEdit if "Beslutets slut" in message else self.ui.fromEdit
            self.ui.problemLabel.setText("⚠ " + message)
            field.setStyleSheet(MARKED)
            field.setFocus()
            return
        super().accept()
