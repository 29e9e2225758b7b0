"""Staff members (vägledare, språkhandledare, teamledare, administratör)."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import Boolean, DateTime, String, Uuid, true
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, enum_column, utc_now


class Role(enum.StrEnum):
    COACH = "coach"  # vägledare
    TUTOR = "tutor"  # språkhandledare
    TEAM_LEAD = "team_lead"  # teamledare
    ADMIN = "admin"  # administratör
    # Arrived from another desk (journal exchange or sync): a name, no role and no PIN here
    # until a team lead gives both. Never chosen in a form; cannot log in.
    UNASSIGNED = "unassigned"


class Staff(Base):
    """A staff member known by name or initials. Staff rows have no author of their own."""

    __tablename__ = "staff"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[Role] = mapped_column(enum_column(Role), default=Role.COACH)  # type: ignore[arg-type]
    # scrypt hash of the staff member's PIN or password; None until one has been chosen.
    pin_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
