"""The experience survey as the participant answers it: large and calm, one statement per
page, in Swedish alone or beside the participant's language.

A self-contained dialog without menus (a kiosk window may host it): the statements, the
language packs' words (``journal.survey.SurveyTexts``) and a ``save`` callback come in; the
answers go out through ``save`` (and ``values()``), then a thank-you page ends it. Keyboard
throughout: 1–5 choose, − (or 0) chooses "Vill inte svara", ← → move along the scale, Enter goes
on, Backspace goes back. The participant-facing words come from the language packs; only the
coach's hint goes through Qt Linguist.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common import text_size
from vagledare.gui.common.fonts import participant_font, participant_label
from vagledare.gui.common.kiosk import larger_type
from vagledare.gui.common.participant_pages import SKIP, ParticipantPages
from vagledare.gui.common.read_aloud import SPEAK_STYLE, Speaker, SpeechBackend
from vagledare.gui.common.widgets import fit_to_screen
from vagledare.journal.factor_texts import load_language
from vagledare.journal.survey import SCALE, StatementInfo, SurveyTexts

Answers = dict[str, int | None]

STYLE = """
SurveyForm { background: #f6f8fa; }
QLabel { color: #1d2733; }
QLabel[role="progress"] { font-size: 13pt; color: #5b6672; }
QLabel[role="name"] { font-size: 22pt; font-weight: 600; }
QLabel[role="question"] { font-size: 20pt; }
QLabel[role="lead"] { font-size: 16pt; }
QFrame[role="column"] { background: white; border: 1px solid #d5dce3; border-radius: 10px; }
QPushButton[role="value"] {
    font-size: 15pt; font-weight: 600; min-height: 88px; padding: 6px 10px;
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


class SurveyForm(ParticipantPages):
    """One response to the survey. ``save(answers)`` is called with every statement's answer
    (1–5 or None) when the participant sends them; if it raises, the message is shown and
    the answers stay. Without ``save`` the dialog only collects (``values()``)."""

    def __init__(
        self,
        statements: Sequence[StatementInfo],
        languages: Sequence[SurveyTexts],
        *,
        code: str = "",
        second_language: str | None = None,
        save: Callable[[Answers], object] | None = None,
        kiosk: bool = False,
        speech: SpeechBackend | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SurveyForm")
        self.kiosk = kiosk
        sheet = STYLE + SPEAK_STYLE
        # On the participant's own screen everything is larger but the answers' buttons:
        # five of them with their words in two languages already fill a 1366-pixel row.
        kiosk_sheet = larger_type(sheet) + 'QPushButton[role="value"] { font-size: 15pt; }\n'
        text_size.set_style_sheet(self, kiosk_sheet if kiosk else sheet)
        self.setWindowTitle(
            self.tr("Experience survey – %1").replace("%1", code)
            if code
            else self.tr("Experience survey (anonymous)")
        )
        self.statements = tuple(statements)
        self.anonymous = not code
        self.languages = {x.code: x for x in languages}
        self._save = save
        self._answers: Answers = {}
        self.saved = False
        fit_to_screen(self, 1100, 760)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.hint = QLabel(
            self.tr("Keys: 1–5, − = don't want to answer, ← → move, Enter = next, Backspace = back")
        )
        self.hint.setProperty("muted", True)
        self.speaker = Speaker(self, self.page_texts, speech)
        self.read_button, self.read_message = self.speaker.button, self.speaker.message
        self.read_button.installEventFilter(self)
        outer.addWidget(self.read_message)
        outer.addWidget(self.hint)
        if kiosk:  # the participant's own screen: nothing meant for the coach
            self.hint.hide()
        nav = QHBoxLayout()
        self.back_button = self._nav_button("backButton")
        self.next_button = self._nav_button("nextButton")
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.read_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.back_button.clicked.connect(self._on_back)
        self.next_button.clicked.connect(self._on_next)

        self.language_combo = QComboBox(objectName="surveyLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Second language"))
        self.language_combo.addItem(self.tr("Swedish only"), "")
        for lang in languages:
            if lang.code != "sv":
                self.language_combo.addItem(lang.name, lang.code)
        index = self.language_combo.findData(second_language or "")
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.currentIndexChanged.connect(self._build_pages)
        self._build_pages()

    # -- building -------------------------------------------------------------------------
    def _nav_button(self, name: str) -> QPushButton:
        b = QPushButton(objectName=name)
        b.setProperty("role", "nav")
        b.setAutoDefault(False)
        b.installEventFilter(self)
        return b

    def second(self) -> SurveyTexts | None:
        code = self.language_combo.currentData()
        return self.languages.get(code) if code else None

    def _words(self, key: str, joiner: str = "  /  ", **kw: object) -> str:
        """A word of the survey in Swedish, and in the second language beside it."""
        sv = self.languages.get("sv")
        text = sv.word(key, **kw) if sv else key
        second = self.second()
        if second is not None and second.word(key, **kw):
            text += joiner + second.word(key, **kw)
        return text

    def _build_pages(self) -> None:
        current = self.stack.currentIndex()
        self.language_combo.setParent(self)  # it outlives the pages
        while self.stack.count():
            w = self.stack.widget(0)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.groups: list[QButtonGroup] = []
        self.stack.addWidget(self._intro_page())
        for i, x in enumerate(self.statements):
            self.stack.addWidget(self._statement_page(i, x))
        self.stack.addWidget(self._thanks_page())
        second = self.second()
        self.speaker.set_language(load_language(second.code if second else "sv"))
        self._show(max(current, 0))

    def _columns(self, parts: list[tuple[SurveyTexts | None, list[tuple[str, str]]]]) -> QWidget:
        host = QWidget()
        row = QHBoxLayout(host)
        row.setSpacing(18)
        for lang, items in parts:
            frame = QFrame()
            frame.setProperty("role", "column")
            col = QVBoxLayout(frame)
            col.setContentsMargins(22, 18, 22, 18)
            col.setSpacing(12)
            rtl = lang is not None and lang.direction == "rtl"
            if rtl:
                frame.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            for text, role in items:
                if text:
                    col.addWidget(participant_label(text, role, rtl))
            col.addStretch(1)
            row.addWidget(frame, 1)
        return host

    def _both(self, items: Callable[[SurveyTexts], list[tuple[str, str]]]) -> QWidget:
        sv, second = self.languages.get("sv"), self.second()
        parts: list[tuple[SurveyTexts | None, list[tuple[str, str]]]] = []
        if sv is not None:
            parts.append((sv, items(sv)))
        if second is not None:
            parts.append((second, items(second)))
        return self._columns(parts)

    def _intro_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)

        def items(t: SurveyTexts) -> list[tuple[str, str]]:
            out = [(t.word("title"), "name"), (t.word("intro"), "lead")]
            if self.anonymous:
                out.append((t.word("anonymous"), "lead"))
            return out

        lay.addWidget(self._both(items), 1)
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

    def _statement_page(self, index: int, x: StatementInfo) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setSpacing(14)
        total = len(self.statements)
        lay.addWidget(
            participant_label(
                self._words("question_of", "   ·   ", n=index + 1, total=total), "progress"
            )
        )
        second = self.second()
        sv = self.languages.get("sv")
        parts: list[tuple[SurveyTexts | None, list[tuple[str, str]]]] = [
            (sv, [(x.text, "question")])
        ]
        if second is not None and second.statement(x):
            parts.append((second, [(second.statement(x), "question")]))
        lay.addWidget(self._columns(parts), 1)

        group = QButtonGroup(page)
        group.setExclusive(True)
        scale = QGridLayout()
        scale.setSpacing(10)
        rtl = second is not None and second.direction == "rtl"
        for col, value in enumerate(SCALE):
            words = self._words(f"scale_{value}", "\n")
            b = QPushButton(f"{value}\n{words}", objectName=f"value_{index}_{value}")
            b.setProperty("role", "value")
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setAccessibleName(f"{value}: {words}".replace("\n", " / "))
            b.setFont(participant_font(b.font()))
            b.installEventFilter(self)
            group.addButton(b, value)
            # The scale reads in the participant's direction: 1 at the right in Arabic script.
            scale.addWidget(b, 0, len(SCALE) - 1 - col if rtl else col)
        skip_text = self._words("skip")
        skip = QPushButton(skip_text, objectName=f"skip_{index}")
        skip.setProperty("role", "skip")
        skip.setCheckable(True)
        skip.setAutoDefault(False)
        skip.setAccessibleName(skip_text)
        skip.setFont(participant_font(skip.font()))
        skip.installEventFilter(self)
        group.addButton(skip, SKIP)
        scale.addWidget(skip, 1, 0, 1, len(SCALE))
        lay.addLayout(scale)
        if x.key in self._answers:
            v = self._answers[x.key]
            group.button(SKIP if v is None else v).setChecked(True)
        group.idClicked.connect(self._on_chosen)
        self.groups.append(group)
        return page

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(self._both(lambda t: [(t.word("thanks"), "name")]), 1)
        return page

    # -- navigation -----------------------------------------------------------------------
    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def _index(self) -> int | None:
        i = self.page - 1
        return i if 0 <= i < len(self.statements) else None

    def page_texts(self) -> list[tuple[str, str]]:
        """(text id, text) of the participant's words on the page on show, in their
        language: what the speaker button reads."""
        t = self.second() or self.languages.get("sv")
        if t is None:
            return []
        i = self._index()
        if self.page == 0:
            keys = ["title", "intro", *(["anonymous"] if self.anonymous else [])]
            return [(f"survey.{k}", t.word(k)) for k in keys]
        if i is None:
            return [("survey.thanks", t.word("thanks"))]
        x = self.statements[i]
        out = [(f"survey.statements.{x.key}", t.statement(x) or x.text)]
        out += [(f"survey.scale_{v}", f"{v}. {t.word(f'scale_{v}')}") for v in SCALE]
        return [*out, ("survey.skip", t.word("skip"))]

    def _show(self, index: int) -> None:
        turned = self.stack.currentIndex() != index
        self.stack.setCurrentIndex(index)
        if turned:
            self.speaker.page_changed()
        else:
            self.speaker.update()
        last = len(self.statements)  # the last statement's page
        if index == 0:
            key = "start"
        elif index == last:
            key = "finish"
        elif index > last:
            key = ""
        else:
            key = "next"
        text = self._words(key) if key else self.tr("Close")
        self.next_button.setText(text)
        self.next_button.setAccessibleName(text)
        back = self._words("back")
        self.back_button.setText(back)
        self.back_button.setAccessibleName(back)
        self.back_button.setEnabled(0 < index <= last)
        i = self._index()
        self.next_button.setEnabled(i is None or self.statements[i].key in self._answers)
        if i is not None:
            chosen = self.groups[i].checkedButton()
            (chosen or self.groups[i].button(SCALE[0])).setFocus()
        elif index > last:
            self.next_button.setFocus()
        else:
            self.language_combo.setFocus()

    def _on_chosen(self, button_id: int) -> None:
        i = self._index()
        if i is None:
            return
        self._answers[self.statements[i].key] = None if button_id == SKIP else button_id
        self.next_button.setEnabled(True)

    def _on_next(self) -> None:
        i = self._index()
        if i is not None and self.statements[i].key not in self._answers:
            return
        if self.saved:
            self.accept()
            return
        if i is not None and i == len(self.statements) - 1 and not self._send():
            return
        self._show(self.page + 1)

    def _send(self) -> bool:
        """Save the answers (once); a refusal is said and the answers stay."""
        if self._save is not None:
            try:
                self._save(self.values())
            except Exception as exc:  # noqa: BLE001 - a refusal is shown, never a traceback
                QMessageBox.warning(self, self.tr("Not saved"), str(exc))
                return False
        self.saved = True
        return True

    def _on_back(self) -> None:
        if 0 < self.page <= len(self.statements):
            self._show(self.page - 1)

    # -- what ParticipantPages asks ---------------------------------------------------------
    def item_index(self) -> int | None:
        return self._index()

    def scale_order(self) -> list[int]:
        return [*SCALE, SKIP]

    def scale_rtl(self) -> bool:
        second = self.second()
        return second is not None and second.direction == "rtl"

    def digit_choice(self, digit: str) -> int | None:
        if digit == "0":
            return SKIP
        return int(digit) if int(digit) in SCALE else None

    def current_choice(self) -> int | None:
        i = self._index()
        if i is None or self.statements[i].key not in self._answers:
            return None
        v = self._answers[self.statements[i].key]
        return SKIP if v is None else v

    def read_aloud(self) -> None:
        self.speaker.read()

    def answered_unsaved(self) -> bool:
        return bool(self._answers) and not self.saved

    def may_leave(self) -> bool:
        return self.saved or not self.kiosk  # the participant's screen: only the coach leaves

    def stop_question(self) -> tuple[str, str]:
        return self.tr("Stop the survey?"), self.tr("The answers given so far are not saved.")

    # -- result ---------------------------------------------------------------------------
    def values(self) -> Answers:
        """Every statement's answer: 1–5, or None for "Vill inte svara"."""
        return {x.key: self._answers.get(x.key) for x in self.statements}

    def answered(self) -> Mapping[str, int | None]:
        return dict(self._answers)

    def language(self) -> str | None:
        return self.language_combo.currentData() or None
