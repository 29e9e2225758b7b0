"""The participant form in the participant's own language: right to left, side by side or
alone (remembered per participant), the draft mark for the coach, the coach's own wording,
reading aloud, and the participant's own screen that only the coach's PIN leaves."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QWidget

from vagledare.app.desk import Desk
from vagledare.gui.common import read_aloud
from vagledare.gui.progress.assessment_form import AssessmentForm
from vagledare.gui.progress.assessments_page import AssessmentsPage
from vagledare.journal import assessments as A
from vagledare.journal import cases, participants
from vagledare.journal.factor_texts import RESOURCES, user_texts_dir
from vagledare.journal.models import FormLayout, Gender, Respondent, Route

ARABIC_FORM = {
    "welcome": "مرحبا!",
    "intro": "ستجيب على بعض الأسئلة عن نفسك.",
    "question_of": "السؤال {n} من {total}",
    "skip": "لا أريد أن أجيب",
    "start": "ابدأ",
    "next": "التالي",
    "back": "رجوع",
    "finish": "حفظ",
    "summary": "إجاباتك",
    "thanks": "شكرا! الآن تتحدث أنت ومرشدك عن الإجابات.",
    "read_aloud": "اقرأ بصوت عال",
    "read_aloud_unavailable": "لا يمكن قراءة النص بصوت عال بهذه اللغة على هذا الكمبيوتر.",
    "handover": "انتهيت! أعط الكمبيوتر لمرشدك.",
}


def write_pack(
    code: str = "ar",
    *,
    direction: str = "rtl",
    status: str = "utkast",
    audio: dict[str, str] | None = None,
) -> Path:
    """A minimal language pack in the user-data folder (each test has its own): English's
    files with Arabic words for the form and factor 1."""
    base = user_texts_dir()
    (base / "languages").mkdir(parents=True, exist_ok=True)
    (base / "factors" / "bip-1").mkdir(parents=True, exist_ok=True)
    pack = json.loads((RESOURCES / "languages" / "en.json").read_text("utf-8"))
    pack.update(language=code, name="العربية", direction=direction)
    pack["translation"] = {"translator": "test", "status": status, "date": "2026-12-06"}
    pack["form"].update(ARABIC_FORM)
    if audio is not None:
        pack["audio"] = audio
    (base / "languages" / f"{code}.json").write_text(json.dumps(pack), "utf-8")
    factors = json.loads((RESOURCES / "factors" / "bip-1" / "en.json").read_text("utf-8"))
    factors["language"] = code
    factors["factors"][0].update(
        name="سلوك البحث عن عمل",
        question="فكر في الأسبوعين الماضيين. ماذا فعلت للحصول على عمل؟",
        anchors={
            "1": "لم أبحث عن عمل.",
            "4": "قرأت بعض الإعلانات.",
            "7": "تقدمت لوظيفة.",
            "10": "تقدمت كل أسبوع.",
        },
    )
    (base / "factors" / "bip-1" / f"{code}.json").write_text(json.dumps(factors), "utf-8")
    return base / "languages"


@dataclass
class FakeSpeech:
    """A speech engine with the voices named (language codes); records what it played."""

    voices: set[str] = field(default_factory=set)
    played: list[tuple[str, list[read_aloud.Clip]]] = field(default_factory=list)

    def has_voice(self, code: str) -> bool:
        return code in self.voices

    def play(self, clips, code: str) -> None:  # noqa: ANN001
        self.played.append((code, list(clips)))

    def stop(self) -> None:
        return None


@pytest.fixture(autouse=True)
def no_real_speech() -> None:
    """No test here starts the platform's speech engine."""
    read_aloud.set_default_backend(FakeSpeech())
    yield
    read_aloud.set_default_backend(None)


@pytest.fixture
def page(desk: Desk, qtbot) -> AssessmentsPage:  # noqa: ANN001
    write_pack()
    with desk.journal.session() as s:
        cases.open_case(
            s,
            site_id=desk.site.id,
            route=Route.REFERRED,
            start=date(2023, 1, 2),
            gender=Gender.WOMAN,
            age_band="25-34",
            author_id=desk.staff.id,
            code="FRÖ-7",
        )
    p = AssessmentsPage(desk)
    qtbot.addWidget(p)
    assert p.open_code("FRÖ-7")
    return p


def shown(qtbot, form: AssessmentForm) -> AssessmentForm:  # noqa: ANN001
    form.resize(1100, 760)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()  # its shortcuts, not an earlier window's
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form


def press(qtbot, form: AssessmentForm, key) -> None:  # noqa: ANN001
    qtbot.keyClick(form.focusWidget() or form, key)


def x_of(widget: QWidget) -> int:
    QApplication.processEvents()  # a changed layout direction is laid out on the next turn
    return widget.mapToGlobal(QPoint(0, 0)).x()


def column(form: AssessmentForm, code: str) -> QFrame:
    return form.stack.currentWidget().findChild(QFrame, f"column_{code}")


def labels(form: AssessmentForm) -> list[str]:
    return [w.text() for w in form.stack.currentWidget().findChildren(QLabel) if w.text()]


def test_arabic_beside_swedish_runs_right_to_left_in_its_own_column(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    form = shown(qtbot, page.take_reading(Respondent.PARTICIPANT, run=False))
    form.language_combo.setCurrentIndex(form.language_combo.findData("ar"))
    assert form.form_layout() == "side"
    press(qtbot, form, Qt.Key.Key_Return)  # start
    assert column(form, "sv").layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert column(form, "ar").layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "سلوك البحث عن عمل" in labels(form) and "Jobbsökningsbeteende" in labels(form)
    arabic = next(
        w for w in column(form, "ar").findChildren(QLabel) if w.text() == "سلوك البحث عن عمل"
    )
    assert "Noto Sans Arabic" in arabic.font().families()  # the bundled font, whatever the desk has
    one, ten = (form.findChild(QPushButton, f"value_0_{v}") for v in (1, 10))
    assert x_of(one) > x_of(ten)  # 1 at the right, 10 at the left
    # The anchors stand under their numbers, in Arabic (the Swedish column keeps its list).
    under_1 = form.findChild(QLabel, "scaleAnchor_0_1")
    under_10 = form.findChild(QLabel, "scaleAnchor_0_10")
    assert under_1.text() == "لم أبحث عن عمل." and under_10.text() == "تقدمت كل أسبوع."
    assert x_of(under_1) + under_1.width() >= x_of(one) + one.width() - 1  # flush right under 1
    assert x_of(under_10) <= x_of(ten) + 1
    assert under_1.geometry().top() > one.geometry().bottom()
    # ← goes towards 10 (as drawn), → back towards 1.
    press(qtbot, form, Qt.Key.Key_Left)
    assert form.groups[0].checkedId() == 1
    press(qtbot, form, Qt.Key.Key_Left)
    press(qtbot, form, Qt.Key.Key_Left)
    assert form.groups[0].checkedId() == 3
    press(qtbot, form, Qt.Key.Key_Right)
    assert form.groups[0].checkedId() == 2
    assert form.nav_host.layoutDirection() == Qt.LayoutDirection.LeftToRight  # side by side


def test_arabic_alone_turns_the_whole_page_and_the_buttons(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    form = shown(qtbot, page.take_reading(Respondent.PARTICIPANT, run=False))
    form.language_combo.setCurrentIndex(form.language_combo.findData("ar"))
    form.layout_combo.setCurrentIndex(form.layout_combo.findData("alone"))
    assert form.form_layout() == "alone"
    assert "مرحبا!" in labels(form) and "Välkommen!" not in labels(form)
    press(qtbot, form, Qt.Key.Key_Return)
    assert form.stack.currentWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert column(form, "sv") is None
    assert "Jobbsökningsbeteende" not in labels(form)
    assert form.next_button.text() == "التالي" and form.back_button.text() == "رجوع"
    assert x_of(form.next_button) < x_of(form.back_button)  # next on the left, right to left
    skip = form.findChild(QPushButton, "skip_0")
    assert skip.text() == "لا أريد أن أجيب"
    one, ten = (form.findChild(QPushButton, f"value_0_{v}") for v in (1, 10))
    assert x_of(one) > x_of(ten)
    press(qtbot, form, "1")
    press(qtbot, form, Qt.Key.Key_Right)  # already at 1: stays
    assert form.groups[0].checkedId() == 1


def test_side_or_alone_is_remembered_for_the_participant(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    form = shown(qtbot, page.take_reading(Respondent.PARTICIPANT, run=False))
    form.language_combo.setCurrentIndex(form.language_combo.findData("ar"))
    form.layout_combo.setCurrentIndex(form.layout_combo.findData("alone"))
    press(qtbot, form, Qt.Key.Key_Return)
    for value in ("7", "3", "5", "9", "5", "4"):
        press(qtbot, form, value)
        press(qtbot, form, Qt.Key.Key_Return)
    press(qtbot, form, Qt.Key.Key_Return)  # save
    assert form.result() == AssessmentForm.DialogCode.Accepted
    pid = page.participant.id
    choice = page.desk.journal.read(participants.form_choice, pid)
    assert choice == participants.FormChoice("ar", FormLayout.ALONE)
    (r,) = page.desk.journal.read(A.list_readings, pid)
    assert r.language == "ar"
    again = page.take_reading(Respondent.PARTICIPANT, run=False)  # a correction: same form
    assert again.language() == "ar" and again.form_layout() == "alone"
    # The coach's own view is Swedish, side by side, whatever the participant chose.
    coach = shown(qtbot, page.take_reading(Respondent.COACH, run=False))
    assert coach.form_layout() == "side" and coach.language() is None
    press(qtbot, coach, Qt.Key.Key_Return)
    for value in ("4", "7", "6", "5", "4", "5", "3"):
        press(qtbot, coach, value)
        press(qtbot, coach, Qt.Key.Key_Return)
    press(qtbot, coach, Qt.Key.Key_Return)
    assert coach.result() == AssessmentForm.DialogCode.Accepted
    assert page.desk.journal.read(participants.form_choice, pid).layout is FormLayout.ALONE
    page.desk.journal.write(participants.set_form_choice, pid, "en", FormLayout.SIDE)
    page.load_participant()
    with page.desk.journal.session() as s:  # a new day: a fresh reading takes the choice
        A.delete_reading(s, r.id, "Fel dag", page.desk.staff.id)
    page.refresh()
    fresh = page.take_reading(Respondent.PARTICIPANT, run=False)
    assert fresh.language() == "en" and fresh.form_layout() == "side"


def test_the_draft_mark_is_for_the_coach_only(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    form = shown(qtbot, page.take_reading(Respondent.PARTICIPANT, run=False))
    form.language_combo.setCurrentIndex(form.language_combo.findData("ar"))
    draft = form.findChild(QLabel, "draftLabel")
    assert draft.isVisible() and "العربية" in draft.text() and "draft" in draft.text()
    participant_words = labels(form)
    assert not any("draft" in t or "utkast" in t for t in participant_words)
    form.reject()
    write_pack(status="granskad")  # reviewed with an interpreter: no mark
    form = shown(qtbot, page.take_reading(Respondent.PARTICIPANT, run=False))
    form.language_combo.setCurrentIndex(form.language_combo.findData("ar"))
    assert not form.findChild(QLabel, "draftLabel").isVisible()
    kiosk = shown(qtbot, page.take_reading(Respondent.PARTICIPANT, run=False, kiosk=True))
    write_pack(status="utkast")
    kiosk.language_combo.setCurrentIndex(0)
    kiosk.language_combo.setCurrentIndex(kiosk.language_combo.findData("ar"))
    assert not kiosk.findChild(QLabel, "draftLabel").isVisible()  # the participant's screen
    assert not kiosk.hint.isVisible()


def test_the_coachs_own_view_uses_coach_wording(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    form = shown(qtbot, page.take_reading(Respondent.COACH, run=False))
    form.language_combo.setCurrentIndex(form.language_combo.findData("en"))
    words = labels(form)
    assert "Välkommen!" not in words and "Welcome!" not in words
    assert any("Din egen bild av deltagaren" in t for t in words)
    assert not form.read_button.isVisible()
    form.stack.setCurrentIndex(form.stack.count() - 1)
    end = labels(form)
    assert not any("Nu pratar du och din vägledare" in t for t in end)
    assert not any("Now you and your coach" in t for t in end)
    participant = shown(qtbot, page.take_reading(Respondent.PARTICIPANT, run=False))
    assert "Välkommen!" in labels(participant)


def test_read_aloud_with_a_voice_for_the_language(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    engine = FakeSpeech(voices={"ar"})
    read_aloud.set_default_backend(engine)
    form = shown(qtbot, page.take_reading(Respondent.PARTICIPANT, run=False))
    form.language_combo.setCurrentIndex(form.language_combo.findData("ar"))
    button = form.read_button
    assert button.isVisible() and button.accessibleName() == "اقرأ بصوت عال"
    press(qtbot, form, Qt.Key.Key_Return)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    ((code, clips),) = engine.played
    assert code == "ar"
    assert [c.text_id for c in clips][:2] == ["factor.1.name", "factor.1.question"]
    assert clips[1].text == "فكر في الأسبوعين الماضيين. ماذا فعلت للحصول على عمل؟"
    assert "factor.1.anchor.10" in [c.text_id for c in clips]
    assert not form.read_message.isVisible()


def test_read_aloud_is_clearly_unavailable_without_a_voice(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    engine = FakeSpeech(voices={"sv", "en"})  # no Arabic voice, no recordings
    read_aloud.set_default_backend(engine)
    form = shown(qtbot, page.take_reading(Respondent.PARTICIPANT, run=False))
    form.language_combo.setCurrentIndex(form.language_combo.findData("ar"))
    unavailable = ARABIC_FORM["read_aloud_unavailable"]
    assert form.read_button.toolTip() == unavailable
    assert unavailable in form.read_button.accessibleName()
    assert form.read_button.isEnabled()  # pressing it says why, never nothing
    qtbot.mouseClick(form.read_button, Qt.MouseButton.LeftButton)
    assert engine.played == []
    assert form.read_message.isVisible() and form.read_message.text() == unavailable


def test_a_recorded_file_is_played_before_the_voice(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    folder = write_pack(audio={"form.welcome": "audio/ar/welcome.wav", "form.intro": "../x.wav"})
    (folder / "audio" / "ar").mkdir(parents=True)
    (folder / "audio" / "ar" / "welcome.wav").write_bytes(b"RIFF")
    (folder.parent / "x.wav").write_bytes(b"RIFF")  # outside the pack's folder: ignored
    engine = FakeSpeech(voices=set())  # no voice at all: the recording still plays
    read_aloud.set_default_backend(engine)
    form = shown(qtbot, page.take_reading(Respondent.PARTICIPANT, run=False))
    form.language_combo.setCurrentIndex(form.language_combo.findData("ar"))
    assert form.read_button.toolTip() != ARABIC_FORM["read_aloud_unavailable"]
    assert form.read_aloud()
    ((_, clips),) = engine.played
    assert [(c.text_id, c.audio) for c in clips] == [
        ("form.welcome", (folder / "audio" / "ar" / "welcome.wav").resolve())
    ]
    engine.voices.add("ar")
    form.language_combo.setCurrentIndex(0)
    form.language_combo.setCurrentIndex(form.language_combo.findData("ar"))
    form.read_aloud()
    clips = engine.played[-1][1]
    assert clips[0].audio is not None and clips[1].audio is None  # file first, voice second


def test_a_broken_font_file_is_logged_not_fatal(tmp_path: Path, caplog) -> None:  # noqa: ANN001
    from vagledare.gui.common.fonts import FONTS_DIR, register_bundled_fonts

    (tmp_path / "Broken.ttf").write_bytes(b"not a font")
    shutil.copy(FONTS_DIR / "NotoSansEthiopic-Regular.ttf", tmp_path)
    assert register_bundled_fonts(tmp_path) == ["Noto Sans Ethiopic"]
    assert "Broken.ttf" in caplog.text
    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"} <= set(register_bundled_fonts())


def answer_all(qtbot, form: AssessmentForm) -> None:  # noqa: ANN001
    press(qtbot, form, Qt.Key.Key_Return)  # start
    for value in ("7", "3", "5", "9", "5", "4"):
        press(qtbot, form, value)
        press(qtbot, form, Qt.Key.Key_Return)
    press(qtbot, form, Qt.Key.Key_Return)  # save


def test_the_participants_screen_is_left_only_with_the_coachs_pin(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    from vagledare.journal import access

    page.desk.journal.write(access.set_pin, page.desk.staff.id, "4711")
    pid = page.participant.id
    page.desk.journal.write(participants.set_form_choice, pid, "ar", FormLayout.ALONE)
    kiosk = page.start_kiosk(run=False)
    qtbot.addWidget(kiosk)
    kiosk.start()
    qtbot.waitExposed(kiosk)
    form = page.form
    assert kiosk.isFullScreen() and form.kiosk and form.language() == "ar"
    assert not form.hint.isVisible() and not form.draft_label.isVisible()
    assert not kiosk.close() and kiosk.isVisible()  # Alt+F4 / the window's close: refused
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    press(qtbot, form, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and form.isVisible() and form.result() == 0
    answer_all(qtbot, form)
    assert page.desk.journal.read(A.list_readings, page.participant.id)[0].language == "ar"
    assert kiosk.stack.currentWidget() is kiosk.handover
    assert kiosk.handover.text() == ARABIC_FORM["handover"]
    assert kiosk.handover.layoutDirection() == Qt.LayoutDirection.RightToLeft
    prompt = kiosk.ask_pin()
    prompt.pin.setText("1234")
    prompt.accept()
    assert kiosk.isVisible() and not kiosk.unlocked
    assert prompt.error.isVisible() and "Wrong PIN" in prompt.error.text()
    prompt.pin.setText("4711")
    prompt.accept()
    assert kiosk.unlocked and not kiosk.isVisible() and page.kiosk is None


def test_a_desk_without_pins_uses_the_coachs_temporary_code(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    from vagledare.gui.common.kiosk import temporary_code_verifier
    from vagledare.journal.errors import ValidationError

    with pytest.raises(ValidationError, match="minst 4"):
        temporary_code_verifier("12")
    assert page.kiosk_verifier() is None  # nobody has a PIN: the coach is asked for a code
    kiosk = page.start_kiosk(temporary_code="kaffe")
    qtbot.addWidget(kiosk)
    qtbot.waitExposed(kiosk)
    assert not kiosk.try_leave("te") and not kiosk.try_leave("") and kiosk.isVisible()
    assert kiosk.try_leave("kaffe") and not kiosk.isVisible()


def test_the_choice_is_checked_and_goes_with_the_code_at_retention(desk: Desk) -> None:
    from vagledare.journal.errors import ValidationError
    from vagledare.journal.retention import apply_retention

    with desk.journal.session() as s:
        p = participants.register_participant(s, desk.site.id, Gender.MAN, "25-34", None, "X-1")
    with pytest.raises(ValidationError, match="språkkod"):
        desk.journal.write(participants.set_form_choice, p.id, "ar; drop", FormLayout.SIDE)
    desk.journal.write(participants.set_form_choice, p.id, "sv", FormLayout.SIDE)
    assert desk.journal.read(participants.form_choice, p.id).language is None  # Swedish only
    desk.journal.write(participants.set_form_choice, p.id, "ti", FormLayout.ALONE)
    with desk.journal.session() as s:  # years later, nothing since: the code is anonymised
        counts = apply_retention(s, 1, date(date.today().year + 3, 1, 1))
    assert counts.participants == 1
    assert desk.journal.read(participants.form_choice, p.id) == participants.FormChoice(None, None)


def test_exchange_refuses_a_form_language_that_is_no_code() -> None:
    import sqlite3

    from vagledare.exchange.model import exchanged_tables
    from vagledare.exchange.validate import _rules

    et = next(t for t in exchanged_tables() if t.name == "participant")
    assert {"form_language", "form_layout"} <= set(et.columns)  # they travel between desks
    (cond,) = [c for col, c, what in _rules(et, et.table) if what == "är ingen språkkod"]
    db = sqlite3.connect(":memory:")
    for value, bad in (("ar", 0), ("prs", 0), ("sr-Latn", 0), ("=1+1", 1), ("a", 1), (None, 0)):
        row = db.execute(f"SELECT {cond} FROM (SELECT ? AS form_language)", (value,)).fetchone()
        assert bool(row[0]) == bool(bad), value


def test_the_migration_adds_and_removes_the_columns(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, inspect

    from vagledare.journal.db import open_journal

    path = tmp_path / "j.sqlite"
    open_journal(path).close()
    engine = create_engine(f"sqlite:///{path}")
    cfg = Config()
    cfg.set_main_option("script_location", "vagledare.journal:migrations")
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0014_groups_indicators")
        conn.commit()
        names = {c["name"] for c in inspect(conn).get_columns("participant")}
        assert not {"form_language", "form_layout"} & names
    engine.dispose()
    j = open_journal(path)  # opening upgrades it again
    with j.engine.connect() as conn:
        names = {c["name"] for c in inspect(conn).get_columns("participant")}
        assert {"form_language", "form_layout"} <= names
    j.close()


def test_the_bundle_keeps_speech_sound_and_the_fonts_with_their_licence() -> None:
    from vagledare.gui.common.fonts import FONTS_DIR

    spec = (Path(__file__).resolve().parents[1] / "packaging" / "vagledare.spec").read_text("utf-8")
    excludes = spec[spec.index("QT_EXCLUDES = [") : spec.index("PY_EXCLUDES")]
    assert '"QtTextToSpeech"' not in excludes and '"QtMultimedia"' not in excludes
    assert '"vagledare/resources/fonts")' in spec and 'FONTS / "OFL.txt"' in spec
    for folder in ("languages", "factors", "help"):
        assert f'"vagledare/resources/{folder}")' in spec
    assert (FONTS_DIR / "OFL.txt").is_file()  # the folder ships whole, licence included


def test_the_platform_engine_starts_in_its_own_thread_and_offers_its_languages(qtbot) -> None:  # noqa: ANN001
    """Qt's own test engine ("mock": English, Finnish, Norwegian voices) through the real
    backend: the window's thread never waits for the engine, the voices arrive by signal,
    a text is handed to the engine's thread and its end moves on to the next clip."""
    try:
        import PySide6.QtTextToSpeech  # noqa: F401
    except ImportError as exc:  # e.g. no libpulse: the desk then has no voice (tested above)
        pytest.skip(f"Qt's speech module does not load on this machine: {exc}")
    backend = read_aloud.QtSpeechBackend(engine="mock")
    try:
        qtbot.waitUntil(lambda: backend.voices_ready, timeout=10_000)
        assert backend.has_voice("en") and backend.has_voice("fi")
        assert not backend.has_voice("ar") and not backend.has_voice("ti")
        states: list[str] = []
        backend._worker.state.connect(states.append)
        backend.play([read_aloud.Clip("form.welcome", "Welcome!")], "en")
        qtbot.waitUntil(lambda: "ready" in states, timeout=10_000)
    finally:
        backend.shut_down()
    assert not backend._thread.isRunning()


def test_the_survey_runs_on_the_participants_screen_and_is_read_aloud(
    page: AssessmentsPage,
    qtbot,  # noqa: ANN001
) -> None:
    from vagledare.journal import survey

    engine = FakeSpeech(voices={"en"})
    read_aloud.set_default_backend(engine)
    kiosk = page.start_kiosk(temporary_code="kaffe", run=False, survey=True)
    qtbot.addWidget(kiosk)
    kiosk.start()
    qtbot.waitExposed(kiosk)
    form = page.survey_form
    assert kiosk.isFullScreen() and form.kiosk and form.anonymous
    form.language_combo.setCurrentIndex(form.language_combo.findData("en"))
    assert not form.hint.isVisible()  # the coach's key hint: not on the participant's screen
    assert not kiosk.close()
    press(qtbot, form, Qt.Key.Key_Escape)
    assert kiosk.isVisible() and form.isVisible()
    press(qtbot, form, Qt.Key.Key_Return)  # start
    assert form.speaker.read()
    ((code, clips),) = engine.played
    assert code == "en" and clips[0].text_id == "survey.statements.bemotande"
    assert clips[0].text == "I was treated well."
    assert [c.text_id for c in clips[1:3]] == ["survey.scale_1", "survey.scale_2"]
    for value in ("5", "4", "-", "3", "5"):
        press(qtbot, form, value)
        press(qtbot, form, Qt.Key.Key_Return)
    assert form.saved
    press(qtbot, form, Qt.Key.Key_Return)  # the thank-you page's Close
    assert kiosk.stack.currentWidget() is kiosk.handover
    assert kiosk.handover.text() == "Done! Give the computer to your coach."
    (count,) = page.desk.journal.read(survey.day_counts)
    assert count.responses == 1 and count.answers == 5
    assert not kiosk.try_leave("te") and kiosk.try_leave("kaffe") and page.kiosk is None


@pytest.mark.parametrize(
    ("code", "rtl"),
    [("ar", True), ("prs", True), ("so", False), ("ti", False), ("uk", False), ("en", False)],
)
def test_every_shipped_language_beside_swedish(
    desk: Desk,
    qtbot,  # noqa: ANN001
    code: str,
    rtl: bool,
) -> None:
    """The packs that ship (no test pack over them): the first factor's question in the
    language's own column, in its direction, 1 at the leading edge of its scale, and every
    word of the page in a bundled font that has its glyphs."""
    from vagledare.journal import factor_sets
    from vagledare.journal.factor_texts import available_languages, translated_factors

    with desk.journal.session() as s:
        fs = factor_sets.current_factor_set(s)
    langs = available_languages(fs.key)
    assert code in {x.code for x in langs}
    form = AssessmentForm(fs, langs, code="FRÖ-7", second_language=code)
    qtbot.addWidget(form)  # closed and deleted by pytest-qt, never by the collector mid-test
    form = shown(qtbot, form)
    press(qtbot, form, Qt.Key.Key_Return)  # start
    question = translated_factors(fs.key, code, fs.texts)[0].question
    own = column(form, code)
    assert own is not None and question in [w.text() for w in own.findChildren(QLabel)]
    want = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert own.layoutDirection() == want
    assert column(form, "sv").layoutDirection() == Qt.LayoutDirection.LeftToRight
    one, ten = (form.findChild(QPushButton, f"value_0_{v}") for v in (1, 10))
    assert (x_of(one) > x_of(ten)) is rtl
    families = next(w for w in own.findChildren(QLabel) if w.text() == question).font().families()
    assert {"Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"} <= set(families)
