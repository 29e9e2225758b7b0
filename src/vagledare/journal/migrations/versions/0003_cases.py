"""case journal: cases, contacts, closures

Revision ID: 0003_cases
Revises: 0002_participants
Create Date: 2026-11-25 17:42:01.096308
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_cases"
down_revision = "0002_participants"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_file",
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("coach_id", sa.Uuid(), nullable=True),
        sa.Column(
            "route",
            sa.Enum("citizen_service", "referred", name="route", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column(
            "referral_source",
            sa.Enum(
                "drop_in",
                "open_preschool",
                "family_counsellor",
                "youth_leisure",
                "library",
                "language_group",
                "word_of_mouth",
                "other_activity",
                "other",
                name="referralsource",
                native_enum=False,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("age_band", sa.String(length=16), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("quick_case_id", sa.Uuid(), nullable=True),
        sa.Column("import_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_case_file_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["coach_id"], ["staff.id"], name=op.f("fk_case_file_coach_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["import_batch.id"], name=op.f("fk_case_file_import_id_import_batch")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_case_file_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["quick_case_id"], ["quick_case.id"], name=op.f("fk_case_file_quick_case_id_quick_case")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_case_file_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
        sa.UniqueConstraint("quick_case_id", name=op.f("uq_case_file_quick_case_id")),
    )
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_file_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index("ix_case_file_site_start", ["site_id", "start_date"], unique=False)

    op.create_table(
        "case_closure",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "other_benefit",
                "subsidised_job",
                "permanent_job",
                "temporary_job",
                "new_start_job",
                "studies",
                "full_time_af",
                "family_change",
                "moved_away",
                "dropped_out",
                "own_request",
                "registered_by_mistake",
                "measure_ended",
                "need_gone",
                "measure_completed",
                name="closurereason",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("summer_job", sa.Boolean(), nullable=False),
        sa.Column("municipal_studies", sa.Boolean(), nullable=False),
        sa.Column("reopened_on", sa.Date(), nullable=True),
        sa.Column("reopened_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_case_closure_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_closure_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["reopened_by_id"], ["staff.id"], name=op.f("fk_case_closure_reopened_by_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_closure")),
    )
    with op.batch_alter_table("case_closure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_closure_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_case_closure_current", ["closed_on", "reopened_on"], unique=False)

    op.create_table(
        "case_contact",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column(
            "contact_type",
            sa.Enum(
                "conversation",
                "application_documents",
                "job_search",
                "authority_contact",
                "study_guidance",
                "employer_matching",
                "follow_up",
                "other",
                name="contacttype",
                native_enum=False,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_case_contact_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_contact_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_contact")),
    )
    with op.batch_alter_table("case_contact", schema=None) as batch_op:
        batch_op.create_index("ix_case_contact_case_day", ["case_id", "occurred_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_contact", schema=None) as batch_op:
        batch_op.drop_index("ix_case_contact_case_day")

    op.drop_table("case_contact")
    with op.batch_alter_table("case_closure", schema=None) as batch_op:
        batch_op.drop_index("ix_case_closure_current")
        batch_op.drop_index(batch_op.f("ix_case_closure_case_id"))

    op.drop_table("case_closure")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index("ix_case_file_site_start")
        batch_op.drop_index(batch_op.f("ix_case_file_participant_id"))

    op.drop_table("case_file")
