"""The participant's own screen: one page (the progression form, later the survey) full
screen in large type, with no menus and no way back to the journal without the coach.

Esc, Alt+F4 and the window's close are refused. A discreet "Vägledare" button in the
corner asks for the coach's code: the PIN of the person logged in at the desk (checked as
a login, with its lockout), or — on a desk without PIN accounts — a temporary code the
coach chose when starting the screen. The check is the caller's (``verify``); a
``ValidationError`` from it (e.g. locked out) is shown in its own words.
"""

from __future__ import annotations

import hmac
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common import text_size
from vagledare.gui.common.fonts import participant_font
from vagledare.journal.errors import ValidationError

if TYPE_CHECKING:
    from vagledare.journal.db import Journal

MIN_TEMPORARY_CODE = 4


LARGER = 1.35  # the participant's own screen: type this much larger


def larger_type(sheet: str, factor: float = LARGER) -> str:
    """A page's style sheet with every font size times ``factor``: the participant's own
    screen is read from further away."""
    return text_size.times(sheet, factor)


def coach_code_verifier(
    journal: Journal, staff_id: uuid.UUID, temporary_code: str | None = None
) -> Callable[[str], bool] | None:
    """How the coach's code is checked: the PIN of whoever is logged in at the desk (as a
    login, with its audit entry and lockout), else the temporary code chosen for this
    screen; None when the desk has no PIN and no code was chosen yet (ask the coach)."""
    from vagledare.journal import access

    if journal.read(access.has_pin, staff_id):
        if journal.read_only:  # nothing can be recorded in a write-protected file
            return lambda pin: bool(journal.read(access.check_pin, staff_id, pin))
        return lambda pin: bool(journal.write(access.desk_login, staff_id, pin))
    if temporary_code is None:
        return None
    return temporary_code_verifier(temporary_code)


def temporary_code_verifier(code: str) -> Callable[[str], bool]:
    """A check against a code the coach chose for this screen only (kept in memory)."""
    if len(code.strip()) < MIN_TEMPORARY_CODE:
        raise ValidationError(
            f"Koden för deltagarens skärm ska ha minst {MIN_TEMPORARY_CODE} tecken."
        )
    wanted = code.strip().encode("utf-8")

    def verify(pin: str) -> bool:
        return hmac.compare_digest(pin.strip().encode("utf-8"), wanted)

    return verify


class PinPrompt(QDialog):
    """The coach's code, to leave the participant's screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskPinPrompt")
        self.setWindowTitle(self.tr("Leave the participant's screen"))
        lay = QVBoxLayout(self)
        lab = QLabel(self.tr("The coach's &PIN:"))
        self.pin = QLineEdit(objectName="kioskPinEdit")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("The coach's PIN"))
        lab.setBuddy(self.pin)
        self.error = QLabel(objectName="kioskPinError", wordWrap=True)
        self.error.setProperty("problem", True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for b in buttons.buttons():
            b.setAccessibleName(b.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (lab, self.pin, self.error, buttons):
            lay.addWidget(w)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.pin.clear()
        self.pin.setFocus()


class KioskWindow(QWidget):
    """Hosts ``content`` full screen until the coach's code is given (``left`` then)."""

    left = Signal()

    def __init__(
        self,
        content: QWidget,
        verify: Callable[[str], bool],
        *,
        title: str = "Vägledare",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("KioskWindow")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._verify = verify
        self._unlocked = False
        self.prompt: PinPrompt | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 24)
        top = QHBoxLayout()
        top.addStretch(1)
        # Discreet, for the coach: a plain word in the corner, not a big exit.
        self.leave_button = QPushButton("Vägledare", objectName="kioskLeaveButton")
        self.leave_button.setAccessibleName(
            self.tr("For the coach: leave the participant's screen")
        )
        self.leave_button.setFlat(True)
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.leave_button.setAutoDefault(False)
        self.leave_button.clicked.connect(self.ask_pin)
        top.addWidget(self.leave_button)
        outer.addLayout(top)
        self.stack = QStackedWidget()
        content.setWindowFlags(Qt.WindowType.Widget)  # a dialog becomes a page of this screen
        self.content = content
        self.stack.addWidget(content)
        self.handover = QLabel(objectName="kioskHandover", wordWrap=True)
        self.handover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.handover.setTextFormat(Qt.TextFormat.PlainText)
        self.handover.setFont(participant_font(self.handover.font()))
        text_size.set_style_sheet(self.handover, "font-size: 30pt; font-weight: 600;")
        self.stack.addWidget(self.handover)
        outer.addWidget(self.stack, 1)

    # -- showing --------------------------------------------------------------------------
    def start(self) -> None:
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.content.show()
        self.content.setFocus()

    def show_handover(self, text: str, right_to_left: bool = False) -> None:
        """The participant is done: give the computer back to the coach."""
        self.handover.setText(text)
        self.handover.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        self.stack.setCurrentWidget(self.handover)
        self.leave_button.setFocus()

    # -- leaving --------------------------------------------------------------------------
    def ask_pin(self) -> PinPrompt:
        """Ask for the coach's code (a window-modal prompt; tests drive ``prompt``)."""
        self.prompt = PinPrompt(self)
        self.prompt.accepted.connect(self._on_prompt)
        self.prompt.open()
        return self.prompt

    def _on_prompt(self) -> None:
        assert self.prompt is not None
        prompt = self.prompt
        if not self.try_leave(prompt.pin.text()):
            prompt.open()  # the prompt stays, saying why

    def try_leave(self, pin: str) -> bool:
        try:
            ok = bool(pin) and self._verify(pin)
        except ValidationError as exc:
            self._refused(str(exc))
            return False
        if not ok:
            self._refused(self.tr("Wrong PIN. The participant's screen stays open."))
            return False
        self._unlocked = True
        if self.prompt is not None:
            self.prompt.hide()
        self.close()
        self.left.emit()
        return True

    def _refused(self, text: str) -> None:
        if self.prompt is not None:
            self.prompt.show_error(text)

    @property
    def unlocked(self) -> bool:
        return self._unlocked

    # -- refusing the ways out ------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._unlocked:
            event.accept()
            return
        event.ignore()  # Alt+F4, the window manager's close: only the coach's PIN leaves

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # swallowed: Esc never leaves
            return
        super().keyPressEvent(event)
