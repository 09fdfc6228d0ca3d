"""Alembic environment: always runs on the open, keyed vault connection it is given."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, transactional_ddl=True, render_as_batch=True)

with context.begin_transaction():
    context.run_migrations()
