"""The ``vagledare`` command: the desk window, and scripted imports and reports.

Exit status: 0 done, 1 refused (bad input, bad journal: the message says what and where),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from vagledare import cli_groups

if TYPE_CHECKING:  # the window's start-up must not pay for the domain's imports
    from vagledare.journal.db import Journal
    from vagledare.reports.periods import Period

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def _add_period_args(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--month", metavar="YYYY-MM", help="en kalendermånad")
    g.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="första dagen")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="sista dagen (inklusive)")


def _add_output_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", required=True, choices=("csv", "xlsx", "pdf"))
    p.add_argument("--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--lang", choices=("sv", "en"), default="sv", help="språk i PDF/XLSX")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vagledare",
        description="Vägledare – journal och statistik för Mötesplats med Jobbcentrum.",
    )
    parser.add_argument(
        "--db", metavar="PATH|URL", help="journalen (annars VAGLEDARE_DB eller standardjournalen)"
    )
    parser.add_argument(
        "--as", dest="staff", metavar="NAMN", help="vem som skriver (annars inloggad användare)"
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")

    sub.add_parser("gui", help="öppna skrivbordsfönstret (standard)")
    sub.add_parser("where", help="visa vilken journal som används")

    site = sub.add_parser("site", help="mötesplatser")
    site_sub = site.add_subparsers(dest="site_command", metavar="ÅTGÄRD", required=True)
    p = site_sub.add_parser("add", help="lägg till en mötesplats")
    p.add_argument("name", metavar="NAMN")
    site_sub.add_parser("list", help="lista mötesplatser med kategorier och åldersgrupper")
    p = site_sub.add_parser("add-category", help="lägg till en kategori")
    p.add_argument("site", metavar="MÖTESPLATS")
    p.add_argument("name", metavar="KATEGORI")
    p = site_sub.add_parser("retire-category", help="pensionera en kategori")
    p.add_argument("site", metavar="MÖTESPLATS")
    p.add_argument("name", metavar="KATEGORI")
    p = site_sub.add_parser("add-age-band", help="lägg till en åldersgrupp, t.ex. 16-17 eller 65+")
    p.add_argument("site", metavar="MÖTESPLATS")
    p.add_argument("label", metavar="ÅLDERSGRUPP")

    imp = sub.add_parser("import", help="importera en CSV-fil (allt eller inget)")
    imp_sub = imp.add_subparsers(dest="import_kind", metavar="SLAG", required=True)
    p = imp_sub.add_parser("dropin", help="snabbärenden")
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.add_argument("--force", action="store_true", help="importera även om innehållet finns")
    cli_groups.add_import_parsers(imp_sub)

    rep = sub.add_parser("report", help="ta fram en rapport")
    rep_sub = rep.add_subparsers(dest="report_kind", metavar="RAPPORT", required=True)
    p = rep_sub.add_parser("dropin", help="Drop in-korta ärenden")
    p.add_argument("--site", action="append", metavar="NAMN", help="mötesplats (flera går)")
    _add_period_args(p)
    _add_output_args(p)
    cli_groups.add_report_parsers(rep_sub, _add_period_args, _add_output_args)
    cli_groups.add_group_parser(sub)
    return parser


def _period(args: argparse.Namespace) -> Period:
    from vagledare.reports.periods import Period, parse_date, parse_month

    if args.month:
        if args.date_to:
            raise ValueError("Ange antingen --month eller --from och --to.")
        return parse_month(args.month)
    if not args.date_to:
        raise ValueError("--from kräver --to.")
    return Period(parse_date(args.date_from, "--from"), parse_date(args.date_to, "--to"))


def _author(journal: Journal, args: argparse.Namespace):  # noqa: ANN202
    from vagledare.journal.staff import command_line_author, ensure_staff

    with journal.session() as s:
        return ensure_staff(s, args.staff or command_line_author()).id


def cmd_where(journal: Journal, args: argparse.Namespace) -> int:
    print(journal.location)
    return EXIT_OK


def cmd_site(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.journal import sites

    author = _author(journal, args)
    with journal.session() as s:
        if args.site_command == "add":
            info = sites.add_site(s, args.name, author)
            print(f"Mötesplatsen {info.name} är tillagd.")
        elif args.site_command == "list":
            for x in sites.list_sites(s):
                cats = ", ".join(c.name + (" (pensionerad)" if c.retired else "") for c in x.categories)
                bands = ", ".join(b.label for b in x.active_age_bands)
                print(f"{x.name}\n  kategorier: {cats}\n  åldersgrupper: {bands}")
        elif args.site_command == "add-category":
            site = sites.require_site(s, args.site)
            sites.add_category(s, site.id, args.name, author)
            print(f"Kategorin {args.name} är tillagd på {site.name}.")
        elif args.site_command == "retire-category":
            site = sites.require_site(s, args.site)
            cat = site.category(args.name)
            if cat is None:
                raise ValueError(f"Kategorin {args.name!r} finns inte på {site.name}.")
            sites.retire_category(s, cat.id)
            print(f"Kategorin {cat.name} på {site.name} är pensionerad.")
        elif args.site_command == "add-age-band":
            site = sites.require_site(s, args.site)
            sites.add_age_band(s, site.id, args.label, author)
            print(f"Åldersgruppen {args.label} är tillagd på {site.name}.")
    return EXIT_OK


def cmd_import(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.imports.dropin import import_dropin
    from vagledare.journal.backup import backup_before

    author = _author(journal, args)
    if journal.path is not None:
        backup_before(journal.engine, journal.path, "import")
    if args.import_kind in cli_groups.IMPORTS:
        return cli_groups.cmd_import(journal, args, author)
    with journal.session() as s:
        result = import_dropin(s, args.file, author, force=args.force)
    print(f"{result.rows} snabbärenden importerade från {args.file.name}.")
    return EXIT_OK


def cmd_report(journal: Journal, args: argparse.Namespace) -> int:
    from vagledare.journal.sites import require_site
    from vagledare.reports.dropin import dropin_report
    from vagledare.reports.render import write_report

    period = _period(args)
    if args.report_kind in cli_groups.REPORTS:
        return cli_groups.cmd_report(journal, args, period)
    with journal.session() as s:
        site_ids = [require_site(s, n).id for n in args.site] if args.site else None
        table = dropin_report(s, period, site_ids, args.lang)
        csv_table = table if args.lang == "sv" else dropin_report(s, period, site_ids, "sv")
    write_report(table, args.format, args.output, csv_table=csv_table)
    print(f"Rapporten är sparad: {args.output}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Journal, argparse.Namespace], int]] = {
    "where": cmd_where,
    "site": cmd_site,
    "import": cmd_import,
    "report": cmd_report,
    "group": lambda journal, args: cli_groups.cmd_group(journal, args, _author(journal, args)),
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        from vagledare.gui.app import run

        return run(args.db)

    from vagledare.journal.db import JournalError, open_journal, resolve_target
    from vagledare.journal.errors import ValidationError

    try:
        journal = open_journal(resolve_target(args.db))
    except JournalError as exc:
        print(f"vagledare: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        return COMMANDS[args.command](journal, args)
    except (ValidationError, ValueError) as exc:
        print(f"vagledare: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"vagledare: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        journal.close()


if __name__ == "__main__":
    sys.exit(main())
