"""Staff members: who writes in the journal."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Role, Staff
from vagledare.journal.sites import SiteInfo, find_site, get_site, list_sites, swedish_sort_key


@dataclass(frozen=True)
class StaffInfo:
    id: uuid.UUID
    name: str
    role: Role
    active: bool = True


def _info(st: Staff) -> StaffInfo:
    return StaffInfo(st.id, st.name, st.role, st.active)


def list_staff(s: Session) -> list[StaffInfo]:
    """Everyone, in Swedish alphabetical order (sorted here: a server's collation may differ)."""
    return sorted(
        (_info(x) for x in s.scalars(select(Staff))), key=lambda i: swedish_sort_key(i.name)
    )


def find_staff(s: Session, name: str) -> StaffInfo | None:
    wanted = name.strip().casefold()
    st = next((x for x in s.scalars(select(Staff)) if x.name.casefold() == wanted), None)
    return _info(st) if st else None


def get_staff(s: Session, staff_id: uuid.UUID) -> StaffInfo | None:
    st = s.get(Staff, staff_id)
    return _info(st) if st else None


def sites_and_staff(s: Session) -> tuple[list[SiteInfo], list[StaffInfo]]:
    """Every meeting place and everyone on the staff, from one snapshot (a form's choices)."""
    return list_sites(s), list_staff(s)


def site_and_member(
    s: Session, site_id: uuid.UUID, staff_id: uuid.UUID
) -> tuple[SiteInfo, StaffInfo | None]:
    """A desk's meeting place and staff member by their keys, from one snapshot (a site no
    longer there is a ``ValidationError``, a person no longer there is None)."""
    return get_site(s, site_id), get_staff(s, staff_id)


def find_site_and_staff(
    s: Session, site_name: str, staff_name: str
) -> tuple[SiteInfo | None, StaffInfo | None]:
    """A meeting place and a staff member by name, from one snapshot."""
    return find_site(s, site_name), find_staff(s, staff_name)


def ensure_staff(s: Session, name: str, role: Role = Role.COACH) -> StaffInfo:
    """The staff member with this name or initials, created on first use."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("Namn eller initialer får inte vara tomt.")
    if len(name) > 80:
        raise ValidationError("Namn eller initialer är för långt (högst 80 tecken).")
    found = find_staff(s, name)
    if found:
        return found
    st = Staff(id=uuid.uuid4(), name=name, role=role)
    s.add(st)
    s.flush()
    return _info(st)


def command_line_author() -> str:
    """Who the command line writes as: the operating-system user, unless told otherwise."""
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down desks
        return "kommandorad"
