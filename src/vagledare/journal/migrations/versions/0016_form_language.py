"""participant: the participant form's language and layout, remembered per participant

Revision ID: 0016_form_language
Revises: 0015_experience_survey
Create Date: 2026-12-06 23:10:00.000000

- ``participant.form_language``: the language code the participant answers the form in
  (``ar``, ``so`` …); NULL when never chosen.
- ``participant.form_layout``: ``side`` (beside Swedish) or ``alone``; NULL when never chosen.
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_form_language"
down_revision = "0015_experience_survey"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("form_language", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column(
                "form_layout",
                sa.Enum("side", "alone", name="formlayout", native_enum=False, length=24),
                nullable=True,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("form_layout")
        batch_op.drop_column("form_language")
