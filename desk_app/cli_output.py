"""What `desk-app` and `provincial` print with `--json`: one spelling, so a script written against
one side reads the other."""

from __future__ import annotations

import json
from typing import Any

from desk_app.local_time import in_local_time


def print_json(value: Any) -> None:
    """Vietnamese as it is (not \\u escapes), indented for the officer who reads it too, and every
    instant in local time: users script these keys, and a time in UTC reads as the wrong hour."""
    print(json.dumps(in_local_time(value), ensure_ascii=False, indent=2))
