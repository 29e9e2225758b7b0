"""Choosing who you are and giving your PIN: used at start and on the lock screen.

At start the dialog may be shown before the domain is imported (#22): from a ``LoginPeek``
(``journal.peek``), with a journal that is still being opened in the background
(``gui.shell.quick_start.PendingJournal``); the domain is imported only when the PIN is given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
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

from vagledare.gui.shell.quick_start import PendingJournal
from vagledare.journal.errors import ValidationError

if TYPE_CHECKING:
    from vagledare.journal.access import LoginScreen
    from vagledare.journal.db import Journal
    from vagledare.journal.peek import LoginPeek
    from vagledare.journal.staff import StaffInfo


def _access() -> Any:
    """``vagledare.journal.access``, imported when first needed (not before the dialog shows)."""
    from vagledare.journal import access

    return access


class PinForm(QWidget):
    """Emits ``accepted(StaffInfo)`` once the chosen person's PIN is right (or newly set).

    Nobody takes over an account without a credential: an account with a one-time start code
    (from a team lead) asks for the code and a new PIN; an account with neither PIN nor code
    cannot be entered — except on a journal where no account has one yet, where the person at
    the desk sets up the first PIN, as the first-run wizard does."""

    accepted = Signal(object)

    def __init__(
        self,
        journal: Journal,
        preselect: str | None = None,
        parent: QWidget | None = None,
        *,
        screen: LoginScreen | LoginPeek | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal = journal
        if screen is None:
            screen = journal.read(_access().login_screen)
        self.staff: list[Any] = list(screen.staff)  # StaffInfo, or a peek's Account
        self._state = dict(screen.states)
        self._bootstrap = not screen.anyone_enrolled
        self._recovery = screen.has_recovery_code
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
        self.new_pin = QLineEdit(objectName="newPinEdit")
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setAccessibleName(self.tr("New PIN"))
        self.repeat = QLineEdit(objectName="repeatEdit")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the new PIN"))
        who_label = QLabel(self.tr("&Who are you:"))
        who_label.setBuddy(self.who)
        self.pin_label = pin_label = QLabel(self.tr("&PIN:"))
        pin_label.setBuddy(self.pin)
        self.new_pin_label = QLabel(self.tr("&New PIN:"))
        self.new_pin_label.setBuddy(self.new_pin)
        self.repeat_label = QLabel(self.tr("&Repeat new PIN:"))
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(who_label, self.who)
        form.addRow(pin_label, self.pin)
        form.addRow(self.new_pin_label, self.new_pin)
        form.addRow(self.repeat_label, self.repeat)
        layout.addLayout(form)
        self.hint = QLabel(objectName="pinHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.error = QLabel(objectName="pinError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        # Forgotten PIN: the recovery code from the office safe gives a new start code.
        self.forgot = QPushButton(self.tr("&Forgotten PIN…"), objectName="forgotButton")
        self.forgot.setFlat(True)
        self.forgot.setAccessibleName(self.tr("Forgotten PIN"))
        self.forgot.setVisible(self._recovery)
        self.forgot.clicked.connect(self._on_forgot)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignRight)
        self.ok = QPushButton(self.tr("&Unlock"), objectName="unlockButton")
        self.ok.setAccessibleName(self.tr("Unlock"))
        self.ok.setDefault(True)
        self.ok.setMinimumHeight(40)
        layout.addWidget(self.ok)
        self.who.currentIndexChanged.connect(self._on_who_changed)
        self.ok.clicked.connect(self._on_ok)
        self.pin.returnPressed.connect(self._on_ok)
        self.new_pin.returnPressed.connect(self._on_ok)
        self.repeat.returnPressed.connect(self._on_ok)
        self._on_who_changed()

    def _state_now(self) -> str:
        """``pin``, ``start``, ``choose`` (the first PIN of a journal) or ``closed``."""
        state = self._state.get(self.who.currentData(), "none")
        if state == "none":
            return "choose" if self._bootstrap else "closed"
        return state

    def _on_who_changed(self) -> None:
        state = self._state_now()
        self.new_pin.setVisible(state == "start")
        self.new_pin_label.setVisible(state == "start")
        self.repeat.setVisible(state in ("start", "choose"))
        self.repeat_label.setVisible(state in ("start", "choose"))
        self.pin.setEnabled(state != "closed")
        self.ok.setEnabled(state != "closed")
        self.pin_label.setText(self.tr("&Start code:") if state == "start" else self.tr("&PIN:"))
        hints = {
            "choose": self.tr(
                "Choose a PIN of at least 4 digits (or a password of at least 8 characters)."
            ),
            "start": self.tr(
                "Enter the start code from your team lead, then choose your own PIN "
                "(at least 4 digits, or a password of at least 8 characters)."
            ),
            "closed": self.tr(
                "This account has no PIN yet. Ask a team lead for a start code (Staff and roles)."
            ),
        }
        self.hint.setText(hints.get(state, ""))
        self.error.clear()

    def _on_forgot(self, code: str | None = None) -> None:
        """Ask for the recovery code; with it, the chosen person gets a new start code, filled
        in here, and chooses a new PIN at once."""
        staff_id = self.who.currentData()
        if staff_id is None:
            return
        if code is None:
            from PySide6.QtWidgets import QInputDialog

            code, ok = QInputDialog.getText(
                self,
                self.tr("Forgotten PIN"),
                self.tr("The recovery code (kept in the office safe):"),
            )
            if not ok:
                return
        try:
            start = self.journal.write(_access().recover, code, staff_id)
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        if start is None:
            self.error.setText(self.tr("Wrong recovery code."))
            return
        self._state[staff_id] = "start"
        self._on_who_changed()
        self.pin.setText(start)
        self.new_pin.setFocus()

    def reset(self) -> None:
        self.pin.clear()
        self.new_pin.clear()
        self.repeat.clear()
        self.error.clear()
        self.pin.setFocus()

    def _on_ok(self) -> None:
        staff_id = self.who.currentData()
        if staff_id is None:
            return
        pin = self.pin.text()
        state = self._state_now()
        try:
            if state == "closed":
                return
            if state == "pin" and isinstance(self.journal, PendingJournal):
                # At start, the journal still being opened: the PIN is checked meanwhile.
                ok = self.journal.desk_login(staff_id, pin)
            elif state == "start":
                if self.new_pin.text() != self.repeat.text():
                    raise ValidationError(self.tr("The two PINs differ."))
                ok = self.journal.write(
                    _access().desk_redeem_start_code, staff_id, pin, self.new_pin.text()
                )
                if ok:
                    self._state[staff_id] = "pin"
            else:
                access = _access()
                if state == "choose":
                    if pin != self.repeat.text():
                        raise ValidationError(self.tr("The two PINs differ."))
                    self.journal.write(access.choose_first_pin, staff_id, pin)
                    self._state[staff_id] = "pin"
                    self._bootstrap = False
                if self.journal.read_only:  # nothing can be recorded in a write-protected file
                    ok = self.journal.read(access.check_pin, staff_id, pin)
                else:
                    ok = self.journal.write(access.desk_login, staff_id, pin)
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
    """Who logs in at start. ``staff`` is the person once the PIN is accepted: a
    ``StaffInfo``, or the peek's ``Account`` when the dialog was built from a peek."""

    painted = Signal()  # once, just after the dialog is first drawn (#22: work waits for it)

    def __init__(
        self,
        journal: Journal,
        preselect: str | None = None,
        parent: QWidget | None = None,
        *,
        screen: LoginScreen | LoginPeek | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log in to Vägledare"))
        self.staff: Any = None
        self._painted = False
        layout = QVBoxLayout(self)
        self.form = PinForm(journal, preselect, self, screen=screen)
        self.form.ok.setText(self.tr("&Log in"))
        layout.addWidget(self.form)
        self.form.accepted.connect(self._on_accepted)
        self.setMinimumWidth(420)
        self.form.pin.setFocus(Qt.FocusReason.OtherFocusReason)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)  # once this paint is on the screen

    def _on_accepted(self, staff: StaffInfo) -> None:
        self.staff = staff
        self.accept()
