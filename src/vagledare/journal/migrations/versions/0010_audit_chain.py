"""audit log: each entry sealed in its desk's HMAC chain

Revision ID: 0010_audit_chain
Revises: 0009_audit_entity_key
Create Date: 2026-12-06 14:40:00.000000

Three columns for tamper evidence (see vagledare/journal/audit_chain.py): the writing desk's
chain, the entry's position in it, and its HMAC. Adding columns changes no existing row, so the
append-only triggers stay in place; entries from before stay unsealed (NULL) and are counted,
not checked.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_audit_chain"
down_revision = "0009_audit_entity_key"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_entry", sa.Column("chain", sa.String(length=36), nullable=True))
    op.add_column("audit_entry", sa.Column("seq", sa.Integer(), nullable=True))
    op.add_column("audit_entry", sa.Column("mac", sa.String(length=64), nullable=True))
    op.create_index("ux_audit_entry_chain_seq", "audit_entry", ["chain", "seq"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_audit_entry_chain_seq", table_name="audit_entry")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("mac")
        batch.drop_column("seq")
        batch.drop_column("chain")
