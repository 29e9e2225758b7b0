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

from vagledare.exchange.files import export_file, import_files
from vagledare.journal import sites, staff
from vagledare.journal.db import Journal, bulk_insert, open_journal
from vagledare.journal.models import (
    Case,
    Closure,
    ClosureReason,
    Gender,
    Participant,
    QuickCase,
    Route,
    utc_now,
)

QUICK_CASES = 1_000_000
CASES = 50_000
CLOSURES = 20_000


def build(journal: Journal, rng: random.Random) -> None:
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        layouts = [sites.add_site(s, name, me.id) for name in ("Fröslunda", "Årby")]
    now = utc_now() - timedelta(days=1)  # written yesterday: beyond the safety margin
    start = datetime(2015, 1, 1, 9)
    genders = (Gender.WOMAN, Gender.MAN)
    with journal.session() as s:
        rows = []
        for i in range(QUICK_CASES):
            site = layouts[i % 2]
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "created_at": now,
                    "modified_at": now,
                    "author_id": me.id,
                    "site_id": site.id,
                    "category_id": rng.choice(site.categories).id,
                    "age_band_id": rng.choice(site.age_bands).id,
                    "gender": rng.choice(genders),
                    "occurred_at": start + timedelta(minutes=5 * i),
                    "import_id": None,
                    "removed_at": None,
                    "removed_by_id": None,
                    "removal_reason": None,
                }
            )
            if len(rows) == 100_000:
                bulk_insert(s, QuickCase.__table__, rows)
                rows = []
        participants, cases, closures = [], [], []
        for i in range(CASES):
            site = layouts[i % 2]
            pid, cid = uuid.uuid4(), uuid.uuid4()
            band = rng.choice(site.age_bands).label
            participants.append(
                {
                    "id": pid,
                    "created_at": now,
                    "modified_at": now,
                    "author_id": me.id,
                    "code": f"B-{i:06d}",
                    "gender": rng.choice(genders),
                    "age_band": band,
                    "site_id": site.id,
                }
            )
            started = date(2015, 1, 1) + timedelta(days=i % 3000)
            cases.append(
                {
                    "id": cid,
                    "created_at": now,
                    "modified_at": now,
                    "author_id": me.id,
                    "participant_id": pid,
                    "site_id": site.id,
                    "coach_id": me.id,
                    "route": rng.choice((Route.CITIZEN_SERVICE, Route.REFERRED)),
                    "referral_source": None,
                    "age_band": band,
                    "start_date": started,
                    "quick_case_id": None,
                    "import_id": None,
                }
            )
            if i < CLOSURES:
                closures.append(
                    {
                        "id": uuid.uuid4(),
                        "created_at": now,
                        "modified_at": now,
                        "author_id": me.id,
                        "case_id": cid,
                        "closed_on": started + timedelta(days=90),
                        "reason": rng.choice(list(ClosureReason)),
                        "summer_job": False,
                        "municipal_studies": False,
                        "reopened_on": None,
                        "reopened_by_id": None,
                    }
                )
        bulk_insert(s, Participant.__table__, participants)
        bulk_insert(s, Case.__table__, cases)
        bulk_insert(s, Closure.__table__, closures)


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
