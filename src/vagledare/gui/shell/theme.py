"""Light, dark and high-contrast looks, and the text size.

Light and dark follow the system (``QStyleHints.colorScheme()``, also when it changes while
the program runs); *Hög kontrast* (View menu) overrides both. Widgets with their own style
sheets (the tally grid, the roll call) build them from ``current()`` and rebuild them when
``notifier().changed`` fires, so nothing keeps light colours on a dark window. The text size
(View menu, 100–200 %, ``apply_text_size``) scales the application's font and every style
sheet's font sizes (``gui.common.text_size``), and fires the same signal.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from vagledare.gui.common.collector import collect_now


@dataclass(frozen=True)
class Theme:
    name: str  # "light", "dark" or "contrast"
    text: str
    cell: str  # a tally cell / roll-call mark
    cell_border: str
    woman: str  # tint of the women's half of the grid
    man: str
    empty: str  # a zero count
    focus: str  # the focus border of custom buttons
    focus_width: int
    flash: str
    flash_text: str
    idle: str  # feedback line backgrounds
    ok: str
    undone: str
    error_bg: str
    error: str  # error text
    muted: str  # secondary text
    present: str
    absent: str
    excused: str
    banner: str  # the demo banner (same in every look: it must stand out)
    banner_text: str
    border_width: int = 1


LIGHT = Theme(
    name="light",
    text="#1d2733",
    cell="#f7f9fb",
    cell_border="#9aa7b4",
    woman="#eef6f3",
    man="#f3f1fa",
    empty="#5f6b77",
    focus="#1d5f8a",
    focus_width=3,
    flash="#2e7d32",
    flash_text="#ffffff",
    idle="#eef2f6",
    ok="#dcefdc",
    undone="#fbeed5",
    error_bg="#f9dcdc",
    error="#b3261e",
    muted="#5b6672",
    present="#dcefdc",
    absent="#f9dcdc",
    excused="#fbeed5",
    banner="#ffd54f",
    banner_text="#3e2a00",
)
DARK = Theme(
    name="dark",
    text="#e6edf3",
    cell="#2a313a",
    cell_border="#5c6773",
    woman="#22382f",
    man="#2f2a43",
    empty="#9aa5b1",
    focus="#6cb6ff",
    focus_width=3,
    flash="#2e7d32",
    flash_text="#ffffff",
    idle="#2a313a",
    ok="#1f3d24",
    undone="#4a3a16",
    error_bg="#4d2323",
    error="#ff8a80",
    muted="#a9b4bf",
    present="#1f3d24",
    absent="#4d2323",
    excused="#4a3a16",
    banner="#ffd54f",
    banner_text="#3e2a00",
)
CONTRAST = Theme(
    name="contrast",
    text="#ffffff",
    cell="#000000",
    cell_border="#ffffff",
    woman="#000000",
    man="#000000",
    empty="#ffffff",
    focus="#ffff00",
    focus_width=4,
    flash="#00ff00",
    flash_text="#000000",
    idle="#000000",
    ok="#003d00",
    undone="#3d3d00",
    error_bg="#4d0000",
    error="#ff9999",
    muted="#ffffff",
    present="#003d00",
    absent="#4d0000",
    excused="#3d3d00",
    banner="#ffff00",
    banner_text="#000000",
    border_width=2,
)

# Application-wide rules: error and secondary texts (found by object name or property),
# the demo banner, and clearly visible focus on every kind of control. Every date popup
# (every QDateEdit's calendar, in code or in a Designer form) is wide enough for its short
# day names: "mån", not "m…" (an em is the font's height, so it grows with the text size).
APP_STYLE = """
QLabel#errorLabel, QLabel#problemLabel, QLabel#pinError, QLabel#personError,
QLabel#backupError, QLabel[problem="true"] {{ color: {t.error}; }}
QLabel#notesLabel, QLabel#introLabel, QLabel#kindLabel, QLabel[muted="true"] {{
    color: {t.muted};
}}
QLabel#demoBanner {{
    background: {t.banner}; color: {t.banner_text}; font-weight: 700; padding: 6px 12px;
}}
QCalendarWidget {{ min-width: 19em; }}
"""
CONTRAST_STYLE = """
QWidget {{ color: #ffffff; }}
QPushButton, QToolButton {{
    background: #000000; color: #ffffff; border: 2px solid #ffffff; border-radius: 4px;
    padding: 4px 12px;
}}
QPushButton:disabled, QToolButton:disabled {{ color: #a0a0a0; border-color: #a0a0a0; }}
QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractItemView {{
    background: #000000; color: #ffffff; border: 2px solid #ffffff;
    selection-background-color: #ffff00; selection-color: #000000;
}}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus,
QAbstractSpinBox:focus, QTextEdit:focus, QPlainTextEdit:focus, QAbstractItemView:focus {{
    border: {t.focus_width}px solid {t.focus};
}}
QCheckBox:focus, QRadioButton:focus {{ color: {t.focus}; }}
QTabBar::tab {{ border: 2px solid #ffffff; background: #000000; color: #ffffff; }}
QTabBar::tab:selected {{ background: #ffff00; color: #000000; }}
QHeaderView::section {{ background: #000000; color: #ffffff; border: 1px solid #ffffff; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: #ffff00; color: #000000; }}
"""


class _Notifier(QObject):
    changed = Signal(object)  # the new Theme


_state: dict[str, object] = {"theme": LIGHT, "contrast": False, "dark": None}
_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def current() -> Theme:
    theme = _state["theme"]
    assert isinstance(theme, Theme)
    return theme


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def palette_for(theme: Theme) -> QPalette:
    """The window palette of the dark and high-contrast looks (light keeps the style's)."""
    p = QPalette()
    if theme.name == "contrast":
        colours = {
            QPalette.ColorRole.Window: "#000000",
            QPalette.ColorRole.WindowText: "#ffffff",
            QPalette.ColorRole.Base: "#000000",
            QPalette.ColorRole.AlternateBase: "#1a1a1a",
            QPalette.ColorRole.Text: "#ffffff",
            QPalette.ColorRole.Button: "#000000",
            QPalette.ColorRole.ButtonText: "#ffffff",
            QPalette.ColorRole.Highlight: "#ffff00",
            QPalette.ColorRole.HighlightedText: "#000000",
            QPalette.ColorRole.ToolTipBase: "#000000",
            QPalette.ColorRole.ToolTipText: "#ffffff",
            QPalette.ColorRole.PlaceholderText: "#d0d0d0",
            QPalette.ColorRole.Link: "#00ffff",
            QPalette.ColorRole.BrightText: "#ffff00",
            QPalette.ColorRole.Light: "#ffffff",
            QPalette.ColorRole.Midlight: "#ffffff",
            QPalette.ColorRole.Mid: "#ffffff",
            QPalette.ColorRole.Dark: "#ffffff",
            QPalette.ColorRole.Shadow: "#ffffff",
        }
    else:
        colours = {
            QPalette.ColorRole.Window: "#1e2329",
            QPalette.ColorRole.WindowText: "#e6edf3",
            QPalette.ColorRole.Base: "#161b22",
            QPalette.ColorRole.AlternateBase: "#21272e",
            QPalette.ColorRole.Text: "#e6edf3",
            QPalette.ColorRole.Button: "#2a313a",
            QPalette.ColorRole.ButtonText: "#e6edf3",
            QPalette.ColorRole.Highlight: "#2f6f9f",
            QPalette.ColorRole.HighlightedText: "#ffffff",
            QPalette.ColorRole.ToolTipBase: "#2a313a",
            QPalette.ColorRole.ToolTipText: "#e6edf3",
            QPalette.ColorRole.PlaceholderText: "#8b96a3",
            QPalette.ColorRole.Link: "#6cb6ff",
            QPalette.ColorRole.BrightText: "#ffffff",
            QPalette.ColorRole.Light: "#3a424c",
            QPalette.ColorRole.Midlight: "#323a43",
            QPalette.ColorRole.Mid: "#4a535e",
            QPalette.ColorRole.Dark: "#14181d",
            QPalette.ColorRole.Shadow: "#000000",
        }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    disabled = "#a0a0a0" if theme.name == "contrast" else "#6e7781"
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return p


def apply_theme(
    app: QApplication, *, high_contrast: bool | None = None, dark: bool | None = None
) -> Theme:
    """Apply high contrast (when asked) or the system's light or dark look, to the palette,
    the application style sheet and every widget that listens to ``notifier()``.

    ``dark`` overrides the system's choice (None: follow the system).

    Each of style, palette and style sheet is set only when it changes: setting any of them
    re-polishes every widget of every window (seconds on a window whose tables have
    thousands of rows). The system's own style serves the light look until another look is
    first used; from then on Fusion serves every look, so that switching back and forth
    costs one style sheet and one palette, not a change of style as well."""
    _collect_if_any_window()
    if high_contrast is not None:
        _state["contrast"] = high_contrast
    if dark is not None:
        _state["dark"] = dark
    if "style" not in _state:
        _state["style"] = _state["style_now"] = app.style().name()
        _state["palette"] = app.palette()
        hints = app.styleHints()
        if hints is not None:  # follow the system when it switches while we run
            hints.colorSchemeChanged.connect(_on_scheme_changed)
    if _state["contrast"]:
        theme = CONTRAST
    elif _state["dark"] if _state.get("dark") is not None else system_is_dark():
        theme = DARK
    else:
        theme = LIGHT
    if theme is not LIGHT:
        _state["fusion"] = True
    _set_style(app, "Fusion" if _state.get("fusion") else str(_state["style"]))
    palette = _state["palette"] if theme is LIGHT else palette_for(theme)
    assert isinstance(palette, QPalette)
    if app.palette() != palette:
        app.setPalette(palette)
    sheet = (APP_STYLE + (CONTRAST_STYLE if theme is CONTRAST else "")).format(t=theme)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    _state["theme"] = theme
    notifier().changed.emit(theme)
    return theme


def _set_style(app: QApplication, name: str) -> None:
    # (Under a style sheet ``app.style()`` is Qt's style sheet style, whose name is empty.)
    if str(_state["style_now"]).lower() == name.lower():
        return
    style = QStyleFactory.create(name)
    if style is not None:
        app.setStyle(style)
        _state["style_now"] = name


def _collect_if_any_window() -> None:
    """``collect_now`` before a change of look, unless no widget exists yet (the start:
    nothing to re-polish, and a full collection costs the first window ~10 ms, #22)."""
    if QApplication.topLevelWidgets():
        collect_now()


def _on_scheme_changed(_scheme: object) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app)


def high_contrast_on() -> bool:
    return bool(_state["contrast"])


def apply_text_size(app: QApplication, percent: int) -> None:
    """Scale the application's font and the style sheets' font sizes to ``percent`` (100–200)
    of the system's; widgets that draw with font metrics of their own (the charts, the heat
    map) redraw through ``notifier().changed`` as after a change of look."""
    from vagledare.gui.common import text_size

    _collect_if_any_window()
    if text_size.set_percent(app, percent):
        notifier().changed.emit(current())
