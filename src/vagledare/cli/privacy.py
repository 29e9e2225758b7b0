"""The command line's privacy parts: ``retention`` (gallring), ``extract`` (registerutdrag) and
``erase`` (radering av en deltagarkod på begäran). Domain imports stay inside the functions.

The command line is run by whoever holds the journal file; roles are enforced in the window.
Each of these is recorded in the audit log under the ``--as`` name (or the system user).
"""

from __future__ import annotations

import argparse
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vagledare.journal.db import Journal

Author = Callable[["Journal", argparse.Namespace], uuid.UUID]
COMMANDS = ("retention", "extract", "erase")
BACKUP_NOTE = (
    "Säkerhetskopior som togs före körningen innehåller fortfarande uppgifterna tills de "
    "roteras bort (14 dagliga, 12 månatliga)."
)


def _years(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} är inget helt antal år") from None


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "retention",
        help="gallra: anonymisera deltagare utan aktivitet på N år (statistiken behålls)",
    )
    p.add_argument(
        "--years",
        type=_years,
        metavar="N",
        help="gallringstid i år (standard: journalens inställning, annars 2)",
    )
    p.add_argument("--dry-run", action="store_true", help="visa bara vad som skulle gallras")
    p.add_argument(
        "--remember", action="store_true", help="spara --years som journalens gallringstid"
    )

    p = sub.add_parser("extract", help="registerutdrag: allt om en deltagarkod som PDF")
    p.add_argument("code", metavar="KOD")
    p.add_argument("--output", required=True, type=Path, metavar="FILE.pdf")

    p = sub.add_parser("erase", help="radera allt om en deltagarkod på begäran")
    p.add_argument("code", metavar="KOD")
    p.add_argument("--reason", required=True, metavar="TEXT", help="varför, t.ex. begärans datum")
    p.add_argument("--yes", action="store_true", help="fråga inte (för skript)")


def _confirm(question: str, assume_yes: bool) -> bool:
    if assume_yes:
        return True
    if not sys.stdin.isatty():
        raise ValueError("Bekräfta med --yes för att köra utan fråga.")
    return input(f"{question} [j/N] ").strip().lower() in ("j", "ja", "y", "yes")


def run(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    if args.command == "retention":
        return _retention(journal, args, author)
    if args.command == "extract":
        return _extract(journal, args, author)
    return _erase(journal, args, author)


def _retention(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    from vagledare.journal.retention import run_retention

    if args.remember and (args.years is None or args.dry_run):
        raise ValueError("--remember kräver --years och en riktig körning (inte --dry-run).")
    done = run_retention(
        journal,
        author(journal, args),
        years=args.years,
        dry_run=args.dry_run,
        remember=args.remember,
    )
    if done.dry_run:
        print("Provkörning, inget ändrat: " + done.counts.describe())
        return 0
    print("Gallring klar: " + done.counts.describe())
    if done.backup:
        print(f"Säkerhetskopia före gallringen: {done.backup}")
        if done.counts.participants:
            print(BACKUP_NOTE)
    if args.remember:
        print(f"Journalens gallringstid är nu {done.counts.years} år.")
    return 0


def _extract(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    from vagledare.reports.register_extract import export_extract

    extract = export_extract(journal, args.code, args.output, author(journal, args))
    print(
        f"Registerutdrag för {extract.code} sparat: {args.output} "
        f"({extract.rows} uppgifter och loggposter)."
    )
    return 0


def _erase(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    from vagledare.journal.erasure import clean_reason, plan_erasure, run_erasure

    clean_reason(args.reason)
    with journal.session(readonly=True) as s:
        plan = plan_erasure(s, args.code)
    print(plan.describe())
    if not _confirm(f"Radera {plan.code} för gott?", args.yes):
        print("Inget raderat.")
        return 0
    done = run_erasure(journal, args.code, args.reason, author(journal, args))
    print(f"{done.plan.code} är raderad ({done.plan.rows} uppgifter).")
    if done.backup:
        print(f"Säkerhetskopia före raderingen: {done.backup}")
        print(BACKUP_NOTE)
    return 0
