"""Ärenden: a participant's case at a site, its contacts and its closings (with history).

A case is closed when it has a closure that has not been reopened; a reopened case keeps its
earlier closures (``reopened_on`` set), so the journal can say what was true on any date and
the reports count only the closing that is current.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from vagledare.journal.models.base import Base, Record, enum_column


class Route(enum.StrEnum):
    """Väg in: medborgarservice (of one's own accord) or anvisad via ekonomiskt bistånd."""

    CITIZEN_SERVICE = "citizen_service"
    REFERRED = "referred"


class ReferralSource(enum.StrEnum):
    """How the person found the desk (hur personen hittade hit)."""

    DROP_IN = "drop_in"
    OPEN_PRESCHOOL = "open_preschool"
    FAMILY_COUNSELLOR = "family_counsellor"
    YOUTH_LEISURE = "youth_leisure"
    LIBRARY = "library"
    LANGUAGE_GROUP = "language_group"
    WORD_OF_MOUTH = "word_of_mouth"
    OTHER_ACTIVITY = "other_activity"
    OTHER = "other"


class ContactType(enum.StrEnum):
    CONVERSATION = "conversation"
    APPLICATION_DOCUMENTS = "application_documents"
    JOB_SEARCH = "job_search"
    AUTHORITY_CONTACT = "authority_contact"
    STUDY_GUIDANCE = "study_guidance"
    EMPLOYER_MATCHING = "employer_matching"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


class ClosureReason(enum.StrEnum):
    """Orsak till avslut, in the order of the municipality's tables (domain.md §1.5)."""

    OTHER_BENEFIT = "other_benefit"
    SUBSIDISED_JOB = "subsidised_job"
    PERMANENT_JOB = "permanent_job"
    TEMPORARY_JOB = "temporary_job"
    NEW_START_JOB = "new_start_job"
    STUDIES = "studies"
    FULL_TIME_AF = "full_time_af"
    FAMILY_CHANGE = "family_change"
    MOVED_AWAY = "moved_away"
    DROPPED_OUT = "dropped_out"
    OWN_REQUEST = "own_request"
    REGISTERED_BY_MISTAKE = "registered_by_mistake"
    MEASURE_ENDED = "measure_ended"
    NEED_GONE = "need_gone"
    MEASURE_COMPLETED = "measure_completed"
    # History whose reason nobody knows (the seed's *Övrigt*): imported, never chosen at the
    # desk; counted under Övrigt, never as self-sufficiency.
    UNKNOWN = "unknown"


class FollowUpStatus(enum.StrEnum):
    """Where a person stood at the follow-up N months after avslut."""

    WORK = "work"
    STUDIES = "studies"
    OTHER_SELF_SUPPORT = "other_self_support"
    BACK_ON_ASSISTANCE = "back_on_assistance"
    OTHER = "other"
    NOT_REACHED = "not_reached"


class Case(Record, Base):
    """An ärende. ``age_band`` is the band at intake (the code keeps its first band)."""

    __tablename__ = "case_file"
    __table_args__ = (Index("ix_case_file_site_start", "site_id", "start_date"),)

    participant_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("participant.id"), index=True
    )
    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("site.id"))
    coach_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("staff.id"), nullable=True)
    route: Mapped[Route] = mapped_column(enum_column(Route))  # type: ignore[arg-type]
    referral_source: Mapped[ReferralSource | None] = mapped_column(
        enum_column(ReferralSource),  # type: ignore[arg-type]
        nullable=True,
    )
    age_band: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[date] = mapped_column(Date)
    quick_case_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("quick_case.id"), nullable=True, unique=True
    )
    import_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batch.id"), nullable=True
    )
    # A decision on aktivitetsplikt (SoL 4:4) while the case runs: from, and to (None: open).
    duty_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    duty_to: Mapped[date | None] = mapped_column(Date, nullable=True)


class Contact(Record, Base):
    """A dated entry in a case: what kind of contact, and an optional short note."""

    __tablename__ = "case_contact"
    __table_args__ = (Index("ix_case_contact_case_day", "case_id", "occurred_on"),)

    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("case_file.id"))
    occurred_on: Mapped[date] = mapped_column(Date)
    contact_type: Mapped[ContactType] = mapped_column(enum_column(ContactType))  # type: ignore[arg-type]
    note: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # Aktivitetsplikt: the hours the person actually took part in during the past week, as
    # told at this contact (only while a decision runs; None: not asked).
    attended_hours: Mapped[int | None] = mapped_column(
        Integer, nullable=True, info={"non_negative": True, "at_most": 80}
    )


class Closure(Record, Base):
    """One closing of a case. ``reopened_on`` is set when the case was opened again."""

    __tablename__ = "case_closure"
    __table_args__ = (Index("ix_case_closure_current", "closed_on", "reopened_on"),)

    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("case_file.id"), index=True)
    closed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[ClosureReason] = mapped_column(enum_column(ClosureReason))  # type: ignore[arg-type]
    summer_job: Mapped[bool] = mapped_column(Boolean, default=False)  # ferie-/sommarjobb
    municipal_studies: Mapped[bool] = mapped_column(Boolean, default=False)  # i kommunens regi
    reopened_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reopened_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("staff.id"), nullable=True
    )


class FollowUp(Record, Base):
    """The follow-up of one closing, N months after avslut: when, and where the person stood.
    One per closing (two desks recording the same one merge onto it)."""

    __tablename__ = "case_follow_up"

    closure_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("case_closure.id"), unique=True)
    followed_up_on: Mapped[date] = mapped_column(Date)
    status: Mapped[FollowUpStatus] = mapped_column(enum_column(FollowUpStatus))  # type: ignore[arg-type]
    import_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batch.id"), nullable=True
    )


class DutyHours(Record, Base):
    """One line of an aktivitetsplikt plan: hours per week planned in one activity, a type
    from the activity list (``kind_id``) or a free *annan aktivitet* (``other_activity``).
    A case's lines are its current plan, replaced as a whole."""

    __tablename__ = "case_duty_hours"

    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("case_file.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("activity_kind.id"), nullable=True
    )
    other_activity: Mapped[str | None] = mapped_column(String(120), nullable=True)
    hours: Mapped[int] = mapped_column(Integer, info={"non_negative": True, "at_most": 60})
