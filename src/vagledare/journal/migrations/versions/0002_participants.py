"""participant code register

Revision ID: 0002_participants
Revises: 0001_desk_journal
Create Date: 2026-11-25 17:31:45.280194
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_participants"
down_revision = "0001_desk_journal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "participant",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column(
            "gender",
            sa.Enum("woman", "man", "unstated", name="gender", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("age_band", sa.String(length=16), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_participant_author_id_staff")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_participant_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint("code", name=op.f("uq_participant_code")),
    )


def downgrade() -> None:
    op.drop_table("participant")
