"""What the participant's paged forms share: one item per page answered on a scale of buttons
(a ``QButtonGroup`` per item, the values' ids plus ``SKIP``), chosen and moved along by
keyboard, and the way out (refused on the participant's own screen, asked about when answers
would be lost).

``AssessmentForm`` (the progression reading) and ``SurveyForm`` (the experience survey) mix
this in before ``QDialog``; each says which item is on show, its scale and its own wording.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QButtonGroup, QDialog, QMessageBox

from vagledare.gui.common.read_aloud import READ_ALOUD_KEY

SKIP = 999  # the button id of "Vill inte svara" (above any scale; -1 means "auto" to Qt)


class ParticipantPages(QDialog):
    """Keyboard and leaving for a paged participant form: Enter goes on, Backspace (or
    Alt+←) goes back, a digit chooses (``digit_choice``), − chooses "Vill inte svara", the
    arrows move along the scale as drawn (→ towards 1 when it runs right to left), Ctrl+R
    reads aloud. Subclasses set ``groups`` and ``kiosk`` and give the hooks below."""

    groups: list[QButtonGroup]
    kiosk: bool

    # -- what the subclass says -----------------------------------------------------------
    def item_index(self) -> int | None:
        """The item on show (an index into ``groups``), None on the other pages."""
        raise NotImplementedError

    def scale_order(self) -> Sequence[int]:
        """The button ids in the scale's order, ``SKIP`` last."""
        raise NotImplementedError

    def scale_rtl(self) -> bool:
        """Whether the scale is drawn right to left."""
        raise NotImplementedError

    def digit_choice(self, digit: str) -> int | None:
        """The button id a digit key chooses, None for none."""
        raise NotImplementedError

    def current_choice(self) -> int | None:
        """The button id chosen for the item on show, None if none yet."""
        raise NotImplementedError

    def read_aloud(self) -> object:
        raise NotImplementedError

    def _on_chosen(self, button_id: int) -> None:
        """A button of the item on show was chosen (clicked or by key)."""
        raise NotImplementedError

    def _on_next(self) -> None:
        raise NotImplementedError

    def _on_back(self) -> None:
        raise NotImplementedError

    def answered_unsaved(self) -> bool:
        """Whether leaving now loses answers (Esc then asks first)."""
        raise NotImplementedError

    def may_leave(self) -> bool:
        """Whether the participant may leave (not on their own screen before the end)."""
        return not self.kiosk

    def stop_question(self) -> tuple[str, str]:
        """The title and text of the question Esc asks when answers would be lost."""
        raise NotImplementedError

    # -- choosing -------------------------------------------------------------------------
    def choose(self, button_id: int) -> None:
        i = self.item_index()
        if i is None:
            return
        b = self.groups[i].button(button_id)
        b.setChecked(True)
        b.setFocus()
        self._on_chosen(button_id)

    def _move(self, step: int) -> None:
        order = list(self.scale_order())
        current = self.current_choice()
        pos = order.index(current) + step if current in order else (0 if step > 0 else -1)
        self.choose(order[max(0, min(len(order) - 1, pos))])

    # -- keyboard -------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        text = event.text()
        if QKeySequence(event.keyCombination()) == QKeySequence(READ_ALOUD_KEY):
            self.read_aloud()  # (the shortcut's own path when the window is not active)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_next()
            return True
        if key == Qt.Key.Key_Backspace or (
            key == Qt.Key.Key_Left and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self._on_back()
            return True
        if self.item_index() is None:
            return False
        if text.isdigit():
            choice = self.digit_choice(text)
            if choice is not None:
                self.choose(choice)
            return True
        if text in ("-", "−") or key == Qt.Key.Key_Minus:
            self.choose(SKIP)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            forward = Qt.Key.Key_Left if self.scale_rtl() else Qt.Key.Key_Right
            self._move(1 if key in (forward, Qt.Key.Key_Down) else -1)
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.handle_key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    # -- leaving --------------------------------------------------------------------------
    def reject(self) -> None:
        if not self.may_leave():  # the participant's own screen is left only by the coach
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.kiosk:
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self.answered_unsaved():
            title, text = self.stop_question()
            if QMessageBox.question(self, title, text) != QMessageBox.StandardButton.Yes:
                return
            self.reject()
            return
        if not self.handle_key(event):
            super().keyPressEvent(event)
