"""The bundled fonts, so that Arabic script and Ge'ez (Tigrinya) render on a bare desk PC.

``register_bundled_fonts`` adds ``resources/fonts/*.ttf`` to Qt's font database once per
process; a missing or broken file is said in the log and skipped, never a crash (the text
then falls back to whatever the system has). ``participant_font`` is a font whose family
list falls back from Latin/Cyrillic to Arabic to Ethiopic, for the participant's own words.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel

log = logging.getLogger(__name__)

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
# Latin and Cyrillic first, then the scripts Noto Sans lacks; the system's own font last.
FAMILIES = ["Noto Sans", "Noto Sans Arabic", "Noto Sans Ethiopic"]

_registered: list[str] | None = None


def register_bundled_fonts(folder: Path | None = None) -> list[str]:
    """Register every bundled font file once; the families Qt now knows from them."""
    global _registered
    if _registered is not None and folder is None:
        return _registered
    families: list[str] = []
    files = sorted((folder or FONTS_DIR).glob("*.ttf"))
    if not files:
        log.warning("Inga typsnitt hittades i %s; systemets typsnitt används.", folder or FONTS_DIR)
    for path in files:
        try:
            font_id = QFontDatabase.addApplicationFont(str(path))
        except (OSError, RuntimeError) as exc:  # pragma: no cover - Qt reports by -1
            font_id = -1
            log.warning("Typsnittet %s kunde inte läsas: %s", path.name, exc)
        if font_id < 0:
            log.warning("Typsnittet %s kunde inte läsas; systemets typsnitt används.", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if folder is None:
        _registered = families
    return families


def participant_font(base: QFont | None = None) -> QFont:
    """``base`` (size, weight) with the bundled families as its fallback list."""
    register_bundled_fonts()
    font = QFont(base) if base is not None else QFont()
    font.setFamilies([*FAMILIES, *font.families()])
    return font


def participant_label(text: str, role: str, rtl: bool = False) -> QLabel:
    """A participant's words on a form page: wrapped plain text in the bundled fonts, set
    from the leading edge of its own direction (``role`` picks the page's style)."""
    lab = QLabel(text)
    lab.setProperty("role", role)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    # Arabic script and Ge'ez from the bundled fonts, whatever the desk has installed.
    lab.setFont(participant_font(lab.font()))
    if rtl:
        # The leading edge: AlignLeft is mirrored in a right-to-left widget, so the text
        # starts at the right (AlignRight would be mirrored to the left).
        lab.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return lab
