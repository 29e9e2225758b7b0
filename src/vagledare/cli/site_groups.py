"""``vagledare site group add|set|list|remove``: groups of sites reported together (e.g.
*Mötesplatserna* = Årby + Fröslunda). Sites are named by name or alias (``Nord``, ``Syd``)."""

from __future__ import annotations

import argparse
import uuid
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def add_parser(site_sub: argparse._SubParsersAction) -> None:
    group = site_sub.add_parser("group", help="grupper av mötesplatser som rapporteras tillsammans")
    sub = group.add_subparsers(dest="group_command", metavar="ÅTGÄRD", required=True)
    p = sub.add_parser("add", help="lägg till en grupp, t.ex. Mötesplatserna Årby Fröslunda")
    p.add_argument("name", metavar="NAMN")
    p.add_argument("sites", nargs="+", metavar="MÖTESPLATS")
    p = sub.add_parser("set", help="byt en grupps mötesplatser")
    p.add_argument("name", metavar="NAMN")
    p.add_argument("sites", nargs="+", metavar="MÖTESPLATS")
    sub.add_parser("list", help="lista grupperna med sina mötesplatser")
    p = sub.add_parser("remove", help="ta bort en grupp (mötesplatserna finns kvar)")
    p.add_argument("name", metavar="NAMN")


def is_listing(args: argparse.Namespace) -> bool:
    return args.site_command == "group" and args.group_command == "list"


def _site_ids(s: Session, names: list[str]) -> list[uuid.UUID]:
    from vagledare.journal.sites import require_site

    return [require_site(s, n).id for n in names]


def _names(s: Session, site_ids: frozenset[uuid.UUID]) -> str:
    from vagledare.journal.sites import list_sites

    return ", ".join(x.name for x in list_sites(s) if x.id in site_ids)


def run(s: Session, args: argparse.Namespace, author: uuid.UUID | None) -> None:
    from vagledare.journal import site_groups
    from vagledare.journal.errors import ValidationError

    def require(name: str) -> site_groups.SiteGroupInfo:
        found = site_groups.find_group(s, name)
        if found is None:
            known = ", ".join(g.name for g in site_groups.list_groups(s)) or "inga"
            raise ValidationError(f"Gruppen {name!r} finns inte (kända: {known}).")
        return found

    if args.group_command == "add":
        info = site_groups.add_group(s, args.name, _site_ids(s, args.sites), author)
        print(f"Gruppen {info.name} är tillagd: {_names(s, info.site_ids)}.")
    elif args.group_command == "set":
        info = site_groups.set_members(s, require(args.name).id, _site_ids(s, args.sites), author)
        print(f"Gruppen {info.name} har nu {_names(s, info.site_ids)}.")
    elif args.group_command == "list":
        for g in site_groups.list_groups(s):
            print(f"{g.name}: {_names(s, g.site_ids)}")
    elif args.group_command == "remove":
        group = require(args.name)
        site_groups.remove_group(s, group.id)
        print(f"Gruppen {group.name} är borttagen.")
