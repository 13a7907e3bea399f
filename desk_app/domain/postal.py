"""Trả kết quả qua bưu chính: the waybill a result travels under, and when it was sent.

The postal services print waybills of capital letters, digits and dashes (VNPost's EMS numbers
are two letters, nine digits and "VN"); anything else is a typing slip, refused at the field.
"""

from __future__ import annotations

import re
from datetime import date

from desk_app.domain.errors import DomainError
from desk_app.domain.text import nfc

_WAYBILL = re.compile(r"[A-Z0-9-]{6,30}", re.ASCII)


def check_waybill(raw: str) -> str:
    value = nfc(raw).upper().replace(" ", "")
    if not _WAYBILL.fullmatch(value):
        raise DomainError("postal.waybill", field="waybill", value=nfc(raw)[:40])
    return value


def check_sent_on(sent_on: date | None, ready_on: date, today: date) -> date:
    if sent_on is None or not ready_on <= sent_on <= today:
        raise DomainError("postal.sent_on", field="sent_on")
    return sent_on
