"""Installers and the one version number: pyproject.toml is the only place it is written."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from vagledare import __version__
from vagledare.cli import main
from vagledare.gui.shell.icons import DESKTOP_ID, ICON_DIR, app_icon

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
DESKTOP = PACKAGING / f"{DESKTOP_ID}.desktop"
METAINFO = PACKAGING / f"{DESKTOP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def pyproject_version() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["version"]


def test_installed_version_is_the_pyproject_version() -> None:
    assert __version__ == pyproject_version()


def test_version_command_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    assert capsys.readouterr().out == f"Vägledare {pyproject_version()}\n"


def test_version_flag_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"Vägledare {pyproject_version()}\n"


def test_no_source_file_writes_the_version_number_itself() -> None:
    literal = f'"{pyproject_version()}"'
    offenders = [
        p.relative_to(ROOT)
        for p in (ROOT / "src").rglob("*.py")
        if literal in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_desktop_entry_launches_vagledare_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    e = entry["Desktop Entry"]
    assert e["Type"] == "Application"
    assert e["Name"] == "Vägledare"
    assert e["Exec"] == "vagledare"
    assert e["Icon"] == DESKTOP_ID
    assert e["Terminal"] == "false"
    assert e["Comment[sv]"].startswith("Registrera snabbärenden")


def test_metainfo_names_the_app_in_swedish_and_english_and_has_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    for tag in ("name", "summary"):
        langs = {el.get(XML_LANG) for el in root.findall(tag)}
        assert langs == {None, "sv"}, tag
    paragraphs = root.findall("description/p")
    assert {p.get(XML_LANG) for p in paragraphs} == {None, "sv"}
    releases = root.findall("releases/release")
    assert releases[0].get("version") == pyproject_version()  # newest first
    assert root.find("content_rating").get("type") == "oars-1.1"
    image = root.findtext("screenshots/screenshot/image")
    assert image.endswith("/docs/tally.png")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validates() -> None:
    run = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout == "", run.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_metainfo_validates() -> None:
    run = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout


def test_inno_setup_installs_per_user_and_uninstall_keeps_the_journal() -> None:
    raw = (PACKAGING / "vagledare.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Inno Setup then reads å, ä, ö right
    text = raw.decode("utf-8-sig")
    lines = [line.strip() for line in text.splitlines() if not line.lstrip().startswith(";")]
    assert "PrivilegesRequired=lowest" in lines
    assert "AppVersion={#AppVersion}" in lines  # passed by the build: iscc /DAppVersion=…
    assert "[UninstallDelete]" not in lines
    assert not any(
        "{localappdata}" in line.lower() or "{userappdata}" in line.lower() for line in lines
    )
    assert any(line.startswith('Name: "{autoprograms}') for line in lines)  # Start menu


def test_icons_exist_at_every_usual_size() -> None:
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(ICONS / f"vagledare-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
    assert (ICONS / "vagledare.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_windows_icon_holds_six_sizes() -> None:
    data = (ICONS / "vagledare.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 6)
    sizes = [data[6 + 16 * i] or 256 for i in range(count)]
    assert sizes == [16, 24, 32, 48, 64, 256]


def test_window_icon_offers_small_and_large_bitmaps(qapp) -> None:  # noqa: ANN001
    icon = app_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert icon.actualSize(QSize(16, 16)) == QSize(16, 16)
    # The package carries the same bitmaps as resources/ (tools/make_icons.py copies them).
    for png in ICON_DIR.glob("vagledare-*.png"):
        assert png.read_bytes() == (ICONS / png.name).read_bytes()
