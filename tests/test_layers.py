"""The domain never imports Qt; the privacy guard finds identity numbers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vagledare.journal.privacy import find_identity_number


def test_domain_and_cli_modules_do_not_import_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, vagledare\n"
        "for m in pkgutil.walk_packages(vagledare.__path__, 'vagledare.'):\n"
        "    skip = ('vagledare.gui', 'vagledare.__main__')\n"
        "    if m.name.startswith(skip) or 'migrations' in m.name:\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "assert 'PySide6' not in sys.modules, [k for k in sys.modules if 'PySide6' in k]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    "text",
    [
        "811218-9876",
        "198112189876",
        "19811218-9876",
        "8112189876",
        "811218+9876",
        "Besökte oss, pnr 811218-9876, igen",
        "701063-2391",
    ],  # last: samordningsnummer (day+60)
)
def test_identity_numbers_are_found(text: str) -> None:
    assert find_identity_number(text)


@pytest.mark.parametrize(
    "text", ["811218-9875", "FRÖ-2023-0142", "2023-08-31 10:15", "0701234567", "991332-1234", ""]
)
def test_other_numbers_are_not_mistaken_for_identity_numbers(text: str) -> None:
    assert find_identity_number(text) is None
