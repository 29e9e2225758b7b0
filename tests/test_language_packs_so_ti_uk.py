"""The Somali, Tigrinya and Ukrainian participant packs: the same words as Swedish, in the
right script, with every placeholder and every anchor kept, loaded through the normal loader."""

from __future__ import annotations

import json
import string
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest

from vagledare.app.desk import Desk
from vagledare.journal import factor_sets
from vagledare.journal.factor_texts import (
    RESOURCES,
    FactorText,
    available_languages,
    load_language,
    translated_factors,
)

CODES = ("so", "ti", "uk")
NAMES = {"so": "Soomaali", "ti": "ትግርኛ", "uk": "Українська"}
# Proper names kept as they are written on the door, whatever the script around them.
KEPT_NAMES = ("Mötesplatsen",)


def _pack(folder: str, code: str) -> dict[str, Any]:
    data = json.loads((RESOURCES / folder / f"{code}.json").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def _sections(data: dict[str, Any]) -> dict[str, dict[str, str]]:
    """form, pdf, survey (without statements) and statements, each key -> text."""
    survey = {k: v for k, v in data["survey"].items() if k != "statements"}
    return {
        "form": data["form"],
        "pdf": data["pdf"],
        "survey": survey,
        "statements": data["survey"]["statements"],
    }


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _participant_texts(code: str) -> Iterator[str]:
    """Every text a participant reads in this language: form, PDF, survey and factors."""
    for section in _sections(_pack("languages", code)).values():
        yield from section.values()
    for factor in _pack("factors/bip-1", code)["factors"]:
        for key in ("name", "short_name", "about", "question"):
            if key in factor:
                yield factor[key]
        yield from factor.get("anchors", {}).values()


def _letters_outside(text: str, lo: int, hi: int) -> list[str]:
    """Letters (and combining marks) outside lo..hi, once placeholders and kept names are out."""
    for name in _placeholders(text):
        text = text.replace("{" + name + "}", " ")
    for name in KEPT_NAMES:
        text = text.replace(name, " ")
    return [c for c in text if unicodedata.category(c)[0] in "LM" and not lo <= ord(c) <= hi]


@pytest.fixture(scope="module")
def swedish() -> tuple[FactorText, ...]:
    """The shipped Swedish bip-1 factors, read the way the journal installs them."""
    return factor_sets.parse_definition(factor_sets.default_definition()).factors


@pytest.mark.parametrize("code", CODES)
def test_the_pack_has_exactly_the_swedish_keys_and_is_marked_a_draft(code: str) -> None:
    sv, pack = _pack("languages", "sv"), _pack("languages", code)
    assert set(pack) == set(sv)
    assert (pack["language"], pack["name"], pack["direction"]) == (code, NAMES[code], "ltr")
    assert pack["translation"]["status"] == "utkast"
    assert pack["translation"]["translator"] == "Vägledare (första utkast, ej granskat av tolk)"
    assert pack["translation"]["date"] == "2026-12-06"
    sv_sections, sections = _sections(sv), _sections(pack)
    for name, sv_texts in sv_sections.items():
        texts = sections[name]
        assert set(texts) == set(sv_texts), name
        for key, sv_text in sv_texts.items():
            assert isinstance(texts[key], str) and texts[key].strip(), (name, key)
            assert texts[key] != sv_text, (name, key)  # translated, not left in Swedish
            assert _placeholders(texts[key]) == _placeholders(sv_text), (name, key)


@pytest.mark.parametrize("code", CODES)
def test_the_loader_reads_the_pack_left_to_right_with_its_placeholders_filled(code: str) -> None:
    lang = load_language(code)
    assert lang is not None
    assert (lang.code, lang.name, lang.direction) == (code, NAMES[code], "ltr")
    pack = _pack("languages", code)
    assert dict(lang.form) == pack["form"] and dict(lang.pdf) == pack["pdf"]
    shown = lang.form_text("question_of", n=3, total=6)
    assert "3" in shown and "6" in shown and "{" not in shown
    assert "2027-01-15" in lang.pdf_text("next_due", date="2027-01-15")
    assert code in {x.code for x in available_languages("bip-1")}


@pytest.mark.parametrize("code", CODES)
def test_texts_have_western_digits_and_no_invisible_characters(code: str) -> None:
    for text in _participant_texts(code):
        assert text == text.strip() and "  " not in text, text
        assert unicodedata.normalize("NFC", text) == text, text
        for c in text:
            assert unicodedata.category(c) not in ("Cc", "Cf", "Co", "Cn", "Zl", "Zp"), (
                f"U+{ord(c):04X} in {text!r}"
            )
            if unicodedata.category(c)[0] == "N":
                assert c in "0123456789", f"{c!r} (U+{ord(c):04X}) in {text!r}"
            if c.isspace():
                assert c == " ", f"U+{ord(c):04X} in {text!r}"


def test_tigrinya_is_written_in_ethiopic_script() -> None:
    for text in _participant_texts("ti"):
        assert _letters_outside(text, 0x1200, 0x139F) == [], text
        assert any(0x1200 <= ord(c) <= 0x137F for c in text), text
    pack = _pack("languages", "ti")
    assert pack["form"]["intro"].count("።") >= 4  # Ethiopic full stops, not Latin ones
    assert "." not in "".join(_participant_texts("ti"))


def test_ukrainian_is_written_in_cyrillic() -> None:
    for text in _participant_texts("uk"):
        assert _letters_outside(text, 0x0400, 0x04FF) == [], text
        assert any(0x0400 <= ord(c) <= 0x04FF for c in text), text
    texts = "".join(_participant_texts("uk"))
    assert not set("ыэъё") & set(texts.lower())  # Russian-only letters have no place here
    assert "'" not in texts  # the apostrophe is the typographic one, as in здоров’я


def test_somali_uses_the_plain_latin_alphabet() -> None:
    for text in _participant_texts("so"):
        assert _letters_outside(text, 0x0041, 0x007A) == [], text


@pytest.mark.parametrize("code", CODES)
def test_every_participant_factor_is_asked_with_the_swedish_anchors(
    code: str, swedish: tuple[FactorText, ...]
) -> None:
    raw = {f["position"]: f for f in _pack("factors/bip-1", code)["factors"]}
    assert _pack("factors/bip-1", code)["key"] == "bip-1"
    assert sorted(raw) == [f.position for f in swedish]
    texts = translated_factors("bip-1", code, swedish)
    assert texts is not None
    for sv, tr in zip(swedish, texts, strict=True):
        own = raw[sv.position]
        assert "coach_question" not in own and "coach_anchors" not in own  # coach reads Swedish
        assert (tr.coach_question, tr.coach_anchors) == (sv.coach_question, sv.coach_anchors)
        for key in ("name", "short_name", "about"):
            assert own[key].strip() and own[key] != getattr(sv, key), (sv.position, key)
        assert (tr.name, tr.short_name, tr.about) == (own["name"], own["short_name"], own["about"])
        if sv.question:
            assert own["question"].strip() and tr.question == own["question"]
            assert tr.question != sv.question
            assert [v for v, _ in tr.anchors] == [v for v, _ in sv.anchors] == [1, 4, 7, 10]
            assert sorted(map(int, own["anchors"])) == [v for v, _ in sv.anchors]
            for (_, sv_anchor), (_, anchor) in zip(sv.anchors, tr.anchors, strict=True):
                assert anchor and anchor != sv_anchor
        else:  # coach-only: mirror Swedish, which asks the participant nothing
            assert "question" not in own and "anchors" not in own
            assert (tr.question, tr.anchors) == (sv.question, sv.anchors) == ("", ())
    assert len({t.name.casefold() for t in texts}) == len(texts)


def test_the_journal_asks_the_same_swedish_factors_the_packs_were_checked_against(
    desk: Desk, swedish: tuple[FactorText, ...]
) -> None:
    with desk.journal.session() as s:
        fs = factor_sets.current_factor_set(s)
    assert fs.key == "bip-1" and fs.texts == swedish
    for code in CODES:
        texts = translated_factors(fs.key, code, fs.texts)
        assert texts is not None and [t.position for t in texts] == [1, 2, 3, 4, 5, 6, 7]
