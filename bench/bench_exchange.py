"""Journal exchange at the size of a big municipality: 1 000 000 snabbärenden and 50 000 cases
(with their 50 000 participant codes and 20 000 closures) on one desk.

Measures, through the same functions the command line uses: the export of everything, the
import into an empty journal, the re-import of the same file (must change nothing), and a small
incremental export and import after 1 000 further entries.
Targets (#7): export < 30 s, import < 60 s, re-import < 30 s.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).parent))
from common import CaseShape, insert_cases, insert_quick_cases  # noqa: E402

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


def main() -> None:
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
