"""The coach's list "Under 30 timmar": open cases with a running decision on aktivitetsplikt
whose planned hours a week, or latest attended hours, are under 30 (``duty_hours.under_30``).
Opening a line (Enter, double-click, *Öppna*) shows that case on the case page."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vagledare.gui.common.row_model import Column, RowTableModel
from vagledare.gui.common.widgets import fit_to_screen, name_buttons, size_to_contents
from vagledare.gui.forms.ui_under_30_dialog import Ui_Under30Dialog
from vagledare.journal.duty_hours import Under30


class Under30Model(RowTableModel[Under30]):
    def columns(self) -> list[Column[Under30]]:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(self.tr("Code"), lambda u: u.code),
            Column(self.tr("Meeting place"), lambda u: u.site),
            Column(self.tr("Coach"), lambda u: u.coach or "–"),
            Column(self.tr("Planned"), lambda u: u.planned, align=right),
            Column(
                self.tr("Latest attended"),
                lambda u: "–" if u.attended is None else u.attended,
                align=right,
                tooltip=lambda u: u.attended_on.isoformat() if u.attended_on else None,
            ),
            Column(self.tr("Why"), self.reason),
        ]

    def reason(self, u: Under30) -> str:
        if u.planned_under and u.attended_under:
            return self.tr("Planned and attended under 30")
        if u.planned_under:
            return self.tr("Planned under 30")
        return self.tr("Attended under 30")


class Under30Dialog(QDialog):
    def __init__(self, intro: str, rows: Sequence[Under30], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Under30Dialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.chosen: uuid.UUID | None = None
        ui.introLabel.setText(intro)
        self.model = Under30Model(self)
        self.model.set_rows(rows)
        ui.listView.setModel(self.model)
        ui.listView.verticalHeader().setVisible(False)
        header = ui.listView.horizontalHeader()
        size_to_contents(header)
        header.setStretchLastSection(True)
        ui.countLabel.setText(self.tr("%n participant(s) under 30 hours", "", len(rows)))
        ui.listView.activated.connect(self._open)
        open_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Open)
        open_button.setText(self.tr("&Show the case"))
        open_button.setEnabled(bool(rows))
        open_button.clicked.connect(self._open_current)
        ui.buttonBox.rejected.connect(self.reject)
        name_buttons(ui.buttonBox)
        if rows:
            ui.listView.selectRow(0)
        fit_to_screen(self, 760, 440)
        ui.listView.setFocus()

    def _open_current(self) -> None:
        rows = self.ui.listView.selectionModel().selectedRows()
        if rows:
            self._open(rows[0])

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen = self.model.row(index.row()).case_id
            self.accept()
