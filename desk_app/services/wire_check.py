"""A record checked against the wire's bounded models inside the save that makes it, so that what
the province would refuse is never saved (the transaction rolls back). The domain's limits are
tighter than the wire's; this guards against a gap between them. pydantic loads here, on the first
save, not at the window's start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from desk_app.domain.errors import DomainError

T = TypeVar("T")


def checked_for_wire(build: Callable[[], T]) -> T:
    """`build()` makes the wire record; a field it refuses is said with where it is."""
    from pydantic import ValidationError

    try:
        return build()
    except ValidationError as err:
        first = err.errors(include_url=False, include_input=False)[0]
        raise DomainError("intake.unsendable", field=None,
                          detail=f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
