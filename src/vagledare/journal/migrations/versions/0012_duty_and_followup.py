"""cases: aktivitetsplikt decisions, and the follow-up N months after avslut

Revision ID: 0012_duty_and_followup
Revises: 0011_activities_and_visits
Create Date: 2026-12-08 10:00:00.000000

A case may carry a decision on aktivitetsplikt (from, to). A closing that counts as a
completed insats gets one follow-up (``case_follow_up``): when, and the person's status then.
The closing reason ``unknown`` (the seed's *Övrigt*) needs no change: reasons are stored as
plain strings.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_duty_and_followup"
down_revision = "0011_activities_and_visits"
branch_labels = None
depends_on = None

STATUSES = (
    "work",
    "studies",
    "other_self_support",
    "back_on_assistance",
    "other",
    "not_reached",
)


def upgrade() -> None:
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.add_column(sa.Column("duty_from", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("duty_to", sa.Date(), nullable=True))

    op.create_table(
        "case_follow_up",
        sa.Column("closure_id", sa.Uuid(), nullable=False),
        sa.Column("followed_up_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(*STATUSES, name="followupstatus", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("import_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_case_follow_up_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["closure_id"],
            ["case_closure.id"],
            name=op.f("fk_case_follow_up_closure_id_case_closure"),
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["import_batch.id"],
            name=op.f("fk_case_follow_up_import_id_import_batch"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_follow_up")),
        sa.UniqueConstraint("closure_id", name=op.f("uq_case_follow_up_closure_id")),
    )


def downgrade() -> None:
    op.drop_table("case_follow_up")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_column("duty_to")
        batch_op.drop_column("duty_from")
