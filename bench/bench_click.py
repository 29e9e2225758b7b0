"""One click = one durably committed snabbärende, through Desk.log (the button's code path)."""

from __future__ import annotations

import itertools
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import summary, timed  # noqa: E402

from vagledare.app.desk import Desk  # noqa: E402
from vagledare.journal import sites, staff  # noqa: E402
from vagledare.journal.db import open_journal  # noqa: E402
from vagledare.journal.models import Gender  # noqa: E402

CLICKS = 10_000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        journal = open_journal(Path(tmp) / "journal.sqlite")
        with journal.session() as s:
            me = staff.ensure_staff(s, "AB")
            site = sites.add_site(s, "Fröslunda", me.id)
        desk = Desk(journal, site, me)
        cells = itertools.cycle(
            [
                (c.id, b.id, g)
                for c in site.categories
                for b in site.age_bands
                for g in (Gender.WOMAN, Gender.MAN)
            ]
        )

        def click() -> None:
            cat, band, gender = next(cells)
            desk.log(cat, band, gender)

        samples = timed(click, CLICKS)
        print(
            f"click → committed snabbärende ({CLICKS} clicks, WAL, synchronous=FULL): "
            f"{summary(samples)}"
        )
        refresh = timed(desk.snapshot, 200)
        print(f"grid refresh after a click (today's counts + totals): {summary(refresh)}")
        journal.close()


if __name__ == "__main__":
    main()
