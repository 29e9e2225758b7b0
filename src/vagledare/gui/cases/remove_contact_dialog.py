"""Remove a contact registered by mistake, with the reason the audit log keeps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from vagledare.gui.common.widgets import name_buttons
from vagledare.gui.forms.ui_remove_contact_dialog import Ui_RemoveContactDialog
from vagledare.journal.errors import ValidationError


class RemoveContactDialog(QDialog):
    def __init__(
        self,
        heading: str,
        contact: str,
        submit: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        """``heading``: the case; ``contact``: the contact's line in the timeline;
        ``submit(reason)`` removes it (a ValidationError is shown, the dialog stays)."""
        super().__init__(parent)
        self.ui = Ui_RemoveContactDialog()
        self.ui.setupUi(self)
        self._submit = submit
        ui = self.ui
        ui.caseLabel.setText(heading)
        ui.caseLabel.setStyleSheet("font-weight: 600;")
        ui.contactLabel.setText(contact)
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Remove"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        name_buttons(ui.buttonBox)
        ui.reasonEdit.textChanged.connect(self._on_reason_changed)
        self._on_reason_changed()
        ui.reasonEdit.setFocus()

    def reason(self) -> str:
        return self.ui.reasonEdit.text()

    def _on_reason_changed(self) -> None:
        self.ui.problemLabel.clear()
        self.ok_button.setEnabled(bool(self.reason().strip()))

    def accept(self) -> None:
        if not self.reason().strip():
            self.ui.problemLabel.setText("⚠ " + self.tr("Say why the contact is removed."))
            return
        try:
            self._submit(self.reason())
        except ValidationError as exc:
            self.ui.problemLabel.setText("⚠ " + str(exc))
            return
        super().accept()
