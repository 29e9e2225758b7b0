"""Choosing who you are and giving your PIN: used at start and on the lock screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vagledare.journal import access
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.staff import StaffInfo, list_staff


class PinForm(QWidget):
    """Emits ``accepted(StaffInfo)`` once the chosen person's PIN is right (or newly set)."""

    accepted = Signal(object)

    def __init__(
        self, journal: Journal, preselect: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        with journal.session(readonly=True) as s:
            self.staff = [x for x in list_staff(s) if x.active]
            self._has_pin = {x.id: access.has_pin(s, x.id) for x in self.staff}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.who = QComboBox(objectName="whoCombo")
        self.who.setAccessibleName(self.tr("Who are you"))
        for x in self.staff:
            self.who.addItem(x.name, x.id)
        if preselect:  # the person who locked the desk (the combo holds UUIDs, not text)
            ids = [str(x.id) for x in self.staff]
            self.who.setCurrentIndex(ids.index(preselect) if preselect in ids else 0)
        self.pin = QLineEdit(objectName="pinEdit")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN or password"))
        self.repeat = QLineEdit(objectName="repeatEdit")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the new PIN"))
        who_label = QLabel(self.tr("&Who are you:"))
        who_label.setBuddy(self.who)
        pin_label = QLabel(self.tr("&PIN:"))
        pin_label.setBuddy(self.pin)
        self.repeat_label = QLabel(self.tr("&Repeat new PIN:"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(who_label, self.who)
        form.addRow(pin_label, self.pin)
        form.addRow(self.repeat_label, self.repeat)
        layout.addLayout(form)
        self.hint = QLabel(objectName="pinHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.error = QLabel(objectName="pinError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.ok = QPushButton(self.tr("&Unlock"), objectName="unlockButton")
        self.ok.setAccessibleName(self.tr("Unlock"))
        self.ok.setDefault(True)
        self.ok.setMinimumHeight(40)
        layout.addWidget(self.ok)
        self.who.currentIndexChanged.connect(self._on_who_changed)
        self.ok.clicked.connect(self._on_ok)
        self.pin.returnPressed.connect(self._on_ok)
        self.repeat.returnPressed.connect(self._on_ok)
        self._on_who_changed()

    def _new_pin_needed(self) -> bool:
        return not self._has_pin.get(self.who.currentData(), False)

    def _on_who_changed(self) -> None:
        new = self._new_pin_needed()
        self.repeat.setVisible(new)
        self.repeat_label.setVisible(new)
        self.hint.setText(
            self.tr("Choose a PIN of at least 4 digits (or a password of at least 8 characters).")
            if new
            else ""
        )
        self.error.clear()

    def reset(self) -> None:
        self.pin.clear()
        self.repeat.clear()
        self.error.clear()
        self.pin.setFocus()

    def _on_ok(self) -> None:
        staff_id = self.who.currentData()
        if staff_id is None:
            return
        pin = self.pin.text()
        try:
            if self._new_pin_needed():
                if pin != self.repeat.text():
                    raise ValidationError(self.tr("The two PINs differ."))
                with self.journal.session(actor_id=staff_id) as s:
                    access.set_pin(s, staff_id, pin)
                self._has_pin[staff_id] = True
            with self.journal.session(actor_id=staff_id) as s:
                ok = access.login(s, staff_id, pin)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        if not ok:
            self.error.setText(self.tr("Wrong PIN. Try again."))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.reset()
        self.accepted.emit(next(x for x in self.staff if x.id == staff_id))


class LoginDialog(QDialog):
    def __init__(
        self, journal: Journal, preselect: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to Vägledare"))
        self.staff: StaffInfo | None = None
        layout = QVBoxLayout(self)
        self.form = PinForm(journal, preselect, self)
        self.form.ok.setText(self.tr("&Log in"))
        layout.addWidget(self.form)
        self.form.accepted.connect(self._on_accepted)
        self.setMinimumWidth(420)
        self.form.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_accepted(self, staff: StaffInfo) -> None:
        self.staff = staff
        self.accept()
