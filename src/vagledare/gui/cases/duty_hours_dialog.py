"""Planerade timmar: the aktivitetsplikt plan of one case in one dialog — lines of an activity
(a type from the activity list, or a free *annan aktivitet*) and hours per week, added and
removed, the total shown with a warning under 30. Saving replaces the case's plan as a whole;
a refusal is shown with the line marked, and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.widgets import fit_to_screen, name_buttons
from vagledare.gui.forms.ui_duty_hours_dialog import Ui_DutyHoursDialog
from vagledare.journal.activities import KindInfo
from vagledare.journal.duty_hours import GOAL, HoursProblem, HoursSummary, PlanLine
from vagledare.journal.errors import ValidationError

MARKED = "border: 2px solid #c62828;"


@dataclass(frozen=True)
class PlanRow:
    activity: str
    line: PlanLine


class PlanModel(RowTableModel[PlanRow]):
    def columns(self) -> list[Column[PlanRow]]:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(self.tr("Activity"), lambda r: r.activity),
            Column(self.tr("Hours per week"), lambda r: r.line.hours, align=right),
        ]

    def add(self, row: PlanRow) -> None:
        with self.resetting():
            self.rows.append(row)

    def remove(self, i: int) -> None:
        with self.resetting():
            del self.rows[i]


class DutyHoursDialog(QDialog):
    def __init__(
        self,
        heading: str,
        summary: HoursSummary,
        kinds: Sequence[KindInfo],
        submit: Callable[[list[PlanLine]], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DutyHoursDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._submit = submit
        self.result_value: object = None
        ui.caseLabel.setText(heading)
        ui.caseLabel.setStyleSheet("font-weight: 600;")
        decision = self.tr("Decision on aktivitetsplikt from %1").replace(
            "%1", summary.duty_from.isoformat() if summary.duty_from else "–"
        )
        if summary.duty_to is not None:
            decision += " " + self.tr("to %1").replace("%1", summary.duty_to.isoformat())
        ui.decisionLabel.setText(decision + ". " + self.tr("The goal is 30–40 hours a week."))
        self.model = PlanModel(self)
        self.model.set_rows(PlanRow(x.activity, x.line()) for x in summary.lines)
        ui.planView.setModel(self.model)
        ui.planView.verticalHeader().setVisible(False)
        header = ui.planView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for k in kinds:
            ui.activityCombo.addItem(k.name, k.id)
        ui.activityCombo.addItem(self.tr("Other activity (write which)"), None)
        ui.activityCombo.currentIndexChanged.connect(self._on_activity)
        ui.addButton.clicked.connect(self._on_add)
        ui.removeButton.clicked.connect(self._on_remove)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.activityCombo.currentIndexChanged.connect(self._clear_problem)
        ui.otherEdit.textChanged.connect(self._clear_problem)
        ui.hoursSpin.valueChanged.connect(self._clear_problem)
        name_buttons(ui.buttonBox)
        self._on_activity()
        self._show_total()
        fit_to_screen(self, 560, 520)
        ui.activityCombo.setFocus()

    # -- the lines ---------------------------------------------------------------------------
    def lines(self) -> list[PlanLine]:
        return [r.line for r in self.model.rows]

    def total(self) -> int:
        return sum(line.hours for line in self.lines())

    def _show_total(self) -> None:
        total = self.total()
        self.ui.totalLabel.setText(self.tr("Total: %n hour(s) a week", "", total))
        self.ui.warningLabel.setText(
            "⚠ " + self.tr("Under 30 hours a week") if total < GOAL else ""
        )
        self.ui.removeButton.setEnabled(bool(self.model.rows))

    def _on_activity(self) -> None:
        other = self.ui.activityCombo.currentData() is None
        self.ui.otherEdit.setEnabled(other)
        self.ui.otherLabel.setEnabled(other)

    def _on_add(self) -> None:
        ui = self.ui
        kind_id = ui.activityCombo.currentData()
        hours = ui.hoursSpin.value()
        if kind_id is None:
            other = " ".join(ui.otherEdit.text().split())
            if not other:
                self._refuse(self.tr("Write which activity."), ui.otherEdit)
                return
            self.model.add(PlanRow(other, PlanLine(hours, None, other)))
            ui.otherEdit.clear()
        else:
            self.model.add(PlanRow(ui.activityCombo.currentText(), PlanLine(hours, kind_id)))
        ui.planView.selectRow(len(self.model.rows) - 1)
        self._show_total()
        ui.activityCombo.setFocus()

    def _on_remove(self) -> None:
        rows = self.ui.planView.selectionModel().selectedRows()
        at = rows[0].row() if rows else len(self.model.rows) - 1
        if 0 <= at < len(self.model.rows):
            self.model.remove(at)
            if self.model.rows:
                self.ui.planView.selectRow(min(at, len(self.model.rows) - 1))
        self._show_total()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in the fields of a new line adds it (it does not save the plan)."""
        ui = self.ui
        focus = self.focusWidget()
        adding = (ui.activityCombo, ui.otherEdit, ui.hoursSpin)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and focus is not None and any(w is focus or w.isAncestorOf(focus) for w in adding):
            self._on_add()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- saving ------------------------------------------------------------------------------
    def _clear_problem(self) -> None:
        self.ui.problemLabel.clear()
        for w in (self.ui.otherEdit, self.ui.planView):
            w.setStyleSheet("")

    def _refuse(self, message: str, field: QWidget) -> None:
        self.ui.problemLabel.setText("⚠ " + message)
        field.setStyleSheet(MARKED)
        field.setFocus()

    def accept(self) -> None:
        try:
            self.result_value = self._submit(self.lines())
        except HoursProblem as exc:
            if exc.line is not None:
                self.ui.planView.selectRow(exc.line)
            self._refuse(str(exc), self.ui.planView)
            return
        except ValidationError as exc:
            self._refuse(str(exc), self.ui.planView)
            return
        super().accept()
