"""What a team lead changes in *Inställningar för mötesplatser*: sites, their categories and age
bands, groups of sites, the tally grid's *Ej angivet* column, the activity types of group
sessions, the types of activities and events, the register of partners, and the follow-up after
avslut.

The changes themselves are the domain functions of ``sites``, ``site_groups``, ``meetings`` and
``journal_settings`` (each audited like every other change); ``as_lead`` runs one of them for a
staff member whose role the journal checks first, so the window and the command line cannot
disagree about who may.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal import audit
from vagledare.journal.access import require_lead
from vagledare.journal.activities import KindInfo, PartnerInfo, list_kinds, list_partners
from vagledare.journal.followups import FollowUpSettings, follow_up_settings
from vagledare.journal.journal_settings import unstated_column
from vagledare.journal.meetings import ActivityTypeInfo, list_activity_types
from vagledare.journal.models import QuickCase, Role, Staff
from vagledare.journal.site_groups import SiteGroupInfo, list_groups
from vagledare.journal.sites import SiteInfo, list_sites

P = ParamSpec("P")
R = TypeVar("R")

WHAT = "ändra inställningarna för mötesplatser"


def require_lead_by_id(s: Session, staff_id: uuid.UUID, what: str = WHAT) -> None:
    """Refuse (in Swedish) unless ``staff_id`` is an active team lead or administrator, as the
    journal has them now (not as a window remembers them)."""
    st = s.get(Staff, staff_id)
    role = st.role if st is not None and st.active else Role.COACH
    require_lead(role, what)


def as_lead(
    s: Session,
    staff_id: uuid.UUID,
    change: Callable[Concatenate[Session, P], R],
    *args: P.args,
    **kw: P.kwargs,
) -> R:
    """``change(s, *args)`` done by ``staff_id``, whom the log names for it, once the journal
    has checked that they are a team lead or an administrator."""
    require_lead_by_id(s, staff_id)
    audit.name_actor(s, staff_id)
    return change(s, *args, **kw)


@dataclass(frozen=True)
class SettingsView:
    """Everything the settings dialog shows, read from one snapshot."""

    sites: list[SiteInfo]  # in Swedish alphabetical order
    activity_types: list[ActivityTypeInfo]  # retired ones too, in their order
    unstated_column: bool
    used_categories: frozenset[uuid.UUID]  # categories with quick cases: cannot be renamed
    used_age_bands: frozenset[uuid.UUID]  # age bands with quick cases: cannot be corrected
    event_kinds: list[KindInfo]  # the types of activities and events, retired ones last
    partners: list[PartnerInfo]  # the register of partners and employers
    follow_up: FollowUpSettings
    groups: list[SiteGroupInfo]  # the groups of sites, in Swedish alphabetical order


def settings_view(s: Session) -> SettingsView:
    used_categories = frozenset(s.scalars(select(QuickCase.category_id).distinct()))
    used_age_bands = frozenset(s.scalars(select(QuickCase.age_band_id).distinct()))
    return SettingsView(
        list_sites(s),
        list_activity_types(s, include_retired=True),
        unstated_column(s),
        used_categories,
        used_age_bands,
        list_kinds(s, include_retired=True),
        list_partners(s, include_retired=True),
        follow_up_settings(s),
        list_groups(s),
    )
