"""``vagledare import dropin`` through the command line's own function, beside its floor in the
same run, interleaved round by round: the same CSV parsed with the ``csv`` module (times,
sites, categories and age bands looked up) and written with one ``executemany`` and one
commit into a table with the journal's quick_case columns and indexes (WAL,
synchronous=FULL, keys made as the import makes them).

Target (#22): the import ≤ 1.5× the floor, at 100 000 and at 1 000 000 rows.

    python bench/bench_import.py [--rows 100000] [--rounds 3]
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template, src = folder / "template.sqlite", folder / "visits.csv"
        lines = write_csv(src, args.rows)
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
        imp, flo = (statistics.median(times[k]) for k in ("import", "floor"))
        spread = {k: f"{min(v):.2f}–{max(v):.2f} s" for k, v in times.items()}
        print(
            f"import dropin, {args.rows:,} rows (backup, parse, check, one transaction), "
            f"{args.rounds} rounds interleaved: median {imp:.2f} s ({spread['import']})"
        )
        print(
            f"floor: csv parse + executemany into an equally indexed table: median "
            f"{flo:.2f} s ({spread['floor']})"
        )
        paired = sorted(i / f for i, f in zip(times["import"], times["floor"], strict=True))
        print(
            f"ratio {imp / flo:.2f}× (target ≤ 1.5×); round by round: median "
            f"{statistics.median(paired):.2f}× ({paired[0]:.2f}–{paired[-1]:.2f}×)"
        )
        bad = src.with_name("bad.csv")
        bad.write_text(
            "\n".join(lines[:-1] + ["2023-13-01 10:00;Årby;Övrigt;18-24;Kvinna"]) + "\n",
            encoding="utf-8",
        )
        db = folder / "journal-bad.sqlite"
        shutil.copy2(template, db)
        t = time.perf_counter()
        code = cli(["--db", str(db), "--as", "AB", "import", "dropin", str(bad)])
        print(
            f"refusing the same file with a bad last row: "
            f"{time.perf_counter() - t:.2f} s (exit {code})"
        )


if __name__ == "__main__":
    sys.exit(main())
