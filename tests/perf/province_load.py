"""`province_p99_ms`: a whole province's desks syncing against one server process on PostgreSQL.

2,000 desks (100 commune agencies of 20 counters) each push a small batch of intakes and pull the
feed every 30 s, their start times spread over the period, as the desks of a province do through a
working day. The server runs as `provincial serve` in its own process; the desks are simulated here
with asyncio and httpx in this, the second process. The figure is the 99th percentile of the push
round trips measured over the run, after one period of warm-up.

    python tests/perf/province_load.py [--desks N] [--seconds S]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import secrets
import statistics
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "provincial"))

from api_support import intake_payload  # noqa: E402
from desk_app.clock import LOCAL_TZ  # noqa: E402
from provincial_support import postgres_database, running_server  # noqa: E402

DESKS = 2000
DESKS_PER_AGENCY = 20
LEASED = 400
"""Numbers each desk holds for today; a desk pushes at most 3 every 30 s."""
PERIOD_S = 30.0
MEASURE_S = 75.0


def _prepare(url: str, desks: int) -> list[tuple[str, str, int]]:
    """The catalogue, agencies, one officer each, and registered devices holding today's lease of
    LEASED numbers, written straight into the database: the figure is about syncing, not about
    2,000 argon2 logins. (agency, token, slot) per desk."""
    from desk_app.catalogue_file import read_catalogue_file, sample_catalogue_path
    from provincial import backoffice
    from provincial.db import make_engine
    from provincial.devices import token_hash
    from provincial.migrate import upgrade_to_head
    from provincial.schema import devices, leases, officers, sequence_allocations

    engine = make_engine(url)
    upgrade_to_head(engine)
    made = []
    now = datetime.now(timezone.utc)
    today = now.astimezone(LOCAL_TZ).date()
    with engine.begin() as connection:
        backoffice.import_catalogue(connection, read_catalogue_file(sample_catalogue_path()))
        for a in range((desks + DESKS_PER_AGENCY - 1) // DESKS_PER_AGENCY):
            agency = f"000.{a // 100:02d}.{a % 100:02d}.H12"
            backoffice.add_agency(connection, agency, f"UBND xã Số {a + 1}", "UBND tỉnh Lai Châu", f"Xã {a + 1}")
            officer_id = connection.execute(officers.insert().values(
                agency_code=agency, username=f"canbo{a}", full_name=f"Cán bộ {a}", role="officer",
                password_hash="-", active=True).returning(officers.c.id)).scalar_one()
            rows = []
            for slot in range(min(DESKS_PER_AGENCY, desks - len(made))):
                token = secrets.token_urlsafe(32)
                rows.append({"id": str(uuid.uuid4()), "agency_code": agency, "officer_id": officer_id,
                             "name": f"Quầy {slot + 1}", "token_hash": token_hash(token), "reserve_slot": slot,
                             "created_at": now})
                made.append((agency, token, slot))
            connection.execute(devices.insert(), rows)
            connection.execute(leases.insert(), [
                {"device_id": row["id"], "agency_code": agency, "day": today, "first": slot * LEASED + 1,
                 "last": (slot + 1) * LEASED, "created_at": now} for slot, row in enumerate(rows)])
            connection.execute(sequence_allocations.insert().values(agency_code=agency, day=today,
                                                                     next_value=len(rows) * LEASED + 1))
    engine.dispose()
    return made


class _Connection:
    """One desk's keep-alive HTTP/1.1 connection, spoken by hand: httpx's own cost per request
    would make the load generator, not the server, the bottleneck on a 2-core machine."""

    def __init__(self, host: str, port: int, token: str) -> None:
        self.host, self.port = host, port
        self.auth = f"Authorization: Bearer {token}\r\n"
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: bytes = b"") -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = (f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\n{self.auth}"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n")
        try:
            self.writer.write(head.encode() + body)
            await self.writer.drain()
            status_line = await self.reader.readline()
            length = 0
            while (line := await self.reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            return int(status_line.split()[1]), await self.reader.readexactly(length)
        except (OSError, IndexError, ValueError, asyncio.IncompleteReadError):
            self.writer.close()
            self.writer = None
            raise ConnectionError(f"{method} {path}") from None


async def _drive(base: str, desks: list[tuple[str, str, int]], seconds: float) -> tuple[list[float], list[float], int]:
    host, port = base.removeprefix("http://").split(":")
    pushes: list[float] = []
    pulls: list[float] = []
    errors = 0
    started = time.monotonic()
    warm_until = started + PERIOD_S
    stop_at = warm_until + seconds
    day = datetime.now(LOCAL_TZ).strftime("%y%m%d")

    async def desk(agency: str, token: str, slot: int) -> None:
        nonlocal errors
        connection = _Connection(host, int(port), token)
        sequence = slot * LEASED + 1
        cursor = ""
        await asyncio.sleep(random.uniform(0, PERIOD_S))
        tick = time.monotonic()
        while tick < stop_at:
            ops = []
            for _ in range(random.randint(1, 3)):
                code = f"{agency}-{day}-{sequence:04d}"
                sequence += 1
                ops.append({"op_id": str(uuid.uuid4()), "kind": "dossier.intake", "dossier_code": code,
                            "payload": intake_payload(code, agency=agency),
                            "created_at": datetime.now(timezone.utc).isoformat()})
            body = json.dumps({"operations": ops}, ensure_ascii=False).encode()
            try:
                t0 = time.perf_counter()
                status, answer = await connection.request("POST", "/api/v1/operations", body)
                pushed = time.perf_counter() - t0
                if status != 200 or b'"rejected"' in answer:
                    errors += 1
                t1 = time.perf_counter()
                status, page = await connection.request("GET", f"/api/v1/feed?cursor={cursor}")
                pulled = time.perf_counter() - t1
                if status == 200:
                    cursor = json.loads(page)["cursor"]
                else:
                    errors += 1
            except ConnectionError:
                errors += 1
            else:
                if time.monotonic() >= warm_until:
                    pushes.append(pushed)
                    pulls.append(pulled)
            tick += PERIOD_S
            await asyncio.sleep(max(0.0, tick - time.monotonic()))
        if connection.writer is not None:
            connection.writer.close()

    await asyncio.gather(*(desk(*d) for d in desks))
    return pushes, pulls, errors


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(desks: int = DESKS, seconds: float = MEASURE_S, log=print) -> dict[str, float]:
    """Run the province for one warm-up period and `seconds` more; the push and pull latencies in ms."""
    with postgres_database() as url:
        prepared = _prepare(url, desks)
        with running_server(url) as server:
            log(f"province: {desks} desks, one push (1–3 intakes) and one pull each per {PERIOD_S:.0f} s, "
                f"{PERIOD_S:.0f} s warm-up + {seconds:.0f} s measured …")
            pushes, pulls, errors = asyncio.run(_drive(server, prepared, seconds))
    result = {
        "pushes": len(pushes), "errors": errors,
        "push_p50_ms": statistics.median(pushes) * 1000, "push_p99_ms": _percentile(pushes, 0.99) * 1000,
        "push_max_ms": max(pushes) * 1000, "pull_p50_ms": statistics.median(pulls) * 1000,
        "pull_p99_ms": _percentile(pulls, 0.99) * 1000,
    }
    log("province: " + ", ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items()))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=DESKS)
    parser.add_argument("--seconds", type=float, default=MEASURE_S)
    args = parser.parse_args()
    measure(args.desks, args.seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())


def province(_dataset: object, runs: int) -> list:
    """The benchmark suite's entry (tests/perf/run.py): the desk dataset plays no part here."""
    from benchmarks import Measurement

    samples, notes = [], []
    for _ in range(runs):
        result = measure()
        samples.append(result["push_p99_ms"])
        notes.append(f"{result['pushes']} pushes, p50 {result['push_p50_ms']:.1f} ms, max "
                     f"{result['push_max_ms']:.0f} ms; pull p50 {result['pull_p50_ms']:.1f} ms, "
                     f"p99 {result['pull_p99_ms']:.1f} ms; {result['errors']} errors")
    return [Measurement("province_p99_ms", tuple(samples), runs, tuple(notes))]


def profile_province(_dataset: object) -> str:
    return "the province runs in a server process of its own; profile it there (py-spy record --pid …)"
