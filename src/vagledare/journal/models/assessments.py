"""Progression readings (progressionsmätningar) on a versioned set of seven factors.

A factor set is data: its Swedish definition (names, plain-Swedish statements, anchors,
scale) is stored with the set, and every reading points at the set it was taken with, so a
municipality can replace the factors without rewriting history.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vagledare.journal.models.base import Base, Record, enum_column, unique_among_live_rows


class Respondent(enum.StrEnum):
    """Who gave the values: the participant (självskattning) or the coach's own view."""

    PARTICIPANT = "participant"  # deltagare
    COACH = "coach"  # vägledare


class FactorSet(Record, Base):
    """One version of the factors. The highest version is the one new readings use."""

    __tablename__ = "factor_set"

    key: Mapped[str] = mapped_column(String(40), unique=True)  # names translation files
    version: Mapped[int] = mapped_column(Integer, unique=True)
    name: Mapped[str] = mapped_column(String(120))
    scale_min: Mapped[int] = mapped_column(Integer)
    scale_max: Mapped[int] = mapped_column(Integer)
    definition: Mapped[str] = mapped_column(Text)  # the Swedish definition as JSON
    factors: Mapped[list[Factor]] = relationship(
        back_populates="factor_set", order_by="Factor.position"
    )


class Factor(Record, Base):
    __tablename__ = "factor"
    __table_args__ = (UniqueConstraint("factor_set_id", "position"),)

    factor_set_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("factor_set.id"))
    position: Mapped[int] = mapped_column(Integer)  # 1..7: the f1..f7 of the CSV import
    name: Mapped[str] = mapped_column(String(120))
    short_name: Mapped[str] = mapped_column(String(40))
    coach_only: Mapped[bool] = mapped_column(Boolean, default=False)
    factor_set: Mapped[FactorSet] = relationship(back_populates="factors")


class Assessment(Record, Base):
    """One reading: a participant's (or the coach's) values on one day.

    A reading can be corrected on the day it was recorded; later it can only be deleted with
    a reason, and a deleted reading stays in the journal (``deleted_at``), counted nowhere.
    """

    __tablename__ = "assessment"
    __table_args__ = (
        Index("ix_assessment_participant_taken", "participant_id", "taken_on"),
        # One reading per participant, respondent and day (a second one is a correction).
        unique_among_live_rows("uq_assessment_day", "participant_id", "respondent", "taken_on"),
    )

    participant_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("participant.id"))
    factor_set_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("factor_set.id"))
    taken_on: Mapped[date] = mapped_column(Date)
    respondent: Mapped[Respondent] = mapped_column(enum_column(Respondent))  # type: ignore[arg-type]
    coach_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff.id"), nullable=True)
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)  # form's 2nd language
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)
    import_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batch.id"), nullable=True
    )
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    deleted_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("staff.id"), nullable=True
    )
    deletion_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    values: Mapped[list[AssessmentValue]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )


class AssessmentValue(Record, Base):
    """The value of one factor in one reading; ``value`` None is "vill inte svara"."""

    __tablename__ = "assessment_value"
    __table_args__ = (UniqueConstraint("assessment_id", "factor_id"),)

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"))
    factor_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("factor.id"))
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    assessment: Mapped[Assessment] = relationship(back_populates="values")
