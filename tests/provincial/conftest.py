"""The server's tests run on a fresh seeded database per test, on SQLite and on PostgreSQL; the
fixtures live in tests/provincial_fixtures.py, shared with tests/security."""

from provincial_fixtures import client, db_url, engine, pg_url, postgres_template, sqlite_template  # noqa: F401
