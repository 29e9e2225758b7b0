"""Child of the crash test: logs through the real code path and reports each committed id.

Usage: python crash_child.py JOURNAL SEED. Opens a case for a code of its own (``CRASH-<SEED>``)
and then, until killed, logs snabbärenden at the desk and adds contacts to the case
(``journal.cases.add_contact``, one unit of work each, as the contact dialog does). Prints
``QC <uuid>`` / ``CT <uuid>`` after each commit returned (the moment the window would show it
as saved).
"""

from __future__ import annotations

import random
import sys
from datetime import date

from vagledare.app.desk import Desk
from vagledare.journal import cases, sites, staff
from vagledare.journal.db import open_journal
from vagledare.journal.models import ContactType, Gender, Route

NOTES = (None, "Samtal om CV", "Sökte tre jobb", "Bokade nytt möte – åäö")


def main() -> None:
    path, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    journal = open_journal(path)
    with journal.session() as s:
        me = staff.ensure_staff(s, "AB")
        site = sites.find_site(s, "Fröslunda") or sites.add_site(s, "Fröslunda", me.id)
    desk = Desk(journal, site, me)
    today = date.today()
    with journal.session(actor_id=me.id) as s:
        case_id = cases.open_case(
            s,
            site_id=site.id,
            route=Route.CITIZEN_SERVICE,
            start=today,
            gender=rng.choice((Gender.WOMAN, Gender.MAN)),
            age_band=rng.choice(site.age_bands).label,
            author_id=me.id,
            code=f"CRASH-{seed:04d}",
        )
    out = sys.stdout
    kinds = [k for k in ContactType if k is not ContactType.FOLLOW_UP]
    while True:
        if rng.random() < 0.5:
            cat = rng.choice(site.categories)
            band = rng.choice(site.age_bands)
            logged = desk.log(
                cat.id, band.id, rng.choice((Gender.WOMAN, Gender.MAN)), count=rng.randint(1, 3)
            )
            out.write("".join(f"QC {i}\n" for i in logged.ids))
        else:
            with journal.session(actor_id=me.id) as s:
                contact_id = cases.add_contact(
                    s, case_id, today, rng.choice(kinds), rng.choice(NOTES), me.id
                )
            out.write(f"CT {contact_id}\n")
        out.flush()


if __name__ == "__main__":
    main()
