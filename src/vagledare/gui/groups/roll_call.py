"""The roll call: one screen, one row per enrolled participant.

Click a row (or Space/Enter on it) to cycle Närvarande → Frånvarande → Anmäld frånvaro;
1, 2 and 3 set a mark directly; the arrow keys move between rows. "All present" marks everyone
not yet marked as present and saves in one action. Walk-in guests are counted by gender.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common import text_size
from vagledare.gui.common.vocabulary import gender_label
from vagledare.gui.common.widgets import fit_to_screen
from vagledare.gui.groups.group_models import day_text
from vagledare.journal import attendance, meetings
from vagledare.journal.attendance import RollCallEntry
from vagledare.journal.db import Journal
from vagledare.journal.errors import ValidationError
from vagledare.journal.models import AttendanceStatus
from vagledare.journal.terms import Lang

STYLE = """
MarkButton { text-align: left; min-height: 30px; border: 1px solid #9aa7b4; border-radius: 6px;
             background: #f7f9fb; color: #1d2733; padding: 2px 10px; }
MarkButton:focus { border: 3px solid #1d5f8a; }
MarkButton[status="present"] { background: #dcefdc; }
MarkButton[status="absent"] { background: #f9dcdc; }
MarkButton[status="excused"] { background: #fbeed5; }
QLabel#codeLabel { font-size: 12pt; font-weight: 600; }
QLabel#statusLabel { font-size: 12pt; font-weight: 600; }
QLabel#rollCallTitle { font-size: 15pt; font-weight: 600; }
QLabel#errorLabel { color: #b3261e; }
"""
KEYS = {
    Qt.Key.Key_1: AttendanceStatus.PRESENT,
    Qt.Key.Key_2: AttendanceStatus.ABSENT,
    Qt.Key.Key_3: AttendanceStatus.EXCUSED,
}


def _repolish(w: QWidget) -> None:
    w.style().unpolish(w)
    w.style().polish(w)


class MarkButton(QPushButton):
    """One participant: code, gender and age band on the left, the mark on the right."""

    def __init__(
        self,
        entry: RollCallEntry,
        navigate: Callable[[MarkButton, int], None],
        set_mark: Callable[[MarkButton, AttendanceStatus], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self._navigate = navigate
        self._set_mark = set_mark
        self.setAutoDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 10, 2)
        self.code_label = QLabel(entry.code, objectName="codeLabel")
        self.who_label = QLabel(f"{gender_label(entry.gender)} · {entry.age_band}")
        self.status_label = QLabel(objectName="statusLabel")
        for lab in (self.code_label, self.who_label, self.status_label):
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.code_label)
        row.addSpacing(16)
        row.addWidget(self.who_label)
        row.addStretch(1)
        row.addWidget(self.status_label)

    def show_status(self, status: AttendanceStatus | None, text: str) -> None:
        self.setProperty("status", status.value if status else "none")
        self.status_label.setText(text)
        self.setAccessibleName(f"{self.entry.code}, {self.who_label.text()}: {text}")
        _repolish(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._navigate(self, -1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
        elif key in KEYS:
            self._set_mark(self, KEYS[key])
        else:
            super().keyPressEvent(event)


class RollCallDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        journal: Journal,
        session_id: uuid.UUID,
        author_id: uuid.UUID | None,
        lang: Lang = "sv",
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journal, self.session_id, self.author_id = journal, session_id, author_id
        self.lang, self._now = lang, now
        text_size.set_style_sheet(self, STYLE)
        self.setMinimumSize(640, 600)
        # Names on the left, guests, activities and note beside them: at 1366×768 a dozen
        # participants show at once, and the marks scroll while the buttons stay in sight.
        fit_to_screen(self, 1180, 860)
        self.call, self.activity_types = journal.read(
            attendance.roll_call_and_activities, session_id
        )
        info = self.call.session
        self.marks: dict[uuid.UUID, AttendanceStatus | None] = self.call.marks()
        self.dirty = False

        title = f"{info.group_name} · {info.site_name}"
        self.setWindowTitle(self.tr("Roll call – %1").replace("%1", title))
        outer = QVBoxLayout(self)
        heading = QLabel(title, objectName="rollCallTitle")
        when = day_text(info.held_on)
        if info.starts_at and info.ends_at:
            when += f"  {info.starts_at:%H.%M}–{info.ends_at:%H.%M}"
        outer.addWidget(heading)
        outer.addWidget(QLabel(when, objectName="whenLabel"))
        hint = QLabel(
            self.tr(
                "Click a name or press Space: Present → Absent → Excused. "
                "Keys 1, 2, 3 set a mark; arrow keys move."
            ),
            objectName="hintLabel",
        )
        hint.setWordWrap(True)
        outer.addWidget(hint)

        # The names' area in place before its buttons: a widget tree moved into another
        # parent is re-styled whole (the dialog's style sheet), once per move (#22).
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        scroll = QScrollArea(self, objectName="marksScroll")
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Participants"))
        body.addWidget(scroll, 3)
        side = QVBoxLayout()
        body.addLayout(side, 2)
        host = QWidget(objectName="marksHost")
        scroll.setWidget(host)
        rows = QVBoxLayout(host)
        rows.setSpacing(4)
        self.buttons: list[MarkButton] = []
        for entry in self.call.entries:
            btn = MarkButton(entry, self._navigate, self._on_key_mark)
            btn.clicked.connect(self._on_mark_clicked)
            rows.addWidget(btn)
            self.buttons.append(btn)
        rows.addStretch(1)
        if not self.buttons:  # a café or läxhjälp without enrolments: guests only
            scroll.hide()
            hint.setText(
                self.tr(
                    "Nobody is enrolled in this group on this day: count the "
                    "walk-in guests and save."
                )
            )

        guests = QGroupBox(self.tr("Walk-in guests (not enrolled)"))
        g_row = QHBoxLayout(guests)
        self.guest_spins: list[QSpinBox] = []
        for text, name, value in (
            (self.tr("&Women:"), self.tr("Guests, women"), info.guests.women),
            (self.tr("&Men:"), self.tr("Guests, men"), info.guests.men),
            (self.tr("&Not stated:"), self.tr("Guests, gender not stated"), info.guests.unstated),
        ):
            spin = QSpinBox(minimum=0, maximum=attendance.MAX_GUESTS, value=value)
            spin.setAccessibleName(name)
            spin.setMinimumWidth(80)
            spin.setMinimumHeight(34)
            spin.valueChanged.connect(self._on_changed)
            lab = QLabel(text)
            lab.setBuddy(spin)
            g_row.addWidget(lab)
            g_row.addWidget(spin)
            g_row.addSpacing(12)
            self.guest_spins.append(spin)
        g_row.addStretch(1)
        side.addWidget(guests)  # first beside the names: a café is mostly guests

        details = QGroupBox(self.tr("Activities and note"))
        form = QVBoxLayout(details)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.activity_boxes: list[tuple[QCheckBox, uuid.UUID]] = []
        for i, a in enumerate(self.activity_types):
            box = QCheckBox(a.name)
            box.setAccessibleName(self.tr("Activity: %1").replace("%1", a.name))
            box.setChecked(a.id in info.activity_ids)
            box.toggled.connect(self._on_changed)
            grid.addWidget(box, i // 2, i % 2)
            self.activity_boxes.append((box, a.id))
        form.addLayout(grid)
        self.note_edit = QPlainTextEdit(info.note or "", objectName="noteEdit")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(
            self.tr("Note (optional) – no names or personal identity numbers.")
        )
        self.note_edit.setFixedHeight(54)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.textChanged.connect(self._on_changed)
        form.addWidget(self.note_edit)
        side.addWidget(details)
        side.addStretch(1)

        self.summary_label = QLabel(objectName="summaryLabel")
        self.summary_label.setAccessibleName(self.tr("Summary"))
        self.error_label = QLabel(objectName="errorLabel")
        self.error_label.setWordWrap(True)
        outer.addWidget(self.summary_label)
        outer.addWidget(self.error_label)
        bar = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&All present and save"), objectName="allPresent")
        self.all_button.setAccessibleName(self.tr("Mark everyone not yet marked present and save"))
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"), objectName="saveButton")
        self.save_button.setAccessibleName(self.tr("Save the roll call"))
        self.close_button = QPushButton(self.tr("Close"), objectName="closeButton")
        self.close_button.setAccessibleName(self.tr("Close the roll call"))
        for b in (self.all_button, self.save_button, self.close_button):
            b.setMinimumHeight(42)
            b.setAutoDefault(False)
        bar.addWidget(self.all_button)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        outer.addLayout(bar)
        self.all_button.clicked.connect(self.all_present)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        for btn in self.buttons:
            self._show(btn)
        self._update_summary()
        self._check_can_save()
        self.all_button.setVisible(bool(self.buttons))
        if self.buttons:
            self.buttons[0].setFocus()
        else:
            fit_to_screen(self, 700, 540)
            self.guest_spins[0].setFocus()
            self.guest_spins[0].selectAll()

    # -- marking -------------------------------------------------------------------------
    def _label(self, status: AttendanceStatus | None) -> str:
        if status is None:
            return self.tr("Not marked")
        return {
            AttendanceStatus.PRESENT: self.tr("Present"),
            AttendanceStatus.ABSENT: self.tr("Absent"),
            AttendanceStatus.EXCUSED: self.tr("Excused absence"),
        }[status]

    def _show(self, btn: MarkButton) -> None:
        status = self.marks[btn.entry.enrolment_id]
        btn.show_status(status, self._label(status))

    def set_mark(self, btn: MarkButton, status: AttendanceStatus) -> None:
        self.marks[btn.entry.enrolment_id] = status
        self._show(btn)
        self._on_changed()

    def _on_mark_clicked(self) -> None:
        btn = self.sender()
        if isinstance(btn, MarkButton):
            self.set_mark(btn, attendance.next_status(self.marks[btn.entry.enrolment_id]))

    def _on_key_mark(self, btn: MarkButton, status: AttendanceStatus) -> None:
        self.set_mark(btn, status)

    def _navigate(self, btn: MarkButton, step: int) -> None:
        i = self.buttons.index(btn) + step
        if 0 <= i < len(self.buttons):
            self.buttons[i].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_changed(self) -> None:
        self.dirty = True
        self.error_label.setText("")
        self._update_summary()

    def _update_summary(self) -> None:
        values = list(self.marks.values())
        guests = sum(spin.value() for spin in self.guest_spins)
        if not values:
            self.summary_label.setText(self.tr("Guests %1").replace("%1", str(guests)))
            return
        self.summary_label.setText(
            self.tr("Present %1 · Absent %2 · Excused %3 · Not marked %4 · Guests %5")
            .replace("%1", str(values.count(AttendanceStatus.PRESENT)))
            .replace("%2", str(values.count(AttendanceStatus.ABSENT)))
            .replace("%3", str(values.count(AttendanceStatus.EXCUSED)))
            .replace("%4", str(values.count(None)))
            .replace("%5", str(guests))
        )

    def _check_can_save(self) -> None:
        info = self.call.session
        now = self._now or datetime.now()
        reason = ""
        if info.cancelled:
            reason = self.tr("This session is cancelled.")
        elif info.held_on > now.date():
            reason = self.tr("This session has not taken place yet.")
        if reason:
            for b in (self.all_button, self.save_button, *self.buttons):
                b.setEnabled(False)
            self.error_label.setText(reason)

    # -- saving ----------------------------------------------------------------------------
    def guests(self) -> meetings.Guests:
        women, men, unstated = (spin.value() for spin in self.guest_spins)
        return meetings.Guests(women, men, unstated)

    def checked_activities(self) -> list[uuid.UUID]:
        return [aid for box, aid in self.activity_boxes if box.isChecked()]

    def all_present(self) -> bool:
        """Everyone not yet marked is present; then save."""
        self.marks = attendance.all_present(self.marks)
        for btn in self.buttons:
            self._show(btn)
        self._on_changed()
        return self.save()

    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        try:
            self.journal.write(
                attendance.save_roll_call,
                self.session_id,
                self.marks,
                self.guests(),
                self.author_id,
                now=self._now,
                activity_type_ids=self.checked_activities(),
                note=self.note_edit.toPlainText(),
            )
        except ValidationError as exc:
            self.error_label.setText(str(exc))
            return False
        self.dirty = False
        stamp = QLocale().toString(datetime.now().time(), QLocale.FormatType.ShortFormat)
        self.error_label.setText("")
        self.summary_label.setText(
            self.summary_label.text() + "   ✔ " + self.tr("Saved %1").replace("%1", stamp)
        )
        self.saved.emit()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved roll call"),
                self.tr("The roll call has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()

    def reject(self) -> None:  # Esc goes through closeEvent's question
        self.close()
