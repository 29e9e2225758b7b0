"""Journal exchange at the size of a big municipality: 1 000 000 snabbärenden and 50 000 cases
(with their 50 000 participant codes and 20 000 closures) on one desk.

Measures, through the same functions the command line uses: the export of everything, the
import into an empty journal, the re-import of the same file (must change nothing), and a small
incremental export and import after 1 000 further entries.
Targets (#7): export < 30 s, import < 60 s, re-import < 30 s.

``--floor`` (#22): the import of an exchange file of the city journal (a copy of it exported
whole, see ``city_journal.py``; ``--small`` for its small sibling) into an empty journal,
beside its floor in the same run, interleaved round by round. The floor reads the same file
(unpacked and checked by the same ``open_container``) and writes every row of every table with
one plain ``sqlite3`` ``executemany`` per chunk, each row's provenance row (``exchange_arrival``)
likewise, in one transaction on a copy of the same empty journal (WAL, synchronous=FULL,
foreign keys on, the merge's page cache). Target: the import ≤ 1.1× the floor. Beside the
wall times it prints CPU seconds: the import's own (merge) thread, the file's check running
beside it in a second thread, and the floor's; on a busy shared machine, where the check
finds no idle core, the merge thread's CPU against the floor's is the steadier figure.

``--floor --pg URL``: the same file imported into an empty journal on that PostgreSQL server
(a new database each round, ``vagledare_bench_exchange_lead``: ``CREATE DATABASE … TEMPLATE`` of one
empty journal made once, ``vagledare_bench_exchange_empty``), beside the floor there: the same file
unpacked by the same ``open_container``, every row and its ``exchange_arrival`` row written by
plain psycopg, in one transaction, into another copy of the same empty journal
(``vagledare_bench_exchange_floor``). The import writes new rows with ``COPY`` on PostgreSQL, so the
floor does too: a text ``COPY`` per chunk of 5 000 rows and one for their arrival rows, the
file's stored values as they are (the server parses them), leaving out the few rows the new
journal has made itself (as the SQLite floor's ``OR IGNORE``); and beside it the same rows by
one ``executemany`` per chunk (the issue's words for the floor). The CPU figures are this
process's: the server's work is in the wall times only. Every database made is dropped at the
end.

    python bench/bench_exchange.py --floor [--small] [--rounds 3] [--profile] [--pg URL]
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parent))
from common import CaseShape, insert_cases, insert_quick_cases  # noqa: E402

from vagledare.exchange.export import ExportResult  # noqa: E402
from vagledare.exchange.files import export_file, import_files  # noqa: E402
from vagledare.journal import sites, staff  # noqa: E402
from vagledare.journal.db import Journal, bulk_insert, open_journal  # noqa: E402
from vagledare.journal.models import Case, Gender, QuickCase, utc_now  # noqa: E402

QUICK_CASES = 1_000_000
CASES = 50_000
CLOSURES = 20_000


def build(journal: Journal, rng: random.Random) -> None:
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        layouts = [sites.add_site(s, name, me.id) for name in ("Fröslunda", "Årby")]
    now = utc_now() - timedelta(days=1)  # written yesterday: beyond the safety margin
    start = datetime(2015, 1, 1, 9)
    times = (start + timedelta(minutes=5 * i) for i in range(QUICK_CASES))
    insert_quick_cases(journal, layouts, me.id, times, rng, stamp=now)
    shape = CaseShape(date(2015, 1, 1), 3000, closures=CLOSURES)
    insert_cases(journal, layouts, [me.id], CASES, shape, rng, stamp=now)


class Clock:
    """Wall time, and this process's CPU time: on a shared machine the second says what the
    code costs, the first what the neighbours left of the machine."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __str__(self) -> str:
        wall, cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        return f"{wall:.1f} s (CPU {cpu:.1f} s)"


def count(journal: Journal) -> tuple[int, int]:
    with journal.session(readonly=True) as s:
        q = s.scalar(select(func.count()).select_from(QuickCase)) or 0
        c = s.scalar(select(func.count()).select_from(Case)) or 0
    return q, c


@dataclass
class _PlainTable:
    """A table of an unpacked exchange file as the floors write it."""

    name: str
    names: str  # the columns written, quoted: the file's, then the desk's own
    width: int  # how many
    n: int  # the file's columns at the start of each row read
    extra: tuple[Any, ...]  # the desk's own columns, as a newly arrived row starts them
    rows: Any  # the file's rows: its columns, then id, modified_at, origin and base


def _plain_tables(data: Any) -> Iterator[_PlainTable]:  # noqa: ANN401
    """The exchanged tables the file (an ``sqlite3`` connection) holds, in the merge's order."""
    from vagledare.exchange.model import BASE, ORIGIN, exchanged_tables

    present = {n for (n,) in data.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for et in exchanged_tables():
        if et.name not in present:
            continue
        have = {r[1] for r in data.execute(f'PRAGMA table_info("{et.name}")')}
        columns = [c for c in et.columns if c in have]
        written = (*columns, *(n for n, _ in et.local))
        picked = ", ".join(f'"{c}"' for c in (*columns, "id", "modified_at", ORIGIN, BASE))
        yield _PlainTable(
            et.name,
            ", ".join(f'"{c}"' for c in written),
            len(written),
            len(columns),
            tuple(v for _, v in et.local),
            data.execute(f'SELECT {picked} FROM "{et.name}" ORDER BY id'),
        )


def floor(template: Path, path: Path, folder: Path, dest: Path) -> int:
    """Every row of the file into ``dest`` (a copy of ``template``) with its arrival row, as
    plainly as sqlite3 allows; the rows written."""
    import sqlite3

    from vagledare.exchange.fileformat import open_container
    from vagledare.journal.db.engines import BULK_CACHE_KIB

    shutil.copyfile(template, dest)
    _manifest, data_path = open_container(path, folder)
    data = sqlite3.connect(f"file:{data_path}?mode=ro", uri=True)
    con = sqlite3.connect(dest, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        con.execute(f"PRAGMA {pragma}")
    con.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    written = 0
    con.execute("BEGIN IMMEDIATE")
    arrival = (
        "INSERT OR IGNORE INTO exchange_arrival "
        "(table_name, row_id, seq, version, origin, base) VALUES (?, ?, 1, ?, ?, ?)"
    )
    for t in _plain_tables(data):
        marks = ", ".join("?" * t.width)
        # OR IGNORE: the rows a new journal makes itself (the shipped factor sets) are there.
        insert = f'INSERT OR IGNORE INTO "{t.name}" ({t.names}) VALUES ({marks})'
        n, extra, name = t.n, t.extra, t.name
        while part := t.rows.fetchmany(5000):
            con.executemany(
                insert, [r[:n] + extra for r in part] if extra else [r[:n] for r in part]
            )
            con.executemany(arrival, [(name, *r[n:]) for r in part])
            written += len(part)
    con.execute("COMMIT")
    con.close()
    data.close()
    data_path.unlink()
    return written


def pg_floor(url: str, path: Path, folder: Path, many: bool = False) -> int:
    """Every row of the file into the empty journal at ``url`` with its arrival row, as
    plainly as psycopg allows; the rows written. ``many``: each chunk with one
    ``executemany`` of INSERTs (prepared, in a pipeline) instead of a ``COPY``."""
    import sqlite3

    import psycopg
    from sqlalchemy.engine import make_url

    from vagledare.exchange.fileformat import open_container

    _manifest, data_path = open_container(path, folder)
    data = sqlite3.connect(f"file:{data_path}?mode=ro", uri=True)
    written = 0
    arrival = "COPY exchange_arrival (table_name, row_id, seq, version, origin, base) FROM STDIN"
    arrival_sql = (
        "INSERT INTO exchange_arrival (table_name, row_id, seq, version, origin, base) "
        "VALUES (%s, %s, %s, %s, %s, %s)"
    )
    server = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(server) as con, con.cursor() as cur:
        for t in _plain_tables(data):
            insert = f'COPY "{t.name}" ({t.names}) FROM STDIN'
            marks = ", ".join(["%s"] * t.width)
            row_sql = f'INSERT INTO "{t.name}" ({t.names}) VALUES ({marks})'
            # The rows a new journal makes itself (the shipped factor sets) are there.
            there = {i.hex for (i,) in cur.execute(f'SELECT id FROM "{t.name}"')}
            rows, n, extra, name = t.rows, t.n, t.extra, t.name
            while part := rows.fetchmany(5000):
                new = [r[:n] + extra for r in part if not there or r[n] not in there]
                arrivals = [(name, r[n], 1, *r[n + 1 :]) for r in part]
                if many:  # the stored text, as COPY's: the server casts it to each column
                    if new:
                        cur.executemany(row_sql, [_as_text(r) for r in new])
                    cur.executemany(arrival_sql, [_as_text(r) for r in arrivals])
                else:
                    with cur.copy(insert) as pipe:
                        for row in new:
                            pipe.write_row(row)
                    with cur.copy(arrival) as pipe:
                        for row in arrivals:
                            pipe.write_row(row)
                written += len(part)
        # leaving the ``with`` commits the one transaction
    data.close()
    data_path.unlink()
    return written


def _as_text(row: tuple[Any, ...]) -> tuple[str | None, ...]:
    """A file row's values as text (psycopg sends text untyped: the server casts it)."""
    return tuple(None if v is None else str(v) for v in row)


class Targets:
    """Where the rounds write: copies of one empty journal file in ``folder``, or (``pg``, a
    server URL) copies of one empty journal database on that server."""

    NAMES = (
        "vagledare_bench_exchange_empty",
        "vagledare_bench_exchange_lead",
        "vagledare_bench_exchange_floor",
    )

    def __init__(self, folder: Path, pg: str | None) -> None:
        self.folder, self.pg = folder, pg
        if pg is None:
            self.template: Path | str = folder / "empty.sqlite"
        else:
            from city_journal import server_databases

            self.template = server_databases(pg, list(self.NAMES[:1]))[0]
        open_journal(self.template).close()  # checkpointed: one file to copy

    def lead(self, tag: str) -> Journal:
        """A new empty journal to import into."""
        if isinstance(self.template, str):
            from city_journal import server_copy_of

            return open_journal(server_copy_of(self.template, self.NAMES[1]))
        db = self.folder / f"{tag}.sqlite"
        shutil.copyfile(self.template, db)
        return open_journal(db)

    def floor(self, path: Path, r: int, many: bool = False) -> Callable[[], int]:
        """The floor of round ``r`` for the file ``path``, ready to run (its target made);
        ``many``: on a server, by ``executemany`` instead of ``COPY``."""
        if isinstance(self.template, str):
            from city_journal import server_copy_of

            db = server_copy_of(self.template, self.NAMES[2])
            return lambda: pg_floor(db, path, self.folder, many)
        template = self.template
        return lambda: floor(template, path, self.folder, self.folder / f"floor-{r}.sqlite")

    def tidy(self, tag: str) -> None:
        """What a round (``tag``) left: its journals, their event backups."""
        if self.pg is not None:
            from city_journal import server_databases

            server_databases(self.pg, list(self.NAMES[1:]), drop=True)
        for p in self.folder.glob(f"*{tag}.sqlite*"):
            p.unlink()
        shutil.rmtree(self.folder / "backups", ignore_errors=True)
        for p in self.folder.glob("*.sqlite.*"):  # the event backups beside the journal
            p.unlink()

    def close(self) -> None:
        if self.pg is not None:
            from city_journal import server_databases

            server_databases(self.pg, list(self.NAMES), drop=True)


def versus_floor(small: bool, rounds: int, profile: bool, pg: str | None = None) -> None:
    from city_journal import city_journal

    with tempfile.TemporaryDirectory(dir=os.environ.get("VAGLEDARE_BENCH_DIR")) as tmp:
        folder = Path(tmp)
        source = folder / "desk.sqlite"
        shutil.copyfile(city_journal(small=small), source)
        desk = open_journal(source)
        t = Clock()
        result = export_file(desk, folder / "till-teamledaren.vgx")
        desk.close()
        source.unlink()
        size = result.path.stat().st_size / 1e6
        print(f"exported {result.rows:,} rows of the city journal ({size:.0f} MB): {t}")
        targets = Targets(folder, pg)
        try:
            rounds_against_floor(targets, result, rounds, profile)
        finally:
            targets.close()


def rounds_against_floor(
    targets: Targets, result: ExportResult, rounds: int, profile: bool
) -> None:
    import statistics

    times: dict[str, list[float]] = {"import": [], "floor": []}
    # CPU seconds: the import's whole process and its own thread (the rest is the file's
    # check beside it), the floor's; on a busy shared machine the merge thread's CPU
    # against the floor's says what a quiet one with a core for the check would show.
    cpu: dict[str, list[float]] = {"import": [], "merge": [], "floor": []}
    if profile:  # an extra import first, profiled and left out of the figures
        import cProfile
        import pstats

        lead = targets.lead("lead-profiled")
        prof = cProfile.Profile()
        prof.enable()
        import_files(lead, [result.path], trust_new=True)
        prof.disable()
        lead.close()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        pstats.Stats(prof).sort_stats("cumulative").print_stats("vagledare", 40)
        targets.tidy("lead-profiled")
    for r in range(rounds):
        lead = targets.lead(f"lead-{r}")
        t0, c0, m0 = time.perf_counter(), time.process_time(), time.thread_time()
        summary = import_files(lead, [result.path], trust_new=True).summaries[0].total()
        times["import"].append(time.perf_counter() - t0)
        cpu["import"].append(time.process_time() - c0)
        cpu["merge"].append(time.thread_time() - m0)
        lead.close()
        assert summary.new + summary.unchanged == result.rows, (summary, result.rows)
        run_floor = targets.floor(result.path, r)
        t0, c0 = time.perf_counter(), time.process_time()
        written = run_floor()
        times["floor"].append(time.perf_counter() - t0)
        cpu["floor"].append(time.process_time() - c0)
        assert written == result.rows, (written, result.rows)
        if targets.pg is not None:  # the floor in its own words, beside the COPY
            run_floor = targets.floor(result.path, r, many=True)
            t0 = time.perf_counter()
            assert run_floor() == result.rows
            times.setdefault("many", []).append(time.perf_counter() - t0)
        targets.tidy(f"-{r}")
    imp, flo = (statistics.median(times[k]) for k in ("import", "floor"))
    spread = {k: f"{min(v):.1f}–{max(v):.1f} s" for k, v in times.items()}
    paired = sorted(i / f for i, f in zip(times["import"], times["floor"], strict=True))
    server = targets.pg is not None
    print(
        f"exchange import of {result.rows:,} rows into an empty journal"
        f"{' on PostgreSQL' if server else ''}, {rounds} rounds "
        f"interleaved: median {imp:.1f} s ({spread['import']})"
    )
    how = "COPY" if server else "executemany"
    print(f"floor: {how} incl. provenance rows: median {flo:.1f} s ({spread['floor']})")
    print(
        f"ratio {imp / flo:.2f}× (target ≤ 1.1×); round by round: median "
        f"{statistics.median(paired):.2f}× ({paired[0]:.2f}–{paired[-1]:.2f}×)"
    )
    if "many" in times:
        many = times["many"]
        by_round = sorted(i / f for i, f in zip(times["import"], many, strict=True))
        print(
            f"floor: executemany incl. provenance rows: median {statistics.median(many):.1f} s "
            f"({min(many):.1f}–{max(many):.1f} s); import / it "
            f"{imp / statistics.median(many):.2f}×, round by round "
            f"{by_round[0]:.2f}–{by_round[-1]:.2f}×"
        )
    c_imp, c_merge, c_flo = (statistics.median(cpu[k]) for k in ("import", "merge", "floor"))
    print(
        f"CPU{' of this process, not the server' if server else ''} (medians): "
        f"import {c_imp:.1f} s, of which its merge thread {c_merge:.1f} s and "
        f"the file's check beside it {c_imp - c_merge:.1f} s; floor {c_flo:.1f} s; "
        f"merge thread / floor {c_merge / c_flo:.2f}×, "
        f"whole import / floor {c_imp / c_flo:.2f}×"
    )


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--floor", action="store_true", help="the import beside its floor (#22)")
    ap.add_argument("--small", action="store_true", help="the small city journal")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="cProfile the first import")
    ap.add_argument("--pg", metavar="URL", help="with --floor: into journals on this server")
    args = ap.parse_args()
    if args.pg and not args.floor:
        ap.error("--pg goes with --floor")
    if args.floor:
        versus_floor(args.small, args.rounds, args.profile, args.pg)
        return
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        desk = open_journal(folder / "desk.sqlite")
        t = Clock()
        build(desk, rng)
        print(f"built the desk journal: {t}")
        t = Clock()
        result = export_file(desk, folder / "till-teamledaren.vgx")
        size = result.path.stat().st_size / 1e6
        print(f"export of {result.rows:,} rows ({size:.0f} MB): {t} (target < 30 s)")

        lead = open_journal(folder / "lead.sqlite")
        t = Clock()
        summary = import_files(lead, [result.path], trust_new=True).summaries[0].total()
        print(f"import into an empty journal: {t} (target < 60 s); {summary.new:,} new")
        assert count(lead) == (QUICK_CASES, CASES), count(lead)

        t = Clock()
        again = import_files(lead, [result.path], trust_new=True).summaries[0].total()
        print(
            f"re-import of the same file: {t} (target < 30 s); "
            f"{again.unchanged:,} unchanged, {again.changed} changed"
        )
        assert again.changed == 0

        with desk.session() as s:
            me = staff.ensure_staff(s, "AB")
            layout = sites.list_sites(s)[0]
            rows = [
                {
                    "id": uuid.uuid4(),
                    "created_at": utc_now(),
                    "modified_at": utc_now(),
                    "author_id": me.id,
                    "site_id": layout.id,
                    "category_id": layout.categories[0].id,
                    "age_band_id": layout.age_bands[0].id,
                    "gender": Gender.WOMAN,
                    "occurred_at": datetime(2024, 5, 2, 10),
                    "import_id": None,
                    "removed_at": None,
                    "removed_by_id": None,
                    "removal_reason": None,
                }
                for _ in range(1000)
            ]
            bulk_insert(s, QuickCase.__table__, rows)
        t = Clock()
        small = export_file(desk, folder / "till-teamledaren.vgx")
        exported = str(t)
        t = Clock()
        merged = import_files(lead, [small.path], trust_new=True).summaries[0].total()
        print(
            f"next export to the same destination: {small.rows:,} rows in {exported}; "
            f"its import: {t} ({merged.new:,} new)"
        )
        desk.close()
        lead.close()


if __name__ == "__main__":
    sys.exit(main())
