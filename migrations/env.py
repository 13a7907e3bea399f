"""Alembic environment for the desk database: the application hands in its open connection."""

from alembic import context

from desk_app.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("desk migrations run through desk_app.store.migrate with an open connection")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
