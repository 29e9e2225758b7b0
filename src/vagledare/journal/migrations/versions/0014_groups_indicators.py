"""site groups, resources per year, indicators with targets, aggregate counts

Revision ID: 0014_groups_indicators
Revises: 0013_activity_hours
Create Date: 2026-12-06 20:00:00.000000

- ``site_group`` / ``site_group_member``: sites reported together (*Mötesplatserna*).
- ``resource_year``: FTE per route and cost per FTE for a year and a site, a group or the
  whole journal.
- ``indicator`` / ``indicator_target``: the measures a team lead follows, with a target per
  year.
- ``aggregate_count``: counts moved in from years without row-level history.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_groups_indicators"
down_revision = "0013_activity_hours"
branch_labels = None
depends_on = None


def _record(table: str) -> list[sa.Column | sa.Constraint]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["author_id"], ["staff.id"], name=f"fk_{table}_author_id_staff"),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def upgrade() -> None:
    op.create_table(
        "site_group",
        sa.Column("name", sa.String(length=80), nullable=False),
        *_record("site_group"),
        sa.UniqueConstraint("name", name="uq_site_group_name"),
    )
    op.create_table(
        "site_group_member",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        *_record("site_group_member"),
        _fk("site_group_member", "group_id", "site_group"),
        _fk("site_group_member", "site_id", "site"),
        sa.UniqueConstraint("group_id", "site_id", name="uq_site_group_member_group_id"),
    )
    op.create_index(
        "ix_site_group_member_group_id", "site_group_member", ["group_id"], unique=False
    )
    op.create_table(
        "resource_year",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("route", sa.String(length=24), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("fte_centi", sa.Integer(), nullable=False),
        sa.Column("cost_per_fte", sa.Integer(), nullable=True),
        *_record("resource_year"),
        _fk("resource_year", "site_id", "site"),
        _fk("resource_year", "group_id", "site_group"),
    )
    op.create_index("ix_resource_year_year", "resource_year", ["year"], unique=False)
    op.create_table(
        "indicator",
        sa.Column("measure", sa.String(length=48), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        *_record("indicator"),
        sa.UniqueConstraint("measure", name="uq_indicator_measure"),
    )
    op.create_table(
        "indicator_target",
        sa.Column("indicator_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=32), nullable=False),
        *_record("indicator_target"),
        _fk("indicator_target", "indicator_id", "indicator"),
        sa.UniqueConstraint("indicator_id", "year", name="uq_indicator_target_indicator_id"),
    )
    op.create_index(
        "ix_indicator_target_indicator_id", "indicator_target", ["indicator_id"], unique=False
    )
    op.create_table(
        "aggregate_count",
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("measure", sa.String(length=48), nullable=False),
        sa.Column("gender", sa.String(length=8), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("import_batch_id", sa.Uuid(), nullable=True),
        *_record("aggregate_count"),
        _fk("aggregate_count", "site_id", "site"),
        _fk("aggregate_count", "group_id", "site_group"),
        _fk("aggregate_count", "import_batch_id", "import_batch"),
    )
    op.create_index("ix_aggregate_count_year", "aggregate_count", ["year"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_aggregate_count_year", table_name="aggregate_count")
    op.drop_table("aggregate_count")
    op.drop_index("ix_indicator_target_indicator_id", table_name="indicator_target")
    op.drop_table("indicator_target")
    op.drop_table("indicator")
    op.drop_index("ix_resource_year_year", table_name="resource_year")
    op.drop_table("resource_year")
    op.drop_index("ix_site_group_member_group_id", table_name="site_group_member")
    op.drop_table("site_group_member")
    op.drop_table("site_group")
