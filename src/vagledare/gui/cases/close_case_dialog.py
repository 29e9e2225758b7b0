"""The quick "close case" dialog: date and one reason, its definition shown, and its flag."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from vagledare.gui.common.combo import current_enum
from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_close_case_dialog import Ui_CloseCaseDialog
from vagledare.journal.case_codes import REASONS, reason_info
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import ClosureReason
from vagledare.journal.terms import Lang


class CloseCaseDialog(QDialog):
    def __init__(
        self,
        heading: str,
        earliest: date,
        today: date,
        lang: Lang,
        submit: Callable[[date, ClosureReason, bool, bool], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CloseCaseDialog()
        self.ui.setupUi(self)
        self._submit = submit
        self._lang = lang
        ui = self.ui
        ui.caseLabel.setText(heading)
        ui.caseLabel.setStyleSheet("font-weight: 600;")
        ui.definitionLabel.setStyleSheet("padding: 6px; background: #eef2f6; border-radius: 4px;")
        ui.reasonCombo.addItem(self.tr("Choose a reason…"), None)
        for i, info in enumerate(REASONS):
            if i == 6:
                ui.reasonCombo.insertSeparator(ui.reasonCombo.count())
            ui.reasonCombo.addItem(info.label(lang), info.reason)
        ui.dateEdit.setDateRange(QDate(earliest), QDate(today))
        ui.dateEdit.setDate(QDate(today))
        ui.reasonCombo.currentIndexChanged.connect(self._on_reason_changed)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        name_buttons(ui.buttonBox)
        self._on_reason_changed()
        ui.reasonCombo.setFocus()

    def _on_reason_changed(self) -> None:
        ui = self.ui
        reason = current_enum(ui.reasonCombo, ClosureReason)
        info = reason_info(reason) if reason else None
        ui.definitionLabel.setText(
            info.definition(self._lang) if info else self.tr("Every reason has a definition.")
        )
        if info is None:
            ui.kindLabel.setText("")
        elif info.self_sufficient:
            ui.kindLabel.setText(self.tr("Counts as a closure to self-sufficiency."))
        else:
            ui.kindLabel.setText(self.tr("Does not count as a closure to self-sufficiency."))
        for box, flag in (
            (ui.summerJobCheck, "summer_job"),
            (ui.municipalStudiesCheck, "municipal_studies"),
        ):
            allowed = info is not None and info.flag == flag
            box.setEnabled(allowed)
            box.setVisible(allowed)
            if not allowed:
                box.setChecked(False)
        ok = ui.buttonBox.button(ui.buttonBox.StandardButton.Ok)
        ok.setEnabled(info is not None)
        self.adjustSize()

    def values(self) -> tuple[date, ClosureReason, bool, bool]:
        on = self.ui.dateEdit.date().toPython()
        assert isinstance(on, date)
        return (
            on,
            current_enum(self.ui.reasonCombo, ClosureReason),
            self.ui.summerJobCheck.isChecked(),
            self.ui.municipalStudiesCheck.isChecked(),
        )

    def accept(self) -> None:
        if self.ui.reasonCombo.currentData() is None:
            self.ui.problemLabel.setText("⚠ " + self.tr("Choose a reason for closing."))
            return
        try:
            self._submit(*self.values())
        except ValidationError as exc:
            self.ui.problemLabel.setText("⚠ " + str(exc))
            return
        super().accept()
