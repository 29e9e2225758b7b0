"""``vagledare indicators``: the indicators a team lead follows (catalogue, list, add, remove,
target, direction), and ``import aggregates``. Domain imports stay inside the functions, as in
``vagledare.cli``.

Changes are a team lead's or an administrator's: on a journal whose accounts have PINs the
journal checks the role of ``--as``; a journal without PINs knows no roles (whoever holds the
file acts, as for every other command).
"""

from __future__ import annotations

import argparse
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vagledare.journal.db import Journal

READ_ONLY = ("list", "catalogue")
DIRECTION_WORDS = {"higher": "högre är bättre", "lower": "lägre är bättre"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    ind = sub.add_parser("indicators", help="indikatorer som följs över åren, med mål per år")
    i_sub = ind.add_subparsers(dest="indicators_command", metavar="ÅTGÄRD", required=True)
    i_sub.add_parser("catalogue", help="lista måtten som kan följas (nycklar och namn)")
    i_sub.add_parser("list", help="lista de valda indikatorerna med riktning och mål")
    p = i_sub.add_parser("add", help="följ ett mått som indikator")
    p.add_argument("measure", metavar="MÅTT")
    p.add_argument("--direction", choices=("higher", "lower"), help="högre eller lägre är bättre")
    p = i_sub.add_parser("remove", help="sluta följa en indikator (dess mål tas bort)")
    p.add_argument("measure", metavar="MÅTT")
    p = i_sub.add_parser("direction", help="ändra om högre eller lägre är bättre")
    p.add_argument("measure", metavar="MÅTT")
    p.add_argument("direction", choices=("higher", "lower"))
    p = i_sub.add_parser("move", help="flytta en indikator i ordningen (1 = först)")
    p.add_argument("measure", metavar="MÅTT")
    p.add_argument("position", type=int, metavar="PLATS")
    p = i_sub.add_parser(
        "target",
        help="mål för ett år: ett tal (1200, 3,5) eller för en andel procent (55 %%) eller "
        "andel (0,55)",
    )
    p.add_argument("measure", metavar="MÅTT")
    p.add_argument("--year", required=True, type=int, metavar="ÅÅÅÅ")
    grp = p.add_mutually_exclusive_group(required=True)
    grp.add_argument("--value", metavar="TAL")
    grp.add_argument("--clear", action="store_true", help="ta bort årets mål")


def add_import_parser(imp_sub: argparse._SubParsersAction) -> None:
    text = (
        "sammanställda antal från år utan radhistorik (år;period;mötesplats;mått;kön;värde; "
        "måtten i docs/indicators.md)"
    )
    p = imp_sub.add_parser("aggregates", help=text, description=f"Importera {text}.")
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.add_argument("--force", action="store_true", help="importera även om innehållet finns")


def is_privileged(args: argparse.Namespace) -> bool:
    return args.indicators_command not in READ_ONLY


def parse_target(text: str, unit: str) -> Decimal:
    """A target as typed: a number with a decimal comma or point and spaces between thousands
    (``1 200``, ``3,5``); for a share also percent (``55 %``, ``55%``) or a proportion
    (``0,55``). A plain number above 1 for a share is read as percent. Anything else is
    refused."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text)
    percent = cleaned.endswith("%")
    if percent:
        cleaned = cleaned[:-1]
    if cleaned.endswith("kr"):
        cleaned = cleaned[:-2]
    if not re.fullmatch(r"\d+([.,]\d+)?", cleaned):
        raise ValueError(
            f"Målet {text!r} är inget tal: skriv t.ex. 1200, 3,5 eller för en andel 55 %."
        )
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"Målet {text!r} är inget tal.") from None
    if unit == "share":
        if percent or value > 1:
            value = value / 100
        if value > 1:
            raise ValueError(f"Målet {text!r} är en andel över 100 %.")
    elif percent:
        raise ValueError(f"Målet {text!r} är i procent, men måttet är ingen andel.")
    return value


def format_target(value: Decimal, unit: str) -> str:
    if unit == "share":
        return f"{format(value * 100, 'f').rstrip('0').rstrip('.')} %".replace(".", ",")
    return format(value.normalize(), "f").replace(".", ",")


def cmd_indicators(journal: Journal, args: argparse.Namespace, author: Any) -> int:
    from vagledare.journal import access
    from vagledare.journal import indicators as ind
    from vagledare.reports.measures import MEASURES, measure

    actor = author(journal, args)
    command = args.indicators_command
    if command == "catalogue":
        for m in MEASURES:
            flags = [] if m.gender_split else ["utan könsuppdelning"]
            if m.importable:
                flags.append("kan importeras")
            extra = f" ({', '.join(flags)})" if flags else ""
            print(f"{m.key}\t{m.kind}\t{m.label[0]}{extra}")
        return 0
    if command == "list":
        with journal.session(readonly=True) as s:
            chosen = ind.list_indicators(s)
        if not chosen:
            print("Inga indikatorer är valda (vagledare indicators add MÅTT).")
        for info in chosen:
            m = measure(info.measure)
            targets = ", ".join(
                f"{year}: {format_target(v, m.unit)}" for year, v in info.targets.items()
            )
            print(
                f"{info.position + 1}. {m.key} – {m.label[0]} ({DIRECTION_WORDS[info.direction]})"
                + (f"; mål {targets}" if targets else "")
            )
        return 0
    with journal.session(actor_id=actor) as s:
        by = actor if access.anyone_enrolled(s) else None
        if command == "add":
            info = ind.add_indicator(s, args.measure, args.direction, by)
            print(f"{info.measure} följs nu som indikator ({DIRECTION_WORDS[info.direction]}).")
            return 0
        info = ind.find_indicator(s, args.measure)
        if command == "remove":
            ind.remove_indicator(s, info.id, by)
            print(f"{info.measure} följs inte längre som indikator.")
        elif command == "direction":
            ind.set_direction(s, info.id, args.direction, by)
            print(f"{info.measure}: {DIRECTION_WORDS[args.direction]}.")
        elif command == "move":
            ind.move_indicator(s, info.id, args.position - 1, by)
            print(f"{info.measure} är flyttad.")
        else:
            unit = measure(info.measure).unit
            value = None if args.clear else parse_target(args.value, unit)
            ind.set_target(s, info.id, args.year, value, by)
            if value is None:
                print(f"Målet för {info.measure} {args.year} är borttaget.")
            else:
                print(f"Mål för {info.measure} {args.year}: {format_target(value, unit)}.")
    return 0


def cmd_import(journal: Journal, args: argparse.Namespace, author: Any) -> int:
    from vagledare.imports.aggregates import import_aggregates

    with journal.session(actor_id=author) as s:
        done = import_aggregates(s, args.file, author, force=args.force)
    years = ", ".join(str(y) for y in done.years)
    same = f", {done.unchanged} fanns redan" if done.unchanged else ""
    print(
        f"{done.rows} sammanställda antal importerade från {args.file.name} "
        f"(år {years}; mått {', '.join(done.measures)}{same})."
    )
    return 0
