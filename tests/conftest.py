"""Shared fixtures: a fresh file journal per test, offscreen Qt, seed builders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from vagledare.desk import Desk  # noqa: E402
from vagledare.journal import sites, staff  # noqa: E402
from vagledare.journal.db import Journal, open_journal  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
# The shared fixtures sit beside the main checkout (../shared) or, for a worktree under
# /work/wt/<branch>, two levels up: look in every ancestor's shared/fixtures.
FIXTURES_CANDIDATES = [
    Path(__file__).resolve().parent / "fixtures",
    *(p / "shared" / "fixtures" for p in Path(__file__).resolve().parents[1:]),
]


def fixture_path(name: str) -> Path:
    for base in FIXTURES_CANDIDATES:
        if (base / name).exists():
            return base / name
    raise FileNotFoundError(name)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    j = open_journal(tmp_path / "journal.sqlite")
    yield j
    j.close()


@pytest.fixture
def desk(journal: Journal) -> Desk:
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        site = sites.add_site(s, "Fröslunda", me.id)
    return Desk(journal, site, me)


@pytest.fixture(autouse=True)
def _none_stays_alive() -> None:
    """PySide6 6.12 on CPython 3.11 drops a reference to None on every void Qt call; a long
    test run would otherwise abort (see vagledare/gui/none_guard.py)."""
    from vagledare.gui.none_guard import top_up

    top_up()


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's settings or journal."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("VAGLEDARE_DB", raising=False)
