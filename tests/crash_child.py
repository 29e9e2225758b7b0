"""Child of the crash test: logs through the real code path and reports each committed id.

Usage: python crash_child.py JOURNAL SEED. Prints ``QC <uuid>`` after each snabbärende's commit
returned (the moment the window would show it as saved). Runs until killed.
"""

from __future__ import annotations

import random
import sys

from vagledare.desk import Desk
from vagledare.journal import sites, staff
from vagledare.journal.db import open_journal
from vagledare.journal.models import Gender


def main() -> None:
    path, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    journal = open_journal(path)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        site = sites.find_site(s, "Fröslunda") or sites.add_site(s, "Fröslunda", me.id)
    desk = Desk(journal, site, me)
    out = sys.stdout
    while True:
        cat = rng.choice(site.categories)
        band = rng.choice(site.age_bands)
        logged = desk.log(
            cat.id, band.id, rng.choice((Gender.WOMAN, Gender.MAN)), count=rng.randint(1, 3)
        )
        out.write("".join(f"QC {i}\n" for i in logged.ids))
        out.flush()


if __name__ == "__main__":
    main()
