"""Two windows (or two desks on a shared drive) on one journal: no write is ever lost."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from vagledare.app.desk import Desk
from vagledare.journal import quick_cases
from vagledare.journal.db import JournalBusyError, network_share_warning, open_journal
from vagledare.journal.models import Gender, QuickCase


def count(journal) -> int:  # noqa: ANN001
    with journal.session(readonly=True) as s:
        return s.scalar(select(func.count()).select_from(QuickCase)) or 0


def hold_write_lock(journal, desk: Desk, seconds: float, started: threading.Event) -> None:  # noqa: ANN001
    site = desk.site
    with journal.session() as s:
        quick_cases.log_quick_cases(
            s, site.id, site.categories[0].id, site.age_bands[0].id, Gender.MAN, desk.staff.id
        )
        started.set()
        time.sleep(seconds)


def test_second_writer_waits_and_both_writes_land(desk: Desk, db_target: str) -> None:
    other = open_journal(db_target)
    other_desk = Desk(other, desk.site, desk.staff)
    started = threading.Event()
    t = threading.Thread(target=hold_write_lock, args=(other, other_desk, 0.5, started))
    t.start()
    assert started.wait(10)
    before = time.perf_counter()
    site = desk.site
    desk.log(site.categories[1].id, site.age_bands[1].id, Gender.WOMAN)
    waited = time.perf_counter() - before
    t.join()
    assert waited >= 0.3
    assert count(desk.journal) == 2 and count(other) == 2
    other.close()


def test_a_reader_never_waits_for_a_writer(desk: Desk, db_target: str) -> None:
    other = open_journal(db_target)
    started = threading.Event()
    t = threading.Thread(
        target=hold_write_lock, args=(other, Desk(other, desk.site, desk.staff), 0.8, started)
    )
    t.start()
    assert started.wait(10)
    before = time.perf_counter()
    assert desk.snapshot().today == 0  # the uncommitted entry is not seen, and no waiting
    assert time.perf_counter() - before < 0.3
    t.join()
    assert desk.snapshot().today == 1
    other.close()


def test_writer_that_cannot_get_the_lock_gets_a_clear_message(desk: Desk, db_target: str) -> None:
    impatient = open_journal(db_target, busy_timeout=0.2)
    impatient_desk = Desk(impatient, desk.site, desk.staff)
    started = threading.Event()
    t = threading.Thread(target=hold_write_lock, args=(desk.journal, desk, 1.0, started))
    t.start()
    assert started.wait(10)
    site = desk.site
    with pytest.raises(JournalBusyError, match="används just nu"):
        impatient_desk.log(site.categories[0].id, site.age_bands[0].id, Gender.WOMAN)
    t.join()
    assert count(desk.journal) == 1
    impatient.close()


@pytest.mark.sqlite_only
def test_network_share_is_recognised(tmp_path: Path) -> None:
    assert network_share_warning(tmp_path / "j.sqlite") is None
    assert "nätverksenhet" in (network_share_warning(Path("//server/share/j.sqlite")) or "")
