"""``vagledare report KEY …``: one sub-command per report of the catalog, its options read from
the catalog's declarations, everything else through the one report door
(``vagledare.reports.door``). A new report needs no code here."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vagledare.journal.db import Journal
    from vagledare.reports.catalog import ReportOption
    from vagledare.reports.periods import Period

# The report sub-parsers by key, to list a report's own options when one is unknown.
PARSERS: dict[str, argparse.ArgumentParser] = {}


def add_period_args(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--month", metavar="YYYY-MM", help="en kalendermånad")
    g.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="första dagen")
    g.add_argument("--year", metavar="YYYY", help="ett helt kalenderår")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="sista dagen (inklusive)")


def add_output_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", required=True, choices=("csv", "xlsx", "pdf"))
    p.add_argument("--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--lang", choices=("sv", "en"), default="sv", help="språk i PDF/XLSX")
    p.add_argument(
        "--suppress-small",
        action="store_true",
        help="för publicering: visa 1–4 som <5 och dölj celler som annars kan räknas fram",
    )


def decimal_arg(text: str):  # noqa: ANN201 - argparse type
    from decimal import Decimal, InvalidOperation

    try:
        value = Decimal(text.strip().replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} är inget tal") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} ska vara ett tal ≥ 0")
    return value


def _add_option(p: argparse.ArgumentParser, opt: ReportOption) -> None:
    assert opt.flag is not None
    kw: dict[str, Any] = {"dest": opt.key, "help": opt.help or opt.label[0]}
    if opt.required:
        kw["required"] = True
    if opt.metavar:
        kw["metavar"] = opt.metavar
    if opt.choices:
        kw["choices"] = opt.choices
    if opt.kind == "decimal":
        kw["type"] = decimal_arg
    elif opt.kind == "int":
        kw["type"] = int
    if opt.default is not None:
        kw["default"] = opt.default
    p.add_argument(opt.flag, **kw)


def add_report_parsers(sub: argparse._SubParsersAction) -> None:
    from vagledare.reports.catalog import REPORTS

    rep = sub.add_parser("report", help="ta fram en rapport")
    rep_sub = rep.add_subparsers(dest="report_kind", metavar="RAPPORT", required=True)
    for spec in REPORTS:
        p = rep_sub.add_parser(spec.key, help=spec.help or spec.title[0])
        p.add_argument("--site", action="append", metavar="NAMN", help="mötesplats (flera går)")
        for opt in spec.options:
            if opt.flag:
                _add_option(p, opt)
        add_period_args(p)
        add_output_args(p)
        PARSERS[spec.key] = p


def known_options(report_key: str) -> str:
    p = PARSERS.get(report_key)
    if p is None:
        return ""
    flags = [s for a in p._actions for s in a.option_strings if s.startswith("--")]
    return ", ".join(flags)


def period_of(args: argparse.Namespace) -> Period:
    from vagledare.reports.periods import Period, parse_date, parse_month, parse_year

    if args.year:
        if args.date_to:
            raise ValueError("Ange antingen --year eller --from och --to.")
        return parse_year(args.year)
    if args.month:
        if args.date_to:
            raise ValueError("Ange antingen --month eller --from och --to.")
        return parse_month(args.month)
    if not args.date_to:
        raise ValueError("--from kräver --to.")
    return Period(parse_date(args.date_from, "--from"), parse_date(args.date_to, "--to"))


def cmd_report(journal: Journal, args: argparse.Namespace, author: Any) -> int:
    from vagledare.journal.sites import require_site
    from vagledare.reports import door
    from vagledare.reports.catalog import report

    spec = report(args.report_kind)
    options: dict[str, Any] = {o.key: getattr(args, o.key) for o in spec.options if o.flag}
    if spec.key == "resources":
        options["require_fte"] = True  # the command line has no "not entered yet"
    period = period_of(args)
    with journal.session(readonly=True) as s:
        site_ids = [require_site(s, n).id for n in args.site] if args.site else None
    request = door.Request(
        spec.key, period, site_ids, args.lang, options, protect=args.suppress_small
    )
    door.publish(journal, request, args.format, args.output, author(journal, args))
    print(f"Rapporten är sparad: {args.output}")
    return 0
