"""``vagledare resources set|list``: FTEs per route and cost per FTE, stored per year for a site,
a site group or the whole journal (the resource table's figures). Domain imports stay inside
the functions, as in ``vagledare.cli``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import uuid
    from decimal import Decimal

    from sqlalchemy.orm import Session

    from vagledare.journal.db import Journal

Author = Callable[["Journal", argparse.Namespace], Any]
ROUTE_CHOICES = ("medborgarservice", "anvisad")


def add_parser(sub: argparse._SubParsersAction) -> None:
    from vagledare.cli.reports import decimal_arg

    res = sub.add_parser(
        "resources", help="årsarbetare och personalkostnad per år (till resurstabellen)"
    )
    r_sub = res.add_subparsers(dest="resources_command", metavar="ÅTGÄRD", required=True)
    p = r_sub.add_parser(
        "set",
        help="spara ett års årsarbetare och personalkostnad för en väg",
        description="Spara (ersätt) ett års årsarbetare och personalkostnad per årsarbetare "
        "för en väg, för en mötesplats, en grupp eller hela journalen (utan --site). "
        "--fte 0: vägen räknas inte det året.",
    )
    p.add_argument("--year", required=True, type=int, metavar="ÅÅÅÅ", help="kalenderåret")
    p.add_argument("--route", required=True, choices=ROUTE_CHOICES)
    p.add_argument(
        "--fte", required=True, type=decimal_arg, metavar="TAL", help="årsarbetare, t.ex. 3,5"
    )
    p.add_argument(
        "--cost-per-fte",
        dest="cost_per_fte",
        type=decimal_arg,
        metavar="KR",
        help="personalkostnad per årsarbetare och år i hela kronor, t.ex. 396000",
    )
    p.add_argument(
        "--site", metavar="NAMN|GRUPP", help="mötesplats eller grupp (annars hela journalen)"
    )
    p = r_sub.add_parser("list", help="visa sparade resurser per år")
    p.add_argument("--site", metavar="NAMN|GRUPP", help="bara en mötesplats eller grupp")


def _unit(s: Session, name: str | None) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    """(site id, group id) of the name given; (None, None) without one: the whole journal."""
    from vagledare.journal.errors import ValidationError
    from vagledare.journal.site_groups import find_group, list_groups
    from vagledare.journal.sites import find_site, list_sites

    if name is None:
        return None, None
    site = find_site(s, name)
    if site is not None:
        return site.id, None
    group = find_group(s, name)
    if group is not None:
        return None, group.id
    known = [x.name for x in list_sites(s)] + [g.name for g in list_groups(s)]
    raise ValidationError(
        f"Mötesplatsen eller gruppen {name!r} finns inte (kända: {', '.join(known) or 'inga'})."
    )


def fte_text(fte: Decimal) -> str:
    """3,5 or 2: as many decimals as needed, a decimal comma."""
    text = f"{fte.normalize():f}"
    return text.replace(".", ",")


def cost_text(cost: Decimal | None) -> str:
    return "–" if cost is None else f"{int(cost):,}".replace(",", " ") + " kr"


def run(journal: Journal, args: argparse.Namespace, author: Author) -> int:
    from vagledare.journal import resources

    if args.resources_command == "set":
        actor = author(journal, args)
        with journal.session(actor_id=actor) as s:
            site_id, group_id = _unit(s, args.site)
            e = resources.set_resources(
                s,
                args.year,
                args.route,
                args.fte,
                args.cost_per_fte,
                site_id=site_id,
                group_id=group_id,
                author_id=actor,
            )
        counted = f"{fte_text(e.fte)} årsarbetare" if e.fte else "räknas inte (0 årsarbetare)"
        print(
            f"Sparat för {e.year}, {e.unit}: {resources.ROUTE_WORDS[e.route]} {counted}, "
            f"personalkostnad per årsarbetare {cost_text(e.cost_per_fte)}."
        )
        return 0
    with journal.session(readonly=True) as s:
        unit = _unit(s, args.site) if args.site else None
        entries = [e for e in resources.list_resources(s) if unit is None or e.unit_key == unit]
    if not entries:
        print("Inga resurser per år är sparade" + (f" för {args.site}." if args.site else "."))
        return 0
    rows = [("År", "Mötesplats/grupp", "Väg", "Årsarbetare", "Kostnad per årsarbetare")]
    rows += [
        (
            str(e.year),
            e.unit,
            resources.ROUTE_WORDS[e.route],
            fte_text(e.fte),
            cost_text(e.cost_per_fte),
        )
        for e in entries
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        cells = [
            c.rjust(w) if i >= 3 else c.ljust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
    return 0
