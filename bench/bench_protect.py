"""Small-count protection of a 12-site year of *Avslut per orsak* (#14): < 1 s.

Builds a journal of 12 sites with a year of closed cases (20–120 a site, so the table holds
both small and large counts), then times, alternately, building the table alone (the bare
baseline) and building it protected through the report door. Prints the median and spread of
each, the protection's own cost, and how many cells were hidden.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from case_builders import build_directly, random_case  # noqa: E402

from vagledare.journal import sites, staff  # noqa: E402
from vagledare.journal.db import open_journal  # noqa: E402
from vagledare.reports import door  # noqa: E402
from vagledare.reports.periods import full_year  # noqa: E402
from vagledare.reports.table import MARKERS  # noqa: E402

SITES, ROUNDS = 12, 7
# How often each closing reason occurs (case_codes.REASONS order): work and studies lead.
WEIGHTS = (5, 3, 6, 6, 2, 3, 4, 1, 2, 1, 1, 1, 2, 3, 1)


def build(path: Path, seed: int = 14) -> None:
    rng = random.Random(seed)
    journal = open_journal(str(path))
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        made = [sites.add_site(s, f"Plats {i + 1:02d}", me.id) for i in range(SITES)]
    rows = []
    for si, site in enumerate(made):
        for i in range(rng.randint(20, 120)):
            closed = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
            start = closed - timedelta(days=rng.randint(20, 400))
            rows.append(random_case(rng, si, site.name, i + 1, start, closed, WEIGHTS))
    build_directly(journal, rows)
    journal.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "j.sqlite"
        build(path)
        journal = open_journal(str(path))
        bare_request = door.Request("avslut", full_year(2024))
        safe_request = door.Request("avslut", full_year(2024), protect=True)
        bare, safe = [], []
        with journal.session(readonly=True) as s:
            door.build(s, safe_request)  # first use: loads HiGHS
            for _ in range(ROUNDS):
                t0 = time.perf_counter()
                door.build(s, bare_request)
                t1 = time.perf_counter()
                out = door.build(s, safe_request)
                t2 = time.perf_counter()
                bare.append(t1 - t0)
                safe.append(t2 - t1)
        journal.close()
    cells = [v for _, row in out.table.rows() for v in row.values]
    counts = {m: cells.count(m) for m in MARKERS}

    def fig(xs: list[float]) -> str:
        median, low, high = (x * 1000 for x in (statistics.median(xs), min(xs), max(xs)))
        return f"median {median:.0f} ms (min {low:.0f}, max {high:.0f})"

    print(f"Avslut per orsak, {SITES} sites, 2024: {len(cells)} cells")
    print(f"  table alone (baseline): {fig(bare)}")
    print(f"  table protected:        {fig(safe)}")
    cost = (statistics.median(safe) - statistics.median(bare)) * 1000
    print(f"  protection's own cost:  {cost:.0f} ms (target < 1 s)")
    print(f"  hidden: <5 {counts['<5']}, .. {counts['..']}, x {counts['x']}")


if __name__ == "__main__":
    main()
