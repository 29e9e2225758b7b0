"""The first run on a journal: which site this desk logs for, who is at it (with role and
PIN) and where backups go — what the first-run wizard saves, in one transaction.

Roles: a journal without any team lead or administrator (a brand-new one) makes the first
person its administratör, so that someone can give roles later. Everyone after that starts
as vägledare or språkhandledare; an administratör or teamledare changes roles in
*Personal och roller*.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal import access
from vagledare.journal.errors import ValidationError
from vagledare.journal.journal_settings import (
    organisation_parts,
    set_backup_dir,
    set_organisation,
)
from vagledare.journal.models import Role, Staff
from vagledare.journal.sites import SiteInfo, add_site, find_site
from vagledare.journal.staff import StaffInfo, ensure_staff, find_staff

SELF_CHOSEN_ROLES = (Role.COACH, Role.TUTOR)


def has_lead(s: Session) -> bool:
    """Whether an active teamledare or administratör exists (who can give roles)."""
    return (
        s.scalar(
            select(Staff.id).where(Staff.active.is_(True), Staff.role.in_(access.LEADS)).limit(1)
        )
        is not None
    )


def newcomer_role(s: Session, wanted: Role) -> Role:
    """The role a new person gets: administratör while the journal has no lead, otherwise
    the vägledare or språkhandledare role they chose."""
    if not has_lead(s):
        return Role.ADMIN
    if wanted not in SELF_CHOSEN_ROLES:
        raise ValidationError(
            "Roller som teamledare och administratör ges av en administratör "
            "(Arkiv → Personal och roller)."
        )
    return wanted


@dataclass(frozen=True)
class Newcomer:
    """What the wizard knows about the person at the desk before saving."""

    known: StaffInfo | None  # already in the journal under this name
    has_pin: bool
    role: Role  # the role they have or will get


def who_is(s: Session, name: str, wanted: Role = Role.COACH) -> Newcomer:
    known = find_staff(s, name) if name.strip() else None
    if known is not None:
        if not known.active:
            raise ValidationError(
                f"{known.name} är inte längre aktiv i journalen; be en administratör "
                "att aktivera dig igen."
            )
        return Newcomer(known, access.has_pin(s, known.id), known.role)
    return Newcomer(None, False, newcomer_role(s, wanted))


def pin_is_right(s: Session, staff_id: uuid.UUID, pin: str) -> bool:
    """Check the PIN of someone already in the journal (the login itself is recorded when
    the wizard saves)."""
    st = s.get(Staff, staff_id)
    return bool(st and access.verify_pin(pin, st.pin_hash))


def gets_recovery_code(s: Session, person: Newcomer) -> bool:
    """Whether saving makes this person the journal's first lead, who then receives the
    recovery code (a journal that already has one keeps it)."""
    return person.role in access.LEADS and not access.has_recovery_code(s)


def complete_first_run(
    s: Session,
    *,
    site_name: str,
    staff_name: str,
    role: Role,
    pin: str,
    backup_folder: Path | None,
    organisation: str = "",
    unit: str = "",
) -> tuple[SiteInfo, StaffInfo]:
    """Save the wizard's choices and log the person in; refuses a wrong PIN of someone
    already in the journal (nothing is then saved)."""
    person = who_is(s, staff_name, role)
    if person.known is not None and person.has_pin:
        if not pin_is_right(s, person.known.id, pin):
            raise ValidationError("Fel PIN-kod för " + person.known.name + ".")
        member = person.known
    else:
        access.check_pin_strength(pin)
        member = person.known or ensure_staff(s, staff_name, person.role)
        access.set_pin(s, member.id, pin)
    site = find_site(s, site_name) or add_site(s, site_name, member.id)
    set_backup_dir(s, backup_folder)
    # Who publishes the tables: set by the journal's first person, changed later only by a
    # lead (a newcomer's wizard leaves what a lead entered alone).
    if (organisation or unit) and (person.role in access.LEADS or not any(organisation_parts(s))):
        set_organisation(s, organisation, unit)
    access.login(s, member.id, pin)
    return site, member


def first_recovery_code(s: Session, member: StaffInfo) -> str | None:
    """The recovery code the journal's first lead receives at the end of the first run (shown
    once, for the office safe), or None when the person is no lead or a code exists."""
    if member.role not in access.LEADS or access.has_recovery_code(s):
        return None
    return access.make_recovery_code(s, member.id)


def finish_first_run(
    s: Session,
    *,
    site_name: str,
    staff_name: str,
    role: Role,
    pin: str,
    backup_folder: Path | None,
    organisation: str = "",
    unit: str = "",
) -> tuple[SiteInfo, StaffInfo, str | None]:
    """What the wizard's last step saves, in one transaction: ``complete_first_run``, then
    the first lead's recovery code (``first_recovery_code``, None when none is made)."""
    site, member = complete_first_run(
        s,
        site_name=site_name,
        staff_name=staff_name,
        role=role,
        pin=pin,
        backup_folder=backup_folder,
        organisation=organisation,
        unit=unit,
    )
    return site, member, first_recovery_code(s, member)
