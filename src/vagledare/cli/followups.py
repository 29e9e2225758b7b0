"""``vagledare followups …``: the follow-ups after avslut that are due, per coach.

Like ``vagledare.cli``, this module imports the domain only inside the functions (the window's
start-up must not pay for it).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vagledare.journal.db import Journal

EXIT_OK = 0


def add_parser(sub: Any) -> None:
    f = sub.add_parser("followups", help="uppföljningar efter avslut")
    f_sub = f.add_subparsers(dest="followups_command", metavar="ÅTGÄRD", required=True)
    p = f_sub.add_parser("due", help="uppföljningar som ska göras snart eller är försenade")
    p.add_argument("--site", action="append", metavar="NAMN", help="mötesplats (flera går)")
    p.add_argument("--coach", metavar="NAMN", help="bara denna vägledares ärenden")
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="dag att räkna från")
    p.add_argument(
        "--within",
        type=int,
        default=14,
        metavar="DAGAR",
        help="ta med de som ska följas upp inom så många dagar (standard 14)",
    )


def run(journal: Journal, args: argparse.Namespace) -> int:
    from datetime import date

    from vagledare.journal.case_codes import reason_info
    from vagledare.journal.followups import due_follow_ups, follow_up_months
    from vagledare.journal.sites import require_site
    from vagledare.journal.staff import find_staff
    from vagledare.reports.periods import parse_date

    today = parse_date(args.as_of, "--as-of") if args.as_of else date.today()
    with journal.session(readonly=True) as s:
        site_ids = [require_site(s, n).id for n in args.site] if args.site else None
        coach_id = None
        if args.coach:
            coach = find_staff(s, args.coach)
            if coach is None:
                raise ValueError(f"Vägledaren {args.coach!r} finns inte i journalen.")
            coach_id = coach.id
        months = follow_up_months(s)
        due = due_follow_ups(
            s, today, within_days=args.within, site_ids=site_ids, coach_id=coach_id
        )
    print(f"Uppföljning {months} månader efter avslutet.")
    coach_name: object = object()
    for d in due:
        if d.coach != coach_name:
            coach_name = d.coach
            print(d.coach or "Utan vägledare")
        state = "försenad" if d.overdue(today) else "snart"
        print(
            f"  {d.code}\t{d.due_on.isoformat()}\t{state}\tavslut {d.closed_on.isoformat()}"
            f"\t{reason_info(d.reason).sv}"
        )
    if not due:
        print("Ingen ska följas upp inom den tiden.")
    return EXIT_OK
