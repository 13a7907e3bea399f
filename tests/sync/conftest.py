"""Desks against a real `provincial` server on loopback: one server per backend for the session,
a fresh agency per test, keyring in a file of the test's own (chosen through keyring's own variable)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator

import pytest

from sync_support import provincial
from provincial_support import create_postgres_database, drop_postgres_database, running_server, seed, sqlite_url

PASSWORD = "mat-khau-2026"
FRESH_SETTINGS = "# A desk just installed: registration fills in who it is.\n"
FAST_RETRY = dict(attempts=2, first_wait_s=0.01, max_wait_s=0.02)


@dataclass
class Province:
    db_url: str
    server: object

    @property
    def url(self) -> str:
        return self.server.url


@dataclass(frozen=True)
class AgencyLogin:
    code: str
    username: str
    password: str


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def province(request, tmp_path_factory) -> Iterator[Province]:
    if request.param == "sqlite":
        url = sqlite_url(tmp_path_factory.mktemp("province"))
    else:
        url = create_postgres_database()
    try:
        seed(url)
        with running_server(url) as server:
            yield Province(url, server)
    finally:
        if request.param == "postgresql":
            drop_postgres_database(url)


def new_agency_code() -> str:
    return ".".join("T" + secrets.token_hex(1).upper() if i == 0 else secrets.token_hex(1).upper() for i in range(3))


@pytest.fixture
def agency(province) -> AgencyLogin:
    code = new_agency_code()
    provincial(province.db_url, "agency", "add", code, f"UBND xã Thử {code}", "--parent", "UBND tỉnh Thử",
               "--place", "Thử Nghiệm", "--office-hours", "07:00-11:00,13:00-16:30")
    username = f"cb{code.replace('.', '').lower()}"
    provincial(province.db_url, "officer", "add", "--agency", code, "--username", username, "--role", "officer",
               "--full-name", "Phạm Thị Mai", input=PASSWORD + "\n")
    return AgencyLogin(code, username, PASSWORD)


@pytest.fixture(autouse=True)
def _own_keyring(keyring_file) -> Path:
    """Every sync test has a keyring file of its own."""
    return keyring_file


@pytest.fixture
def open_desk(tmp_path) -> Iterator[Callable[..., object]]:
    """Desks on their own data directories, on the real clock (the server runs on it too)."""
    from desk_app.services.desk import Desk
    from desk_app.sync.backoff import RetryPolicy

    opened = []

    def make(name: str = "desk"):
        directory = tmp_path / name
        if not directory.exists():
            directory.mkdir()
            (directory / "settings.toml").write_text(FRESH_SETTINGS, encoding="utf-8")
        desk = Desk.open(directory)
        desk.sync.settings = replace(desk.sync.settings, retry_policy=RetryPolicy(**FAST_RETRY))
        desk.sync.settings = replace(desk.sync.settings, timeout_s=5.0)
        opened.append(desk)
        return desk

    yield make
    for desk in opened:
        desk.close()


@pytest.fixture
def registered(open_desk, province, agency):
    """A desk registered with the agency and synced once (catalogue pulled, numbers leased)."""

    def make(name: str = "desk"):
        desk = open_desk(name)
        desk.sync.register(province.url, agency.username, agency.password, name)
        report = desk.sync.run_once()
        assert report.ok, report.error
        return desk

    return make
