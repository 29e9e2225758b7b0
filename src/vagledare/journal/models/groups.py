"""Språkgrupper, språkcaféer and läxhjälp: groups, their schedule and tutors, enrolments of
participant codes, sessions (tillfällen) and attendance (närvaro)."""

from __future__ import annotations

import enum
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
)
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, Record, enum_column


class GroupKind(enum.StrEnum):
    LANGUAGE_GROUP = "language_group"  # språkgrupp: enrolled participants
    LANGUAGE_CAFE = "language_cafe"  # språkcafé: anyone drops in
    HOMEWORK_HELP = "homework_help"  # läxhjälp
    OTHER = "other"


class EnrolmentRoute(enum.StrEnum):
    """How a participant came to the group (väg in)."""

    REFERRED = "referred"  # anvisad via ekonomiskt bistånd (EEB)
    CITIZEN_SERVICE = "citizen_service"  # medborgarservice
    OWN_INITIATIVE = "own_initiative"  # egen hand


class Outcome(enum.StrEnum):
    """Where a participant went on leaving the group (utfall), in report order."""

    EMPLOYMENT = "employment"
    STUDIES_SFI = "studies_sfi"
    STUDIES_BASIC_SWEDISH = "studies_basic_swedish"
    STUDIES_OTHER = "studies_other"
    WORK_PLACEMENT = "work_placement"
    OTHER_PLANNING = "other_planning"
    MOVED = "moved"
    DROPPED_OUT = "dropped_out"
    OTHER = "other"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"  # närvarande
    ABSENT = "absent"  # frånvarande
    EXCUSED = "excused"  # anmäld frånvaro


class Group(Record, Base):
    """A group at one site. Sessions are generated from its weekly schedule, from
    ``schedule_from`` on; ``generated_until`` is how far generation has come."""

    __tablename__ = "language_group"
    __table_args__ = (UniqueConstraint("site_id", "name"),)

    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"))
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[GroupKind] = mapped_column(enum_column(GroupKind))  # type: ignore[arg-type]
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    schedule_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    generated_until: Mapped[date | None] = mapped_column(Date, nullable=True)


class GroupTutor(Record, Base):
    """A responsible språkhandledare of a group."""

    __tablename__ = "group_tutor"
    __table_args__ = (UniqueConstraint("group_id", "staff_id"),)

    group_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("language_group.id"))
    staff_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("staff.id"))


class ScheduleSlot(Record, Base):
    """One weekly meeting, e.g. tisdagar 09.30–11.00 (weekday 0 = Monday)."""

    __tablename__ = "schedule_slot"
    __table_args__ = (UniqueConstraint("group_id", "weekday"),)

    group_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("language_group.id"))
    weekday: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[time] = mapped_column(Time)
    ends_at: Mapped[time] = mapped_column(Time)


class ActivityType(Record, Base):
    """What a session held: språkundervisning, studiebesök, matlagning …"""

    __tablename__ = "activity_type"

    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Enrolment(Record, Base):
    """A participant code in a group from ``enrolled_on`` to ``left_on`` (both days
    inclusive); a leaving always has an outcome."""

    __tablename__ = "enrolment"
    __table_args__ = (Index("ix_enrolment_group_participant", "group_id", "participant_id"),)

    group_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("language_group.id"))
    participant_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("participant.id"))
    route: Mapped[EnrolmentRoute] = mapped_column(enum_column(EnrolmentRoute))  # type: ignore[arg-type]
    enrolled_on: Mapped[date] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[Outcome | None] = mapped_column(
        enum_column(Outcome),  # type: ignore[arg-type]
        nullable=True,
    )
    import_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batch.id"), nullable=True
    )


class GroupSession(Record, Base):
    """A tillfälle: one meeting of a group on one day.

    ``attendance_taken_at`` is set when the roll call was saved; until then a past session
    is flagged. Walk-in guests (besökare utan inskrivning) are counted by gender only.
    """

    __tablename__ = "group_session"
    __table_args__ = (UniqueConstraint("group_id", "held_on"),)

    group_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("language_group.id"))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time, nullable=True)
    ends_at: Mapped[time | None] = mapped_column(Time, nullable=True)
    extra: Mapped[bool] = mapped_column(Boolean, default=False)  # added, not from the schedule
    moved_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    cancel_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    attendance_taken_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    guests_women: Mapped[int] = mapped_column(Integer, default=0)
    guests_men: Mapped[int] = mapped_column(Integer, default=0)
    guests_unstated: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    import_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batch.id"), nullable=True
    )


class SessionActivity(Record, Base):
    __tablename__ = "session_activity"
    __table_args__ = (UniqueConstraint("session_id", "activity_type_id"),)

    session_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("group_session.id"))
    activity_type_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("activity_type.id"))


class Attendance(Record, Base):
    """One participant's närvaro at one session."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "enrolment_id"),)

    session_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("group_session.id"))
    enrolment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("enrolment.id"))
    status: Mapped[AttendanceStatus] = mapped_column(enum_column(AttendanceStatus))  # type: ignore[arg-type]
    import_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batch.id"), nullable=True
    )
