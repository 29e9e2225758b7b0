"""Shared fixtures: a fresh journal per test (an SQLite file, or a PostgreSQL database when
``VAGLEDARE_TEST_PG_URL`` is set), offscreen Qt, seed builders."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from backends import (  # noqa: E402
    PG_SKIP_REASON,
    PG_URL,
    SQLITE_ONLY_REASON,
    JournalTargets,
    PostgresServer,
)

from vagledare.app.desk import Desk  # noqa: E402
from vagledare.journal import sites, staff  # noqa: E402
from vagledare.journal.db import Journal, JournalError, hide_password, open_journal  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Iterator

    from privacy_builders import Built

    from vagledare.app.demo import DemoSummary

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


def pytest_report_header(config: pytest.Config) -> str:
    if PG_URL:
        return (
            f"journals: PostgreSQL at {hide_password(PG_URL)}, a fresh database per test; "
            "SQLite-only tests skipped"
        )
    return f"journals: SQLite files; the PostgreSQL run is skipped ({PG_SKIP_REASON})"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if PG_URL and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason=SQLITE_ONLY_REASON))
        if not PG_URL and item.get_closest_marker("postgres_only"):
            item.add_marker(pytest.mark.skip(reason=PG_SKIP_REASON))


@pytest.fixture(scope="session")
def journal_targets(tmp_path_factory: pytest.TempPathFactory) -> JournalTargets:
    """Fresh journals on the backend this run tests (see ``tests/backends.py``)."""
    server = None
    if PG_URL:
        try:
            server = PostgresServer(PG_URL)
        except JournalError as exc:
            pytest.exit(f"VAGLEDARE_TEST_PG_URL cannot be used: {exc}", returncode=3)
    yield JournalTargets(server, tmp_path_factory.mktemp("targets"))
    if server is not None:
        server.close()


@pytest.fixture
def db_target(journal_targets: JournalTargets, tmp_path: Path) -> str:
    """The ``--db`` value of this test's journal: a file path, or a fresh database's URL."""
    target = journal_targets.new(tmp_path)
    yield target
    journal_targets.release(target)


@pytest.fixture(scope="session")
def privacy_template(
    journal_targets: JournalTargets, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Built]:
    """The privacy builders' journal (a bit of everything about people), built once per
    session on the run's backend and closed; ``built_target`` hands out copies of it."""
    from privacy_builders import build_everything

    folder = tmp_path_factory.mktemp("privacy")
    target = journal_targets.new(folder, "template.sqlite")
    with pytest.MonkeyPatch.context() as mp:  # the desk's audit key: never the real profile's
        mp.setenv("XDG_DATA_HOME", str(folder / "data"))
        j = open_journal(target)
        built = build_everything(j)
        j.close()
    yield target, built
    journal_targets.release(target)


@pytest.fixture
def built_target(
    journal_targets: JournalTargets, privacy_template: tuple[str, Built], tmp_path: Path
) -> str:
    """The ``--db`` value of this test's own copy of the privacy builders' journal."""
    target = journal_targets.copy(privacy_template[0], tmp_path)
    yield target
    journal_targets.release(target)


@pytest.fixture
def built(built_target: str, privacy_template: tuple[str, Built]) -> tuple[Journal, Built]:
    """This test's copy of the privacy builders' journal, open, and who is who in it."""
    j = open_journal(built_target)
    yield j, privacy_template[1]
    j.close()


DEMO_NOW = datetime(2024, 6, 14, 15, 30)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoSummary]:
    """The demo journal of the year up to ``DEMO_NOW``, built once per session (a few seconds)
    and closed; ``demo_path`` hands out copies."""
    from vagledare.app.demo import create_demo_journal

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:  # the desk's audit key: never the real profile's
        mp.setenv("XDG_DATA_HOME", str(folder / "data"))
        summary = create_demo_journal(folder / "demo.sqlite", now=DEMO_NOW)
    return folder / "demo.sqlite", summary


@pytest.fixture
def demo_path(demo_template: tuple[Path, DemoSummary], tmp_path: Path) -> Path:
    """This test's own copy of the demo journal (a closed SQLite file)."""
    return Path(shutil.copy(demo_template[0], tmp_path / "demo.sqlite"))


@pytest.fixture
def journal(db_target: str) -> Journal:
    j = open_journal(db_target)
    yield j
    j.close()


@pytest.fixture
def desk(journal: Journal) -> Iterator[Desk]:
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        site = sites.add_site(s, "Fröslunda", me.id)
    d = Desk(journal, site, me)
    yield d
    d.wait_for_backup()  # the day's backup (its own thread) is written before the journal goes


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp) -> None:  # noqa: ANN001
    """As in the window, no garbage collection in a worker's thread (see
    ``vagledare.gui.common.collector``). Unlike the window, not on a timer either: a test's
    widgets are collected after the test, never while pytest-qt dispatches events to them
    (a visible window destroyed in the middle of that ends the worker)."""
    from vagledare.gui.common.collector import MainThreadCollector

    collector = MainThreadCollector(qapp)
    collector.timer.stop()
    qapp._vagledare_collector = collector  # the app's start-up then installs no timer of its own
    yield
    collector.deleteLater()


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> None:
    from vagledare.gui.common.collector import collect_due

    yield
    collect_due()


class _NoVoice:
    """The tests' speech engine unless a test brings its own: no voice, nothing played (the
    platform's engine would start speech-dispatcher, or not, depending on the machine)."""

    voices_ready = True

    def has_voice(self, code: str) -> bool:
        return False

    def play(self, clips: object, code: str) -> None:
        return None  # a pack's recording, if a test ships one: not heard in tests

    def stop(self) -> None:
        return None


@pytest.fixture(autouse=True)
def _no_platform_voice() -> Iterator[None]:
    from vagledare.gui.common import read_aloud

    read_aloud.set_default_backend(_NoVoice())
    yield
    read_aloud.set_default_backend(None)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the real user's settings or journal."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("VAGLEDARE_DB", raising=False)
