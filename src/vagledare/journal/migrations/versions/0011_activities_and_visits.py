"""activities and events, partners; visits and return visits on snabbärenden

Revision ID: 0011_activities_and_visits
Revises: 0010_audit_chain
Create Date: 2026-12-08 10:00:00.000000

The activity log per site (issue 19): an editable list of activity types seeded with the
seed's kinds, a register of partner organisations and employers, the activities with their
visitors by gender and the employers present, and who ran them. Two columns on quick_case
group snabbärenden into visits; rows from before are each a visit of their own (NULL).
"""

import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0011_activities_and_visits"
down_revision = "0010_audit_chain"
branch_labels = None
depends_on = None

# The activity types a journal starts with (issue 19; seed 000:182-186, 001:1725-1769).
# Fixed keys, so that journals created on different desks agree on them.
DEFAULT_ACTIVITY_KINDS = (
    "Språkcafé",
    "Läxhjälp",
    "Studiebesök",
    "Informationsträff",
    "Arbetsgivarträff",
    "Rekryteringsträff",
    "Näringslivsdag",
    "Samverkan",
    "Kvällsöppet",
)
_NAMESPACE = uuid.UUID("0b8f5f0e-3f0c-4b8e-9d57-1c5a7d7e2a19")


def _record_columns(table: str) -> list[Any]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f(f"fk_{table}_author_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    op.create_table(
        "activity_kind",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        *_record_columns("activity_kind"),
        sa.UniqueConstraint("name", name=op.f("uq_activity_kind_name")),
    )
    kinds = sa.table(
        "activity_kind",
        sa.column("id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("position", sa.Integer()),
        sa.column("created_at", sa.DateTime()),
        sa.column("modified_at", sa.DateTime()),
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(
        kinds,
        [
            {
                "id": uuid.uuid5(_NAMESPACE, name),
                "name": name,
                "position": i,
                "created_at": now,
                "modified_at": now,
            }
            for i, name in enumerate(DEFAULT_ACTIVITY_KINDS)
        ],
    )
    op.create_table(
        "partner",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("employer", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        *_record_columns("partner"),
        sa.UniqueConstraint("name", name=op.f("uq_partner_name")),
    )
    op.create_table(
        "activity",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("kind_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.Time(), nullable=True),
        sa.Column("ends_at", sa.Time(), nullable=True),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("visitors_women", sa.Integer(), nullable=False),
        sa.Column("visitors_men", sa.Integer(), nullable=False),
        sa.Column("visitors_unstated", sa.Integer(), nullable=False),
        sa.Column("employers", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("import_id", sa.Uuid(), nullable=True),
        *_record_columns("activity"),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_activity_site_id_site")),
        sa.ForeignKeyConstraint(
            ["kind_id"], ["activity_kind.id"], name=op.f("fk_activity_kind_id_activity_kind")
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["import_batch.id"], name=op.f("fk_activity_import_id_import_batch")
        ),
    )
    op.create_index("ix_activity_site_day", "activity", ["site_id", "held_on"])
    for child, column, parent in (
        ("activity_partner", "partner_id", "partner"),
        ("activity_staff", "staff_id", "staff"),
    ):
        op.create_table(
            child,
            sa.Column("activity_id", sa.Uuid(), nullable=False),
            sa.Column(column, sa.Uuid(), nullable=False),
            *_record_columns(child),
            sa.ForeignKeyConstraint(
                ["activity_id"], ["activity.id"], name=op.f(f"fk_{child}_activity_id_activity")
            ),
            sa.ForeignKeyConstraint(
                [column], [f"{parent}.id"], name=op.f(f"fk_{child}_{column}_{parent}")
            ),
            sa.UniqueConstraint("activity_id", column, name=op.f(f"uq_{child}_activity_id")),
        )
    with op.batch_alter_table("quick_case") as batch:
        batch.add_column(sa.Column("visit_id", sa.Uuid(), nullable=True))
        batch.add_column(
            sa.Column("return_visit", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_index("ix_quick_case_visit", "quick_case", ["visit_id"])


def downgrade() -> None:
    op.drop_index("ix_quick_case_visit", table_name="quick_case")
    with op.batch_alter_table("quick_case") as batch:
        batch.drop_column("return_visit")
        batch.drop_column("visit_id")
    op.drop_table("activity_staff")
    op.drop_table("activity_partner")
    op.drop_index("ix_activity_site_day", table_name="activity")
    op.drop_table("activity")
    op.drop_table("partner")
    op.drop_table("activity_kind")
