"""The province codes that open a citizen ID number (the first three digits: where the birth was
registered), read from the packaged data file; the desk's intake and the province's bookings
check ID numbers against the same table."""

from __future__ import annotations

import json
from importlib import resources


def load_province_codes() -> dict[str, str]:
    data = json.loads((resources.files("desk_app.resources") / "data" / "cccd-province-codes.json")
                      .read_text(encoding="utf-8"))
    return dict(data["codes"])
