"""desk journal: sites, staff, quick cases

Revision ID: 0001_desk_journal
Revises:
Create Date: 2026-11-25 17:23:31.766947
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_desk_journal"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "coach", "tutor", "team_lead", "admin", name="role", native_enum=False, length=24
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_name")),
    )
    op.create_table(
        "import_batch",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_import_batch_author_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batch_sha256"), ["sha256"], unique=False)

    op.create_table(
        "site",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["author_id"], ["staff.id"], name=op.f("fk_site_author_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
        sa.UniqueConstraint("name", name=op.f("uq_site_name")),
    )
    op.create_table(
        "age_band",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_age_band_author_id_staff")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_age_band_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_age_band")),
        sa.UniqueConstraint("site_id", "label", name=op.f("uq_age_band_site_id")),
    )
    op.create_table(
        "category",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_category_author_id_staff")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_category_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category")),
        sa.UniqueConstraint("site_id", "name", name=op.f("uq_category_site_id")),
    )
    op.create_table(
        "quick_case",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("age_band_id", sa.Uuid(), nullable=False),
        sa.Column(
            "gender",
            sa.Enum("woman", "man", "unstated", name="gender", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("import_id", sa.Uuid(), nullable=True),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.Column("removed_by_id", sa.Uuid(), nullable=True),
        sa.Column("removal_reason", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["age_band_id"], ["age_band.id"], name=op.f("fk_quick_case_age_band_id_age_band")
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["staff.id"], name=op.f("fk_quick_case_author_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["category_id"], ["category.id"], name=op.f("fk_quick_case_category_id_category")
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["import_batch.id"], name=op.f("fk_quick_case_import_id_import_batch")
        ),
        sa.ForeignKeyConstraint(
            ["removed_by_id"], ["staff.id"], name=op.f("fk_quick_case_removed_by_id_staff")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_quick_case_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quick_case")),
    )
    with op.batch_alter_table("quick_case", schema=None) as batch_op:
        batch_op.create_index(
            "ix_quick_case_report",
            ["site_id", "occurred_at", "category_id", "age_band_id", "gender", "removed_at"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("quick_case", schema=None) as batch_op:
        batch_op.drop_index("ix_quick_case_report")

    op.drop_table("quick_case")
    op.drop_table("category")
    op.drop_table("age_band")
    op.drop_table("site")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_sha256"))

    op.drop_table("import_batch")
    op.drop_table("staff")
    op.drop_table("setting")
