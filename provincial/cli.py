"""`provincial [--db URL] <command>`: run the server and do the back office's work by hand.

Every command first brings the database to the current schema (cheap when it already is). Errors
are printed in Vietnamese on stderr with exit status 2; nothing is half-done, because each command
is one transaction.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine

from desk_app import cli_words
from desk_app.cli_output import print_json
from desk_app.domain.appointment import Purpose
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.due_date import LOCAL_TZ
from desk_app.domain.errors import DomainError
from desk_app.local_time import in_local_time, local_text
from provincial.db import ENV_DB, default_url, make_engine
from provincial.errors import ServerError

EXIT_ERROR = 2
# Desks sync every 30 s or so; keeping their connection open across cycles spares a handshake each time.
KEEP_ALIVE_S = 65
_AGENCY_HELP = "mã định danh của cơ quan"
_JSON_HELP = "in dạng JSON (cách in duy nhất)"


def build_parser() -> argparse.ArgumentParser:
    cli_words.install()
    parser = argparse.ArgumentParser(prog="provincial", description="Hệ thống một cửa cấp tỉnh (máy chủ tham chiếu)")
    parser.add_argument("--db", metavar="URL",
                        help=f"địa chỉ SQLAlchemy của cơ sở dữ liệu, ví dụ postgresql://user@host/db (mặc định: "
                             f"biến môi trường {ENV_DB}, không có thì một tệp SQLite)")
    commands = parser.add_subparsers(dest="command", required=True, metavar=cli_words.COMMAND)

    serve = commands.add_parser("serve", help="chạy API cho các quầy")
    serve.add_argument("--host", default="127.0.0.1", metavar="ĐỊA_CHỈ",
                       help="địa chỉ lắng nghe (mặc định: %(default)s)")
    serve.add_argument("--port", type=int, default=8470, metavar="CỔNG", help="cổng (mặc định: %(default)s)")
    serve.add_argument("--workers", type=int, default=None, metavar="SỐ", help="số tiến trình phục vụ (mặc định: một)")

    commands.add_parser("seed", help="cơ quan, cán bộ và danh mục mẫu (chạy lại không tạo trùng)")

    agency = cli_words.action_group(commands, "agency", "cơ quan")
    agency_add = agency.add_parser("add", help="thêm một cơ quan; in mã của cơ quan")
    agency_add.add_argument("code", metavar="MÃ", help="mã định danh của cơ quan, ví dụ 000.00.12.H12")
    agency_add.add_argument("name", metavar="TÊN", help="tên cơ quan")
    agency_add.add_argument("--parent", default="", metavar="TÊN", help="tên cơ quan cấp trên")
    agency_add.add_argument("--place", default="", metavar="ĐỊA_DANH", help="địa danh in trên phiếu")
    agency_add.add_argument("--office-hours", default=None, metavar="GIỜ",
                            help="giờ nhận hồ sơ, ví dụ 07:30-11:30,13:30-17:00")

    officer = cli_words.action_group(commands, "officer", "cán bộ")
    officer_add = officer.add_parser("add", help="thêm một cán bộ (mật khẩu đọc từ đầu vào chuẩn)")
    officer_add.add_argument("--agency", required=True, metavar="MÃ", help=_AGENCY_HELP)
    officer_add.add_argument("--username", required=True, metavar="TÊN", help="tên đăng nhập")
    officer_add.add_argument("--role", required=True, choices=("officer", "supervisor", "admin"),
                             help="vai trò: officer (cán bộ), supervisor (người phụ trách), admin (quản trị)")
    officer_add.add_argument("--full-name", default="", metavar="HỌ_TÊN", help="họ và tên (mặc định: tên đăng nhập)")
    officer_add.add_argument("--title", default="", metavar="CHỨC_DANH", help="chức danh")

    dossier = cli_words.action_group(commands, "dossier", "hồ sơ")
    show = dossier.add_parser("show", help="xem một hồ sơ")
    show.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    show.add_argument("--json", action="store_true", required=True, help=_JSON_HELP)
    listing = dossier.add_parser("list", help="các hồ sơ của một cơ quan")
    listing.add_argument("--agency", required=True, metavar="MÃ", help=_AGENCY_HELP)
    listing.add_argument("--json", action="store_true", required=True, help=_JSON_HELP)
    advance = dossier.add_parser("advance", help="chuyển hồ sơ sang bước tiếp theo")
    advance.add_argument("code", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ")
    advance.add_argument("--to", required=True, metavar="TRẠNG_THÁI",
                         help="trạng thái mới: " + ", ".join(status.value for status in DossierStatus))
    advance.add_argument("--officer", default=None, metavar="HỌ_TÊN",
                         help="người chuyển (mặc định: bộ phận giải quyết)")
    advance.add_argument("--reason", default="", metavar="LÝ_DO", help="lý do")

    catalogue = cli_words.action_group(commands, "catalogue", "danh mục thủ tục")
    catalogue.add_parser("import", help="nạp danh mục từ tệp JSON").add_argument(
        "file", metavar="TỆP", help="tệp JSON của danh mục")

    calendar = cli_words.action_group(commands, "calendar", "lịch làm việc")
    calendar_set = calendar.add_parser("set", help="đặt một ngày là ngày nghỉ hoặc ngày làm việc")
    calendar_set.add_argument("day", type=date.fromisoformat, metavar="NGÀY", help="ngày, dạng YYYY-MM-DD")
    kind = calendar_set.add_mutually_exclusive_group(required=True)
    kind.add_argument("--holiday", action="store_true", help="ngày nghỉ")
    kind.add_argument("--workday", action="store_true", help="ngày làm việc (kể cả ngày làm bù)")
    calendar_set.add_argument("--note", default="", metavar="GHI_CHÚ", help="ghi chú")

    appointment = cli_words.action_group(commands, "appointment", "lịch hẹn")
    book = appointment.add_parser("book", help="đặt lịch hẹn cho công dân; in mã lịch hẹn")
    book.add_argument("--agency", required=True, metavar="MÃ", help=_AGENCY_HELP)
    book.add_argument("--procedure", required=True, metavar="MÃ", help="mã thủ tục")
    book.add_argument("--at", required=True, type=_local_instant, metavar="YYYY-MM-DDTHH:MM",
                      help="giờ hẹn, theo giờ địa phương (Asia/Ho_Chi_Minh) nếu không ghi độ lệch múi giờ")
    book.add_argument("--minutes", type=int, default=None, metavar="PHÚT",
                      help="thời lượng, tính bằng phút; nếu ghi phải bằng độ dài khung giờ của lĩnh vực")
    book.add_argument("--purpose", choices=("submit", "collect"), default="submit",
                      help="mục đích: submit (nộp hồ sơ) hoặc collect (nhận kết quả); mặc định: %(default)s")
    book.add_argument("--dossier", default=None, metavar="MÃ_HỒ_SƠ", help="mã hồ sơ, khi hẹn nhận kết quả")
    book.add_argument("--name", required=True, metavar="HỌ_TÊN", help="họ và tên công dân")
    book.add_argument("--phone", required=True, metavar="SỐ", help="số điện thoại")
    book.add_argument("--id-number", default="", metavar="SỐ", help="số định danh cá nhân")
    book.add_argument("--email", default="", metavar="THƯ", help="thư điện tử")
    book.add_argument("--note", default="", metavar="GHI_CHÚ", help="ghi chú")
    book.add_argument("--channel", choices=("online", "phone"), default="online",
                      help="kênh đặt hẹn: online (trực tuyến) hoặc phone (điện thoại); mặc định: %(default)s")
    cancel = appointment.add_parser("cancel", help="hủy một lịch hẹn")
    cancel.add_argument("appointment_id", metavar="SỐ", help="số lịch hẹn (LH26-000123) hoặc mã (ID) của lịch hẹn")
    cancel.add_argument("--reason", default="", metavar="LÝ_DO", help="lý do hủy")
    cancel.add_argument("--agency", default=None, metavar="MÃ", help="cơ quan của số lịch hẹn (khi nhiều cơ quan)")
    schedule = appointment.add_parser("schedule", help="khung giờ nhận hẹn của một cơ quan; in khung giờ đang áp dụng")
    schedule.add_argument("--agency", required=True, metavar="MÃ", help=_AGENCY_HELP)
    schedule.add_argument("--sessions", default=None, metavar="BUỔI", help="các buổi nhận hẹn, như 07:30-11:30,13:30-17:00")
    schedule.add_argument("--minutes", type=int, default=None, metavar="PHÚT", help="độ dài một khung giờ")
    schedule.add_argument("--capacity", type=int, default=None, metavar="SỐ", help="số công dân một khung giờ nhận")
    schedule.add_argument("--field", action="append", default=[], type=_field_rule, metavar="LĨNH_VỰC=PHÚT/SỐ",
                          help="khung riêng của một lĩnh vực, như \"Hộ tịch=20/3\"; ghi nhiều lần cho nhiều lĩnh vực")
    appointment_list = appointment.add_parser("list", help="lịch hẹn của một cơ quan")
    appointment_list.add_argument("--agency", required=True, metavar="MÃ", help=_AGENCY_HELP)
    appointment_list.add_argument("--day", type=date.fromisoformat, metavar="NGÀY", default=None,
                                  help="chỉ một ngày, dạng YYYY-MM-DD (mặc định: mọi ngày)")
    appointment_list.add_argument("--json", action="store_true", required=True, help=_JSON_HELP)

    device = cli_words.action_group(commands, "device", "máy quầy đã đăng ký")
    device.add_parser("list", help="các máy quầy của một cơ quan").add_argument(
        "--agency", required=True, metavar="MÃ", help=_AGENCY_HELP)
    device.add_parser("revoke", help="thu hồi một máy quầy: máy mất quyền truy cập ngay").add_argument(
        "device_id", metavar="ID", help="mã thiết bị")
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
                print_json(backoffice.dossier_json(connection, args.code))
            case "dossier", "list":
                print_json(backoffice.list_dossiers(connection, args.agency))
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
                                                    args.channel, purpose=Purpose(args.purpose),
                                                    dossier_code=args.dossier)
                print(entry.id)
            case "appointment", "cancel":
                backoffice.cancel_appointment(connection, args.appointment_id, reason=args.reason,
                                              agency_code=args.agency)
            case "appointment", "schedule":
                changed = backoffice.set_schedule(connection, args.agency, args.sessions, args.minutes, args.capacity,
                                                  dict(args.field))
                print_json(changed.model_dump(mode="json"))
            case "appointment", "list":
                print_json(backoffice.list_appointments(connection, args.agency, args.day))
            case "device", "list":
                for row in backoffice.list_devices(connection, args.agency):
                    shown = in_local_time(row, local_text)
                    print("\t".join("" if value is None else str(value) for value in shown.values()))
            case "device", "revoke":
                from provincial.devices import revoke

                revoke(connection, args.device_id)
    return 0


def _field_rule(text: str) -> tuple[str, tuple[int, int]]:
    """"Hộ tịch=20/3": the field, its slot length in minutes and its capacity."""
    name, _, rule = text.rpartition("=")
    minutes, _, capacity = rule.partition("/")
    if not name.strip() or not minutes.isdigit() or not capacity.isdigit():
        raise argparse.ArgumentTypeError(f"cần dạng LĨNH_VỰC=PHÚT/SỐ (đã nhập: “{text}”)")
    return name.strip(), (int(minutes), int(capacity))


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
