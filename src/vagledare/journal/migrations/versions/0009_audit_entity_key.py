"""audit log: room for every primary key in entity_id

Revision ID: 0009_audit_entity_key
Revises: 0008_privacy
Create Date: 2026-11-26 01:20:00.000000

An entry names the row it is about by its primary key. UUIDs fit the 40 characters the column
had, but the exchange watermarks are keyed by name ("skicka:<uuid>", "fil:<destination>", up
to 200 characters): PostgreSQL refused to log them, so a desk whose journal is on a server
could neither synchronise nor export. SQLite never enforces a declared length (the longer
keys are already in its logs), so there the append-only table is left as it is.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_audit_entity_key"
down_revision = "0008_privacy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column(
            "audit_entry",
            "entity_id",
            existing_type=sa.String(length=40),
            type_=sa.String(length=200),
            existing_nullable=True,
        )


def downgrade() -> None:
    pass  # a longer key logged since cannot be shortened
