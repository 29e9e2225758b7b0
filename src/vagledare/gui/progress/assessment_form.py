"""The participant form: big, calm, one factor per page, Swedish beside a second language.

Driven by keyboard throughout: 1–9 and 0 (= 10) choose a value, ← → move along the scale
(past 10 to "vill inte svara"), − chooses "vill inte svara", Enter goes on, Backspace goes
back. The participant-facing words come from the language files (``factor_texts``); only
the coach-facing hints go through Qt Linguist.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common import text_size
from vagledare.gui.common.widgets import fit_to_screen
from vagledare.journal.factor_sets import FactorInfo, FactorSetInfo
from vagledare.journal.factor_texts import FactorText, Language, translated_factors

SKIP = 999  # the button id of "vill inte svara" (above any scale; -1 means "auto" to Qt)

STYLE = """
AssessmentForm { background: #f6f8fa; }
QLabel { color: #1d2733; }
QLabel[role="progress"] { font-size: 13pt; color: #5b6672; }
QLabel[role="name"] { font-size: 20pt; font-weight: 600; }
QLabel[role="question"] { font-size: 17pt; }
QLabel[role="anchor"] { font-size: 13pt; color: #33404d; }
QLabel[role="lead"] { font-size: 16pt; }
QFrame[role="column"] { background: white; border: 1px solid #d5dce3; border-radius: 10px; }
QPushButton[role="value"] {
    font-size: 22pt; font-weight: 600; min-width: 64px; min-height: 64px;
    border: 2px solid #9aa7b4; border-radius: 10px; background: white; color: #1d2733;
}
QPushButton[role="value"]:checked { background: #1d5f8a; color: white; border-color: #123f5c; }
QPushButton[role="value"]:focus { border: 3px solid #e0a100; }
QPushButton[role="skip"] {
    font-size: 14pt; min-height: 56px; padding: 0 18px;
    border: 2px solid #9aa7b4; border-radius: 10px; background: white;
}
QPushButton[role="skip"]:checked { background: #5b6672; color: white; }
QPushButton[role="skip"]:focus { border: 3px solid #e0a100; }
QPushButton[role="nav"] { font-size: 14pt; min-height: 52px; min-width: 160px; padding: 0 16px; }
"""


def _label(text: str, role: str, rtl: bool = False) -> QLabel:
    lab = QLabel(text)
    lab.setProperty("role", role)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if rtl:
        lab.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return lab


class AssessmentForm(QDialog):
    """Collects one reading; the caller saves it (``values()``, ``language()``, ``comment()``)."""

    def __init__(
        self,
        factor_set: FactorSetInfo,
        languages: Sequence[Language],
        *,
        coach: bool = False,
        code: str = "",
        second_language: str | None = None,
        initial: Mapping[int, int | None] | None = None,
        comment: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AssessmentForm")
        text_size.set_style_sheet(self, STYLE)
        self.setWindowTitle(
            (self.tr("Coach's view – %1") if coach else self.tr("Progress reading – %1")).replace(
                "%1", code
            )
        )
        self.factor_set = factor_set
        self.coach = coach
        self.factors: tuple[FactorInfo, ...] = factor_set.asked(coach)
        self.languages = {x.code: x for x in languages}
        self._answers: dict[int, int | None] = dict(initial or {})
        self._chosen: dict[int, int] = {}  # page index -> button id (value or SKIP)
        for i, f in enumerate(self.factors):
            if f.position in self._answers:
                v = self._answers[f.position]
                self._chosen[i] = SKIP if v is None else v
        fit_to_screen(self, 1100, 760)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.hint = QLabel(
            self.tr(
                "Keys: 1–9, 0 = 10, ← → move, − = don't want to answer, "
                "Enter = next, Backspace = back"
            )
        )
        self.hint.setProperty("muted", True)  # coloured by the theme
        outer.addWidget(self.hint)
        nav = QHBoxLayout()
        self.back_button = self._nav_button(self.tr("Back"), "backButton")
        self.next_button = self._nav_button(self.tr("Next"), "nextButton")
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.back_button.clicked.connect(self._on_back)
        self.next_button.clicked.connect(self._on_next)

        self.language_combo = QComboBox(objectName="languageCombo")
        self.language_combo.setAccessibleName(self.tr("Second language"))
        self.language_combo.addItem(self.tr("Swedish only"), "")
        for lang in languages:
            if lang.code != "sv":
                self.language_combo.addItem(lang.name, lang.code)
        wanted = second_language if second_language is not None else ("" if coach else "en")
        index = self.language_combo.findData(wanted)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self.comment_edit = QLineEdit(comment, objectName="commentEdit")
        self.comment_edit.setAccessibleName(self.tr("Comment (optional, no names or ID numbers)"))
        self.comment_edit.setMaxLength(2000)
        self.comment_edit.setMinimumHeight(40)
        # A refused comment is said here, and the form stays open with every answer kept.
        self.comment_error = QLabel(objectName="commentError", wordWrap=True)
        self.comment_error.setProperty("problem", True)  # coloured by the theme
        self.comment_error.hide()
        self.comment_edit.textChanged.connect(self.comment_error.hide)
        self._build_pages()

    # -- building -------------------------------------------------------------------------
    def _nav_button(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.setProperty("role", "nav")
        b.setAccessibleName(text)
        b.setAutoDefault(False)
        b.installEventFilter(self)
        return b

    def second(self) -> Language | None:
        code = self.language_combo.currentData()
        return self.languages.get(code) if code else None

    def _texts(self, lang: Language | None) -> tuple[FactorText, ...] | None:
        if lang is None:
            return None
        return translated_factors(self.factor_set.key, lang.code, self.factor_set.texts)

    def _build_pages(self) -> None:
        current = self.stack.currentIndex()
        # These two outlive the pages (they keep what the coach chose and typed).
        self.language_combo.setParent(self)
        self.comment_edit.setParent(self)
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        sv = self.languages.get("sv")
        second = self.second()
        second_texts = self._texts(second)
        self.groups: list[QButtonGroup] = []
        self.stack.addWidget(self._intro_page(sv, second))
        for i, f in enumerate(self.factors):
            text_sv = self.factor_set.texts[f.position - 1]
            text_2 = second_texts[f.position - 1] if second_texts else None
            self.stack.addWidget(self._factor_page(i, text_sv, sv, text_2, second))
        self.stack.addWidget(self._summary_page(sv, second, second_texts))
        self._show(max(current, 0))

    def _columns(self, parts: list[tuple[Language | None, list[tuple[str, str]]]]) -> QWidget:
        host = QWidget()
        row = QHBoxLayout(host)
        row.setSpacing(18)
        for lang, items in parts:
            frame = QFrame()
            frame.setProperty("role", "column")
            col = QVBoxLayout(frame)
            col.setContentsMargins(22, 18, 22, 18)
            col.setSpacing(10)
            rtl = lang is not None and lang.direction == "rtl"
            for text, role in items:
                if text:
                    col.addWidget(_label(text, role, rtl))
            col.addStretch(1)
            row.addWidget(frame, 1)
        return host

    def _intro_page(self, sv: Language | None, second: Language | None) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        key = "coach_intro" if self.coach else "intro"
        parts = [
            (
                sv,
                [
                    (sv.form_text("welcome") if sv else "", "name"),
                    (sv.form_text(key) if sv else "", "lead"),
                ],
            )
        ]
        if second is not None:
            parts.append(
                (second, [(second.form_text("welcome"), "name"), (second.form_text(key), "lead")])
            )
        lay.addWidget(self._columns(parts), 1)
        pick = QHBoxLayout()
        lab = QLabel(self.tr("Second &language:"))
        lab.setBuddy(self.language_combo)
        text_size.set_style_sheet(lab, "font-size: 13pt;")
        self.language_combo.setMinimumHeight(40)
        pick.addWidget(lab)
        pick.addWidget(self.language_combo)
        self.language_combo.show()
        pick.addStretch(1)
        lay.addLayout(pick)
        return page

    def _factor_page(
        self,
        index: int,
        sv_text: FactorText,
        sv: Language | None,
        text_2: FactorText | None,
        second: Language | None,
    ) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setSpacing(14)
        total = len(self.factors)
        progress = sv.form_text("question_of", n=index + 1, total=total) if sv else ""
        if second is not None:
            progress += "   ·   " + second.form_text("question_of", n=index + 1, total=total)
        lay.addWidget(_label(progress, "progress"))

        def items(t: FactorText) -> list[tuple[str, str]]:
            question = t.coach_question if self.coach else t.question
            anchors = t.coach_anchors if self.coach else t.anchors
            return [(t.name, "name"), (question, "question")] + [
                (f"{v}  –  {a}", "anchor") for v, a in anchors
            ]

        parts = [(sv, items(sv_text))]
        if text_2 is not None and second is not None:
            parts.append((second, items(text_2)))
        lay.addWidget(self._columns(parts), 1)

        group = QButtonGroup(page)
        group.setExclusive(True)
        scale = QGridLayout()
        scale.setSpacing(8)
        for col, value in enumerate(self.factor_set.scale):
            b = QPushButton(str(value), objectName=f"value_{index}_{value}")
            b.setProperty("role", "value")
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setAccessibleName(f"{value}: {sv_text.anchor(value, self.coach)}".rstrip(": "))
            b.installEventFilter(self)
            group.addButton(b, value)
            scale.addWidget(b, 0, col)
        skip_text = sv.form_text("skip") if sv else "Vill inte svara"
        if second is not None:
            skip_text += "  /  " + second.form_text("skip")
        skip = QPushButton(skip_text, objectName=f"skip_{index}")
        skip.setProperty("role", "skip")
        skip.setCheckable(True)
        skip.setAutoDefault(False)
        skip.setAccessibleName(skip_text)
        skip.installEventFilter(self)
        group.addButton(skip, SKIP)
        scale.addWidget(skip, 1, 0, 1, len(self.factor_set.scale))
        lay.addLayout(scale)
        if index in self._chosen:
            group.button(self._chosen[index]).setChecked(True)
        group.idClicked.connect(self._on_chosen)
        self.groups.append(group)
        return page

    def _summary_page(
        self,
        sv: Language | None,
        second: Language | None,
        second_texts: tuple[FactorText, ...] | None,
    ) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        title = sv.form_text("summary") if sv else ""
        if second is not None:
            title += "  /  " + second.form_text("summary")
        lay.addWidget(_label(title, "name"))
        self.summary_grid = QGridLayout()
        self.summary_grid.setHorizontalSpacing(24)
        lay.addLayout(self.summary_grid)
        self._summary_names = []
        for f in self.factors:
            name = f.name
            if second_texts is not None:
                name += f"  /  {second_texts[f.position - 1].name}"
            self._summary_names.append(name)
        lay.addStretch(1)
        thanks = sv.form_text("thanks") if sv else ""
        if second is not None:
            thanks += "\n" + second.form_text("thanks")
        lay.addWidget(_label(thanks, "lead"))
        lab = QLabel(self.tr("Co&mment (coach, optional):"))
        lab.setBuddy(self.comment_edit)
        lay.addWidget(lab)
        lay.addWidget(self.comment_edit)
        lay.addWidget(self.comment_error)
        self.comment_edit.show()
        return page

    def _fill_summary(self) -> None:
        while self.summary_grid.count():
            item = self.summary_grid.takeAt(0)
            if item and item.widget():
                item.widget().deleteLater()
        sv, second = self.languages.get("sv"), self.second()
        for row, (f, name) in enumerate(zip(self.factors, self._summary_names, strict=True)):
            v = self._answers.get(f.position)
            if v is None:
                shown = sv.form_text("skip") if sv else "–"
                if second is not None:
                    shown += " / " + second.form_text("skip")
            else:
                shown = str(v)
            self.summary_grid.addWidget(_label(name, "anchor"), row, 0)
            value = _label(shown, "question")
            value.setObjectName(f"summary_{f.position}")
            self.summary_grid.addWidget(value, row, 1)

    # -- navigation -----------------------------------------------------------------------
    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def _factor_index(self) -> int | None:
        i = self.page - 1
        return i if 0 <= i < len(self.factors) else None

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        sv = self.languages.get("sv")
        last = self.stack.count() - 1
        self.back_button.setEnabled(index > 0)
        if index == 0:
            text = sv.form_text("start") if sv else self.tr("Start")
        elif index == last:
            text = sv.form_text("finish") if sv else self.tr("Save")
            self._fill_summary()
        else:
            text = sv.form_text("next") if sv else self.tr("Next")
        second = self.second()
        if second is not None:
            key = "start" if index == 0 else "finish" if index == last else "next"
            text += " / " + second.form_text(key)
        self.next_button.setText(text)
        self.next_button.setAccessibleName(text)
        back = sv.form_text("back") if sv else self.tr("Back")
        if second is not None:
            back += " / " + second.form_text("back")
        self.back_button.setText(back)
        self.back_button.setAccessibleName(back)
        i = self._factor_index()
        self.next_button.setEnabled(i is None or i in self._chosen)
        if i is not None:
            chosen = self.groups[i].checkedButton()
            (chosen or self.groups[i].button(self.factor_set.scale_min)).setFocus()
        elif index == last:
            self.next_button.setFocus()
        else:
            self.language_combo.setFocus()

    def _on_language(self) -> None:
        self._build_pages()

    def _on_chosen(self, button_id: int) -> None:
        i = self._factor_index()
        if i is None:
            return
        self._chosen[i] = button_id
        self._answers[self.factors[i].position] = None if button_id == SKIP else button_id
        self.next_button.setEnabled(True)

    def _on_next(self) -> None:
        i = self._factor_index()
        if i is not None and i not in self._chosen:
            return
        if self.page == self.stack.count() - 1:
            if self._comment_refused():
                return
            self.accept()
            return
        self._show(self.page + 1)

    def _comment_refused(self) -> bool:
        """The text guard's verdict on the comment, before anything is saved: a refusal marks
        the field and keeps the form open (the answers are never lost to it)."""
        from vagledare.journal.errors import ValidationError
        from vagledare.journal.privacy import check_value

        try:
            check_value("assessment", "comment", self.comment())
        except ValidationError as exc:
            self.comment_error.setText(str(exc))
            self.comment_error.show()
            self.comment_edit.setFocus()
            return True
        return False

    def _on_back(self) -> None:
        if self.page > 0:
            self._show(self.page - 1)

    def choose(self, button_id: int) -> None:
        i = self._factor_index()
        if i is None:
            return
        b = self.groups[i].button(button_id)
        b.setChecked(True)
        b.setFocus()
        self._on_chosen(button_id)

    def _move(self, step: int) -> None:
        i = self._factor_index()
        if i is None:
            return
        order = [*self.factor_set.scale, SKIP]
        current = self._chosen.get(i)
        pos = order.index(current) + step if current in order else (0 if step > 0 else -1)
        self.choose(order[max(0, min(len(order) - 1, pos))])

    # -- keyboard -------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        text = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_next()
            return True
        if key == Qt.Key.Key_Backspace or (
            key == Qt.Key.Key_Left and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self._on_back()
            return True
        if self._factor_index() is None:
            return False
        if text.isdigit():
            value = 10 if text == "0" else int(text)
            if value in self.factor_set.scale:
                self.choose(value)
            return True
        if text == "-" or key == Qt.Key.Key_Minus:
            self.choose(SKIP)
            return True
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self._answers:
            sure = QMessageBox.question(
                self,
                self.tr("Stop the reading?"),
                self.tr("The answers given so far are not saved."),
            )
            if sure != QMessageBox.StandardButton.Yes:
                return
            self.reject()
            return
        if not self.handle_key(event):
            super().keyPressEvent(event)

    # -- result ---------------------------------------------------------------------------
    def values(self) -> dict[int, int | None]:
        return {f.position: self._answers.get(f.position) for f in self.factors}

    def language(self) -> str | None:
        return self.language_combo.currentData() or None

    def comment(self) -> str:
        return self.comment_edit.text().strip()
