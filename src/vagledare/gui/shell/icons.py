"""The app icon (drawn by tools/make_icons.py, shipped as package data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
DESKTOP_ID = "se.vagledare.Vagledare"  # the .desktop file's name: Wayland matches windows by it


def app_icon() -> QIcon:
    """Every bitmap size, so window title bars, task bars and Alt+Tab each pick a crisp one."""
    icon = QIcon()
    for png in sorted(ICON_DIR.glob("vagledare-*.png")):
        icon.addFile(str(png))
    return icon
