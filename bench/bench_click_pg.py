"""One click = one durably committed snabbärende on a PostgreSQL journal, over loopback:
through ``Desk.log`` (the button's code path), beside its floor measured in the same run,
interleaved round by round: a bare ``INSERT`` of one row into an equally indexed table
(``CREATE TABLE … (LIKE quick_case INCLUDING ALL)``: the same columns, defaults, checks and
indexes, no foreign keys, no triggers) and ``COMMIT`` on a plain psycopg connection to the same
database, so with the same durability (the server's ``fsync`` and ``synchronous_commit``,
printed with the figures).

Also the memory: the benchmark's own peak RSS, and the resident memory of the two server
backends (the desk's and the floor's; read from ``/proc``, so only for a server on this
machine).

Target (#22): click → durable commit ≤ 2× the floor.

    python bench/bench_click_pg.py [--url URL] [--clicks 2000]

The server comes from ``--url``, ``VAGLEDARE_BENCH_PG_URL`` or ``VAGLEDARE_TEST_PG_URL``
(``tools/throwaway_postgres.sh start DIR`` starts a throwaway one; it runs with fsync and
synchronous_commit off, so for figures with durable commits start one without them). A fresh
database is made for the run and dropped afterwards.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import sys
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from common import ms, timed_alternately  # noqa: E402

from vagledare.app.desk import Desk  # noqa: E402
from vagledare.journal import sites, staff  # noqa: E402
from vagledare.journal.db import open_journal  # noqa: E402
from vagledare.journal.models import Gender  # noqa: E402


def spread(samples: list[float]) -> str:
    s = sorted(samples)
    return f"{ms(statistics.median(s))} (p10 {ms(s[len(s) // 10])}, p90 {ms(s[len(s) * 9 // 10])})"


def backend_memory(pid: int) -> str:
    """Resident and peak resident memory of a server backend on this machine."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return "not readable (server elsewhere?)"
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    rss, hwm = (int(fields[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM"))
    return f"RSS {rss:.1f} MiB (peak {hwm:.1f} MiB)"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--url",
        default=os.environ.get("VAGLEDARE_BENCH_PG_URL") or os.environ.get("VAGLEDARE_TEST_PG_URL"),
    )
    ap.add_argument("--clicks", type=int, default=2000, help="rounds (each: both)")
    args = ap.parse_args()
    if not args.url:
        sys.exit(
            "a PostgreSQL URL is needed: --url, VAGLEDARE_BENCH_PG_URL or VAGLEDARE_TEST_PG_URL"
        )

    import psycopg
    from sqlalchemy import create_engine, make_url, text
    from sqlalchemy.pool import NullPool

    url = make_url(args.url)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    name = f"vagledare_click_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    target = url.set(database=name)
    try:
        journal = open_journal(target.render_as_string(hide_password=False))
        run(journal, target, args.clicks, psycopg)
        journal.close()
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run(journal: Any, target: Any, clicks: int, psycopg: Any) -> None:  # noqa: ANN401
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        site = sites.add_site(s, "Fröslunda", me.id)
    desk = Desk(journal, site, me)
    desk._backed_up_on = datetime.now().date()  # no daily backup on a server journal anyway
    keys = [
        (c.id, b.id, g)
        for c in site.categories
        for b in site.age_bands
        for g in (Gender.WOMAN, Gender.MAN)
    ]
    cells = itertools.cycle(keys)
    dsn = target.set(drivername="postgresql").render_as_string(hide_password=False)
    floor = psycopg.connect(dsn)
    with floor.cursor() as cur:
        cur.execute("CREATE TABLE floor_quick_case (LIKE quick_case INCLUDING ALL)")
        cur.execute("SHOW fsync")
        fsync = cur.fetchone()[0]
        cur.execute("SHOW synchronous_commit")
        sync = cur.fetchone()[0]
        cur.execute("SELECT pg_backend_pid()")
        floor_pid = cur.fetchone()[0]
    floor.commit()
    floor_sql = (
        "INSERT INTO floor_quick_case (id, site_id, category_id, age_band_id, gender, "
        "occurred_at, author_id, created_at, modified_at, visit_id, return_visit) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
    )

    def bare() -> None:
        cat, band, gender = next(cells)
        now = datetime.now()
        with floor.cursor() as cur:
            cur.execute(
                floor_sql,
                (
                    uuid.uuid4(),
                    site.id,
                    cat,
                    band,
                    gender.name,
                    now.replace(second=0, microsecond=0),
                    me.id,
                    now,
                    now,
                    uuid.uuid4(),
                    False,
                ),
            )
        floor.commit()

    def click() -> None:
        cat, band, gender = next(cells)
        desk.log(cat, band, gender)

    for _ in range(50):  # warm both: first statements, caches
        bare()
        click()
    with journal.engine.connect() as c:
        desk_pids = [
            r[0] for r in c.execute(text_pids(), {"db": target.database, "me": floor_pid}).all()
        ]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    got = timed_alternately({"bare": bare, "desk": click}, clicks)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    b, d = (statistics.median(got[k]) for k in ("bare", "desk"))
    paired = sorted(x / y for x, y in zip(got["desk"], got["bare"], strict=True))
    print(f"PostgreSQL over loopback (fsync={fsync}, synchronous_commit={sync}), {clicks} rounds,")
    print("interleaved (median, p10–p90):")
    print(f"  bare INSERT + COMMIT:                {spread(got['bare'])}")
    print(f"  click → durable commit (Desk.log):   {spread(got['desk'])}")
    print(
        f"  Desk.log / bare: {d / b:.2f}× (target ≤ 2×); round by round: median "
        f"{statistics.median(paired):.2f}× (p10 {paired[len(paired) // 10]:.2f}×, "
        f"p90 {paired[len(paired) * 9 // 10]:.2f}×)"
    )
    print(
        f"memory: this process's peak RSS {rss_before:.0f} MiB before the clicks, "
        f"{rss_after:.0f} MiB after"
    )
    print(f"  the floor's server backend: {backend_memory(floor_pid)}")
    for pid in desk_pids:
        print(f"  a journal connection's server backend: {backend_memory(pid)}")
    floor.close()


def text_pids() -> Any:  # noqa: ANN401
    """The server backends of this database other than the floor's (the journal's pool)."""
    from sqlalchemy import text

    return text(
        "SELECT pid FROM pg_stat_activity WHERE datname = :db AND pid <> :me "
        "AND backend_type = 'client backend'"
    )


if __name__ == "__main__":
    main()
