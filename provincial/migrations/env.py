"""Alembic environment of the provincial database.

The server hands in its open connection (provincial.migrate); an operator running the alembic tool
by hand names the database with `-x db=URL`.
"""

from alembic import context

from provincial.db import make_engine
from provincial.schema import metadata


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("db")
    if not url:
        raise RuntimeError("name the database: alembic -c provincial/migrations/alembic.ini -x db=URL ...")
    engine = make_engine(url)
    with engine.begin() as opened:
        _run(opened)
    engine.dispose()
