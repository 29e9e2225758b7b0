"""``vagledare report KEY …``: one sub-command per report of the catalog, its options read from
the catalog's declarations, everything else through the one report door
(``vagledare.reports.door``). A new report needs no code here."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vagledare.journal.db import Journal
    from vagledare.journal.period_settings import PeriodSettings
    from vagledare.reports.catalog import ReportOption
    from vagledare.reports.periods import Period

# The report sub-parsers by key, to list a report's own options when one is unknown.
PARSERS: dict[str, argparse.ArgumentParser] = {}


def add_period_args(p: argparse.ArgumentParser) -> None:
    """The period: ``--month``, ``--from --to``, or ``--year`` alone (helår) or with ``--delar``
    or ``--quarter`` (these two alone: this year's). Checked by ``period_of``."""
    g = p.add_mutually_exclusive_group()
    g.add_argument("--month", metavar="YYYY-MM", help="en kalendermånad")
    g.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="första dagen")
    g.add_argument(
        "--year", metavar="YYYY", help="ett helt år (helår), eller året för --delar/--quarter"
    )
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="sista dagen (inklusive)")
    p.add_argument(
        "--delar",
        metavar="1|2",
        help="delår 1 eller 2: 1 januari till delårets slut (journalens inställning); "
        "utan --year i år",
    )
    p.add_argument(
        "--quarter",
        metavar="1-4",
        help="kvartal 1–4 (kvartal 1 börjar enligt journalens inställning); utan --year i år",
    )


def has_period(args: argparse.Namespace) -> bool:
    """Whether any of the period flags is given (else the command is used wrongly)."""
    flags = (args.month, args.date_from, args.year, args.delar, args.quarter)
    return any(f is not None for f in flags)


def add_output_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", required=True, choices=("csv", "xlsx", "pdf"))
    p.add_argument("--output", required=True, type=Path, metavar="FILE")
    p.add_argument("--lang", choices=("sv", "en"), default="sv", help="språk i PDF/XLSX")
    p.add_argument(
        "--suppress-small",
        action="store_true",
        help="för publicering: visa 1–4 som <5 och dölj celler som annars kan räknas fram",
    )
    p.add_argument(
        "--compare-previous-year",
        action="store_true",
        help="samma period föregående år: samma kolumner för samma datum ett år tidigare "
        "efter de vanliga, med rubriken inledd ”Föregående år” (en period som inte är slut "
        "jämförs till samma dag)",
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
    if opt.kind == "bool":
        p.add_argument(opt.flag, action="store_true", **kw)
        return
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
        p.add_argument(
            "--site",
            action="append",
            metavar="NAMN",
            help="mötesplats eller grupp av mötesplatser (flera går)",
        )
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


def _number(text: str, flag: str, allowed: range, words: str) -> int:
    value = text.strip()
    if not (value.isdigit() and int(value) in allowed and len(value) <= len(str(allowed[-1]))):
        raise ValueError(f"{flag} ska vara {words} (inte {text!r}).")
    return int(value)


def period_of(
    args: argparse.Namespace,
    settings: PeriodSettings | None = None,
    today: date | None = None,
) -> Period:
    """The period the flags ask for; delår and quarters as ``settings`` (the journal's) say.
    ``--delar`` or ``--quarter`` without ``--year``: the year under way ``today``."""
    from vagledare.reports import periods

    settings = settings or periods.DEFAULT_PERIODS
    if args.delar is not None and args.quarter is not None:
        raise ValueError("Ange antingen --delar eller --quarter, inte båda.")
    part = "--delar" if args.delar is not None else "--quarter" if args.quarter is not None else ""
    if part and (args.month is not None or args.date_from is not None):
        other = "--month" if args.month is not None else "--from"
        raise ValueError(
            f"{part} går inte med {other}: ange {part} N, med --year ÅÅÅÅ för ett annat år än i år."
        )
    if args.month is not None:
        if args.date_to:
            raise ValueError("Ange antingen --month eller --from och --to.")
        return periods.parse_month(args.month)
    if args.date_to is not None and args.date_from is None:
        raise ValueError("--to går bara med --from.")
    if args.date_from is not None:
        if not args.date_to:
            raise ValueError("--from kräver --to.")
        return periods.Period(
            periods.parse_date(args.date_from, "--from"), periods.parse_date(args.date_to, "--to")
        )
    delar = quarter = None
    if args.delar is not None:
        delar = _number(args.delar, "--delar", range(1, 3), "1 eller 2")
    if args.quarter is not None:
        quarter = _number(args.quarter, "--quarter", range(1, 5), "1–4")
    today = today or date.today()
    if args.year is not None:
        year = _number(args.year, "--year", range(1000, 10_000), "ett år, t.ex. 2023")
    elif quarter is not None:
        year = periods.quarter_of(today, settings)[0]  # the reporting year under way
    else:
        year = today.year
    if delar is not None:
        return periods.interim(year, delar, settings)
    if quarter is not None:
        return periods.quarter(year, quarter, settings)
    return periods.full_year(year)


def cmd_report(journal: Journal, args: argparse.Namespace, author: Any) -> int:
    from vagledare.journal.period_settings import period_settings
    from vagledare.journal.site_groups import require_site_or_group
    from vagledare.reports import door
    from vagledare.reports.catalog import report

    spec = report(args.report_kind)
    options: dict[str, Any] = {o.key: getattr(args, o.key) for o in spec.options if o.flag}
    if spec.key == "resources":
        options["require_fte"] = True  # the command line has no "not entered yet"
    if not has_period(args):
        PARSERS[spec.key].error(
            "ange en period: --month, --year (med --delar eller --quarter), --delar, --quarter "
            "eller --from och --to"
        )
    with journal.session(readonly=True) as s:
        period = period_of(args, period_settings(s))
        site_ids = [require_site_or_group(s, n) for n in args.site] if args.site else None
    request = door.Request(
        spec.key,
        period,
        site_ids,
        args.lang,
        options,
        protect=args.suppress_small,
        compare_previous_year=args.compare_previous_year,
    )
    door.publish(journal, request, args.format, args.output, author(journal, args))
    print(f"Rapporten är sparad: {args.output}")
    return 0
