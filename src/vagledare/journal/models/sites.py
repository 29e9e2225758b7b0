"""Mötesplatser and their ordered snabbärende categories and age bands."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vagledare.journal.models.base import Base, Record


class Site(Record, Base):
    __tablename__ = "site"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    categories: Mapped[list[Category]] = relationship(
        back_populates="site", order_by="Category.position"
    )
    age_bands: Mapped[list[AgeBand]] = relationship(
        back_populates="site", order_by="AgeBand.position"
    )


class Category(Record, Base):
    """A snabbärende category of one site. Once used it can be retired, never renamed."""

    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("site_id", "name"),)

    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"))
    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    site: Mapped[Site] = relationship(back_populates="categories")


class AgeBand(Record, Base):
    """An age band of one site, e.g. ``18-24`` or ``65+`` (ASCII hyphen, as the seed tables)."""

    __tablename__ = "age_band"
    __table_args__ = (UniqueConstraint("site_id", "label"),)

    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"))
    label: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    site: Mapped[Site] = relationship(back_populates="age_bands")
