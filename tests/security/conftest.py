"""The hostile-input probes run on SQLite and on PostgreSQL. A module's probes share one seeded
database per backend (a probe refused as it should be changes nothing, and each compares every table
before and after); probes that must change the database (throttles, take-overs) get their own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from provincial_fixtures import (  # noqa: F401
    BACKENDS,
    copy_database,
    db_url,
    drop_database,
    engine,
    postgres_template,
    sqlite_template,
)
from security_support import Province

from provincial.api.app import create_app
from provincial.db import make_engine


def _province(backend: str, url: str, engine) -> Iterator[Province]:
    # A crash must reach the probe as the 500 a desk would get, not as an exception in the test.
    with TestClient(create_app(url, engine), raise_server_exceptions=False) as client:
        yield Province(backend, url, engine, client)


@pytest.fixture(scope="module", params=BACKENDS)
def province(request, tmp_path_factory) -> Iterator[Province]:
    """One seeded database per module and backend, shared by the module's probes."""
    url = copy_database(request, request.param, tmp_path_factory.mktemp("province"))
    module_engine = make_engine(url)
    try:
        yield from _province(request.param, url, module_engine)
    finally:
        module_engine.dispose()
        drop_database(url)


@pytest.fixture
def fresh_province(db_url, engine) -> Iterator[Province]:
    """A seeded database of the test's own, for probes whose set-up changes what others would see."""
    backend = "postgresql" if db_url.startswith("postgresql") else "sqlite"
    yield from _province(backend, db_url, engine)
