"""Översikt on the city journal vs the same 12-month aggregates by bare SQL (#22: ≤ 2×).

The window's Översikt reads ``build_dashboard`` for all sites and the last 12 whole months
(what the page shows when it opens). The baseline computes the same figures with plain
``sqlite3`` GROUP BY queries over the same file: snabbärenden per week and category, per
weekday × hour and per gender; the new cases' genders; per month the new cases, the current
closings and those to self-sufficiency, the cases open at each month's end; per month the
language-group sessions whose roll call was taken and everyone present. The two are checked to
agree before they are timed, alternately, round after round. (The city journal holds no
progression readings: the dashboard's BIP part reads nothing and has no SQL counterpart.)

``--pg URL``: the same on the city journal on that PostgreSQL server (built there first if it is
not yet), the baseline's queries (PostgreSQL's dialect of the same aggregates) through a plain
``psycopg`` connection.

    python bench/bench_overview.py [--small] [--pg URL] [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from city_journal import city_target  # noqa: E402
from common import SQLITE, Dialect, bare_connection, spread, timed_alternately  # noqa: E402

from vagledare.gui.overview.dashboard_page import last_whole_months  # noqa: E402
from vagledare.journal.case_codes import SELF_SUFFICIENT  # noqa: E402
from vagledare.journal.db import open_journal  # noqa: E402
from vagledare.reports.overview import build_dashboard, months_in, next_month  # noqa: E402
from vagledare.reports.periods import Period  # noqa: E402


def bare_sql(con: Any, period: Period, dialect: Dialect = SQLITE) -> dict[str, object]:  # noqa: ANN401
    """The dashboard's figures (all sites) by plain SQL (a ``sqlite3`` or ``psycopg``
    connection); Python only shapes the result."""
    mark, text, count_if = dialect.mark, dialect.text, dialect.count_if
    sites = [r[0] for r in con.execute("SELECT id FROM site")]
    where_sites = f"IN ({','.join([mark] * len(sites))})"
    start = f"{period.start.isoformat()} 00:00:00.000000"
    end = f"{(period.end + timedelta(days=1)).isoformat()} 00:00:00.000000"
    rows = (
        f"WHERE q.site_id {where_sites} AND q.occurred_at >= {mark} AND q.occurred_at < {mark} "
        "AND q.removed_at IS NULL"
    )
    quick = f"FROM quick_case q {rows}"
    args = (*sites, start, end)
    # Counted per day (and hour) in SQL; the days are put into weeks and weekdays in Python.
    per_day = con.execute(
        f"SELECT {text('q.occurred_at', 10)}, c.name, count(*) FROM quick_case q "
        f"JOIN category c ON c.id = q.category_id {rows} GROUP BY 1, 2",
        args,
    ).fetchall()
    weekly: Counter[tuple[str, str]] = Counter()
    for day, name, n in per_day:
        d = date.fromisoformat(day)
        weekly[((d - timedelta(days=d.weekday())).isoformat(), name)] += n
    per_hour = con.execute(
        f"SELECT {text('q.occurred_at', 13)}, count(*) {quick} GROUP BY 1", args
    ).fetchall()
    heat: Counter[tuple[int, int]] = Counter()
    for hour, n in per_hour:
        heat[(date.fromisoformat(hour[:10]).weekday(), int(hour[11:13]))] += n
    genders = con.execute(f"SELECT q.gender, count(*) {quick} GROUP BY 1", args).fetchall()
    first, last = period.start.isoformat(), period.end.isoformat()
    new_genders = con.execute(
        "SELECT p.gender, count(*) FROM case_file c JOIN participant p ON p.id = c.participant_id "
        f"WHERE c.site_id {where_sites} AND c.start_date BETWEEN {mark} AND {mark} GROUP BY 1",
        (*sites, first, last),
    ).fetchall()
    new = con.execute(
        f"SELECT {text('start_date', 7)}, count(*) FROM case_file WHERE site_id {where_sites} "
        f"AND start_date BETWEEN {mark} AND {mark} GROUP BY 1",
        (*sites, first, last),
    ).fetchall()
    reasons = sorted(r.value for r in SELF_SUFFICIENT)
    self_sufficient = count_if(f"k.reason IN ({','.join([mark] * len(reasons))})")
    closed = con.execute(
        f"SELECT {text('k.closed_on', 7)}, count(*), {self_sufficient} "
        "FROM case_closure k JOIN case_file c ON c.id = k.case_id "
        f"WHERE c.site_id {where_sites} AND k.reopened_on IS NULL "
        f"AND k.closed_on BETWEEN {mark} AND {mark} GROUP BY 1",
        (*reasons, *sites, first, last),
    ).fetchall()
    ends = [
        min(next_month(m) - timedelta(days=1), period.end).isoformat() for m in months_in(period)
    ]
    # Open at each month's end: one pass over the cases with a sum per day, less the cases
    # closed then and reopened later (the closings' history).
    days = {f"d{k}": day for k, day in enumerate(ends)}
    site_args = {f"s{k}": x for k, x in enumerate(sites)}
    named_sites = f"IN ({','.join(dialect.named.format(k) for k in site_args)})"
    at = {d: dialect.named.format(d) for d in days}
    still_open = con.execute(
        "SELECT "
        + ", ".join(
            count_if(f"c.start_date <= {at[d]} AND (k.closed_on IS NULL OR k.closed_on > {at[d]})")
            for d in days
        )
        + " FROM case_file c LEFT JOIN case_closure k ON k.case_id = c.id "
        f"AND k.reopened_on IS NULL WHERE c.site_id {named_sites}",
        {**days, **site_args},
    ).fetchone()
    reopened = con.execute(
        "SELECT "
        + ", ".join(
            count_if(
                f"c.start_date <= {at[d]} AND h.closed_on <= {at[d]} AND {at[d]} < h.reopened_on"
            )
            for d in days
        )
        + " FROM case_closure h JOIN case_file c ON c.id = h.case_id "
        f"WHERE h.reopened_on IS NOT NULL AND c.site_id {named_sites}",
        {**days, **site_args},
    ).fetchone()
    open_at_end = [
        (day, (n or 0) - (r or 0)) for day, n, r in zip(ends, still_open, reopened, strict=True)
    ]
    attendance = con.execute(
        f"SELECT {text('x.held_on', 7)}, count(*), sum(x.guests_women + x.guests_men + "
        "x.guests_unstated + (SELECT count(*) FROM attendance a WHERE a.session_id = x.id "
        "AND a.status = 'present')) FROM group_session x "
        "JOIN language_group g ON g.id = x.group_id "
        f"WHERE g.site_id {where_sites} AND x.held_on BETWEEN {mark} AND {mark} "
        "AND x.attendance_taken_at IS NOT NULL AND x.cancelled_at IS NULL GROUP BY 1",
        (*sites, first, last),
    ).fetchall()
    return {
        "weekly": weekly,
        "heat": heat,
        "genders": genders,
        "new_genders": new_genders,
        "new": new,
        "closed": closed,
        "open_at_end": open_at_end,
        "attendance": attendance,
    }


def check_same(board, sql: dict) -> None:  # noqa: ANN001
    """The dashboard and the SQL give the same figures."""
    weekly = sql["weekly"]
    for i, monday in enumerate(board.weekly.weeks):
        for j, name in enumerate(board.weekly.categories):
            assert board.weekly.counts[i][j] == weekly[(monday.isoformat(), name)], (monday, name)
    assert board.weekly.total == sum(weekly.values())
    heat = sql["heat"]
    assert board.heat.total == sum(heat.values())
    for (d, h), n in heat.items():
        assert board.heat.count(d, h) == n, (d, h)
    quick, cases = board.genders
    g = dict(sql["genders"])
    assert (quick.women, quick.men) == (g.get("woman", 0), g.get("man", 0))
    g = dict(sql["new_genders"])
    assert (cases.women, cases.men) == (g.get("woman", 0), g.get("man", 0))
    new, closed = dict(sql["new"]), {m: (n, s) for m, n, s in sql["closed"]}
    open_at_end = [n for _, n in sorted(sql["open_at_end"])]
    for k, month in enumerate(board.cases):
        key = month.month.isoformat()[:7]
        assert month.new == new.get(key, 0), key
        assert (month.closed, month.self_sufficient) == closed.get(key, (0, 0)), key
        assert month.open_at_end == open_at_end[k], key
    seen = {m: (n, p) for m, n, p in sql["attendance"]}
    for month in board.attendance:
        key = month.month.isoformat()[:7]
        assert (month.sessions, month.present) == seen.get(key, (0, 0)), key


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="the small city journal")
    parser.add_argument("--pg", metavar="URL", help="on this PostgreSQL server")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    period = last_whole_months(date.today())
    where, name = city_target(args.pg, args.small)
    journal = open_journal(where)
    con, dialect = bare_connection(where)
    try:

        def dashboard() -> object:
            return journal.read(build_dashboard, period, None, "sv")

        def sql() -> object:
            return bare_sql(con, period, dialect)

        board = dashboard()  # also warms the page cache and the first-use costs
        check_same(board, bare_sql(con, period, dialect))
        runs = timed_alternately({"dashboard": dashboard, "sql": sql}, args.rounds)
    finally:
        con.close()
        journal.close()
    a, b = statistics.median(runs["dashboard"]), statistics.median(runs["sql"])
    print(f"Översikt, all sites, {period.start} – {period.end}, on {name}:")
    print(f"  {board.weekly.total:,} snabbärenden in the period; figures agree with the SQL")
    print(f"  build_dashboard (as the page reads it): {spread(runs['dashboard'])}")
    print(f"  the same aggregates by bare SQL:        {spread(runs['sql'])}")
    print(f"  ratio (medians): {a / b:.1f}× (target ≤ 2×)")


if __name__ == "__main__":
    main()
