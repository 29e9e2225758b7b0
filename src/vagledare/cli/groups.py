"""The command line's språkgrupp parts: ``import participants|attendance``, the group reports
and ``group`` (list, add, schedule, sessions, unrecorded). Domain imports stay inside the
functions, as in ``vagledare.cli``."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uuid

    from vagledare.journal.db import Journal
    from vagledare.journal.meetings import SessionInfo
    from vagledare.journal.models import GroupKind

IMPORTS = ("participants", "attendance")


def _kind(name: str | None) -> GroupKind | None:
    from vagledare.journal.models import GroupKind
    from vagledare.reports.catalog import GROUP_KINDS

    return GroupKind(GROUP_KINDS[name]) if name else None


def add_import_parsers(imp_sub: argparse._SubParsersAction) -> None:
    for kind, text in (
        ("participants", "deltagare i grupper (inskrivningar)"),
        (
            "attendance",
            "närvaro vid tillfällen (grupp;mötesplats;datum;kod;närvaro, valfritt "
            "gäster kvinnor;gäster män;gäster ej angivet)",
        ),
    ):
        p = imp_sub.add_parser(kind, help=text, description=f"Importera {text}.")
        p.add_argument("file", type=Path, metavar="FILE.csv")
        p.add_argument("--force", action="store_true", help="importera även om innehållet finns")


def add_group_parser(sub: argparse._SubParsersAction) -> None:
    grp = sub.add_parser("group", help="språkgrupper, språkcaféer och läxhjälp")
    g_sub = grp.add_subparsers(dest="group_command", metavar="ÅTGÄRD", required=True)
    p = g_sub.add_parser("list", help="lista grupper med handledare och schema")
    p.add_argument("--site", action="append", metavar="NAMN")
    p = g_sub.add_parser("add", help="lägg till en grupp")
    p.add_argument("name", metavar="NAMN")
    p.add_argument("--site", required=True, metavar="MÖTESPLATS")
    from vagledare.reports.catalog import GROUP_KINDS

    p.add_argument("--kind", required=True, choices=tuple(GROUP_KINDS))
    p.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    p.add_argument(
        "--tutor",
        action="append",
        default=[],
        metavar="NAMN",
        help="ansvarig språkhandledare ur personalen (flera går)",
    )
    p.add_argument(
        "--add-tutors",
        action="store_true",
        help="lägg till --tutor-namn som inte finns som nya språkhandledare (utan PIN-kod: "
        "kontot kan inte användas förrän en teamledare ger en startkod)",
    )
    p.add_argument(
        "--schedule",
        action="append",
        default=[],
        metavar="TID",
        help='veckotid, t.ex. "tis 09:30-11:00" (flera går)',
    )
    p.add_argument(
        "--schedule-from",
        metavar="YYYY-MM-DD",
        help="skapa tillfällen från detta datum (standard: i dag eller starten)",
    )
    p = g_sub.add_parser("schedule", help="nytt veckoschema från ett datum")
    p.add_argument("name", metavar="NAMN")
    p.add_argument("slots", nargs="*", metavar="TID", help='t.ex. "tis 09:30-11:00"')
    p.add_argument("--site", required=True, metavar="MÖTESPLATS")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="standard: i dag")
    p = g_sub.add_parser("sessions", help="gruppens tillfällen och om närvaron är tagen")
    p.add_argument("name", metavar="NAMN")
    p.add_argument("--site", required=True, metavar="MÖTESPLATS")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    p = g_sub.add_parser("unrecorded", help="tillfällen där närvaron aldrig registrerats")
    p.add_argument("--site", action="append", metavar="NAMN")


def cmd_import(journal: Journal, args: argparse.Namespace, author: uuid.UUID | None) -> int:
    from vagledare.imports.attendance import import_attendance
    from vagledare.imports.participants import import_participants

    with journal.session() as s:
        if args.import_kind == "participants":
            r = import_participants(s, args.file, author, force=args.force)
            groups = f", nya grupper: {', '.join(r.new_groups)}" if r.new_groups else ""
            print(
                f"{r.rows} rader från {args.file.name}: {r.enrolled} nya inskrivningar, "
                f"{r.left} utskrivningar, {r.unchanged} oförändrade, "
                f"{r.new_codes} nya deltagarkoder{groups}."
            )
        else:
            a = import_attendance(s, args.file, author, force=args.force)
            print(
                f"{a.rows} rader från {args.file.name}: {a.marks} närvaromarkeringar, "
                f"{a.unchanged} oförändrade, {a.sessions_created} nya tillfällen"
                + (f", gäster på {a.guest_sessions} tillfällen." if a.guest_sessions else ".")
            )
    return 0


def cmd_group(journal: Journal, args: argparse.Namespace, author: uuid.UUID | None) -> int:
    from vagledare.journal import groups, meetings
    from vagledare.journal.sites import require_site
    from vagledare.reports.periods import parse_date

    with journal.session() as s:
        if args.group_command == "list":
            site_ids = [require_site(s, n).id for n in args.site] if args.site else None
            for g in groups.list_groups(s, site_ids):
                tutors = ", ".join(g.tutors) or "–"
                print(
                    f"{g.site_name}: {g.name} ({g.kind_label()}), start {g.start_date}, "
                    f"handledare {tutors}, {g.schedule_label() or 'inget schema'}"
                )
        elif args.group_command == "add":
            site = require_site(s, args.site)
            slots = [groups.parse_slot(x) for x in args.schedule]
            kind = _kind(args.kind)
            assert kind is not None
            start = parse_date(args.start, "--start")
            since = (
                parse_date(args.schedule_from, "--schedule-from")
                if args.schedule_from
                else max(start, date.today())
            )
            g = groups.add_group(
                s,
                site.id,
                args.name,
                kind,
                start,
                author,
                tutors=args.tutor,
                add_tutors=args.add_tutors,
                schedule=slots,
                schedule_from=since,
            )
            print(f"Gruppen {g.name} är tillagd på {site.name}.")
        elif args.group_command == "schedule":
            site = require_site(s, args.site)
            g = groups.require_group(s, site.id, args.name)
            start = parse_date(args.date_from, "--from") if args.date_from else date.today()
            slots = [groups.parse_slot(x) for x in args.slots]
            g = groups.set_schedule(s, g.id, slots, start, author)
            print(f"{g.name}: {g.schedule_label() or 'inget schema'} från {start}.")
        elif args.group_command == "sessions":
            site = require_site(s, args.site)
            g = groups.require_group(s, site.id, args.name)
            meetings.sync_sessions(s, date.today(), group_ids=[g.id])
            start = parse_date(args.date_from, "--from") if args.date_from else None
            end = parse_date(args.date_to, "--to") if args.date_to else None
            now = datetime.now()
            for x in meetings.list_sessions(s, [g.id], start, end):
                print(_session_line(x, now))
        else:
            site_ids = [require_site(s, n).id for n in args.site] if args.site else None
            meetings.sync_sessions(s, date.today())
            missing = meetings.unrecorded_sessions(s, datetime.now(), site_ids)
            for x in missing:
                print(f"{x.site_name}: {x.group_name} {x.held_on} – närvaron är inte registrerad")
            print(f"{len(missing)} tillfällen saknar närvaro.")
    return 0


_STATES = {
    "upcoming": "kommande",
    "today": "i dag",
    "missing": "NÄRVARO SAKNAS",
    "taken": "registrerad",
    "cancelled": "inställt",
}


def _session_line(x: SessionInfo, now: datetime) -> str:
    times = f" {x.starts_at:%H.%M}–{x.ends_at:%H.%M}" if x.starts_at and x.ends_at else ""
    counts = f", {x.attendance} närvarande" if x.taken else ""
    moved = f", flyttat från {x.moved_from}" if x.moved_from else ""
    return f"{x.held_on}{times}: {_STATES[x.state(now).value]}{counts}{moved}"
