"""experience survey: statements, anonymous answers, daily counts

Revision ID: 0015_experience_survey
Revises: 0014_groups_indicators
Create Date: 2026-12-06 23:00:00.000000

- ``survey_statement``: the survey's statements (a record: travels, merges by ``key``), with
  the default five (bemötande, anpassat stöd, delaktighet, information, rekommendera) under
  fixed keys, so that every desk's defaults are the same rows.
- ``survey_answer``: one answer per statement, without created/modified times or author; no
  rowid on SQLite (the rows keep no insertion order). Stays on its desk.
- ``survey_day_count``: anonymous responses per site and day, and how many are logged.
"""

import uuid
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0015_experience_survey"
down_revision = "0014_groups_indicators"
branch_labels = None
depends_on = None

# The default statements: the same UUIDs and the same times on every desk (uuid5 of the key,
# a fixed moment), so that two desks' defaults are the same version of one row each in the
# exchange: unchanged, never two rows merged by key nor two versions in conflict.
NAMESPACE = uuid.UUID("6f1c1f7e-3f0e-4b8e-9a59-7a4d0f0e2315")
DEFAULTS = (
    ("bemotande", "Jag blev bra bemött."),
    ("anpassat_stod", "Jag fick det stöd som jag behövde."),
    ("delaktighet", "Jag fick vara med och bestämma om mitt stöd."),
    ("information", "Jag fick tydlig information."),
    ("rekommendera", "Jag skulle rekommendera Mötesplatsen till en vän."),
)


def upgrade() -> None:
    statement = op.create_table(
        "survey_statement",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name="fk_survey_statement_author_id_staff"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_survey_statement"),
        sa.UniqueConstraint("key", name="uq_survey_statement_key"),
    )
    op.create_table(
        "survey_answer",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("statement_key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name="fk_survey_answer_site_id_site"),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name="fk_survey_answer_participant_id_participant",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_survey_answer"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_survey_answer_answered_on", "survey_answer", ["answered_on"])
    op.create_index("ix_survey_answer_participant_id", "survey_answer", ["participant_id"])
    op.create_table(
        "survey_day_count",
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("responses", sa.Integer(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.Column("logged", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name="fk_survey_day_count_site_id_site"),
        sa.PrimaryKeyConstraint("answered_on", "site_id", name="pk_survey_day_count"),
    )
    made = datetime(2026, 12, 6)
    op.bulk_insert(
        statement,
        [
            {
                "id": uuid.uuid5(NAMESPACE, key),
                "key": key,
                "text": text,
                "position": i + 1,
                "active": True,
                "created_at": made,
                "modified_at": made,
                "author_id": None,
            }
            for i, (key, text) in enumerate(DEFAULTS)
        ],
    )


def downgrade() -> None:
    op.drop_table("survey_day_count")
    op.drop_index("ix_survey_answer_participant_id", table_name="survey_answer")
    op.drop_index("ix_survey_answer_answered_on", table_name="survey_answer")
    op.drop_table("survey_answer")
    op.drop_table("survey_statement")
