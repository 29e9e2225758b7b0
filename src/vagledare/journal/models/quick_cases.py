"""Snabbärenden: one row per handled drop-in question."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, String, Uuid, false
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, Gender, Record, enum_column


class QuickCase(Record, Base):
    """A snabbärende. ``occurred_at`` is local wall-clock time (Europe/Stockholm at the desk).

    ``visit_id`` groups the snabbärenden of one visit (one visitor at the desk, one day);
    an entry without one is a visit of its own. ``return_visit``: the visitor has been before
    (a visit is a return visit when any of its entries says so).

    A mistaken entry is never deleted: it gets ``removed_at``, who removed it and why, and
    is no longer counted.
    """

    __tablename__ = "quick_case"
    __table_args__ = (
        # Covers the drop-in report: filter by site and time, group by the three dimensions.
        Index(
            "ix_quick_case_report",
            "site_id",
            "occurred_at",
            "category_id",
            "age_band_id",
            "gender",
            "removed_at",
        ),
        Index("ix_quick_case_visit", "visit_id"),
    )

    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"))
    category_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("category.id"))
    age_band_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("age_band.id"))
    gender: Mapped[Gender] = mapped_column(enum_column(Gender))  # type: ignore[arg-type]
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    import_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batch.id"), nullable=True
    )
    removed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    removed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("staff.id"), nullable=True
    )
    removal_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    return_visit: Mapped[bool] = mapped_column(Boolean, server_default=false())
