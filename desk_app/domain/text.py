"""Vietnamese text at the edges: one normal form for storing, one folded form for searching.

The same word typed on a Windows IME, pasted from a PDF or read from a QR code can arrive in
different Unicode forms (precomposed or combining marks); comparing and storing only NFC keeps
"Nguyễn" equal to "Nguyễn". Officers search without diacritics ("dang ky khai sinh"), so search
keys drop the marks and map đ to d.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal


def nfc(s: str) -> str:
    """The stored form: NFC, control characters (a NUL from a bad scan, a stray escape) dropped,
    outer whitespace trimmed and inner runs collapsed to one space."""
    normalized = unicodedata.normalize("NFC", s)
    visible = "".join(ch if ch.isspace() or unicodedata.category(ch) != "Cc" else "" for ch in normalized)
    return " ".join(visible.split())


def fold(s: str) -> str:
    """The search key: lower case, no diacritics, đ as d, single spaces."""
    decomposed = unicodedata.normalize("NFD", s.lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.replace("đ", "d").split())


def lacks_diacritics(name: str) -> bool:
    """True for a name typed as plain ASCII letters ("NGUYEN VAN AN").

    Almost every Vietnamese name carries marks, so an unmarked one was most likely typed on a
    keyboard without a Vietnamese input method and should be checked against the ID card.
    """
    return name.isascii() and any(ch.isalpha() for ch in name)


def group_thousands(amount: int) -> str:
    """'.' groups thousands in Vietnamese: 15000 → "15.000"."""
    return f"{amount:,}".replace(",", ".")


def decimal_comma(number: Decimal) -> str:
    """A decimal the Vietnamese way, without trailing zeros: 0.50 → "0,5", 3 → "3"."""
    return format(number.normalize(), "f").replace(".", ",")


def format_vnd(amount: int) -> str:
    """An amount as printed on receipts: "15.000 đồng"."""
    return f"{group_thousands(amount)} đồng"
