"""The fault proxy itself, against a tiny stdlib HTTP server that counts what reached it: the sync
fault suite can only prove something if each fault does exactly what it says."""

from __future__ import annotations

import json
import random
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import httpx
import pytest

from fault_proxy import Fault, FaultPlan, FaultProxy


class Upstream:
    """A keep-alive HTTP/1.1 server that records every POST body it applied and every connection."""

    def __init__(self) -> None:
        self.applied: list[bytes] = []
        self.connections = 0
        upstream = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def setup(self) -> None:
                super().setup()
                upstream.connections += 1

            def log_message(self, *args: object) -> None:
                pass

            def _answer(self, status: int, body: bytes, content_type: str = "application/json") -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path == "/chunked":
                    self.send_response(200)
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for part in (b"hello ", b"chunked ", b"world"):
                        self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                elif self.path == "/empty":
                    self.send_response(204)
                    self.end_headers()
                else:
                    self._answer(200, json.dumps({"path": self.path}).encode())

            do_HEAD = do_GET

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                upstream.applied.append(body)
                self._answer(200, json.dumps({"applied": len(upstream.applied), "size": len(body)}).encode())

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def address(self) -> tuple[str, int]:
        return self.server.server_address[:2]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def upstream() -> Iterator[Upstream]:
    server = Upstream()
    yield server
    server.close()


@pytest.fixture
def proxy(upstream: Upstream) -> Iterator[FaultProxy]:
    with FaultProxy(upstream.address) as running:
        yield running


@pytest.fixture
def client(proxy: FaultProxy) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=proxy.url, timeout=5) as opened:
        yield opened


def test_requests_pass_through_unchanged_on_one_kept_alive_connection(upstream, proxy, client) -> None:
    assert client.get("/a").json() == {"path": "/a"}
    assert client.post("/ops", content=b"x" * 10).json() == {"applied": 1, "size": 10}
    assert client.get("/b?q=1").json() == {"path": "/b?q=1"}
    assert upstream.connections == 1
    assert [(e.method, e.path, e.fault, e.status) for e in proxy.exchanges] == [
        ("GET", "/a", Fault.NONE, 200), ("POST", "/ops", Fault.NONE, 200), ("GET", "/b?q=1", Fault.NONE, 200)]


def test_chunked_head_and_empty_answers_are_framed_right(client) -> None:
    assert client.get("/chunked").text == "hello chunked world"
    head = client.head("/x")
    assert head.status_code == 200 and head.content == b"" and int(head.headers["content-length"]) > 0
    assert client.get("/empty").status_code == 204
    assert client.get("/after").json() == {"path": "/after"}


def test_a_large_body_arrives_whole(upstream, client) -> None:
    body = random.Random(1).randbytes(3 * 1024 * 1024)
    assert client.post("/big", content=body).json()["size"] == len(body)
    assert upstream.applied == [body]


def test_dropped_request_never_reaches_the_server(upstream, proxy, client) -> None:
    proxy.script([Fault.DROP_REQUEST])
    with pytest.raises(httpx.TransportError):
        client.post("/ops", content=b"one")
    assert upstream.applied == []
    assert client.post("/ops", content=b"two").json()["applied"] == 1
    assert proxy.exchanges[0].status is None


def test_dropped_response_leaves_the_request_applied(upstream, proxy, client) -> None:
    proxy.script([Fault.DROP_RESPONSE])
    with pytest.raises(httpx.TransportError):
        client.post("/ops", content=b"one")
    assert upstream.applied == [b"one"]


def test_duplicate_is_applied_twice_and_answered_by_the_second(upstream, proxy, client) -> None:
    proxy.script([Fault.DUPLICATE])
    assert client.post("/ops", content=b"one").json()["applied"] == 2
    assert upstream.applied == [b"one", b"one"]


def test_delay_holds_the_request(upstream, proxy, client) -> None:
    proxy.plan.delay_s = (0.3, 0.3)
    proxy.script([Fault.DELAY])
    started = time.perf_counter()
    assert client.post("/ops", content=b"one").status_code == 200
    assert time.perf_counter() - started >= 0.3


def test_error_500_is_answered_without_forwarding(upstream, proxy, client) -> None:
    proxy.script([Fault.ERROR_500])
    answer = client.post("/ops", content=b"one")
    assert answer.status_code == 500 and answer.headers["content-type"] == "text/plain"
    assert upstream.applied == []
    assert client.post("/ops", content=b"two").json()["applied"] == 1


def test_restart_runs_the_hook_and_follows_the_server_to_its_new_address(upstream) -> None:
    replacement = Upstream()
    restarts: list[float] = []

    def restart() -> tuple[str, int]:
        restarts.append(time.perf_counter())
        upstream.close()
        return replacement.address

    try:
        with FaultProxy(upstream.address, restart_upstream=restart) as proxy, \
                httpx.Client(base_url=proxy.url, timeout=5) as client:
            proxy.script([Fault.RESTART])
            with pytest.raises(httpx.TransportError):
                client.post("/ops", content=b"one")
            assert len(restarts) == 1
            assert client.post("/ops", content=b"two").json() == {"applied": 1, "size": 3}
            assert replacement.applied == [b"two"]
    finally:
        replacement.close()


def test_an_unreachable_server_gets_a_bad_gateway(upstream, proxy, client) -> None:
    upstream.close()
    assert client.post("/ops", content=b"one").status_code == 502


def test_offline_refuses_connections_and_online_takes_them_again_on_the_same_port(upstream, proxy, client) -> None:
    assert client.get("/a").status_code == 200
    port = proxy.port
    proxy.set_offline(True)
    with pytest.raises(httpx.ConnectError):
        client.get("/b")
    with pytest.raises(httpx.ConnectError):
        httpx.get(proxy.url + "/c", timeout=2)
    proxy.set_offline(False)
    assert proxy.port == port
    assert client.get("/d").json() == {"path": "/d"}


def test_a_seeded_plan_draws_the_same_faults_and_respects_its_filter() -> None:
    def draws(seed: int) -> list[Fault]:
        plan = FaultPlan(rng=random.Random(seed), weights={Fault.DROP_REQUEST: 0.2, Fault.DUPLICATE: 0.2},
                         applies_to=lambda method, path: method == "POST")
        return [plan.next_fault("POST" if i % 2 else "GET", "/x") for i in range(200)]

    first = draws(5)
    assert first == draws(5) and first != draws(6)
    assert set(first[0::2]) == {Fault.NONE}
    assert {Fault.NONE, Fault.DROP_REQUEST, Fault.DUPLICATE} == set(first[1::2])


def test_random_faults_reach_the_server_at_most_as_often_as_the_plan_says(upstream) -> None:
    plan = FaultPlan(rng=random.Random(3), delay_s=(0.0, 0.01), weights={
        Fault.DROP_REQUEST: 0.1, Fault.DROP_RESPONSE: 0.1, Fault.DUPLICATE: 0.1, Fault.DELAY: 0.1,
        Fault.ERROR_500: 0.1})
    with FaultProxy(upstream.address, plan) as proxy, httpx.Client(base_url=proxy.url, timeout=5) as client:
        for i in range(150):
            try:
                client.post("/ops", content=str(i).encode())
            except httpx.TransportError:
                pass
        done = proxy.faults_done()
    expected = 150 - done.get(Fault.DROP_REQUEST, 0) - done.get(Fault.ERROR_500, 0) + done.get(Fault.DUPLICATE, 0)
    assert len(upstream.applied) == expected
    assert sum(done.values()) == 150 and all(done.get(f, 0) > 0 for f in plan.weights)


def test_a_scripted_fault_waits_for_the_request_it_is_meant_for(upstream, proxy, client) -> None:
    proxy.script([Fault.ERROR_500], only=lambda method, path: method == "POST")
    assert client.get("/a").status_code == 200
    assert client.post("/ops", content=b"one").status_code == 500
    assert client.post("/ops", content=b"two").status_code == 200
    assert [e.fault for e in proxy.exchanges] == [Fault.NONE, Fault.ERROR_500, Fault.NONE]
