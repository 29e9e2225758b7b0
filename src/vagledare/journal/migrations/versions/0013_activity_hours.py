"""cases: the aktivitetsplikt hours — a plan per case, and the hours attended per contact

Revision ID: 0013_activity_hours
Revises: 0012_duty_and_followup
Create Date: 2026-12-09 10:00:00.000000

A case with a decision on aktivitetsplikt gets a plan: hours per week per activity, a type
from the activity list or a free *annan aktivitet* (``case_duty_hours``, replaced as a whole).
A contact may say how many hours the person actually attended in the past week
(``case_contact.attended_hours``; NULL on every earlier contact: not asked).
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_activity_hours"
down_revision = "0012_duty_and_followup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attended_hours", sa.Integer(), nullable=True))

    op.create_table(
        "case_duty_hours",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind_id", sa.Uuid(), nullable=True),
        sa.Column("other_activity", sa.String(length=120), nullable=True),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_case_duty_hours_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_duty_hours_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["activity_kind.id"],
            name=op.f("fk_case_duty_hours_kind_id_activity_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_duty_hours")),
    )
    op.create_index(
        op.f("ix_case_duty_hours_case_id"), "case_duty_hours", ["case_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_case_duty_hours_case_id"), table_name="case_duty_hours")
    op.drop_table("case_duty_hours")
    with op.batch_alter_table("case_contact", schema=None) as batch_op:
        batch_op.drop_column("attended_hours")
