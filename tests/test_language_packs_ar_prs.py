"""The Arabic (ar) and Dari (prs) language packs: first drafts, right to left.

Checked against the Swedish reference: the same keys, the same placeholders and numbers,
plain Arabic-script letters stored in logical order (no presentation forms, no invisible
direction marks, no Arabic-Indic digits), Persian letters in Dari, and every factor the
participant answers carrying its question and the Swedish anchor values.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterator
from typing import Any

import pytest

from vagledare.journal.factor_sets import default_definition, parse_definition
from vagledare.journal.factor_texts import (
    RESOURCES,
    FactorText,
    available_languages,
    load_language,
    translated_factors,
)

CODES = ("ar", "prs")
SET_KEY = "bip-1"
# A proper name kept recognisable in Swedish beside its transliteration.
PROPER_NAMES = ("Mötesplatsen",)
PLACEHOLDER_RE = re.compile(r"\{[a-z_]+\}")
ARABIC_ONLY = set("يكىة")  # Arabic yeh, kaf, alef maksura, teh marbuta: not in Dari
PERSIAN_ONLY = set("یکپچژگ")  # Persian letters: not in Arabic


def language_file(code: str) -> dict[str, Any]:
    return json.loads((RESOURCES / "languages" / f"{code}.json").read_text("utf-8"))


def factor_file(code: str) -> dict[str, Any]:
    return json.loads((RESOURCES / "factors" / SET_KEY / f"{code}.json").read_text("utf-8"))


def swedish_factors() -> tuple[FactorText, ...]:
    return parse_definition(default_definition()).factors


def sections(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, str]]]:
    """Every text section of a language file: form, pdf, survey and the survey's statements."""
    yield "form", data["form"]
    yield "pdf", data["pdf"]
    yield "survey", {k: v for k, v in data["survey"].items() if k != "statements"}
    yield "statements", data["survey"]["statements"]


def participant_texts(code: str) -> Iterator[tuple[str, str]]:
    """(where, text) for every translated text the participant sees."""
    for name, section in sections(language_file(code)):
        for key, text in section.items():
            yield f"{name}.{key}", text
    for factor in factor_file(code)["factors"]:
        pos = factor["position"]
        for field in ("name", "short_name", "about", "question"):
            if field in factor:
                yield f"factor.{pos}.{field}", factor[field]
        for value, text in factor.get("anchors", {}).items():
            yield f"factor.{pos}.anchor.{value}", text


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def numbers(text: str) -> list[str]:
    return sorted(re.findall(r"\d+", text))


def allowed(ch: str) -> bool:
    """Arabic-block letters and marks, or plain ASCII space, digits and punctuation."""
    code = ord(ch)
    if ch == " " or ch in string.digits or ch in string.punctuation:
        return True
    if not 0x0600 <= code <= 0x06FF:
        return False
    if code == 0x061C:  # ARABIC LETTER MARK: an invisible direction control
        return False
    if 0x0660 <= code <= 0x0669 or 0x06F0 <= code <= 0x06F9:  # Arabic-Indic digits
        return False
    return not 0x0600 <= code <= 0x0605 and code != 0x06DD  # invisible number signs


@pytest.mark.parametrize("code", CODES)
def test_pack_has_the_swedish_key_set_and_is_a_right_to_left_draft(code: str) -> None:
    sv, tr = language_file("sv"), language_file(code)
    assert set(tr) == set(sv)
    assert tr["language"] == code
    assert tr["direction"] == "rtl"
    assert tr["translation"]["status"] == "utkast"
    assert set(tr["translation"]) == set(sv["translation"])
    assert set(tr["survey"]) == set(sv["survey"])
    for (name, sv_section), (_, tr_section) in zip(sections(sv), sections(tr), strict=True):
        assert set(tr_section) == set(sv_section), name
        for key, text in tr_section.items():
            assert isinstance(text, str) and text.strip(), f"{name}.{key}"
            assert text != sv_section[key], f"{name}.{key} is still Swedish"
            assert placeholders(text) == placeholders(sv_section[key]), f"{name}.{key}"
            assert numbers(text) == numbers(sv_section[key]), f"{name}.{key}"


@pytest.mark.parametrize(("code", "name"), [("ar", "العربية"), ("prs", "دری")])
def test_loader_reads_the_pack_and_fills_its_placeholders(code: str, name: str) -> None:
    lang = load_language(code)
    assert lang is not None
    assert (lang.code, lang.name, lang.direction) == (code, name, "rtl")
    sv = language_file("sv")
    assert set(lang.form) == set(sv["form"]) and set(lang.pdf) == set(sv["pdf"])
    asked = lang.form_text("question_of", n=2, total=6)
    assert "2" in asked and "6" in asked and "{" not in asked
    assert "2027-03-01" in lang.pdf_text("next_due", date="2027-03-01")
    assert "Hälsa" in lang.pdf_text("coach_rated", factor="Hälsa")
    by_code = {x.code: x for x in available_languages(SET_KEY)}
    assert by_code[code].direction == "rtl"


@pytest.mark.parametrize("code", CODES)
def test_texts_are_plain_arabic_script_in_logical_order(code: str) -> None:
    wrong_letters = ARABIC_ONLY if code == "prs" else PERSIAN_ONLY
    for where, text in participant_texts(code):
        bare = PLACEHOLDER_RE.sub("", text)
        for proper in PROPER_NAMES:
            bare = bare.replace(proper, "")
        odd = sorted({f"U+{ord(ch):04X}" for ch in bare if not allowed(ch)})
        assert not odd, f"{code} {where}: {odd}"
        wrong = sorted(ch for ch in set(bare) & wrong_letters)
        assert not wrong, f"{code} {where}: {wrong}"
        assert not re.search(r"[A-Za-z]", bare), f"{code} {where}: Latin letters"


@pytest.mark.parametrize("code", CODES)
def test_the_meeting_place_keeps_its_swedish_name(code: str) -> None:
    statement = language_file(code)["survey"]["statements"]["rekommendera"]
    assert "Mötesplatsen" in statement
    assert statement.count("Mötesplatsen") == 1


@pytest.mark.parametrize("code", CODES)
def test_every_participant_factor_is_translated_with_the_swedish_anchor_values(
    code: str,
) -> None:
    raw = factor_file(code)
    assert (raw["key"], raw["language"]) == (SET_KEY, code)
    by_pos = {f["position"]: f for f in raw["factors"]}
    sv = swedish_factors()
    assert sorted(by_pos) == [f.position for f in sv]
    tr = translated_factors(SET_KEY, code, sv)
    assert tr is not None
    # The star chart and the table tell the factors apart by these.
    assert len({f.name for f in tr}) == len({f.short_name for f in tr}) == len(sv)
    for sv_f, tr_f in zip(sv, tr, strict=True):
        entry = by_pos[sv_f.position]
        # The coach reads Swedish: the coach's words are never translated.
        assert "coach_question" not in entry and "coach_anchors" not in entry
        assert (tr_f.coach_question, tr_f.coach_anchors) == (
            sv_f.coach_question,
            sv_f.coach_anchors,
        )
        for field in ("name", "short_name", "about"):
            assert entry.get(field), f"{code} factor {sv_f.position} lacks {field}"
            assert getattr(tr_f, field) != getattr(sv_f, field)
        if sv_f.question:
            assert entry.get("question"), f"{code} factor {sv_f.position} lacks its question"
            assert tr_f.question != sv_f.question
            assert sorted(int(v) for v in entry["anchors"]) == [v for v, _ in sv_f.anchors]
            assert [v for v, _ in tr_f.anchors] == [v for v, _ in sv_f.anchors]
            for (value, text), (_, sv_text) in zip(tr_f.anchors, sv_f.anchors, strict=True):
                assert text != sv_text, f"{code} factor {sv_f.position} anchor {value}"
                assert numbers(text) == numbers(sv_text)
        else:  # coach-only, as in Swedish: no participant question or anchors
            assert "question" not in entry and "anchors" not in entry
            assert (tr_f.question, tr_f.anchors) == ("", ())
