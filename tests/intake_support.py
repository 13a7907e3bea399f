"""The test commune desk's settings and a ready-to-save intake request, shared by the service, CLI,
sync, crash and benchmark code."""

from __future__ import annotations

from datetime import datetime, timedelta

from desk_app.clock import LOCAL_TZ
from desk_app.domain.catalogue import RequiredDocument
from desk_app.domain.papers import Given, Paper
from desk_app.services.intake import IntakeRequest

# A Monday morning in office hours; the next day (24/11/2026) is a public holiday.
MONDAY_MORNING = datetime(2026, 11, 23, 9, 15, tzinfo=LOCAL_TZ)

DESK_SETTINGS = """\
# Settings of a commune desk used by the tests.
[desk]
agency_code = "000.00.12.H12"
agency_name = "Trung tâm Phục vụ hành chính công xã Đông Hưng"
parent_agency_name = "Ủy ban nhân dân tỉnh Hưng Yên"
place_name = "Đông Hưng"
officer_name = "Trần Văn Bình"
officer_title = "Công chức Bộ phận Một cửa"
lookup_url = "https://dichvucong.hungyen.gov.vn/tra-cuu"
"""

APPLICANT = {
    "full_name": "Nguyễn Thị Thu Hằng",
    "id_number": "034190012345",
    "birth_date": "05/03/1990",
    "sex": "female",
    "address": "Thôn Đông, xã Đông Hưng, tỉnh Hưng Yên",
    "phone": "0912 345 678",
    "email": "hang.nguyen@example.vn",
}


def register_locally(desk, reserve=(9100, 9101), agency: str = "000.00.12.H12") -> None:
    """What a registration leaves in the desk's database, without a server: leases are then added by hand."""
    from desk_app.store import sync_state_repo

    with desk.database.write() as connection:
        sync_state_repo.put(connection, {"server_url": "http://127.0.0.1:1", "device_id": "d-1",
                                         "agency_code": agency, "reserve_first": str(reserve[0]),
                                         "reserve_last": str(reserve[1])})


def paper_of(document: RequiredDocument, received: bool) -> Paper:
    """The officer's tick on a paper of the list: handed in (or shown, for a paper only shown)."""
    given = (Given.SHOWN if document.shown else Given.HANDED) if received else Given.NONE
    return Paper(document, given, case_applies=received and bool(document.case),
                 return_original=received and document.return_original)


def request_for(desk, code: str = "1.001193", received: bool = True, **overrides) -> IntakeRequest:
    """Every document of the procedure handed in (or none, with received=False)."""
    procedure = desk.catalogue.get(code)
    documents = tuple(paper_of(d, received and not d.case) for d in procedure.documents)
    values = {**APPLICANT, "procedure_code": code, "documents": documents, **overrides}
    return IntakeRequest(**values)


def back_office_moves(desk, code: str, *targets: str, at: datetime | None = None) -> None:
    """The back office's moves of a dossier, as the feed brings them to the desk."""
    from desk_app.store import dossier_repo
    from desk_app.sync import wire
    from desk_app.sync.feed import apply_page

    with desk.database.write() as connection:
        current = dossier_repo.fetch_by_code(connection, code).status
        entries = []
        for number, target in enumerate(targets):
            moved_at = (at or desk.clock()).replace(microsecond=0) + timedelta(seconds=number)
            entries.append(wire.FeedEntry(kind="dossier.status", key=code, data={
                "code": code, "status_from": current, "status_to": target, "at": moved_at.isoformat(),
                "officer": "Bộ phận giải quyết"}))
            current = target
        applied = apply_page(connection, entries)
    assert applied.set_aside == 0


def working_day_after(desk, day, days: int):
    """The first working day at least `days` after `day`: a date an extension may name."""
    later = day + timedelta(days=days)
    while not desk.calendar.is_working_day(later):
        later += timedelta(days=1)
    return later
