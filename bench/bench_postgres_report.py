"""The monthly drop-in report for all sites on PostgreSQL over 1 000 000 snabbärenden.

Needs a PostgreSQL server and a user that may create databases, given as a SQLAlchemy URL in
``VAGLEDARE_BENCH_PG_URL`` or ``VAGLEDARE_TEST_PG_URL`` (or as the first argument), e.g.
``postgresql+psycopg://postgres@127.0.0.1:5433/postgres``; ``tools/throwaway_postgres.sh start``
starts a throwaway server. The benchmark works in a database of its own and drops it at the end.

Target (#7): the report for one month and all 10 sites < 200 ms.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import summary, timed  # noqa: E402
from sqlalchemy import create_engine, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from vagledare.cli import main as cli  # noqa: E402
from vagledare.journal import sites, staff  # noqa: E402
from vagledare.journal.db import Journal, bulk_insert, open_journal  # noqa: E402
from vagledare.journal.models import Gender, QuickCase, utc_now  # noqa: E402
from vagledare.reports.dropin import dropin_report  # noqa: E402
from vagledare.reports.periods import month  # noqa: E402

ROWS, SITES, YEARS = 1_000_000, 10, 10
TARGET_MS = 200
IMPORT_ROWS = 100_000


def server_url() -> str:
    for value in (*sys.argv[1:2], os.environ.get("VAGLEDARE_BENCH_PG_URL"),
                  os.environ.get("VAGLEDARE_TEST_PG_URL")):  # fmt: skip
        if value:
            return value
    sys.exit(
        "bench_postgres_report: give a PostgreSQL server, e.g. "
        "VAGLEDARE_BENCH_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5433/postgres "
        "(tools/throwaway_postgres.sh start starts one)"
    )


def build(journal: Journal) -> list[sites.SiteInfo]:
    """1 000 000 snabbärenden over 10 sites and 10 years through ``bulk_insert`` (binary COPY
    on PostgreSQL), 100 000 per transaction, then ANALYZE."""
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        site_list = [sites.add_site(s, f"Mötesplats {i + 1}", me.id) for i in range(SITES)]
    rng = random.Random(1)
    start = datetime(2016, 1, 1, 8, 0)
    span = int((datetime(2016 + YEARS, 1, 1) - start).total_seconds())
    genders = (Gender.WOMAN, Gender.MAN)
    stamp = utc_now()
    t = time.perf_counter()
    batch: list[dict[str, object]] = []
    for i in range(ROWS):
        site = site_list[i % SITES]
        batch.append(
            {
                "id": uuid.uuid4(),
                "site_id": site.id,
                "category_id": rng.choice(site.categories).id,
                "age_band_id": rng.choice(site.age_bands).id,
                "gender": genders[i & 1],
                "occurred_at": start + timedelta(seconds=rng.randrange(span)),
                "author_id": me.id,
                "created_at": stamp,
                "modified_at": stamp,
            }
        )
        if len(batch) == 100_000:
            with journal.session() as s:
                bulk_insert(s, QuickCase.__table__, batch)
            batch = []
    loaded = time.perf_counter() - t
    t = time.perf_counter()
    with journal.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE quick_case")
        conn.commit()
    with journal.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(QuickCase)) == ROWS
    print(
        f"built {ROWS:,} snabbärenden at {SITES} sites over {YEARS} years: "
        f"bulk_insert (COPY) {loaded:.1f} s, ANALYZE {time.perf_counter() - t:.1f} s"
    )
    return site_list


def measure(journal: Journal, site: sites.SiteInfo, label: str) -> float:
    period = month(2021, 5)

    def all_sites() -> None:
        with journal.session(readonly=True) as s:
            dropin_report(s, period)

    def one_site() -> None:
        with journal.session(readonly=True) as s:
            dropin_report(s, period, [site.id])

    for fn in (all_sites, one_site):  # warm the server's buffers and the statement caches
        fn()
    every, one = timed(all_sites, 50), timed(one_site, 50)
    print(f"[{label}] drop-in report, all {SITES} sites, one month: {summary(every)}")
    print(f"[{label}] drop-in report, one site, one month: {summary(one)}")
    return sorted(every)[len(every) // 2]


def bare_group_by(journal: Journal, site: sites.SiteInfo) -> None:
    sql = text(
        "SELECT category_id, age_band_id, gender, count(*) FROM quick_case "
        "WHERE site_id = :site AND occurred_at >= :start AND occurred_at < :end "
        "AND removed_at IS NULL GROUP BY category_id, age_band_id, gender"
    )
    args = {"site": site.id, "start": datetime(2021, 5, 1), "end": datetime(2021, 6, 1)}
    with journal.engine.connect() as conn:
        n = sum(r[3] for r in conn.execute(sql, args))
        plan = [r[0] for r in conn.execute(text("EXPLAIN (ANALYZE, COSTS OFF) " + sql.text), args)]
        samples = timed(lambda: conn.execute(sql, args).all(), 50)
    print(f"rows in one site-month: {n}; bare GROUP BY for it: {summary(samples)}")
    print("plan: " + " | ".join(line.strip() for line in plan[:3]))


def import_on_server(target: str) -> None:
    """``import dropin`` of 100 000 rows into the server journal (bulk_insert through psycopg)."""
    rng = random.Random(2)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "visits.csv"
        start = datetime(2027, 1, 1, 9)
        lines = ["tidpunkt;mötesplats;kategori;åldersgrupp;kön"]
        for i in range(IMPORT_ROWS):
            at = start + timedelta(minutes=i * 3)
            lines.append(
                f"{at:%Y-%m-%d %H:%M};Mötesplats {rng.randrange(SITES) + 1};"
                f"{rng.choice(sites.DEFAULT_CATEGORIES)};{rng.choice(sites.DEFAULT_AGE_BANDS)};"
                f"{rng.choice(['Kvinna', 'Man'])}"
            )
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        t = time.perf_counter()
        code = cli(["--db", target, "--as", "AB", "import", "dropin", str(src)])
        assert code == 0
        print(
            f"import dropin of {IMPORT_ROWS:,} rows into the server journal "
            f"(parse, check, bulk_insert, one transaction): {time.perf_counter() - t:.2f} s"
        )


def main() -> int:
    url = make_url(server_url())
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    name = f"vagledare_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    target = url.set(database=name).render_as_string(hide_password=False)
    try:
        t = time.perf_counter()
        journal = open_journal(target)
        print(f"empty database migrated on first connection: {time.perf_counter() - t:.2f} s")
        site_list = build(journal)
        median = measure(journal, site_list[3], "after ANALYZE")
        bare_group_by(journal, site_list[3])
        with journal.engine.connect() as conn:  # what autovacuum does on a living server
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                "VACUUM quick_case"
            )
        measure(journal, site_list[3], "after VACUUM")
        journal.close()
        import_on_server(target)
        verdict = "met" if median * 1000 < TARGET_MS else "MISSED"
        print(f"target: all sites, one month < {TARGET_MS} ms: {verdict}")
        return 0 if verdict == "met" else 1
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    sys.exit(main())
