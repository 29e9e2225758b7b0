"""``vagledare import dropin`` of 100 000 rows, through the command line's own function."""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from vagledare.cli import main as cli
from vagledare.journal.sites import DEFAULT_AGE_BANDS, DEFAULT_CATEGORIES

ROWS = 100_000


def main() -> None:
    rng = random.Random(2)
    with tempfile.TemporaryDirectory() as tmp:
        db, src = Path(tmp) / "journal.sqlite", Path(tmp) / "visits.csv"
        lines = ["tidpunkt;mötesplats;kategori;åldersgrupp;kön"]
        start = datetime(2023, 1, 1, 9)
        for i in range(ROWS):
            at = start + timedelta(minutes=i * 3)
            lines.append(
                f"{at:%Y-%m-%d %H:%M};{rng.choice(['Fröslunda', 'Årby'])};"
                f"{rng.choice(DEFAULT_CATEGORIES)};{rng.choice(DEFAULT_AGE_BANDS)};"
                f"{rng.choice(['Kvinna', 'Man'])}"
            )
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for name in ("Fröslunda", "Årby"):
            cli(["--db", str(db), "--as", "AB", "site", "add", name])
        t = time.perf_counter()
        code = cli(["--db", str(db), "--as", "AB", "import", "dropin", str(src)])
        elapsed = time.perf_counter() - t
        assert code == 0
        print(
            f"import dropin, {ROWS:,} rows (backup, parse, check, one transaction): {elapsed:.2f} s"
        )
        bad = src.with_name("bad.csv")
        bad.write_text(
            "\n".join(lines[:-1] + ["2023-13-01 10:00;Årby;Övrigt;18-24;Kvinna"]) + "\n",
            encoding="utf-8",
        )
        t = time.perf_counter()
        code = cli(["--db", str(db), "--as", "AB", "import", "dropin", str(bad)])
        print(
            f"refusing the same file with a bad last row: "
            f"{time.perf_counter() - t:.2f} s (exit {code})"
        )


if __name__ == "__main__":
    sys.exit(main())
