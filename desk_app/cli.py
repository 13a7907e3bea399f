"""The `desk-app` command: the window by default, and the headless commands an IT officer scripts."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

from desk_app import cli_words
from desk_app.cli_output import print_json
from desk_app.domain.dossier_code import parse_dossier_code
from desk_app.domain.errors import DomainError
from desk_app.domain.handover import RatingLevel
from desk_app.local_time import local_offset, local_text
from desk_app.messages import message_for
from desk_app.private_files import write_whole
from desk_app.settings import LANGUAGES, default_data_dir


FOLDER_COMMANDS = ("backup", "restore", "doctor", "support")
"""Commands that work on the data folder without opening the desk: its database may be damaged or absent."""
_CODE_HELP = "mã hồ sơ, ví dụ 000.00.12.H12-261123-0042"
_FORM_NUMBERS = ("01", "02", "03", "04", "05", "06")


class _Version(argparse.Action):
    """The installed package's version, read only when asked for: the window's start does not pay for it."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="in phiên bản rồi thoát")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from importlib.metadata import version

        print(f"desk-app {version('mot-cua-desk')}")
        parser.exit()


def _parser() -> argparse.ArgumentParser:
    cli_words.install()
    parser = argparse.ArgumentParser(prog="desk-app", description="Một Cửa Desk — phần mềm quầy Một cửa.")
    parser.add_argument("--version", action=_Version)
    parser.add_argument("--data-dir", type=Path, metavar="THƯ_MỤC",
                        help="thư mục dữ liệu (cơ sở dữ liệu và settings.toml)")
    parser.add_argument("--check-start", action="store_true",
                        help="mở cửa sổ rồi đóng ngay, không hỏi gì: kiểm tra một bản cài đặt")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="ngôn ngữ của cửa sổ: vi (tiếng Việt) hoặc en (tiếng Anh); mặc định theo mục "
                             "[ui] language của settings.toml, không có thì tiếng Việt")
    commands = parser.add_subparsers(dest="command", metavar=cli_words.COMMAND)
    catalogue = cli_words.action_group(commands, "catalogue", "danh mục thủ tục")
    catalogue_import = catalogue.add_parser("import", help="nạp danh mục từ tệp JSON")
    catalogue_import.add_argument("file", type=Path, metavar="TỆP", help="tệp JSON của danh mục")
    dossier = cli_words.action_group(commands, "dossier", "hồ sơ")
    show = dossier.add_parser("show", help="xem một hồ sơ")
    show.add_argument("code", metavar="MÃ_HỒ_SƠ", help=_CODE_HELP)
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    reprint = dossier.add_parser("print", help="in lại phiếu của hồ sơ ra tệp PDF")
    reprint.add_argument("code", metavar="MÃ_HỒ_SƠ", help=_CODE_HELP)
    reprint.add_argument("--out", type=Path, required=True, metavar="ĐÍCH", help="thư mục hoặc tệp PDF đích")
    reprint.add_argument("--form", choices=(*_FORM_NUMBERS, "handover", "label"), metavar="MẪU",
                         help="mẫu cần in: 01 đến 06, handover (phiếu bàn giao kết quả) hoặc label (nhãn bưu "
                              "chính); mặc định: phiếu tiếp nhận, yêu cầu bổ sung hoặc từ chối của hồ sơ")
    book = commands.add_parser("book", help="sổ theo dõi hồ sơ (Mẫu 07) ra tệp PDF hoặc .xlsx")
    book.add_argument("--from", dest="first", type=date.fromisoformat, required=True, metavar="YYYY-MM-DD",
                      help="ngày đầu (ngày tiếp nhận)")
    book.add_argument("--to", dest="last", type=date.fromisoformat, required=True, metavar="YYYY-MM-DD",
                      help="ngày cuối")
    book.add_argument("--out", type=Path, required=True, metavar="TỆP", help="tệp .pdf hoặc .xlsx sẽ tạo")
    handover = dossier.add_parser("return", help="trả kết quả cho người nộp hoặc người được ủy quyền")
    handover.add_argument("code", metavar="MÃ_HỒ_SƠ", help=_CODE_HELP)
    handover.add_argument("--id-number", required=True, metavar="SỐ", help="số định danh của người nhận")
    handover.add_argument("--name", default="", metavar="HỌ_TÊN", help="họ tên người nhận thay (khi có --proxy)")
    handover.add_argument("--proxy", action="store_true", help="người nhận là người được ủy quyền")
    handover.add_argument("--authorisation", default="", metavar="GIẤY", help="số, ngày của giấy ủy quyền")
    handover.add_argument("--fees", type=int, default=0, metavar="ĐỒNG", help="số tiền thu thêm khi trả")
    handover.add_argument("--original", action="append", default=[], metavar="GIẤY_TỜ",
                          help="bản chính trả lại (lặp lại cho mỗi giấy tờ)")
    rate = dossier.add_parser("rate", help="ghi đánh giá của người dân sau khi trả kết quả")
    rate.add_argument("code", metavar="MÃ_HỒ_SƠ", help=_CODE_HELP)
    rate.add_argument("--level", required=True, choices=[level.value for level in RatingLevel],
                      help="rất hài lòng, hài lòng hoặc không hài lòng")
    rate.add_argument("--comment", default="", metavar="Ý_KIẾN", help="ý kiến của người dân")
    extend = dossier.add_parser("extend", help="gia hạn hồ sơ trễ hẹn (Mẫu 04), một lần")
    extend.add_argument("code", metavar="MÃ_HỒ_SƠ", help=_CODE_HELP)
    extend.add_argument("--to", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="ngày hẹn trả mới")
    extend.add_argument("--reason", required=True, metavar="LÝ_DO", help="lý do chậm giải quyết")
    brought = dossier.add_parser("papers-brought", help="ghi nhận giấy tờ bổ sung người dân mang đến")
    brought.add_argument("code", metavar="MÃ_HỒ_SƠ", help=_CODE_HELP)
    brought.add_argument("--paper", action="append", required=True, metavar="GIẤY_TỜ",
                         help="giấy tờ mang đến (lặp lại cho mỗi giấy tờ)")
    withdraw = dossier.add_parser("withdraw", help="rút hồ sơ theo đề nghị bằng văn bản của người nộp")
    withdraw.add_argument("code", metavar="MÃ_HỒ_SƠ", help=_CODE_HELP)
    withdraw.add_argument("--reason", required=True, metavar="LÝ_DO", help="lý do rút hồ sơ")
    post = dossier.add_parser("post", help="ghi việc gửi kết quả qua bưu chính")
    post.add_argument("code", metavar="MÃ_HỒ_SƠ", help=_CODE_HELP)
    post.add_argument("--waybill", required=True, metavar="SỐ", help="số vận đơn")
    post.add_argument("--sent-on", type=date.fromisoformat, metavar="YYYY-MM-DD", help="ngày gửi (mặc định: hôm nay)")
    delivered = dossier.add_parser("delivered", help="bưu chính báo đã phát: kết quả đã trả")
    delivered.add_argument("code", metavar="MÃ_HỒ_SƠ", help=_CODE_HELP)
    appointment = cli_words.action_group(commands, "appointment", "lịch hẹn")
    appointments = appointment.add_parser("list", help="lịch hẹn của một ngày")
    appointments.add_argument("--day", type=date.fromisoformat, metavar="YYYY-MM-DD", help="mặc định: hôm nay")
    appointments.add_argument("--json", action="store_true", help="in dạng JSON")
    slip = appointment.add_parser("print", help="in phiếu hẹn ra tệp PDF")
    slip.add_argument("number", metavar="SỐ", help="số lịch hẹn, như LH26-000123")
    slip.add_argument("--out", type=Path, required=True, metavar="ĐÍCH", help="thư mục hoặc tệp PDF đích")
    booking = appointment.add_parser("book", help="đặt lịch hẹn cho công dân; in số lịch hẹn")
    booking.add_argument("--procedure", required=True, metavar="MÃ", help="mã thủ tục")
    booking.add_argument("--at", type=_local_minute, metavar="YYYY-MM-DDTHH:MM",
                         help="giờ hẹn, giờ địa phương (mặc định: khung còn chỗ sớm nhất)")
    booking.add_argument("--name", required=True, metavar="HỌ_TÊN", help="họ và tên công dân")
    booking.add_argument("--phone", required=True, metavar="SỐ", help="số điện thoại")
    booking.add_argument("--id-number", default="", metavar="SỐ", help="số định danh cá nhân")
    booking.add_argument("--purpose", choices=("submit", "collect"), default="submit",
                         help="submit (nộp hồ sơ) hoặc collect (nhận kết quả); mặc định: %(default)s")
    booking.add_argument("--dossier", default="", metavar="MÃ_HỒ_SƠ", help="mã hồ sơ, khi hẹn nhận kết quả")
    booking.add_argument("--note", default="", metavar="GHI_CHÚ", help="ghi chú")
    cancel = appointment.add_parser("cancel", help="hủy một lịch hẹn")
    cancel.add_argument("number", metavar="SỐ", help="số lịch hẹn, như LH26-000123")
    cancel.add_argument("--reason", required=True, metavar="LÝ_DO", help="lý do hủy")
    moved = appointment.add_parser("reschedule", help="dời lịch hẹn sang giờ khác (giữ nguyên số)")
    moved.add_argument("number", metavar="SỐ", help="số lịch hẹn")
    moved.add_argument("--at", required=True, type=_local_minute, metavar="YYYY-MM-DDTHH:MM", help="giờ hẹn mới")
    for action, words in (("arrived", "công dân đã đến"), ("no-show", "công dân không đến")):
        appointment.add_parser(action, help=words).add_argument("number", metavar="SỐ", help="số lịch hẹn")
    free = appointment.add_parser("slots", help="các khung giờ của một ngày và số chỗ còn ở quầy này")
    free.add_argument("--procedure", required=True, metavar="MÃ", help="mã thủ tục")
    free.add_argument("--day", type=date.fromisoformat, metavar="YYYY-MM-DD", help="mặc định: hôm nay")
    free.add_argument("--json", action="store_true", help="in dạng JSON")
    sync = commands.add_parser("sync", help="đồng bộ với hệ thống Một cửa của tỉnh")
    sync.add_argument("--once", action="store_true", help="chạy một lượt đồng bộ rồi thoát")
    sync_actions = sync.add_subparsers(dest="action", metavar=cli_words.ACTION)
    register = sync_actions.add_parser("register", help="đăng ký quầy (mật khẩu đọc từ đầu vào chuẩn)")
    register.add_argument("--server", required=True, metavar="ĐỊA_CHỈ",
                          help="địa chỉ máy chủ tỉnh, ví dụ https://motcua.tinh.gov.vn")
    register.add_argument("--username", required=True, metavar="TÊN", help="tên đăng nhập của cán bộ")
    register.add_argument("--device-name", metavar="TÊN", help="tên quầy (mặc định: tên máy)")
    status = sync_actions.add_parser("status", help="tình trạng đồng bộ")
    status.add_argument("--json", action="store_true", help="in dạng JSON")
    backup = commands.add_parser("backup", help="sao lưu cơ sở dữ liệu và cài đặt vào một tệp (quầy vẫn làm việc)")
    backup.add_argument("--out", type=Path, required=True, metavar="TỆP", help="tệp sao lưu sẽ tạo (.zip)")
    restore = commands.add_parser("restore", help="khôi phục quầy từ một tệp sao lưu")
    restore.add_argument("file", type=Path, metavar="TỆP", help="tệp sao lưu (.zip)")
    restore.add_argument("--force", action="store_true",
                         help="khôi phục cả khi quầy còn thay đổi chưa gửi mà bản sao lưu không có")
    doctor = commands.add_parser("doctor", help="kiểm tra quầy: dữ liệu, quyền tệp, ổ đĩa, khóa bí mật, máy chủ, "
                                                "máy in, phông chữ, sao lưu, đồng bộ")
    doctor.add_argument("--json", action="store_true", help="in dạng JSON")
    support = commands.add_parser("support", help="tạo tệp gửi bộ phận hỗ trợ (không có dữ liệu công dân)")
    support.add_argument("--out", type=Path, required=True, metavar="TỆP", help="tệp .zip sẽ tạo")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "sync" and args.action is None and not args.once:
        parser.error("sync: cần --once, register hoặc status")
    explicit = args.data_dir is not None
    data_dir = (args.data_dir or default_data_dir()).resolve()
    if args.command is not None:
        import logging

        from desk_app import logs

        logs.configure(data_dir, stderr_level=logging.ERROR)
    if args.command is None:
        from desk_app.app import run_gui

        return run_gui(data_dir, explicit, args.check_start, args.lang)
    try:
        if args.command in FOLDER_COMMANDS:
            return _folder_command(data_dir, explicit, args)
        from desk_app.services.desk import Desk

        desk = Desk.open(data_dir, explicit)
        try:
            return _run(desk, args)
        finally:
            desk.close()
    except DomainError as err:
        print(f"Lỗi: {err}", file=sys.stderr)
        return 2


def _run(desk, args: argparse.Namespace) -> int:
    if args.command == "catalogue":
        desk.catalogue.import_file(args.file)
        print(f"Đã nạp {len(desk.catalogue.all())} thủ tục từ {args.file}.")
        return 0
    if args.command == "sync":
        return _sync(desk, args)
    if args.command == "appointment":
        return _appointments(desk, args)
    if args.command == "book":
        return _book(desk, args)
    if args.action in _STEPS:
        step = _STEPS[args.action](desk, str(parse_dossier_code(args.code)), args)
        print(f"{step.code}: {message_for('dossier.step_done', step=_STEP_WORDS[args.action], at=local_text(step.at))}")
        return 0
    if args.action == "show":
        detail = desk.lookup.get(args.code)
        if args.json:
            print_json(detail.as_json())
        else:
            print(f"{detail.code}  {detail.status.label}\n{detail.applicant['full_name']} — "
                  f"{detail.procedure['name']}\nTiếp nhận: {local_text(detail.received_at)}"
                  + (f"  Hẹn trả: {local_text(detail.due_at)}" if detail.due_at else ""))
        return 0
    if args.form is None:
        rendered = desk.forms.render(args.code)
    elif args.form == "handover":
        rendered = desk.forms.render_handover(str(parse_dossier_code(args.code)))
    elif args.form == "label":
        rendered = desk.forms.render_postal_label(str(parse_dossier_code(args.code)))
    else:
        rendered = desk.forms.render_form(str(parse_dossier_code(args.code)), args.form)
    return _write_form(rendered, args.out)


def _write_form(rendered, out: Path) -> int:
    """Into a folder under the form's own file name, or as the file named."""
    target = out / rendered.file_name if out.is_dir() else out
    write_whole(target, rendered.pdf)
    print(target)
    return 0


def _book(desk, args: argparse.Namespace) -> int:
    """The file is made whole before it is written, so a refused period leaves none behind."""
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise DomainError("forms.book_file", field="out", path=str(args.out))
    made = (desk.forms.book_xlsx if suffix == ".xlsx" else desk.forms.book_pdf)(args.first, args.last, desk.clock())
    write_whole(args.out, made)
    print(args.out)
    return 0


def _today(desk) -> date:
    from desk_app.clock import LOCAL_TZ

    return desk.clock().astimezone(LOCAL_TZ).date()


_STEPS = {
    "return": lambda desk, code, a: desk.returns.hand_over(
        code, id_number=a.id_number, name=a.name, by_proxy=a.proxy, authorisation=a.authorisation,
        fees_collected_vnd=a.fees, originals_returned=a.original),
    "rate": lambda desk, code, a: desk.returns.rate(code, a.level, a.comment),
    "extend": lambda desk, code, a: desk.returns.extend(code, a.to, a.reason),
    "papers-brought": lambda desk, code, a: desk.returns.papers_brought(code, a.paper),
    "withdraw": lambda desk, code, a: desk.returns.withdraw(code, a.reason),
    "post": lambda desk, code, a: desk.returns.post(code, a.waybill, a.sent_on or _today(desk)),
    "delivered": lambda desk, code, a: desk.returns.delivered(code),
}
"""The dossier's steps after intake, each one transaction of desk_app/services/returns.py."""
_STEP_WORDS = {"return": "đã trả kết quả", "rate": "đã ghi đánh giá", "extend": "đã gia hạn",
               "papers-brought": "đã nhận hồ sơ bổ sung", "withdraw": "đã rút hồ sơ",
               "post": "đã ghi gửi qua bưu chính", "delivered": "đã trả kết quả qua bưu chính"}


def _folder_command(data_dir: Path, explicit: bool, args: argparse.Namespace) -> int:
    if args.command == "doctor":
        from desk_app.doctor import run_checks

        checks = run_checks(data_dir, explicit)
        if args.json:
            print_json([check.as_json() for check in checks])
        else:
            print("\n".join(check.line() for check in checks))
        return 0 if all(check.ok for check in checks) else 1
    if args.command == "support":
        from desk_app.support import write_support_file

        print(message_for("support.done", path=write_support_file(data_dir, explicit, args.out)))
        return 0
    from desk_app.services.backups import Backups

    backups = Backups.for_folder(data_dir, explicit)
    if args.command == "backup":
        manifest = backups.back_up(args.out)
        print(f"Đã sao lưu {manifest.counts['dossiers']} hồ sơ vào {args.out} "
              f"(lược đồ {manifest.schema_revision}, {local_text(manifest.created_at)}).")
        return 0
    restored = backups.restore(args.file, args.force)
    manifest = restored.manifest
    print(f"Đã khôi phục bản sao lưu lúc {local_text(manifest.created_at)} ({manifest.counts.get('dossiers', 0)} "
          f"hồ sơ) vào {data_dir}."
          + (f" Dữ liệu cũ được giữ ở {restored.set_aside}." if restored.set_aside else "")
          + (f" Đã bỏ {restored.unsynced_dropped} thay đổi chưa gửi (--force)." if restored.unsynced_dropped else ""))
    return 0


def _local_minute(text: str) -> datetime:
    """A local time as the officer writes it; with an offset, that offset."""
    from desk_app.clock import LOCAL_TZ

    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"cần dạng YYYY-MM-DDTHH:MM (đã nhập: “{text}”)") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=LOCAL_TZ)


def _appointments(desk, args: argparse.Namespace) -> int:
    from desk_app.clock import LOCAL_TZ
    from desk_app.domain.appointment import AppointmentStatus, Purpose
    from desk_app.services.appointments import BookingRequest

    if args.action == "print":
        return _write_form(desk.forms.render_booking_slip(args.number), args.out)
    service = desk.appointments
    if args.action == "book":
        booked, _ = service.book(BookingRequest(
            procedure_code=args.procedure, starts_at=args.at, full_name=args.name, phone=args.phone,
            id_number=args.id_number, purpose=Purpose(args.purpose), dossier_code=args.dossier, note=args.note))
        print(booked.number)
        return 0
    if args.action == "cancel":
        service.cancel(args.number, args.reason)
        return 0
    if args.action == "reschedule":
        service.reschedule(args.number, args.at)
        return 0
    if args.action in ("arrived", "no-show"):
        service.mark(args.number, AppointmentStatus.ARRIVED if args.action == "arrived" else AppointmentStatus.NO_SHOW)
        return 0
    day = args.day or desk.clock().astimezone(LOCAL_TZ).date()
    if args.action == "slots":
        views = service.slots(day, args.procedure)
        if args.json:
            print_json([{"at": v.starts_at.isoformat(), "minutes": v.slot.minutes, "capacity": v.slot.capacity,
                         "booked": v.booked, "held": v.held, "free_here": v.free_here,
                         "bookable": v.bookable} for v in views])
        else:
            for v in views:
                print(f"{v.starts_at:%H:%M}  {v.booked}/{v.slot.capacity}  còn {v.free_here} chỗ ở quầy này")
        return 0
    listed = desk.appointments.day(day)
    if args.json:
        print_json([appointment.as_json() for appointment in listed])
        return 0
    print(f"Lịch hẹn ngày {day:%d/%m/%Y}: {len(listed)} (múi giờ {local_offset(day)})")
    for a in listed:
        print(f"{a.starts_at:%H:%M}–{a.ends_at:%H:%M}  {a.applicant_name}  {a.applicant_phone}  "
              f"{a.procedure_name}  [{a.status.label}]")
    return 0


def _sync(desk, args: argparse.Namespace) -> int:
    """`sync --once` exits 0 only when the outbox is empty and the feed pulled; 1 otherwise, with
    the reason on stderr (rejected changes are listed but do not fail the run: they wait for the officer)."""
    if args.action == "register":
        import socket

        password = sys.stdin.readline().rstrip("\r\n")
        result = desk.sync.register(args.server, args.username, password, args.device_name or socket.gethostname())
        print(f"Đã đăng ký quầy với {args.server}: {result.agency_name} ({result.agency_code}), "
              f"cán bộ {result.officer_name}, số dự phòng {result.reserve_first}–{result.reserve_last}.")
        return 0
    if args.action == "status":
        status = desk.sync.status()
        if args.json:
            print_json(status.as_json())
        else:
            print(f"Máy chủ: {status.server_url or 'chưa đăng ký'}\nĐang chờ gửi: {status.pending}\n"
                  f"Bị từ chối: {status.problems}\nLần đồng bộ tốt gần nhất: "
                  f"{local_text(status.last_success) if status.last_success else 'chưa có'}"
                  + (f"\nLỗi: {status.last_error}" if status.last_error else ""))
        return 0
    report = desk.sync.run_once()
    print(f"Đã gửi {report.pushed} thay đổi ({report.duplicates} đã có trên máy chủ), nhận {report.pulled} "
          f"cập nhật, xin thêm {report.leased} số hồ sơ; còn chờ gửi {report.pending}.")
    for warning in report.warnings:
        print(f"Cảnh báo: {warning}", file=sys.stderr)
    for problem in desk.sync.problems():
        print(f"Bị từ chối: {problem.dossier_code or problem.op_id}: {problem.reason}", file=sys.stderr)
    if not report.ok:
        print(f"Lỗi: {report.error or message_for('sync.pending', count=report.pending)}", file=sys.stderr)
        return 1
    return 0
