"""progression readings on versioned factor sets

Revision ID: 0005_assessments
Revises: 0004_language_groups
Create Date: 2026-11-25 17:40:25.025808
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_assessments"
down_revision = "0004_language_groups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "factor_set",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("scale_min", sa.Integer(), nullable=False),
        sa.Column("scale_max", sa.Integer(), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_factor_set_author_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_factor_set")),
        sa.UniqueConstraint("key", name=op.f("uq_factor_set_key")),
        sa.UniqueConstraint("version", name=op.f("uq_factor_set_version")),
    )
    op.create_table(
        "factor",
        sa.Column("factor_set_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column("coach_only", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_factor_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["factor_set_id"], ["factor_set.id"], name=op.f("fk_factor_factor_set_id_factor_set")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_factor")),
        sa.UniqueConstraint("factor_set_id", "position", name=op.f("uq_factor_factor_set_id")),
    )
    op.create_table(
        "assessment",
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("factor_set_id", sa.Uuid(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column(
            "respondent",
            sa.Enum("participant", "coach", name="respondent", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("coach_id", sa.Uuid(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("import_id", sa.Uuid(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by_id", sa.Uuid(), nullable=True),
        sa.Column("deletion_reason", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_assessment_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["coach_id"], ["staff.id"], name=op.f("fk_assessment_coach_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["deleted_by_id"], ["staff.id"], name=op.f("fk_assessment_deleted_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["factor_set_id"],
            ["factor_set.id"],
            name=op.f("fk_assessment_factor_set_id_factor_set"),
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["import_batch.id"], name=op.f("fk_assessment_import_id_import_batch")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_assessment_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessment_participant_taken", ["participant_id", "taken_on"], unique=False
        )
        batch_op.create_index(
            "uq_assessment_day",
            ["participant_id", "respondent", "taken_on"],
            unique=True,
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )

    op.create_table(
        "assessment_value",
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("factor_id", sa.Uuid(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_value_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_assessment_value_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["factor_id"], ["factor.id"], name=op.f("fk_assessment_value_factor_id_factor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_value")),
        sa.UniqueConstraint(
            "assessment_id", "factor_id", name=op.f("uq_assessment_value_assessment_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("assessment_value")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_assessment_day",
            sqlite_where=sa.text("deleted_at IS NULL"),
            postgresql_where=sa.text("deleted_at IS NULL"),
        )
        batch_op.drop_index("ix_assessment_participant_taken")

    op.drop_table("assessment")
    op.drop_table("factor")
    op.drop_table("factor_set")
