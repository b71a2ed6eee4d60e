"""Alembic environment: migrations run on the connection the application hands over."""

from alembic import context

from models.migrations import context_options, include_object
from models.schema import metadata

config = context.config

connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
    **context_options(connection),
)
with context.begin_transaction():
    context.run_migrations()
