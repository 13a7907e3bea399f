"""The date and time a result is due (ngày hẹn trả kết quả).

The count starts when the desk is next open to receive: now, inside a session; the next session's
opening; or the next working day's after the procedure's cut-off ("after 15:00", to the minute the
receipt prints) or after hours. From there, as provinces promise results:

- A procedure solved within the day (0 days) is due by the end of the day its count starts on (the
  close of its last session): received at 10:00, it is due at 17:00, not at 10:00; received after
  the cut-off or after hours, by the end of the next working day, never at its opening.
- Whole working days keep the clock: received on Monday at 9:00 with 3 days, due on Thursday at
  9:00, skipping weekends and holidays and honouring make-up Saturdays. Working time is laid on a
  line where each working day is one unit and each session an equal share of it; a result that
  would fall at the very opening of a session is promised at the close of the session before it.
- Fractions of a day count in sessions (buổi), rounded up: half a day received in the morning is
  due at the end of the afternoon, received in the afternoon at the end of the next morning; a
  session whose opening the count starts at counts whole. It is never earlier than the whole days
  below it would be (half a day is never sooner than "within the day"), nor later than the next
  whole day: more time never means an earlier promise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

from desk_app.domain.errors import DomainError
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_MICROSECONDS_PER_SECOND = 1_000_000


@dataclass(frozen=True)
class DuePlan:
    received_at: datetime
    counted_from: datetime
    due_at: datetime


def compute_due(
    received_at: datetime,
    processing_days: Decimal | float | int,
    calendar: WorkingCalendar,
    hours: OfficeHours,
    cutoff: time | None = None,
    tz: ZoneInfo = LOCAL_TZ,
) -> DuePlan:
    """When the count starts and when the result is due, both aware in `tz`."""
    if received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    days = _as_fraction(processing_days)
    received = received_at.astimezone(tz)
    counted_day, session, opening = _counted_from(received, calendar, hours, cutoff)
    counted_from = received if opening is None else datetime.combine(counted_day, opening, tz)
    end_of_day = datetime.combine(counted_day, hours.sessions[-1][1], tz)
    if days == 0:
        return DuePlan(received, counted_from, end_of_day)
    in_whole_days = _on_the_line(counted_day, session, counted_from, Fraction(math.ceil(days)), calendar, hours, tz)
    if days.denominator == 1:
        return DuePlan(received, counted_from, in_whole_days)
    whole_session = counted_from.time() == hours.sessions[session][0]
    sessions = math.ceil(days * len(hours.sessions)) - (1 if whole_session else 0)
    in_sessions = _session_close(counted_day, session + sessions, calendar, hours, tz)
    fewer_days = math.floor(days)
    at_least = end_of_day if fewer_days == 0 else _on_the_line(
        counted_day, session, counted_from, Fraction(fewer_days), calendar, hours, tz)
    return DuePlan(received, counted_from, min(max(in_sessions, at_least), in_whole_days))


def _session_close(day: date, index: int, calendar: WorkingCalendar, hours: OfficeHours, tz: ZoneInfo) -> datetime:
    """The close of the index-th session counted from the first session of `day`."""
    whole, session = divmod(index, len(hours.sessions))
    return datetime.combine(calendar.add_working_days(day, whole), hours.sessions[session][1], tz)


def _on_the_line(counted_day: date, session: int, counted_from: datetime, days: Fraction, calendar: WorkingCalendar,
                 hours: OfficeHours, tz: ZoneInfo) -> datetime:
    """`days` of working time laid on the line from `counted_from`, in session `session` of
    `counted_day`. Positions are counted in sessions, exactly, with integers: the processing time is
    n * days sessions, and the share of a session is measured in microseconds of that session."""
    n = len(hours.sessions)
    start, end = hours.sessions[session]
    length = _length(start, end)
    steps, rest = divmod(
        _length(start, counted_from.time()) * days.denominator + n * days.numerator * length,
        length * days.denominator,
    )
    if rest == 0:
        whole, due_session = divmod(session + steps - 1, n)
        due_time = hours.sessions[due_session][1]
    else:
        whole, due_session = divmod(session + steps, n)
        start, end = hours.sessions[due_session]
        due_time = _add_microseconds(start, rest * _length(start, end) // (length * days.denominator))
    return datetime.combine(calendar.add_working_days(counted_day, whole), due_time, tz)


def _as_fraction(processing_days: Decimal | float | int) -> Fraction:
    """Exact arithmetic, so that whole days land on the very same minute they started from."""
    if isinstance(processing_days, bool):
        finite = False
    elif isinstance(processing_days, Decimal):
        finite = processing_days.is_finite()
    else:
        finite = math.isfinite(processing_days)
    if not finite or processing_days < 0:
        raise DomainError("procedure.processing_days", field="processing_days", value=str(processing_days))
    if isinstance(processing_days, float):
        return Fraction(repr(processing_days))
    return Fraction(processing_days)


def _counted_from(
    received: datetime, calendar: WorkingCalendar, hours: OfficeHours, cutoff: time | None,
) -> tuple[date, int, time | None]:
    """The day the count starts, the index of its session, and the opening of that session it
    starts at (None when it starts at reception itself, inside the session)."""
    day, moment = received.date(), received.time()
    if calendar.is_working_day(day) and (cutoff is None or moment.replace(second=0, microsecond=0) <= cutoff):
        for index, (start, end) in enumerate(hours.sessions):
            if moment < start:
                return day, index, start
            if moment < end:
                return day, index, None
    return calendar.next_working_day(day), 0, hours.sessions[0][0]


def _length(start: time, end: time) -> int:
    """Microseconds from one time of day to a later one."""
    return (
        (end.hour - start.hour) * 3600 + (end.minute - start.minute) * 60 + end.second - start.second
    ) * _MICROSECONDS_PER_SECOND + end.microsecond - start.microsecond


def _add_microseconds(start: time, microseconds: int) -> time:
    return (datetime.combine(date.min, start) + timedelta(microseconds=microseconds)).time()
