"""The participant form: big, calm, one factor per page, in the participant's language —
beside Swedish (the coach reads Swedish) or alone, as chosen for the participant.

Driven by keyboard throughout: 1–9 and 0 (= 10) choose a value, ← → move along the scale as
it is drawn (in Arabic and Dari 1 stands at the right, so ← goes up; past 10 to "vill inte
svara"), − chooses "vill inte svara", Enter goes on, Backspace goes back, Ctrl+R reads the
page aloud. The participant-facing words come from the language files (``factor_texts``);
only the coach-facing hints and the coach's own wording go through Qt Linguist.

A right-to-left language turns its own column (side by side) or the whole page (alone)
right to left, and the scale with it; the Swedish column stays left to right.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vagledare.gui.common import text_size
from vagledare.gui.common.fonts import participant_font, participant_label
from vagledare.gui.common.kiosk import LARGER, larger_type
from vagledare.gui.common.participant_pages import SKIP, ParticipantPages
from vagledare.gui.common.read_aloud import SPEAK_STYLE, Speaker, SpeechBackend
from vagledare.gui.common.widgets import fit_to_screen
from vagledare.journal.factor_sets import FactorInfo, FactorSetInfo
from vagledare.journal.factor_texts import FactorText, Language, translated_factors

STYLE = """
AssessmentForm { background: #f6f8fa; }
QLabel { color: #1d2733; }
QLabel[role="progress"] { font-size: 13pt; color: #5b6672; }
QLabel[role="name"] { font-size: 20pt; font-weight: 600; }
QLabel[role="question"] { font-size: 17pt; }
QLabel[role="anchor"] { font-size: 13pt; color: #33404d; }
QLabel[role="scaleAnchor"] { font-size: 12pt; color: #33404d; }
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
SIDE, ALONE = "side", "alone"  # the participant's language beside Swedish, or alone
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _direction(lang: Language | None) -> Qt.LayoutDirection:
    return RTL if lang is not None and lang.direction == "rtl" else LTR


class AssessmentForm(ParticipantPages):
    """Collects one reading; the caller saves it (``values()``, ``language()``, ``comment()``,
    and ``form_layout()`` to remember for the participant)."""

    def __init__(
        self,
        factor_set: FactorSetInfo,
        languages: Sequence[Language],
        *,
        coach: bool = False,
        code: str = "",
        second_language: str | None = None,
        layout: str | None = None,
        initial: Mapping[int, int | None] | None = None,
        comment: str = "",
        speech: SpeechBackend | None = None,
        kiosk: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AssessmentForm")
        self.kiosk = kiosk
        sheet = STYLE + SPEAK_STYLE
        # On the participant's own screen everything is larger but the anchors under the
        # scale: they already fill the height a 768-pixel screen has left.
        kiosk_sheet = larger_type(sheet) + 'QLabel[role="scaleAnchor"] { font-size: 12pt; }\n'
        text_size.set_style_sheet(self, kiosk_sheet if kiosk else sheet)
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
        self.speaker = Speaker(self, self.page_texts, speech)
        self.read_button, self.read_message = self.speaker.button, self.speaker.message
        self.read_button.installEventFilter(self)
        outer.addWidget(self.read_message)
        hint_row = QHBoxLayout()
        self.hint = QLabel(
            self.tr(
                "Keys: 1–9, 0 = 10, ← → move, − = don't want to answer, "
                "Enter = next, Backspace = back, Ctrl+R = read aloud"
            )
        )
        self.hint.setProperty("muted", True)  # coloured by the theme
        self.hint.setWordWrap(True)
        hint_row.addWidget(self.hint, 1)
        # For the coach only: the participant's words are a draft not yet checked with an
        # interpreter. Never part of the participant's own text.
        self.draft_label = QLabel(objectName="draftLabel")
        self.draft_label.setProperty("muted", True)
        self.draft_label.hide()
        hint_row.addWidget(self.draft_label)
        outer.addLayout(hint_row)
        self.nav_host = QWidget(objectName="navHost")
        nav = QHBoxLayout(self.nav_host)
        nav.setContentsMargins(0, 0, 0, 0)
        self.back_button = self._nav_button(self.tr("Back"), "backButton")
        self.next_button = self._nav_button(self.tr("Next"), "nextButton")
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.read_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addWidget(self.nav_host)
        self.back_button.clicked.connect(self._on_back)
        self.next_button.clicked.connect(self._on_next)
        if kiosk:  # the participant's own screen: nothing meant for the coach
            self.hint.hide()

        self.language_combo = QComboBox(objectName="languageCombo")
        self.language_combo.setAccessibleName(self.tr("The participant's language"))
        self.language_combo.addItem(self.tr("Swedish only"), "")
        for lang in languages:
            if lang.code != "sv":
                self.language_combo.addItem(lang.name, lang.code)
        self.language_combo.setFont(participant_font(self.language_combo.font()))
        wanted = second_language if second_language is not None else ("" if coach else "en")
        index = self.language_combo.findData(wanted)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self.layout_combo = QComboBox(objectName="layoutCombo")
        self.layout_combo.setAccessibleName(self.tr("Show the participant's language"))
        self.layout_combo.addItem(self.tr("beside Swedish"), SIDE)
        self.layout_combo.addItem(self.tr("alone"), ALONE)
        self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(layout or SIDE), 0))
        self.layout_combo.currentIndexChanged.connect(self._on_language)
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
        b.setFont(participant_font(b.font()))
        b.installEventFilter(self)
        return b

    def second(self) -> Language | None:
        code = self.language_combo.currentData()
        return self.languages.get(code) if code else None

    def participant_language(self) -> Language | None:
        """The language the participant reads: the chosen one, else Swedish."""
        return self.second() or self.languages.get("sv")

    def alone(self) -> bool:
        """The participant's language alone (never for the coach, who reads Swedish)."""
        return (
            not self.coach
            and self.second() is not None
            and self.layout_combo.currentData() == ALONE
        )

    def shown(self) -> list[Language]:
        """The languages the participant-facing words are shown in, in order."""
        second = self.second()
        if self.alone() and second is not None:
            return [second]
        sv = self.languages.get("sv")
        return [x for x in (sv, second) if x is not None]

    def scale_direction(self) -> Qt.LayoutDirection:
        """The scale runs in the participant's direction (the coach's scale: Swedish)."""
        return LTR if self.coach else _direction(self.second())

    def _words(self, key: str, sep: str, fallback: str = "") -> str:
        texts = [x.form_text(key) for x in self.shown()]
        return sep.join(t for t in texts if t) or fallback

    def _texts(self, lang: Language | None) -> tuple[FactorText, ...] | None:
        if lang is None:
            return None
        return translated_factors(self.factor_set.key, lang.code, self.factor_set.texts)

    def _build_pages(self) -> None:
        current = self.stack.currentIndex()
        # These outlive the pages (they keep what the coach chose and typed).
        for keep in (self.language_combo, self.layout_combo, self.comment_edit):
            keep.setParent(self)
        while self.stack.count():
            w = self.stack.widget(0)
            assert w is not None
            self.stack.removeWidget(w)
            w.setParent(None)  # out of the form at once: findChild sees the new pages only
            w.deleteLater()
        sv = self.languages.get("sv")
        second = self.second()
        second_texts = self._texts(second)
        self.layout_combo.setEnabled(second is not None)
        self.groups: list[QButtonGroup] = []
        self.stack.addWidget(self._intro_page(sv, second))
        for i, f in enumerate(self.factors):
            text_sv = self.factor_set.texts[f.position - 1]
            text_2 = second_texts[f.position - 1] if second_texts else None
            self.stack.addWidget(self._factor_page(i, text_sv, sv, text_2, second))
        self.stack.addWidget(self._summary_page(sv, second, second_texts))
        # Alone in a right-to-left language, the whole page and its buttons turn; side by
        # side, only the participant's column (and the scale) does.
        self.nav_host.setLayoutDirection(_direction(second) if self.alone() else LTR)
        self._update_draft_mark(second)
        reading = self.participant_language()
        self.speaker.set_language(reading if not self.coach else None)
        self._show(max(current, 0))

    def _update_draft_mark(self, second: Language | None) -> None:
        draft = second is not None and not self.kiosk and second.is_draft
        if draft and second is not None:
            self.draft_label.setText(
                self.tr("draft – review with an interpreter (%1)").replace("%1", second.name)
            )
        self.draft_label.setVisible(draft)

    def _columns(self, parts: list[tuple[Language | None, list[tuple[str, str]]]]) -> QWidget:
        """The columns of words, in a frameless scroll area: on a small screen or in large
        text the words scroll instead of being cut off."""
        scroll = QScrollArea(objectName="columnsScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the scale
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        # Never squeezed below the factor's name and two lines of its question by the scale
        # and its anchors (large type on a 768-pixel screen): the rest scrolls.
        grow = LARGER if self.kiosk else 1.0
        name, question = participant_font(), participant_font()
        name.setPointSizeF(text_size.pt(20 * grow))
        question.setPointSizeF(text_size.pt(17 * grow))
        lines = QFontMetrics(name).lineSpacing() + 2 * QFontMetrics(question).lineSpacing()
        scroll.setMinimumHeight(lines + 46)  # the column's margins and spacing
        host = QWidget()
        scroll.setWidget(host)
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        for lang, items in parts:
            frame = QFrame()
            frame.setProperty("role", "column")
            frame.setObjectName(f"column_{lang.code if lang else 'sv'}")
            frame.setLayoutDirection(_direction(lang))
            col = QVBoxLayout(frame)
            col.setContentsMargins(22, 18, 22, 18)
            col.setSpacing(10)
            rtl = lang is not None and lang.direction == "rtl"
            for text, role in items:
                if text:
                    col.addWidget(participant_label(text, role, rtl))
            col.addStretch(1)
            row.addWidget(frame, 1)
        return scroll

    def _page(self) -> QWidget:
        page = QWidget()
        if self.alone():
            page.setLayoutDirection(_direction(self.second()))
        return page

    def _intro_page(self, sv: Language | None, second: Language | None) -> QWidget:
        page = self._page()
        lay = QVBoxLayout(page)
        if self.coach:  # the coach's own view: coach wording, never the participant's welcome
            parts = [
                (
                    sv,
                    [
                        (self.tr("The coach's view"), "name"),
                        (sv.form_text("coach_intro") if sv else "", "lead"),
                    ],
                )
            ]
            if second is not None:
                parts.append((second, [(second.form_text("coach_intro"), "lead")]))
        else:
            parts = [
                (x, [(x.form_text("welcome"), "name"), (x.form_text("intro"), "lead")])
                for x in self.shown()
            ]
        lay.addWidget(self._columns(parts), 1)
        pick_host = QWidget()
        pick_host.setLayoutDirection(LTR)  # the coach's controls, in Swedish
        pick = QHBoxLayout(pick_host)
        pick.setContentsMargins(0, 0, 0, 0)
        lab = QLabel(self.tr("The participant's &language:"))
        lab.setBuddy(self.language_combo)
        text_size.set_style_sheet(lab, "font-size: 13pt;")
        self.language_combo.setMinimumHeight(40)
        self.layout_combo.setMinimumHeight(40)
        pick.addWidget(lab)
        pick.addWidget(self.language_combo)
        pick.addWidget(self.layout_combo)
        self.language_combo.show()
        self.layout_combo.setVisible(not self.coach)
        pick.addStretch(1)
        lay.addWidget(pick_host)
        return page

    def _factor_page(
        self,
        index: int,
        sv_text: FactorText,
        sv: Language | None,
        text_2: FactorText | None,
        second: Language | None,
    ) -> QWidget:
        page = self._page()
        lay = QVBoxLayout(page)
        lay.setSpacing(14)
        total = len(self.factors)
        progress = "   ·   ".join(
            x.form_text("question_of", n=index + 1, total=total) for x in self.shown()
        )
        lay.addWidget(participant_label(progress, "progress"))
        # The participant's own anchors stand under their numbers on the scale; the
        # Swedish column keeps its list for the coach.
        under_scale = not self.coach and text_2 is not None and second is not None

        def items(t: FactorText, anchored: bool = True) -> list[tuple[str, str]]:
            question = t.coach_question if self.coach else t.question
            anchors = t.coach_anchors if self.coach else t.anchors
            out = [(t.name, "name"), (question, "question")]
            if anchored:
                out += [(f"{v}  –  {a}", "anchor") for v, a in anchors]
            return out

        parts: list[tuple[Language | None, list[tuple[str, str]]]] = []
        if not self.alone():
            parts.append((sv, items(sv_text)))
        if text_2 is not None and second is not None:
            parts.append((second, items(text_2, anchored=not under_scale)))
        lay.addWidget(self._columns(parts), 1)

        group = QButtonGroup(page)
        group.setExclusive(True)
        scale_host = QWidget(objectName=f"scale_{index}")
        scale_host.setLayoutDirection(self.scale_direction())  # 1 at the right in Arabic
        scale = QGridLayout(scale_host)
        scale.setContentsMargins(0, 0, 0, 0)
        scale.setSpacing(8)
        values = list(self.factor_set.scale)
        for col, value in enumerate(values):
            b = QPushButton(str(value), objectName=f"value_{index}_{value}")
            b.setProperty("role", "value")
            b.setCheckable(True)
            b.setAutoDefault(False)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setAccessibleName(f"{value}: {sv_text.anchor(value, self.coach)}".rstrip(": "))
            b.installEventFilter(self)
            group.addButton(b, value)
            scale.addWidget(b, 0, col)
            scale.setColumnStretch(col, 1)  # every number as wide as the next
        if under_scale and text_2 is not None:
            self._anchors_under(scale, index, values, text_2, second)
        skip_text = self._words("skip", "  /  ", "Vill inte svara")
        skip = QPushButton(skip_text, objectName=f"skip_{index}")
        skip.setProperty("role", "skip")
        skip.setCheckable(True)
        skip.setAutoDefault(False)
        skip.setFont(participant_font(skip.font()))
        skip.setAccessibleName(skip_text)
        skip.installEventFilter(self)
        group.addButton(skip, SKIP)
        scale.addWidget(skip, 2, 0, 1, len(values))
        lay.addWidget(scale_host)
        if index in self._chosen:
            group.button(self._chosen[index]).setChecked(True)
        group.idClicked.connect(self._on_chosen)
        self.groups.append(group)
        return page

    def _anchors_under(
        self,
        scale: QGridLayout,
        index: int,
        values: list[int],
        text: FactorText,
        lang: Language | None,
    ) -> None:
        """Each anchor under its number, spanning halfway to its neighbours; the grid
        mirrors with the scale, so the words stay under their numbers right to left too."""
        anchored = [(values.index(v), v, a) for v, a in text.anchors if v in values]
        rtl = lang is not None and lang.direction == "rtl"
        for i, (col, value, words) in enumerate(anchored):
            first = 0 if i == 0 else (anchored[i - 1][0] + col) // 2 + 1
            last = len(values) - 1 if i == len(anchored) - 1 else (col + anchored[i + 1][0]) // 2
            lab = participant_label(words, "scaleAnchor", rtl)
            lab.setObjectName(f"scaleAnchor_{index}_{value}")
            # The words wrap inside their span; they never make one number wider.
            lab.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            lab.setMinimumWidth(0)
            # Leading and trailing follow the layout direction (AlignLeft is mirrored in a
            # right-to-left layout unless made absolute).
            edge = (
                Qt.AlignmentFlag.AlignLeft
                if i == 0
                else Qt.AlignmentFlag.AlignRight
                if i == len(anchored) - 1
                else Qt.AlignmentFlag.AlignHCenter
            )
            lab.setAlignment(edge | Qt.AlignmentFlag.AlignTop)
            scale.addWidget(lab, 1, first, 1, last - first + 1)

    def _summary_page(
        self,
        sv: Language | None,
        second: Language | None,
        second_texts: tuple[FactorText, ...] | None,
    ) -> QWidget:
        page = self._page()
        lay = QVBoxLayout(page)
        lay.addWidget(participant_label(self._words("summary", "  /  "), "name", self._rtl_text()))
        self.summary_grid = QGridLayout()
        self.summary_grid.setHorizontalSpacing(24)
        lay.addLayout(self.summary_grid)
        self._summary_names = []
        for f in self.factors:
            names = [] if self.alone() else [f.name]
            if second_texts is not None:
                names.append(second_texts[f.position - 1].name)
            self._summary_names.append("  /  ".join(names))
        lay.addStretch(1)
        if self.coach:  # the coach's own view: no "now you and your coach talk"
            thanks = self.tr("Check the values and save. The participant does not see them here.")
        else:
            thanks = self._words("thanks", "\n")
        lay.addWidget(participant_label(thanks, "lead", self._rtl_text()))
        comment_host = QWidget()
        comment_host.setLayoutDirection(LTR)  # the coach's own field, in Swedish
        box = QVBoxLayout(comment_host)
        box.setContentsMargins(0, 0, 0, 0)
        lab = QLabel(self.tr("Co&mment (coach, optional):"))
        lab.setBuddy(self.comment_edit)
        box.addWidget(lab)
        box.addWidget(self.comment_edit)
        box.addWidget(self.comment_error)
        self.comment_edit.show()
        comment_host.setVisible(not self.kiosk)  # the participant's own screen: no comment
        lay.addWidget(comment_host)
        return page

    def _rtl_text(self) -> bool:
        return self.alone() and _direction(self.second()) == RTL

    def _fill_summary(self) -> None:
        while self.summary_grid.count():
            item = self.summary_grid.takeAt(0)
            if item and item.widget():
                item.widget().deleteLater()
        rtl = self._rtl_text()
        for row, (f, name) in enumerate(zip(self.factors, self._summary_names, strict=True)):
            v = self._answers.get(f.position)
            shown = self._words("skip", " / ", "–") if v is None else str(v)
            self.summary_grid.addWidget(participant_label(name, "anchor", rtl), row, 0)
            value = participant_label(shown, "question", rtl)
            value.setObjectName(f"summary_{f.position}")
            self.summary_grid.addWidget(value, row, 1)

    # -- reading aloud --------------------------------------------------------------------
    def page_texts(self, index: int | None = None) -> list[tuple[str, str]]:
        """(text id, text) of the participant's words on a page, in the participant's
        language: what the speaker button reads."""
        lang = self.participant_language()
        if lang is None:
            return []
        index = self.page if index is None else index
        last = self.stack.count() - 1
        if index == 0:
            return [
                ("form.welcome", lang.form_text("welcome")),
                ("form.intro", lang.form_text("intro")),
            ]
        if index == last:
            return [
                ("form.summary", lang.form_text("summary")),
                ("form.thanks", lang.form_text("thanks")),
            ]
        f = self.factors[index - 1]
        texts = self._texts(lang) or self.factor_set.texts
        t = texts[f.position - 1]
        out = [(f"factor.{f.position}.name", t.name), (f"factor.{f.position}.question", t.question)]
        out += [(f"factor.{f.position}.anchor.{v}", f"{v}. {a}") for v, a in t.anchors]
        return out

    def read_aloud(self) -> bool:
        """Read the page's participant texts aloud (or say why not); True when it plays."""
        return self.speaker.read()

    # -- navigation -----------------------------------------------------------------------
    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    def _factor_index(self) -> int | None:
        i = self.page - 1
        return i if 0 <= i < len(self.factors) else None

    def _show(self, index: int) -> None:
        turned = self.stack.currentIndex() != index
        self.stack.setCurrentIndex(index)
        last = self.stack.count() - 1
        self.back_button.setEnabled(index > 0)
        if index == 0:
            key, fallback = "start", self.tr("Start")
        elif index == last:
            key, fallback = "finish", self.tr("Save")
            self._fill_summary()
        else:
            key, fallback = "next", self.tr("Next")
        text = self._words(key, " / ", fallback)
        self.next_button.setText(text)
        self.next_button.setAccessibleName(text)
        back = self._words("back", " / ", self.tr("Back"))
        self.back_button.setText(back)
        self.back_button.setAccessibleName(back)
        if turned:
            self.speaker.page_changed()
        else:
            self.speaker.update()
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

    # -- what ParticipantPages asks ---------------------------------------------------------
    def item_index(self) -> int | None:
        return self._factor_index()

    def scale_order(self) -> list[int]:
        return [*self.factor_set.scale, SKIP]

    def scale_rtl(self) -> bool:
        return self.scale_direction() == RTL

    def digit_choice(self, digit: str) -> int | None:
        value = 10 if digit == "0" else int(digit)
        return value if value in self.factor_set.scale else None

    def current_choice(self) -> int | None:
        i = self._factor_index()
        return None if i is None else self._chosen.get(i)

    def answered_unsaved(self) -> bool:
        return bool(self._answers)

    def stop_question(self) -> tuple[str, str]:
        return self.tr("Stop the reading?"), self.tr("The answers given so far are not saved.")

    # -- result ---------------------------------------------------------------------------
    def values(self) -> dict[int, int | None]:
        return {f.position: self._answers.get(f.position) for f in self.factors}

    def language(self) -> str | None:
        return self.language_combo.currentData() or None

    def form_layout(self) -> str:
        """``side`` (beside Swedish) or ``alone``: remembered for the participant."""
        return ALONE if self.alone() else SIDE

    def comment(self) -> str:
        return self.comment_edit.text().strip()
