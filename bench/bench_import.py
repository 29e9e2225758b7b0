"""``vagledare import dropin`` through the command line's own function, beside its floor in the
same run, interleaved round by round: the same CSV parsed with the ``csv`` module (times,
sites, categories and age bands looked up) and written with one ``executemany`` and one
commit into a table with the journal's quick_case columns and indexes (WAL,
synchronous=FULL, keys made as the import makes them).

Target (#22): the import ≤ 1.5× the floor, at 100 000 and at 1 000 000 rows.

With ``--pg URL`` the same on that PostgreSQL server: the journal is a database of its own
(``vagledare_bench_import``, a copy of a one-site journal made once,
``vagledare_bench_import_template``), the import runs through the command line on its URL,
and the floor writes the same rows into
``CREATE TABLE … (LIKE quick_case INCLUDING ALL)`` in that database with one psycopg binary
``COPY`` (the import's own path on PostgreSQL is a binary ``COPY``, so that is the plain way of
writing these rows there), DDL and rows in one transaction; beside it, the same rows by one
psycopg ``executemany`` (the issue's words for the floor), and the same ``COPY`` into a table
that also has quick_case's foreign keys. Every database made is dropped at the end.

    python bench/bench_import.py [--rows 100000] [--rounds 3] [--pg URL]
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from vagledare.cli import main as cli
from vagledare.journal.db import open_journal
from vagledare.journal.models import time_ordered_uuid, utc_now
from vagledare.journal.sites import DEFAULT_AGE_BANDS, DEFAULT_CATEGORIES

GENDERS = {"kvinna": "WOMAN", "man": "MAN"}


def write_csv(path: Path, rows: int) -> list[str]:
    rng = random.Random(2)
    lines = ["tidpunkt;mötesplats;kategori;åldersgrupp;kön"]
    start = datetime(2023, 1, 1, 9)
    for i in range(rows):
        at = start + timedelta(minutes=i * 3)
        lines.append(
            f"{at:%Y-%m-%d %H:%M};{rng.choice(['Fröslunda', 'Årby'])};"
            f"{rng.choice(DEFAULT_CATEGORIES)};{rng.choice(DEFAULT_AGE_BANDS)};"
            f"{rng.choice(['Kvinna', 'Man'])}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def floor(template: Path, src: Path, dest: Path) -> None:
    """Parse and insert as plainly as Python and SQLite allow, into an equally indexed table."""
    journal = sqlite3.connect(template)
    ddl = [
        sql
        for (sql,) in journal.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'quick_case' AND sql IS NOT NULL "
            "ORDER BY type DESC"
        )
    ]
    layout: dict[tuple[str, str, str], tuple[str, str, str]] = {}
    for site_id, site, cat_id, cat, band_id, band in journal.execute(
        "SELECT s.id, s.name, c.id, c.name, b.id, b.label FROM site s "
        "JOIN category c ON c.site_id = s.id JOIN age_band b ON b.site_id = s.id"
    ):
        layout[site.casefold(), cat.casefold(), band] = (site_id, cat_id, band_id)
    journal.close()
    con = sqlite3.connect(dest, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    for sql in ddl:
        con.execute(sql)
    stamp = str(utc_now())
    rows = []
    with open(src, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        next(reader)
        for at, site, cat, band, gender in reader:
            ids = layout[site.casefold(), cat.casefold(), band]
            rows.append(
                (
                    time_ordered_uuid().hex,
                    *ids,
                    GENDERS[gender.casefold()],
                    str(datetime.strptime(at, "%Y-%m-%d %H:%M")),
                    stamp,
                    stamp,
                )
            )
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO quick_case (id, site_id, category_id, age_band_id, gender, occurred_at, "
        "created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    con.execute("COMMIT")
    con.close()


def pg_floor(url: str, src: Path, kind: str = "copy") -> None:
    """Parse as plainly as Python allows and write with one binary ``COPY`` into an equally
    indexed table of the journal's database at ``url`` (made here), in one transaction.

    ``kind`` "keyed": the table also gets quick_case's foreign keys, and the rows the two
    columns the import fills beside them (the author, and the batch: one plain INSERT first),
    so the server checks the same five references per row as in the journal's own table.
    "executemany": the rows written with one psycopg ``executemany`` (a pipeline of prepared
    INSERTs) instead of the ``COPY``: the issue's floor in its own words."""
    import psycopg

    keyed = kind == "keyed"

    with psycopg.connect(_libpq(url)) as con:
        layout: dict[tuple[str, str, str], tuple[object, ...]] = {}
        for site_id, site, cat_id, cat, band_id, band in con.execute(
            "SELECT s.id, s.name, c.id, c.name, b.id, b.label FROM site s "
            "JOIN category c ON c.site_id = s.id JOIN age_band b ON b.site_id = s.id"
        ):
            layout[site.casefold(), cat.casefold(), band] = (site_id, cat_id, band_id)
        table = f"{kind}_quick_case"
        con.execute(f"CREATE TABLE {table} (LIKE quick_case INCLUDING ALL)")
        columns = (
            "id, site_id, category_id, age_band_id, gender, occurred_at, created_at, modified_at"
        )
        types = ["uuid"] * 4 + ["varchar"] + ["timestamp"] * 3
        stamp = utc_now()
        extra: tuple[object, ...] = ()
        if keyed:
            for (key,) in con.execute(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = 'quick_case'::regclass AND contype = 'f'"
            ).fetchall():
                con.execute(f"ALTER TABLE {table} ADD {key}")
            author = con.execute("SELECT id FROM staff WHERE name = 'AB'").fetchone()
            batch = time_ordered_uuid()
            con.execute(
                "INSERT INTO import_batch (id, kind, file_name, sha256, row_count, author_id, "
                "created_at, modified_at) VALUES (%s, 'dropin', %s, '', 0, %s, %s, %s)",
                (batch, src.name, author and author[0], stamp, stamp),
            )
            columns += ", author_id, import_id"
            types += ["uuid", "uuid"]
            extra = (author and author[0], batch)
        with open(src, encoding="utf-8", newline="") as f, con.cursor() as cur:
            reader = csv.reader(f, delimiter=";")
            next(reader)
            rows = (
                (
                    time_ordered_uuid(),
                    *layout[site.casefold(), cat.casefold(), band],
                    GENDERS[gender.casefold()],
                    datetime.strptime(at, "%Y-%m-%d %H:%M"),
                    stamp,
                    stamp,
                    *extra,
                )
                for at, site, cat, band, gender in reader
            )
            if kind == "executemany":
                marks = ", ".join(["%s"] * len(types))
                cur.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(rows))
            else:
                with cur.copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)") as pipe:
                    pipe.set_types(types)
                    for row in rows:
                        pipe.write_row(row)
        # leaving the ``with`` commits the one transaction


def _libpq(url: str) -> str:
    """A SQLAlchemy URL as psycopg takes it."""
    from sqlalchemy.engine import make_url

    plain = make_url(url).set(drivername="postgresql")
    return plain.render_as_string(hide_password=False)


def print_figures(times: dict[str, list[float]], rows: int, rounds: int, where: str) -> None:
    imp, flo = (statistics.median(times[k]) for k in ("import", "floor"))
    spread = {k: f"{min(v):.2f}–{max(v):.2f} s" for k, v in times.items()}
    steps = "parse, check, one transaction" if where else "backup, parse, check, one transaction"
    print(
        f"import dropin{where}, {rows:,} rows ({steps}), "
        f"{rounds} rounds interleaved: median {imp:.2f} s ({spread['import']})"
    )
    how = "COPY" if where else "executemany"
    print(
        f"floor: csv parse + {how} into an equally indexed table: median "
        f"{flo:.2f} s ({spread['floor']})"
    )
    paired = sorted(i / f for i, f in zip(times["import"], times["floor"], strict=True))
    print(
        f"ratio {imp / flo:.2f}× (target ≤ 1.5×); round by round: median "
        f"{statistics.median(paired):.2f}× ({paired[0]:.2f}–{paired[-1]:.2f}×)"
    )


def bad_file(src: Path, lines: list[str]) -> Path:
    """The same file with a bad last row."""
    bad = src.with_name("bad.csv")
    bad.write_text(
        "\n".join(lines[:-1] + ["2023-13-01 10:00;Årby;Övrigt;18-24;Kvinna"]) + "\n",
        encoding="utf-8",
    )
    return bad


def on_server(url: str, src: Path, lines: list[str], rows: int, rounds: int) -> None:
    """The import into a PostgreSQL journal beside its floor there, interleaved; every
    database made here dropped at the end."""
    sys.path.insert(0, str(Path(__file__).parent))
    from city_journal import server_copy_of, server_databases

    names = ["vagledare_bench_import_template", "vagledare_bench_import"]
    try:
        template = server_databases(url, names[:1])[0]
        for name in ("Fröslunda", "Årby"):
            cli(["--db", template, "--as", "AB", "site", "add", name])
        times: dict[str, list[float]] = {"import": [], "floor": [], "keyed": [], "many": []}
        kinds = {"floor": "copy", "keyed": "keyed", "many": "executemany"}
        for _ in range(rounds):
            db = server_copy_of(template, names[1])
            t = time.perf_counter()
            code = cli(["--db", db, "--as", "AB", "import", "dropin", str(src)])
            times["import"].append(time.perf_counter() - t)
            assert code == 0
            for floor_kind, kind in kinds.items():
                t = time.perf_counter()
                pg_floor(db, src, kind)
                times[floor_kind].append(time.perf_counter() - t)
            server_databases(url, names[1:], drop=True)
        others = {k: times.pop(k) for k in ("keyed", "many")}
        print_figures(times, rows, rounds, " on PostgreSQL")
        for key, what in (
            ("keyed", "the same COPY with quick_case's foreign keys (the server checks the "
             "import's five references per row)"),
            ("many", "csv parse + one executemany (prepared INSERTs in a pipeline) into the "
             "equally indexed table"),
        ):  # fmt: skip
            other = others[key]
            paired = sorted(i / k for i, k in zip(times["import"], other, strict=True))
            print(
                f"{what}: median {statistics.median(other):.2f} s "
                f"({min(other):.2f}–{max(other):.2f} s); import / it "
                f"{statistics.median(times['import']) / statistics.median(other):.2f}×, "
                f"round by round {paired[0]:.2f}–{paired[-1]:.2f}×"
            )
        db = server_copy_of(template, names[1])
        t = time.perf_counter()
        code = cli(["--db", db, "--as", "AB", "import", "dropin", str(bad_file(src, lines))])
        print(
            f"refusing the same file with a bad last row: "
            f"{time.perf_counter() - t:.2f} s (exit {code})"
        )
    finally:
        server_databases(url, names, drop=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pg", metavar="URL", help="into a journal on this PostgreSQL server")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template, src = folder / "template.sqlite", folder / "visits.csv"
        lines = write_csv(src, args.rows)
        if args.pg:
            on_server(args.pg, src, lines, args.rows, args.rounds)
            return
        for name in ("Fröslunda", "Årby"):
            cli(["--db", str(template), "--as", "AB", "site", "add", name])
        open_journal(template).close()  # checkpointed: one file to copy
        times: dict[str, list[float]] = {"import": [], "floor": []}
        for r in range(args.rounds):
            db = folder / f"journal-{r}.sqlite"
            shutil.copy2(template, db)
            t = time.perf_counter()
            code = cli(["--db", str(db), "--as", "AB", "import", "dropin", str(src)])
            times["import"].append(time.perf_counter() - t)
            assert code == 0
            shutil.rmtree(folder / "backups", ignore_errors=True)
            t = time.perf_counter()
            floor(template, src, folder / f"floor-{r}.sqlite")
            times["floor"].append(time.perf_counter() - t)
            for p in folder.glob(f"*-{r}.sqlite*"):
                p.unlink()
        print_figures(times, args.rows, args.rounds, "")
        db = folder / "journal-bad.sqlite"
        shutil.copy2(template, db)
        t = time.perf_counter()
        code = cli(["--db", str(db), "--as", "AB", "import", "dropin", str(bad_file(src, lines))])
        print(
            f"refusing the same file with a bad last row: "
            f"{time.perf_counter() - t:.2f} s (exit {code})"
        )


if __name__ == "__main__":
    sys.exit(main())
