"""One click = one durably committed snabbärende: through ``Desk.log`` (the button's code path)
and through the real window (a tally button clicked offscreen), each beside the floor measured
in the same run, interleaved round by round: a bare ``INSERT`` of one row into an equally
indexed table and ``COMMIT``, with the same durability (WAL, synchronous=FULL, same disk).

Targets (#22): click → durable commit ≤ 2× the floor; click through the window ≤ 3 ms plus
that. Then the day's first click on a journal of ``--rows`` snabbärenden: the click returns
while the day's backup is still being written in its own thread.

    python bench/bench_click.py [--clicks 3000] [--rows 200000]
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from common import ms, summary, timed, timed_alternately  # noqa: E402

from vagledare.app.desk import Desk  # noqa: E402
from vagledare.journal import sites, staff  # noqa: E402
from vagledare.journal.db import Journal, bulk_insert, open_journal  # noqa: E402
from vagledare.journal.models import Gender, QuickCase, time_ordered_uuid, utc_now  # noqa: E402


def bare_table(journal_path: Path, floor_path: Path) -> sqlite3.Connection:
    """A database with the journal's quick_case table and its indexes (no foreign keys, no
    triggers), WAL and synchronous=FULL like the journal."""
    src = sqlite3.connect(journal_path)
    ddl = [
        sql
        for (sql,) in src.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'quick_case' AND sql IS NOT NULL "
            "ORDER BY type DESC"  # the table before its indexes
        )
    ]
    src.close()
    con = sqlite3.connect(floor_path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    for sql in ddl:
        con.execute(sql)  # foreign keys are not enforced: a bare connection leaves them off
    return con


def spread(samples: list[float]) -> str:
    s = sorted(samples)
    return f"{ms(statistics.median(s))} (p10 {ms(s[len(s) // 10])}, p90 {ms(s[len(s) * 9 // 10])})"


def fill(journal: Journal, site: sites.SiteInfo, me: staff.StaffInfo, rows: int) -> None:
    """``rows`` snabbärenden of past days (as the day's first click finds them)."""
    now, start = utc_now(), datetime(2020, 1, 1, 9)
    cells = itertools.cycle([(c.id, b.id) for c in site.categories for b in site.age_bands])
    with journal.session() as s:
        batch = []
        for i in range(rows):
            cat, band = next(cells)
            batch.append(
                {
                    "id": time_ordered_uuid(),
                    "created_at": now,
                    "modified_at": now,
                    "author_id": me.id,
                    "site_id": site.id,
                    "category_id": cat,
                    "age_band_id": band,
                    "gender": Gender.WOMAN if i % 2 else Gender.MAN,
                    "occurred_at": start + timedelta(minutes=3 * i),
                }
            )
            if len(batch) == 50_000:
                bulk_insert(s, QuickCase.__table__, batch)
                batch = []
        if batch:
            bulk_insert(s, QuickCase.__table__, batch)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clicks", type=int, default=3000, help="rounds (each: all three)")
    ap.add_argument("--rows", type=int, default=200_000, help="journal size, first click")
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    from vagledare.gui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.sqlite"
        journal = open_journal(path)
        with journal.session() as s:
            me = staff.ensure_staff(s, "AB")
            site = sites.add_site(s, "Fröslunda", me.id)
        desk = Desk(journal, site, me)
        desk._backed_up_on = datetime.now().date()  # the first click of the day: see below
        keys = [
            (c.id, b.id, g)
            for c in site.categories
            for b in site.age_bands
            for g in (Gender.WOMAN, Gender.MAN)
        ]
        cells = itertools.cycle(keys)
        floor = bare_table(path, Path(tmp) / "floor.sqlite")
        floor_sql = (
            "INSERT INTO quick_case (id, site_id, category_id, age_band_id, gender, "
            "occurred_at, author_id, created_at, modified_at, visit_id, return_visit) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        )
        site_hex, me_hex = site.id.hex, me.id.hex

        def bare() -> None:
            cat, band, gender = next(cells)
            stamp = str(datetime.now())
            floor.execute("BEGIN IMMEDIATE")
            floor.execute(
                floor_sql,
                (
                    uuid.uuid4().hex,
                    site_hex,
                    cat.hex,
                    band.hex,
                    gender.name,
                    stamp[:19],
                    me_hex,
                    stamp,
                    stamp,
                    uuid.uuid4().hex,
                    0,
                ),
            )
            floor.execute("COMMIT")

        def click() -> None:
            cat, band, gender = next(cells)
            desk.log(cat, band, gender)

        window = MainWindow(desk, "sv")
        window.show()
        app.processEvents()
        buttons = itertools.cycle([window.tally.buttons[k] for k in keys])

        def window_click() -> None:
            next(buttons).click()  # the button's clicked signal: log, feedback, grid
            app.processEvents()

        got = timed_alternately({"bare": bare, "desk": click, "window": window_click}, args.clicks)
        b, d, w = (statistics.median(got[k]) for k in ("bare", "desk", "window"))
        print(f"{args.clicks} rounds, interleaved (median, p10–p90):")
        print(f"  bare INSERT + COMMIT (WAL, synchronous=FULL): {spread(got['bare'])}")
        print(f"  click → durable commit (Desk.log):          {spread(got['desk'])}")
        print(f"  click through the window (button → painted): {spread(got['window'])}")
        print(f"  Desk.log / bare: {d / b:.2f}× (target ≤ 2×)")
        print(f"  window − bare: {ms(w - b)} (target ≤ 3 ms); window − Desk.log: {ms(w - d)}")
        refresh = timed(desk.snapshot, 200)
        print(f"grid refresh (today's counts + totals): {summary(refresh)}")
        window.close()
        app.processEvents()

        if args.rows:
            fill(journal, site, me, args.rows)
            folder = path.parent / "backups"
            firsts, backups = [], []
            for _ in range(5):
                shutil.rmtree(folder, ignore_errors=True)
                desk._backed_up_on = None  # a new day
                t = time.perf_counter()
                click()
                firsts.append(time.perf_counter() - t)
                desk.wait_for_backup()
                backups.append(time.perf_counter() - t)
                assert list(folder.glob("*-dag-*.sqlite"))
            size = path.stat().st_size / 2**20
            print(
                f"first click of the day, {args.rows:,} snabbärenden ({size:.0f} MiB), 5 rounds: "
                f"click returns {spread(firsts)}; the backup written after {spread(backups)}"
            )
        floor.close()
        journal.close()


if __name__ == "__main__":
    main()
