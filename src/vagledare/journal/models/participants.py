"""The one register of pseudonymous participant codes, shared by cases, språkgrupper and
progression readings. A code carries gender, age band and home site once."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, Gender, Record, enum_column


class Participant(Record, Base):
    __tablename__ = "participant"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    gender: Mapped[Gender] = mapped_column(enum_column(Gender))  # type: ignore[arg-type]
    age_band: Mapped[str] = mapped_column(String(16))  # label at registration, e.g. "25-34"
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"))
