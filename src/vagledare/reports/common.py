"""Helpers shared by the report builders: which sites, and how they are named."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import SiteGroupMember
from vagledare.journal.sites import SiteInfo, list_sites, load_sites, swedish_sort_key
from vagledare.journal.terms import Lang, term


class Named(Protocol):
    @property
    def name(self) -> str: ...


def resolve_sites(s: Session, site_ids: Sequence[uuid.UUID] | None) -> list[SiteInfo]:
    """The chosen sites in Swedish alphabetical order; all sites when none are chosen. A
    chosen site group stands for its sites (a site chosen twice counts once): a report that
    pools its sites pools the group's."""
    if not site_ids:
        sites = list_sites(s)
        if not sites:
            raise ValidationError("Journalen har inga mötesplatser ännu.")
        return sites
    chosen = list(dict.fromkeys(site_ids))
    members: dict[uuid.UUID, list[uuid.UUID]] = {}
    for group_id, site_id in s.execute(
        select(SiteGroupMember.group_id, SiteGroupMember.site_id).where(
            SiteGroupMember.group_id.in_(chosen)
        )
    ):
        members.setdefault(group_id, []).append(site_id)
    wanted: list[uuid.UUID] = []
    for i in chosen:
        wanted += sorted(members[i]) if i in members else [i]
    wanted = list(dict.fromkeys(wanted))
    found = load_sites(s, wanted)
    if not wanted or len(found) != len(wanted):
        raise ValidationError("En vald mötesplats finns inte i journalen.")
    return sorted(found, key=lambda x: swedish_sort_key(x.name))


def sites_label(sites: Sequence[Named], all_sites: bool, lang: Lang) -> str:
    """The sites (or units: sites and groups) for a title: their names, or *alla
    mötesplatser*."""
    if all_sites and len(sites) > 1:
        return term("all_sites", lang)
    names = [x.name for x in sites]
    if len(names) <= 1:
        return "".join(names)
    joiner = " och " if lang == "sv" else " and "
    return ", ".join(names[:-1]) + joiner + names[-1]
