"""Writing systems of the participant languages: which bundled font draws a character, and
Arabic-script text made drawable by a renderer that neither shapes nor reorders (reportlab).

The fonts are the bundled Noto files in ``resources/fonts`` (SIL Open Font License,
``OFL.txt`` beside them): Noto Sans for Latin and Cyrillic (Swedish, English, Somali,
Ukrainian), Noto Sans Arabic for Arabic and Dari, Noto Sans Ethiopic for Tigrinya. The Qt
form uses the same files.

Arabic script is joined and ordered in three steps, in this order:

1. ``shape``: every letter becomes its contextual presentation form (initial, medial, final,
   isolated; lam-alef ligatures) with arabic-reshaper, which knows the Persian letters of Dari
   (پ چ ژ گ ک ی) too. Vowel marks (harakat) are left out: without a shaping engine they
   cannot be placed over their letter, and everyday Arabic and Dari are written without them.
2. the caller breaks the shaped, still logical text into lines (by the font's widths);
3. ``visual``: each line is put in display order by the Unicode bidirectional algorithm
   (python-bidi), with mirrored brackets in right-to-left runs. Breaking after reordering would
   put the end of a sentence on its first line.

Nothing here imports Qt or reportlab.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

FONTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"

LATIN, ARABIC, ETHIOPIC = "latin", "arabic", "ethiopic"
# script → (regular, bold) file in FONTS_DIR
FONT_FILES: dict[str, tuple[str, str]] = {
    LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ARABIC: ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ETHIOPIC: ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
}
SCRIPT_NAMES = {LATIN: "latinsk och kyrillisk", ARABIC: "arabisk", ETHIOPIC: "etiopisk (ge'ez)"}

_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),  # presentation forms A
    (0xFE70, 0xFEFF),  # presentation forms B
)
_ETHIOPIC_RANGES = ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F), (0x1E7E0, 0x1E7FF))


def script_of(ch: str) -> str | None:
    """ARABIC, ETHIOPIC or LATIN for a letter (Cyrillic counts as LATIN: the same font);
    None for what every script shares (spaces, digits, punctuation)."""
    cp = ord(ch)
    if any(a <= cp <= b for a, b in _ARABIC_RANGES):
        # Arabic digits and punctuation (، ؟ ٫ ١) are Arabic too: the Arabic font has them.
        return ARABIC
    if any(a <= cp <= b for a, b in _ETHIOPIC_RANGES):
        return ETHIOPIC
    if unicodedata.category(ch)[0] == "L":
        return LATIN
    return None


def main_script(text: str) -> str:
    """The script of the first letter that has one (LATIN for a text without letters)."""
    for ch in text:
        found = script_of(ch)
        if found is not None:
            return found
    return LATIN


def is_rtl(text: str) -> bool:
    """Whether a text starts right to left: its first strong character is Arabic or Hebrew."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@cache
def _reshaper() -> Any:  # arabic_reshaper has no type hints
    from arabic_reshaper import ArabicReshaper

    # "Arabic" covers the whole Arabic block, Persian letters included; harakat are deleted
    # (see the module's text); lam-alef and the Allah ligature are on (the font has them).
    return ArabicReshaper({"language": "Arabic", "delete_harakat": True})


def shape(text: str) -> str:
    """``text`` (logical order) with Arabic-script letters in their presentation forms; other
    text unchanged. NFKC normalisation gives the letters back."""
    if not any(script_of(ch) == ARABIC for ch in text):
        return text
    shaped: str = _reshaper().reshape(text)
    return shaped  # Dari's half-space (ZWNJ) stays: the Arabic font draws it with no width


def _mirror(ch: str) -> str:
    from bidi.mirror import MIRRORED

    mirrored: str = MIRRORED.get(ch, ch)
    return mirrored


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(line: str, rtl: bool) -> list[int] | None:
    """The resolved embedding level of each character of ``line`` (the Unicode bidirectional
    algorithm of python-bidi's Rust core; it reports a level per UTF-8 byte)."""
    from bidi import get_display

    info = str(get_display(line, base_dir="R" if rtl else "L", debug=True))
    start = info.find("levels:")
    if start < 0:
        return None
    end = info.find("]", start)
    by_byte = [int(x) for x in _LEVEL.findall(info[start:end])]
    out, at = [], 0
    for ch in line:
        if at >= len(by_byte):
            return None
        out.append(by_byte[at])
        at += len(ch.encode("utf-8"))
    return out if at == len(by_byte) else None


def visual(line: str, rtl: bool = True) -> str:
    """One line (already shaped and broken) in display order, left to right: the Unicode
    bidirectional algorithm's reordering (L2) and mirrored brackets in right-to-left runs (L4)."""
    if not line or (not rtl and not any(unicodedata.bidirectional(c) in ("R", "AL") for c in line)):
        return line
    levels = _levels(line, rtl)
    if levels is None:  # python-bidi's report changed: its own order, brackets unmirrored
        from bidi import get_display

        return str(get_display(line, base_dir="R" if rtl else "L"))
    chars = [_mirror(c) if lvl % 2 else c for c, lvl in zip(line, levels, strict=True)]
    # L1: trailing whitespace goes to the paragraph's level.
    base = 1 if rtl else 0
    i = len(chars) - 1
    while i >= 0 and chars[i].isspace():
        levels[i] = base
        i -= 1
    order = list(range(len(chars)))
    top = max(levels)
    lowest_odd = min(levels) | 1  # odd levels not on the line count too (a line of digits)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return "".join(chars[k] for k in order)


def font_file(script: str, bold: bool = False) -> Path:
    return FONTS_DIR / FONT_FILES[script][1 if bold else 0]
