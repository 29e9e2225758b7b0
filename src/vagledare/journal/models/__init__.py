"""The journal's tables, one module per aggregate."""

from vagledare.journal.models.activities import (
    Activity,
    ActivityKind,
    ActivityPartner,
    ActivityStaff,
    Partner,
)
from vagledare.journal.models.assessments import (
    Assessment,
    AssessmentValue,
    Factor,
    FactorSet,
    Respondent,
)
from vagledare.journal.models.audit import AuditEntry
from vagledare.journal.models.base import Base, Gender, Record, utc_now
from vagledare.journal.models.cases import (
    Case,
    Closure,
    ClosureReason,
    Contact,
    ContactType,
    DutyHours,
    FollowUp,
    FollowUpStatus,
    ReferralSource,
    Route,
)
from vagledare.journal.models.exchange import (
    Deletion,
    ExchangeAlias,
    ExchangeArrival,
    ExchangeBatch,
    ExchangeConflict,
    ExchangeMark,
)
from vagledare.journal.models.groups import (
    ActivityType,
    Attendance,
    AttendanceStatus,
    Enrolment,
    EnrolmentRoute,
    Group,
    GroupKind,
    GroupSession,
    GroupTutor,
    Outcome,
    ScheduleSlot,
    SessionActivity,
)
from vagledare.journal.models.imports import ImportBatch, Setting
from vagledare.journal.models.participants import Participant
from vagledare.journal.models.quick_cases import QuickCase
from vagledare.journal.models.sites import AgeBand, Category, Site
from vagledare.journal.models.staff import Role, Staff

__all__ = [
    "Activity",
    "ActivityKind",
    "ActivityPartner",
    "ActivityStaff",
    "ActivityType",
    "AgeBand",
    "AuditEntry",
    "Assessment",
    "AssessmentValue",
    "Attendance",
    "AttendanceStatus",
    "Base",
    "Case",
    "Category",
    "Closure",
    "ClosureReason",
    "Contact",
    "ContactType",
    "DutyHours",
    "Deletion",
    "ExchangeAlias",
    "ExchangeArrival",
    "ExchangeBatch",
    "ExchangeConflict",
    "ExchangeMark",
    "Factor",
    "FactorSet",
    "Enrolment",
    "FollowUp",
    "FollowUpStatus",
    "EnrolmentRoute",
    "Gender",
    "Group",
    "GroupKind",
    "GroupSession",
    "GroupTutor",
    "ImportBatch",
    "Outcome",
    "Participant",
    "Partner",
    "QuickCase",
    "Record",
    "ReferralSource",
    "Respondent",
    "Role",
    "Route",
    "ScheduleSlot",
    "SessionActivity",
    "Setting",
    "Site",
    "Staff",
    "utc_now",
]
