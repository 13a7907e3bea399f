"""The Vietnamese sentence behind every error code.

Errors carry codes so that rules, logs and the sync wire stay language-neutral; this table is the
one place the officer's wording lives. Every sentence is marked with QT_TRANSLATE_NOOP (context
"messages"), so pyside6-lupdate extracts it into resources/i18n/ and the GUI words an error in the
officer's language through `worded`'s `translate_text`, while this module, which the domain and the
server import, stays free of Qt.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any

Translate = Callable[[str, str], str]
"""(context, Vietnamese source) -> the text to show; the GUI passes Qt's translation."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark a literal for extraction into the translation files and return it unchanged: modules
    without Qt (the domain, the services, this one) keep their labels and sentences in Vietnamese,
    and the GUI translates them where it shows them, in the same context."""
    return text


def _untranslated(context: str, text: str) -> str:
    return text


MESSAGES: dict[str, str] = {
    "validation.failed": QT_TRANSLATE_NOOP("messages", "Có {count} mục chưa hợp lệ."),
    # Applicant
    "applicant.full_name.empty": QT_TRANSLATE_NOOP("messages", "Vui lòng nhập họ và tên."),
    "applicant.full_name.length": QT_TRANSLATE_NOOP("messages", "Họ và tên phải dài từ {min} đến {max} ký tự."),
    "applicant.full_name.characters": QT_TRANSLATE_NOOP(
        "messages",
        "Họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy (') và dấu gạch nối (-); ký tự “{char}” không hợp "
        "lệ."),
    "applicant.full_name.joiner": QT_TRANSLATE_NOOP(
        "messages",
        "Dấu nháy (') và dấu gạch nối (-) trong họ tên chỉ được đặt giữa hai chữ cái, ví dụ H'Hen, "
        "Y-Moan."),
    "applicant.address.empty": QT_TRANSLATE_NOOP("messages", "Vui lòng nhập địa chỉ."),
    "applicant.address.length": QT_TRANSLATE_NOOP("messages", "Địa chỉ không được dài quá {max} ký tự."),
    "applicant.id.empty": QT_TRANSLATE_NOOP("messages", "Vui lòng nhập số định danh cá nhân (số căn cước)."),
    "applicant.id.digits": QT_TRANSLATE_NOOP("messages", "Số định danh cá nhân chỉ gồm chữ số."),
    "applicant.id.length": QT_TRANSLATE_NOOP(
        "messages",
        "Số định danh cá nhân phải gồm đúng 12 chữ số (số vừa nhập có {length} chữ số)."),
    "applicant.id.province": QT_TRANSLATE_NOOP(
        "messages",
        "Ba chữ số đầu “{province_code}” không phải mã tỉnh, thành phố nơi đăng ký khai sinh. Vui lòng "
        "kiểm tra lại số định danh cá nhân."),
    "applicant.id.birth_year": QT_TRANSLATE_NOOP(
        "messages",
        "Số định danh cá nhân cho năm sinh {birth_year}, là năm chưa tới. Vui lòng kiểm tra lại số định "
        "danh cá nhân."),
    "applicant.birth_date.id_mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "Năm sinh {year} không khớp với số định danh cá nhân (theo số định danh là năm {id_year})."),
    "applicant.birth_date.future": QT_TRANSLATE_NOOP("messages", "Ngày sinh không được sau ngày hôm nay."),
    "applicant.birth_date.too_old": QT_TRANSLATE_NOOP(
        "messages",
        "Ngày sinh cách đây hơn {max_age} năm. Vui lòng kiểm tra lại."),
    "applicant.sex.unknown": QT_TRANSLATE_NOOP(
        "messages",
        "Giới tính “{value}” không hợp lệ. Vui lòng chọn Nam hoặc Nữ."),
    "applicant.sex.id_mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "Giới tính “{sex}” không khớp với số định danh cá nhân (theo số định danh là “{id_sex}”)."),
    "qr.malformed": QT_TRANSLATE_NOOP(
        "messages",
        "Mã vừa quét không phải mã QR trên thẻ căn cước. Vui lòng quét lại hoặc nhập thông tin bằng tay."),
    # Contact details and dates
    "contact.phone.empty": QT_TRANSLATE_NOOP("messages", "Vui lòng nhập số điện thoại."),
    "contact.phone.characters": QT_TRANSLATE_NOOP(
        "messages",
        "Số điện thoại “{value}” chỉ được gồm chữ số, dấu cách, dấu chấm, dấu gạch ngang, dấu ngoặc và "
        "đầu số +84."),
    "contact.phone.length": QT_TRANSLATE_NOOP(
        "messages",
        "Số điện thoại này phải gồm {expected} chữ số (số vừa nhập có {length} chữ số)."),
    "contact.phone.prefix": QT_TRANSLATE_NOOP(
        "messages",
        "Đầu số “{prefix}” không phải số điện thoại Việt Nam: số di động bắt đầu bằng 03, 05, 07, 08 "
        "hoặc 09; số cố định bắt đầu bằng 02."),
    "contact.email.empty": QT_TRANSLATE_NOOP("messages", "Vui lòng nhập địa chỉ thư điện tử."),
    "contact.email.invalid": QT_TRANSLATE_NOOP(
        "messages",
        "Địa chỉ thư điện tử “{value}” không hợp lệ (ví dụ đúng: ten@gmail.com)."),
    "date.empty": QT_TRANSLATE_NOOP("messages", "Vui lòng nhập ngày."),
    "date.format": QT_TRANSLATE_NOOP("messages", "Ngày “{value}” chưa đúng dạng ngày/tháng/năm, ví dụ 05/09/1990."),
    "date.invalid": QT_TRANSLATE_NOOP(
        "messages",
        "Ngày “{value}” không có trên lịch. Vui lòng kiểm tra lại ngày và tháng."),
    # Procedures, due dates, calendar
    "procedure.processing_days": QT_TRANSLATE_NOOP(
        "messages",
        "Thời hạn giải quyết “{value}” không hợp lệ: phải là một số ngày làm việc không âm."),
    "settings.office_hours": QT_TRANSLATE_NOOP(
        "messages",
        "Giờ làm việc “{value}” không hợp lệ. Vui lòng nhập các buổi theo thứ tự, không chồng nhau, ví "
        "dụ 07:30-11:30,13:30-17:00."),
    # Dossier codes and states
    "dossier_code.malformed": QT_TRANSLATE_NOOP(
        "messages",
        "Mã hồ sơ “{value}” không đúng dạng <mã cơ quan>-<năm tháng ngày>-<số thứ tự>, ví dụ "
        "000.00.12.H12-261122-0001."),
    "dossier_code.sequence": QT_TRANSLATE_NOOP(
        "messages",
        "Số thứ tự hồ sơ trong ngày phải từ 1 đến 9999 (đang là {sequence})."),
    "dossier_code.not_canonical": QT_TRANSLATE_NOOP(
        "messages",
        "Mã hồ sơ “{value}” không viết đúng dạng in trên phiếu; dạng đúng là “{canonical}”."),
    "dossier_code.day": QT_TRANSLATE_NOOP(
        "messages",
        "Mã hồ sơ chỉ ghi được ngày tiếp nhận từ năm 2000 đến năm 2099 (ngày đã cho: {day})."),
    "agency_code.empty": QT_TRANSLATE_NOOP("messages", "Vui lòng nhập mã định danh điện tử của cơ quan."),
    "agency_code.malformed": QT_TRANSLATE_NOOP(
        "messages",
        "Mã cơ quan “{value}” không hợp lệ: mã gồm từ 2 đến 6 nhóm, mỗi nhóm 2 hoặc 3 chữ in hoa hoặc "
        "chữ số, ngăn cách bởi dấu chấm, ví dụ 000.00.12.H12."),
    "dossier.transition": QT_TRANSLATE_NOOP(
        "messages",
        "Không thể chuyển hồ sơ từ trạng thái “{from_label}” sang “{to_label}”."),
    "dossier.supplement_once": QT_TRANSLATE_NOOP(
        "messages",
        "Hồ sơ đã được yêu cầu bổ sung một lần; pháp luật chỉ cho phép yêu cầu bổ sung, hoàn thiện hồ "
        "sơ một lần."),
    "withdraw.reason_missing": QT_TRANSLATE_NOOP(
        "messages", "Vui lòng ghi lý do rút hồ sơ theo văn bản đề nghị của người nộp."),
    "withdraw.reason_length": QT_TRANSLATE_NOOP("messages", "Lý do rút hồ sơ không được dài quá {max} ký tự."),
    "stop.reason_missing": QT_TRANSLATE_NOOP("messages", "Vui lòng ghi lý do dừng giải quyết hồ sơ."),
    "stop.reason_length": QT_TRANSLATE_NOOP("messages", "Lý do dừng giải quyết không được dài quá {max} ký tự."),
    # Return of results (desk_app/domain/handover.py, extension.py, postal.py)
    "dossier.desk_step": QT_TRANSLATE_NOOP(
        "messages", "Việc chuyển hồ sơ sang “{to_label}” do quầy Một cửa ghi nhận (trả kết quả, nhận hồ sơ bổ sung)."),
    "sync.handover_missing": QT_TRANSLATE_NOOP(
        "messages", "Việc trả kết quả hồ sơ {code} thiếu thông tin người nhận; không ghi nhận được."),
    "handover.already": QT_TRANSLATE_NOOP(
        "messages", "Kết quả đã được trả lúc {time} ngày {day} cho {name}; mỗi kết quả chỉ trả một lần."),
    "handover.not_ready": QT_TRANSLATE_NOOP(
        "messages", "Chưa thể trả kết quả: hồ sơ đang ở trạng thái “{label}”, chưa có kết quả giải quyết."),
    "handover.closed": QT_TRANSLATE_NOOP(
        "messages", "Không có kết quả để trả: hồ sơ ở trạng thái “{label}”."),
    "handover.not_applicant": QT_TRANSLATE_NOOP(
        "messages",
        "Số định danh không phải của người nộp hồ sơ ({name}). Nếu đây là người được ủy quyền, hãy "
        "chọn “Người được ủy quyền nhận thay” và ghi giấy ủy quyền."),
    "handover.proxy_is_applicant": QT_TRANSLATE_NOOP(
        "messages", "Đây là số định danh của chính người nộp hồ sơ; bỏ chọn “Người được ủy quyền nhận thay”."),
    "handover.authorisation_missing": QT_TRANSLATE_NOOP(
        "messages", "Vui lòng ghi số, ngày hoặc loại giấy ủy quyền của người nhận thay."),
    "handover.authorisation_length": QT_TRANSLATE_NOOP(
        "messages", "Thông tin giấy ủy quyền không được dài quá {max} ký tự."),
    "handover.fees": QT_TRANSLATE_NOOP(
        "messages", "Số tiền thu thêm phải từ 0 đến {max} đồng."),
    "handover.by_post": QT_TRANSLATE_NOOP(
        "messages",
        "Hồ sơ này đã đăng ký nhận kết quả qua bưu chính; hãy ghi số vận đơn khi gửi và xác nhận khi "
        "bưu điện báo đã phát."),
    "dossier.step_done": QT_TRANSLATE_NOOP("messages", "{step} lúc {at}."),
    "forms.wording_invalid": QT_TRANSLATE_NOOP(
        "messages", "Không dùng được tệp câu chữ của các mẫu {path}: {detail}. Hãy sửa hoặc xóa tệp."),
    "forms.not_printable": QT_TRANSLATE_NOOP("messages", "Chưa in được {form} cho hồ sơ {code}: {why}"),
    "forms.unknown": QT_TRANSLATE_NOOP("messages", "Không có Mẫu {number}; các mẫu in được: {known}."),
    "forms.not_this_intake": QT_TRANSLATE_NOOP("messages", "hồ sơ được tiếp nhận bằng một mẫu khác."),
    "forms.no_due": QT_TRANSLATE_NOOP("messages", "hồ sơ chưa có ngày hẹn trả."),
    "forms.no_extension": QT_TRANSLATE_NOOP("messages", "hồ sơ chưa được gia hạn."),
    "forms.not_stopped": QT_TRANSLATE_NOOP("messages", "hồ sơ không ở trạng thái dừng giải quyết."),
    "forms.not_returned": QT_TRANSLATE_NOOP("messages", "kết quả chưa được trả."),
    "forms.not_post": QT_TRANSLATE_NOOP("messages", "hồ sơ không đăng ký nhận kết quả qua bưu chính."),
    "forms.book_file": QT_TRANSLATE_NOOP("messages", "Sổ theo dõi ghi ra tệp .pdf hoặc .xlsx (đã cho: {path})."),
    "forms.book_period": QT_TRANSLATE_NOOP("messages", "Ngày cuối của sổ phải từ ngày đầu trở đi."),
    "rating.level": QT_TRANSLATE_NOOP("messages", "Vui lòng chọn một mức đánh giá."),
    "rating.comment_length": QT_TRANSLATE_NOOP("messages", "Ý kiến không được dài quá {max} ký tự."),
    "rating.already": QT_TRANSLATE_NOOP("messages", "Người dân đã đánh giá việc giải quyết hồ sơ này."),
    "rating.not_returned": QT_TRANSLATE_NOOP(
        "messages", "Chỉ đánh giá được khi đã trả kết quả (hồ sơ đang ở trạng thái “{label}”)."),
    "extension.status": QT_TRANSLATE_NOOP(
        "messages", "Không gia hạn được hồ sơ ở trạng thái “{label}”; chỉ hồ sơ đang giải quyết mới gia hạn."),
    "extension.no_due": QT_TRANSLATE_NOOP("messages", "Hồ sơ chưa có ngày hẹn trả nên không gia hạn được."),
    "extension.once": QT_TRANSLATE_NOOP(
        "messages", "Hồ sơ đã được gia hạn một lần; pháp luật chỉ cho phép gia hạn một lần."),
    "extension.new_due_missing": QT_TRANSLATE_NOOP("messages", "Vui lòng nhập ngày hẹn trả mới (dd/mm/yyyy)."),
    "extension.not_later": QT_TRANSLATE_NOOP(
        "messages", "Ngày hẹn trả mới phải sau ngày hẹn hiện tại ({due})."),
    "extension.past": QT_TRANSLATE_NOOP("messages", "Ngày hẹn trả mới phải sau thời điểm hiện tại."),
    "extension.not_working": QT_TRANSLATE_NOOP(
        "messages", "Ngày {day} không phải ngày làm việc; hãy chọn một ngày làm việc."),
    "extension.reason_missing": QT_TRANSLATE_NOOP("messages", "Vui lòng ghi lý do chậm giải quyết."),
    "extension.reason_length": QT_TRANSLATE_NOOP("messages", "Lý do không được dài quá {max} ký tự."),
    "papers.not_requested": QT_TRANSLATE_NOOP(
        "messages", "Hồ sơ không ở trạng thái chờ bổ sung (đang là “{label}”), không có giấy tờ nào đang chờ."),
    "papers.none": QT_TRANSLATE_NOOP("messages", "Vui lòng đánh dấu những giấy tờ người dân mang đến bổ sung."),
    "postal.not_post": QT_TRANSLATE_NOOP(
        "messages", "Hồ sơ này không đăng ký nhận kết quả qua bưu chính."),
    "postal.waybill": QT_TRANSLATE_NOOP(
        "messages", "Số vận đơn gồm 6 đến 30 chữ in hoa, chữ số hoặc dấu gạch ngang (đã nhập: “{value}”)."),
    "postal.sent_on": QT_TRANSLATE_NOOP(
        "messages", "Ngày gửi phải từ ngày có kết quả đến hôm nay (dd/mm/yyyy)."),
    "postal.already_sent": QT_TRANSLATE_NOOP(
        "messages", "Kết quả đã được gửi qua bưu chính ngày {day}, số vận đơn {waybill}."),
    "postal.not_sent": QT_TRANSLATE_NOOP(
        "messages", "Chưa ghi việc gửi kết quả qua bưu chính; hãy ghi số vận đơn trước."),
    "app.window_open": QT_TRANSLATE_NOOP("messages", "Cửa sổ đã mở: {title}"),
    "database.newer": QT_TRANSLATE_NOOP(
        "messages",
        "Cơ sở dữ liệu {path} đã được một phiên bản mới hơn của phần mềm nâng cấp (lược đồ {revision}, "
        "phiên bản này chỉ biết tới {expected}). Hãy cài lại phiên bản mới; dữ liệu vẫn nguyên vẹn."),
    # Appointments (desk_app/domain/appointment.py, provincial/backoffice.py)
    "appointment.minutes": QT_TRANSLATE_NOOP("messages", "Thời lượng một lần hẹn phải từ {min} đến {max} phút."),
    "appointment.past": QT_TRANSLATE_NOOP("messages", "Giờ hẹn phải sau thời điểm hiện tại."),
    "appointment.day_off": QT_TRANSLATE_NOOP(
        "messages",
        "Ngày {day} không phải ngày làm việc; vui lòng chọn ngày khác."),
    "appointment.hours": QT_TRANSLATE_NOOP("messages", "Giờ hẹn phải nằm trọn trong một buổi tiếp nhận ({hours})."),
    "appointment.note.length": QT_TRANSLATE_NOOP("messages", "Ghi chú không được dài quá {max} ký tự."),
    "appointment.unknown": QT_TRANSLATE_NOOP("messages", "Không có lịch hẹn {id} trên hệ thống tỉnh."),
    "appointment.already_cancelled": QT_TRANSLATE_NOOP("messages", "Lịch hẹn {id} đã hủy từ trước."),
    "appointment.capacity": QT_TRANSLATE_NOOP("messages", "Mỗi khung giờ nhận từ 1 đến {max} công dân."),
    "appointment.grid": QT_TRANSLATE_NOOP(
        "messages", "Giờ hẹn phải đúng đầu một khung {minutes} phút (khung đầu tiên bắt đầu lúc {first})."),
    "appointment.slot_minutes": QT_TRANSLATE_NOOP(
        "messages", "Mỗi khung giờ hẹn của lĩnh vực “{field_name}” dài {minutes} phút."),
    "appointment.change": QT_TRANSLATE_NOOP("messages", "Lịch hẹn đang ở trạng thái “{current}”, không thể chuyển sang “{to}”."),
    "appointment.full": QT_TRANSLATE_NOOP("messages", "Khung giờ {time} đã kín chỗ."),
    "appointment.full_here": QT_TRANSLATE_NOOP(
        "messages", "Khung giờ {time} đã hết chỗ quầy này được giao. Khung còn chỗ: {offer}."),
    "appointment.full_here_none": QT_TRANSLATE_NOOP(
        "messages", "Khung giờ {time} đã hết chỗ quầy này được giao, và quầy không còn chỗ nào khác trong {days} ngày tới."),
    "intake.pickup_not_received": QT_TRANSLATE_NOOP(
        "messages", "Chỉ hẹn giờ nhận kết quả cho hồ sơ được tiếp nhận, trên quầy đã được giao chỗ hẹn."),
    "intake.pickup_before_due": QT_TRANSLATE_NOOP(
        "messages", "Giờ hẹn nhận kết quả phải từ lúc hẹn trả ({due}) trở đi."),
    "appointment.choose_slot": QT_TRANSLATE_NOOP(
        "messages", "Hãy chọn một khung giờ còn chỗ ở quầy này, hoặc bấm “Sớm nhất còn chỗ”."),
    "appointment.none_free": QT_TRANSLATE_NOOP(
        "messages", "Quầy không còn chỗ hẹn nào trong {days} ngày tới; hãy đồng bộ khi có mạng để nhận thêm chỗ."),
    "appointment.no_places": QT_TRANSLATE_NOOP(
        "messages", "Quầy chưa được hệ thống tỉnh giao chỗ hẹn nào; hãy đăng ký quầy và đồng bộ khi có mạng."),
    "appointment.no_numbers": QT_TRANSLATE_NOOP(
        "messages", "Quầy đã dùng hết số lịch hẹn được giao; hãy đồng bộ khi có mạng để nhận thêm."),
    "appointment.ambiguous": QT_TRANSLATE_NOOP(
        "messages", "Số lịch hẹn {number} có ở nhiều cơ quan; hãy ghi --agency hoặc hủy theo mã (ID) của lịch hẹn."),
    "appointment.number_unknown": QT_TRANSLATE_NOOP("messages", "Không có lịch hẹn số {number}."),
    "appointment.number_not_leased": QT_TRANSLATE_NOOP(
        "messages", "Số lịch hẹn {number} không nằm trong các khối số đã giao cho quầy này."),
    "appointment.number_taken": QT_TRANSLATE_NOOP("messages", "Số lịch hẹn {number} đã được dùng cho một lịch hẹn khác."),
    "appointment.booked_late": QT_TRANSLATE_NOOP("messages", "Lịch hẹn {number} được đặt sau giờ hẹn."),
    "appointment.reason": QT_TRANSLATE_NOOP("messages", "Hãy ghi lý do hủy lịch hẹn."),
    "appointment.procedure_unknown": QT_TRANSLATE_NOOP("messages", "Hãy chọn thủ tục có trong danh mục."),
    "appointment.dossier": QT_TRANSLATE_NOOP("messages", "Hẹn nhận kết quả phải ghi mã hồ sơ đúng (đã nhập: “{value}”)."),
    "booking_number.year": QT_TRANSLATE_NOOP("messages", "Số lịch hẹn chỉ dùng cho các năm 2000–2099 (năm {year})."),
    "booking_number.sequence": QT_TRANSLATE_NOOP("messages", "Số thứ tự lịch hẹn {sequence} nằm ngoài khoảng 1–999999."),
    "booking_number.exhausted": QT_TRANSLATE_NOOP("messages", "Đã hết số lịch hẹn của năm {year}."),
    "appointment.procedure": QT_TRANSLATE_NOOP(
        "messages",
        "Thủ tục mã {code} không có trong danh mục đang áp dụng của tỉnh."),
    # Catalogue import
    "catalogue.invalid": QT_TRANSLATE_NOOP(
        "messages",
        "Danh mục thủ tục có {count} lỗi nên chưa được nhập:\n{details}"),
    "catalogue.problem": QT_TRANSLATE_NOOP("messages", "Thủ tục thứ {number}, mục “{field}”: {message}"),
    "catalogue.problem.entry": QT_TRANSLATE_NOOP("messages", "Thủ tục thứ {number}: {message}"),
    "catalogue.problem.file": QT_TRANSLATE_NOOP("messages", "Tệp danh mục: {message}"),
    "catalogue.more": QT_TRANSLATE_NOOP("messages", "… và {count} lỗi khác."),
    "catalogue.shape": QT_TRANSLATE_NOOP(
        "messages",
        "Tệp phải chứa một danh sách thủ tục, hoặc một đối tượng có khóa “procedures” là danh sách đó."),
    "catalogue.entry": QT_TRANSLATE_NOOP("messages", "Mỗi thủ tục phải là một đối tượng JSON."),
    "catalogue.required": QT_TRANSLATE_NOOP("messages", "Thiếu thông tin bắt buộc."),
    "catalogue.text": QT_TRANSLATE_NOOP("messages", "Phải là một chuỗi văn bản."),
    "catalogue.blank": QT_TRANSLATE_NOOP("messages", "Không được để trống."),
    "catalogue.list": QT_TRANSLATE_NOOP("messages", "Phải là một danh sách."),
    "catalogue.object": QT_TRANSLATE_NOOP("messages", "Phải là một đối tượng JSON."),
    "catalogue.code.duplicate": QT_TRANSLATE_NOOP("messages", "Mã thủ tục “{code}” trùng với thủ tục thứ {first}."),
    "catalogue.processing_days": QT_TRANSLATE_NOOP(
        "messages",
        "Thời hạn giải quyết phải là số ngày làm việc từ 0 đến 999, nhiều nhất 3 chữ số thập phân."),
    "catalogue.cutoff": QT_TRANSLATE_NOOP("messages", "Giờ chốt nhận hồ sơ phải có dạng giờ:phút, ví dụ 15:00."),
    "catalogue.amount": QT_TRANSLATE_NOOP(
        "messages",
        "Số tiền phải là một số nguyên đồng, không âm, không quá {max} đồng."),
    "catalogue.amount_total": QT_TRANSLATE_NOOP(
        "messages",
        "Tổng các khoản phí, lệ phí của một thủ tục không được quá {max} đồng."),
    "catalogue.empty": QT_TRANSLATE_NOOP("messages", "Tệp không có thủ tục nào; danh mục hiện có được giữ nguyên."),
    "catalogue.encoding": QT_TRANSLATE_NOOP(
        "messages",
        "Tệp không phải văn bản UTF-8 (lỗi ở dòng {line}); hãy lưu lại tệp với bảng mã UTF-8."),
    "catalogue.json": QT_TRANSLATE_NOOP(
        "messages",
        "Tệp không phải JSON hợp lệ: dòng {line}, cột {column} ({detail})."),
    "catalogue.code": QT_TRANSLATE_NOOP(
        "messages",
        "Mã thủ tục “{value}” không hợp lệ: chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới, tối đa 40 "
        "ký tự."),
    "catalogue.too_long": QT_TRANSLATE_NOOP("messages", "Dài {length} ký tự, quá giới hạn {max} ký tự."),
    "catalogue.too_many": QT_TRANSLATE_NOOP("messages", "Có {count} mục, nhiều nhất được {max} mục."),
    "catalogue.characters": QT_TRANSLATE_NOOP(
        "messages",
        "Chứa ký tự không hợp lệ {char} (ký tự điều khiển hoặc mã hóa hỏng)."),
    "catalogue.kind": QT_TRANSLATE_NOOP(
        "messages",
        "Loại giấy tờ “{value}” không hợp lệ; chỉ dùng original, copy, certified_copy hoặc photocopy."),
    "catalogue.flag": QT_TRANSLATE_NOOP("messages", "Phải là true hoặc false."),
    "catalogue.shown_returned": QT_TRANSLATE_NOOP(
        "messages",
        "Giấy tờ chỉ xuất trình thì không nộp lại nên không thể “trả lại bản chính”."),
    "catalogue.returned_not_original": QT_TRANSLATE_NOOP(
        "messages",
        "Chỉ bản chính mới được đánh dấu trả lại cùng kết quả."),
    "catalogue.copies": QT_TRANSLATE_NOOP("messages", "Số bản phải là một số nguyên từ 1 đến {max}."),
    # Settings file (desk_app.settings)
    "settings.not_integer": QT_TRANSLATE_NOOP(
        "messages",
        "Mục cài đặt “{key}” phải là một số nguyên từ {low} đến {high}."),
    "settings.unknown": QT_TRANSLATE_NOOP(
        "messages",
        "Tệp cài đặt có mục “{key}” mà phần mềm không dùng; hãy kiểm tra lỗi gõ hoặc xóa mục này."),
    "settings.not_table": QT_TRANSLATE_NOOP("messages", "Mục “{key}” của tệp cài đặt phải là một bảng [{key}]."),
    "settings.not_text": QT_TRANSLATE_NOOP(
        "messages",
        "Mục cài đặt “{key}” phải là một chuỗi văn bản (đặt trong dấu ngoặc kép)."),
    "settings.too_long": QT_TRANSLATE_NOOP("messages", "Mục cài đặt “{key}” dài quá {max} ký tự."),
    "settings.sequence_block": QT_TRANSLATE_NOOP(
        "messages",
        "Khoảng số thứ tự “{value}” không hợp lệ: nhập dạng đầu-cuối, với 1 ≤ đầu ≤ cuối ≤ 9999, ví dụ "
        "1-8999."),
    "settings.choice": QT_TRANSLATE_NOOP("messages", "Giá trị “{value}” không hợp lệ; chỉ chọn một trong: {choices}."),
    "settings.booking_hours": QT_TRANSLATE_NOOP(
        "messages", "Buổi nhận hẹn của quầy “{value}” không hợp lệ; ghi như 07:30-11:30,13:30-17:00."),
    "settings.language": QT_TRANSLATE_NOOP(
        "messages",
        "Ngôn ngữ giao diện “{value}” không hợp lệ; chỉ chọn một trong: {choices} (vi: tiếng Việt, en: "
        "tiếng Anh)."),
    "settings.receipt_copies": QT_TRANSLATE_NOOP(
        "messages",
        "Các liên giấy tiếp nhận cần in phải là danh sách gồm 1, 2 hoặc cả hai."),
    "settings.slip_paper": QT_TRANSLATE_NOOP(
        "messages",
        "Khổ giấy phiếu hẹn “{value}” không hợp lệ; chỉ chọn một trong: {choices} (a5: tờ A5, 80mm: cuộn "
        "giấy in nhiệt 80 mm)."),
    "settings.unreadable": QT_TRANSLATE_NOOP("messages", "Không đọc được tệp cài đặt {path}: {detail}"),
    "settings.serial_port_required": QT_TRANSLATE_NOOP(
        "messages", "Vui lòng chọn hoặc nhập cổng của máy quét, ví dụ COM3 hoặc /dev/ttyACM0."),
    "settings.office_hours_locked": QT_TRANSLATE_NOOP(
        "messages",
        "Máy quầy đã đăng ký: giờ tiếp nhận là giờ của cơ quan trên hệ thống tỉnh, không sửa được ở đây."),
    # Counter intake (desk_app.services)
    "applicant.name_without_diacritics": QT_TRANSLATE_NOOP(
        "messages",
        "Họ tên không có dấu: hãy đối chiếu với thẻ căn cước, sửa cho đúng hoặc đánh dấu “Đã đối chiếu” "
        "nếu trên thẻ đúng như vậy."),
    "intake.documents_missing": QT_TRANSLATE_NOOP(
        "messages",
        "Còn thiếu {count} giấy tờ: {papers}. Hãy đánh dấu đã nhận, hoặc in Phiếu yêu cầu bổ sung, "
        "hoàn thiện hồ sơ (Mẫu 02)."),
    "papers.shown_only": QT_TRANSLATE_NOOP("messages", "“{name}” chỉ xuất trình để đối chiếu, không nộp lại."),
    "papers.handed_in": QT_TRANSLATE_NOOP("messages", "“{name}” phải được nộp, không chỉ xuất trình."),
    "papers.return_original": QT_TRANSLATE_NOOP(
        "messages",
        "Chỉ bản chính đã nộp mới được trả lại cùng kết quả (“{name}”)."),
    "intake.supplement_needs_reason": QT_TRANSLATE_NOOP(
        "messages",
        "Hồ sơ đã đủ giấy tờ; muốn yêu cầu bổ sung, hãy ghi rõ nội dung cần bổ sung, hoàn thiện."),
    "intake.refusal_needs_reason": QT_TRANSLATE_NOOP("messages", "Vui lòng ghi rõ lý do từ chối tiếp nhận hồ sơ."),
    "intake.note_length": QT_TRANSLATE_NOOP("messages", "Ghi chú hoặc lý do không được dài quá {max} ký tự."),
    "intake.sets": QT_TRANSLATE_NOOP("messages", "Số bộ hồ sơ phải từ 1 đến 99."),
    "intake.return_method": QT_TRANSLATE_NOOP("messages", "Hình thức nhận kết quả không hợp lệ."),
    "intake.unsendable": QT_TRANSLATE_NOOP(
        "messages",
        "Hồ sơ chưa được lưu vì hệ thống tỉnh sẽ không nhận dữ liệu này: {detail}"),
    "procedure.unknown": QT_TRANSLATE_NOOP("messages", "Không có thủ tục mã {code} trong danh mục của quầy."),
    "dossier.unknown": QT_TRANSLATE_NOOP("messages", "Không tìm thấy hồ sơ {code} trên quầy này."),
    "dossier_code.exhausted": QT_TRANSLATE_NOOP(
        "messages",
        "Đã dùng hết khoảng số thứ tự {first}–{last} của quầy cho hôm nay; hãy báo quản trị mở rộng mục "
        "[codes] sequence_block."),
    "profile.incomplete": QT_TRANSLATE_NOOP(
        "messages",
        "Chưa khai báo đủ thông tin quầy (cơ quan, mã cơ quan, địa danh, cán bộ tiếp nhận)."),
    "profile.required": QT_TRANSLATE_NOOP("messages", "Vui lòng nhập mục này."),
    "profile.agency_code_locked": QT_TRANSLATE_NOOP(
        "messages", "Mã cơ quan do hệ thống tỉnh cấp khi đăng ký máy quầy; không sửa được ở đây."),
    "profile.sequence_block_locked": QT_TRANSLATE_NOOP(
        "messages", "Máy quầy đã đăng ký nhận số hồ sơ từ hệ thống tỉnh; dải số này không sửa được."),
    "profile.too_long": QT_TRANSLATE_NOOP("messages", "Không được dài quá {max} ký tự."),
    "catalogue.file_missing": QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp danh mục {path}."),
    "catalogue.unreadable": QT_TRANSLATE_NOOP("messages", "Không đọc được tệp danh mục {path}: {detail}"),
    # Sync with the provincial system: what the server answers (provincial/) …
    "auth.credentials": QT_TRANSLATE_NOOP("messages", "Tên đăng nhập hoặc mật khẩu không đúng."),
    "auth.officer_inactive": QT_TRANSLATE_NOOP("messages", "Tài khoản {username} đã bị khóa trên hệ thống tỉnh."),
    "auth.token": QT_TRANSLATE_NOOP(
        "messages",
        "Thiết bị chưa đăng ký hoặc đã bị thu hồi quyền; vui lòng đăng nhập lại với hệ thống tỉnh."),
    "auth.other_agency": QT_TRANSLATE_NOOP(
        "messages",
        "Hồ sơ {code} thuộc cơ quan khác; thiết bị này không được xem hay sửa."),
    "request.invalid": QT_TRANSLATE_NOOP("messages", "Yêu cầu gửi lên không hợp lệ: {detail}"),
    "request.not_json": QT_TRANSLATE_NOOP("messages", "Yêu cầu gửi lên không phải JSON hợp lệ (UTF-8)."),
    "request.too_large": QT_TRANSLATE_NOOP("messages", "Dữ liệu gửi lên quá lớn (tối đa {max} byte)."),
    "request.not_found": QT_TRANSLATE_NOOP("messages", "Không có địa chỉ {path} trên máy chủ."),
    "feed.cursor": QT_TRANSLATE_NOOP("messages", "Con trỏ đồng bộ không hợp lệ hoặc không phải của cơ quan này."),
    "device.unknown": QT_TRANSLATE_NOOP("messages", "Không có thiết bị {device_id} trên hệ thống tỉnh."),
    "device.reserve_exhausted": QT_TRANSLATE_NOOP(
        "messages",
        "Cơ quan đã có đủ {slots} quầy được cấp số dự phòng; hãy thu hồi một thiết bị không còn dùng."),
    "agency.unknown": QT_TRANSLATE_NOOP("messages", "Không có cơ quan mã {code} trên hệ thống tỉnh."),
    "agency.exists": QT_TRANSLATE_NOOP("messages", "Cơ quan mã {code} đã có trên hệ thống tỉnh."),
    "officer.exists": QT_TRANSLATE_NOOP("messages", "Tên đăng nhập {username} đã có người dùng."),
    "officer.password": QT_TRANSLATE_NOOP("messages", "Mật khẩu phải dài ít nhất {min} ký tự."),
    "sync.code_taken": QT_TRANSLATE_NOOP(
        "messages",
        "Mã hồ sơ {code} đã được dùng cho một hồ sơ khác trên hệ thống tỉnh."),
    "sync.wrong_agency": QT_TRANSLATE_NOOP(
        "messages",
        "Hồ sơ {code} mang mã cơ quan {agency}, không phải cơ quan của thiết bị này ({device_agency})."),
    "sync.code_mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "Thao tác ghi cho hồ sơ {code} nhưng dữ liệu lại là của hồ sơ {payload_code}."),
    "sync.not_owner": QT_TRANSLATE_NOOP(
        "messages",
        "Chuyển hồ sơ sang “{to_label}” là việc của bộ phận giải quyết, quầy không được ghi."),
    "sync.payload_invalid": QT_TRANSLATE_NOOP("messages", "Dữ liệu gửi cho hồ sơ {code} không hợp lệ: {detail}"),
    "sync.dossier_unknown": QT_TRANSLATE_NOOP(
        "messages",
        "Hệ thống tỉnh chưa có hồ sơ {code}; không ghi được thay đổi của hồ sơ này."),
    "sync.intake_status": QT_TRANSLATE_NOOP(
        "messages",
        "Hồ sơ {code} gửi lên ở trạng thái “{label}”, không phải trạng thái lúc tiếp nhận."),
    "sync.version": QT_TRANSLATE_NOOP(
        "messages",
        "Thay đổi của hồ sơ {code} ở phiên bản dữ liệu {version}; hệ thống tỉnh chỉ nhận phiên bản "
        "{supported}."),
    "sync.code_day": QT_TRANSLATE_NOOP(
        "messages",
        "Mã hồ sơ {code} không mang ngày tiếp nhận ({day}) như giờ tiếp nhận đã ghi."),
    "sync.received_future": QT_TRANSLATE_NOOP(
        "messages",
        "Giờ tiếp nhận hồ sơ {code} ở sau thời điểm hiện tại của hệ thống tỉnh; hãy kiểm tra đồng hồ của "
        "máy."),
    "sync.code_not_leased": QT_TRANSLATE_NOOP(
        "messages",
        "Số thứ tự của mã hồ sơ {code} không thuộc khoảng số hệ thống tỉnh đã cấp cho quầy này, cũng "
        "không thuộc khoảng số dự phòng của quầy."),
    "sync.procedure_unknown": QT_TRANSLATE_NOOP(
        "messages",
        "Thủ tục mã {procedure} của hồ sơ {code} không có trong danh mục của tỉnh lúc tiếp nhận."),
    "sync.due_mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "Ngày hẹn trả của hồ sơ {code} ({given}) khác với ngày tính theo quy định và lịch làm việc của "
        "tỉnh ({expected})."),
    "sync.counted_from_mismatch": QT_TRANSLATE_NOOP(
        "messages",
        "Hồ sơ {code} ghi thời điểm bắt đầu tính thời hạn ({given}) khác với thời điểm tính theo quy "
        "định của tỉnh ({expected})."),
    "sync.due_unexpected": QT_TRANSLATE_NOOP(
        "messages",
        "Hồ sơ {code} chưa được tiếp nhận chính thức nên không được có ngày hẹn trả."),
    "auth.throttled": QT_TRANSLATE_NOOP(
        "messages",
        "Đăng nhập sai quá nhiều lần; vui lòng thử lại sau {seconds} giây."),
    "dossier.unknown_server": QT_TRANSLATE_NOOP("messages", "Không có hồ sơ {code} trên hệ thống tỉnh."),
    "request.method": QT_TRANSLATE_NOOP("messages", "Địa chỉ {path} không nhận phương thức {method}."),
    "lease.day": QT_TRANSLATE_NOOP(
        "messages",
        "Chỉ cấp số thứ tự cho các ngày từ hôm nay đến {max_days} ngày tới (ngày đã xin: {day})."),
    "attachment.too_large": QT_TRANSLATE_NOOP("messages", "Tệp đính kèm quá lớn (tối đa {max} byte)."),
    "attachment.offset": QT_TRANSLATE_NOOP(
        "messages",
        "Phần tệp gửi lên bắt đầu ở byte {offset}, trong khi máy chủ đã có {expected} byte."),
    "attachment.hash": QT_TRANSLATE_NOOP(
        "messages",
        "Nội dung tệp đính kèm không khớp mã SHA-256 {sha256}; tệp đã bị hủy, hãy gửi lại."),
    "attachment.length": QT_TRANSLATE_NOOP("messages", "Thiếu hoặc sai độ dài tệp đính kèm (Upload-Length)."),
    # … and what the desk says of the exchange (desk_app/sync)
    "sync.not_registered": QT_TRANSLATE_NOOP(
        "messages",
        "Quầy chưa đăng ký với hệ thống tỉnh (Đồng bộ → Đăng ký quầy)."),
    "sync.needs_login": QT_TRANSLATE_NOOP(
        "messages",
        "Hệ thống tỉnh không nhận thiết bị này nữa; vui lòng đăng nhập lại (Đồng bộ → Đăng ký quầy)."),
    "sync.server_url": QT_TRANSLATE_NOOP(
        "messages",
        "Địa chỉ máy chủ “{value}” không hợp lệ; ví dụ https://motcua.tinh.gov.vn hoặc "
        "http://127.0.0.1:8470."),
    "sync.offline": QT_TRANSLATE_NOOP(
        "messages",
        "Không kết nối được máy chủ tỉnh {server} ({detail}). Quầy vẫn làm việc bình thường; dữ liệu sẽ "
        "tự gửi khi có mạng."),
    "sync.timeout": QT_TRANSLATE_NOOP(
        "messages",
        "Máy chủ tỉnh {server} không trả lời sau {seconds} giây; sẽ tự thử lại."),
    "sync.tls": QT_TRANSLATE_NOOP("messages", "Không xác thực được chứng chỉ bảo mật của máy chủ {server}: {detail}"),
    "sync.server_error": QT_TRANSLATE_NOOP("messages", "Máy chủ tỉnh đang gặp lỗi (mã HTTP {status}); sẽ tự thử lại."),
    "sync.http_error": QT_TRANSLATE_NOOP("messages", "Máy chủ tỉnh từ chối yêu cầu (mã HTTP {status}): {detail}"),
    "sync.bad_response": QT_TRANSLATE_NOOP("messages", "Máy chủ tỉnh trả về dữ liệu không đúng định dạng: {detail}"),
    "sync.clock_skew": QT_TRANSLATE_NOOP(
        "messages",
        "Đồng hồ máy này lệch {minutes} phút so với máy chủ tỉnh; giờ tiếp nhận và ngày hẹn trả sẽ sai. "
        "Hãy chỉnh lại giờ của máy."),
    "sync.keyring": QT_TRANSLATE_NOOP("messages", "Máy chưa có kho lưu khóa bí mật (keyring) dùng được: {detail}"),
    "sync.pending": QT_TRANSLATE_NOOP("messages", "Còn {count} thay đổi chưa gửi được lên hệ thống tỉnh."),
    "sync.problems": QT_TRANSLATE_NOOP(
        "messages",
        "Có {count} thay đổi bị hệ thống tỉnh từ chối; xem danh sách Lỗi đồng bộ."),
    "sync.rejected": QT_TRANSLATE_NOOP("messages", "Hệ thống tỉnh từ chối thay đổi này mà không nêu lý do."),
    "sync.results_missing": QT_TRANSLATE_NOOP(
        "messages",
        "Máy chủ tỉnh không trả kết quả cho {count} thay đổi đã gửi; sẽ gửi lại lần sau."),
    "sync.stopped": QT_TRANSLATE_NOOP(
        "messages",
        "Đồng bộ đã dừng vì chương trình đang đóng; phần còn lại sẽ gửi ở lần mở sau."),
    "sync.set_aside": QT_TRANSLATE_NOOP(
        "messages",
        "{count} bản ghi từ hệ thống tỉnh không dùng được trên quầy này; đã để riêng, xem danh sách Lỗi "
        "đồng bộ."),
    "feed.version": QT_TRANSLATE_NOOP(
        "messages",
        "Bản ghi ở phiên bản dữ liệu {version}; quầy này chỉ đọc được phiên bản {supported}. Hãy cập "
        "nhật phần mềm."),
    "feed.kind": QT_TRANSLATE_NOOP("messages", "Loại bản ghi “{kind}” chưa có trong phiên bản phần mềm này."),
    "feed.invalid": QT_TRANSLATE_NOOP("messages", "Dữ liệu không hợp lệ: {detail}"),
    "feed.unusable": QT_TRANSLATE_NOOP("messages", "Quầy không lưu được bản ghi này: {detail}"),
    "sync.problem_unknown": QT_TRANSLATE_NOOP("messages", "Không còn thay đổi {op_id} trong danh sách bị từ chối."),
    "dossier_code.exhausted_all": QT_TRANSLATE_NOOP(
        "messages",
        "Đã dùng hết số thứ tự được cấp và số dự phòng của quầy cho ngày {day}; hãy kết nối mạng để đồng "
        "bộ, hoặc báo quản trị."),
    # Printed numbers, backups, restores (desk_app/store)
    "numbers.journal": QT_TRANSLATE_NOOP(
        "messages",
        "Không ghi được sổ các số đã cấp {path} ({detail}) nên hồ sơ chưa được lưu. Hãy kiểm tra ổ đĩa "
        "và quyền ghi của thư mục dữ liệu."),
    "dossier_code.after_restore": QT_TRANSLATE_NOOP(
        "messages",
        "Quầy vừa được khôi phục từ một bản sao lưu mà thư mục này không có sổ các số đã cấp, nên không "
        "chắc các số còn lại của ngày {day} chưa từng được in. Để không in trùng mã hồ sơ, quầy chỉ cấp "
        "mã mới khi đã nhận số mới từ hệ thống tỉnh: hãy kết nối mạng và bấm Đồng bộ ngay (F5)."),
    "dossier_code.after_restore_alone": QT_TRANSLATE_NOOP(
        "messages",
        "Quầy vừa được khôi phục từ một bản sao lưu mà thư mục này không có sổ các số đã cấp, nên không "
        "chắc các số của ngày {day} chưa từng được in. Để không in trùng mã hồ sơ, hôm nay quầy không "
        "cấp mã hồ sơ mới; từ ngày mai quầy tiếp nhận bình thường."),
    "database.damaged": QT_TRANSLATE_NOOP(
        "messages",
        "Cơ sở dữ liệu {path} bị hỏng ({detail}) nên phần mềm không mở. Hãy chạy “desk-app doctor” để "
        "xem chi tiết, rồi khôi phục bản sao lưu gần nhất bằng “desk-app restore <tệp sao lưu>” (bản sao "
        "lưu hằng ngày gần nhất: {backup})."),
    "backup.no_database": QT_TRANSLATE_NOOP("messages", "Chưa có cơ sở dữ liệu {path} để sao lưu."),
    "backup.unreadable": QT_TRANSLATE_NOOP(
        "messages",
        "Không đọc được cơ sở dữ liệu {path} để sao lưu ({detail}); hãy chạy “desk-app doctor”."),
    "backup.write": QT_TRANSLATE_NOOP("messages", "Không ghi được tệp sao lưu {path}: {detail}."),
    "backup.missing": QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp sao lưu {path}."),
    "backup.not_a_backup": QT_TRANSLATE_NOOP(
        "messages",
        "Tệp {path} không phải bản sao lưu của phần mềm quầy Một cửa; không có gì bị thay đổi."),
    "backup.newer_format": QT_TRANSLATE_NOOP(
        "messages",
        "Tệp sao lưu {path} do một phiên bản mới hơn của phần mềm tạo ra; hãy cài phiên bản mới rồi khôi "
        "phục. Không có gì bị thay đổi."),
    "backup.newer_schema": QT_TRANSLATE_NOOP(
        "messages",
        "Bản sao lưu {path} có lược đồ cơ sở dữ liệu {revision}, mới hơn phiên bản này (lược đồ "
        "{expected}); hãy cài phiên bản mới rồi khôi phục. Không có gì bị thay đổi."),
    "backup.other_agency": QT_TRANSLATE_NOOP(
        "messages",
        "Bản sao lưu {path} là của cơ quan {agency}, không phải cơ quan của quầy này ({current}); không "
        "có gì bị thay đổi."),
    "backup.damaged": QT_TRANSLATE_NOOP(
        "messages",
        "Bản sao lưu {path} bị hỏng ({detail}); không có gì bị thay đổi. Hãy dùng một bản sao lưu khác."),
    "restore.unsynced": QT_TRANSLATE_NOOP(
        "messages",
        "Quầy còn {count} thay đổi chưa gửi lên hệ thống tỉnh mà bản sao lưu không có; khôi phục sẽ làm "
        "mất chúng. Hãy đồng bộ trước, hoặc thêm --force nếu chắc chắn. Không có gì bị thay đổi."),
    "restore.current_damaged": QT_TRANSLATE_NOOP(
        "messages",
        "Cơ sở dữ liệu hiện tại {path} bị hỏng nên không đếm được các thay đổi chưa gửi; thêm --force để "
        "khôi phục (cơ sở dữ liệu cũ vẫn được giữ lại bên cạnh). Không có gì bị thay đổi."),
    "restore.in_use": QT_TRANSLATE_NOOP(
        "messages",
        "Cơ sở dữ liệu {path} đang được mở (cửa sổ phần mềm quầy còn chạy?); hãy đóng phần mềm rồi khôi "
        "phục. Không có gì bị thay đổi."),
    "restore.write": QT_TRANSLATE_NOOP(
        "messages",
        "Không thay được cơ sở dữ liệu trong {path}: {detail}; dữ liệu cũ được giữ nguyên."),
    # The doctor (desk_app/doctor): one line a check, each saying what to do
    "support.write": QT_TRANSLATE_NOOP("messages", "Không ghi được tệp hỗ trợ {path}: {detail}."),
    "support.done": QT_TRANSLATE_NOOP(
        "messages",
        "Đã tạo tệp hỗ trợ {path}; không có cơ sở dữ liệu, mã thiết bị hay thông tin công dân trong đó."),
    "support.readme": QT_TRANSLATE_NOOP(
        "messages",
        "Tệp hỗ trợ của phần mềm quầy Một cửa, tạo lúc {at}.\n\nGồm: versions.json (phiên bản phần mềm, "
        "Python, Qt, SQLite, hệ điều hành); doctor.txt và doctor.json (kết quả desk-app doctor); "
        "settings.toml (cài đặt, đã bỏ mọi mục bí mật); sync.json (tình trạng đồng bộ và các thay đổi bị "
        "từ chối, chỉ có mã lý do); backups.json (các bản sao lưu hằng ngày); và {logs} tệp nhật ký gần "
        "nhất trong logs/.\n\nKhông gồm cơ sở dữ liệu, mã thiết bị, hay họ tên, số định danh, số điện "
        "thoại, địa chỉ, thư điện tử của công dân: chỗ nào có đã được thay bằng [đã ẩn], [số định danh], "
        "[số điện thoại], [thư điện tử]. Khi không đọc được cơ sở dữ liệu, nhật ký không được đưa vào vì "
        "không biết những tên nào cần che.\n"),
    "doctor.ok": QT_TRANSLATE_NOOP("messages", "ĐẠT"),
    "doctor.fail": QT_TRANSLATE_NOOP("messages", "LỖI"),
    "doctor.label.settings": QT_TRANSLATE_NOOP("messages", "Tệp cài đặt"),
    "doctor.label.database": QT_TRANSLATE_NOOP("messages", "Cơ sở dữ liệu"),
    "doctor.label.permissions": QT_TRANSLATE_NOOP("messages", "Quyền đọc tệp"),
    "doctor.label.disk": QT_TRANSLATE_NOOP("messages", "Ổ đĩa"),
    "doctor.label.keyring": QT_TRANSLATE_NOOP("messages", "Kho khóa bí mật"),
    "doctor.label.server": QT_TRANSLATE_NOOP("messages", "Máy chủ tỉnh"),
    "doctor.label.printers": QT_TRANSLATE_NOOP("messages", "Máy in"),
    "doctor.label.fonts": QT_TRANSLATE_NOOP("messages", "Phông chữ"),
    "doctor.label.backup": QT_TRANSLATE_NOOP("messages", "Sao lưu"),
    "doctor.label.sync": QT_TRANSLATE_NOOP("messages", "Đồng bộ"),
    "doctor.unexpected": QT_TRANSLATE_NOOP(
        "messages",
        "Không kiểm tra được ({detail}); hãy gửi tệp hỗ trợ (desk-app support --out <tệp>.zip)."),
    "doctor.unchecked": QT_TRANSLATE_NOOP(
        "messages",
        "Chưa kiểm tra được vì cơ sở dữ liệu chưa mở được như hiện trạng (xem dòng Cơ sở dữ liệu)."),
    "doctor.settings.ok": QT_TRANSLATE_NOOP("messages", "{path} đọc được; quầy của {agency}."),
    "doctor.settings.missing": QT_TRANSLATE_NOOP(
        "messages",
        "Chưa có tệp {path}. Hãy mở phần mềm để đăng ký quầy với hệ thống tỉnh hoặc khai báo thông tin "
        "quầy."),
    "doctor.settings.incomplete": QT_TRANSLATE_NOOP(
        "messages",
        "{path} chưa khai báo đủ thông tin quầy (mã cơ quan, tên cơ quan, địa danh, cán bộ tiếp nhận). "
        "Hãy mở phần mềm để đăng ký quầy hoặc khai báo thông tin quầy."),
    "doctor.settings.invalid": QT_TRANSLATE_NOOP("messages", "{detail}\nHãy sửa tệp {path}."),
    "doctor.database.ok": QT_TRANSLATE_NOOP("messages", "{path} nguyên vẹn, lược đồ {revision}, {size}."),
    "doctor.database.missing": QT_TRANSLATE_NOOP(
        "messages",
        "Chưa có cơ sở dữ liệu {path}. Hãy mở phần mềm một lần để tạo, hoặc khôi phục một bản sao lưu: "
        "desk-app restore <tệp sao lưu>."),
    "doctor.database.damaged": QT_TRANSLATE_NOOP(
        "messages",
        "{path} bị hỏng ({detail}). Hãy khôi phục bản sao lưu gần nhất: desk-app restore \"{backup}\" "
        "--force (cơ sở dữ liệu hỏng được giữ lại bên cạnh)."),
    "doctor.database.newer": QT_TRANSLATE_NOOP(
        "messages",
        "{path} đã được một phiên bản mới hơn của phần mềm nâng cấp (lược đồ {revision}, phiên bản này "
        "chỉ biết tới {head}). Hãy cài phiên bản mới."),
    "doctor.database.upgrade": QT_TRANSLATE_NOOP(
        "messages",
        "{path} nguyên vẹn, lược đồ {revision}; phần mềm sẽ tự nâng cấp lên lược đồ {head} khi mở, sau "
        "khi giữ một bản sao bên cạnh."),
    "doctor.permissions.ok": QT_TRANSLATE_NOOP(
        "messages",
        "Chỉ tài khoản đang chạy phần mềm đọc được thư mục {path} và các tệp của quầy."),
    "doctor.permissions.windows": QT_TRANSLATE_NOOP(
        "messages",
        "Thư mục {path} ghi được; trên Windows quyền đọc theo tài khoản người dùng, hãy để mỗi cán bộ "
        "một tài khoản."),
    "doctor.permissions.no_folder": QT_TRANSLATE_NOOP(
        "messages",
        "Chưa có thư mục dữ liệu {path}; hãy mở phần mềm một lần để tạo."),
    "doctor.permissions.readonly": QT_TRANSLATE_NOOP(
        "messages",
        "Không ghi được vào thư mục dữ liệu {path}; hãy cho tài khoản chạy phần mềm quyền ghi."),
    "doctor.permissions.owner": QT_TRANSLATE_NOOP(
        "messages",
        "Các tệp sau thuộc tài khoản khác: {paths}. Hãy chạy phần mềm bằng đúng tài khoản đã cài, hoặc "
        "chuyển quyền sở hữu (chown) cho tài khoản đó."),
    "doctor.permissions.open": QT_TRANSLATE_NOOP(
        "messages",
        "Người dùng khác trên máy đọc được dữ liệu công dân trong: {paths}. Hãy chỉ để tài khoản chạy "
        "phần mềm đọc được: chmod 700 cho thư mục, chmod 600 cho tệp."),
    "doctor.disk.ok": QT_TRANSLATE_NOOP("messages", "Còn trống {free} GB trên ổ chứa {path} (cơ sở dữ liệu {size})."),
    "doctor.disk.low": QT_TRANSLATE_NOOP(
        "messages",
        "Chỉ còn {free} GB trống trên ổ chứa {path}; cần ít nhất {need} GB để lưu hồ sơ và sao lưu. Hãy "
        "dọn bớt ổ đĩa."),
    "doctor.keyring.ok": QT_TRANSLATE_NOOP("messages", "{backend} dùng được; mã thiết bị của quầy có trong kho."),
    "doctor.keyring.ok_unregistered": QT_TRANSLATE_NOOP(
        "messages",
        "{backend} dùng được (quầy chưa đăng ký nên chưa có mã thiết bị)."),
    "doctor.keyring.ok_unchecked": QT_TRANSLATE_NOOP(
        "messages",
        "{backend} dùng được (chưa xem được mã thiết bị vì cơ sở dữ liệu chưa mở được)."),
    "doctor.keyring.none": QT_TRANSLATE_NOOP(
        "messages",
        "Máy chưa có kho khóa bí mật nào dùng được, nên quầy không giữ được mã thiết bị để đồng bộ. Trên "
        "Windows kho là Credential Manager; trên Linux hãy cài và mở khóa GNOME Keyring hoặc KWallet."),
    "doctor.keyring.no_token": QT_TRANSLATE_NOOP(
        "messages",
        "{backend} không có mã thiết bị của quầy (máy mới, hoặc kho đã bị xóa). Hãy đăng nhập lại: Đồng "
        "bộ → Đăng ký quầy, hoặc desk-app sync register."),
    "doctor.keyring.error": QT_TRANSLATE_NOOP(
        "messages",
        "Không đọc được {backend} ({detail}); kho có thể đang khóa: hãy mở khóa rồi thử lại."),
    "doctor.server.unregistered": QT_TRANSLATE_NOOP(
        "messages",
        "Quầy chưa đăng ký với hệ thống tỉnh; đang làm việc riêng với khoảng số {block}."),
    "doctor.server.ok": QT_TRANSLATE_NOOP("messages", "{server} trả lời ({link}); đồng hồ máy lệch {skew} giây."),
    "doctor.server.tls": QT_TRANSLATE_NOOP("messages", "kết nối mã hóa, chứng chỉ hợp lệ"),
    "doctor.server.local": QT_TRANSLATE_NOOP("messages", "không mã hóa, chỉ dùng được với máy chủ trên chính máy này"),
    "doctor.server.plain_http": QT_TRANSLATE_NOOP(
        "messages",
        "{server} dùng http không mã hóa: mật khẩu và dữ liệu công dân đi trên mạng không được bảo vệ. "
        "Hãy đăng ký lại quầy với địa chỉ https://."),
    "doctor.server.clock": QT_TRANSLATE_NOOP(
        "messages",
        "{server} trả lời, nhưng đồng hồ máy này lệch {minutes} phút so với máy chủ; giờ tiếp nhận và "
        "ngày hẹn trả sẽ sai. Hãy chỉnh lại giờ của máy."),
    "doctor.server.unreachable": QT_TRANSLATE_NOOP("messages", "{detail}"),
    "doctor.printers.pdf": QT_TRANSLATE_NOOP("messages", "Phiếu được in ra tệp PDF (printing.output = \"pdf\")."),
    "doctor.printers.folder_ok": QT_TRANSLATE_NOOP("messages", "Phiếu được ghi vào thư mục {folder}."),
    "doctor.printers.folder_bad": QT_TRANSLATE_NOOP(
        "messages",
        "Không ghi được vào thư mục in {folder} (printing.print_to). Hãy tạo thư mục đó hoặc sửa "
        "settings.toml."),
    "doctor.printers.default": QT_TRANSLATE_NOOP("messages", "Máy in mặc định: {printer}."),
    "doctor.printers.no_default": QT_TRANSLATE_NOOP(
        "messages",
        "Phiếu được in thẳng ra máy in mặc định nhưng máy chưa chọn máy in mặc định (đang có: "
        "{printers}). Hãy đặt một máy in làm mặc định."),
    "doctor.printers.ok": QT_TRANSLATE_NOOP("messages", "Có {count} máy in: {printers}."),
    "doctor.printers.missing": QT_TRANSLATE_NOOP(
        "messages", "Không thấy máy in {missing} mà Cài đặt chọn cho một mẫu phiếu; máy này có: {printers}. "
                    "Hãy bật và cài máy in đó, hoặc chọn máy in khác ở Quầy → Cài đặt."),
    "doctor.printers.none": QT_TRANSLATE_NOOP(
        "messages",
        "Máy chưa cài máy in nào. Hãy cài máy in, hoặc đặt printing.output = \"pdf\" hay printing.print_to "
        "trong settings.toml."),
    "doctor.fonts.ok": QT_TRANSLATE_NOOP(
        "messages",
        "Phông in phiếu Liberation Serif nạp được; phông màn hình tiếng Việt: {screen}."),
    "doctor.fonts.print": QT_TRANSLATE_NOOP(
        "messages",
        "Không nạp được phông in phiếu ({detail}); hãy cài lại phần mềm."),
    "doctor.fonts.screen": QT_TRANSLATE_NOOP(
        "messages",
        "Máy thiếu phông chữ hiển thị được tiếng Việt trên màn hình; hãy cài một phông như DejaVu hoặc "
        "Noto (Debian: fonts-dejavu-core)."),
    "doctor.backup.ok": QT_TRANSLATE_NOOP("messages", "Bản sao lưu hằng ngày gần nhất: {path} (lúc {at})."),
    "doctor.backup.none": QT_TRANSLATE_NOOP(
        "messages",
        "Chưa có bản sao lưu hằng ngày nào trong {folder}. Phần mềm tự sao lưu mỗi ngày khi cửa sổ mở; "
        "có thể sao lưu ngay: desk-app backup --out <tệp>.zip."),
    "doctor.backup.old": QT_TRANSLATE_NOOP(
        "messages",
        "Bản sao lưu hằng ngày gần nhất đã cũ {days} ngày ({path}). Hãy mở phần mềm để nó tự sao lưu, "
        "hoặc chạy desk-app backup --out <tệp>.zip; nếu việc sao lưu bị lỗi, xem thanh trạng thái và "
        "nhật ký."),
    "doctor.sync.unregistered": QT_TRANSLATE_NOOP(
        "messages",
        "{pending} thay đổi đang chờ, sẽ được gửi khi quầy đăng ký với hệ thống tỉnh."),
    "doctor.sync.ok": QT_TRANSLATE_NOOP(
        "messages",
        "Lần đồng bộ tốt gần nhất: {last}; còn {pending} thay đổi chờ gửi."),
    "doctor.sync.never": QT_TRANSLATE_NOOP("messages", "chưa có"),
    "doctor.sync.login": QT_TRANSLATE_NOOP(
        "messages",
        "Hệ thống tỉnh không nhận thiết bị này nữa; hãy đăng nhập lại (Đồng bộ → Đăng ký quầy)."),
    "doctor.sync.problems": QT_TRANSLATE_NOOP(
        "messages",
        "{problems} thay đổi bị hệ thống tỉnh từ chối đang được để riêng; hãy mở Đồng bộ → Lỗi đồng bộ "
        "để sửa hồ sơ rồi gửi lại."),
    "doctor.sync.set_aside": QT_TRANSLATE_NOOP(
        "messages",
        "{count} bản ghi từ hệ thống tỉnh không dùng được trên quầy này (xem Đồng bộ → Thay đổi bị từ "
        "chối, hoặc desk-app sync status --json); hãy báo quản trị hệ thống tỉnh."),
    "doctor.sync.backlog": QT_TRANSLATE_NOOP(
        "messages",
        "{pending} thay đổi chưa gửi được; lần đồng bộ tốt gần nhất: {last}. Hãy kiểm tra mạng và máy "
        "chủ tỉnh."),
}

_UNKNOWN = QT_TRANSLATE_NOOP("messages", "Dữ liệu chưa hợp lệ (mã lỗi: {code}).")

LABELLED_PARAMS: Mapping[str, str] = {
    "from_label": "DossierStatus",
    "to_label": "DossierStatus",
    "label": "DossierStatus",
    "sex": "Sex",
    "id_sex": "Sex",
}
"""Parameters whose value is one of the desk's labels (a dossier status, a sex), with the context
of its label table: a translated sentence shows the label translated too, although the error, the
wire and the database carry the Vietnamese label the rule put there."""


class _KeepMissing(dict[str, Any]):
    """Leave a placeholder visible rather than lose the whole message when a parameter is missing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: Mapping[str, Any]) -> str:
    """Fill a message's placeholders; one the caller did not give stays visible instead of failing."""
    return template.format_map(_KeepMissing(params))


def worded(code: str, params: Mapping[str, Any] | None = None, text: str = "",
           translate_text: Translate = _untranslated) -> str:
    """The sentence of an error kept as its code and values: from the table when the code is
    known here and the values fill it, else `text` (the sentence the server wrote, for a code this
    desk may not know or values it did not send), else a generic sentence naming the code.
    `translate_text` words it in the officer's language."""
    template = MESSAGES.get(code)
    if text and (params is None or template is None or not _fills(template, params)):
        return text
    if template is None:
        return fill(translate_text("messages", _UNKNOWN), {"code": code})
    values = {name: translate_text(LABELLED_PARAMS[name], value)
              if name in LABELLED_PARAMS and isinstance(value, str) else value
              for name, value in (params or {}).items()}
    return fill(translate_text("messages", template), values)


def _fills(template: str, params: Mapping[str, Any]) -> bool:
    return all(name is None or name in params for _, name, _, _ in string.Formatter().parse(template))


def message_for(code: str, /, **params: Any) -> str:
    """The Vietnamese sentence for an error code, with its placeholders filled."""
    return worded(code, params)
