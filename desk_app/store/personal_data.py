"""The citizens' personal details the desk holds, looked up so that they can be kept out of what
leaves the desk (the support file): names, ID numbers, phones, addresses and e-mail addresses."""

from __future__ import annotations

from typing import Iterable

from desk_app.store.database import IN_LIST, Connection, list_param

DOSSIER_COLUMNS = ("applicant_name", "applicant_name_folded", "applicant_id_number", "applicant_phone",
                   "applicant_address", "applicant_email")
APPOINTMENT_COLUMNS = ("applicant_name", "applicant_id_number", "applicant_phone", "applicant_email")
SHORTEST = 3
"""Shorter values (a one-letter name part) would mask half of any text and say nothing of a person."""


def personal_values(connection: Connection, codes: Iterable[str], recent: int) -> set[str]:
    """The details of the dossiers named by `codes`, and of the `recent` latest dossiers and bookings;
    phone numbers also as bare digits, as a log might write them."""
    rows = connection.execute(
        f"SELECT {', '.join(DOSSIER_COLUMNS)} FROM dossiers WHERE code {IN_LIST} "
        "OR id IN (SELECT id FROM dossiers ORDER BY id DESC LIMIT ?)", (list_param(codes), recent)).fetchall()
    rows += connection.execute(
        f"SELECT {', '.join(APPOINTMENT_COLUMNS)} FROM appointments ORDER BY updated_at DESC LIMIT ?",
        (recent,)).fetchall()
    values = {str(value) for row in rows for value in row if value}
    values |= {"".join(c for c in value if c.isdigit()) for value in values if value.startswith(("0", "+84"))}
    return {value for value in values if len(value) >= SHORTEST}
