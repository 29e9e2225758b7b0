"""Site groups, resources per year, the indicators a team lead follows and their targets, and
aggregate counts moved in from years without row-level history.

Kept apart from row-level data: nothing here is a person or a visit. Every table is a record
table, so it travels between desks like the rest of the journal.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, Record


class SiteGroup(Record, Base):
    """Sites reported together, e.g. *Mötesplatserna* = Årby + Fröslunda. Its name is never a
    site's name or alias."""

    __tablename__ = "site_group"

    name: Mapped[str] = mapped_column(String(80), unique=True)


class SiteGroupMember(Record, Base):
    __tablename__ = "site_group_member"
    __table_args__ = (UniqueConstraint("group_id", "site_id"),)

    group_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site_group.id"), index=True)
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"))


class ResourceYear(Record, Base):
    """Full-time equivalents on one route and the personnel cost per FTE for one calendar
    year, for one site, one site group, or the whole journal (both NULL). ``fte_centi`` is
    FTE × 100 (3,5 FTE = 350); 0 means the route is not counted that year. ``cost_per_fte``
    is whole kronor per FTE-year (NULL: not entered)."""

    __tablename__ = "resource_year"

    year: Mapped[int] = mapped_column(Integer, index=True)
    route: Mapped[str] = mapped_column(String(24))  # a Route value
    site_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("site.id"), nullable=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("site_group.id"), nullable=True
    )
    fte_centi: Mapped[int] = mapped_column(Integer)
    cost_per_fte: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Indicator(Record, Base):
    """One measure of the indicator catalogue the team lead has chosen to follow, in the
    order they chose; ``direction`` is ``higher`` or ``lower`` (which is better)."""

    __tablename__ = "indicator"

    measure: Mapped[str] = mapped_column(String(48), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    direction: Mapped[str] = mapped_column(String(8))


class IndicatorTarget(Record, Base):
    """The target of an indicator for one year, as decimal text (``0.55``, ``1200``)."""

    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("indicator.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(String(32))


class AggregateCount(Record, Base):
    """A count from a year without row-level history (``vagledare import aggregates``): one
    measure, one period (``helår``, ``delår 1``, ``kvartal 3``, ``2021-04``), one site or site
    group (both NULL: the whole journal), one gender (``woman``, ``man`` or ``total``)."""

    __tablename__ = "aggregate_count"

    year: Mapped[int] = mapped_column(Integer, index=True)
    period: Mapped[str] = mapped_column(String(16))
    site_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("site.id"), nullable=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("site_group.id"), nullable=True
    )
    measure: Mapped[str] = mapped_column(String(48))
    gender: Mapped[str] = mapped_column(String(8))
    value: Mapped[int] = mapped_column(Integer)
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batch.id"), nullable=True
    )
