"""``vagledare survey …``: the experience survey's statements (``statements list|add|set|
remove``, changed by a team lead) and paper answers typed in afterwards (``record``).

Malformed ``--answers`` or ``--date`` is wrong usage (exit 2, the message says which answer);
everything the journal refuses (an unknown code or statement, a coach changing the statements)
is refused as every other command refuses (exit 1). Domain imports stay inside the functions.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from vagledare.journal.db import Journal

Author = Callable[["Journal", argparse.Namespace], "uuid.UUID | None"]
EXIT_USAGE = 2
PARSERS: dict[str, argparse.ArgumentParser] = {}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("survey", help="upplevelseenkäten: påståenden och pappersvar")
    s_sub = p.add_subparsers(dest="survey_command", metavar="ÅTGÄRD", required=True)
    st = s_sub.add_parser("statements", help="enkätens påståenden (ändras av en teamledare)")
    st_sub = st.add_subparsers(dest="statements_command", metavar="ÅTGÄRD", required=True)
    st_sub.add_parser("list", help="lista påståendena i ordning, med nyckel")
    q = st_sub.add_parser("add", help="lägg till ett påstående (sist, eller på --position)")
    q.add_argument("text", metavar="TEXT")
    q.add_argument("--position", type=int, metavar="N", help="plats i ordningen, 1 = först")
    q = st_sub.add_parser("set", help="ändra ett påståendes text eller plats")
    q.add_argument("key", metavar="NYCKEL")
    q.add_argument("--text", metavar="TEXT", help="ny text (nyckeln och svaren behålls)")
    q.add_argument("--position", type=int, metavar="N", help="ny plats, 1 = först")
    q = st_sub.add_parser("remove", help="ta ett påstående ur bruk (svaren finns kvar)")
    q.add_argument("key", metavar="NYCKEL")
    r = s_sub.add_parser(
        "record",
        help="skriv in ett enkätsvar från papper",
        description="Ett svar per påstående i enkätens ordning, 1–5 eller - (vill inte svara), "
        "t.ex. --answers 5,4,-,3,5 (börjar listan med -, skriv --answers=-,4,5,3,5 eller x för "
        "vill inte svara). Utan --code sparas svaret anonymt: utan kod, författare eller "
        "klockslag.",
    )
    r.add_argument("--answers", required=True, metavar="1-5|-,…")
    r.add_argument("--code", metavar="KOD", help="koppla svaret till en deltagarkod")
    r.add_argument("--date", metavar="ÅÅÅÅ-MM-DD", help="svarsdagen (standard i dag)")
    r.add_argument("--site", metavar="NAMN", help="mötesplatsen (standard: kodens, eller den enda)")
    PARSERS["record"] = r


def changes(args: argparse.Namespace) -> bool:
    """Whether the command changes the journal (a privileged act)."""
    return not (args.survey_command == "statements" and args.statements_command == "list")


def _print_statements(s: Session) -> None:
    from vagledare.journal.survey import list_statements

    for x in list_statements(s, include_inactive=True):
        state = "" if x.active else " (används inte)"
        where = f"{x.position}." if x.active else "–"
        print(f"{where} {x.key}: {x.text}{state}")


def _statements(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    from vagledare.journal import access, survey
    from vagledare.journal.site_settings import require_lead_by_id

    if args.statements_command == "list":
        with journal.session(readonly=True) as s:
            _print_statements(s)
        return 0
    actor = author(journal, args)
    with journal.session(actor_id=actor) as s:
        if actor is not None and access.anyone_enrolled(s):
            require_lead_by_id(s, actor, "ändra enkätens påståenden")
        if args.statements_command == "add":
            x = survey.add_statement(s, args.text, actor, args.position)
            print(f"Påståendet {x.key} är tillagt på plats {x.position}.")
        elif args.statements_command == "set":
            if args.text is None and args.position is None:
                raise ValueError("Ange --text eller --position (eller båda).")
            x = survey.set_statement(s, args.key, text=args.text, position=args.position)
            print(f"Påståendet {x.key} är ändrat.")
        else:
            x = survey.remove_statement(s, args.key)
            print(f"Påståendet {x.key} används inte längre (svaren finns kvar).")
    with journal.session(readonly=True) as s:
        _print_statements(s)
    return 0


def _usage(message: str) -> int:
    print(f"vagledare survey record: {message}", file=sys.stderr)
    return EXIT_USAGE


def _record(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    from datetime import date

    from vagledare.journal import sites, survey
    from vagledare.journal.errors import ValidationError
    from vagledare.journal.subject import require_participant

    day = None
    if args.date is not None:
        try:
            day = date.fromisoformat(args.date.strip())
        except ValueError:
            return _usage(f"--date {args.date!r} ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2024-03-05.")
    actor = author(journal, args)
    with journal.session(readonly=True) as s:
        keys = [x.key for x in survey.list_statements(s)]
    try:
        values = survey.parse_answers(args.answers, len(keys))
    except ValidationError as exc:
        return _usage(str(exc))
    with journal.session(actor_id=actor) as s:
        person = require_participant(s, args.code) if args.code else None
        if args.site:
            site_id = sites.require_site(s, args.site).id
        elif person is not None:
            site_id = person.site_id
        else:
            known = sites.list_sites(s)
            if len(known) != 1:
                raise ValidationError(
                    "Ange mötesplatsen med --site NAMN (journalen har "
                    f"{len(known)} mötesplatser: {sites.known_sites_text(s)})."
                )
            site_id = known[0].id
        done = survey.record_response(
            s,
            site_id,
            dict(zip(keys, values, strict=True)),
            participant_id=person.id if person else None,
            answered_on=day,
        )
        code = person.code if person is not None else None
    who = f"kopplat till {code}" if code else "anonymt"
    print(f"Enkätsvaret är sparat {who} ({done.answers} svar, {done.answered_on.isoformat()}).")
    return 0


def run(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    if args.survey_command == "statements":
        return _statements(journal, args, author)
    return _record(journal, args, author)
