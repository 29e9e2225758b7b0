"""The journal's tables, one module per aggregate."""

from vagledare.journal.models.base import Base, Gender, Record, utc_now
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
    "ActivityType",
    "AgeBand",
    "Attendance",
    "AttendanceStatus",
    "Base",
    "Category",
    "Enrolment",
    "EnrolmentRoute",
    "Gender",
    "Group",
    "GroupKind",
    "GroupSession",
    "GroupTutor",
    "ImportBatch",
    "Outcome",
    "Participant",
    "QuickCase",
    "Record",
    "Role",
    "ScheduleSlot",
    "SessionActivity",
    "Setting",
    "Site",
    "Staff",
    "utc_now",
]
