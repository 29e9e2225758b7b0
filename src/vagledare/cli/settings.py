"""``vagledare settings periods``: the journal's report periods (where delår 1 and 2 end, the
month kvartal 1 begins in); ``vagledare settings organisation``: who publishes the journal's
tables (every footer and file's author). Without flags each prints the current values; with
flags a team lead changes them (the flags not given keep their values). Domain imports stay
inside the functions."""

from __future__ import annotations

import argparse
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vagledare.journal.db import Journal
    from vagledare.journal.period_settings import PeriodSettings

Author = Callable[["Journal", argparse.Namespace], "uuid.UUID | None"]
FLAGS = ("delar1_end", "delar2_end", "quarter_start", "org_name", "org_unit")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("settings", help="journalens inställningar")
    s_sub = p.add_subparsers(dest="settings_command", metavar="INSTÄLLNING", required=True)
    p = s_sub.add_parser(
        "periods",
        help="rapportperioder: delårens slut och kvartal 1:s första månad",
        description="Utan val visas journalens rapportperioder; med val ändrar en teamledare "
        "dem (val som inte anges behåller sina värden). Delår börjar alltid 1 januari.",
    )
    p.add_argument(
        "--delar1-slut", dest="delar1_end", metavar="MM-DD", help="delår 1:s sista dag, t.ex. 04-30"
    )
    p.add_argument(
        "--delar2-slut", dest="delar2_end", metavar="MM-DD", help="delår 2:s sista dag, t.ex. 08-31"
    )
    p.add_argument(
        "--kvartal-start",
        dest="quarter_start",
        metavar="1-12",
        help="månaden kvartal 1 börjar i (1 = januari, kalenderkvartal)",
    )
    p = s_sub.add_parser(
        "organisation",
        help="vem som ger ut journalens tabeller (sidfot och filegenskaper)",
        description="Utan val visas organisation och enhet; med val ändrar en teamledare dem "
        '(tom text, "", tar bort värdet).',
    )
    p.add_argument("--namn", dest="org_name", metavar="TEXT", help="t.ex. Eskilstuna kommun")
    p.add_argument(
        "--enhet", dest="org_unit", metavar="TEXT", help="t.ex. Arbetsmarknadsförvaltningen"
    )


def changes(args: argparse.Namespace) -> bool:
    """Whether the command changes the journal (a privileged act) or only shows."""
    return any(getattr(args, f, None) is not None for f in FLAGS)


def _organisation(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    from vagledare.journal import access
    from vagledare.journal.journal_settings import organisation_parts, set_organisation
    from vagledare.journal.site_settings import require_lead_by_id

    if changes(args):
        actor = author(journal, args)
        with journal.session(actor_id=actor) as s:
            if actor is not None and access.anyone_enrolled(s):
                require_lead_by_id(s, actor, "ändra journalens organisation")
            name, unit = organisation_parts(s)
            set_organisation(
                s,
                name if args.org_name is None else args.org_name,
                unit if args.org_unit is None else args.org_unit,
            )
        print("Organisationen är sparad:")
    with journal.session(readonly=True) as s:
        name, unit = organisation_parts(s)
    print(f"Organisation: {name or '–'} (--namn)")
    print(f"Enhet: {unit or '–'} (--enhet)")
    return 0


def _lines(settings: PeriodSettings) -> list[str]:
    from vagledare.journal.period_settings import day_words, month_day_text, month_name

    first, second, start = settings.interim_1_end, settings.interim_2_end, settings.quarter_start
    return [
        f"Delår 1: 1 januari – {day_words(first)} (--delar1-slut {month_day_text(first)})",
        f"Delår 2: 1 januari – {day_words(second)} (--delar2-slut {month_day_text(second)})",
        f"Kvartal 1 börjar i {month_name(start)} (--kvartal-start {start})",
    ]


def _quarter_start(text: str) -> int:
    from vagledare.journal.errors import ValidationError

    value = text.strip()
    if not (value.isdigit() and len(value) <= 2 and 1 <= int(value) <= 12):
        raise ValidationError(f"--kvartal-start ska vara en månad 1–12 (inte {text!r}).")
    return int(value)


def run(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    from vagledare.journal import access
    from vagledare.journal.period_settings import (
        PeriodSettings,
        parse_month_day,
        period_settings,
        set_period_settings,
    )
    from vagledare.journal.site_settings import require_lead_by_id

    if args.settings_command == "organisation":
        return _organisation(journal, args, author)
    if not changes(args):
        with journal.session(readonly=True) as s:
            current = period_settings(s)
        print("\n".join(_lines(current)))
        return 0
    first = parse_month_day(args.delar1_end, "--delar1-slut") if args.delar1_end else None
    second = parse_month_day(args.delar2_end, "--delar2-slut") if args.delar2_end else None
    start = _quarter_start(args.quarter_start) if args.quarter_start is not None else None
    actor = author(journal, args)
    with journal.session(actor_id=actor) as s:
        current = period_settings(s)
        chosen = PeriodSettings(
            first or current.interim_1_end,
            second or current.interim_2_end,
            start or current.quarter_start,
        )
        # Once accounts have PINs, only a team lead or administrator; before that, whoever
        # holds the journal file (as every other command on such a journal).
        if actor is not None and access.anyone_enrolled(s):
            require_lead_by_id(s, actor, "ändra journalens rapportperioder")
        set_period_settings(s, chosen)
    print("Rapportperioderna är sparade:")
    print("\n".join(_lines(chosen)))
    return 0
