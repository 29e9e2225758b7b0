"""journal exchange: tombstones, aliases, arrivals, watermarks

Revision ID: 0007_exchange
Revises: 0006_audit_and_staff_access
Create Date: 2026-11-25 18:31:46.814535
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_exchange"
down_revision = "0006_audit_and_staff_access"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_alias",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("alias_id", sa.Uuid(), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "alias_id", name=op.f("pk_exchange_alias")),
    )
    op.create_table(
        "exchange_arrival",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("version", sa.DateTime(), nullable=False),
        sa.Column("origin", sa.Uuid(), nullable=False),
        sa.Column("base", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_exchange_arrival")),
        sqlite_with_rowid=False,
    )

    op.create_table(
        "exchange_batch",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("peer_id", sa.Uuid(), nullable=False),
        sa.Column("peer_name", sa.String(length=120), nullable=False),
        sa.Column("source", sa.String(length=260), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_exchange_batch")),
    )
    op.create_table(
        "exchange_conflict",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.DateTime(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("kept", sa.String(length=8), nullable=False),
        sa.PrimaryKeyConstraint(
            "table_name", "row_id", "version", name=op.f("pk_exchange_conflict")
        ),
    )
    op.create_table(
        "exchange_mark",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("mark_time", sa.DateTime(), nullable=False),
        sa.Column("mark_seq", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_exchange_mark")),
    )
    op.create_table(
        "deletion",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Uuid(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_deletion_author_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deletion")),
        sa.UniqueConstraint("table_name", "row_id", name=op.f("uq_deletion_table_name")),
    )


def downgrade() -> None:
    op.drop_table("deletion")
    op.drop_table("exchange_mark")
    op.drop_table("exchange_conflict")
    op.drop_table("exchange_batch")
    op.drop_table("exchange_arrival")
    op.drop_table("exchange_alias")
