"""Language packs as checked data: what a translation must hold, the texts that can be read
aloud, and importing a pack from the municipality's translators.

``factor_texts`` stays the loader (it forgives: a missing word falls back to Swedish). This
module is strict, because an imported pack is shown to participants as it stands: every key
of the Swedish texts present and filled in, no key Swedish does not have, the same
placeholders, the direction of the language's script, no invisible control characters, sane
lengths, and recorded audio only beside the pack file.

An import file is ONE JSON object: the content of ``languages/<code>.json`` plus
``"factors": {"<set key>": [factor entries]}`` and optionally ``"audio": {"<text id>":
"relative/file.wav"}``. ``import_pack`` checks all of it and only then writes the user-data
folder's ``languages/<code>.json``, ``factors/<set key>/<code>.json`` and
``languages/audio/<code>/`` – all or nothing (see docs/languages.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import shutil
import string
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from vagledare.journal.errors import ValidationError
from vagledare.journal.factor_texts import (
    CODE_RE,
    RESOURCES,
    FactorText,
    Language,
    _read_json,
    parse_factor_text,
    search_dirs,
    user_texts_dir,
)
from vagledare.journal.private_files import PRIVATE, open_private


@dataclass(frozen=True)
class KnownLanguage:
    code: str
    swedish_name: str  # as a Swedish message names it: "arabiska"
    direction: str  # "ltr" or "rtl"
    script: str  # "latin", "arabic", "ethiopic", "cyrillic"


LANGUAGES: dict[str, KnownLanguage] = {
    k.code: k
    for k in (
        KnownLanguage("sv", "svenska", "ltr", "latin"),
        KnownLanguage("en", "engelska", "ltr", "latin"),
        KnownLanguage("ar", "arabiska", "rtl", "arabic"),
        KnownLanguage("prs", "dari", "rtl", "arabic"),
        KnownLanguage("fa", "persiska", "rtl", "arabic"),
        KnownLanguage("so", "somaliska", "ltr", "latin"),
        KnownLanguage("ti", "tigrinja", "ltr", "ethiopic"),
        KnownLanguage("uk", "ukrainska", "ltr", "cyrillic"),
    )
}
SCRIPT_WORDS = {
    "latin": "latinsk skrift",
    "arabic": "arabisk skrift",
    "ethiopic": "etiopisk skrift (ge'ez)",
    "cyrillic": "kyrillisk skrift",
}
DIRECTION_WORDS = {"ltr": "från vänster till höger", "rtl": "från höger till vänster"}
STATUS_WORDS = {"original": "original", "utkast": "utkast", "granskad": "granskad"}

MAX_PACK_BYTES = 2 * 1024 * 1024  # the JSON itself; audio files are counted apart
MAX_TEXT_CHARS = 1000  # an instruction, a question or an anchor
MAX_NAME_CHARS = 100  # the language's or a factor's name
MAX_AUDIO_BYTES = 5 * 1024 * 1024  # each recorded file
AUDIO_EXTENSIONS = (".wav", ".ogg", ".mp3")

TOP_KEYS = ("language", "name", "direction", "translation", "form", "pdf", "survey")
PACK_EXTRAS = ("factors", "audio")  # only in an import file, never in languages/<code>.json
TRANSLATION_KEYS = ("translator", "status", "date")
PARTICIPANT_FIELDS = ("name", "question", "anchors")  # required for a factor the participant
OPTIONAL_FIELDS = ("short_name", "about", "coach_question", "coach_anchors", "coach_only")
LONG_FIELDS = ("about", "question", "coach_question")

# Invisible characters that can reorder or hide text (Trojan-source style) or that no font
# shows. Marks that translators need stay allowed: LRM/RLM/ALM (U+200E, U+200F, U+061C) and the
# zero-width (non-)joiner (U+200C, U+200D, needed in Persian and Dari).
_BIDI_CONTROLS = frozenset(
    chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029, 0xFEFF)
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: ``key`` is where (``form.welcome``), ``text`` the Swedish
    sentence that names it."""

    key: str
    text: str

    def __str__(self) -> str:
        return self.text


class PackRefused(ValidationError):
    """A pack that was not imported; nothing was written. ``problems`` lists every fault."""

    def __init__(self, file: str, problems: Sequence[Problem]) -> None:
        self.file = file
        self.problems = tuple(problems)
        count = len(self.problems)
        head = f"{file}: språkpaketet importerades inte, inget är sparat ({count} fel):"
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems)]))


@dataclass(frozen=True)
class ImportedPack:
    code: str
    name: str
    status: str
    translator: str
    date: str
    texts: int  # texts in the pack (form, card, survey and the factors' participant texts)
    audio: int  # recorded audio files
    files: tuple[Path, ...]  # what was written


# --------------------------------------------------------------------------- reference


def swedish_texts() -> dict[str, Any]:
    """The bundled Swedish ``languages/sv.json``: the key set every pack is held to."""
    data = _read_json(RESOURCES / "languages" / "sv.json")
    if data is None:  # pragma: no cover - the package ships it
        raise ValidationError("Den svenska referensfilen languages/sv.json saknas i Vägledare.")
    return data


def bundled_factor_sets() -> dict[str, tuple[FactorText, ...]]:
    """The Swedish factors of every set shipped with Vägledare, by set key."""
    out: dict[str, tuple[FactorText, ...]] = {}
    folder = RESOURCES / "factors"
    for path in sorted(folder.glob("*/sv.json")):
        data = _read_json(path)
        if data is None or not isinstance(data.get("factors"), list):
            continue
        texts = [parse_factor_text(f) for f in data["factors"] if isinstance(f, Mapping)]
        out[path.parent.name] = tuple(sorted(texts, key=lambda t: t.position))
    return out


def _participant_factors(factors: Iterable[FactorText]) -> list[FactorText]:
    return [f for f in factors if f.question]


# --------------------------------------------------------------------------- text ids


def text_ids(
    swedish: Mapping[str, Any] | None = None, factors: Iterable[FactorText] = ()
) -> list[str]:
    """Every text id a participant can hear, in reading order (see ``spoken_texts``)."""
    sv = swedish if swedish is not None else swedish_texts()
    ids = [f"form.{k}" for k in (sv.get("form") or {}) if not k.startswith("coach_")]
    survey = sv.get("survey") or {}
    ids += [f"survey.{k}" for k in survey if k != "statements"]
    ids += [f"survey.statements.{k}" for k in survey.get("statements") or {}]
    for f in _participant_factors(factors):
        ids.append(f"factor.{f.position}.name")
        ids.append(f"factor.{f.position}.question")
        ids += [f"factor.{f.position}.anchor.{v}" for v, _ in f.anchors]
    return ids


def spoken_texts(language: Language, factors: Iterable[FactorText]) -> dict[str, str]:
    """{text id: text} of everything a participant sees in ``language`` and can have read
    aloud: the form's words (not the coach's), the survey and its statements, and each
    participant factor's name, question and anchors. Ids as in the language-pack format:
    ``form.<key>``, ``survey.<key>``, ``survey.statements.<key>``, ``factor.<position>.name``,
    ``factor.<position>.question``, ``factor.<position>.anchor.<n>``."""
    out: dict[str, str] = {}
    for k, v in language.form.items():
        if not k.startswith("coach_") and v:
            out[f"form.{k}"] = v
    from vagledare.journal.survey import survey_texts

    survey = survey_texts(language.code)
    swedish = survey_texts("sv")
    if survey is not None and swedish is not None:
        out.update({f"survey.{k}": v for k, v in survey.words.items() if v})
        statements = {**swedish.statements, **survey.statements}
        out.update({f"survey.statements.{k}": v for k, v in statements.items() if v})
    for f in _participant_factors(factors):
        out[f"factor.{f.position}.name"] = f.name
        out[f"factor.{f.position}.question"] = f.question
        for value, text in f.anchors:
            out[f"factor.{f.position}.anchor.{value}"] = text
    return out


def audio_file(code: str, text_id: str) -> Path | None:
    """The recorded audio of ``text_id`` in ``code``, or None (then a voice reads it, if the
    machine has one). Only a file inside that language's own audio folder is ever returned."""
    if not CODE_RE.match(code) or not re.fullmatch(r"[A-Za-z0-9_.-]+", text_id):
        return None
    for base in reversed(search_dirs()):  # the folder whose language file wins
        folder = base / "languages"
        data = _read_json(folder / f"{code}.json")
        if data is None:
            continue
        audio = data.get("audio")
        rel = audio.get(text_id) if isinstance(audio, Mapping) else None
        if not isinstance(rel, str) or _path_fault(rel) is not None:
            return None
        own = (folder / "audio" / code).resolve()
        path = (folder / rel).resolve()
        if not path.is_relative_to(own) or not path.is_file():
            return None
        return path
    return None


def audio_files(code: str) -> dict[str, Path]:
    """Every recorded text of ``code`` that ``audio_file`` would play, text id -> file."""
    for base in reversed(search_dirs()):  # the folder whose language file wins
        data = _read_json(base / "languages" / f"{code}.json") if CODE_RE.match(code) else None
        if data is not None:
            audio = data.get("audio")
            ids = [k for k in audio if isinstance(k, str)] if isinstance(audio, Mapping) else []
            found = {i: audio_file(code, i) for i in ids}
            return {i: p for i, p in found.items() if p is not None}
    return {}


# --------------------------------------------------------------------------- checks


def _letters_scripts(text: str) -> set[str]:
    found = set()
    for ch in text:
        if not unicodedata.category(ch).startswith("L"):
            continue
        name = unicodedata.name(ch, "")
        for script, prefix in (
            ("latin", "LATIN"),
            ("arabic", "ARABIC"),
            ("ethiopic", "ETHIOPIC"),
            ("cyrillic", "CYRILLIC"),
        ):
            if name.startswith(prefix):
                found.add(script)
                break
        else:
            found.add("other")
    return found


def _fields(text: str) -> list[str] | None:
    """The placeholder names of a text, sorted; None when the braces are broken. A name with
    an attribute or index (``{date.year}``) is kept whole, so it differs from Swedish's."""
    try:
        return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return None


def _show(names: Sequence[str]) -> str:
    return ", ".join("{" + n + "}" for n in names) if names else "inga"


@functools.cache
def _covered() -> frozenset[int]:
    """Every code point some bundled font (``resources/fonts``) has a glyph for; empty when
    the fonts cannot be read (then nothing is refused for want of a glyph)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    points: set[int] = set()
    for path in sorted((RESOURCES / "fonts").glob("*-Regular.ttf")):
        try:
            points.update(TTFontFile(str(path)).charToGlyph)
        except Exception:  # noqa: BLE001 - a broken font must not stop the check
            continue
    return frozenset(points)


def _missing_glyphs(text: str) -> list[str]:
    """The characters of ``text`` no bundled font can show (they would be empty boxes)."""
    covered = _covered()
    if not covered:
        return []
    return sorted(
        {
            ch
            for ch in text
            if ord(ch) not in covered and ch != "\n" and unicodedata.category(ch) != "Cf"
        }
    )


def _bad_char(text: str) -> str | None:
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in _BIDI_CONTROLS or (cat == "Cc" and ch != "\n") or cat in ("Cs", "Co", "Cn"):
            return f"U+{ord(ch):04X}"
    return None


class _Checker:
    def __init__(self, known: KnownLanguage | None) -> None:
        self.known = known
        self.problems: list[Problem] = []
        self.texts = 0

    def add(self, key: str, what: str) -> None:
        self.problems.append(Problem(key, f"{key} {what}"))

    def text(
        self, key: str, value: object, reference: str | None, cap: int = MAX_TEXT_CHARS
    ) -> bool:
        """A text that must be there: filled in, clean, the reference's placeholders."""
        if value is None:
            self.add(key, "saknas")
            return False
        if not isinstance(value, str):
            self.add(key, "ska vara en text")
            return False
        if not value.strip():
            self.add(key, "är tom")
            return False
        self.texts += 1
        bad = _bad_char(value)
        if bad:
            self.add(key, f"innehåller ett osynligt styrtecken ({bad}) som inte är tillåtet")
        elif missing := _missing_glyphs(value):
            shown = ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in missing)
            self.add(key, f"har tecken som Vägledares typsnitt inte kan visa: {shown}")
        if len(value) > cap:
            self.add(key, f"är för lång ({len(value)} tecken, högst {cap})")
        mine = _fields(value)
        if mine is None:
            self.add(key, "har en trasig platshållare (en ensam { eller }, skriv {{ eller }})")
        elif reference is not None:
            theirs = _fields(reference) or []
            if sorted(set(mine)) != sorted(set(theirs)):
                self.add(
                    key,
                    f"ska ha platshållarna {_show(sorted(set(theirs)))} som svenskan, "
                    f"inte {_show(sorted(set(mine)))}",
                )
        self.script(key, value)
        return True

    def script(self, key: str, value: str) -> None:
        if self.known is None or key.rsplit(".", 1)[-1].startswith("coach_") or ".coach_" in key:
            return  # the coach's words may stay Swedish (or English): the coach reads them
        own = self.known.script
        scripts = _letters_scripts(re.sub(r"\{[^{}]*\}", "", value))
        foreign = sorted(scripts - {own, "latin", "other"})
        if foreign:
            words = " och ".join(SCRIPT_WORDS[s] for s in foreign)
            self.add(
                key,
                f"innehåller {words}, men {self.known.swedish_name} skrivs med {SCRIPT_WORDS[own]}",
            )
        elif own != "latin" and scripts and own not in scripts:
            self.add(key, f"är inte skriven med {SCRIPT_WORDS[own]} ({self.known.swedish_name})")

    def section(self, key: str, got: object, reference: Mapping[str, Any]) -> None:
        """Every key of the Swedish section present, no other key."""
        if got is None:
            got = {}
        if not isinstance(got, Mapping):
            self.add(key, "ska vara ett JSON-objekt med texter")
            return
        for k, ref in reference.items():
            where = f"{key}.{k}"
            if isinstance(ref, Mapping):
                self.section(where, got.get(k), ref)
            else:
                self.text(where, got.get(k), ref if isinstance(ref, str) else None)
        for k in got:
            if k not in reference:
                self.add(f"{key}.{k}", "finns inte i svenskan")


def _iso_date(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _check_translation(c: _Checker, raw: object) -> None:
    if not isinstance(raw, Mapping):
        c.add("translation", "saknas (översättare, status och datum)")
        return
    translator = raw.get("translator")
    if not isinstance(translator, str) or not translator.strip():
        c.add("translation.translator", "saknas: vem har översatt?")
    elif len(translator) > MAX_NAME_CHARS or _bad_char(translator):
        c.add("translation.translator", "är för lång eller har otillåtna tecken")
    status = raw.get("status")
    if status not in ("utkast", "granskad"):
        c.add("translation.status", f'ska vara "utkast" eller "granskad", inte {status!r}')
    date = raw.get("date")
    if not _iso_date(date):
        c.add("translation.date", f"ska vara ett datum ÅÅÅÅ-MM-DD, inte {date!r}")
    for k in raw:
        if k not in TRANSLATION_KEYS:
            c.add(f"translation.{k}", "hör inte till ett språkpaket")


def _check_factor_set(
    c: _Checker, set_key: str, entries: object, swedish: Sequence[FactorText]
) -> list[FactorText]:
    """The entries of one set; returns the participant factors (Swedish) it covers."""
    where = f"factors.{set_key}"
    if not isinstance(entries, list):
        c.add(where, "ska vara en lista med faktorer")
        return []
    by_pos = {f.position: f for f in swedish}
    seen: set[int] = set()
    for i, entry in enumerate(entries):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("position"), int):
            c.add(f"{where}[{i}]", 'ska vara ett JSON-objekt med en "position" (1, 2 …)')
            continue
        pos = entry["position"]
        here = f"{where}.{pos}"
        if pos not in by_pos:
            c.add(here, "finns inte i svenskan")
            continue
        if pos in seen:
            c.add(here, "finns två gånger")
            continue
        seen.add(pos)
        sv = by_pos[pos]
        for k in entry:
            if k != "position" and k not in PARTICIPANT_FIELDS + OPTIONAL_FIELDS:
                c.add(f"{here}.{k}", "finns inte i svenskan")
        if sv.question:
            c.text(f"{here}.name", entry.get("name"), sv.name, MAX_NAME_CHARS)
            c.text(f"{here}.question", entry.get("question"), sv.question)
            _check_anchors(c, f"{here}.anchors", entry.get("anchors"), sv.anchors)
        elif "name" in entry:
            c.text(f"{here}.name", entry.get("name"), sv.name, MAX_NAME_CHARS)
        for k in ("short_name", "about", "coach_question"):
            if k in entry:
                ref = getattr(sv, k)
                cap = MAX_NAME_CHARS if k == "short_name" else MAX_TEXT_CHARS
                c.text(f"{here}.{k}", entry[k], ref or None, cap)
        if "coach_anchors" in entry:
            _check_anchors(c, f"{here}.coach_anchors", entry["coach_anchors"], sv.coach_anchors)
        if "coach_only" in entry and not isinstance(entry["coach_only"], bool):
            c.add(f"{here}.coach_only", "ska vara true eller false")
    for sv in _participant_factors(swedish):
        if sv.position not in seen:
            c.add(f"{where}.{sv.position}", f"saknas ({sv.name})")
    return [sv for sv in _participant_factors(swedish) if sv.position in seen]


def _check_anchors(
    c: _Checker, where: str, raw: object, swedish: Sequence[tuple[int, str]]
) -> None:
    if not isinstance(raw, Mapping):
        c.add(where, "saknas" if raw is None else "ska vara ett JSON-objekt {värde: text}")
        return
    ref = {str(v): text for v, text in swedish}
    for value, text in ref.items():
        c.text(f"{where}.{value}", raw.get(value), text)
    for value in raw:
        if value not in ref:
            c.add(f"{where}.{value}", "finns inte i svenskan")


def _path_fault(rel: str) -> str | None:
    """Why a pack's audio path may not be used, or None."""
    if not rel or _bad_char(rel):
        return "är ingen giltig sökväg"
    if "\\" in rel or PureWindowsPath(rel).drive or PurePosixPath(rel).is_absolute():
        return "ska vara en relativ sökväg med / (bredvid paketfilen)"
    if ".." in PurePosixPath(rel).parts:
        return "får inte gå upp ur paketets mapp (..)"
    return None


_AUDIO_MAGIC = {
    ".wav": lambda b: b[:4] == b"RIFF" and b[8:12] == b"WAVE",
    ".ogg": lambda b: b[:4] == b"OggS",
    ".mp3": lambda b: b[:3] == b"ID3" or (len(b) > 1 and b[0] == 0xFF and b[1] & 0xE0 == 0xE0),
}


def _check_audio(
    c: _Checker, raw: object, ids: Sequence[str], base_dir: Path | None
) -> dict[str, Path]:
    """The audio entries; {text id: file} of those that can be copied."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        c.add("audio", 'ska vara ett JSON-objekt {"textid": "fil.wav"}')
        return {}
    known = set(ids)
    files: dict[str, Path] = {}
    for text_id, rel in raw.items():
        where = f"audio.{text_id}"
        if text_id not in known:
            c.add(where, "är ingen text som kan läsas upp (okänt text-id)")
            continue
        if not isinstance(rel, str):
            c.add(where, "ska vara en sökväg till en ljudfil")
            continue
        fault = _path_fault(rel)
        if fault:
            c.add(where, f"{fault}: {rel!r}")
            continue
        ext = PurePosixPath(rel).suffix.lower()
        if ext not in AUDIO_EXTENSIONS:
            c.add(where, f"ska vara en .wav-, .ogg- eller .mp3-fil, inte {rel!r}")
            continue
        if base_dir is None:
            continue
        base = base_dir.resolve()
        path = (base / rel).resolve()
        if not path.is_relative_to(base):
            c.add(where, f"pekar ut ur paketets mapp: {rel!r}")
            continue
        if not path.is_file():
            c.add(where, f"ljudfilen {rel} finns inte bredvid paketfilen")
            continue
        size = path.stat().st_size
        if size > MAX_AUDIO_BYTES:
            c.add(where, f"ljudfilen {rel} är för stor ({size // 1024} kB, högst 5 MB)")
            continue
        with path.open("rb") as f:
            head = f.read(16)
        if not _AUDIO_MAGIC[ext](head):
            c.add(where, f"{rel} är ingen {ext}-ljudfil")
            continue
        files[text_id] = path
    return files


def check_pack(
    data: object,
    *,
    base_dir: Path | None = None,
    factor_sets: Mapping[str, Sequence[FactorText]] | None = None,
) -> list[Problem]:
    """Every problem of an import pack (empty: it may be imported). ``base_dir``: the folder
    of the pack file, where its audio files are; ``factor_sets``: the Swedish factors by set
    key (default: the sets shipped with Vägledare)."""
    return _check(data, base_dir, factor_sets)[0].problems


def _check(
    data: object,
    base_dir: Path | None,
    factor_sets: Mapping[str, Sequence[FactorText]] | None,
) -> tuple[_Checker, dict[str, Path]]:
    if not isinstance(data, Mapping):
        c = _Checker(None)
        c.problems.append(Problem("", "Filen ska innehålla ett JSON-objekt (ett språkpaket)."))
        return c, {}
    sets = dict(bundled_factor_sets() if factor_sets is None else factor_sets)
    sv = swedish_texts()
    code = data.get("language")
    known = LANGUAGES.get(code) if isinstance(code, str) else None
    c = _Checker(known if code != "sv" else None)
    if code == "sv":
        c.add("language", "är sv: svenskan är originalet och kan inte ersättas med ett paket")
    elif code is None:
        c.add("language", "saknas: språkkoden, t.ex. so eller ar")
    elif known is None:
        codes = ", ".join(k for k in LANGUAGES if k != "sv")
        c.add("language", f"{code!r} är ingen känd språkkod (kända: {codes})")
    c.text("name", data.get("name"), None, MAX_NAME_CHARS)
    direction = data.get("direction")
    if direction is None:
        c.add("direction", 'saknas: "ltr" (vänster till höger) eller "rtl" (höger till vänster)')
    elif direction not in DIRECTION_WORDS:
        c.add("direction", f'ska vara "ltr" eller "rtl", inte {direction!r}')
    elif c.known is not None and direction != c.known.direction:
        c.add(
            "direction",
            f'är "{direction}", men {c.known.swedish_name} skrivs '
            f'{DIRECTION_WORDS[c.known.direction]} ("{c.known.direction}")',
        )
    _check_translation(c, data.get("translation"))
    for section in ("form", "pdf", "survey"):
        c.section(section, data.get(section), sv.get(section) or {})
    for k in data:
        if k not in TOP_KEYS + PACK_EXTRAS:
            c.add(str(k), "hör inte till ett språkpaket")
    covered: list[FactorText] = []
    factors = data.get("factors")
    if not isinstance(factors, Mapping) or not factors:
        keys = ", ".join(sets) or "bip-1"
        c.add("factors", f'saknas: faktorernas texter, t.ex. {{"{keys}": [ … ]}}')
    else:
        for set_key, entries in factors.items():
            if set_key not in sets:
                c.add(f"factors.{set_key}", "är ingen faktoruppsättning i Vägledare")
                continue
            covered += _check_factor_set(c, set_key, entries, sets[set_key])
    files = _check_audio(c, data.get("audio"), text_ids(sv, covered), base_dir)
    return c, files


# --------------------------------------------------------------------------- import


def read_pack(path: Path) -> Any:
    """The JSON of a pack file, or PackRefused saying why it cannot be read."""
    name = Path(path).name
    try:
        size = path.stat().st_size
        if size > MAX_PACK_BYTES:
            raise PackRefused(
                name, [Problem("", f"Filen är för stor ({size // 1024} kB, högst 2 MB).")]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise PackRefused(
            name, [Problem("", f"Filen kan inte läsas: {exc.strerror or exc}.")]
        ) from None
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise PackRefused(name, [Problem("", "Filen är inte sparad som UTF-8.")]) from None
    except ValueError as exc:
        raise PackRefused(name, [Problem("", f"Filen är ingen giltig JSON: {exc}.")]) from None


def import_pack(
    path: Path,
    *,
    factor_sets: Mapping[str, Sequence[FactorText]] | None = None,
    target: Path | None = None,
) -> ImportedPack:
    """Check the pack at ``path`` and, only if it has no problem at all, install it in the
    user-data folder (``target``, default ``user_texts_dir()``), replacing an earlier pack of
    the same language. Raises PackRefused naming every problem; then nothing is written."""
    path = Path(path)
    data = read_pack(path)
    checker, audio = _check(data, path.parent, factor_sets)
    if checker.problems:
        raise PackRefused(path.name, checker.problems)
    code: str = data["language"]
    language = {k: data[k] for k in TOP_KEYS if k in data}
    installed_audio = {}
    for text_id, src in audio.items():
        installed_audio[text_id] = f"audio/{code}/{text_id}{src.suffix.lower()}"
    if installed_audio:
        language["audio"] = installed_audio
    factor_files = {
        set_key: {"key": set_key, "language": code, "factors": entries}
        for set_key, entries in data["factors"].items()
    }
    base = Path(target) if target is not None else user_texts_dir()
    files = _install(base, code, language, factor_files, audio)
    meta = data["translation"]
    return ImportedPack(
        code=code,
        name=data["name"].strip(),
        status=meta["status"],
        translator=meta["translator"].strip(),
        date=meta["date"],
        texts=checker.texts,
        audio=len(audio),
        files=tuple(files),
    )


def _dump(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _write(path: Path, content: bytes) -> None:
    with open_private(path) as f:
        f.write(content)
        f.flush()
        os.fsync(f.fileno())


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _install(
    base: Path,
    code: str,
    language: Mapping[str, Any],
    factor_files: Mapping[str, Any],
    audio: Mapping[str, Path],
) -> list[Path]:
    """Write everything into a staging folder beside the targets, then move it into place;
    a failure on the way puts the earlier files back (all or nothing)."""
    base.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".import-{code}-", dir=base))
    try:
        moves: list[tuple[Path | None, Path]] = []
        for set_key, content in factor_files.items():
            new = staging / f"factors-{set_key}.json"
            _write(new, _dump(content))
            moves.append((new, base / "factors" / set_key / f"{code}.json"))
        new_audio: Path | None = None
        if audio:
            new_audio = staging / "audio"
            new_audio.mkdir(mode=0o700)
            for text_id, src in audio.items():
                with src.open("rb") as f:
                    content = f.read()
                _write(new_audio / f"{text_id}{src.suffix.lower()}", content)
        moves.append((new_audio, base / "languages" / "audio" / code))  # None: old audio goes
        new = staging / "language.json"
        _write(new, _dump(language))
        moves.append((new, base / "languages" / f"{code}.json"))  # last: it makes it visible
        _commit(staging, moves)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    audio_dir = base / "languages" / "audio" / code
    return [
        *(dest for new, dest in moves if new is not None and dest != audio_dir),
        *(audio_dir / f"{text_id}{src.suffix.lower()}" for text_id, src in audio.items()),
    ]


def _commit(staging: Path, moves: Sequence[tuple[Path | None, Path]]) -> None:
    done: list[tuple[Path, Path | None, bool]] = []
    try:
        for i, (new, dest) in enumerate(moves):
            dest.parent.mkdir(parents=True, exist_ok=True)
            old: Path | None = None
            if dest.exists() or dest.is_symlink():
                old = staging / f"old-{i}"
                os.replace(dest, old)
            done.append((dest, old, new is not None))
            if new is not None:
                os.replace(new, dest)
                os.chmod(dest, 0o700 if dest.is_dir() else PRIVATE)
    except BaseException:
        for dest, old, placed in reversed(done):
            if placed:
                _remove(dest)
            if old is not None:
                os.replace(old, dest)
        raise


def user_pack_codes() -> set[str]:
    """The languages the user-data folder has a pack for (imported or dropped in)."""
    folder = user_texts_dir() / "languages"
    if not folder.is_dir():
        return set()
    return {p.stem for p in folder.glob("*.json") if CODE_RE.match(p.stem)}
