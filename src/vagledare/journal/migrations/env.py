"""Alembic environment: migrations run on the connection the journal gateway hands over."""

from alembic import context

from vagledare.journal.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
