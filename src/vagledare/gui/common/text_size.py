"""Text size (View → Text size, 100–200 %): the application's font scaled, and with it every
style sheet that names a font size in points.

A widget whose style sheet says ``font-size: 14pt`` sets it through ``set_style_sheet``: the
sheet is kept as written (in the widget's property ``BASE_PROPERTY``) and applied with its
sizes scaled, now and whenever the text size changes (``rescale_style_sheets``). Fonts made
in code take their size from ``pt``.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

BASE_PROPERTY = "vagledareBaseStyleSheet"
_POINTS = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")

_state: dict[str, object] = {"percent": 100, "base_font": None}


def percent() -> int:
    value = _state["percent"]
    assert isinstance(value, int)
    return value


def factor() -> float:
    return percent() / 100


def pt(size: float) -> float:
    """A point size written for 100 %, at the current text size."""
    return round(size * factor(), 1)


def times(sheet: str, by: float) -> str:
    """The style sheet with every ``font-size: …pt`` multiplied by ``by`` (rounded to 0.1)."""
    return _POINTS.sub(lambda m: f"{m.group(1)}{round(float(m.group(2)) * by, 1):g}pt", sheet)


def scaled(sheet: str) -> str:
    """The style sheet with every ``font-size: …pt`` at the current text size."""
    return sheet if percent() == 100 else times(sheet, factor())


def set_style_sheet(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` the sheet, its font sizes following the text size from now on."""
    widget.setProperty(BASE_PROPERTY, sheet)
    if widget.styleSheet() != scaled(sheet):  # an unchanged sheet costs no re-polish
        widget.setStyleSheet(scaled(sheet))


def base_font(app: QApplication) -> QFont:
    """The application's font at 100 % (as the system gave it at the first change)."""
    if _state["base_font"] is None:
        _state["base_font"] = QFont(app.font())
    font = _state["base_font"]
    assert isinstance(font, QFont)
    return QFont(font)


def set_percent(app: QApplication, value: int) -> bool:
    """Scale the application's font to ``value`` per cent of the base font and rescale the
    style sheets set through ``set_style_sheet``. Returns whether anything changed."""
    value = min(max(int(value), 100), 200)
    font = base_font(app)
    if value == percent() and app.font() == _font_at(font, value):
        return False
    _state["percent"] = value
    app.setFont(_font_at(font, value))
    rescale_style_sheets(app)
    return True


def _font_at(font: QFont, value: int) -> QFont:
    scaled_font = QFont(font)
    if font.pointSizeF() > 0:
        scaled_font.setPointSizeF(round(font.pointSizeF() * value / 100, 1))
    elif font.pixelSize() > 0:
        scaled_font.setPixelSize(round(font.pixelSize() * value / 100))
    return scaled_font


def rescale_style_sheets(app: QApplication) -> None:
    for widget in app.allWidgets():
        base = widget.property(BASE_PROPERTY)
        if isinstance(base, str):
            sheet = scaled(base)
            if widget.styleSheet() != sheet:
                widget.setStyleSheet(sheet)
