"""Compile the Designer forms in ``ui/`` and the translations in ``translations/``.

    python tools/build_qt.py            # uic + lrelease
    python tools/build_qt.py --lupdate  # also refresh the .ts files from the sources first

The generated modules and .qm files are committed, so installing from a clean clone needs no
Qt tools; CI runs this script and checks that nothing changed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS = ROOT / "src" / "vagledare" / "gui" / "forms"
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "src" / "vagledare" / "gui" / "i18n"
LANGUAGES = ("sv", "en")
HEADER = "# Generated from ui/{name} by tools/build_qt.py — do not edit.\n"


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def build_forms() -> None:
    FORMS.mkdir(parents=True, exist_ok=True)
    (FORMS / "__init__.py").write_text('"""Generated Designer forms (see tools/build_qt.py)."""\n')
    for ui in sorted(UI_DIR.glob("*.ui")):
        out = FORMS / f"ui_{ui.stem}.py"
        code = subprocess.run(
            [tool("pyside6-uic"), "--no-autoconnection", str(ui)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        # Drop uic's banner (it carries the Qt version and would churn on every upgrade).
        body = code.split(
            "################################################################################\n"
        )[-1]
        out.write_text(HEADER.format(name=ui.name) + body.lstrip("\n"), encoding="utf-8")


def lupdate() -> None:
    sources = [
        str(p)
        for p in sorted((ROOT / "src" / "vagledare" / "gui").rglob("*.py"))
        if "forms" not in p.parts
    ]
    sources += [str(p) for p in sorted(UI_DIR.glob("*.ui"))]
    for lang in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *sources,
                "-ts",
                str(TS_DIR / f"vagledare_{lang}.ts"),
            ],
            check=True,
            capture_output=True,
        )
        _indent_contexts(TS_DIR / f"vagledare_{lang}.ts")


def _indent_contexts(ts: Path) -> None:
    """Keep the committed layout (contexts one level in) whatever lupdate's version writes,
    so a run changes only the messages that changed. Lines inside a multi-line text are not
    tags and stay as they are."""
    lines = ts.read_text(encoding="utf-8").splitlines(keepends=True)
    if "<context>\n" not in lines:  # already laid out so
        return
    outer = ("<?xml", "<!DOCTYPE", "<TS", "</TS")
    ts.write_text(
        "".join(
            "    " + line.replace("&apos;", "'")
            if line.lstrip(" ").startswith("<") and not line.startswith(outer)
            else line.replace("&apos;", "'")
            for line in lines
        ),
        encoding="utf-8",
    )


def lrelease() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lrelease"),
                "-silent",
                str(TS_DIR / f"vagledare_{lang}.ts"),
                "-qm",
                str(QM_DIR / f"vagledare_{lang}.qm"),
            ],
            check=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", action="store_true", help="refresh .ts files first")
    args = parser.parse_args()
    build_forms()
    if args.lupdate:
        lupdate()
    lrelease()


if __name__ == "__main__":
    main()
