"""The journal's schema revisions, oldest first.

Kept as plain data so that opening an up-to-date journal needs no Alembic import (start-up
time); ``tests/test_migrations.py`` checks that this list equals Alembic's revision chain.
"""

REVISIONS: tuple[str, ...] = (
    "0001_desk_journal",
    "0002_participants",
    "0003_cases",
    "0004_language_groups",
    "0005_assessments",
    "0006_audit_and_staff_access",
    "0007_exchange",
    "0008_privacy",
    "0009_audit_entity_key",
    "0010_audit_chain",
    "0011_activities_and_visits",
    "0012_duty_and_followup",
    "0013_activity_hours",
    "0014_groups_indicators",
    "0015_experience_survey",
    "0016_form_language",
)
HEAD = REVISIONS[-1]
