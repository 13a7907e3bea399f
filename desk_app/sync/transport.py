"""One conversation with the provincial server: httpx with timeouts and TLS verification, retries
with backoff for what is worth retrying, wire models on both ways, and the server's clock.

Every failure comes out as a SyncError whose code has a Vietnamese sentence: the officer always
reads why. The device token travels only in the Authorization header; it is never part of a
message, a log line or an exception.
"""

from __future__ import annotations

import email.utils
import json
import random
import ssl
import threading
from datetime import datetime
from decimal import Decimal
from typing import Any, Callable, TypeVar
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, ValidationError

from desk_app.domain.errors import DomainError
from desk_app.domain.text import decimal_comma
from desk_app.sync import wire
from desk_app.sync.backoff import RetryPolicy

M = TypeVar("M", bound=BaseModel)
CLOCK_SKEW_LIMIT_S = 300.0
DEFAULT_TIMEOUT_S = 15.0


class SyncError(DomainError):
    """A failed exchange. `transient` ones (no network, timeout, 5xx) are retried and end the
    cycle quietly as offline; the others need someone to act. A server's refusal keeps the
    server's own sentence."""

    def __init__(self, code: str, /, field: str | None = None, transient: bool = False, status: int | None = None,
                 text: str | None = None, **params: Any) -> None:
        if status is not None:
            params.setdefault("status", status)
        super().__init__(code, field, **params)
        self.transient = transient
        self.status = status
        self.text = text

    def __str__(self) -> str:
        return self.text or super().__str__()

    @property
    def reached_server(self) -> bool:
        return self.status is not None


def normalize_server_url(text: str) -> str:
    """"http://127.0.0.1:8470/" → "http://127.0.0.1:8470": the one spelling stored and used in the keyring."""
    value = text.strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise DomainError("sync.server_url", field="server", value=text.strip())
    return value


class Transport:
    """A client bound to one server and (after registration) one device token.

    `on_clock` receives the desk's clock minus the server's, in seconds, after every answer that
    carries a Date header."""

    def __init__(self, server_url: str, token: str | None, policy: RetryPolicy,
                 clock: Callable[[], datetime], on_clock: Callable[[float], None],
                 timeout_s: float = DEFAULT_TIMEOUT_S, stop: threading.Event | None = None) -> None:
        headers = {"Accept": "application/json", "User-Agent": "mot-cua-desk"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        self.server_url = server_url
        self._client = httpx.Client(base_url=server_url + wire.API_PREFIX, headers=headers, verify=True,
                                    timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 5.0)))
        self._policy = policy
        self._clock = clock
        self._on_clock = on_clock
        self._timeout_s = timeout_s
        self._stop = stop or threading.Event()
        """Set when the desk closes: no new request starts and a wait between retries ends at once,
        so closing the window waits at most for the one exchange on the wire."""
        self._rng = random.Random()
        self.reached = False
        """True once any answer came back: the server is reachable, whatever it said."""

    def close(self) -> None:
        self._client.close()

    def call(self, method: str, path: str, answer: type[M], body: BaseModel | None = None,
             params: dict[str, Any] | None = None, idempotent: bool = True, content: bytes | None = None,
             lenient: bool = False) -> M:
        """Send, retrying transient failures; only connection failures (nothing was sent) are
        retried for a call that is not idempotent. `content` is a body already in JSON, for the
        push, which writes its requests around the stored payload texts. A `lenient` answer is
        decoded by the json module, which keeps what pydantic's parser refuses outright (a lone
        surrogate escaped in one entry of a feed page), so that the entry, not the page, is
        refused."""
        if body is not None:
            content = body.model_dump_json().encode("utf-8")
        attempt = 0
        while True:
            attempt += 1
            if self._stop.is_set():
                raise SyncError("sync.stopped")
            try:
                return self._once(method, path, answer, content, params, lenient)
            except SyncError as err:
                retry = err.transient and (idempotent or err.code == "sync.offline")
                if not retry or attempt >= self._policy.attempts:
                    raise
            if self._stop.wait(self._policy.wait_before(attempt, self._rng)):
                raise SyncError("sync.stopped")

    def _once(self, method: str, path: str, answer: type[M], content: bytes | None,
              params: dict[str, Any] | None, lenient: bool) -> M:
        headers = {"Content-Type": "application/json"} if content is not None else None
        try:
            response = self._client.request(method, path, content=content, params=params, headers=headers)
        except httpx.TimeoutException:
            raise SyncError("sync.timeout", transient=True, server=self.server_url,
                            seconds=decimal_comma(Decimal(str(round(self._timeout_s, 1))))) from None
        except httpx.ConnectError as err:
            if _is_tls(err):
                raise SyncError("sync.tls", server=self.server_url, detail=_short(err)) from None
            raise SyncError("sync.offline", transient=True, server=self.server_url, detail=_short(err)) from None
        except httpx.TransportError as err:
            raise SyncError("sync.offline", transient=True, server=self.server_url, detail=_short(err)) from None
        self.reached = True
        self._note_clock(response)
        if response.status_code >= 500:
            raise SyncError("sync.server_error", transient=True, status=response.status_code)
        if response.status_code >= 400:
            raise _refusal(response)
        try:
            if lenient:
                return answer.model_validate(json.loads(response.content))
            return answer.model_validate_json(response.content)
        except ValidationError as err:
            raise SyncError("sync.bad_response", status=response.status_code,
                            detail=_short(err.errors(include_url=False, include_input=False))) from None
        except ValueError as err:
            raise SyncError("sync.bad_response", status=response.status_code, detail=_short(err)) from None

    def _note_clock(self, response: httpx.Response) -> None:
        stamp = response.headers.get("date")
        if not stamp:
            return
        try:
            server_now = email.utils.parsedate_to_datetime(stamp)
        except (TypeError, ValueError):
            return
        if server_now.tzinfo is None:
            return
        skew = (self._clock() - server_now).total_seconds()
        # Date has whole seconds: the server's clock was anywhere in the second it names.
        self._on_clock(0.0 if 0 <= skew < 1 else skew)


def _is_tls(err: Exception) -> bool:
    cause: BaseException | None = err
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _short(value: object, limit: int = 300) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _refusal(response: httpx.Response) -> SyncError:
    """The server's own code and sentence when it sent a proper ErrorBody; 401 means this device's
    token is no longer accepted."""
    try:
        body = wire.ErrorBody.model_validate_json(response.content).error
    except ValidationError:
        body = None
    if response.status_code == 401 and (body is None or body.code == "auth.token"):
        return SyncError("sync.needs_login", status=401)
    if body is None:
        return SyncError("sync.http_error", status=response.status_code, detail=_short(response.text, 200))
    return SyncError(body.code, field=body.field, status=response.status_code, text=body.message)
