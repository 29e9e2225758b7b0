"""The journal's tables, one module per aggregate."""

from vagledare.journal.models.assessments import (
    Assessment,
    AssessmentValue,
    Factor,
    FactorSet,
    Respondent,
)
from vagledare.journal.models.base import Base, Gender, Record, utc_now
from vagledare.journal.models.imports import ImportBatch, Setting
from vagledare.journal.models.participants import Participant
from vagledare.journal.models.quick_cases import QuickCase
from vagledare.journal.models.sites import AgeBand, Category, Site
from vagledare.journal.models.staff import Role, Staff

__all__ = [
    "AgeBand",
    "Assessment",
    "AssessmentValue",
    "Base",
    "Category",
    "Factor",
    "FactorSet",
    "Gender",
    "ImportBatch",
    "Participant",
    "QuickCase",
    "Record",
    "Respondent",
    "Role",
    "Setting",
    "Site",
    "Staff",
    "utc_now",
]
