"""audit log, staff PIN and active flag

Revision ID: 0006_audit_and_staff_access
Revises: 0005_assessments
Create Date: 2026-11-25 17:59:16.082384
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_audit_and_staff_access"
down_revision = "0005_assessments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff.id"], name=op.f("fk_audit_entry_actor_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_at", ["at"], unique=False)

    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("pin_hash", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False)
        )

    # The audit log is append-only: the journal itself refuses to change or delete entries.
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
                "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'audit log is append-only'; END $$ LANGUAGE plpgsql"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER audit_entry_no_update")
        op.execute("DROP TRIGGER audit_entry_no_delete")
    else:
        op.execute("DROP TRIGGER audit_entry_no_change ON audit_entry")
        op.execute("DROP FUNCTION audit_entry_append_only()")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("active")
        batch_op.drop_column("pin_hash")

    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_at")

    op.drop_table("audit_entry")
