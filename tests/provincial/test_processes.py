"""The server as operators run it, over real HTTP: started by its command, restarted on its port, and
two processes on one PostgreSQL that must agree through the database alone."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx

from api_support import API, count, dossier_code, intake_op, today
from provincial.db import make_engine
from provincial.schema import dossiers, leases, operations
from provincial.seed import SAMPLE_PASSWORD
from provincial_support import running_server, sqlite_url


def register(base: str, username: str = "canbo1", lease: int = 400) -> dict[str, str]:
    """The headers of a registered device that holds numbers 1…`lease` of today."""
    answer = httpx.post(f"{base}{API}/devices", json={"username": username, "password": SAMPLE_PASSWORD,
                                                      "device_name": "Quầy"})
    assert answer.status_code == 200, answer.text
    headers = {"Authorization": f"Bearer {answer.json()['token']}"}
    granted = httpx.post(f"{base}{API}/leases", json={"days": [{"day": f"{today():%Y-%m-%d}", "count": lease}]},
                         headers=headers)
    assert granted.json()["leases"][0]["first"] == 1, granted.text
    return headers


def test_over_http_with_a_restart(tmp_path):
    from provincial.cli import main

    url = sqlite_url(tmp_path)
    assert main(["--db", url, "seed"]) == 0
    with running_server(url) as server:
        headers = register(server)
        ops = [intake_op(dossier_code(n)) for n in (1, 2)]
        first = httpx.post(f"{server}{API}/operations", json={"operations": ops}, headers=headers).json()
        port = server.port
        server.restart()
        assert server.port == port
        again = httpx.post(f"{server}{API}/operations", json={"operations": ops}, headers=headers)
        assert [r["outcome"] for r in first["results"]] == ["applied"] * 2
        assert [r["outcome"] for r in again.json()["results"]] == ["duplicate"] * 2
        assert "Date" in again.headers
        assert httpx.get(f"{server}/docs").status_code == 200
        assert "PushRequest" in httpx.get(f"{server}/openapi.json").json()["components"]["schemas"]


def test_two_processes_apply_each_operation_once_and_never_lease_a_number_twice(pg_url):
    with running_server(pg_url) as one, running_server(pg_url) as two:
        headers = register(one)
        batches = [[intake_op(dossier_code(n)) for n in range(start, start + 50)] for start in range(1, 401, 50)]

        def push(args):
            base, batch = args
            with httpx.Client(timeout=30) as client:
                answer = client.post(f"{base}{API}/operations", json={"operations": batch}, headers=headers)
            assert answer.status_code == 200, answer.text
            return answer.json()["results"]

        jobs = [(base, batch) for batch in batches for base in (one, two, one)]
        with ThreadPoolExecutor(12) as pool:
            outcomes = [r for results in pool.map(push, jobs) for r in results]
        by_op: dict[str, list[str]] = {}
        for result in outcomes:
            by_op.setdefault(result["op_id"], []).append(result["outcome"])
        assert all(sorted(found) == ["applied", "duplicate", "duplicate"] for found in by_op.values()), by_op

        day = f"{today():%Y-%m-%d}"

        def lease(base):
            with httpx.Client(timeout=30) as client:
                answer = client.post(f"{base}{API}/leases", json={"days": [{"day": day, "count": 37}]},
                                     headers=headers)
            assert answer.status_code == 200, answer.text
            return [(b["first"], b["last"]) for b in answer.json()["leases"]]

        with ThreadPoolExecutor(12) as pool:
            blocks = [b for found in pool.map(lease, [one, two] * 30) for b in found]
        numbers = [n for first, last in blocks for n in range(first, last + 1)]
        assert len(numbers) == len(set(numbers)) == 60 * 37
        assert min(numbers) == 401
    engine = make_engine(pg_url)
    assert count(engine, dossiers) == count(engine, operations) == 400
    assert count(engine, leases) == 61
    engine.dispose()
