"""`provincial [--db URL] <command>`: run the server and do the back office's work by hand.

Every command first brings the database to the current schema (cheap when it already is). Errors
are printed in Vietnamese on stderr with exit status 2; nothing is half-done, because each command
is one transaction.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine

from desk_app.domain.appointment import DEFAULT_MINUTES
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError
from provincial.db import ENV_DB, default_url, make_engine
from provincial.errors import ServerError

EXIT_ERROR = 2
# Desks sync every 30 s or so; keeping their connection open across cycles spares a handshake each time.
KEEP_ALIVE_S = 65


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="provincial", description="Hệ thống một cửa cấp tỉnh (máy chủ tham chiếu)")
    parser.add_argument("--db", help="SQLAlchemy URL, e.g. postgresql://user@host/db (default: a SQLite file)")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the desk API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument("--workers", type=int, default=None)

    commands.add_parser("seed", help="sample agencies, officers and catalogue (idempotent)")

    agency = commands.add_parser("agency").add_subparsers(dest="action", required=True)
    agency_add = agency.add_parser("add")
    agency_add.add_argument("code")
    agency_add.add_argument("name")
    agency_add.add_argument("--parent", default="")
    agency_add.add_argument("--place", default="")
    agency_add.add_argument("--office-hours", default=None)

    officer = commands.add_parser("officer").add_subparsers(dest="action", required=True)
    officer_add = officer.add_parser("add", help="the password is read from standard input")
    officer_add.add_argument("--agency", required=True)
    officer_add.add_argument("--username", required=True)
    officer_add.add_argument("--role", required=True, choices=("officer", "supervisor", "admin"))
    officer_add.add_argument("--full-name", default="")
    officer_add.add_argument("--title", default="")

    dossier = commands.add_parser("dossier").add_subparsers(dest="action", required=True)
    show = dossier.add_parser("show")
    show.add_argument("code")
    show.add_argument("--json", action="store_true", required=True)
    listing = dossier.add_parser("list")
    listing.add_argument("--agency", required=True)
    listing.add_argument("--json", action="store_true", required=True)
    advance = dossier.add_parser("advance")
    advance.add_argument("code")
    advance.add_argument("--to", required=True)
    advance.add_argument("--officer", default=None)
    advance.add_argument("--reason", default="")

    catalogue = commands.add_parser("catalogue").add_subparsers(dest="action", required=True)
    catalogue.add_parser("import").add_argument("file")

    calendar = commands.add_parser("calendar").add_subparsers(dest="action", required=True)
    calendar_set = calendar.add_parser("set")
    calendar_set.add_argument("day", type=date.fromisoformat, metavar="DATE")
    kind = calendar_set.add_mutually_exclusive_group(required=True)
    kind.add_argument("--holiday", action="store_true")
    kind.add_argument("--workday", action="store_true")
    calendar_set.add_argument("--note", default="")

    appointment = commands.add_parser("appointment", help="lịch hẹn").add_subparsers(dest="action", required=True)
    book = appointment.add_parser("book", help="a citizen's booking; prints its id")
    book.add_argument("--agency", required=True)
    book.add_argument("--procedure", required=True)
    book.add_argument("--at", required=True, type=_local_instant, metavar="YYYY-MM-DDTHH:MM",
                      help="local time (Asia/Ho_Chi_Minh) unless an offset is given")
    book.add_argument("--minutes", type=int, default=DEFAULT_MINUTES)
    book.add_argument("--name", required=True)
    book.add_argument("--phone", required=True)
    book.add_argument("--id-number", default="")
    book.add_argument("--email", default="")
    book.add_argument("--note", default="")
    book.add_argument("--channel", choices=("online", "phone"), default="online")
    appointment.add_parser("cancel").add_argument("appointment_id", metavar="ID")
    appointment_list = appointment.add_parser("list")
    appointment_list.add_argument("--agency", required=True)
    appointment_list.add_argument("--day", type=date.fromisoformat, metavar="DATE", default=None)
    appointment_list.add_argument("--json", action="store_true", required=True)

    device = commands.add_parser("device").add_subparsers(dest="action", required=True)
    device.add_parser("list").add_argument("--agency", required=True)
    device.add_parser("revoke").add_argument("device_id", metavar="ID")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    url = args.db or os.environ.get(ENV_DB) or default_url()
    engine = make_engine(url, pool_size=2)
    try:
        from provincial.migrate import upgrade_to_head

        upgrade_to_head(engine)
        if args.command == "serve":
            engine.dispose()
            return _serve(url, args.host, args.port, args.workers)
        return _run(engine, args)
    except (ServerError, DomainError) as err:
        print(str(err), file=sys.stderr)
        return EXIT_ERROR
    finally:
        engine.dispose()


def _run(engine: Engine, args: argparse.Namespace) -> int:
    from provincial import backoffice

    with engine.begin() as connection:
        match args.command, getattr(args, "action", None):
            case "seed", _:
                from provincial.seed import seed

                seed(connection)
            case "agency", "add":
                code = backoffice.add_agency(connection, args.code, args.name, args.parent, args.place,
                                             args.office_hours)
                print(code)
            case "officer", "add":
                password = sys.stdin.readline().rstrip("\r\n")
                backoffice.add_officer(connection, args.agency, args.username, password, args.role,
                                       args.full_name, args.title)
            case "dossier", "show":
                _print_json(backoffice.dossier_json(connection, args.code))
            case "dossier", "list":
                _print_json(backoffice.list_dossiers(connection, args.agency))
            case "dossier", "advance":
                backoffice.advance(connection, args.code, args.to, args.officer or backoffice.BACK_OFFICE,
                                   args.reason)
            case "catalogue", "import":
                from desk_app.catalogue_file import read_catalogue_file

                changed, removed = backoffice.import_catalogue(connection, read_catalogue_file(Path(args.file)))
                print(f"{changed} thủ tục mới hoặc thay đổi, {removed} thủ tục bỏ khỏi danh mục")
            case "calendar", "set":
                backoffice.set_calendar_day(connection, args.day, bool(args.workday), args.note)
            case "appointment", "book":
                entry = backoffice.book_appointment(connection, args.agency, args.procedure, args.at, args.minutes,
                                                    args.name, args.phone, args.id_number, args.email, args.note,
                                                    args.channel)
                print(entry.id)
            case "appointment", "cancel":
                backoffice.cancel_appointment(connection, args.appointment_id)
            case "appointment", "list":
                _print_json(backoffice.list_appointments(connection, args.agency, args.day))
            case "device", "list":
                for row in backoffice.list_devices(connection, args.agency):
                    print("\t".join("" if value is None else str(value) for value in row.values()))
            case "device", "revoke":
                from provincial.devices import revoke

                revoke(connection, args.device_id)
    return 0


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _local_instant(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=LOCAL_TZ)


def _serve(url: str, host: str, port: int, workers: int | None) -> int:
    import uvicorn

    if workers and workers > 1:
        os.environ[ENV_DB] = url
        uvicorn.run("provincial.api.app:app_from_env", factory=True, host=host, port=port, workers=workers,
                    log_level="warning", access_log=False, timeout_keep_alive=KEEP_ALIVE_S)
    else:
        from provincial.api.app import create_app

        uvicorn.run(create_app(url), host=host, port=port, log_level="warning", access_log=False,
                    timeout_keep_alive=KEEP_ALIVE_S)
    return 0


if __name__ == "__main__":
    sys.exit(main())
