"""Opening the Ärenden tab on the city journal vs fetching its cases by bare SQL (#22: ≤ 300 ms).

In the real window (offscreen, as the team lead at the first site) the Cases tab is opened for
the first time, as a person does: its list shows the site's open cases. Then, in the same
window: a case opened (the first row chosen), the list scrolled to its end a few times (each
time the view reads the next page), the tab left and opened again, every case asked for (all
meeting places, open and closed: 50 000 on the city journal), and that list sorted by its
"Last activity" heading. Each step is timed until the list is painted and no background task
is left, with the longest main-thread stall (heartbeat every 5 ms) and the number of calls to
the list model's ``data()``.

Baselines, timed alternately in the same run:
- the same first opening of the tab in a window on an empty journal (same people and sites):
  what building and painting the page costs whatever the journal holds;
- the site's open cases with the list's columns (code, route, site, coach, start, last
  activity) fetched with one plain ``sqlite3`` query: every row the opened tab can scroll
  through;
- every case (50 000) with those columns and its current closing, by one query.

``--pg URL``: the same on the city journal on that PostgreSQL server (built there first if it is
not yet), the empty journal in a new database of its own there (dropped at the end), the bare
queries (PostgreSQL's dialect of the same) through a plain ``psycopg`` connection.

    python bench/bench_cases_list.py [--small] [--pg URL] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
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
from city_journal import (  # noqa: E402
    SITE_NAMES,
    city_target,
    empty_journal,
    server_databases,
)
from common import Dialect, bare_connection, spread  # noqa: E402

from PySide6.QtCore import Qt  # noqa: E402

TARGET_MS = 300
STALL_MS = 100
SCROLLS = 5
EMPTY_DATABASE = "vagledare_bench_cases_list_empty"  # on a PostgreSQL server, for the empty journal

# The list's columns for every case, in one query (a case's last activity: its start, its
# latest contact or reopening; its current closing: the one not reopened).
CASES_SQL = """
SELECT c.id, p.code, c.route, s.name, st.name, c.start_date, k.closed_on, k.reason,
       {last_activity} AS last_activity
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
# The site's open cases with the same columns (an open case has no current closing): what
# the tab holds when it opens. Looked up case by case through the indexes, not grouped over
# every contact as above (the faster of the two for a few hundred cases).
OPEN_SQL = """
SELECT c.id, p.code, c.route, s.name, st.name, c.start_date, {last_activity}
FROM case_file c
JOIN participant p ON p.id = c.participant_id
JOIN site s ON s.id = c.site_id
LEFT JOIN staff st ON st.id = c.coach_id
WHERE s.name = {mark}
  AND NOT EXISTS (SELECT 1 FROM case_closure k WHERE k.case_id = c.id AND k.reopened_on IS NULL)
ORDER BY c.start_date DESC, p.code DESC
"""


def bare_queries(dialect: Dialect) -> tuple[str, str]:
    """Every case, and the site's open cases, with the list's columns: the dialect's SQL."""
    every = CASES_SQL.format(last_activity=dialect.latest("c.start_date", "t.last", "r.last"))
    open_ = OPEN_SQL.format(
        last_activity=dialect.latest(
            "c.start_date",
            "(SELECT max(occurred_on) FROM case_contact t WHERE t.case_id = c.id)",
            "(SELECT max(reopened_on) FROM case_closure r WHERE r.case_id = c.id)",
        ),
        mark=dialect.mark,
    )
    return every, open_


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


def listed(model) -> int:  # noqa: ANN001
    """How many cases the list holds, read or not (a model before paging: its rows)."""
    return getattr(model, "total", None) or model.rowCount()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="the small city journal")
    parser.add_argument("--pg", metavar="URL", help="on this PostgreSQL server")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    where, name = city_target(args.pg, args.small)
    try:
        measure(args, where, name)
    finally:
        if args.pg:
            server_databases(args.pg, [EMPTY_DATABASE], drop=True)


def measure(args: argparse.Namespace, path: Path | str, name: str) -> None:
    """The rounds on the journal at ``path`` (a file or a server URL), and their figures."""
    con, dialect = bare_connection(path)
    every_sql, open_sql = bare_queries(dialect)
    figures: dict[str, list[float]] = {}
    calls: dict[str, list[int]] = {}
    rows: dict[str, int] = {}

    def note(key: str, value: float) -> None:
        figures.setdefault(key, []).append(value)

    with tempfile.TemporaryDirectory() as tmp:
        empty = empty_journal(
            server_databases(args.pg, [EMPTY_DATABASE])[0] if args.pg else Path(tmp)
        )
        app = application(Path(tmp))
        beat = Heartbeat()
        counter = DataCalls()
        from vagledare.gui.cases.case_table_model import CaseColumn

        con.execute(every_sql).fetchall()  # warm the page cache
        for _ in range(args.rounds):
            # The baseline window: the tab opened on an empty journal.
            desk = lead_desk(empty)
            window = open_window(desk)
            idle(100)
            lazy = window._lazy["cases"]
            ready = tasks_idle(window)
            stall, wall = run_step(beat, lambda: window.tabs.setCurrentWidget(lazy), ready)  # noqa: B023
            note("empty wall", wall)
            note("empty stall", stall)
            window.close()
            window.deleteLater()
            idle(50)
            desk.journal.close()
            counter.take()

            desk = lead_desk(path)
            window = open_window(desk)
            idle(100)
            lazy = window._lazy["cases"]
            ready = tasks_idle(window)

            def step(name: str, fn, count_calls: bool = False) -> None:  # noqa: ANN001
                stall, wall = run_step(beat, fn, ready)  # noqa: B023
                note(f"{name} wall", wall)
                note(f"{name} stall", stall)
                if count_calls:
                    calls.setdefault(name, []).append(counter.take())

            step("open", lambda: window.tabs.setCurrentWidget(lazy), True)  # noqa: B023
            page = window.cases
            rows["open"] = listed(page.model)
            rows["open read"] = page.model.rowCount()
            step("case", lambda: page.view.selectRow(0))  # noqa: B023
            for _ in range(SCROLLS):
                step("scroll", page.view.scrollToBottom)
            rows["scrolled"] = page.model.rowCount()
            step("leave", lambda: window.tabs.setCurrentIndex(0))  # noqa: B023
            step("again", lambda: window.tabs.setCurrentWidget(lazy))  # noqa: B023
            page.site_combo.blockSignals(True)
            page.site_combo.setCurrentIndex(0)  # all meeting places
            page.site_combo.blockSignals(False)
            everything = page.status_combo.count() - 1  # open, closed, all
            counter.take()
            step("all", lambda: page.status_combo.setCurrentIndex(everything), True)  # noqa: B023
            rows["all"] = listed(page.model)
            rows["all read"] = page.model.rowCount()
            step(
                "sort",
                lambda: page.view.sortByColumn(CaseColumn.LAST, Qt.SortOrder.DescendingOrder),  # noqa: B023
            )
            window.close()
            window.deleteLater()
            idle(50)
            desk.journal.close()

            t = time.perf_counter()
            fetched = con.execute(open_sql, (SITE_NAMES[0],)).fetchall()
            note("sql open", time.perf_counter() - t)
            rows["sql open"] = len(fetched)
            t = time.perf_counter()
            fetched = con.execute(every_sql).fetchall()
            note("sql", time.perf_counter() - t)
            rows["sql"] = len(fetched)
        app.processEvents()
    con.close()

    def line(label: str, key: str) -> str:
        return (
            f"  {label}: {spread(figures[f'{key} wall'])}; longest stall "
            f"{spread(figures[f'{key} stall'])}"
        )

    def ratio(a: str, b: str) -> str:
        return f"{statistics.median(figures[a]) / statistics.median(figures[b]):.2f}×"

    print(f"Ärenden tab on {name} ({args.rounds} rounds, each in a new window):")
    print(
        line(
            f"open (the site's open cases: {rows['open']:,}, {rows['open read']} rows read)", "open"
        )
        + f"; data() calls {statistics.median(calls['open']):,.0f} "
        f"(target ≤ {TARGET_MS} ms, stall ≤ {STALL_MS} ms)"
    )
    print(line("  the same on an empty journal (baseline)", "empty"))
    print(line("open a case (the first row)", "case"))
    print(line(f"scroll to the end ({SCROLLS}×, {rows['scrolled']} rows read after)", "scroll"))
    print(line("leave the tab", "leave"))
    print(line("open the tab again", "again"))
    print(
        line(f"every case ({rows['all']:,}, {rows['all read']} rows read)", "all")
        + f"; data() calls {statistics.median(calls['all']):,.0f}"
    )
    print(line("every case sorted by last activity", "sort"))
    print(
        f"  bare SQL, the site's open cases ({rows['sql open']:,}) with the list's columns: "
        f"{spread(figures['sql open'])}"
    )
    print(
        f"  bare SQL, every case ({rows['sql']:,}) with the list's columns: "
        f"{spread(figures['sql'])}"
    )
    print(
        "  ratios (medians): open / bare SQL of its cases "
        f"{ratio('open wall', 'sql open')}; open / the same on an empty journal "
        f"{ratio('open wall', 'empty wall')} (stall {ratio('open stall', 'empty stall')}); "
        f"every case / bare SQL of every case {ratio('all wall', 'sql')}"
    )


if __name__ == "__main__":
    main()
