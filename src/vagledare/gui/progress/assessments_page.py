"""The progression page: who is due, one participant's readings, the participant's answers
beside the coach's, the charts, and the take-home PDF."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vagledare.app.desk import Desk
from vagledare.gui.common import text_size
from vagledare.gui.common.kiosk import KioskWindow, coach_code_verifier
from vagledare.gui.common.widgets import size_to_contents
from vagledare.gui.progress.assessment_form import AssessmentForm
from vagledare.gui.progress.assessment_models import (
    ROW_ROLE,
    DueColumn,
    DueModel,
    ReadingModel,
    SideBySideModel,
)
from vagledare.gui.progress.progress_chart import ProgressChart
from vagledare.gui.progress.survey_form import SurveyForm
from vagledare.journal import assessments as A
from vagledare.journal.errors import ValidationError
from vagledare.journal.factor_texts import available_languages, load_language, translated_factors
from vagledare.journal.models import FormLayout, Respondent
from vagledare.journal.participants import (
    ParticipantInfo,
    clean_code,
    find_participant,
    form_choice,
    set_form_choice,
)
from vagledare.journal.progress import Progress, participant_readings


def _table(name: str, accessible: str) -> QTableView:
    view = QTableView(objectName=name, tabKeyNavigation=False)  # arrows move, Tab leaves
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    size_to_contents(view.horizontalHeader())
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


class AssessmentsPage(QWidget):
    help_topic = "progress"

    changed = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.participant: ParticipantInfo | None = None
        self.progress: Progress | None = None
        self.form: AssessmentForm | None = None  # the open form (tests drive it)
        self.kiosk: KioskWindow | None = None  # the participant's own screen, while open
        self._pending: tuple[Respondent, A.Reading | None] = (Respondent.PARTICIPANT, None)
        self.due_model, self.reading_model = DueModel(), ReadingModel()
        self.pair_model = SideBySideModel()

        # Built in place, each container in its parent before its contents: a widget tree
        # moved into another parent is re-styled whole (the window's style sheet, #22).
        outer = QHBoxLayout(self)
        host = QWidget(self)
        outer.addWidget(host)
        left = QVBoxLayout(host)
        code_row = QHBoxLayout()
        code_label = QLabel(self.tr("Participant &code:"))
        self.code_edit = QLineEdit(objectName="codeEdit")
        self.code_edit.setAccessibleName(self.tr("Participant code"))
        self.code_edit.setMinimumHeight(36)
        code_label.setBuddy(self.code_edit)
        self.open_button = QPushButton(self.tr("&Open"), objectName="openButton")
        self.open_button.setAccessibleName(self.tr("Open the participant code"))
        self.open_button.setMinimumHeight(36)
        for w in (code_label, self.code_edit, self.open_button):
            code_row.addWidget(w)
        left.addLayout(code_row)
        self.due_label = QLabel(objectName="dueLabel")
        self.due_label.setWordWrap(True)
        left.addWidget(self.due_label)
        self.due_view = _table("dueView", self.tr("Participants due for a reading"))
        self.due_view.setModel(self.due_model)
        for column in (DueColumn.LAST, DueColumn.COACH):  # in the row's tooltip instead
            self.due_view.setColumnHidden(column, True)
        left.addWidget(self.due_view, 1)
        # 330 px, or more with larger text: the code row and the due list stay readable.
        host.setFixedWidth(max(330, self.fontMetrics().averageCharWidth() * 32))

        right = QVBoxLayout()
        self.heading = QLabel(
            self.tr("Open a participant code or pick one who is due."), objectName="progressHeading"
        )
        text_size.set_style_sheet(self.heading, "font-size: 14pt; font-weight: 600;")
        right.addWidget(self.heading)
        buttons = QGridLayout()
        self.new_button = self._button(self.tr("&New reading with the participant…"), "newButton")
        self.coach_button = self._button(self.tr("Coach's o&wn view…"), "coachButton")
        self.correct_button = self._button(self.tr("Correct tod&ay's reading…"), "correctButton")
        self.delete_button = self._button(self.tr("&Delete…"), "deleteButton")
        self.kiosk_button = self._button(self.tr("The participant's own &screen…"), "kioskButton")
        self.kiosk_button.setToolTip(
            self.tr(
                "The form full screen for the participant to answer alone; only your PIN leaves it."
            )
        )
        self.pdf_button = self._button(self.tr("Ta&ke-home PDF…"), "pdfButton")
        self.survey_button = self._button(self.tr("E&xperience survey…"), "surveyButton")
        self.survey_form: SurveyForm | None = None  # the open survey (tests drive it)
        # Two rows: in one the seven are wider than the window's usual 1 200 px (which then
        # scrolls sideways on every page); the order, and so the focus order, is unchanged.
        for i, b in enumerate(
            (
                self.new_button,
                self.kiosk_button,
                self.coach_button,
                self.correct_button,
                self.delete_button,
                self.pdf_button,
                self.survey_button,
            )
        ):
            buttons.addWidget(b, i // 4, i % 4)
        buttons.setColumnStretch(4, 1)
        right.addLayout(buttons)
        self.reading_view = _table("readingView", self.tr("Readings of the participant"))
        self.reading_view.setModel(self.reading_model)
        self.reading_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.reading_view.setMaximumHeight(170)
        right.addWidget(self.reading_view)
        pair_box = QVBoxLayout()
        pair_box.setContentsMargins(0, 0, 0, 0)
        self.pair_label = QLabel(objectName="pairLabel")
        self.pair_label.setWordWrap(True)
        pair_box.addWidget(self.pair_label)
        self.pair_view = _table("pairView", self.tr("The participant's answers beside the coach's"))
        self.pair_view.setModel(self.pair_model)
        self.pair_view.horizontalHeader().setStretchLastSection(False)
        self.pair_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        pair_box.addWidget(self.pair_view, 1)
        pair_host = QWidget()
        pair_host.setLayout(pair_box)
        pair_host.setFixedWidth(360)
        self.chart = ProgressChart(beside=pair_host)
        right.addWidget(self.chart, 1)
        outer.addLayout(right, 1)

        self.open_button.clicked.connect(self._on_open)
        self.code_edit.returnPressed.connect(self._on_open)
        # One click or Enter opens a participant who is due (activated alone wants a
        # double click on most desktops).
        self.due_view.clicked.connect(self._on_due_activated)
        self.due_view.activated.connect(self._on_due_activated)
        self.new_button.clicked.connect(self._on_new)
        self.kiosk_button.clicked.connect(self._on_kiosk)
        self.coach_button.clicked.connect(self._on_coach)
        self.correct_button.clicked.connect(self._on_correct)
        self.delete_button.clicked.connect(self._on_delete)
        self.pdf_button.clicked.connect(self._on_pdf)
        self.survey_button.clicked.connect(self._on_survey)
        self.reading_view.selectionModel().selectionChanged.connect(self._on_selection)
        self.refresh()

    def _button(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text, objectName=name)
        b.setAccessibleName(text.replace("&", "").rstrip("…"))
        b.setMinimumHeight(40)
        b.setAutoDefault(False)
        return b

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        months, due = self.desk.journal.read(A.due_at, date.today(), [self.desk.site.id])
        self.due_label.setText(
            self.tr("Due or overdue at %1 (a reading every %n month(s)):", "", months).replace(
                "%1", self.desk.site.name
            )
        )
        self.due_model.set_rows(due)
        self.load_participant()

    def open_code(self, code: str) -> bool:
        try:
            found = self.desk.journal.read(find_participant, clean_code(code))
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not found"), str(exc))
            return False
        if found is None:
            text = self.tr("%1 is not in the participant register.").replace("%1", code)
            QMessageBox.warning(self, self.tr("Not found"), text)
            return False
        self.participant = found
        self.load_participant()
        return True

    def load_participant(self) -> None:
        p = self.participant
        enabled = p is not None
        for b in (self.new_button, self.kiosk_button, self.coach_button, self.pdf_button):
            b.setEnabled(enabled)
        if p is None:  # nobody open (or the open code was erased or anonymised)
            self.progress = None
            self.heading.setText(self.tr("Open a participant code or pick one who is due."))
            self.reading_model.set_rows([])
            self.pair_model.set_pair(None, None)
            self.pair_label.setText("")
            self.chart.set_progress(None)
            self._update_reading_buttons()
            return
        page = self.desk.journal.write(participant_readings, p.id)
        self.progress, readings, pair = page.progress, page.readings, page.pair
        fs = self.progress.factor_set
        due = self.progress.next_due
        self.heading.setText(
            self.tr("%1 · next reading %2")
            .replace("%1", p.code)
            .replace("%2", due.isoformat() if due else self.tr("any time"))
        )
        self.reading_model.set_factor_set(fs)
        self.reading_model.set_rows(readings)
        self.pair_model.set_pair(pair, fs)
        self.pair_label.setText(
            self.tr("Latest reading: the participant's answers beside the coach's own view.")
            if pair
            else self.tr(
                "The coach's own view is shown here beside the participant's answers once "
                "both have been entered for the same round."
            )
        )
        self.pdf_button.setEnabled(bool(self.progress.readings))
        self.chart.set_progress(self.progress, self.chosen_ids())
        self._update_reading_buttons()

    def chosen_ids(self) -> list[uuid.UUID]:
        rows = sorted(i.row() for i in self.reading_view.selectionModel().selectedRows())
        chosen = [self.reading_model.row_value(r) for r in rows]
        return [r.id for r in chosen if not r.deleted][:3]

    def selected(self) -> A.Reading | None:
        rows = self.reading_view.selectionModel().selectedRows()
        return self.reading_model.row_value(rows[0].row()) if rows else None

    def to_correct(self) -> A.Reading | None:
        """The reading "Correct today's reading" acts on: the chosen one if it was recorded
        today, else — nothing chosen — the only reading recorded today."""
        today = date.today()
        chosen = self.selected()
        if chosen is not None:
            return chosen if not chosen.deleted and chosen.recorded_on == today else None
        todays = [r for r in self.reading_model.rows if not r.deleted and r.recorded_on == today]
        return todays[0] if len(todays) == 1 else None

    def _update_reading_buttons(self) -> None:
        """Correct and Delete are enabled only when they can act on a reading."""
        opened = self.participant is not None
        chosen = self.selected()
        self.correct_button.setEnabled(opened and self.to_correct() is not None)
        self.delete_button.setEnabled(opened and chosen is not None and not chosen.deleted)
        self.correct_button.setToolTip(
            ""
            if self.correct_button.isEnabled()
            else self.tr("Only a reading recorded today can be corrected; choose it in the list.")
        )
        self.delete_button.setToolTip(
            "" if self.delete_button.isEnabled() else self.tr("Choose a reading in the list.")
        )

    # -- slots ----------------------------------------------------------------------------
    def _on_open(self) -> None:
        self.open_code(self.code_edit.text())

    def _on_due_activated(self, index: object) -> None:
        due = self.due_model.data(index, ROW_ROLE)  # type: ignore[arg-type]
        if due is not None:
            self.open_code(due.code)

    def _on_selection(self) -> None:
        self.chart.set_progress(self.progress, self.chosen_ids())
        self._update_reading_buttons()

    def _on_new(self) -> None:
        self.take_reading(Respondent.PARTICIPANT)

    def _on_coach(self) -> None:
        self.take_reading(Respondent.COACH)

    def take_reading(
        self,
        respondent: Respondent,
        *,
        correct: A.Reading | None = None,
        run: bool = True,
        kiosk: bool = False,
    ) -> AssessmentForm | None:
        """Open the form for today's reading (a second one today corrects the first), or to
        correct the reading given. The participant's form comes in the language and layout
        remembered for them (else the language of their last reading, beside Swedish)."""
        if self.participant is None:
            return None
        today = date.today()
        reading, fs = self.desk.journal.write(
            A.reading_to_edit,
            self.participant.id,
            respondent,
            today,
            self.desk.staff.id,
            correct=correct.id if correct else None,
        )
        coach = respondent is Respondent.COACH
        choice = self.desk.journal.read(form_choice, self.participant.id)
        last_language = (
            next((r.language for r in reversed(self.progress.readings) if r.language), None)
            if self.progress
            else None
        )
        # Remembered for the participant (None: Swedish only), else their last reading's.
        remembered = (choice.language or "") if choice.layout is not None else last_language
        if reading is not None:
            second = reading.language or ("" if choice.layout is not None else None)
        else:
            second = None if coach else remembered
        form = AssessmentForm(
            fs,
            available_languages(fs.key),
            coach=coach,
            code=self.participant.code,
            second_language=second,
            layout=None if coach or choice.layout is None else choice.layout.value,
            initial=dict(reading.values) if reading else None,
            comment=reading.comment or "" if reading else "",
            kiosk=kiosk,
            parent=None if kiosk else self,
        )
        self.form = form
        self._pending = (respondent, reading)
        form.accepted.connect(self._on_form_accepted)
        if run:
            form.open()
        return form

    def _on_form_accepted(self) -> None:
        form, (respondent, reading) = self.form, self._pending
        assert form is not None and self.participant is not None
        try:
            if reading is None:
                self.desk.journal.write(
                    A.record_reading,
                    self.participant.id,
                    respondent,
                    date.today(),
                    form.values(),
                    self.desk.staff.id,
                    comment=form.comment(),
                    language=form.language(),
                )
            else:
                self.desk.journal.write(
                    A.correct_reading,
                    reading.id,
                    form.values(),
                    self.desk.staff.id,
                    comment=form.comment(),
                )
            if respondent is Respondent.PARTICIPANT:  # the way they answered, for next time
                self.desk.journal.write(
                    set_form_choice,
                    self.participant.id,
                    form.language(),
                    FormLayout(form.form_layout()),
                )
        except ValidationError as exc:
            if self.kiosk is not None:  # the form stays on the participant's screen
                form.show()
            QMessageBox.warning(self.kiosk or self, self.tr("Not saved"), str(exc))
            return
        if self.kiosk is not None:
            lang = form.participant_language()
            self.kiosk.show_handover(
                lang.form_text("handover") if lang else "",
                lang is not None and lang.direction == "rtl",
            )
        self.refresh()
        self.changed.emit()

    def _on_survey(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Experience survey"))
        anonymous = box.addButton(self.tr("&Anonymous"), QMessageBox.ButtonRole.AcceptRole)
        with_code = None
        if self.participant is not None:
            box.setText(
                self.tr("Should the answers be anonymous, or tied to the code %1?").replace(
                    "%1", self.participant.code
                )
            )
            with_code = box.addButton(
                self.tr("&Tied to %1").replace("%1", self.participant.code),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            box.setText(self.tr("The answers are saved without a code."))
        own_screen = QCheckBox(self.tr("On the participant's own &screen (left with your PIN)"))
        own_screen.setAccessibleName(self.tr("On the participant's own screen"))
        box.setCheckBox(own_screen)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(anonymous)
        box.exec()
        if box.clickedButton() not in (anonymous, with_code):
            return
        tied = with_code is not None and box.clickedButton() is with_code
        if own_screen.isChecked():
            self.start_kiosk(survey=True, tied=tied)
        else:
            self.start_survey(tied=tied)

    def start_survey(
        self, *, tied: bool = False, run: bool = True, kiosk: bool = False
    ) -> SurveyForm:
        """Open the experience survey, anonymous by default or tied to the open code; the
        form saves the answers itself (one transaction) when the participant sends them."""

        from vagledare.journal import survey

        person = self.participant if tied else None
        statements = self.desk.journal.read(survey.list_statements)
        last_language = (
            next((r.language for r in reversed(self.progress.readings) if r.language), None)
            if self.progress and person is not None
            else None
        )

        def save(answers: dict[str, int | None]) -> None:
            self.desk.journal.write(
                partial(
                    survey.record_response,
                    site_id=self.desk.site.id,
                    answers=answers,
                    participant_id=person.id if person else None,
                )
            )

        form = SurveyForm(
            statements,
            survey.survey_languages(),
            code=person.code if person else "",
            second_language=last_language,
            save=save,
            kiosk=kiosk,
            parent=None if kiosk else self,
        )
        self.survey_form = form
        if run:
            form.open()
        return form

    # -- the participant's own screen -----------------------------------------------------
    def _on_kiosk(self) -> None:
        self.start_kiosk()

    def kiosk_verifier(self, temporary_code: str | None = None) -> Callable[[str], bool] | None:
        """The coach's code for leaving the participant's screen (see ``coach_code_verifier``)."""
        return coach_code_verifier(self.desk.journal, self.desk.staff.id, temporary_code)

    def start_kiosk(
        self,
        *,
        temporary_code: str | None = None,
        run: bool = True,
        survey: bool = False,
        tied: bool = False,
    ) -> KioskWindow | None:
        """The participant's form (or, with ``survey``, the experience survey) on a full
        screen of its own. A desk without PIN accounts asks the coach for a temporary code
        first."""
        if self.participant is None and not (survey and not tied):
            return None
        try:
            verify = self.kiosk_verifier(temporary_code)
            if verify is None:
                code, ok = QInputDialog.getText(
                    self,
                    self.tr("The participant's own screen"),
                    self.tr(
                        "This desk has no PIN. Choose a temporary code (at least 4 characters) "
                        "that you type to leave the participant's screen:"
                    ),
                    QLineEdit.EchoMode.Password,
                )
                if not ok:
                    return None
                verify = self.kiosk_verifier(code)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("The participant's own screen"), str(exc))
            return None
        content: QWidget | None
        if survey:
            content = self.start_survey(tied=tied, run=False, kiosk=True)
            content.accepted.connect(partial(self._survey_done_in_kiosk, content))
        else:
            content = self.take_reading(Respondent.PARTICIPANT, run=False, kiosk=True)
        assert content is not None and verify is not None
        kiosk = KioskWindow(content, verify, title=self.tr("Vägledare – the participant's screen"))
        kiosk.left.connect(self._on_kiosk_left)
        self.kiosk = kiosk
        if run:
            kiosk.start()
        return kiosk

    def _survey_done_in_kiosk(self, form: SurveyForm) -> None:
        """The participant has sent the survey: the screen says to give the computer back."""
        if self.kiosk is None:
            return
        code = form.language() or "sv"
        lang = load_language(code) or load_language("sv")
        self.kiosk.show_handover(
            lang.form_text("handover") if lang else "", lang is not None and lang.direction == "rtl"
        )

    def _on_kiosk_left(self) -> None:
        kiosk, self.kiosk = self.kiosk, None
        if kiosk is not None:
            kiosk.deleteLater()
        self.refresh()

    def _on_correct(self) -> None:
        r = self.to_correct() or self.selected()
        if r is None or r.deleted:
            return
        if r.recorded_on != date.today():
            QMessageBox.information(
                self,
                self.tr("Cannot be corrected"),
                self.tr(
                    "A reading can only be corrected on the day it was recorded. "
                    "Delete it with a reason and record a new one."
                ),
            )
            return
        self.take_reading(r.respondent, correct=r)

    def _on_delete(self) -> None:
        r = self.selected()
        if r is None or r.deleted:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Delete reading"),
            self.tr(
                "Why is the reading of %1 deleted? (kept in the journal, counted nowhere)"
            ).replace("%1", r.taken_on.isoformat()),
        )
        if not ok:
            return
        try:
            self.desk.journal.write(A.delete_reading, r.id, reason, self.desk.staff.id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return
        self.refresh()
        self.changed.emit()

    def _on_pdf(self) -> None:
        if self.progress is None or not self.progress.readings:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save take-home PDF"),
            str(Path.home() / f"progression-{self.progress.code}.pdf"),
            self.tr("PDF (*.pdf)"),
        )
        if chosen:
            self.save_pdf(Path(chosen))

    def save_pdf(self, path: Path) -> Path | None:
        """The PDF in the language of the participant's latest form (Swedish otherwise)."""
        from vagledare.reports.door import export_card

        assert self.progress is not None
        fs = self.progress.factor_set
        code = next((r.language for r in reversed(self.progress.readings) if r.language), "sv")
        language = load_language(code) or load_language("sv")
        texts = translated_factors(fs.key, code, fs.texts) or fs.texts
        assert language is not None
        try:
            export_card(
                self.desk.journal,
                path,
                self.progress,
                language,
                texts,
                self.desk.staff.id,
                self.chosen_ids(),
            )
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.strerror or str(exc))
            return None
        return path
