"""The catalogue and the calendar are replaced by the sync's thread while the counter reads them:
a reader sees the old snapshot or the new one, whole, never half of each."""

from __future__ import annotations

import threading
from dataclasses import replace

from desk_app.domain.catalogue import parse_catalogue


def generation(tag: str, count: int = 60) -> list:
    return parse_catalogue([{"code": f"9.{n:06d}", "name": f"Thủ tục thử số {n} đợt {tag}", "processing_days": n % 5}
                            for n in range(count)])


def test_readers_never_see_half_a_catalogue(desk):
    service = desk.catalogue
    generations = [generation("A"), generation("B", 45)]
    service.replace_all(generations[1], "server")
    stop = threading.Event()
    problems: list[str] = []

    def writer() -> None:
        turn = 0
        while not stop.is_set():
            service.replace_all(generations[turn % 2], "server")
            turn += 1

    def reader() -> None:
        while not stop.is_set():
            snapshot = service.snapshot()
            tags = {p.name[-1] for p in snapshot.procedures}
            if len(tags) != 1 or any(snapshot.by_code[p.code] is not p for p in snapshot.procedures):
                problems.append(f"a mixed snapshot: {sorted(tags)}")
            found = service.search("thu tuc thu so 1")
            if len({p.name[-1] for p in found}) > 1:
                problems.append("a search mixed two catalogues")
            for procedure in found[:3]:
                try:
                    service.get(procedure.code)
                except Exception as error:  # noqa: BLE001 - the test reports any failure
                    problems.append(f"get failed: {error!r}")

    race(writer, reader, stop)
    assert problems == []


def race(writer, reader, stop: threading.Event, readers: int = 6, seconds: float = 1.5) -> None:
    """One writer and several readers at once, for a while."""
    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(readers)]
    for thread in threads:
        thread.start()
    threading.Event().wait(seconds)
    stop.set()
    for thread in threads:
        thread.join()


def test_readers_never_see_a_calendar_being_replaced(desk):
    procedure = desk.catalogue.get("1.001193")
    stop = threading.Event()
    problems: list[str] = []
    days = {}

    def writer() -> None:
        while not stop.is_set():
            desk.calendar_changed()

    def reader() -> None:
        while not stop.is_set():
            try:
                plan = desk.intake.plan_due(replace(procedure, processing_days=procedure.processing_days + 3))
                days[plan.due_at] = True
            except Exception as error:  # noqa: BLE001 - the test reports any failure
                problems.append(repr(error))

    race(writer, reader, stop)
    assert problems == [] and len(days) >= 1
