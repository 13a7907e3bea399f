"""The benchmark desk: 1,000,000 dossiers and 2,000 procedures, built once and cached.

The figures in the README are promises about a desk that has worked for years, not about a fresh
one: a type-ahead over 49 procedures or a lookup over a hundred dossiers proves nothing. Building
that desk through `desk.intake.submit` would take hours, so the schema comes from the app itself
(`Desk.open` runs the migrations, `desk.catalogue.import_file` loads the catalogue) and only the
dossier rows are bulk-inserted with sqlite3, in one transaction, with the durability the app
insists on switched off for the build alone. The folded-name index is filled by rebuilding the
FTS5 table once after the load (faster than letting the insert trigger index row by row: see
`_load_dossiers`), and the trigger is put back exactly as the migration wrote it (its SQL is read
from sqlite_master before it is dropped).

The data is deterministic for a given build day (one seeded generator per chunk): names drawn from
the common Vietnamese family, middle and given names with their real frequencies, dossier codes
`<agency>-<yymmdd>-<NNNN>` numbered per working day over the three years before the build day, ID
numbers that agree with the birth year and sex, and the sequence and book counters left where the
desk would have left them, so a dossier saved today gets the next free code. One dossier in a
hundred carries its document lines and intake event (no figure reads them; they give those
tables a realistic depth), and the outbox is empty, as on a desk whose changes the province has
taken.

Run it alone with `python tests/perf/dataset.py` (add `--force` to rebuild).
"""

from __future__ import annotations

import bisect
import hashlib
import json
import multiprocessing
import os
import random
import shutil
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from datetime import time as clock_time
from decimal import Decimal
from itertools import accumulate
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from desk_app.clock import LOCAL_TZ
from desk_app.domain.catalogue import Procedure, procedure_to_dict
from desk_app.domain.dossier_code import format_dossier_code
from desk_app.domain.due_date import compute_due
from desk_app.domain.text import fold
from desk_app.domain.working_calendar import OfficeHours, WorkingCalendar
from desk_app.catalogue_file import read_catalogue_file, sample_catalogue_path
from desk_app.services.desk import Desk
from desk_app.store.database import DATABASE_FILE
from desk_app.store.revision import HEAD_REVISION

DOSSIERS = 1_000_000
PROCEDURES = 2_000
YEARS = 3
DOCUMENTED_EVERY = 100
"""One dossier in this many gets its document lines and intake event."""
CHUNK = 25_000
SEED = 20261123
SEQUENCE_LAST = 8999
"""The end of the desk's block of daily sequence numbers (settings' default `sequence_block`)."""

DATA_ROOT = Path(__file__).resolve().parent / ".data"
DESK_DIR = DATA_ROOT / "desk"
MARKER = DATA_ROOT / "dataset.json"

AGENCY_CODE = "000.00.12.H12"
AGENCY_NAME = "Trung tâm Phục vụ hành chính công xã Đông Hưng"
PARENT_AGENCY_NAME = "Ủy ban nhân dân tỉnh Hưng Yên"
PLACE_NAME = "Đông Hưng"
LOOKUP_URL = "https://dichvucong.hungyen.gov.vn/tra-cuu"
DESK_SETTINGS = f"""\
# The benchmark desk (tests/perf/dataset.py): a provincial commune centre after three busy years.
[desk]
agency_code = "{AGENCY_CODE}"
agency_name = "{AGENCY_NAME}"
parent_agency_name = "{PARENT_AGENCY_NAME}"
place_name = "{PLACE_NAME}"
officer_name = "Trần Văn Bình"
officer_title = "Công chức Bộ phận Một cửa"
lookup_url = "{LOOKUP_URL}"
"""

# Family names with their approximate share of the population (per cent).
FAMILY_NAMES = (
    ("Nguyễn", 38.0), ("Trần", 11.0), ("Lê", 9.5), ("Phạm", 7.1), ("Hoàng", 3.3), ("Huỳnh", 1.8),
    ("Phan", 4.5), ("Vũ", 2.6), ("Võ", 1.3), ("Đặng", 2.1), ("Bùi", 2.0), ("Đỗ", 1.4), ("Hồ", 1.3),
    ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.5), ("Đào", 0.4), ("Đoàn", 0.4), ("Đinh", 0.4),
    ("Trịnh", 0.3), ("Trương", 0.3), ("Mai", 0.3), ("Hà", 0.3), ("Lương", 0.2), ("Cao", 0.2),
    ("Lâm", 0.2), ("Phùng", 0.2), ("Vương", 0.2), ("Tạ", 0.1), ("Tô", 0.1), ("Quách", 0.1),
    ("Chu", 0.1), ("Kiều", 0.1), ("Lại", 0.1), ("Triệu", 0.1), ("Thái", 0.1), ("Khúc", 0.05),
    ("Nghiêm", 0.05), ("Hứa", 0.05), ("La", 0.05),
)
MIDDLE_NAMES = {
    "male": (("Văn", 40), ("Đức", 10), ("Minh", 9), ("Quang", 6), ("Hữu", 6), ("Công", 5), ("Đình", 4),
             ("Thanh", 4), ("Xuân", 3), ("Ngọc", 3), ("Mạnh", 2), ("Hoàng", 3), ("Trọng", 3), ("Duy", 3),
             ("Thế", 3), ("Quốc", 3), ("Bá", 2), ("Tiến", 2), ("Gia", 2), ("Anh", 2), ("Nhật", 2)),
    "female": (("Thị", 50), ("Ngọc", 8), ("Thu", 6), ("Thanh", 6), ("Minh", 4), ("Hồng", 4), ("Phương", 4),
               ("Kim", 3), ("Thùy", 3), ("Bảo", 2), ("Mai", 2), ("Hải", 2), ("Khánh", 2), ("Bích", 2),
               ("Quỳnh", 2), ("Mỹ", 2), ("Diệu", 1), ("Lan", 1), ("Hoài", 1), ("Tuyết", 1)),
}
# A second middle name, as in "Nguyễn Thị Thu Hằng" or "Trần Văn Minh Đức".
SECOND_MIDDLE = {
    "male": ("Minh", "Quang", "Anh", "Đức", "Hoàng", "Thanh", "Tuấn", "Xuân", "Hải", "Nam"),
    "female": ("Thu", "Thanh", "Minh", "Ngọc", "Hồng", "Phương", "Kim", "Thùy", "Mai", "Bích"),
}
GIVEN_NAMES = {
    "male": ("An", "Anh", "Bảo", "Bình", "Cường", "Chiến", "Công", "Dũng", "Duy", "Dương", "Đạt", "Đức",
             "Định", "Giang", "Hải", "Hào", "Hiếu", "Hiển", "Hiệp", "Hòa", "Hoàng", "Huy", "Hùng", "Hưng",
             "Khang", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lộc", "Lợi", "Mạnh", "Minh", "Nam", "Nghĩa",
             "Nguyên", "Nhân", "Phát", "Phong", "Phúc", "Quân", "Quang", "Quý", "Sơn", "Tài", "Tâm",
             "Thắng", "Thành", "Thịnh", "Thông", "Tiến", "Toàn", "Trí", "Trung", "Trường", "Tuấn", "Tùng",
             "Việt", "Vinh", "Vũ", "Thái", "Tú", "Hậu", "Khải", "Lực", "Sang", "Thiện", "Vĩnh", "Hoan"),
    "female": ("An", "Anh", "Ánh", "Bích", "Châu", "Chi", "Diệp", "Dung", "Duyên", "Giang", "Hà", "Hạnh",
               "Hằng", "Hân", "Hiền", "Hoa", "Hòa", "Hồng", "Huệ", "Hương", "Hường", "Huyền", "Lan", "Linh",
               "Loan", "Ly", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung", "Nhi", "Oanh", "Phương", "Quyên",
               "Quỳnh", "Thảo", "Thanh", "Thơ", "Thu", "Thủy", "Thúy", "Trang", "Trâm", "Uyên", "Vân", "Vy",
               "Xuân", "Yến", "Tâm", "Tuyết", "Liên", "Lý", "Hậu", "Nhàn", "Thắm", "Hiên", "Lụa", "Hoài"),
}
HAMLETS = ("Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "An Lạc", "Phú Mỹ", "Tân Tiến", "Đồng Tâm",
           "Quyết Thắng", "Hòa Bình", "Thống Nhất", "Lạc Dục", "Bình Minh")
COMMUNES = ("Đông Hưng", "Tiên Hưng", "Nam Đông Hưng", "Bắc Đông Hưng", "Đông Quan", "Thái Bình", "Trà Lý",
            "Quỳnh Phụ", "Hưng Hà", "Kiến Xương", "Vũ Thư", "Tiền Hải", "Phố Hiến", "Mỹ Hào", "Khoái Châu")
STREETS = ("Lý Bôn", "Trần Hưng Đạo", "Lê Lợi", "Hai Bà Trưng", "Quang Trung", "Nguyễn Trãi", "Lê Quý Đôn",
           "Phạm Ngũ Lão", "Điện Biên", "Minh Khai")
# Birth provinces on ID numbers: mostly the desk's province and its neighbours.
ID_PROVINCES = (("033", 55), ("034", 20), ("030", 4), ("035", 4), ("036", 4), ("001", 5), ("022", 2),
                ("031", 2), ("037", 2), ("038", 1), ("079", 1))
MOBILE_PREFIXES = ("032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "070", "076",
                   "077", "078", "079", "081", "082", "083", "084", "085", "086", "088", "089", "090",
                   "091", "093", "094", "096", "097", "098", "099")
EMAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hungyen.gov.vn")
OFFICERS = (("Trần Văn Bình", "Công chức Bộ phận Một cửa"), ("Nguyễn Thị Lan", "Công chức Tư pháp - Hộ tịch"),
            ("Phạm Quang Huy", "Công chức Địa chính - Xây dựng"), ("Lê Thị Thu Trang", "Công chức Văn hóa - Xã hội"))
SUPPLEMENT_REASONS = ("Thiếu giấy chứng sinh bản chính", "Tờ khai chưa có chữ ký của người yêu cầu",
                      "Bản sao giấy tờ không rõ nét, đề nghị nộp bản sao có chứng thực",
                      "Thiếu văn bản ủy quyền có chứng thực")
REFUSAL_REASONS = ("Thủ tục thuộc thẩm quyền của cơ quan khác", "Người yêu cầu không xuất trình được giấy tờ tùy thân",
                   "Yêu cầu không thuộc phạm vi giải quyết của cấp xã")
# Share (per cent) of the dossiers each sample procedure takes; chứng thực and hộ tịch fill a commune desk.
SAMPLE_SHARES = {"2.000815": 30, "2.000884": 9, "1.001193": 7, "1.004873": 5, "1.004194": 4, "1.004222": 3,
                 "1.000894": 2.5, "1.000656": 2, "2.000635": 3, "1.013831": 3, "1.012783": 2, "2.001035": 2,
                 "1.010041": 2, "1.003677": 1.5, "2.001195": 1.5}
OTHER_SAMPLE_SHARE = 0.3
VARIANTS_SHARE = 8.0
"""All generated procedures together: the long tail an imported provincial catalogue brings."""

VARIANT_QUALIFIERS = (" có yếu tố nước ngoài", " lưu động", " trên môi trường điện tử", " thực hiện liên thông",
                      " cho người đang cư trú ở nước ngoài", " theo thủ tục rút gọn", " (cấp tỉnh)",
                      " đối với trường hợp ủy quyền")
VARIANT_OBJECTS = (
    ("Xây dựng", ("Cấp", "Điều chỉnh", "Gia hạn", "Cấp lại"), "giấy phép xây dựng nhà ở riêng lẻ"),
    ("Xây dựng", ("Cấp", "Gia hạn", "Điều chỉnh"), "giấy phép sửa chữa, cải tạo công trình"),
    ("Xây dựng", ("Cấp", "Gia hạn"), "giấy phép xây dựng có thời hạn"),
    ("Xây dựng", ("Thẩm định", "Phê duyệt"), "báo cáo kinh tế - kỹ thuật đầu tư xây dựng"),
    ("Đất đai", ("Đăng ký", "Xác nhận"), "biến động về sử dụng đất do đổi tên"),
    ("Đất đai", ("Cấp lại", "Đính chính"), "Giấy chứng nhận quyền sử dụng đất do bị mất"),
    ("Đất đai", ("Giải quyết", "Hòa giải"), "tranh chấp đất đai"),
    ("Đất đai", ("Chuyển mục đích sử dụng", "Gia hạn sử dụng"), "đất nông nghiệp"),
    ("Đất đai", ("Xóa", "Đăng ký"), "thế chấp quyền sử dụng đất, tài sản gắn liền với đất"),
    ("Hộ tịch", ("Đăng ký", "Ghi vào Sổ hộ tịch"), "việc nuôi con nuôi trong nước"),
    ("Hộ tịch", ("Đăng ký", "Ghi vào Sổ hộ tịch"), "việc ly hôn đã được giải quyết ở nước ngoài"),
    ("Hộ tịch", ("Cấp", "Cấp lại"), "bản sao trích lục kết hôn"),
    ("Hộ tịch", ("Đăng ký", "Xác nhận"), "việc giám sát việc giám hộ"),
    ("Chứng thực", ("Chứng thực", "Sửa lỗi sai sót trong"), "hợp đồng, giao dịch"),
    ("Chứng thực", ("Chứng thực",), "hợp đồng mua bán nhà ở"),
    ("Chứng thực", ("Chứng thực", "Sửa đổi, bổ sung, hủy bỏ"), "hợp đồng thế chấp tài sản"),
    ("Chứng thực", ("Chứng thực",), "văn bản khai nhận di sản"),
    ("Chứng thực", ("Chứng thực",), "văn bản từ chối nhận di sản"),
    ("Cư trú", ("Đăng ký", "Xác nhận"), "thường trú cho người chưa thành niên"),
    ("Cư trú", ("Khai báo", "Xác nhận"), "thông tin về cư trú đối với người không đủ điều kiện đăng ký"),
    ("Cư trú", ("Đăng ký", "Gia hạn"), "tạm trú cho người nước ngoài"),
    ("Bảo trợ xã hội", ("Thực hiện", "Điều chỉnh", "Thôi hưởng"), "trợ cấp xã hội hàng tháng cho người cao tuổi"),
    ("Bảo trợ xã hội", ("Xác định", "Xác định lại"), "mức độ khuyết tật"),
    ("Bảo trợ xã hội", ("Cấp", "Cấp đổi", "Cấp lại"), "Giấy xác nhận khuyết tật"),
    ("Bảo trợ xã hội", ("Hỗ trợ",), "khẩn cấp đối với trẻ em có nhà bị sập, cháy, hư hỏng nặng"),
    ("Bảo trợ xã hội", ("Công nhận", "Xét duyệt"), "hộ nghèo, hộ cận nghèo phát sinh trong năm"),
    ("Bảo trợ xã hội", ("Đăng ký", "Giải thể"), "thành lập cơ sở trợ giúp xã hội ngoài công lập"),
    ("Người có công", ("Giải quyết",), "chế độ ưu đãi đối với thân nhân liệt sĩ"),
    ("Người có công", ("Cấp", "Cấp lại"), "Giấy chứng nhận thân nhân liệt sĩ"),
    ("Người có công", ("Hỗ trợ",), "người có công với cách mạng cải thiện nhà ở"),
    ("Người có công", ("Di chuyển",), "hồ sơ người hưởng chế độ ưu đãi"),
    ("Giáo dục và Đào tạo", ("Chuyển trường",), "đối với học sinh trung học cơ sở"),
    ("Giáo dục và Đào tạo", ("Cho phép", "Sáp nhập, chia, tách"), "trường mầm non hoạt động giáo dục"),
    ("Giáo dục và Đào tạo", ("Xét", "Cấp"), "hỗ trợ chi phí học tập cho học sinh mẫu giáo"),
    ("Giáo dục và Đào tạo", ("Công nhận",), "xã đạt chuẩn phổ cập giáo dục, xóa mù chữ"),
    ("Y tế", ("Cấp", "Cấp lại"), "thẻ bảo hiểm y tế cho người thuộc hộ gia đình cận nghèo"),
    ("Y tế", ("Cấp", "Điều chỉnh"), "giấy phép hoạt động đối với trạm y tế cấp xã"),
    ("Văn hóa", ("Công nhận", "Công nhận lại"), "danh hiệu Gia đình văn hóa"),
    ("Văn hóa", ("Cấp", "Cấp lại"), "giấy phép tổ chức lễ hội"),
    ("Văn hóa", ("Đăng ký", "Thông báo"), "tổ chức hoạt động tín ngưỡng"),
    ("Thể dục, thể thao", ("Cấp", "Cấp lại"), "giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao"),
    ("Lao động", ("Giải quyết", "Tạm dừng"), "hưởng trợ cấp thất nghiệp"),
    ("Lao động", ("Hỗ trợ",), "học nghề đối với người lao động nông thôn"),
    ("Nông nghiệp", ("Hỗ trợ",), "khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh"),
    ("Nông nghiệp", ("Xác nhận", "Cấp"), "kinh tế trang trại"),
    ("Nông nghiệp", ("Phê duyệt", "Điều chỉnh"), "kế hoạch khuyến nông địa phương"),
    ("Thủy lợi", ("Cấp", "Gia hạn", "Điều chỉnh"), "giấy phép hoạt động trong phạm vi bảo vệ công trình thủy lợi"),
    ("Môi trường", ("Đăng ký", "Xác nhận"), "kế hoạch bảo vệ môi trường"),
    ("Tài nguyên nước", ("Đăng ký", "Cấp"), "khai thác nước dưới đất"),
    ("Giao thông vận tải", ("Cấp", "Cấp lại"), "giấy phép thi công công trình trên đường bộ đang khai thác"),
    ("Giao thông vận tải", ("Đăng ký", "Xóa"), "phương tiện thủy nội địa"),
    ("Công thương", ("Cấp", "Cấp sửa đổi, bổ sung", "Cấp lại"), "giấy phép bán lẻ sản phẩm thuốc lá"),
    ("Công thương", ("Cấp", "Cấp lại"), "giấy phép bán lẻ rượu"),
    ("Công thương", ("Cấp", "Cấp lại"), "giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai"),
    ("Hộ kinh doanh", ("Đăng ký", "Thông báo"), "thay đổi địa điểm kinh doanh của hộ kinh doanh"),
    ("Hộ kinh doanh", ("Cấp lại",), "Giấy chứng nhận đăng ký hộ kinh doanh"),
    ("Thi đua, khen thưởng", ("Tặng", "Xét tặng"), "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã"),
    ("Dân tộc", ("Công nhận", "Đưa ra khỏi danh sách"), "người có uy tín trong đồng bào dân tộc thiểu số"),
    ("Tôn giáo", ("Đăng ký", "Thông báo"), "sinh hoạt tôn giáo tập trung"),
    ("Phòng, chống thiên tai", ("Hỗ trợ",), "nhà ở cho hộ gia đình bị thiệt hại do thiên tai"),
    ("Thư viện", ("Thông báo", "Thông báo chấm dứt"), "hoạt động thư viện cộng đồng"),
    ("Quốc phòng", ("Đăng ký", "Đăng ký bổ sung"), "nghĩa vụ quân sự lần đầu"),
    ("Bồi thường nhà nước", ("Giải quyết",), "yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công vụ"),
    ("Phổ biến giáo dục pháp luật", ("Công nhận", "Thôi làm"), "tuyên truyền viên pháp luật"),
    ("Hòa giải ở cơ sở", ("Bầu", "Thôi làm"), "hòa giải viên"),
)
VARIANT_SCOPES = ("", " đối với cá nhân", " đối với tổ chức", " đối với hộ gia đình", " đối với người nước ngoài",
                  " (cấp xã)", " (cấp tỉnh)", " trường hợp bị mất, hỏng", " trên môi trường điện tử",
                  " thực hiện liên thông", " tại khu vực nông thôn", " theo thủ tục rút gọn",
                  " tại Trung tâm Phục vụ hành chính công")

DOSSIER_COLUMNS = (
    "id", "uuid", "code", "agency_code", "status", "procedure_code", "procedure_name", "processing_days",
    "processing_note", "fee_total_vnd", "applicant_name", "applicant_name_folded", "applicant_id_number",
    "applicant_birth_date", "applicant_sex", "applicant_address", "applicant_phone", "applicant_email",
    "name_without_diacritics", "received_at", "counted_from", "due_at", "sets", "return_method", "return_place",
    "book_number", "book_entry", "note", "supplement_reason", "refusal_reason", "agency_name",
    "parent_agency_name", "place_name", "officer_name", "officer_title", "lookup_url", "updated_at",
)
DOCUMENT_COLUMNS = ("dossier_id", "position", "name", "kind", "copies", "received")
EVENT_COLUMNS = ("dossier_id", "at", "kind", "status_from", "status_to", "officer_name", "detail_json")
FTS_INSERT_TRIGGER = "dossiers_search_insert"


@dataclass(frozen=True)
class Dataset:
    """A built benchmark desk: the data directory `Desk.open` takes, and what is in it."""

    data_dir: Path
    dossiers: int
    procedures: int
    first_day: date
    last_day: date
    build_seconds: float

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE


def dataset_version() -> str:
    """Changes whenever this builder, the bundled catalogue or the schema revision change, so a
    stale cache rebuilds instead of being upgraded or measured as if it were current."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(sample_catalogue_path().read_bytes())
    digest.update(HEAD_REVISION.encode())
    return digest.hexdigest()[:16]


def ensure_dataset(log: Callable[[str], None] = print, force: bool = False) -> Dataset:
    """The cached desk, built first if missing or made by another version of this builder."""
    if not force and MARKER.exists() and (DESK_DIR / DATABASE_FILE).exists():
        recorded = json.loads(MARKER.read_text(encoding="utf-8"))
        if recorded.get("version") == dataset_version():
            return _dataset_from(recorded)
    log(f"Building the benchmark desk ({DOSSIERS:,} dossiers, {PROCEDURES:,} procedures) in {DESK_DIR} …")
    return build()


def _dataset_from(recorded: dict[str, Any]) -> Dataset:
    return Dataset(DESK_DIR, recorded["dossiers"], recorded["procedures"], date.fromisoformat(recorded["first_day"]),
                   date.fromisoformat(recorded["last_day"]), recorded["build_seconds"])


def build() -> Dataset:
    """Build into a scratch directory and move it into place only when complete, so an interrupted
    build never leaves a half-filled desk that a later run would take for the real one."""
    started = time.perf_counter()
    scratch = DATA_ROOT / "building"
    shutil.rmtree(scratch, ignore_errors=True)
    MARKER.unlink(missing_ok=True)
    scratch.mkdir(parents=True)
    (scratch / "settings.toml").write_text(DESK_SETTINGS, encoding="utf-8")
    desk = Desk.open(scratch)
    try:
        catalogue_file = scratch / "catalogue.json"
        catalogue_file.write_text(json.dumps({"procedures": _catalogue()}, ensure_ascii=False), encoding="utf-8")
        desk.catalogue.import_file(catalogue_file)
        procedures = desk.catalogue.all()
        calendar = desk.calendar
        hours = desk.settings.office_hours
    finally:
        desk.close()
    catalogue_file.unlink()
    last_day = datetime.now(LOCAL_TZ).date() - timedelta(days=1)
    plan = _plan_days(calendar, last_day)
    _load_dossiers(scratch / DATABASE_FILE, plan, procedures, calendar, hours)
    flush_to_disk(scratch / DATABASE_FILE)
    shutil.rmtree(DESK_DIR, ignore_errors=True)
    scratch.rename(DESK_DIR)
    recorded = {
        "version": dataset_version(), "dossiers": DOSSIERS, "procedures": len(procedures),
        "first_day": plan.days[0].isoformat(), "last_day": plan.days[-1].isoformat(),
        "build_seconds": round(time.perf_counter() - started, 1),
    }
    MARKER.write_text(json.dumps(recorded, indent=2) + "\n", encoding="utf-8")
    return _dataset_from(recorded)


def flush_to_disk(path: Path) -> None:
    """Write the file's dirty pages out now. The build runs with synchronous=OFF, so without this
    the kernel would still be writing 1.6 GB back while the first benchmarks run, and a crash
    after the marker is written could leave a torn database that the marker vouches for."""
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


# The catalogue --------------------------------------------------------------------------------


def _catalogue() -> list[dict[str, Any]]:
    """The bundled 49 procedures and generated ones up to PROCEDURES, in the interchange format.

    Generated procedures borrow the papers, fees and time limits of a sample procedure of the same
    field (any sample one when the field has none), so intake and printing work on every one."""
    rng = random.Random(SEED)
    samples = read_catalogue_file(sample_catalogue_path())
    by_field: dict[str, list[Procedure]] = {}
    for procedure in samples:
        by_field.setdefault(procedure.field, []).append(procedure)
    names: list[tuple[str, str, Procedure]] = []
    for procedure in samples:
        for qualifier in VARIANT_QUALIFIERS:
            names.append((procedure.field, procedure.name + qualifier, procedure))
    combos = [(field, f"{verb} {thing}{scope}") for field, verbs, thing in VARIANT_OBJECTS
              for verb in verbs for scope in VARIANT_SCOPES]
    rng.shuffle(combos)
    for field, name in combos[:PROCEDURES - len(samples) - len(names)]:
        names.append((field, name, rng.choice(by_field.get(field) or samples)))
    if len(samples) + len(names) != PROCEDURES:
        raise RuntimeError(f"only {len(samples) + len(names)} distinct procedure names; add objects or scopes")
    taken = {p.code for p in samples}
    result = [procedure_to_dict(p) for p in samples]
    for field, name, template in names:
        code = template.code
        while code in taken:
            code = f"{rng.choice('1112')}.{rng.randrange(1_000, 15_000):06d}"
        taken.add(code)
        entry = procedure_to_dict(template)
        entry.update(code=code, name=name, field=field)
        result.append(entry)
    return result


def _procedure_weights(procedures: Sequence[Procedure]) -> list[float]:
    sample_codes = {p.code for p in read_catalogue_file(sample_catalogue_path())}
    variant_weight = VARIANTS_SHARE / (len(procedures) - len(sample_codes))
    return [SAMPLE_SHARES.get(p.code, OTHER_SAMPLE_SHARE) if p.code in sample_codes else variant_weight
            for p in procedures]


# The dossiers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DayPlan:
    """How many dossiers each working day received, in order: the codes, book entries and
    counters all follow from it, whichever process generates which rows."""

    days: tuple[date, ...]
    starts: tuple[int, ...]
    """Index of each day's first dossier; one more entry, DOSSIERS, closes the last day."""

    def day_of(self, index: int) -> int:
        return bisect.bisect_right(self.starts, index) - 1


def _plan_days(calendar: WorkingCalendar, last_day: date) -> DayPlan:
    rng = random.Random(SEED)
    first_day = last_day - timedelta(days=round(365.25 * YEARS) - 1)
    days = tuple(first_day + timedelta(days=i) for i in range((last_day - first_day).days + 1)
                 if calendar.is_working_day(first_day + timedelta(days=i)))
    # Busier on Mondays and at the start of a month, quieter on Fridays; the rest is noise.
    weights = [max(0.2, rng.gauss(1.0, 0.2)) * (1.3 if d.weekday() == 0 else 0.85 if d.weekday() == 4 else 1.0)
               * (1.2 if d.day <= 5 else 1.0) for d in days]
    counts = Counter(rng.choices(range(len(days)), weights, k=DOSSIERS))
    starts = tuple(accumulate((counts[i] for i in range(len(days))), initial=0))
    return DayPlan(days, starts)


@dataclass(frozen=True)
class _Context:
    """What every chunk worker needs; the fork start method hands it over without pickling."""

    plan: DayPlan
    procedures: tuple[tuple[str, str, str, int, Decimal, clock_time | None, tuple[tuple[str, str, int], ...]], ...]
    procedure_cum_weights: tuple[float, ...]
    calendar: WorkingCalendar
    hours: OfficeHours


class _Weighted:
    """A weighted draw from one uniform number: `random.choices` costs several times more per call."""

    def __init__(self, weighted: Sequence[tuple[str, float]]) -> None:
        self.values = tuple(value for value, _ in weighted)
        self.cumulative = tuple(accumulate(weight for _, weight in weighted))
        self.total = self.cumulative[-1]

    def __call__(self, uniform: float) -> str:
        return self.values[bisect.bisect(self.cumulative, uniform * self.total)]


_FAMILY = _Weighted(FAMILY_NAMES)
_MIDDLE = {sex: _Weighted(names) for sex, names in MIDDLE_NAMES.items()}
_ID_PROVINCES = _Weighted(ID_PROVINCES)
_FOLDED = {part: fold(part) for names in (*GIVEN_NAMES.values(), *SECOND_MIDDLE.values(),
                                          *(tuple(n for n, _ in m) for m in MIDDLE_NAMES.values()),
                                          tuple(n for n, _ in FAMILY_NAMES)) for part in names}
_OFFICE_SECONDS = 7.5 * 3600
_MORNING_SECONDS = 4 * 3600
_UTC_OFFSET = timedelta(hours=7)
_RETURN_PLACE = f"Bộ phận Một cửa - {AGENCY_NAME}"

_context: _Context | None = None


def _init_worker(context: _Context) -> None:
    global _context
    _context = context


def _pick(values: Sequence[str], uniform: float) -> str:
    return values[int(uniform * len(values))]


def _name(random_: Callable[[], float], sex: str) -> tuple[str, str]:
    """A full name and its folded search key, folded part by part (each part is folded once)."""
    parts = [_FAMILY(random_()), _MIDDLE[sex](random_())]
    if random_() < 0.3:
        parts.append(_pick(SECOND_MIDDLE[sex], random_()))
    parts.append(_pick(GIVEN_NAMES[sex], random_()))
    return " ".join(parts), " ".join(_FOLDED[part] for part in parts)


def _address(random_: Callable[[], float]) -> str:
    if random_() < 0.7:
        return f"Thôn {_pick(HAMLETS, random_())}, xã {_pick(COMMUNES, random_())}, tỉnh Hưng Yên"
    return (f"Số {int(random_() * 300) + 1} đường {_pick(STREETS, random_())}, "
            f"phường {_pick(COMMUNES, random_())}, tỉnh Hưng Yên")


def _uuid4(bits: int) -> str:
    """The text of a version-4 UUID made from 128 random bits, as `str(uuid.uuid4())` writes it."""
    h = f"{bits:032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[bits & 3]}{h[17:20]}-{h[20:]}"


def _received(day: date, position: float) -> datetime:
    """Spread a day's dossiers over its office sessions in code order (position in [0, 1))."""
    seconds = position * _OFFICE_SECONDS
    start = 7.5 * 3600 if seconds < _MORNING_SECONDS else 13.5 * 3600 - _MORNING_SECONDS
    local = datetime(day.year, day.month, day.day) + timedelta(seconds=start + seconds)
    return (local - _UTC_OFFSET).replace(tzinfo=timezone.utc)


def _status_after(random_: Callable[[], float], recent: bool) -> str:
    """Where a received dossier stands now: old ones have mostly been returned."""
    later = random_()
    if recent:
        return "received" if later < 0.4 else "in_progress" if later < 0.8 else "result_ready"
    return "returned" if later < 0.95 else "withdrawn" if later < 0.97 else "stopped" if later < 0.98 \
        else "result_ready"


def _chunk(first: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Dossier, document and event rows for dossiers first … first+CHUNK-1 (0-based)."""
    assert _context is not None
    context = _context
    plan = context.plan
    rng = random.Random(SEED * 1_000_003 + first)
    random_ = rng.random
    count = min(CHUNK, DOSSIERS - first)
    chosen = rng.choices(context.procedures, cum_weights=context.procedure_cum_weights, k=count)
    horizon = plan.days[-1] - timedelta(days=30)
    dossiers: list[tuple[Any, ...]] = []
    documents: list[tuple[Any, ...]] = []
    events: list[tuple[Any, ...]] = []
    day_index = plan.day_of(first) - 1
    day_end = first
    for index, procedure in enumerate(chosen, first):
        while index >= day_end:  # a while, not an if: a day may have received nothing
            day_index += 1
            day = plan.days[day_index]
            day_start, day_end = plan.starts[day_index], plan.starts[day_index + 1]
            code_prefix = format_dossier_code(AGENCY_CODE, day, 1)[:-4]
            year_start = plan.starts[bisect.bisect_left(plan.days, date(day.year, 1, 1))]
            officer, title = OFFICERS[day_index % len(OFFICERS)]
            book_number = f"01/{day.year}"
            recent = day >= horizon
        code_name, name, note, fee, days, cutoff, papers = procedure
        sequence = index - day_start + 1
        received = _received(day, (sequence - 1 + 0.9 * random_()) / (day_end - day_start))
        stamp = received.isoformat()
        sex = "female" if random_() < 0.55 else "male"
        applicant, folded = _name(random_, sex)
        unmarked = random_() < 0.01
        if unmarked:
            applicant = folded.upper()
        birth = date(day.year - 16 - int(random_() * 69), int(random_() * 12) + 1, int(random_() * 28) + 1)
        century = (birth.year - 1900) // 100 * 2 + (sex == "female")
        id_number = f"{_ID_PROVINCES(random_())}{century}{birth.year % 100:02d}{int(random_() * 1e6):06d}"
        phone = f"{_pick(MOBILE_PREFIXES, random_())}{int(random_() * 1e7):07d}" if random_() < 0.85 else ""
        email = (f"{folded.replace(' ', '.')}{int(random_() * 100)}@{_pick(EMAIL_DOMAINS, random_())}"
                 if random_() < 0.1 else "")
        decision = random_()
        supplement = refusal = ""
        counted_from = due_at = None
        if decision < 0.06:
            status = "supplement_requested"
            supplement = _pick(SUPPLEMENT_REASONS, random_())
        elif decision < 0.08:
            status = "refused"
            refusal = _pick(REFUSAL_REASONS, random_())
        else:
            due = compute_due(received, days, context.calendar, context.hours, cutoff)
            counted_from = stamp if due.counted_from == received else \
                due.counted_from.astimezone(timezone.utc).isoformat()
            due_at = due.due_at.astimezone(timezone.utc).isoformat()
            status = _status_after(random_, recent)
        address = _address(random_)
        by_post = random_() < 0.05
        dossier_id = index + 1
        dossiers.append((
            dossier_id, _uuid4(rng.getrandbits(128)), f"{code_prefix}{sequence:04d}", AGENCY_CODE, status, code_name,
            name, str(days), note, fee, applicant, folded, id_number, birth.isoformat(), sex, address, phone, email,
            int(unmarked), stamp, counted_from, due_at, 1 if random_() < 0.9 else 2, "post" if by_post else "desk",
            address if by_post else _RETURN_PLACE, book_number, index - year_start + 1, "", supplement, refusal,
            AGENCY_NAME, PARENT_AGENCY_NAME, PLACE_NAME, officer, title, LOOKUP_URL, stamp,
        ))
        if dossier_id % DOCUMENTED_EVERY == 0:
            reason = supplement or refusal
            documents.extend((dossier_id, position, paper, kind, copies, int(not (supplement and position == 0)))
                             for position, (paper, kind, copies) in enumerate(papers))
            events.append((dossier_id, stamp, "intake", None, "received" if due_at else status, officer,
                           json.dumps({"reason": reason}, ensure_ascii=False) if reason else "{}"))
    return dossiers, documents, events


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _load_dossiers(path: Path, plan: DayPlan, procedures: Sequence[Procedure], calendar: WorkingCalendar,
                   hours: OfficeHours) -> None:
    """Generate rows in worker processes while this one inserts them: generating a row (its due
    date above all) costs more than inserting it, so on two cores the build takes about as long
    as generating alone.

    The folded-name index is rebuilt in one pass after the load instead of being fed by its insert
    trigger row by row. Measured for the whole 1M build on the 2-core reference machine: 70 s
    with the rebuild, 95 s with the trigger, and lookups by name equally fast on either index
    (both end as the same number of FTS5 pages). A second worker process instead of one: 68 s."""
    context = _Context(
        plan=plan,
        procedures=tuple((p.code, p.name, p.processing_note, p.fee_total_vnd, p.processing_days, p.cutoff,
                          tuple((d.name, d.kind.value, d.copies) for d in p.documents)) for p in procedures),
        procedure_cum_weights=tuple(accumulate(_procedure_weights(procedures))),
        calendar=calendar,
        hours=hours,
    )
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "locking_mode=EXCLUSIVE", "cache_size=-2000000",
                       "temp_store=MEMORY", "foreign_keys=OFF"):
            connection.execute(f"PRAGMA {pragma}")
        (trigger_sql,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type='trigger' AND name=?", (FTS_INSERT_TRIGGER,)).fetchone()
        connection.execute("BEGIN")
        connection.execute(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
        dossier_sql = _insert_sql("dossiers", DOSSIER_COLUMNS)
        document_sql = _insert_sql("dossier_documents", DOCUMENT_COLUMNS)
        event_sql = _insert_sql("dossier_events", EVENT_COLUMNS)
        for dossiers, documents, events in _generate(context):
            connection.executemany(dossier_sql, dossiers)
            connection.executemany(document_sql, documents)
            connection.executemany(event_sql, events)
        connection.execute("INSERT INTO dossier_search(dossier_search) VALUES('rebuild')")
        connection.execute(trigger_sql)
        _set_counters(connection, plan)
        connection.execute("COMMIT")
        connection.execute("PRAGMA locking_mode=NORMAL")
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()


def _generate(context: _Context) -> Iterator[tuple[list[tuple[Any, ...]], ...]]:
    """Chunks in order from worker processes, leaving one core to the inserting process."""
    workers = max(1, (os.cpu_count() or 2) - 1)
    with multiprocessing.get_context("fork").Pool(workers, _init_worker, (context,)) as pool:
        yield from pool.imap(_chunk, range(0, DOSSIERS, CHUNK))


def _set_counters(connection: sqlite3.Connection, plan: DayPlan) -> None:
    """Leave the per-day sequence and the yearly book entry where the desk would have left them."""
    connection.executemany(
        "INSERT INTO sequence_counters (agency_code, day, next_value, last_value) VALUES (?, ?, ?, ?)",
        [(AGENCY_CODE, day.isoformat(), plan.starts[i + 1] - plan.starts[i] + 1, SEQUENCE_LAST)
         for i, day in enumerate(plan.days)])
    per_year: Counter[int] = Counter()
    for i, day in enumerate(plan.days):
        per_year[day.year] += plan.starts[i + 1] - plan.starts[i]
    connection.executemany("INSERT INTO book_counters (year, last_entry) VALUES (?, ?)", sorted(per_year.items()))


def main(argv: Sequence[str]) -> int:
    dataset = ensure_dataset(force="--force" in argv)
    size = dataset.database.stat().st_size / 2**20
    print(f"{dataset.data_dir}: {dataset.dossiers:,} dossiers {dataset.first_day} … {dataset.last_day}, "
          f"{dataset.procedures:,} procedures, {size:,.0f} MiB, built in {dataset.build_seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
