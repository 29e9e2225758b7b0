"""``vagledare cases …``: lists from the case journal for the coach.

``cases under-30`` names the participants with a decision on aktivitetsplikt whose planned
hours a week, or latest attended hours, are under 30 — one line per case:
``kod;mötesplats;planerat;senast närvaro;orsak``.

Like ``vagledare.cli``, this module imports the domain only inside the functions (the window's
start-up must not pay for it).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vagledare.journal.db import Journal

EXIT_OK = 0
HEADER = "kod;mötesplats;planerat;senast närvaro;orsak"


def add_parser(sub: Any) -> None:
    c = sub.add_parser("cases", help="listor ur ärendejournalen")
    c_sub = c.add_subparsers(dest="cases_command", metavar="ÅTGÄRD", required=True)
    p = c_sub.add_parser(
        "under-30",
        help="deltagare med aktivitetsplikt under 30 timmar i veckan (planerat eller närvaro)",
    )
    p.add_argument("--coach", metavar="INIT", help="bara denna vägledares ärenden")
    p.add_argument("--site", metavar="NAMN", help="bara denna mötesplats")
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="dag (standard i dag)")


def run(journal: Journal, args: argparse.Namespace) -> int:
    from datetime import date

    from vagledare.journal.duty_hours import under_30
    from vagledare.journal.sites import require_site
    from vagledare.journal.staff import find_staff
    from vagledare.reports.periods import parse_date

    as_of = parse_date(args.as_of, "--as-of") if args.as_of else date.today()
    with journal.session(readonly=True) as s:
        site_id = require_site(s, args.site).id if args.site else None
        coach_id = None
        if args.coach:
            coach = find_staff(s, args.coach)
            if coach is None:
                raise ValueError(f"Vägledaren {args.coach!r} finns inte i journalen.")
            coach_id = coach.id
        found = under_30(s, coach_id=coach_id, site_id=site_id, as_of=as_of)
    print(HEADER)
    for u in found:
        attended = "" if u.attended is None else str(u.attended)
        print(f"{u.code};{u.site};{u.planned};{attended};{u.reason()}")
    return EXIT_OK
