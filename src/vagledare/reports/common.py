"""Helpers shared by the report builders: which sites, and how they are named."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.sites import SiteInfo, list_sites, load_sites, swedish_sort_key
from vagledare.journal.terms import Lang, term


def resolve_sites(s: Session, site_ids: Sequence[uuid.UUID] | None) -> list[SiteInfo]:
    """The chosen sites in Swedish alphabetical order; all sites when none are chosen."""
    if not site_ids:
        sites = list_sites(s)
        if not sites:
            raise ValidationError("Journalen har inga mötesplatser ännu.")
        return sites
    found = load_sites(s, list(dict.fromkeys(site_ids)))
    if len(found) != len(set(site_ids)):
        raise ValidationError("En vald mötesplats finns inte i journalen.")
    return sorted(found, key=lambda x: swedish_sort_key(x.name))


def sites_label(sites: Sequence[SiteInfo], all_sites: bool, lang: Lang) -> str:
    if all_sites and len(sites) > 1:
        return term("all_sites", lang)
    names = [x.name for x in sites]
    if len(names) <= 1:
        return "".join(names)
    joiner = " och " if lang == "sv" else " and "
    return ", ".join(names[:-1]) + joiner + names[-1]
