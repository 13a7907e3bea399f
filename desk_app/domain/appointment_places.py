"""Who may promise which place of a slot, so that desks cut off from the network never overbook.

A slot's capacity belongs to the agency. The province leases each desk some of its places; a desk
books offline only into places it holds, and the province books online and by phone only into
places no desk holds (the pool). A holding counts the places a desk has used as well as the ones
it keeps spare, so "held" never drops below what the desk has promised:

- the desk gives places back itself, before it asks for more (`kept`), and tells the province
  the holding it keeps; the province lowers its record to that and never below it (`claimed`);
- the province grants from what is left once the pool's bookings and every holding are counted
  (`granted`), so the holdings and the pool together never exceed the capacity; and it never
  grants the pool's reserve (`pool_reserve`: half of every slot, rounded down), so that the
  portal and the phone line always have places while desks keep spare ones for the network's
  outages;
- a booking that reaches the province charged to a desk fits in that desk's holding, or takes a
  free place when the desk's own record ran ahead of the province's (a desk put back to an older
  copy of its database); the citizen holds a slip for it (`fits_desk`).

The functions are the whole arithmetic, one slot at a time; the server applies them to its rows
under the agency's lock, the desk to its own, and the property tests to random histories.
"""

from __future__ import annotations


def free_here(held: int, used: int) -> int:
    """Places this desk can still promise in the slot."""
    return max(0, held - used)


def kept(held: int, used: int, spare: int) -> int:
    """The holding a desk keeps before asking again: what it used and `spare` more, never more
    than it held (a desk lowers its holding itself; only the province raises it)."""
    return min(held, used + max(0, spare))


def claimed(recorded: int, told: int, used_there: int) -> int:
    """The province's record after a desk told it the holding it keeps: lowered to what the desk
    said when that is less (a lost lease answer leaves the record above the desk's), never below
    the bookings the province already has from that desk in the slot, never raised by the desk."""
    return max(min(recorded, told), min(recorded, used_there))


def pool_free(capacity: int, held_by_desks: int, pool_booked: int) -> int:
    """Places no desk holds and no online or phone booking has taken."""
    return max(0, capacity - held_by_desks - pool_booked)


def pool_reserve(capacity: int) -> int:
    """The places of a slot kept for online and phone bookings: desks are never granted them."""
    return capacity // 2


def granted(recorded: int, wanted: int, capacity: int, held_by_others: int, pool_booked: int) -> int:
    """A desk's new holding when it asks to hold `wanted` places: raised towards that from the
    pool beyond its reserve, never lowered here."""
    room = pool_free(capacity, held_by_others + recorded, max(pool_booked, pool_reserve(capacity)))
    return recorded + min(max(0, wanted - recorded), room)


def fits_desk(recorded: int, used_with_it: int, capacity: int, held_by_others: int, pool_booked: int) -> int | None:
    """The desk's holding once a booking it pushed is counted (`used_with_it` includes it), or
    None when the slot has no place for it: within the holding it changes nothing; past it, a
    free place of the pool joins the holding."""
    if used_with_it <= recorded:
        return recorded
    needed = used_with_it - recorded
    if pool_free(capacity, held_by_others + recorded, pool_booked) >= needed:
        return used_with_it
    return None
