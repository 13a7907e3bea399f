"""Why a number this desk printed is never printed again, whatever database is put back under it.

Three cases, told apart when the desk opens (`reconcile`), by the journal id the database keeps
(sync_state `numbers_journal`) against the folder's journal (`store.issued_numbers`):

1. The database is the one the journal has covered (the usual open, or a backup of this folder
   restored into it): every number it could lack is in the journal, and numbers are taken above
   the journal's mark for their series. Nothing to do; this holds offline.
2. A database from before the journal existed, never restored: its own counters are the truth;
   the journal starts covering it.
3. Anything else (a backup restored into another folder, a database copied in by hand, a journal
   lost): numbers printed after the copy was taken are known to nobody here. For the days from the
   copy's day to today, every number the database still holds is burnt: a registered desk drops
   its leases and its reserve slice of those days and prints again only from leases the server
   grants from now on (the server never leases a number twice, and its allocation is past every
   number pushed to it); a desk that works alone cannot ask anyone, so it prints no new code for
   those days at all and starts again the next day, when nothing can have been printed yet.
   Until then a save is refused with a message that says why (`refusal`).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from desk_app.clock import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.store import booking_places, code_blocks, sync_state_repo
from desk_app.store.database import Connection, Database
from desk_app.store.issued_numbers import IssuedNumbers

JOURNAL_KEY = "numbers_journal"
"""sync_state: the id of the journal that has covered this database."""
RESTORED_KEY = "restored_from_backup_at"
"""sync_state: set by a restore to the time the backup was taken, until the next open reconciles."""
BURNT_FROM, BURNT_THROUGH = "numbers_burnt_from", "numbers_burnt_through"
LAST_SEQUENCE = 9999
OLDEST_DOUBT_DAYS = 400
"""A copy older than that is burnt from this many days back: no clock goes back further."""


def dossier_series(agency_code: str, day: date) -> str:
    return f"dossier/{agency_code}/{day.isoformat()}"


def book_series(year: int) -> str:
    return f"book/{year}"


def booking_series(year: int) -> str:
    """The booking numbers (LH<yy>-NNNNNN) of one year's counter."""
    return f"booking/{year}"


def reconcile(database: Database, journal: IssuedNumbers, today: date, profile_agency: str) -> None:
    """Bring a database and the folder's journal together before any number is taken (see above)."""
    with database.read() as connection:
        if sync_state_repo.get(connection, JOURNAL_KEY) == journal.journal_id:
            return
    with database.write() as connection:
        state = sync_state_repo.read_all(connection)
        restored_at = state.get(RESTORED_KEY)
        if state.get(JOURNAL_KEY) is not None or restored_at is not None:
            first = _first_doubtful_day(connection, restored_at, today)
            _burn(connection, journal, first, today, profile_agency)
            sync_state_repo.put(connection, {BURNT_FROM: first.isoformat(), BURNT_THROUGH: today.isoformat()})
        sync_state_repo.put(connection, {JOURNAL_KEY: journal.journal_id, RESTORED_KEY: None})


def refusal(connection: Connection, day: date, leases_would_help: bool) -> DomainError | None:
    """Why no number is left for `day`, when the reason is a database the journal did not cover:
    fresh leases help a registered desk, except on days burnt whole while it worked alone."""
    state = sync_state_repo.read_all(connection)
    if not state.get(BURNT_FROM) or not state[BURNT_FROM] <= day.isoformat() <= state[BURNT_THROUGH]:
        return None
    if leases_would_help:
        return DomainError("dossier_code.after_restore", field=None, day=day.strftime("%d/%m/%Y"))
    return DomainError("dossier_code.after_restore_alone", field=None, day=day.strftime("%d/%m/%Y"))


def _first_doubtful_day(connection: Connection, restored_at: str | None, today: date) -> date:
    """The day the copy was taken: the backup's own time, else the last dossier it holds."""
    stamp = restored_at or connection.execute("SELECT MAX(received_at) FROM dossiers").fetchone()[0]
    first = datetime.fromisoformat(stamp).astimezone(LOCAL_TZ).date() if stamp else today
    return max(min(first, today), today - timedelta(days=OLDEST_DOUBT_DAYS))


def _burn(connection: Connection, journal: IssuedNumbers, first: date, last: date, profile_agency: str) -> None:
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    registration = sync_state_repo.registration(connection)
    booking_places.burn_numbers(connection)
    if registration is not None:
        code_blocks.burn(connection, registration.agency_code, days, registration.reserve)
        return
    agencies = {profile_agency} | {row[0] for row in connection.execute(
        "SELECT DISTINCT agency_code FROM sequence_counters WHERE day >= ?", (first.isoformat(),))}
    journal.record({dossier_series(agency, day): LAST_SEQUENCE for agency in agencies if agency for day in days})
