"""No overbooking, whatever the order: desks booking offline into their places, the province
booking online into the pool, cancellations, pushes, renewals whose answer arrives late or never,
for several desks sharing one slot, run as random histories against the domain's arithmetic."""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from desk_app.domain.appointment_places import claimed, fits_desk, free_here, granted, kept, pool_free, pool_reserve


def test_the_arithmetic_on_its_own():
    assert free_here(3, 1) == 2 and free_here(1, 3) == 0
    assert kept(held=4, used=1, spare=1) == 2 and kept(held=1, used=1, spare=3) == 1
    assert claimed(recorded=3, told=1, used_there=0) == 1
    assert claimed(recorded=3, told=0, used_there=2) == 2
    assert claimed(recorded=1, told=5, used_there=0) == 1
    assert pool_free(capacity=4, held_by_desks=3, pool_booked=2) == 0
    assert pool_reserve(1) == 0 and pool_reserve(4) == 2 and pool_reserve(5) == 2
    assert granted(recorded=1, wanted=3, capacity=6, held_by_others=1, pool_booked=1) == 2
    assert granted(recorded=0, wanted=3, capacity=4, held_by_others=1, pool_booked=0) == 1
    assert granted(recorded=0, wanted=1, capacity=1, held_by_others=0, pool_booked=0) == 1
    assert granted(recorded=2, wanted=1, capacity=4, held_by_others=0, pool_booked=0) == 2
    assert fits_desk(recorded=2, used_with_it=2, capacity=2, held_by_others=0, pool_booked=0) == 2
    assert fits_desk(recorded=1, used_with_it=2, capacity=3, held_by_others=1, pool_booked=0) == 2
    assert fits_desk(recorded=1, used_with_it=2, capacity=2, held_by_others=1, pool_booked=0) is None


@dataclass
class Desk:
    held: int = 0
    active: set[int] = field(default_factory=set)
    outbox: list[tuple[str, int]] = field(default_factory=list)
    in_flight: tuple[int, list[int]] | None = None
    numbers: list[int] = field(default_factory=list)


class Agency(RuleBasedStateMachine):
    """One slot of `capacity` places; the province's records and each desk's own."""

    @initialize(capacity=st.integers(1, 5), desks=st.integers(1, 4))
    def start(self, capacity: int, desks: int) -> None:
        self.capacity = capacity
        self.desks = [Desk() for _ in range(desks)]
        self.server_held = [0] * desks
        self.server_booked: dict[int, int | None] = {}
        """Active bookings the province knows, by number, with the desk they are charged to."""
        self.counter = 0
        self.promised: set[int] = set()
        self.rejected: list[int] = []
        """Bookings refused while the citizen still held them. One the desk cancelled before it was
        pushed may be refused (its place already given back): no one holds it any more."""

    def _number(self, count: int) -> list[int]:
        first = self.counter + 1
        self.counter += count
        return list(range(first, self.counter + 1))

    def _others(self, d: int) -> int:
        return sum(held for i, held in enumerate(self.server_held) if i != d)

    def _pool(self) -> int:
        return sum(holder is None for holder in self.server_booked.values())

    def _used_there(self, d: int) -> int:
        return sum(holder == d for holder in self.server_booked.values())

    @rule(data=st.data())
    def desk_books(self, data) -> None:
        d = data.draw(st.integers(0, len(self.desks) - 1))
        desk = self.desks[d]
        if free_here(desk.held, len(desk.active)) > 0 and desk.numbers:
            number = desk.numbers.pop(0)
            desk.active.add(number)
            desk.outbox.append(("book", number))
            self.promised.add(number)

    @rule(data=st.data())
    def desk_cancels(self, data) -> None:
        d = data.draw(st.integers(0, len(self.desks) - 1))
        desk = self.desks[d]
        if desk.active:
            number = data.draw(st.sampled_from(sorted(desk.active)))
            desk.active.discard(number)
            desk.outbox.append(("cancel", number))
            self.promised.discard(number)

    @rule()
    def online_books(self) -> None:
        if pool_free(self.capacity, sum(self.server_held), self._pool()) > 0:
            (number,) = self._number(1)
            self.server_booked[number] = None
            self.promised.add(number)

    @rule(data=st.data())
    def online_cancels(self, data) -> None:
        pool = sorted(n for n, holder in self.server_booked.items() if holder is None)
        if pool:
            number = data.draw(st.sampled_from(pool))
            del self.server_booked[number]
            self.promised.discard(number)

    @rule(data=st.data())
    def push(self, data) -> None:
        self._push(data.draw(st.integers(0, len(self.desks) - 1)))

    def _push(self, d: int) -> None:
        """The province applies the desk's outbox as the push does."""
        desk = self.desks[d]
        for kind, number in desk.outbox:
            if kind == "cancel":
                self.server_booked.pop(number, None)
                continue
            held = fits_desk(self.server_held[d], self._used_there(d) + 1, self.capacity, self._others(d), self._pool())
            if held is None:
                if number in self.promised:
                    self.rejected.append(number)
                continue
            self.server_held[d] = held
            self.server_booked[number] = d
        desk.outbox.clear()

    @rule(data=st.data(), spare=st.integers(0, 5), numbers=st.integers(0, 3))
    def renew(self, data, spare: int, numbers: int) -> None:
        """The desk gives back what it will not use, tells the province, and the province answers;
        the answer is in flight until `deliver` (or lost when the desk renews again)."""
        d = data.draw(st.integers(0, len(self.desks) - 1))
        desk = self.desks[d]
        used = len(desk.active)
        desk.held = kept(desk.held, used, spare)
        record = claimed(self.server_held[d], desk.held, self._used_there(d))
        record = granted(record, min(self.capacity, used + spare), self.capacity, self._others(d), self._pool())
        self.server_held[d] = record
        desk.in_flight = (record, self._number(numbers))

    @rule(data=st.data())
    def deliver(self, data) -> None:
        d = data.draw(st.integers(0, len(self.desks) - 1))
        desk = self.desks[d]
        if desk.in_flight is not None:
            desk.held, numbers = desk.in_flight
            desk.numbers += numbers
            desk.in_flight = None

    @rule(data=st.data())
    def lose_the_answer(self, data) -> None:
        self.desks[data.draw(st.integers(0, len(self.desks) - 1))].in_flight = None

    @invariant()
    def nothing_promised_is_refused(self) -> None:
        assert self.rejected == []

    @invariant()
    def a_desk_promises_only_what_it_holds_and_holds_no_more_than_the_province_says(self) -> None:
        for d, desk in enumerate(self.desks):
            assert len(desk.active) <= desk.held <= self.server_held[d]

    @invariant()
    def no_slot_exceeds_its_capacity_and_the_pool_keeps_its_reserve(self) -> None:
        assert len(self.server_booked) <= self.capacity
        assert sum(self.server_held) + max(self._pool(), pool_reserve(self.capacity)) <= self.capacity

    def teardown(self) -> None:
        """Once every desk has pushed, the province has exactly what was promised."""
        if not hasattr(self, "desks"):
            return
        for d in range(len(self.desks)):
            self._push(d)
        assert self.rejected == []
        assert set(self.server_booked) == self.promised and len(self.promised) <= self.capacity


Agency.TestCase.settings = settings(max_examples=300, stateful_step_count=60, deadline=None)
TestNoOverbooking = Agency.TestCase
