"""The words of the factors and of the participant form, per language, from JSON files.

Swedish is the definition itself (stored with the factor set in the journal). Every other
language is a pair of files that can be dropped in without touching code:

* ``languages/<code>.json`` – the form's and the take-home PDF's own words;
* ``factors/<set key>/<code>.json`` – the factors' names, statements and anchors.

They are looked for in the package's ``resources`` folder (English ships there) and then in
the user-data folder (``…/Vagledare/factors`` and ``…/Vagledare/languages``), where a
municipality puts its own translations. A field missing from a translation falls back to
the Swedish text, so a half-finished file never hides a question.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CODE_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
STATUSES = ("original", "utkast", "granskad")  # a translation's status, see ``Language``


@dataclass(frozen=True)
class FactorText:
    """One factor's words in one language."""

    position: int
    name: str
    short_name: str
    about: str
    question: str  # what the participant is asked ("" for a coach-only factor)
    anchors: tuple[tuple[int, str], ...]  # behaviour anchors, e.g. (1, "…"), (4, "…")
    coach_question: str
    coach_anchors: tuple[tuple[int, str], ...]

    def anchor(self, value: int, coach: bool = False) -> str:
        return dict(self.coach_anchors if coach else self.anchors).get(value, "")


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself, e.g. "English"
    direction: str = "ltr"  # "rtl" for Arabic, Persian, Somali in Arabic script …
    form: Mapping[str, str] = field(default_factory=dict)
    pdf: Mapping[str, str] = field(default_factory=dict)
    # Who translated it and how far it has come: "original" (Swedish itself), "utkast" (a
    # first translation, to be checked with an interpreter) or "granskad" (reviewed).
    translator: str = ""
    status: str = "utkast"
    date: str = ""  # ISO date of the translation or its review, "" when not given

    @property
    def is_draft(self) -> bool:
        """Not yet reviewed: the coach (never the participant) sees "utkast – granskas med
        tolk"."""
        return self.status == "utkast"

    def form_text(self, key: str, **kw: object) -> str:
        return _fill(self.form.get(key, ""), kw)

    def pdf_text(self, key: str, **kw: object) -> str:
        return _fill(self.pdf.get(key, ""), kw)


def is_language_code(code: str) -> bool:
    """``sv``, ``prs``, ``sr-Latn`` …: the shape of a language file's name."""
    return bool(CODE_RE.match(code)) and len(code) <= 16


def _fill(text: str, values: Mapping[str, object]) -> str:
    """``{n}``-style placeholders; a translator's typo shows the raw text, never crashes."""
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def user_texts_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("Vagledare", appauthor=False))


def search_dirs() -> list[Path]:
    """Where translation files are looked for; later folders win."""
    return [RESOURCES, user_texts_dir()]


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def find_data(relative: str) -> dict[str, Any] | None:
    found = None
    for base in search_dirs():
        data = _read_json(base / relative)
        if data is not None:
            found = data
    return found


def _anchors(raw: object) -> tuple[tuple[int, str], ...]:
    if not isinstance(raw, Mapping):
        return ()
    pairs = []
    for k, v in raw.items():
        if str(k).isdigit() and isinstance(v, str) and v.strip():
            pairs.append((int(k), v.strip()))
    return tuple(sorted(pairs))


def _text(raw: Mapping[str, Any], key: str, fallback: str = "") -> str:
    value = raw.get(key)
    return value.strip() if isinstance(value, str) and value.strip() else fallback


def parse_factor_text(raw: Mapping[str, Any], base: FactorText | None = None) -> FactorText:
    """One factor's entry of a definition or translation; ``base`` fills missing fields."""
    position = raw.get("position")
    pos = position if isinstance(position, int) else (base.position if base else 0)
    return FactorText(
        position=pos,
        name=_text(raw, "name", base.name if base else ""),
        short_name=_text(raw, "short_name", base.short_name if base else "")
        or _text(raw, "name", base.name if base else ""),
        about=_text(raw, "about", base.about if base else ""),
        question=_text(raw, "question", base.question if base else ""),
        anchors=_anchors(raw.get("anchors")) or (base.anchors if base else ()),
        coach_question=_text(raw, "coach_question", base.coach_question if base else ""),
        coach_anchors=_anchors(raw.get("coach_anchors")) or (base.coach_anchors if base else ()),
    )


def load_language(code: str) -> Language | None:
    """The form's words in ``code``; None when there is no such file."""
    if not CODE_RE.match(code):
        return None
    data = find_data(f"languages/{code}.json")
    if data is None:
        return None
    fallback = find_data("languages/sv.json") or {}

    def section(name: str) -> dict[str, str]:
        merged = {k: v for k, v in (fallback.get(name) or {}).items() if isinstance(v, str)}
        merged.update({k: v for k, v in (data.get(name) or {}).items() if isinstance(v, str)})
        return merged

    direction = "rtl" if data.get("direction") == "rtl" else "ltr"
    meta = data.get("translation")
    meta = meta if isinstance(meta, Mapping) else {}
    status = meta.get("status")
    if status not in STATUSES or (status == "original") != (code == "sv"):
        status = "original" if code == "sv" else "utkast"  # unknown: not reviewed
    return Language(
        code,
        _text(data, "name", code),
        direction,
        section("form"),
        section("pdf"),
        translator=_text(meta, "translator"),
        status=status,
        date=_text(meta, "date"),
    )


def translated_factors(
    set_key: str, code: str, swedish: tuple[FactorText, ...]
) -> tuple[FactorText, ...] | None:
    """The factors of a set in ``code``; None when the set has no translation to it."""
    if code == "sv":
        return swedish
    if not CODE_RE.match(code) or not re.match(r"^[\w.-]+$", set_key):
        return None
    data = find_data(f"factors/{set_key}/{code}.json")
    if data is None or not isinstance(data.get("factors"), list):
        return None
    by_pos = {
        f["position"]: f
        for f in data["factors"]
        if isinstance(f, dict) and isinstance(f.get("position"), int)
    }
    return tuple(parse_factor_text(by_pos.get(sv.position, {}), sv) for sv in swedish)


def available_languages(set_key: str) -> list[Language]:
    """Swedish first, then every language with both a form file and this set's factor file."""
    codes: set[str] = set()
    for base in search_dirs():
        folder = base / "factors" / set_key
        if folder.is_dir():
            codes.update(p.stem for p in folder.glob("*.json") if CODE_RE.match(p.stem))
    out = []
    sv = load_language("sv")
    if sv is not None:
        out.append(sv)
    for code in sorted(codes - {"sv"}):
        lang = load_language(code)
        if lang is not None:
            out.append(lang)
    return out
