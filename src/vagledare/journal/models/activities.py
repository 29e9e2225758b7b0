"""Activities and events at a site (språkcafé, studiebesök, näringslivsdag …): the log the
evaluators' *aktivitetsindikatorer* are counted from, with visitors by gender, the employers
present, the partners named and the staff who ran them."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, Record

# Counts that can never be negative: the exchange refuses a file holding one.
NON_NEGATIVE = {"non_negative": True}


class ActivityKind(Record, Base):
    """A type of activity or event, in the journal's own order (an editable list)."""

    __tablename__ = "activity_kind"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Partner(Record, Base):
    """A partner organisation or employer named by activities (a reusable register)."""

    __tablename__ = "partner"

    name: Mapped[str] = mapped_column(String(120), unique=True)
    employer: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Activity(Record, Base):
    """One activity or event on one day at one site. Visitors are counted by gender with no
    cap; ``employers`` is the number of employers present."""

    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_site_day", "site_id", "held_on"),)

    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"))
    kind_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("activity_kind.id"))
    held_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[time | None] = mapped_column(Time, nullable=True)
    ends_at: Mapped[time | None] = mapped_column(Time, nullable=True)
    title: Mapped[str] = mapped_column(String(120))
    visitors_women: Mapped[int] = mapped_column(Integer, default=0, info=NON_NEGATIVE)
    visitors_men: Mapped[int] = mapped_column(Integer, default=0, info=NON_NEGATIVE)
    visitors_unstated: Mapped[int] = mapped_column(Integer, default=0, info=NON_NEGATIVE)
    employers: Mapped[int] = mapped_column(Integer, default=0, info=NON_NEGATIVE)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    import_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batch.id"), nullable=True
    )


class ActivityPartner(Record, Base):
    __tablename__ = "activity_partner"
    __table_args__ = (UniqueConstraint("activity_id", "partner_id"),)

    activity_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("activity.id"))
    partner_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("partner.id"))


class ActivityStaff(Record, Base):
    __tablename__ = "activity_staff"
    __table_args__ = (UniqueConstraint("activity_id", "staff_id"),)

    activity_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("activity.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("staff.id"))
