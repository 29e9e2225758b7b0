"""The bundled Noto fonts in reportlab, and text in any participant language made into
paragraphs and drawing strings: each run of characters in the font that has them, Arabic
script shaped and put in display order line by line (``vagledare.app.scripts``).

A font file that cannot be read never ends in a traceback or in boxes instead of letters:
Latin text falls back to Bitstream Vera (shipped with reportlab), and a text that needs the
missing font is refused with a ``FontProblem`` that says so in Swedish.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from vagledare.app import scripts
from vagledare.app.scripts import ARABIC, ETHIOPIC, LATIN, SCRIPT_NAMES
from vagledare.reports.render import tagging

_BASE = {LATIN: "VgNotoSans", ARABIC: "VgNotoSansArabic", ETHIOPIC: "VgNotoSansEthiopic"}
_loaded: dict[Path, str] = {}  # font file → its name in reportlab
_broken: dict[Path, str] = {}  # font file → why it could not be read


class FontProblem(OSError):
    """A bundled font file is missing or unreadable and the text needs it (Swedish message)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.strerror = message

    def __str__(self) -> str:
        return str(self.strerror)


def font_name(script: str, bold: bool = False) -> str:
    """The registered name of the bundled font for ``script``; FontProblem if unreadable."""
    path = scripts.font_file(script, bold)
    if path in _loaded:
        return _loaded[path]
    if path not in _broken:
        name = _BASE[script] + ("-Bold" if bold else "")
        taken = set(_loaded.values())
        n = 2
        while name in taken:  # another folder's file (a test's): a name of its own
            name = f"{_BASE[script]}{'-Bold' if bold else ''}-{n}"
            n += 1
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except Exception as exc:  # noqa: BLE001 - reportlab raises anything on a bad file
            _broken[path] = f"{type(exc).__name__}: {exc}"
        else:
            _loaded[path] = name
            return name
    raise FontProblem(
        f"Typsnittet för {SCRIPT_NAMES[script]} skrift ({path.name}) kunde inte läsas "
        f"({_broken[path]}). Skriv ut kortet på svenska, eller installera om Vägledare."
    )


def _covers(name: str, ch: str) -> bool:
    face = getattr(pdfmetrics.getFont(name), "face", None)
    return face is not None and ord(ch) in face.charToGlyph


def latin_font(bold: bool = False) -> str:
    """Noto Sans, or Vera when Noto Sans cannot be read (Latin letters only)."""
    try:
        return font_name(LATIN, bold)
    except FontProblem:
        tagging.register_fonts()
        return tagging.FONT_BOLD if bold else tagging.FONT


def runs(text: str, primary: str = LATIN, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into (font name, characters) runs: a letter in its script's font; a space,
    digit or sign in the font of the run before it when that font has it, else the primary
    script's, else the Latin font. FontProblem when a needed font cannot be read."""
    out: list[tuple[str, str]] = []
    latin = latin_font(bold)
    for ch in text:
        script = scripts.script_of(ch)
        if script is None:
            choices = [out[-1][0]] if out else []
            if primary != LATIN:
                choices.append(font_name(primary, bold))
            choices.append(latin)
            font = next((f for f in choices if _covers(f, ch)), latin)
        elif script == LATIN:
            font = latin
            if not _covers(font, ch):  # Cyrillic without Noto Sans: only Noto Sans has it
                font = font_name(LATIN, bold)
        else:
            font = font_name(script, bold)
        if out and out[-1][0] == font:
            out[-1] = (font, out[-1][1] + ch)
        else:
            out.append((font, ch))
    return out


def drawable(text: str) -> str:
    """``text`` without the invisible format characters (the zero-width non-joiner of Dari,
    direction marks): once letters have their forms and lines their order, nothing is left
    for them to do, and some fonts draw them as a visible mark."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def markup(text: str, primary: str = LATIN, bold: bool = False) -> str:
    """Paragraph markup for plain ``text`` (in display order): each run in its font."""
    pieces = runs(drawable(text), primary, bold)
    return "".join(f'<font name="{f}">{escape(t)}</font>' for f, t in pieces)


def text_width(text: str, size: float, primary: str = LATIN, bold: bool = False) -> float:
    return sum(pdfmetrics.stringWidth(t, f, size) for f, t in runs(text, primary, bold))


def break_lines(
    shaped: str, width: float, size: float, primary: str, bold: bool = False
) -> list[str]:
    """Logical (shaped) text broken into lines no wider than ``width`` at the spaces; a word
    wider than the line stands alone on its line."""
    lines: list[str] = []
    line = ""
    for word in shaped.split():
        candidate = f"{line} {word}" if line else word
        if line and text_width(candidate, size, primary, bold) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return lines


class _Reflowing(tagging.Paragraph):
    """A right-to-left paragraph: broken into lines at the width it is given, then each line
    put in display order (a split-off piece keeps its lines as they are)."""

    reflow: Callable[[float], str] | None = None
    _width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.reflow is not None and availWidth != self._width:
            inner = availWidth - self.style.leftIndent - self.style.rightIndent
            self._setup(self.reflow(inner), self.style, self.bulletText, None, _clean)
            self._width = availWidth
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        return result


def _clean(text: str) -> str:
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    cleaned: str = cleanBlockQuotedText(text)
    return cleaned


def paragraph(
    text: str,
    style: ParagraphStyle,
    lang: str,
    bold: bool = False,
    role: str | None = None,
    **kw: Any,
) -> tagging.Paragraph:
    """A tagged paragraph of plain ``text`` in ``lang``: fonts by script, Arabic script shaped
    and ordered right to left and right-aligned, with its language (and, when reordered, its
    text in reading order for screen readers)."""
    primary = scripts.main_script(text)
    rtl = scripts.is_rtl(text)
    if not rtl:
        return tagging.Paragraph(
            markup(scripts.shape(text), primary, bold), style, role=role, lang=lang, **kw
        )
    shaped = scripts.shape(text)
    size = style.fontSize
    centred = style.alignment == TA_CENTER
    rtl_style = ParagraphStyle(
        f"{style.name}-rtl", parent=style, alignment=TA_CENTER if centred else TA_RIGHT
    )

    def reflow(width: float) -> str:
        lines = break_lines(shaped, width - 0.5, size, primary, bold)
        return "<br/>".join(markup(scripts.visual(x), primary, bold) for x in lines)

    p = _Reflowing(reflow(1e6), rtl_style, role=role, lang=lang, actual=text, **kw)
    p.reflow = reflow
    return p


def align(text: str) -> int:
    """TA_RIGHT for a right-to-left text, else TA_LEFT."""
    return TA_RIGHT if scripts.is_rtl(text) else TA_LEFT


def display(text: str) -> tuple[str, str]:
    """One line of plain text for a drawing string: (display-order text, primary script)."""
    primary = scripts.main_script(text)
    shaped = scripts.shape(text)
    return drawable(scripts.visual(shaped) if scripts.is_rtl(text) else shaped), primary
