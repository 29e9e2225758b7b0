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

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, QObject, QUrl

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


class QtSpeechBackend(QObject):
    """QMediaPlayer for the recordings, QTextToSpeech for the rest, one clip after another.
    The engines are made on first use (the speech engine takes seconds to start)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: QTextToSpeech | None = None
        self._tts_failed = False
        self._player: QMediaPlayer | None = None
        self._queue: list[Clip] = []
        self._code = ""
        self._speaking = False

    # -- engines ----------------------------------------------------------------------
    def _speech(self) -> QTextToSpeech | None:  # imported on first use
        if self._tts is None and not self._tts_failed:
            try:
                from PySide6.QtTextToSpeech import QTextToSpeech

                if not QTextToSpeech.availableEngines():
                    raise RuntimeError("no speech engine")
                tts = QTextToSpeech(self)
                tts.stateChanged.connect(self._on_speech_state)
                self._tts = tts
            except (ImportError, RuntimeError) as exc:
                log.info("Ingen talsyntes på den här datorn: %s", exc)
                self._tts_failed = True
        return self._tts

    def _voice(self, code: str) -> QVoice | None:
        tts = self._speech()
        if tts is None:
            return None
        wanted = qt_locale(code)
        if wanted.language() == QLocale.Language.C:
            return None
        # None: every voice of the engine, whatever its locale (filtered here by language).
        every = tts.allVoices(None)  # type: ignore[arg-type]  # None: all (PySide6 6.11 stubs)
        voices = [v for v in every if v.locale().language() == wanted.language()]
        same_country = [v for v in voices if v.locale().territory() == wanted.territory()]
        found = same_country or voices
        return found[0] if found else None

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
        return self._voice(code) is not None

    def play(self, clips: Sequence[Clip], code: str) -> None:
        self.stop()
        self._queue, self._code = list(clips), code
        self._next()

    def stop(self) -> None:
        self._queue = []
        self._speaking = False
        if self._player is not None:
            self._player.stop()
        if self._tts is not None:
            self._tts.stop()

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
            voice = self._voice(self._code)
            if voice is not None and clip.text:
                tts = self._speech()
                assert tts is not None
                tts.setLocale(voice.locale())
                tts.setVoice(voice)
                self._speaking = False
                tts.say(clip.text)
                return

    def _on_media_status(self, status: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            self._next()

    def _on_media_error(self, _error: object, text: str) -> None:
        log.warning("Inspelningen kunde inte spelas: %s", text)

    def _on_speech_state(self, state: object) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if state == QTextToSpeech.State.Speaking:
            self._speaking = True
        elif state == QTextToSpeech.State.Ready and self._speaking:
            self._speaking = False
            self._next()
        elif state == QTextToSpeech.State.Error:
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
                self._voice = self.backend.has_voice(self.language.code)
            except Exception:  # noqa: BLE001 - a broken engine is "no voice", said in words
                log.exception("Talsyntesen kunde inte frågas om röster")
                self._voice = False
        return self._voice

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
