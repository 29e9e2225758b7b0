"""The lock screen and the inactivity timer: a shared desk PC never shows the journal to
whoever sits down next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from vagledare.gui.common import text_size
from vagledare.gui.shell.pin_form import PinForm

if TYPE_CHECKING:
    from vagledare.journal.db import Journal

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockPage(QWidget):
    """Shown instead of everything else while the window is locked."""

    unlocked = Signal(object)  # StaffInfo

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.journal = journal
        self.form: PinForm | None = None
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(1)
        title = QLabel(self.tr("Vägledare is locked"), objectName="lockTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text_size.set_style_sheet(title, "font-size: 20pt; font-weight: 600;")
        self._layout.addWidget(title)
        sub = QLabel(
            self.tr("Give your PIN to continue. Anyone on the staff can unlock as themselves.")
        )
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sub.setWordWrap(True)
        self._layout.addWidget(sub)
        self.hint = QLabel(objectName="lockHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setVisible(False)
        self._layout.addWidget(self.hint)
        self._host = QWidget()
        self._host.setMinimumWidth(380)
        self._host.setMaximumWidth(460)
        self._host_layout = QVBoxLayout(self._host)
        self._layout.addWidget(self._host, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.addStretch(2)

    def set_hint(self, text: str) -> None:
        """An extra line under the title (the demo journal tells its PIN here)."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def prepare(self, preselect: str) -> None:
        """A fresh form each time (the staff list may have changed)."""
        if self.form is not None:
            self.form.deleteLater()
        self.form = PinForm(self.journal, preselect, self._host)
        self.form.accepted.connect(self.unlocked)
        self._host_layout.addWidget(self.form)
        self.form.show()  # a child added to a visible parent is otherwise shown only later
        self._layout.activate()
        self.form.pin.setFocus()


class InactivityWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard, mouse or touch input in the app."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.idle)
        self.timer.start()

    def quiet_ms(self) -> int:
        """How long ago (ms) the last input came (or the watch began)."""
        return self.timer.interval() - max(0, self.timer.remainingTime())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS:
            self.timer.start()
        return False
