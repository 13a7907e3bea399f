"""The `desk-app` command: the window by default, and the headless commands an IT officer scripts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desk_app.settings import default_data_dir


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk-app", description="Một Cửa Desk — phần mềm quầy Một cửa.")
    parser.add_argument("--data-dir", type=Path, help="thư mục dữ liệu (cơ sở dữ liệu và settings.toml)")
    commands = parser.add_subparsers(dest="command")
    catalogue = commands.add_parser("catalogue", help="danh mục thủ tục").add_subparsers(dest="action",
                                                                                        required=True)
    catalogue_import = catalogue.add_parser("import", help="nạp danh mục từ tệp JSON")
    catalogue_import.add_argument("file", type=Path)
    dossier = commands.add_parser("dossier", help="hồ sơ").add_subparsers(dest="action", required=True)
    show = dossier.add_parser("show", help="xem một hồ sơ")
    show.add_argument("code")
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    reprint = dossier.add_parser("print", help="in lại phiếu của hồ sơ ra tệp PDF")
    reprint.add_argument("code")
    reprint.add_argument("--out", type=Path, required=True, help="thư mục hoặc tệp PDF đích")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    explicit = args.data_dir is not None
    data_dir = (args.data_dir or default_data_dir()).resolve()
    if args.command is None:
        from desk_app.app import run_gui

        return run_gui(data_dir, explicit)
    from desk_app.domain.errors import DomainError
    from desk_app.services.desk import Desk

    try:
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
    if args.action == "show":
        detail = desk.lookup.get(args.code)
        if args.json:
            print(json.dumps(detail.as_json(), ensure_ascii=False, indent=2))
        else:
            print(f"{detail.code}  {detail.status.label}\n{detail.applicant['full_name']} — "
                  f"{detail.procedure['name']}\nTiếp nhận: {detail.received_at:%H:%M %d/%m/%Y}"
                  + (f"  Hẹn trả: {detail.due_at:%H:%M %d/%m/%Y}" if detail.due_at else ""))
        return 0
    rendered = desk.forms.render(args.code)
    target = args.out / rendered.file_name if args.out.is_dir() else args.out
    target.write_bytes(rendered.pdf)
    print(target)
    return 0
