"""Fixtures of the server's tests: a fresh seeded database per test on SQLite and on PostgreSQL, and
an in-process client. A seeded template is built once per session and copied, because seeding hashes
passwords with argon2 and migrating costs more than copying.

Imported by the conftest of each suite that tests the server (`tests/provincial`, `tests/security`):
pytest finds the fixtures in the conftest's namespace."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update

from provincial_support import PG_HOST, PG_PORT, PG_USER, create_postgres_database, drop_postgres_database, sqlite_url

from provincial.api.app import create_app
from provincial.db import make_engine
from provincial.migrate import upgrade_to_head
from provincial.schema import officers
from provincial.seed import SAMPLE_PASSWORD, seed

BACKENDS = ["sqlite", "postgresql"]

__all__ = ["BACKENDS", "copy_database", "drop_database", "sqlite_template", "postgres_template", "db_url",
           "pg_url", "engine", "client"]


def _seed(url: str) -> None:
    """The sample data, with the officers' hashes remade at argon2's lowest cost: verifying costs
    what the stored hash says, and the tests register desks by the dozen."""
    from argon2 import PasswordHasher

    engine = make_engine(url)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        seed(connection)
        cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1).hash(SAMPLE_PASSWORD)
        connection.execute(update(officers).values(password_hash=cheap))
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("template")
    _seed(sqlite_url(directory))
    return directory / "provincial.sqlite3"


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    url = create_postgres_database()
    _seed(url)
    yield url.rsplit("/", 1)[1]
    drop_postgres_database(url)


def _copy_postgres(template: str) -> str:
    name = f"provincial_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return f"postgresql://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"


def copy_database(request, backend: str, directory: Path) -> str:
    """A copy of the seeded template on `backend` ("sqlite": a file in `directory`); its URL."""
    if backend == "sqlite":
        shutil.copy(request.getfixturevalue("sqlite_template"), directory / "provincial.sqlite3")
        return sqlite_url(directory)
    return _copy_postgres(request.getfixturevalue("postgres_template"))


def drop_database(url: str) -> None:
    if url.startswith("postgresql"):
        drop_postgres_database(url)


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:
    """A seeded database of its own for each test, on each backend."""
    url = copy_database(request, request.param, tmp_path)
    yield url
    drop_database(url)


@pytest.fixture
def pg_url(postgres_template) -> Iterator[str]:
    url = _copy_postgres(postgres_template)
    yield url
    drop_postgres_database(url)


@pytest.fixture
def engine(db_url):
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def client(db_url, engine) -> Iterator[TestClient]:
    with TestClient(create_app(db_url, engine)) as test_client:
        yield test_client
