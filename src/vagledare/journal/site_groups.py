"""Site groups: sites a municipality reports together (e.g. *Mötesplatserna* = Årby +
Fröslunda), chosen in reports wherever a site is.

A report's choice is a list of *units*: each a site or a group. A report that shows a block
of columns per site shows one per unit, named after it; every other report pools the units'
sites. ``resolve_units`` turns the chosen ids (site ids and group ids alike) into units.

A group's name is never a site's name or alias (``sites.SITE_ALIASES``), nor another group's,
so that a name on the command line or in a column header means one thing. Team leads change
groups (the window and the command line run these functions through
``site_settings.as_lead`` or as a privileged command, like the sites themselves).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import (
    AggregateCount,
    ResourceYear,
    Site,
    SiteGroup,
    SiteGroupMember,
)

if TYPE_CHECKING:
    from vagledare.journal.sites import SiteInfo


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


def get_group(s: Session, group_id: uuid.UUID) -> SiteGroupInfo:
    found = groups_by_id(s, [group_id]).get(group_id)
    if found is None:
        raise ValidationError("Gruppen av mötesplatser finns inte i journalen.")
    return found


# -- changing -------------------------------------------------------------------------------


def _valid_name(s: Session, name: str, group_id: uuid.UUID | None = None) -> str:
    """The cleaned name, or a refusal: empty, too long, a site's name or alias, another
    group's name. (The text guard refuses identity numbers and formula starts on flush.)"""
    from vagledare.journal.privacy import reject_identity_number
    from vagledare.journal.sites import alias_target

    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("Gruppens namn får inte vara tomt.")
    if len(cleaned) > 80:
        raise ValidationError(f"Gruppens namn är för långt (högst 80 tecken): {cleaned[:20]}…")
    reject_identity_number(cleaned, "Gruppens namn")
    folded = cleaned.casefold()
    site = next((n for n in s.scalars(select(Site.name)) if n.casefold() == folded), None)
    if site is not None:
        raise ValidationError(
            f"{cleaned} är namnet på en mötesplats: en grupp måste heta något annat."
        )
    target = alias_target(cleaned)
    if target is not None:
        raise ValidationError(
            f"{cleaned} är ett annat namn för mötesplatsen {target}: en grupp måste heta "
            "något annat."
        )
    other = find_group(s, cleaned)
    if other is not None and other.id != group_id:
        raise ValidationError(f"Gruppen {other.name} finns redan.")
    return cleaned


def _valid_members(s: Session, site_ids: Iterable[uuid.UUID], group: str) -> list[uuid.UUID]:
    wanted = list(dict.fromkeys(site_ids))
    if not wanted:
        raise ValidationError(f"Gruppen {group} behöver minst en mötesplats.")
    known = set(s.scalars(select(Site.id).where(Site.id.in_(wanted))))
    if len(known) != len(wanted):
        raise ValidationError(f"En mötesplats i gruppen {group} finns inte i journalen.")
    return wanted


def add_group(
    s: Session,
    name: str,
    site_ids: Iterable[uuid.UUID],
    author_id: uuid.UUID | None = None,
) -> SiteGroupInfo:
    """A new group of these sites (one at least)."""
    name = _valid_name(s, name)
    members = _valid_members(s, site_ids, name)
    group = SiteGroup(id=uuid.uuid4(), name=name, author_id=author_id)
    s.add(group)
    s.flush()
    for site_id in members:
        s.add(SiteGroupMember(group_id=group.id, site_id=site_id, author_id=author_id))
    s.flush()
    return get_group(s, group.id)


def set_members(
    s: Session,
    group_id: uuid.UUID,
    site_ids: Iterable[uuid.UUID],
    author_id: uuid.UUID | None = None,
) -> SiteGroupInfo:
    """The group's sites from now on (one at least); every report reads them as they are."""
    group = get_group(s, group_id)
    members = _valid_members(s, site_ids, group.name)
    rows = s.scalars(select(SiteGroupMember).where(SiteGroupMember.group_id == group_id)).all()
    for row in rows:
        if row.site_id not in members:
            s.delete(row)  # leaves a tombstone, so the exchange removes it on every desk
    for site_id in members:
        if site_id not in group.site_ids:
            s.add(SiteGroupMember(group_id=group_id, site_id=site_id, author_id=author_id))
    s.flush()
    return get_group(s, group_id)


def rename_group(s: Session, group_id: uuid.UUID, name: str) -> SiteGroupInfo:
    row = s.get(SiteGroup, group_id)
    if row is None:
        raise ValidationError("Gruppen av mötesplatser finns inte i journalen.")
    row.name = _valid_name(s, name, group_id)
    s.flush()
    return get_group(s, group_id)


def remove_group(s: Session, group_id: uuid.UUID) -> None:
    """Remove a group and its membership (tombstones, like every deleted record). Refused
    while resources or moved-in counts are kept for the group: they would lose their place."""
    row = s.get(SiteGroup, group_id)
    if row is None:
        raise ValidationError("Gruppen av mötesplatser finns inte i journalen.")
    for table, what in ((ResourceYear, "resurser"), (AggregateCount, "inflyttade antal")):
        used = s.scalar(select(func.count()).where(table.group_id == group_id))
        if used:
            raise ValidationError(
                f"Gruppen {row.name} har {what} sparade och kan inte tas bort: ta bort dem först."
            )
    for member in s.scalars(select(SiteGroupMember).where(SiteGroupMember.group_id == group_id)):
        s.delete(member)
    s.flush()
    s.delete(row)
    s.flush()


# -- choosing -------------------------------------------------------------------------------


def sites_and_groups(s: Session) -> tuple[list[SiteInfo], list[SiteGroupInfo]]:
    """What a site choice offers, from one snapshot: the sites, then the groups."""
    from vagledare.journal.sites import list_sites

    return list_sites(s), list_groups(s)


def resolve_units(s: Session, ids: Sequence[uuid.UUID] | None) -> list[Unit]:
    """The chosen sites and groups (ids of either, repeats ignored) as units, in Swedish
    alphabetical order of their names; every site when nothing is chosen."""
    from vagledare.journal.sites import list_sites, load_sites, swedish_sort_key

    if not ids:
        found = list_sites(s)
        if not found:
            raise ValidationError("Journalen har inga mötesplatser ännu.")
        return [Unit(x.id, x.name, frozenset({x.id}), False) for x in found]
    wanted = list(dict.fromkeys(ids))
    groups = groups_by_id(s, wanted)
    site_ids = [i for i in wanted if i not in groups]
    sites = load_sites(s, site_ids) if site_ids else []
    if len(sites) != len(site_ids):
        raise ValidationError("En vald mötesplats finns inte i journalen.")
    for g in groups.values():
        if not g.site_ids:
            raise ValidationError(f"Gruppen {g.name} har inga mötesplatser.")
    units = [Unit(x.id, x.name, frozenset({x.id}), False) for x in sites]
    units += [Unit(g.id, g.name, g.site_ids, True) for g in groups.values()]
    return sorted(units, key=lambda u: swedish_sort_key(u.name))


def known_text(s: Session) -> str:
    """The sites (with their aliases) and groups a name may be, for a refusal."""
    from vagledare.journal.sites import known_sites_text

    text = known_sites_text(s)
    groups = [g.name for g in list_groups(s)]
    return f"{text}; grupper: {', '.join(groups)}" if groups else text


def require_site_or_group(s: Session, name: str) -> uuid.UUID:
    """The id of the site (by name or alias) or site group called ``name``."""
    from vagledare.journal.sites import find_site

    site = find_site(s, name)
    if site is not None:
        return site.id
    group = find_group(s, name)
    if group is not None:
        return group.id
    raise ValidationError(f"Mötesplatsen {name!r} finns inte (kända: {known_text(s)}).")
