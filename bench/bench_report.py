"""A site-month drop-in report over 1 000 000 snabbärenden vs a bare SQLite GROUP BY."""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import insert_quick_cases, ms, summary, timed, timed_alternately  # noqa: E402

from vagledare.journal import sites, staff  # noqa: E402
from vagledare.journal.db import open_journal  # noqa: E402
from vagledare.reports.common import resolve_sites  # noqa: E402
from vagledare.reports.dropin import dropin_report  # noqa: E402
from vagledare.reports.periods import month  # noqa: E402

ROWS, SITES, YEARS = 1_000_000, 10, 10


def build(path: Path) -> tuple[object, list]:
    journal = open_journal(path)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        site_list = [sites.add_site(s, f"Mötesplats {i + 1}", me.id) for i in range(SITES)]
    rng = random.Random(1)
    start = datetime(2016, 1, 1, 8, 0)
    span = (datetime(2016 + YEARS, 1, 1) - start).total_seconds()
    t = time.perf_counter()
    times = (
        (start + timedelta(seconds=rng.random() * span)).replace(microsecond=0) for _ in range(ROWS)
    )
    insert_quick_cases(journal, site_list, me.id, times, rng)
    with journal.engine.connect() as c:
        c.exec_driver_sql("ANALYZE")
        c.commit()
    print(
        f"built {ROWS:,} snabbärenden at {SITES} sites over {YEARS} years "
        f"in {time.perf_counter() - t:.1f} s"
    )
    return journal, site_list


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.sqlite"
        journal, site_list = build(path)
        site = site_list[3]
        period = month(2021, 5)

        def report() -> None:
            with journal.session(readonly=True) as s:
                dropin_report(s, period, [site.id])

        con = sqlite3.connect(path)
        sql = (
            "SELECT category_id, age_band_id, gender, count(*) FROM quick_case "
            "WHERE site_id = ? AND occurred_at >= ? AND occurred_at < ? AND removed_at IS NULL "
            "GROUP BY category_id, age_band_id, gender"
        )
        args = (site.id.hex, "2021-05-01 00:00:00.000000", "2021-06-01 00:00:00.000000")
        n = sum(r[3] for r in con.execute(sql, args))

        def bare() -> None:
            con.execute(sql, args).fetchall()

        for fn in (report, bare):  # warm the page cache
            fn()
        runs = timed_alternately({"report": report, "bare": bare}, 200)
        rep, raw = runs["report"], runs["bare"]
        rep_med, raw_med = statistics.median(rep), statistics.median(raw)
        print(f"rows in the site-month: {n}")
        print(f"drop-in report, one site-month (journal session + whole table): {summary(rep)}")
        print(f"bare sqlite3 GROUP BY over the same rows: {summary(raw)}")
        print(
            f"ratio report / bare GROUP BY (medians, timed alternately): {rep_med / raw_med:.2f}× "
            f"(absolute overhead {ms(rep_med - raw_med)})"
        )

        # Where the fixed cost goes: the parts in a round of their own (warmer than the
        # strict alternation above, so they add up to less than its median).
        def session_only() -> None:
            with journal.session(readonly=True):
                pass

        def layout_only() -> None:
            with journal.session(readonly=True) as s:
                resolve_sites(s, [site.id])

        parts = timed_alternately(
            {"session": session_only, "layout": layout_only, "report": report, "bare": bare}, 200
        )
        med = {name: statistics.median(runs) for name, runs in parts.items()}
        print(
            f"  parts, one round: read-only session alone {ms(med['session'])}, + connection, "
            f"snapshot and site layout {ms(med['layout'] - med['session'])}, + counts and table "
            f"{ms(med['report'] - med['layout'])} = report {ms(med['report'])}; "
            f"bare {ms(med['bare'])}"
        )
        all_sites = timed(lambda: _all_sites(journal, period), 10)
        print(f"drop-in report, all {SITES} sites, one month: {summary(all_sites)}")
        con.close()
        journal.close()


def _all_sites(journal, period) -> None:  # noqa: ANN001
    with journal.session(readonly=True) as s:
        dropin_report(s, period)


if __name__ == "__main__":
    main()
