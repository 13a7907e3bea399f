"""An HTTP/1.1 proxy on loopback that makes the network between desk and server misbehave on purpose.

Sync is only trustworthy if it survives what real lines do: a request that never arrives, an
answer lost after the server committed, a retry that lands twice, a slow hop, a 500 from a gateway,
a server that dies in the middle of a batch, and a desk cut off altogether. The proxy does each of
these to chosen requests, either from a seeded `random.Random` (so a failing run replays exactly)
or from an explicit script, and logs what it did to every request.

It understands just enough HTTP for that: requests framed by Content-Length (what httpx sends),
answers framed by Content-Length, chunked encoding or the end of the connection, keep-alive on
both sides. The event loop runs in a background thread, so tests drive it with plain calls.
"""

from __future__ import annotations

import asyncio
import random
import threading
from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Callable, Iterable, Mapping

class Fault(StrEnum):
    NONE = "none"
    DROP_REQUEST = "drop_request"
    """Close the desk's connection without forwarding: the server never sees the request."""
    DROP_RESPONSE = "drop_response"
    """Forward, read the whole answer, then close the desk's connection: applied but unacknowledged."""
    DUPLICATE = "duplicate"
    """Forward twice and answer with the second: a retry that the first attempt raced."""
    DELAY = "delay"
    """Hold the request before forwarding it."""
    ERROR_500 = "error_500"
    """Answer 500 without forwarding, as a failing gateway does."""
    RESTART = "restart"
    """Forward, then restart the upstream server while it works on the request."""


@dataclass(frozen=True)
class Exchange:
    """One request as the proxy saw it, and what it did to it (status None: the desk got no answer)."""

    method: str
    path: str
    fault: Fault
    status: int | None


@dataclass
class _Message:
    head: bytes
    body: bytes
    start_line: str
    headers: dict[str, str]

    @property
    def raw(self) -> bytes:
        return self.head + self.body

    def wants_close(self) -> bool:
        return self.headers.get("connection", "").lower() == "close"


class _Closed(Exception):
    """The peer went away before a whole message arrived."""


RequestFilter = Callable[[str, str], bool]
"""(method, path including the query) → whether a fault is meant for this request."""

RestartHook = Callable[[], "tuple[str, int] | None"]
"""Restarts the upstream server; returns its new address if it moved, None if it kept the old one."""


@dataclass
class FaultPlan:
    """Which fault each request gets: a scripted one if the next in the script is meant for this
    request, else one drawn from `weights` with `rng`.

    `applies_to(method, path)` limits faults to some requests (the rest pass untouched), e.g. only
    pushes, so a test can aim at the exchanges whose loss matters."""

    rng: random.Random = field(default_factory=lambda: random.Random(0))
    weights: Mapping[Fault, float] = field(default_factory=dict)
    applies_to: RequestFilter = lambda method, path: True
    delay_s: tuple[float, float] = (0.05, 0.3)
    scripted: deque[tuple[Fault, RequestFilter]] = field(default_factory=deque)

    def next_fault(self, method: str, path: str) -> Fault:
        if not self.applies_to(method, path):
            return Fault.NONE
        if self.scripted and self.scripted[0][1](method, path):
            return self.scripted.popleft()[0]
        faults = [f for f, w in self.weights.items() if w > 0]
        if not faults:
            return Fault.NONE
        none_weight = max(0.0, 1.0 - sum(self.weights[f] for f in faults))
        return self.rng.choices([Fault.NONE, *faults], [none_weight, *(self.weights[f] for f in faults)])[0]


class FaultProxy:
    """Listens on 127.0.0.1 and forwards to `upstream`, faulting requests according to `plan`.

    Use as a context manager or call start()/stop(). `url` is what the desk is given as its server."""

    def __init__(self, upstream: tuple[str, int], plan: FaultPlan | None = None,
                 restart_upstream: RestartHook | None = None, port: int = 0) -> None:
        self.upstream = upstream
        self.plan = plan or FaultPlan()
        self.restart_upstream = restart_upstream
        self.port = port
        self.exchanges: list[Exchange] = []
        self._offline = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.AbstractServer | None = None
        self._clients: set[asyncio.StreamWriter] = set()
        self._restart_lock: asyncio.Lock | None = None

    # Control, from the test's thread ---------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "FaultProxy":
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fault-proxy", daemon=True)
        self._thread.start()
        self._call(self._listen())
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        self._call(self._shut_down())
        self._loop.call_soon_threadsafe(self._loop.stop)
        assert self._thread is not None
        self._thread.join(timeout=5)
        self._loop.close()
        self._loop = None

    def __enter__(self) -> "FaultProxy":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def offline(self) -> bool:
        return self._offline

    def set_offline(self, offline: bool) -> None:
        """Offline: the port refuses connections and open ones are cut, as when the line is down."""
        if offline != self._offline:
            self._call(self._shut() if offline else self._listen())
            self._offline = offline

    def script(self, faults: Iterable[Fault], only: RequestFilter = lambda method, path: True) -> None:
        """Give the next requests that the plan applies to and `only` accepts these faults, in order."""
        self.plan.scripted.extend((fault, only) for fault in faults)

    def faults_done(self) -> dict[Fault, int]:
        counts: dict[Fault, int] = {}
        for exchange in self.exchanges:
            counts[exchange.fault] = counts.get(exchange.fault, 0) + 1
        return counts

    def _call(self, coroutine) -> object:
        assert self._loop is not None, "the proxy is not started"
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=30)

    # The event loop's side -------------------------------------------------------------------

    async def _listen(self) -> None:
        self._restart_lock = self._restart_lock or asyncio.Lock()
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _shut(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._clients):
            writer.transport.abort()
        self._clients.clear()

    async def _shut_down(self) -> None:
        """Close everything and let every connection's task end before the loop does."""
        await self._shut()
        tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._clients.add(writer)
        upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        try:
            while True:
                try:
                    request = await _read_message(reader, request_method=None)
                except _Closed:
                    return
                method, path = request.start_line.split(" ")[:2]
                fault = self.plan.next_fault(method, path)
                response, upstream = await self._apply(fault, request, method, upstream)
                self.exchanges.append(Exchange(method, path, fault,
                                               None if response is None else _status_of(response.start_line)))
                if response is None:
                    return
                writer.write(response.raw)
                await writer.drain()
                if request.wants_close() or response.wants_close():
                    return
        except (ConnectionError, _Closed, OSError, asyncio.CancelledError):
            return
        finally:
            self._clients.discard(writer)
            writer.transport.abort()
            if upstream is not None:
                upstream[1].transport.abort()

    async def _apply(self, fault: Fault, request: _Message, method: str,
                     upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None):
        """The answer to send the desk (None: cut its connection instead), and the upstream
        connection to keep for its next request."""
        if fault is Fault.DROP_REQUEST:
            return None, upstream
        if fault is Fault.ERROR_500:
            return _gateway_error(500, "Internal Server Error"), upstream
        if fault is Fault.DELAY:
            await asyncio.sleep(self.plan.rng.uniform(*self.plan.delay_s))
        if fault is Fault.RESTART:
            await self._forward_and_restart(request, upstream)
            return None, None
        try:
            response, upstream = await self._forward(request, method, upstream)
            if fault is Fault.DUPLICATE:
                response, upstream = await self._forward(request, method, upstream)
        except (OSError, _Closed):
            return _gateway_error(502, "Bad Gateway"), None
        if fault is Fault.DROP_RESPONSE:
            return None, upstream
        return response, upstream

    async def _forward(self, request: _Message, method: str,
                       upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None):
        """Send the request upstream and read its whole answer. A kept-alive connection the server
        has closed meanwhile is replaced first; a request is never resent on failure, so every
        duplicate the server sees is one the plan asked for."""
        if upstream is not None and upstream[0].at_eof():
            upstream[1].transport.abort()
            upstream = None
        if upstream is None:
            upstream = await asyncio.open_connection(*self.upstream)
        up_reader, up_writer = upstream
        try:
            up_writer.write(request.raw)
            await up_writer.drain()
            response = await _read_message(up_reader, request_method=method)
        except BaseException:
            up_writer.transport.abort()
            raise
        if response.wants_close():
            up_writer.transport.abort()
            upstream = None
        return response, upstream

    async def _forward_and_restart(self, request: _Message,
                                   upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None) -> None:
        """The request reaches the server, which is then killed while (or just after) handling it
        and started again: whether the batch committed is the server's business, not the desk's."""
        if upstream is not None:
            upstream[1].transport.abort()
        try:
            _, up_writer = await asyncio.open_connection(*self.upstream)
            up_writer.write(request.raw)
            await up_writer.drain()
            await asyncio.sleep(self.plan.rng.uniform(0.0, 0.05))
            up_writer.transport.abort()
        except OSError:
            pass
        if self.restart_upstream is not None:
            assert self._restart_lock is not None
            async with self._restart_lock:
                moved = await asyncio.to_thread(self.restart_upstream)
                if moved is not None:
                    self.upstream = moved


def _gateway_error(status: int, reason: str) -> _Message:
    """A plain-text error page, as a gateway in front of the server would send: not the API's JSON."""
    body = f"{status} {reason}\n".encode()
    start_line = f"HTTP/1.1 {status} {reason}"
    head = (f"{start_line}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n\r\n").encode()
    return _Message(head, body, start_line, {"content-length": str(len(body))})


async def _read_message(reader: asyncio.StreamReader, request_method: str | None) -> _Message:
    """One request (request_method None) or one answer to a request made with request_method,
    kept as raw bytes so it is forwarded exactly as received."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as error:
        raise _Closed from error
    except asyncio.LimitOverrunError as error:
        raise _Closed from error
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    start_line = lines[0]
    try:
        if request_method is None:
            body = await _read_request_body(reader, headers)
        else:
            body = await _read_response_body(reader, headers, request_method, _status_of(start_line))
    except asyncio.IncompleteReadError as error:
        raise _Closed from error
    return _Message(head, body, start_line, headers)


def _status_of(start_line: str) -> int:
    return int(start_line.split(" ")[1])


async def _read_request_body(reader: asyncio.StreamReader, headers: Mapping[str, str]) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return await _read_chunked(reader)
    return await reader.readexactly(int(headers.get("content-length", "0")))


async def _read_response_body(reader: asyncio.StreamReader, headers: Mapping[str, str],
                              request_method: str, status: int) -> bytes:
    if request_method == "HEAD" or status in (204, 304) or 100 <= status < 200:
        return b""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        return await _read_chunked(reader)
    if "content-length" in headers:
        return await reader.readexactly(int(headers["content-length"]))
    return await reader.read()


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    """The chunks as raw bytes, size lines and trailers included, to forward unchanged."""
    parts: list[bytes] = []
    while True:
        size_line = await reader.readuntil(b"\r\n")
        parts.append(size_line)
        size = int(size_line.split(b";")[0].strip(), 16)
        if size == 0:
            while True:
                trailer = await reader.readuntil(b"\r\n")
                parts.append(trailer)
                if trailer == b"\r\n":
                    return b"".join(parts)
        parts.append(await reader.readexactly(size + 2))
