"""Staff members: who writes in the journal."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vagledare.journal.errors import ValidationError
from vagledare.journal.models import Role, Staff
from vagledare.journal.sites import swedish_sort_key


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
