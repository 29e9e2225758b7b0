"""privacy: the audit log no longer holds participant codes

Revision ID: 0008_privacy
Revises: 0007_exchange
Create Date: 2026-11-26 10:12:40.118204

The log names a participant by the register row's UUID. Codes written into entries before
this version (creating or changing a participant) are replaced by "(kod)", so that retention
and erasure on request leave nothing in the log that links to the person. The log is
append-only; this one redaction lifts the guard for the length of the migration.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0008_privacy"
down_revision = "0007_exchange"
branch_labels = None
depends_on = None

PSEUDONYM = "(kod)"


def _redacted(detail: str) -> str | None:
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        return None
    if not isinstance(data, dict) or "code" not in data:
        return None
    value = data["code"]
    if isinstance(value, list):
        data["code"] = [None if v is None else PSEUDONYM for v in value]
    elif value is not None:
        data["code"] = PSEUDONYM
    else:
        return None
    return json.dumps(data, ensure_ascii=False)


def upgrade() -> None:
    bind = op.get_bind()
    entries = sa.table(
        "audit_entry", sa.column("id", sa.Uuid()), sa.column("entity"), sa.column("detail")
    )
    rows = bind.execute(
        sa.select(entries.c.id, entries.c.detail).where(entries.c.entity == "participant")
    ).all()
    changes = [(i, new) for i, detail in rows if (new := _redacted(detail)) is not None]
    if not changes:
        return
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER audit_entry_no_update")
    else:
        op.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change")
    bind.execute(
        entries.update()
        .where(entries.c.id == sa.bindparam("b_id"))
        .values(detail=sa.bindparam("b_detail")),
        [{"b_id": i, "b_detail": new} for i, new in changes],
    )
    if sqlite:
        op.execute(
            "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
            "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
        )
    else:
        op.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_change")


def downgrade() -> None:
    pass  # the codes are gone for good
