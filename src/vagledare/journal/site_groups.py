"""Site groups: sites a municipality reports together (e.g. *Mötesplatserna* = Årby +
Fröslunda), chosen in reports wherever a site is.

A report's choice is a list of *units*: each a site or a group. A report that shows a block
of columns per site shows one per unit, named after it; every other report pools the units'
sites. ``resolve_units`` turns the chosen ids (site ids and group ids alike) into units.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import SiteGroup, SiteGroupMember


@dataclass(frozen=True)
class SiteGroupInfo:
    id: uuid.UUID
    name: str
    site_ids: frozenset[uuid.UUID]


@dataclass(frozen=True)
class Unit:
    """What a report counts as one place: a site (``is_group`` False: ``id`` is the site's)
    or a site group (``id`` is the group's)."""

    id: uuid.UUID
    name: str
    site_ids: frozenset[uuid.UUID]
    is_group: bool


def list_groups(s: Session) -> list[SiteGroupInfo]:
    """Every site group with its member sites, in Swedish alphabetical order."""
    from vagledare.journal.sites import swedish_sort_key

    members: dict[uuid.UUID, set[uuid.UUID]] = {}
    for group_id, site_id in s.execute(select(SiteGroupMember.group_id, SiteGroupMember.site_id)):
        members.setdefault(group_id, set()).add(site_id)
    groups = [
        SiteGroupInfo(gid, name, frozenset(members.get(gid, ())))
        for gid, name in s.execute(select(SiteGroup.id, SiteGroup.name))
    ]
    return sorted(groups, key=lambda g: swedish_sort_key(g.name))


def find_group(s: Session, name: str) -> SiteGroupInfo | None:
    wanted = " ".join(name.split()).casefold()
    return next((g for g in list_groups(s) if g.name.casefold() == wanted), None)


def groups_by_id(s: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, SiteGroupInfo]:
    wanted = set(ids)
    return {g.id: g for g in list_groups(s) if g.id in wanted} if wanted else {}


def resolve_units(s: Session, ids: Sequence[uuid.UUID]) -> list[Unit]:
    """The chosen sites and groups (ids of either) as units in Swedish alphabetical order; an
    id that is neither is refused."""
    from vagledare.journal.sites import load_sites, swedish_sort_key

    wanted = list(dict.fromkeys(ids))
    sites = {x.id: x for x in load_sites(s, wanted)} if wanted else {}
    groups = groups_by_id(s, [i for i in wanted if i not in sites])
    units = []
    for i in wanted:
        if i in sites:
            units.append(Unit(i, sites[i].name, frozenset({i}), False))
        elif i in groups:
            units.append(Unit(i, groups[i].name, groups[i].site_ids, True))
        else:
            raise ValidationError("En vald mötesplats eller grupp finns inte i journalen.")
    return sorted(units, key=lambda u: swedish_sort_key(u.name))
