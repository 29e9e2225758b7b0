"""Reading the participant's texts aloud: a recorded file first, the platform's voice second.

A language pack may carry recordings (``audio``: text id -> file, made by the municipality's
interpreters); a text without one is spoken by ``QTextToSpeech`` with a voice of the
language, if the computer has one. Both run on the machine itself: nothing is sent anywhere.
When neither is there the caller says so in the pack's own words
(``form.read_aloud_unavailable``) — never a silent button.

The engines sit behind ``SpeechBackend`` so that tests (and a desk without sound) can put
their own in: ``set_default_backend``.
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QWidget

from vagledare.gui.common.fonts import participant_font
from vagledare.journal.factor_texts import Language
from vagledare.journal.language_packs import audio_files

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer
    from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

log = logging.getLogger(__name__)

# Language codes Qt does not know by themselves: Dari is the Persian of Afghanistan.
LOCALES = {"prs": "fa_AF", "sv": "sv_SE", "en": "en_GB"}


def qt_locale(code: str) -> QLocale:
    return QLocale(LOCALES.get(code, code))


@dataclass(frozen=True)
class Clip:
    """One piece of a reading: a recorded file, or a text for the voice."""

    text_id: str
    text: str
    audio: Path | None = None


class SpeechBackend(Protocol):
    def has_voice(self, code: str) -> bool: ...

    def play(self, clips: Sequence[Clip], code: str) -> None: ...

    def stop(self) -> None: ...


class _SpeechWorker(QObject):
    """Owns the ``QTextToSpeech`` in a thread of its own: starting an engine can take
    seconds (speech-dispatcher is started on demand), which the window must never wait for."""

    voices_found = Signal(object)  # set of (QLocale.Language, QLocale.Territory); empty: none
    state = Signal(str)  # "speaking", "ready" or "error"

    def __init__(self, engine: str | None) -> None:
        super().__init__()
        self._engine = engine
        self._tts: QTextToSpeech | None = None
        self._voices: list[QVoice] = []

    @Slot()
    def start(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech

            # Qt's "mock" engine is a test double with voices that say nothing.
            engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
            engine = self._engine or (engines[0] if engines else None)
            if engine is None:
                raise RuntimeError("no speech engine")
            tts = QTextToSpeech(engine, self)
            if tts.state() == QTextToSpeech.State.Error:
                raise RuntimeError(tts.errorString() or "the speech engine did not start")
            tts.stateChanged.connect(self._on_state)
            self._tts = tts
            # None: every voice of the engine, whatever its locale.
            self._voices = list(tts.allVoices(None))  # type: ignore[arg-type]  # PySide6 stubs
        except (ImportError, RuntimeError) as exc:
            log.info("Ingen talsyntes på den här datorn: %s", exc)
        self.voices_found.emit(
            {(v.locale().language(), v.locale().territory()) for v in self._voices}
        )

    @Slot(str, str)
    def say(self, text: str, code: str) -> None:
        voice = _best_voice(self._voices, code)
        if self._tts is None or voice is None:
            self.state.emit("error")
            return
        self._tts.setLocale(voice.locale())
        self._tts.setVoice(voice)
        self._tts.say(text)

    @Slot()
    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def _on_state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self.state.emit("speaking")
        elif state == QTextToSpeech.State.Ready:
            self.state.emit("ready")
        elif state == QTextToSpeech.State.Error:
            self.state.emit("error")


def _best_voice(voices: Sequence[QVoice], code: str) -> QVoice | None:
    wanted = qt_locale(code)
    if wanted.language() == QLocale.Language.C:
        return None
    same = [v for v in voices if v.locale().language() == wanted.language()]
    here = [v for v in same if v.locale().territory() == wanted.territory()]
    found = here or same
    return found[0] if found else None


class QtSpeechBackend(QObject):
    """QMediaPlayer for the recordings, the platform's voice (in ``_SpeechWorker``'s thread)
    for the rest, one clip after another. Until the engine has said which voices it has, no
    language has a voice; ``voices_known`` then lets a screen offer the button after all."""

    voices_known = Signal()
    _say = Signal(str, str)
    _stop = Signal()

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player: QMediaPlayer | None = None
        self._queue: list[Clip] = []
        self._code = ""
        self._speaking = False
        self._voices: set[tuple[object, object]] | None = None  # None: not known yet
        self._thread = QThread()
        self._thread.setObjectName("speech")
        self._worker = _SpeechWorker(engine)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        # The engine is deleted in its own thread as that thread ends, never by Python's
        # collector on the window's thread (which would tear down the engine from there).
        self._thread.finished.connect(self._worker.deleteLater)
        self._worker.voices_found.connect(self._on_voices)
        self._worker.state.connect(self._on_speech_state)
        self._say.connect(self._worker.say)
        self._stop.connect(self._worker.stop)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)
        atexit.register(self.shut_down)  # also without an event loop's end (scripts)
        self._thread.start()

    def shut_down(self) -> None:
        """End the speech thread (waits for an engine still starting: never kill it)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()

    @property
    def voices_ready(self) -> bool:
        return self._voices is not None

    def _on_voices(self, found: set[tuple[object, object]]) -> None:
        self._voices = found
        self.voices_known.emit()

    # -- engines ----------------------------------------------------------------------
    def _media(self) -> QMediaPlayer | None:  # imported on first use
        if self._player is None:
            try:
                from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
            except ImportError as exc:
                log.info("Inget ljud på den här datorn: %s", exc)
                return None
            player = QMediaPlayer(self)
            player.setAudioOutput(QAudioOutput(player))
            player.mediaStatusChanged.connect(self._on_media_status)
            player.errorOccurred.connect(self._on_media_error)
            self._player = player
        return self._player

    # -- SpeechBackend ----------------------------------------------------------------
    def has_voice(self, code: str) -> bool:
        wanted = qt_locale(code)
        if not self._voices or wanted.language() == QLocale.Language.C:
            return False
        return any(language == wanted.language() for language, _ in self._voices)

    def play(self, clips: Sequence[Clip], code: str) -> None:
        self.stop()
        self._queue, self._code = list(clips), code
        self._next()

    def stop(self) -> None:
        self._queue = []
        self._speaking = False
        if self._player is not None:
            self._player.stop()
        self._stop.emit()

    # -- one clip after another -------------------------------------------------------
    def _next(self) -> None:
        while self._queue:
            clip = self._queue.pop(0)
            if clip.audio is not None:
                player = self._media()
                if player is not None:
                    player.setSource(QUrl.fromLocalFile(str(clip.audio)))
                    player.play()
                    return
            if clip.text and self.has_voice(self._code):
                self._speaking = False
                self._say.emit(clip.text, self._code)
                return

    def _on_media_status(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            self._next()

    def _on_media_error(self, _error: object, text: str) -> None:
        log.warning("Inspelningen kunde inte spelas: %s", text)

    def _on_speech_state(self, state: str) -> None:
        if state == "speaking":
            self._speaking = True
        elif state == "ready" and self._speaking:
            self._speaking = False
            self._next()
        elif state == "error":
            log.warning("Talsyntesen kunde inte läsa texten.")
            self._next()


_default: SpeechBackend | None = None


def default_backend() -> SpeechBackend:
    global _default
    if _default is None:
        _default = QtSpeechBackend()
    return _default


def set_default_backend(backend: SpeechBackend | None) -> None:
    """Put another engine in (tests, or None for the platform's again)."""
    global _default
    _default = backend


class ReadAloud:
    """Reads one language's texts: ``clips`` says what would be heard, ``read`` plays it."""

    def __init__(
        self,
        language: Language,
        backend: SpeechBackend | None = None,
        audio: Mapping[str, Path] | None = None,
    ) -> None:
        self.language = language
        self.backend = backend or default_backend()
        self.audio = dict(audio) if audio is not None else audio_files(language.code)
        self._voice: bool | None = None

    def has_voice(self) -> bool:
        if self._voice is None:
            try:
                voice = self.backend.has_voice(self.language.code)
            except Exception:  # noqa: BLE001 - a broken engine is "no voice", said in words
                log.exception("Talsyntesen kunde inte frågas om röster")
                voice = False
            if not voice and not getattr(self.backend, "voices_ready", True):
                return False  # asked again once the engine has listed its voices
            self._voice = voice
        return self._voice

    def when_voices_known(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the engine (starting in its own thread) has listed its
        voices, so that a screen can offer the button after all; now if already known."""
        signal = getattr(self.backend, "voices_known", None)
        if signal is None or getattr(self.backend, "voices_ready", True):
            return
        signal.connect(callback)

    def clips(self, items: Sequence[tuple[str, str]]) -> list[Clip]:
        """(text id, text) -> what can be heard: each text's recording, else the voice."""
        out = []
        for text_id, text in items:
            recorded = self.audio.get(text_id)
            if recorded is not None:
                out.append(Clip(text_id, text, recorded))
            elif text.strip() and self.has_voice():
                out.append(Clip(text_id, text))
        return out

    def available(self, items: Sequence[tuple[str, str]]) -> bool:
        return bool(self.clips(items))

    def unavailable_text(self) -> str:
        return self.language.form_text("read_aloud_unavailable")

    def read(self, items: Sequence[tuple[str, str]]) -> bool:
        """Start reading; False (nothing played) when the language cannot be read aloud."""
        clips = self.clips(items)
        if not clips:
            return False
        self.backend.play(clips, self.language.code)
        return True

    def stop(self) -> None:
        self.backend.stop()


READ_ALOUD_KEY = "Ctrl+R"
# The speaker button on a form page (a page's style sheet adds it).
SPEAK_STYLE = """
QPushButton[role="speak"] { font-size: 14pt; min-height: 52px; padding: 0 16px; }
QPushButton[role="speak"][unavailable="true"] { color: #5b6672; border: 2px dashed #9aa7b4; }
"""


class Speaker(QObject):
    """The speaker button of a participant's page, its key and the line that says when the
    language cannot be read aloud. ``texts()`` gives the (text id, text) pairs of the page
    on show; ``set_language`` says whose words they are (None: no button)."""

    def __init__(
        self,
        host: QWidget,
        texts: Callable[[], Sequence[tuple[str, str]]],
        backend: SpeechBackend | None = None,
    ) -> None:
        super().__init__(host)
        self._texts = texts
        self._backend = backend
        self.reader: ReadAloud | None = None
        self.button = QPushButton(objectName="readAloudButton")
        self.button.setProperty("role", "speak")
        self.button.setAccessibleName(self.tr("Read aloud"))  # the pack's words on show
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.read)
        self.shortcut = QShortcut(QKeySequence(READ_ALOUD_KEY), host)
        self.shortcut.activated.connect(self.read)
        # Said to whoever presses the button when the language cannot be read aloud.
        self.message = QLabel(objectName="readAloudMessage", wordWrap=True)
        self.message.setProperty("role", "anchor")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setFont(participant_font(self.message.font()))
        self.message.hide()

    def set_language(self, language: Language | None) -> None:
        if self.reader is not None:
            self.reader.stop()
        self.reader = ReadAloud(language, self._backend) if language is not None else None
        if self.reader is not None:
            self.reader.when_voices_known(self.update)
        self.message.hide()
        self.update()

    def page_changed(self) -> None:
        if self.reader is not None:
            self.reader.stop()
        self.message.hide()
        self.update()

    def update(self) -> None:
        reader = self.reader
        self.button.setVisible(reader is not None)
        if reader is None:
            return
        lang = reader.language
        label = lang.form_text("read_aloud") or self.tr("Read aloud")
        available = reader.available(self._texts())
        icon = (
            QStyle.StandardPixmap.SP_MediaVolume
            if available
            else QStyle.StandardPixmap.SP_MediaVolumeMuted
        )
        self.button.setIcon(self.button.style().standardIcon(icon))
        self.button.setText(label)
        if available:
            self.button.setToolTip(f"{label} ({READ_ALOUD_KEY})")
            self.button.setAccessibleName(label)
            self.button.setAccessibleDescription("")
        else:
            unavailable = reader.unavailable_text()
            self.button.setToolTip(unavailable)
            self.button.setAccessibleName(f"{label}: {unavailable}")
            self.button.setAccessibleDescription(unavailable)
        self.button.setProperty("unavailable", not available)
        self.button.style().unpolish(self.button)
        self.button.style().polish(self.button)
        self.button.setFont(participant_font(self.button.font()))
        rtl = lang.direction == "rtl"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self.button.setLayoutDirection(direction)

    def read(self) -> bool:
        """Read the page's participant texts; when the language cannot be read aloud, say so
        on the page (never a silent button). True when something plays."""
        reader = self.reader
        if reader is None:
            return False
        if reader.read(self._texts()):
            self.message.hide()
            return True
        self.message.setText(reader.unavailable_text())
        rtl = reader.language.direction == "rtl"
        self.message.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        # The leading edge in the language's own direction (mirrored when right to left).
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.message.show()
        return False
