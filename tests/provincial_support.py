"""A provincial server for tests: fresh databases, the server as a real process, agencies and officers.

Shared by the server's own tests, the desk's sync tests and the fault-injection suite, so that they
all start the server the way an operator does (`provincial --db URL serve`) and add data through the
same commands. PostgreSQL is part of the test machine: when it is unreachable the tests fail with a
clear message instead of quietly testing SQLite alone.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx
import pytest

PG_HOST = "127.0.0.1"
PG_PORT = 5432
PG_USER = "postgres"
PROVINCIAL = [sys.executable, "-m", "provincial.cli"]
START_TIMEOUT_S = 30.0
HEALTH_PATH = "/api/v1/health"


def _admin_connection():
    import psycopg

    try:
        return psycopg.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname="postgres", autocommit=True,
                               connect_timeout=5)
    except psycopg.OperationalError as err:
        pytest.fail(
            f"PostgreSQL is not reachable on {PG_HOST}:{PG_PORT} as {PG_USER} ({err}). Start it with "
            "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`; "
            "these tests must not be skipped.", pytrace=False)


def create_postgres_database() -> str:
    """A new empty database `provincial_test_<random>`; its SQLAlchemy URL."""
    name = f"provincial_test_{secrets.token_hex(6)}"
    with _admin_connection() as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"


def drop_postgres_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    with _admin_connection() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database for the duration of the block, dropped afterwards."""
    url = create_postgres_database()
    try:
        yield url
    finally:
        drop_postgres_database(url)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """One PostgreSQL database per test session (tests that need a clean one make their own)."""
    with postgres_database() as url:
        yield url


def sqlite_url(directory: Path) -> str:
    return f"sqlite:///{directory / 'provincial.sqlite3'}"


@pytest.fixture
def provincial_sqlite_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def provincial(db_url: str, *args: str, input: str | None = None, check: bool = True,
               timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run `provincial --db URL ARGS…` the way an operator would; raise with its stderr on failure."""
    result = subprocess.run([*PROVINCIAL, "--db", db_url, *args], input=input, capture_output=True, text=True,
                            timeout=timeout, env=_environment())
    if check and result.returncode != 0:
        raise AssertionError(f"provincial {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    return result


def add_agency(db_url: str, code: str, name: str, *extra: str) -> None:
    provincial(db_url, "agency", "add", code, name, *extra)


def add_officer(db_url: str, agency: str, username: str, password: str, role: str = "officer",
                full_name: str | None = None) -> None:
    extra = ["--full-name", full_name] if full_name else []
    provincial(db_url, "officer", "add", "--agency", agency, "--username", username, "--role", role, *extra,
               input=password + "\n")


def seed(db_url: str) -> None:
    provincial(db_url, "seed")


def _environment() -> dict[str, str]:
    """The server must import this checkout, wherever pytest was started from."""
    root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")]))
    return env


class RunningServer(str):
    """A `provincial serve` process. The object is its base URL (a str, "http://127.0.0.1:P"), so
    `server + "/api/v1/health"` works; `restart()` stops it and starts it again on the same port."""

    def __new__(cls, db_url: str, port: int | None = None, workers: int | None = None,
                extra_args: Sequence[str] = ()) -> RunningServer:
        port = port or free_port()
        server = super().__new__(cls, f"http://127.0.0.1:{port}")
        server.db_url = db_url
        server.port = port
        server.workers = workers
        server.extra_args = tuple(extra_args)
        server.process = None
        server.log_path = None
        return server

    db_url: str
    port: int
    workers: int | None
    extra_args: tuple[str, ...]
    process: subprocess.Popen[bytes] | None
    log_path: Path | None

    @property
    def url(self) -> str:
        return str.__str__(self)

    def start(self) -> None:
        import tempfile

        args = [*PROVINCIAL, "--db", self.db_url, "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        if self.workers:
            args += ["--workers", str(self.workers)]
        args += list(self.extra_args)
        handle, name = tempfile.mkstemp(prefix="provincial-", suffix=".log")
        self.log_path = Path(name)
        with os.fdopen(handle, "wb") as log:
            self.process = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=_environment(),
                                            start_new_session=True)
        self._wait_until_healthy()

    def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(f"provincial serve exited {self.process.returncode}:\n{self.log()}")
            try:
                if httpx.get(self.url + HEALTH_PATH, timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        self.stop()
        raise AssertionError(f"provincial serve did not answer {HEALTH_PATH} in {START_TIMEOUT_S} s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path else ""

    def stop(self, kill: bool = False) -> None:
        """Terminate (or kill) the server and its workers, and wait for the port to be free."""
        if self.process is None:
            return
        import signal

        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL if kill else signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)
        self.process = None

    def restart(self, kill: bool = False) -> None:
        self.stop(kill=kill)
        self.start()


@contextlib.contextmanager
def running_server(db_url: str, port: int | None = None, workers: int | None = None,
                   extra_args: Sequence[str] = ()) -> Iterator[RunningServer]:
    """`provincial --db URL serve` on a free loopback port, answering its health check; stopped after.

    Yields the base URL as a RunningServer (a str with `.url`, `.port`, `.restart()`, `.stop()`,
    `.log()`), so a restart test can bring it back on the same port."""
    server = RunningServer(db_url, port, workers, extra_args)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        if server.log_path is not None:
            server.log_path.unlink(missing_ok=True)
