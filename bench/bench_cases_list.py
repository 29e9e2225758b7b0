"""Opening the Ärenden tab on the city journal vs fetching its cases by bare SQL (#22: ≤ 300 ms).

In the real window (offscreen, as the team lead at the first site) the Cases tab is opened for
the first time, as a person does: its list shows the site's open cases. Then every case is
asked for (all meeting places, open and closed: 50 000 on the city journal). Both are timed
until the list is painted and no background task is left, with the longest main-thread stall
(heartbeat every 5 ms) and the number of calls to the list model's ``data()``. The baseline,
timed alternately in the same run: the same cases with the list's columns (code, route, site,
coach, start, last activity, current closing) fetched with one plain ``sqlite3`` query.

    python bench/bench_cases_list.py [--small] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))
from bench_stalls import (  # noqa: E402
    Heartbeat,
    application,
    idle,
    lead_desk,
    open_window,
    run_step,
    tasks_idle,
)
from city_journal import city_journal  # noqa: E402
from common import spread  # noqa: E402

TARGET_MS = 300

# The list's columns for every case, in one query (a case's last activity: its start, its
# latest contact or reopening; its current closing: the one not reopened).
CASES_SQL = """
SELECT c.id, p.code, c.route, s.name, st.name, c.start_date, k.closed_on, k.reason,
       max(c.start_date, coalesce(t.last, ''), coalesce(r.last, '')) AS last_activity
FROM case_file c
JOIN participant p ON p.id = c.participant_id
JOIN site s ON s.id = c.site_id
LEFT JOIN staff st ON st.id = c.coach_id
LEFT JOIN case_closure k ON k.case_id = c.id AND k.reopened_on IS NULL
LEFT JOIN (SELECT case_id, max(occurred_on) AS last FROM case_contact GROUP BY case_id) t
       ON t.case_id = c.id
LEFT JOIN (SELECT case_id, max(reopened_on) AS last FROM case_closure
           WHERE reopened_on IS NOT NULL GROUP BY case_id) r ON r.case_id = c.id
ORDER BY c.start_date DESC, p.code DESC
"""


class DataCalls:
    """Counts calls to the case list model's ``data()`` (patched on the class, bench only)."""

    def __init__(self) -> None:
        from vagledare.gui.cases.case_table_model import CaseListModel

        self.n = 0
        original = CaseListModel.data

        def data(model, index, role=0):  # noqa: ANN001, ANN202
            self.n += 1
            return original(model, index, role)

        CaseListModel.data = data  # type: ignore[method-assign]

    def take(self) -> int:
        n, self.n = self.n, 0
        return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="the small city journal")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    path = city_journal(args.small)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    figures: dict[str, list[float]] = {}
    calls: dict[str, list[int]] = {}
    rows: dict[str, int] = {}

    def note(key: str, value: float) -> None:
        figures.setdefault(key, []).append(value)

    with tempfile.TemporaryDirectory() as tmp:
        app = application(Path(tmp))
        beat = Heartbeat()
        counter = DataCalls()
        con.execute(CASES_SQL).fetchall()  # warm the page cache
        for _ in range(args.rounds):
            desk = lead_desk(path)
            window = open_window(desk)
            idle(100)
            counter.take()
            lazy = window._lazy["cases"]
            ready = tasks_idle(window)
            stall, wall = run_step(beat, lambda: window.tabs.setCurrentWidget(lazy), ready)  # noqa: B023
            note("open wall", wall)
            note("open stall", stall)
            calls.setdefault("open", []).append(counter.take())
            page = window.cases
            rows["open"] = page.model.rowCount()
            page.site_combo.blockSignals(True)
            page.site_combo.setCurrentIndex(0)  # all meeting places
            page.site_combo.blockSignals(False)
            everything = page.status_combo.count() - 1  # open, closed, all

            def all_cases() -> None:
                page.status_combo.setCurrentIndex(everything)  # noqa: B023

            stall, wall = run_step(beat, all_cases, ready)
            note("all wall", wall)
            note("all stall", stall)
            calls.setdefault("all", []).append(counter.take())
            rows["all"] = page.model.rowCount()
            window.close()
            window.deleteLater()
            idle(50)
            desk.journal.close()

            t = time.perf_counter()
            fetched = con.execute(CASES_SQL).fetchall()
            note("sql", time.perf_counter() - t)
            rows["sql"] = len(fetched)
        app.processEvents()
    con.close()

    print(f"Ärenden tab on {path.name} ({args.rounds} rounds, each in a new window):")
    print(
        f"  open (the site's open cases, {rows['open']:,} rows): {spread(figures['open wall'])}; "
        f"longest stall {spread(figures['open stall'])}; data() calls "
        f"{statistics.median(calls['open']):,.0f} (target ≤ {TARGET_MS} ms)"
    )
    print(
        f"  every case ({rows['all']:,} rows): {spread(figures['all wall'])}; longest stall "
        f"{spread(figures['all stall'])}; data() calls {statistics.median(calls['all']):,.0f}"
    )
    print(
        f"  bare SQL fetching all {rows['sql']:,} cases with the list's columns: "
        f"{spread(figures['sql'])}"
    )
    print(
        "  ratio every case / bare SQL (medians): "
        f"{statistics.median(figures['all wall']) / statistics.median(figures['sql']):.1f}×"
    )


if __name__ == "__main__":
    main()
