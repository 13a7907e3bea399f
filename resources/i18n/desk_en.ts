<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AppointmentChannel</name>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tại quầy</source>
        <translation>At the desk</translation>
    </message>
</context>
<context>
    <name>AppointmentStatus</name>
    <message>
        <source>Đã đặt hẹn</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Đã đến</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Không đến</source>
        <translation>Did not come</translation>
    </message>
</context>
<context>
    <name>AppointmentTableModel</name>
    <message>
        <source>Giờ hẹn</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người đặt hẹn</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Booked via</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Số hẹn</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
</context>
<context>
    <name>AppointmentsScreen</name>
    <message>
        <source>Không có lịch hẹn nào trong ngày {day}.</source>
        <translation>No appointments on {day}.</translation>
    </message>
    <message>
        <source>{n} lịch hẹn ngày {day}, {arrived} đã đến, {cancelled} đã hủy.</source>
        <translation>{n} appointments on {day}, {arrived} arrived, {cancelled} cancelled.</translation>
    </message>
    <message>
        <source>{n} lịch hẹn ngày {day}, {arrived} đã đến.</source>
        <translation>{n} appointments on {day}, {arrived} arrived.</translation>
    </message>
    <message>
        <source>{time} · đã qua</source>
        <translation>{time} · past</translation>
    </message>
    <message>
        <source>{time} · còn {free} chỗ ở quầy này ({booked}/{capacity} đã đặt)</source>
        <translation>{time} · {free} place(s) left at this desk ({booked}/{capacity} booked)</translation>
    </message>
    <message>
        <source>{time} · hết chỗ ở quầy này ({booked}/{capacity} đã đặt)</source>
        <translation>{time} · no place left at this desk ({booked}/{capacity} booked)</translation>
    </message>
    <message>
        <source>nghỉ</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>{booked}/{capacity} · còn {free}</source>
        <translation>{booked}/{capacity} · {free} left</translation>
    </message>
    <message>
        <source>Tuần từ {first} đến {last}: {booked} lịch hẹn; quầy này còn {free} chỗ. Nhấp đúp một ô để đặt lịch vào khung đó.</source>
        <translation>Week of {first} to {last}: {booked} appointments; this desk has {free} places left. Double-click a cell to book that slot.</translation>
    </message>
    <message>
        <source>{start}–{end} · {name} · {phone}</source>
        <translation>{start}–{end} · {name} · {phone}</translation>
    </message>
    <message>
        <source>Số lịch hẹn: {number} · {purpose}</source>
        <translation>Booking number: {number} · {purpose}</translation>
    </message>
    <message>
        <source>Hồ sơ: {code}</source>
        <translation>Dossier: {code}</translation>
    </message>
    <message>
        <source>Thư điện tử: {email}</source>
        <translation>Email: {email}</translation>
    </message>
    <message>
        <source>Ghi chú: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Lịch hẹn đã hủy: {reason}</source>
        <translation>Appointment cancelled: {reason}</translation>
    </message>
    <message>
        <source>Công dân đã hủy lịch hẹn này.</source>
        <translation>The citizen has cancelled this appointment.</translation>
    </message>
    <message>
        <source>Đã đặt lịch {number} lúc {time} cho {name}.</source>
        <translation>Booked {number} at {time} for {name}.</translation>
    </message>
    <message>
        <source>Hãy chọn một thủ tục lĩnh vực “{field}” và khung giờ mới của nó ở phần đặt lịch bên phải.</source>
        <translation>Choose a procedure of the field “{field}” and its new slot in the booking form on the right.</translation>
    </message>
    <message>
        <source>Hủy lịch hẹn {number}</source>
        <translation>Cancel appointment {number}</translation>
    </message>
    <message>
        <source>Lý do hủy</source>
        <translation>Why it is cancelled</translation>
    </message>
    <message>
        <source>Lịch hẹn</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>◀ Ngày trước</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <source>Alt+Trái</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Ngày sau ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <source>Alt+Phải</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Đặt lịch hẹn mới</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Trong ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Công dân đã đến</source>
        <translation>Citizen has arrived</translation>
    </message>
    <message>
        <source>Không đến</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Dời sang khung đã chọn</source>
        <translation>Move to the chosen slot</translation>
    </message>
    <message>
        <source>Hủy lịch hẹn…</source>
        <translation>Cancel appointment…</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ theo lịch hẹn</source>
        <translation>Receive the dossier of this appointment</translation>
    </message>
    <message>
        <source>Cả tuần</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Đặt lịch hẹn</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Mục đích</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>khi hẹn nhận kết quả</source>
        <translation>to collect a result</translation>
    </message>
    <message>
        <source>Khung giờ</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Sớm nhất còn chỗ</source>
        <translation>Earliest free</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Đặt lịch và in phiếu hẹn</source>
        <translation>Book and print the slip</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>In lại phiếu hẹn</source>
        <translation>Reprint the slip</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Chưa đến giờ</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Đến muộn</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Đã đến</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Không đến</source>
        <translation>Did not come</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Sao lưu hằng ngày không thành công: {reason}</source>
        <translation>The daily backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Bản sao có chứng thực</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <source>Bản chụp</source>
        <translation>Photocopy</translation>
    </message>
</context>
<context>
    <name>DossierStatus</name>
    <message>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Dừng giải quyết</source>
        <translation>Processing stopped</translation>
    </message>
    <message>
        <source>Có kết quả, chờ trả</source>
        <translation>Result ready for collection</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Đã rút</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Diễn biến hồ sơ:</source>
        <translation>Timeline:</translation>
    </message>
    <message>
        <source>Gia hạn (Mẫu 04)…</source>
        <translation>Extend (Form 04)…</translation>
    </message>
    <message>
        <source>Rút hồ sơ…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Nhận hồ sơ bổ sung…</source>
        <translation>Papers brought…</translation>
    </message>
    <message>
        <source>In phiếu kiểm soát (Mẫu 06)</source>
        <translation>Print control slip (Form 06)</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Hand over the result</translation>
    </message>
    <message>
        <source>Quét thẻ căn cước hoặc gõ 12 chữ số</source>
        <translation>Scan the ID card or type the 12 digits</translation>
    </message>
    <message>
        <source>Người được ủy quyền nhận thay</source>
        <translation>Authorised person collects</translation>
    </message>
    <message>
        <source>Số, ngày của giấy ủy quyền</source>
        <translation>Number and date of the authorisation</translation>
    </message>
    <message>
        <source> đồng</source>
        <translation> dong</translation>
    </message>
    <message>
        <source>Gửi qua bưu chính…</source>
        <translation>Send by post…</translation>
    </message>
    <message>
        <source>Bưu điện đã phát</source>
        <translation>Delivered by post</translation>
    </message>
    <message>
        <source>In nhãn bưu chính</source>
        <translation>Print postal label</translation>
    </message>
    <message>
        <source>Số định danh người nhận</source>
        <translation>Receiver&apos;s ID number</translation>
    </message>
    <message>
        <source>Họ tên người nhận</source>
        <translation>Receiver&apos;s name</translation>
    </message>
    <message>
        <source>Giấy ủy quyền</source>
        <translation>Authorisation</translation>
    </message>
    <message>
        <source>Thu thêm khi trả</source>
        <translation>Collected at hand-over</translation>
    </message>
    <message>
        <source>Bản chính trả lại</source>
        <translation>Originals given back</translation>
    </message>
    <message>
        <source>Đã ghi bưu điện phát kết quả.</source>
        <translation>Delivery by post recorded.</translation>
    </message>
    <message>
        <source>Người nộp: {name} · {id} · {phone}</source>
        <translation>Applicant: {name} · {id} · {phone}</translation>
    </message>
    <message>
        <source>Thủ tục: {procedure}</source>
        <translation>Procedure: {procedure}</translation>
    </message>
    <message>
        <source>Giấy tờ đã nộp: {papers}</source>
        <translation>Papers handed in: {papers}</translation>
    </message>
    <message>
        <source>Bản chính trả lại cùng kết quả: {papers}</source>
        <translation>Originals to give back with the result: {papers}</translation>
    </message>
    <message>
        <source>Phí, lệ phí: {amount} đồng</source>
        <translation>Fees: {amount} dong</translation>
    </message>
    <message>
        <source>Kết quả đã sẵn sàng: quét thẻ căn cước của người nhận hoặc gõ số định danh.</source>
        <translation>The result is ready: scan the receiver&apos;s ID card or type the ID number.</translation>
    </message>
    <message>
        <source>Chưa có ngày hẹn trả</source>
        <translation>No due date yet</translation>
    </message>
    <message>
        <source>Hẹn trả: {when}</source>
        <translation>Due: {when}</translation>
    </message>
    <message>
        <source>đã gia hạn, hẹn ban đầu {when}</source>
        <translation>extended, first promised for {when}</translation>
    </message>
    <message>
        <source>trả trễ hẹn</source>
        <translation>handed over late</translation>
    </message>
    <message>
        <source>trả đúng hẹn</source>
        <translation>handed over on time</translation>
    </message>
    <message>
        <source>đã quá hạn {span}</source>
        <translation>overdue by {span}</translation>
    </message>
    <message>
        <source>hạn hôm nay, còn {span}</source>
        <translation>due today, {span} left</translation>
    </message>
    <message>
        <source>còn {span}</source>
        <translation>{span} left</translation>
    </message>
    <message>
        <source>Đã quá ngày phải gửi văn bản xin lỗi và gia hạn (một ngày làm việc trước hạn).</source>
        <translation>The day to send the apology and ask for more time (one working day before the due date) has passed.</translation>
    </message>
    <message>
        <source>Người dân đánh giá: {level}</source>
        <translation>Citizen&apos;s rating: {level}</translation>
    </message>
    <message>
        <source>Gia hạn đến {when}</source>
        <translation>Extended to {when}</translation>
    </message>
    <message>
        <source>Gửi kết quả qua bưu chính, vận đơn {waybill}</source>
        <translation>Result sent by post, waybill {waybill}</translation>
    </message>
    <message>
        <source>người nhận thay: {name}</source>
        <translation>collected by proxy: {name}</translation>
    </message>
    <message>
        <source>người nhận: {name}</source>
        <translation>collected by: {name}</translation>
    </message>
    <message>
        <source>Đang ghi việc trả kết quả…</source>
        <translation>Recording the hand-over…</translation>
    </message>
    <message>
        <source>Đã trả kết quả hồ sơ {code} lúc {at}.</source>
        <translation>Result of dossier {code} handed over at {at}.</translation>
    </message>
    <message>
        <source>Chưa in được phiếu bàn giao: {detail}</source>
        <translation>The hand-over record could not be printed: {detail}</translation>
    </message>
    <message>
        <source>Gia hạn thời gian giải quyết (Mẫu 04)</source>
        <translation>Extend the processing time (Form 04)</translation>
    </message>
    <message>
        <source>Ngày hẹn trả mới</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>Lý do chậm giải quyết</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <source>Đã gia hạn; ngày hẹn trả mới là ngày hẹn của hồ sơ.</source>
        <translation>Extended; the new date is now the dossier&apos;s due date.</translation>
    </message>
    <message>
        <source>Rút hồ sơ theo đề nghị của người nộp</source>
        <translation>Withdraw at the applicant&apos;s request</translation>
    </message>
    <message>
        <source>Lý do (theo văn bản đề nghị)</source>
        <translation>Reason (as in the written request)</translation>
    </message>
    <message>
        <source>Đã rút hồ sơ.</source>
        <translation>Dossier withdrawn.</translation>
    </message>
    <message>
        <source>Nhận hồ sơ bổ sung</source>
        <translation>Papers brought</translation>
    </message>
    <message>
        <source>Giấy tờ mang đến</source>
        <translation>Papers brought</translation>
    </message>
    <message>
        <source>Đã nhận hồ sơ bổ sung; thời hạn giải quyết tính lại từ hôm nay.</source>
        <translation>Papers received; the processing time counts afresh from today.</translation>
    </message>
    <message>
        <source>Gửi kết quả qua bưu chính</source>
        <translation>Send the result by post</translation>
    </message>
    <message>
        <source>Số vận đơn</source>
        <translation>Waybill number</translation>
    </message>
    <message>
        <source>Ngày gửi</source>
        <translation>Day sent</translation>
    </message>
    <message>
        <source>Đã ghi gửi kết quả qua bưu chính.</source>
        <translation>Posting of the result recorded.</translation>
    </message>
    <message>
        <source>{days} ngày</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>{hours} giờ {minutes} phút</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} phút</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>Guards</name>
    <message>
        <source>Bỏ hồ sơ đang nhập?</source>
        <translation>Discard the dossier being entered?</translation>
    </message>
    <message>
        <source>Những gì đã nhập cho hồ sơ này sẽ mất.</source>
        <translation>Everything entered for this dossier will be lost.</translation>
    </message>
    <message>
        <source>Bỏ hồ sơ</source>
        <translation>Discard dossier</translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation>Keep entering</translation>
    </message>
    <message>
        <source>Còn thay đổi chưa gửi</source>
        <translation>Changes not yet sent</translation>
    </message>
    <message>
        <source>Còn {n} thay đổi chưa gửi lên hệ thống tỉnh.</source>
        <translation>{n} changes have not yet been sent to the provincial system.</translation>
    </message>
    <message>
        <source>Chúng được giữ an toàn trên máy và sẽ được gửi ở lần mở sau nếu đóng ngay.</source>
        <translation>They are kept safe on this computer and will be sent at the next start if you close now.</translation>
    </message>
    <message>
        <source>Đồng bộ rồi đóng</source>
        <translation>Sync, then close</translation>
    </message>
    <message>
        <source>Đóng ngay</source>
        <translation>Close now</translation>
    </message>
    <message>
        <source>Không đóng</source>
        <translation>Don&apos;t close</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>Không tìm thấy thủ tục phù hợp. Hãy gõ tên hoặc mã khác.</source>
        <translation>No matching procedure. Type another name or code.</translation>
    </message>
    <message>
        <source>giải quyết ngay trong ngày</source>
        <translation>same day</translation>
    </message>
    <message>
        <source>{days} ngày làm việc</source>
        <translation>{days} working day(s)</translation>
    </message>
    <message>
        <source> · nhận sau {time} tính từ ngày làm việc tiếp theo</source>
        <translation> · received after {time}, counted from the next working day</translation>
    </message>
    <message>
        <source>{field} · {level} · Thời hạn: {processing}{cutoff}</source>
        <translation>{field} · {level} · Processing time: {processing}{cutoff}</translation>
    </message>
    <message>
        <source>Phí, lệ phí: {amount}</source>
        <translation>Fees and charges: {amount}</translation>
    </message>
    <message>
        <source>Không thu phí, lệ phí</source>
        <translation>No fees or charges</translation>
    </message>
    <message>
        <source>Không hẹn giờ</source>
        <translation>No pickup time</translation>
    </message>
    <message>
        <source>lúc {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <source> · thời hạn tính từ {start}</source>
        <translation> · time counted from {start}</translation>
    </message>
    <message>
        <source>%H:%M ngày %d/%m/%Y</source>
        <translation>%H:%M on %d/%m/%Y</translation>
    </message>
    <message>
        <source>Họ tên không có dấu: hãy đối chiếu và sửa theo thẻ căn cước trước khi lưu.</source>
        <translation>The name has no diacritics: check it against the ID card and correct it before saving.</translation>
    </message>
    <message>
        <source>Hãy chọn thủ tục hành chính trước khi lưu.</source>
        <translation>Choose the administrative procedure before saving.</translation>
    </message>
    <message>
        <source>Đang lưu hồ sơ…</source>
        <translation>Saving the dossier…</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ {code} nhưng chưa in được phiếu ({detail}). In lại ở màn hình Tra cứu (F3).</source>
        <translation>Dossier {code} was saved, but its form could not be printed ({detail}). Reprint it from the Lookup screen (F3).</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ {code} ({status}).</source>
        <translation>Dossier {code} saved ({status}).</translation>
    </message>
    <message>
        <source>Đã hẹn giờ nhận kết quả, số lịch hẹn {number}.</source>
        <translation>Pickup time booked, booking number {number}.</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục.</source>
        <translation>No procedure chosen yet.</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier intake</translation>
    </message>
    <message>
        <source>1. Thủ tục hành chính</source>
        <translation>1. Administrative procedure</translation>
    </message>
    <message>
        <source>Gõ tên hoặc mã thủ tục (có dấu hoặc không dấu), Enter để chọn</source>
        <translation>Type the procedure&apos;s name or code (with or without diacritics), Enter to choose</translation>
    </message>
    <message>
        <source>2. Chủ hồ sơ (quét mã QR trên thẻ căn cước để điền)</source>
        <translation>2. Applicant (scan the QR code on the ID card to fill in)</translation>
    </message>
    <message>
        <source>Họ và &amp;tên</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>Đã đối chiếu họ tên (không dấu) với thẻ căn cước</source>
        <translation>Checked: the name (without diacritics) matches the ID card</translation>
    </message>
    <message>
        <source>Số định &amp;danh</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>12 chữ số trên thẻ căn cước</source>
        <translation>12 digits on the ID card</translation>
    </message>
    <message>
        <source>Ngày &amp;sinh</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Giới tính</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>Địa &amp;chỉ</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Điện t&amp;hoại</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Nhận kết quả qua dịch vụ bưu chính (gửi về địa chỉ trên)</source>
        <translation>Receive the result by post (sent to the address above)</translation>
    </message>
    <message>
        <source>3. Thành phần hồ sơ đã nhận (đánh dấu giấy tờ đã nộp)</source>
        <translation>3. Documents received (tick the papers handed in)</translation>
    </message>
    <message>
        <source>Đã nhận đủ tất cả (F7)</source>
        <translation>All handed in (F7)</translation>
    </message>
    <message>
        <source>Trả lại bản chính (R)</source>
        <translation>Return the original (R)</translation>
    </message>
    <message>
        <source>Đánh dấu bản chính đang chọn sẽ được trả lại cùng kết quả (phím R)</source>
        <translation>Mark the selected original to be returned with the result (key R)</translation>
    </message>
    <message>
        <source>Số &amp;bộ hồ sơ</source>
        <translation>Number of &amp;sets</translation>
    </message>
    <message>
        <source>Ghi &amp;chú / lý do (bắt buộc khi từ chối)</source>
        <translation>N&amp;ote / reason (required for a refusal)</translation>
    </message>
    <message>
        <source>Ngày hẹn trả:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hẹn &amp;giờ nhận:</source>
        <translation>Pick&amp;up time:</translation>
    </message>
    <message>
        <source>Một khung giờ để công dân đến nhận kết quả, từ ngày hẹn trả trở đi; in trên giấy tiếp nhận</source>
        <translation>A slot for the citizen to collect the result, from the due date on; printed on the receipt</translation>
    </message>
    <message>
        <source>Hồ sơ mới (Ctrl+N)</source>
        <translation>New dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận (Mẫu 03)</source>
        <translation>Refuse (Form 03)</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung (Mẫu 02)</source>
        <translation>Request a supplement (Form 02)</translation>
    </message>
    <message>
        <source>Lưu và in giấy tiếp nhận (F9)</source>
        <translation>Save and print the receipt (F9)</translation>
    </message>
</context>
<context>
    <name>LookupScreen</name>
    <message>
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Tìm thấy {n} hồ sơ.</source>
        <translation>Dossiers found: {n}.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ nào.</source>
        <translation>No dossier found.</translation>
    </message>
    <message>
        <source>{code} · {status}
{name} — {procedure}
Hẹn trả: {due}</source>
        <translation>{code} · {status}
{name} — {procedure}
Due: {due}</translation>
    </message>
    <message>
        <source>⚠ Hệ thống tỉnh từ chối: {reason}</source>
        <translation>⚠ Refused by the provincial system: {reason}</translation>
    </message>
    <message>
        <source>Tra cứu hồ sơ</source>
        <translation>Dossier lookup</translation>
    </message>
    <message>
        <source>Mã hồ sơ (quét mã vạch) hoặc số cuối của mã, số định danh, số điện thoại, họ tên người nộp</source>
        <translation>Dossier code (scan the barcode) or its last digits, ID number, phone number, applicant&apos;s name</translation>
    </message>
    <message>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>In lại phiếu</source>
        <translation>Reprint the form</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Không mở được cổng máy quét {port}: {reason}</source>
        <translation>Cannot open the scanner port {port}: {reason}</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ (F2)</source>
        <translation>Intake (F2)</translation>
    </message>
    <message>
        <source>Tra cứu, in lại (F3)</source>
        <translation>Lookup, reprint (F3)</translation>
    </message>
    <message>
        <source>Lịch hẹn (F4)</source>
        <translation>Appointments (F4)</translation>
    </message>
    <message>
        <source>Hôm nay (F6)</source>
        <translation>Today (F6)</translation>
    </message>
    <message>
        <source>Lưu và in</source>
        <translation>Save and print</translation>
    </message>
    <message>
        <source>Đã nhận đủ tất cả</source>
        <translation>All handed in</translation>
    </message>
    <message>
        <source>Hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Tra cứu</source>
        <translation>Lookup</translation>
    </message>
    <message>
        <source>Lịch hẹn</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&amp;Quầy</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <source>Thông tin quầy tiếp nhận…</source>
        <translation>Desk details…</translation>
    </message>
    <message>
        <source>Cài đặt…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Đồng &amp;bộ</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Thay đổi bị từ chối…</source>
        <translation>Refused changes…</translation>
    </message>
    <message>
        <source>Đăng ký quầy với hệ thống tỉnh…</source>
        <translation>Register the desk with the provincial system…</translation>
    </message>
    <message>
        <source>{name} đã đến theo lịch hẹn {number} ({time}).</source>
        <translation>{name} has arrived for appointment {number} ({time}).</translation>
    </message>
    <message>
        <source>Đã đọc thẻ căn cước của người nhận {name}.</source>
        <translation>Read the ID card of the receiver {name}.</translation>
    </message>
    <message>
        <source>Đã đọc mã QR thẻ căn cước của {name}.</source>
        <translation>Read the ID card QR code of {name}.</translation>
    </message>
    <message>
        <source>Không nhận ra mã vừa quét.</source>
        <translation>The code just scanned was not recognised.</translation>
    </message>
    <message>
        <source>Đã mở bản xem trước phiếu {code}</source>
        <translation>Opened the print preview of {code}</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Hồ sơ {code} đã được lưu nhưng chưa in được: {detail}. Có thể in lại ở màn hình Tra cứu (F3).</source>
        <translation>Dossier {code} was saved but could not be printed: {detail}. It can be reprinted from the Lookup screen (F3).</translation>
    </message>
    <message>
        <source>Hệ thống tỉnh yêu cầu đăng nhập lại; quầy vẫn tiếp nhận bình thường.</source>
        <translation>The provincial system asks you to sign in again; the desk keeps receiving dossiers as usual.</translation>
    </message>
    <message>
        <source>Một Cửa Desk — {agency} — {officer}</source>
        <translation>Một Cửa Desk — {agency} — {officer}</translation>
    </message>
    <message>
        <source>Đang gửi các thay đổi rồi đóng; đóng lần nữa để đóng ngay.</source>
        <translation>Sending the changes, then closing; close again to close at once.</translation>
    </message>
</context>
<context>
    <name>PaperList</name>
    <message>
        <source>Một trong các giấy tờ nhóm “{group}”: nộp một là đủ.</source>
        <translation>One of the papers of the group “{group}”: one is enough.</translation>
    </message>
    <message>
        <source>{name} — xuất trình (đối chiếu, trả lại ngay)</source>
        <translation>{name} — shown (checked and handed back at once)</translation>
    </message>
    <message>
        <source>{name} — {kind}, {copies} bản</source>
        <translation>{name} — {kind}, copies: {copies}</translation>
    </message>
    <message>
        <source>hoặc: {text}</source>
        <translation>or: {text}</translation>
    </message>
    <message>
        <source>{text} [{case}: không áp dụng]</source>
        <translation>{text} [{case}: does not apply]</translation>
    </message>
    <message>
        <source>{text} [{case}: còn thiếu]</source>
        <translation>{text} [{case}: missing]</translation>
    </message>
    <message>
        <source>{text} [{case}]</source>
        <translation>{text} [{case}]</translation>
    </message>
    <message>
        <source>{text} · trả lại bản chính</source>
        <translation>{text} · original returned</translation>
    </message>
</context>
<context>
    <name>PrintOutput</name>
    <message>
        <source>máy in {name} không sẵn sàng</source>
        <translation>the printer {name} is not ready</translation>
    </message>
    <message>
        <source>máy in mặc định không sẵn sàng</source>
        <translation>the default printer is not ready</translation>
    </message>
    <message>
        <source>Đã gửi phiếu {code} tới máy in {name}</source>
        <translation>Sent the form of {code} to the printer {name}</translation>
    </message>
    <message>
        <source>Đã lưu tệp {path}</source>
        <translation>Saved the file {path}</translation>
    </message>
    <message>
        <source>Lưu phiếu thành tệp PDF</source>
        <translation>Save the form as a PDF file</translation>
    </message>
    <message>
        <source>Chưa in: đã hủy lưu tệp.</source>
        <translation>Not printed: saving the file was cancelled.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Xem trước khi in — {code}</source>
        <translation>Print preview — {code}</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Chọn máy in rồi in (Ctrl+P)</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Lưu PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đang dựng trang đầu…</source>
        <translation>Drawing the first page…</translation>
    </message>
    <message>
        <source>Trang {done}/{count}</source>
        <translation>Page {done}/{count}</translation>
    </message>
    <message>
        <source>{count} trang</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>Không dựng được bản xem trước: {detail}</source>
        <translation>Could not draw the preview: {detail}</translation>
    </message>
    <message>
        <source>Đã lưu tệp {path}</source>
        <translation>Saved the file {path}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Do hệ thống tỉnh cấp khi đăng ký máy quầy.</source>
        <translation>Set by the provincial system when the desk was registered.</translation>
    </message>
    <message>
        <source>Máy quầy đã đăng ký nhận số hồ sơ từ hệ thống tỉnh.</source>
        <translation>This registered desk takes its dossier numbers from the provincial system.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Thông tin quầy tiếp nhận</source>
        <translation>Desk details</translation>
    </message>
    <message>
        <source>Các thông tin này được in trên giấy tiếp nhận và các phiếu của Bộ phận Một cửa.</source>
        <translation>These details are printed on the receipts and forms of the one-stop desk.</translation>
    </message>
    <message>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <source>VD: ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN</source>
        <translation>E.g. ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN</translation>
    </message>
    <message>
        <source>Tên cơ quan tiếp nhận *</source>
        <translation>Receiving agency *</translation>
    </message>
    <message>
        <source>VD: Trung tâm Phục vụ hành chính công xã Đông Hưng</source>
        <translation>E.g. Trung tâm Phục vụ hành chính công xã Đông Hưng</translation>
    </message>
    <message>
        <source>Mã định danh cơ quan *</source>
        <translation>Agency identification code *</translation>
    </message>
    <message>
        <source>VD: 000.00.12.H12</source>
        <translation>E.g. 000.00.12.H12</translation>
    </message>
    <message>
        <source>Địa danh (in ở dòng ngày tháng) *</source>
        <translation>Place name (printed on the date line) *</translation>
    </message>
    <message>
        <source>VD: Đông Hưng</source>
        <translation>E.g. Đông Hưng</translation>
    </message>
    <message>
        <source>Họ tên cán bộ tiếp nhận *</source>
        <translation>Receiving officer&apos;s full name *</translation>
    </message>
    <message>
        <source>Khoảng số thứ tự hồ sơ của quầy *</source>
        <translation>The desk&apos;s block of dossier numbers *</translation>
    </message>
    <message>
        <source>VD: 1-8999 (quầy duy nhất); 1-4499 và 4500-8999 (hai quầy)</source>
        <translation>E.g. 1-8999 (a single desk); 1-4499 and 4500-8999 (two desks)</translation>
    </message>
    <message>
        <source>Mỗi quầy của cùng một cơ quan phải dùng một khoảng riêng, không trùng nhau.</source>
        <translation>Each desk of the same agency must use a block of its own that does not overlap the others.</translation>
    </message>
    <message>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>VD: Công chức Bộ phận Một cửa</source>
        <translation>E.g. Công chức Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>Địa chỉ tra cứu hồ sơ (mã QR)</source>
        <translation>Dossier lookup address (QR code)</translation>
    </message>
    <message>
        <source>VD: https://dichvucong.hungyen.gov.vn/tra-cuu</source>
        <translation>E.g. https://dichvucong.hungyen.gov.vn/tra-cuu</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>Nộp hồ sơ</source>
        <translation>Submit a dossier</translation>
    </message>
    <message>
        <source>Nhận kết quả</source>
        <translation>Collect a result</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Đánh giá việc giải quyết hồ sơ</source>
        <translation>Rate the service</translation>
    </message>
    <message>
        <source>Ông/Bà đánh giá thế nào về việc giải quyết hồ sơ {code}?</source>
        <translation>How do you rate the handling of dossier {code}?</translation>
    </message>
    <message>
        <source>Ý kiến (không bắt buộc):</source>
        <translation>Comment (optional):</translation>
    </message>
    <message>
        <source>Gửi đánh giá</source>
        <translation>Send rating</translation>
    </message>
</context>
<context>
    <name>RatingLevel</name>
    <message>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Đăng ký</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đăng ký quầy với hệ thống tỉnh</source>
        <translation>Register the desk with the provincial system</translation>
    </message>
    <message>
        <source>Quầy đăng ký một lần bằng tài khoản của cán bộ trên hệ thống một cửa của tỉnh. Mật khẩu không được lưu trên máy; khóa thiết bị được cất trong kho khóa bí mật của hệ điều hành.</source>
        <translation>The desk registers once, with an officer&apos;s account on the province&apos;s one-stop system. The password is not stored on this computer; the device key is kept in the operating system&apos;s secret store.</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ tỉnh *</source>
        <translation>Provincial server address *</translation>
    </message>
    <message>
        <source>VD: https://motcua.laichau.gov.vn</source>
        <translation>E.g. https://motcua.laichau.gov.vn</translation>
    </message>
    <message>
        <source>Tên đăng nhập *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <source>Mật khẩu *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <source>Tên quầy (thiết bị)</source>
        <translation>Desk (device) name</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Cuộn 80 mm</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>Mở bản xem trước để in</source>
        <translation>Open a print preview</translation>
    </message>
    <message>
        <source>In thẳng ra máy in của từng mẫu</source>
        <translation>Print straight to each form&apos;s printer</translation>
    </message>
    <message>
        <source>Lưu thành tệp PDF (hỏi nơi lưu)</source>
        <translation>Save as a PDF file (ask where)</translation>
    </message>
    <message>
        <source>Giả lập bàn phím (cắm USB, gõ như bàn phím)</source>
        <translation>Keyboard wedge (USB, types like a keyboard)</translation>
    </message>
    <message>
        <source>Cổng nối tiếp (cổng COM ảo)</source>
        <translation>Serial port (virtual COM port)</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt (Vietnamese)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Mọi phiếu đang được ghi vào thư mục {folder} (mục print_to của tệp cài đặt), nên lựa chọn này chưa có tác dụng.</source>
        <translation>Every form is being written to the folder {folder} (print_to in the settings file), so this choice has no effect for now.</translation>
    </message>
    <message>
        <source>“In thẳng” gửi mỗi phiếu tới máy in đã chọn cho mẫu đó.</source>
        <translation>“Print straight” sends each form to the printer chosen for it.</translation>
    </message>
    <message>
        <source>Máy quầy đã đăng ký: giờ tiếp nhận là giờ của cơ quan trên hệ thống tỉnh, nhận về khi đăng ký; không sửa ở đây.</source>
        <translation>This desk is registered: its hours are the agency&apos;s on the provincial system, received at registration; they cannot be changed here.</translation>
    </message>
    <message>
        <source>Các buổi theo thứ tự, cách nhau bằng dấu phẩy. Khi máy quầy đăng ký với hệ thống tỉnh, giờ tiếp nhận sẽ theo giờ của cơ quan trên hệ thống tỉnh.</source>
        <translation>Sessions in order, separated by commas. Once the desk registers with the provincial system, its hours are the agency&apos;s hours there.</translation>
    </message>
    <message>
        <source>Bấm vào đây rồi quét</source>
        <translation>Click here, then scan</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Máy in mặc định của máy tính</source>
        <translation>This computer&apos;s default printer</translation>
    </message>
    <message>
        <source>{name} (không thấy trên máy này)</source>
        <translation>{name} (not found on this computer)</translation>
    </message>
    <message>
        <source>Thẻ căn cước của {name}, số định danh {number}</source>
        <translation>ID card of {name}, personal ID number {number}</translation>
    </message>
    <message>
        <source>Mã hồ sơ {code}</source>
        <translation>Dossier code {code}</translation>
    </message>
    <message>
        <source>Phiếu hẹn số {number}</source>
        <translation>Appointment slip {number}</translation>
    </message>
    <message>
        <source>Không nhận ra: không phải mã QR thẻ căn cước, mã hồ sơ hay số phiếu hẹn.</source>
        <translation>Not recognised: not an ID card QR code, a dossier code or an appointment slip number.</translation>
    </message>
    <message>
        <source>Các ký tự đến cách nhau tới {ms} ms: cửa sổ chỉ nhận là mã quét khi chúng đến liền nhau (dưới {limit} ms). Gõ tay thì đúng là như vậy; máy quét thì cần đặt chế độ gửi nhanh hơn.</source>
        <translation>The characters came up to {ms} ms apart: the window takes them for a scan only when they come in one burst (under {limit} ms). That is expected when typing by hand; a scanner must be set to send faster.</translation>
    </message>
    <message>
        <source>Bấm vào ô Quét thử rồi quét thẻ căn cước hoặc mã vạch trên giấy tiếp nhận.</source>
        <translation>Click the Test scan box, then scan an ID card or the barcode on a receipt.</translation>
    </message>
    <message>
        <source>Chọn cổng của máy quét để quét thử.</source>
        <translation>Choose the scanner&apos;s port to test it.</translation>
    </message>
    <message>
        <source>Không mở được cổng {port}: {reason}</source>
        <translation>Could not open the port {port}: {reason}</translation>
    </message>
    <message>
        <source>Đang nghe cổng {port}: hãy quét thẻ căn cước hoặc giấy tiếp nhận.</source>
        <translation>Listening on {port}: scan an ID card or a receipt.</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Cách máy tính này in phiếu, đọc máy quét và tính giờ tiếp nhận. Các thay đổi có hiệu lực ngay khi lưu, trừ ngôn ngữ.</source>
        <translation>How this computer prints forms, reads the scanner and counts office hours. Changes apply as soon as they are saved, except the language.</translation>
    </message>
    <message>
        <source>In phiếu</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Mẫu</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Máy in</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Khổ giấy</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Giấy tiếp nhận, hẹn trả (Mẫu 01)</source>
        <translation>Receipt and appointment (Form 01)</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung, hoàn thiện (Mẫu 02)</source>
        <translation>Request to complete (Form 02)</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận (Mẫu 03)</source>
        <translation>Refusal to receive (Form 03)</translation>
    </message>
    <message>
        <source>Mẫu 02 và Mẫu 03 chỉ in trên khổ A4.</source>
        <translation>Forms 02 and 03 print on A4 only.</translation>
    </message>
    <message>
        <source>Phiếu hẹn</source>
        <translation>Appointment slip</translation>
    </message>
    <message>
        <source>Khi lưu hồ sơ</source>
        <translation>On saving a dossier</translation>
    </message>
    <message>
        <source>Giờ tiếp nhận hồ sơ</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <source>Các buổi</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>VD: 07:30-11:30,13:30-17:00</source>
        <translation>E.g. 07:30-11:30,13:30-17:00</translation>
    </message>
    <message>
        <source>Nhận hẹn</source>
        <translation>Bookings</translation>
    </message>
    <message>
        <source>để trống: mọi buổi của cơ quan</source>
        <translation>empty: all of the agency&apos;s sessions</translation>
    </message>
    <message>
        <source>Các buổi quầy này nhận lịch hẹn, trong giờ nhận hẹn của cơ quan.</source>
        <translation>The sessions this desk takes bookings in, within the agency&apos;s booking hours.</translation>
    </message>
    <message>
        <source>Máy quét mã</source>
        <translation>Code scanner</translation>
    </message>
    <message>
        <source>Kết nối</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Cổng</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Tốc độ (baud)</source>
        <translation>Speed (baud)</translation>
    </message>
    <message>
        <source>Quét thử</source>
        <translation>Test scan</translation>
    </message>
    <message>
        <source>Máy quét gửi</source>
        <translation>Scanner sent</translation>
    </message>
    <message>
        <source>Phần mềm đọc được</source>
        <translation>The desk read</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện</source>
        <translation>Window language</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Có hiệu lực từ lần mở phần mềm sau. Phiếu in luôn bằng tiếng Việt.</source>
        <translation>Takes effect the next time the desk starts. Printed forms are always in Vietnamese.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>SummaryTableModel</name>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier intake</translation>
    </message>
    <message>
        <source>Chuyển trạng thái</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Lý do hệ thống tỉnh từ chối</source>
        <translation>Why the provincial system refused it</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bản ghi từ hệ thống tỉnh ({kind})</source>
        <translation>Record from the provincial system ({kind})</translation>
    </message>
    <message>
        <source>Lỗi đồng bộ</source>
        <translation>Sync errors</translation>
    </message>
    <message>
        <source>Những thay đổi dưới đây bị hệ thống tỉnh từ chối và được để riêng; các thay đổi khác vẫn được gửi bình thường. Sửa hồ sơ theo lý do rồi bấm Gửi lại.</source>
        <translation>The changes below were refused by the provincial system and set aside; other changes are still sent as usual. Correct the dossier as the reason says, then press Send again.</translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Open the dossier</translation>
    </message>
    <message>
        <source>Gửi lại</source>
        <translation>Send again</translation>
    </message>
</context>
<context>
    <name>SyncStatusView</name>
    <message>
        <source>Đang gửi thay đổi lên hệ thống tỉnh</source>
        <translation>Sending changes to the provincial system</translation>
    </message>
    <message>
        <source>Đang xin cấp số thứ tự hồ sơ</source>
        <translation>Asking for dossier sequence numbers</translation>
    </message>
    <message>
        <source>Đang nhận thay đổi từ hệ thống tỉnh</source>
        <translation>Receiving changes from the provincial system</translation>
    </message>
    <message>
        <source>Đang cấp mã hồ sơ từ số dự phòng của quầy</source>
        <translation>Dossier codes now come from the desk&apos;s reserve numbers</translation>
    </message>
    <message>
        <source>Các số thứ tự được cấp trước cho hôm nay đã dùng hết; quầy dùng khoảng số riêng 9000–9999 của mình nên mã vẫn không trùng. Kết nối mạng để được cấp thêm.</source>
        <translation>The sequence numbers given in advance for today are used up; the desk uses its own numbers within 9000–9999, so codes still do not clash. Connect to the network to be given more.</translation>
    </message>
    <message>
        <source>Đăng nhập lại…</source>
        <translation>Sign in again…</translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Chưa đăng ký với hệ thống tỉnh: quầy làm việc độc lập</source>
        <translation>Not registered with the provincial system: the desk works on its own</translation>
    </message>
    <message>
        <source>Đồng bộ → Đăng ký quầy với hệ thống tỉnh…</source>
        <translation>Sync → Register the desk with the provincial system…</translation>
    </message>
    <message>
        <source>Cần đăng nhập lại với hệ thống tỉnh</source>
        <translation>Sign in to the provincial system again</translation>
    </message>
    <message>
        <source>● Trực tuyến</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>● Mất kết nối: quầy vẫn làm việc bình thường</source>
        <translation>● Offline: the desk keeps working as usual</translation>
    </message>
    <message>
        <source>{n} thay đổi chờ gửi</source>
        <translation>Waiting to be sent: {n}</translation>
    </message>
    <message>
        <source>⚠ {n} thay đổi bị từ chối</source>
        <translation>⚠ Refused changes: {n}</translation>
    </message>
    <message>
        <source>⚠ {n} bản ghi từ tỉnh bị bỏ qua</source>
        <translation>⚠ Province records passed over: {n}</translation>
    </message>
    <message>
        <source>Chưa đồng bộ lần nào</source>
        <translation>Never synced yet</translation>
    </message>
    <message>
        <source>Đồng bộ lần cuối: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Đến hạn ngày mai</source>
        <translation>Due tomorrow</translation>
    </message>
    <message>
        <source>Có kết quả, chờ công dân đến nhận</source>
        <translation>Results waiting for their citizens</translation>
    </message>
    <message>
        <source>Đang gửi qua bưu chính</source>
        <translation>On their way by post</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>… và {n} hồ sơ khác</source>
        <translation>… and {n} more dossiers</translation>
    </message>
    <message>
        <source>Cập nhật lúc {at} · </source>
        <translation>Updated at {at} · </translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Đã xảy ra lỗi không mong muốn: {detail}. Dữ liệu đã lưu không bị ảnh hưởng.</source>
        <translation>An unexpected error occurred: {detail}. The data already saved is not affected.</translation>
    </message>
    <message>
        <source>Có {count} mục chưa hợp lệ.</source>
        <translation>Items to correct: {count}.</translation>
    </message>
    <message>
        <source>Vui lòng nhập họ và tên.</source>
        <translation>Please enter the full name.</translation>
    </message>
    <message>
        <source>Họ và tên phải dài từ {min} đến {max} ký tự.</source>
        <translation>The full name must be {min} to {max} characters long.</translation>
    </message>
    <message>
        <source>Họ và tên chỉ gồm chữ cái, dấu cách, dấu nháy (&apos;) và dấu gạch nối (-); ký tự “{char}” không hợp lệ.</source>
        <translation>A full name may contain only letters, spaces, apostrophes (&apos;) and hyphens (-); the character “{char}” is not allowed.</translation>
    </message>
    <message>
        <source>Dấu nháy (&apos;) và dấu gạch nối (-) trong họ tên chỉ được đặt giữa hai chữ cái, ví dụ H&apos;Hen, Y-Moan.</source>
        <translation>An apostrophe (&apos;) or a hyphen (-) in a name must stand between two letters, for example H&apos;Hen, Y-Moan.</translation>
    </message>
    <message>
        <source>Vui lòng nhập địa chỉ.</source>
        <translation>Please enter the address.</translation>
    </message>
    <message>
        <source>Địa chỉ không được dài quá {max} ký tự.</source>
        <translation>The address must not be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Vui lòng nhập số định danh cá nhân (số căn cước).</source>
        <translation>Please enter the personal ID number (the number on the ID card).</translation>
    </message>
    <message>
        <source>Số định danh cá nhân chỉ gồm chữ số.</source>
        <translation>The personal ID number must contain digits only.</translation>
    </message>
    <message>
        <source>Số định danh cá nhân phải gồm đúng 12 chữ số (số vừa nhập có {length} chữ số).</source>
        <translation>The personal ID number must have exactly 12 digits (the number entered has {length}).</translation>
    </message>
    <message>
        <source>Ba chữ số đầu “{province_code}” không phải mã tỉnh, thành phố nơi đăng ký khai sinh. Vui lòng kiểm tra lại số định danh cá nhân.</source>
        <translation>The first three digits “{province_code}” are not the code of a province or city where births are registered. Please check the personal ID number.</translation>
    </message>
    <message>
        <source>Số định danh cá nhân cho năm sinh {birth_year}, là năm chưa tới. Vui lòng kiểm tra lại số định danh cá nhân.</source>
        <translation>The personal ID number gives {birth_year} as the year of birth, which has not come yet. Please check the personal ID number.</translation>
    </message>
    <message>
        <source>Năm sinh {year} không khớp với số định danh cá nhân (theo số định danh là năm {id_year}).</source>
        <translation>The year of birth {year} does not match the personal ID number (which gives {id_year}).</translation>
    </message>
    <message>
        <source>Ngày sinh không được sau ngày hôm nay.</source>
        <translation>The date of birth cannot be later than today.</translation>
    </message>
    <message>
        <source>Ngày sinh cách đây hơn {max_age} năm. Vui lòng kiểm tra lại.</source>
        <translation>The date of birth is more than {max_age} years ago. Please check it.</translation>
    </message>
    <message>
        <source>Giới tính “{value}” không hợp lệ. Vui lòng chọn Nam hoặc Nữ.</source>
        <translation>The sex “{value}” is not valid. Please choose Male or Female.</translation>
    </message>
    <message>
        <source>Giới tính “{sex}” không khớp với số định danh cá nhân (theo số định danh là “{id_sex}”).</source>
        <translation>The sex “{sex}” does not match the personal ID number (which gives “{id_sex}”).</translation>
    </message>
    <message>
        <source>Mã vừa quét không phải mã QR trên thẻ căn cước. Vui lòng quét lại hoặc nhập thông tin bằng tay.</source>
        <translation>The code just scanned is not the QR code of an ID card. Please scan it again or type the details in.</translation>
    </message>
    <message>
        <source>Vui lòng nhập số điện thoại.</source>
        <translation>Please enter the phone number.</translation>
    </message>
    <message>
        <source>Số điện thoại “{value}” chỉ được gồm chữ số, dấu cách, dấu chấm, dấu gạch ngang, dấu ngoặc và đầu số +84.</source>
        <translation>The phone number “{value}” may contain only digits, spaces, dots, hyphens, brackets and the +84 prefix.</translation>
    </message>
    <message>
        <source>Số điện thoại này phải gồm {expected} chữ số (số vừa nhập có {length} chữ số).</source>
        <translation>This phone number must have {expected} digits (the number entered has {length}).</translation>
    </message>
    <message>
        <source>Đầu số “{prefix}” không phải số điện thoại Việt Nam: số di động bắt đầu bằng 03, 05, 07, 08 hoặc 09; số cố định bắt đầu bằng 02.</source>
        <translation>The prefix “{prefix}” is not that of a Vietnamese phone number: mobile numbers start with 03, 05, 07, 08 or 09; landlines start with 02.</translation>
    </message>
    <message>
        <source>Vui lòng nhập địa chỉ thư điện tử.</source>
        <translation>Please enter the email address.</translation>
    </message>
    <message>
        <source>Địa chỉ thư điện tử “{value}” không hợp lệ (ví dụ đúng: ten@gmail.com).</source>
        <translation>The email address “{value}” is not valid (a valid example: ten@gmail.com).</translation>
    </message>
    <message>
        <source>Vui lòng nhập ngày.</source>
        <translation>Please enter the date.</translation>
    </message>
    <message>
        <source>Ngày “{value}” chưa đúng dạng ngày/tháng/năm, ví dụ 05/09/1990.</source>
        <translation>The date “{value}” is not in day/month/year form, for example 05/09/1990.</translation>
    </message>
    <message>
        <source>Ngày “{value}” không có trên lịch. Vui lòng kiểm tra lại ngày và tháng.</source>
        <translation>The date “{value}” does not exist on the calendar. Please check the day and the month.</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết “{value}” không hợp lệ: phải là một số ngày làm việc không âm.</source>
        <translation>The processing time “{value}” is not valid: it must be a number of working days, not negative.</translation>
    </message>
    <message>
        <source>Giờ làm việc “{value}” không hợp lệ. Vui lòng nhập các buổi theo thứ tự, không chồng nhau, ví dụ 07:30-11:30,13:30-17:00.</source>
        <translation>The office hours “{value}” are not valid. Please enter the sessions in order, without overlaps, for example 07:30-11:30,13:30-17:00.</translation>
    </message>
    <message>
        <source>Mã hồ sơ “{value}” không đúng dạng &lt;mã cơ quan&gt;-&lt;năm tháng ngày&gt;-&lt;số thứ tự&gt;, ví dụ 000.00.12.H12-261122-0001.</source>
        <translation>The dossier code “{value}” is not in the form &lt;agency code&gt;-&lt;year month day&gt;-&lt;sequence number&gt;, for example 000.00.12.H12-261122-0001.</translation>
    </message>
    <message>
        <source>Số thứ tự hồ sơ trong ngày phải từ 1 đến 9999 (đang là {sequence}).</source>
        <translation>A dossier&apos;s sequence number within the day must be from 1 to 9999 (it is {sequence}).</translation>
    </message>
    <message>
        <source>Mã hồ sơ “{value}” không viết đúng dạng in trên phiếu; dạng đúng là “{canonical}”.</source>
        <translation>The dossier code “{value}” is not written as printed on the receipt; the correct form is “{canonical}”.</translation>
    </message>
    <message>
        <source>Mã hồ sơ chỉ ghi được ngày tiếp nhận từ năm 2000 đến năm 2099 (ngày đã cho: {day}).</source>
        <translation>A dossier code can only hold a reception date from 2000 to 2099 (the date given: {day}).</translation>
    </message>
    <message>
        <source>Vui lòng nhập mã định danh điện tử của cơ quan.</source>
        <translation>Please enter the agency&apos;s electronic identification code.</translation>
    </message>
    <message>
        <source>Mã cơ quan “{value}” không hợp lệ: mã gồm từ 2 đến 6 nhóm, mỗi nhóm 2 hoặc 3 chữ in hoa hoặc chữ số, ngăn cách bởi dấu chấm, ví dụ 000.00.12.H12.</source>
        <translation>The agency code “{value}” is not valid: it has 2 to 6 groups of 2 or 3 capital letters or digits, separated by dots, for example 000.00.12.H12.</translation>
    </message>
    <message>
        <source>Không thể chuyển hồ sơ từ trạng thái “{from_label}” sang “{to_label}”.</source>
        <translation>A dossier cannot move from the status “{from_label}” to “{to_label}”.</translation>
    </message>
    <message>
        <source>Hồ sơ đã được yêu cầu bổ sung một lần; pháp luật chỉ cho phép yêu cầu bổ sung, hoàn thiện hồ sơ một lần.</source>
        <translation>This dossier has already been asked to complete its papers once; the law allows only one such request.</translation>
    </message>
    <message>
        <source>Vui lòng ghi lý do rút hồ sơ theo văn bản đề nghị của người nộp.</source>
        <translation>Please enter the reason for the withdrawal, as in the applicant&apos;s written request.</translation>
    </message>
    <message>
        <source>Lý do rút hồ sơ không được dài quá {max} ký tự.</source>
        <translation>The reason for the withdrawal must not be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Vui lòng ghi lý do dừng giải quyết hồ sơ.</source>
        <translation>Please enter the reason processing is stopped.</translation>
    </message>
    <message>
        <source>Lý do dừng giải quyết không được dài quá {max} ký tự.</source>
        <translation>The reason for stopping must not be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Việc chuyển hồ sơ sang “{to_label}” do quầy Một cửa ghi nhận (trả kết quả, nhận hồ sơ bổ sung).</source>
        <translation>A move to “{to_label}” is recorded by the one-stop desk (the hand-over, papers brought).</translation>
    </message>
    <message>
        <source>Việc trả kết quả hồ sơ {code} thiếu thông tin người nhận; không ghi nhận được.</source>
        <translation>The hand-over of dossier {code} names no receiver; it cannot be recorded.</translation>
    </message>
    <message>
        <source>Kết quả đã được trả lúc {time} ngày {day} cho {name}; mỗi kết quả chỉ trả một lần.</source>
        <translation>The result was handed over at {time} on {day} to {name}; a result is handed over only once.</translation>
    </message>
    <message>
        <source>Chưa thể trả kết quả: hồ sơ đang ở trạng thái “{label}”, chưa có kết quả giải quyết.</source>
        <translation>The result cannot be handed over yet: the dossier is “{label}” and has no result.</translation>
    </message>
    <message>
        <source>Không có kết quả để trả: hồ sơ ở trạng thái “{label}”.</source>
        <translation>There is no result to hand over: the dossier is “{label}”.</translation>
    </message>
    <message>
        <source>Số định danh không phải của người nộp hồ sơ ({name}). Nếu đây là người được ủy quyền, hãy chọn “Người được ủy quyền nhận thay” và ghi giấy ủy quyền.</source>
        <translation>This ID number is not the applicant&apos;s ({name}). If this is an authorised person, tick “Authorised person collects” and record the authorisation.</translation>
    </message>
    <message>
        <source>Đây là số định danh của chính người nộp hồ sơ; bỏ chọn “Người được ủy quyền nhận thay”.</source>
        <translation>This is the applicant&apos;s own ID number; untick “Authorised person collects”.</translation>
    </message>
    <message>
        <source>Vui lòng ghi số, ngày hoặc loại giấy ủy quyền của người nhận thay.</source>
        <translation>Please record the number, date or kind of the authorisation paper.</translation>
    </message>
    <message>
        <source>Thông tin giấy ủy quyền không được dài quá {max} ký tự.</source>
        <translation>The authorisation must not be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Số tiền thu thêm phải từ 0 đến {max} đồng.</source>
        <translation>The amount collected must be between 0 and {max} dong.</translation>
    </message>
    <message>
        <source>Hồ sơ này đã đăng ký nhận kết quả qua bưu chính; hãy ghi số vận đơn khi gửi và xác nhận khi bưu điện báo đã phát.</source>
        <translation>This dossier&apos;s result goes by post: record the waybill when it is sent, and confirm when the post reports delivery.</translation>
    </message>
    <message>
        <source>{step} lúc {at}.</source>
        <translation>{step} at {at}.</translation>
    </message>
    <message>
        <source>Không dùng được tệp câu chữ của các mẫu {path}: {detail}. Hãy sửa hoặc xóa tệp.</source>
        <translation>The forms&apos; wording file {path} cannot be used: {detail}. Correct or remove it.</translation>
    </message>
    <message>
        <source>Chưa in được {form} cho hồ sơ {code}: {why}</source>
        <translation>{form} cannot be printed for dossier {code} yet: {why}</translation>
    </message>
    <message>
        <source>Không có Mẫu {number}; các mẫu in được: {known}.</source>
        <translation>There is no form {number}; the forms that print are: {known}.</translation>
    </message>
    <message>
        <source>hồ sơ được tiếp nhận bằng một mẫu khác.</source>
        <translation>the dossier was received with another form.</translation>
    </message>
    <message>
        <source>hồ sơ chưa có ngày hẹn trả.</source>
        <translation>the dossier has no due date.</translation>
    </message>
    <message>
        <source>hồ sơ chưa được gia hạn.</source>
        <translation>the dossier has not been extended.</translation>
    </message>
    <message>
        <source>hồ sơ không ở trạng thái dừng giải quyết.</source>
        <translation>the dossier is not stopped.</translation>
    </message>
    <message>
        <source>kết quả chưa được trả.</source>
        <translation>the result has not been handed over.</translation>
    </message>
    <message>
        <source>hồ sơ không đăng ký nhận kết quả qua bưu chính.</source>
        <translation>the dossier&apos;s result does not go by post.</translation>
    </message>
    <message>
        <source>Sổ theo dõi ghi ra tệp .pdf hoặc .xlsx (đã cho: {path}).</source>
        <translation>The tracking book is written to a .pdf or .xlsx file (given: {path}).</translation>
    </message>
    <message>
        <source>Ngày cuối của sổ phải từ ngày đầu trở đi.</source>
        <translation>The book&apos;s last day must not be before its first.</translation>
    </message>
    <message>
        <source>Vui lòng chọn một mức đánh giá.</source>
        <translation>Please choose a rating.</translation>
    </message>
    <message>
        <source>Ý kiến không được dài quá {max} ký tự.</source>
        <translation>The comment must not be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Người dân đã đánh giá việc giải quyết hồ sơ này.</source>
        <translation>The citizen has already rated this dossier.</translation>
    </message>
    <message>
        <source>Chỉ đánh giá được khi đã trả kết quả (hồ sơ đang ở trạng thái “{label}”).</source>
        <translation>A rating is given once the result is handed over (the dossier is “{label}”).</translation>
    </message>
    <message>
        <source>Không gia hạn được hồ sơ ở trạng thái “{label}”; chỉ hồ sơ đang giải quyết mới gia hạn.</source>
        <translation>A dossier that is “{label}” cannot be extended; only a dossier being processed can.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa có ngày hẹn trả nên không gia hạn được.</source>
        <translation>The dossier has no due date yet, so it cannot be extended.</translation>
    </message>
    <message>
        <source>Hồ sơ đã được gia hạn một lần; pháp luật chỉ cho phép gia hạn một lần.</source>
        <translation>The dossier has already been extended once; the law allows only one extension.</translation>
    </message>
    <message>
        <source>Vui lòng nhập ngày hẹn trả mới (dd/mm/yyyy).</source>
        <translation>Please enter the new due date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Ngày hẹn trả mới phải sau ngày hẹn hiện tại ({due}).</source>
        <translation>The new due date must be after the current one ({due}).</translation>
    </message>
    <message>
        <source>Ngày hẹn trả mới phải sau thời điểm hiện tại.</source>
        <translation>The new due date must be in the future.</translation>
    </message>
    <message>
        <source>Ngày {day} không phải ngày làm việc; hãy chọn một ngày làm việc.</source>
        <translation>{day} is not a working day; please choose a working day.</translation>
    </message>
    <message>
        <source>Vui lòng ghi lý do chậm giải quyết.</source>
        <translation>Please enter the reason for the delay.</translation>
    </message>
    <message>
        <source>Lý do không được dài quá {max} ký tự.</source>
        <translation>The reason must not be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Hồ sơ không ở trạng thái chờ bổ sung (đang là “{label}”), không có giấy tờ nào đang chờ.</source>
        <translation>The dossier is not waiting for papers (it is “{label}”); none are expected.</translation>
    </message>
    <message>
        <source>Vui lòng đánh dấu những giấy tờ người dân mang đến bổ sung.</source>
        <translation>Please tick the papers the citizen brought.</translation>
    </message>
    <message>
        <source>Hồ sơ này không đăng ký nhận kết quả qua bưu chính.</source>
        <translation>This dossier&apos;s result does not go by post.</translation>
    </message>
    <message>
        <source>Số vận đơn gồm 6 đến 30 chữ in hoa, chữ số hoặc dấu gạch ngang (đã nhập: “{value}”).</source>
        <translation>A waybill number is 6 to 30 capital letters, digits or dashes (typed: “{value}”).</translation>
    </message>
    <message>
        <source>Ngày gửi phải từ ngày có kết quả đến hôm nay (dd/mm/yyyy).</source>
        <translation>The day sent must be between the day the result was ready and today (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Kết quả đã được gửi qua bưu chính ngày {day}, số vận đơn {waybill}.</source>
        <translation>The result was sent by post on {day}, waybill {waybill}.</translation>
    </message>
    <message>
        <source>Chưa ghi việc gửi kết quả qua bưu chính; hãy ghi số vận đơn trước.</source>
        <translation>The posting of the result has not been recorded; record the waybill first.</translation>
    </message>
    <message>
        <source>Cửa sổ đã mở: {title}</source>
        <translation>Window open: {title}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đã được một phiên bản mới hơn của phần mềm nâng cấp (lược đồ {revision}, phiên bản này chỉ biết tới {expected}). Hãy cài lại phiên bản mới; dữ liệu vẫn nguyên vẹn.</source>
        <translation>The database {path} has been upgraded by a newer version of the software (schema {revision}; this version only knows up to {expected}). Please install the newer version again; the data is intact.</translation>
    </message>
    <message>
        <source>Thời lượng một lần hẹn phải từ {min} đến {max} phút.</source>
        <translation>An appointment must last from {min} to {max} minutes.</translation>
    </message>
    <message>
        <source>Giờ hẹn phải sau thời điểm hiện tại.</source>
        <translation>The appointment time must be later than now.</translation>
    </message>
    <message>
        <source>Ngày {day} không phải ngày làm việc; vui lòng chọn ngày khác.</source>
        <translation>{day} is not a working day; please choose another day.</translation>
    </message>
    <message>
        <source>Giờ hẹn phải nằm trọn trong một buổi tiếp nhận ({hours}).</source>
        <translation>The appointment must lie wholly within one reception session ({hours}).</translation>
    </message>
    <message>
        <source>Ghi chú không được dài quá {max} ký tự.</source>
        <translation>The note must not be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Không có lịch hẹn {id} trên hệ thống tỉnh.</source>
        <translation>There is no appointment {id} in the provincial system.</translation>
    </message>
    <message>
        <source>Lịch hẹn {id} đã hủy từ trước.</source>
        <translation>Appointment {id} was already cancelled.</translation>
    </message>
    <message>
        <source>Mỗi khung giờ nhận từ 1 đến {max} công dân.</source>
        <translation>A slot takes from 1 to {max} citizens.</translation>
    </message>
    <message>
        <source>Giờ hẹn phải đúng đầu một khung {minutes} phút (khung đầu tiên bắt đầu lúc {first}).</source>
        <translation>The time must be the start of a {minutes}-minute slot (the first slot starts at {first}).</translation>
    </message>
    <message>
        <source>Mỗi khung giờ hẹn của lĩnh vực “{field_name}” dài {minutes} phút.</source>
        <translation>Each slot of the field “{field_name}” lasts {minutes} minutes.</translation>
    </message>
    <message>
        <source>Lịch hẹn đang ở trạng thái “{current}”, không thể chuyển sang “{to}”.</source>
        <translation>The appointment is “{current}” and cannot become “{to}”.</translation>
    </message>
    <message>
        <source>Khung giờ {time} đã kín chỗ.</source>
        <translation>The slot at {time} is full.</translation>
    </message>
    <message>
        <source>Khung giờ {time} đã hết chỗ quầy này được giao. Khung còn chỗ: {offer}.</source>
        <translation>This desk has no place left in the slot at {time}. Slots with places: {offer}.</translation>
    </message>
    <message>
        <source>Khung giờ {time} đã hết chỗ quầy này được giao, và quầy không còn chỗ nào khác trong {days} ngày tới.</source>
        <translation>This desk has no place left in the slot at {time}, nor in any other slot of the next {days} days.</translation>
    </message>
    <message>
        <source>Chỉ hẹn giờ nhận kết quả cho hồ sơ được tiếp nhận, trên quầy đã được giao chỗ hẹn.</source>
        <translation>A pickup time is booked only for a dossier received, at a desk holding appointment places.</translation>
    </message>
    <message>
        <source>Giờ hẹn nhận kết quả phải từ lúc hẹn trả ({due}) trở đi.</source>
        <translation>The pickup time must be at or after the due time ({due}).</translation>
    </message>
    <message>
        <source>Hãy chọn một khung giờ còn chỗ ở quầy này, hoặc bấm “Sớm nhất còn chỗ”.</source>
        <translation>Choose a slot with a place left at this desk, or press “Earliest free”.</translation>
    </message>
    <message>
        <source>Quầy không còn chỗ hẹn nào trong {days} ngày tới; hãy đồng bộ khi có mạng để nhận thêm chỗ.</source>
        <translation>This desk has no appointment place left in the next {days} days; sync when the network is back to get more.</translation>
    </message>
    <message>
        <source>Quầy chưa được hệ thống tỉnh giao chỗ hẹn nào; hãy đăng ký quầy và đồng bộ khi có mạng.</source>
        <translation>The provincial system has not given this desk any appointment places yet; register the desk and sync when the network is there.</translation>
    </message>
    <message>
        <source>Quầy đã dùng hết số lịch hẹn được giao; hãy đồng bộ khi có mạng để nhận thêm.</source>
        <translation>This desk has used all the booking numbers it was given; sync when the network is there to get more.</translation>
    </message>
    <message>
        <source>Số lịch hẹn {number} có ở nhiều cơ quan; hãy ghi --agency hoặc hủy theo mã (ID) của lịch hẹn.</source>
        <translation>Booking number {number} exists at several agencies; give --agency or cancel by the appointment&apos;s ID.</translation>
    </message>
    <message>
        <source>Không có lịch hẹn số {number}.</source>
        <translation>There is no appointment number {number}.</translation>
    </message>
    <message>
        <source>Số lịch hẹn {number} không nằm trong các khối số đã giao cho quầy này.</source>
        <translation>Booking number {number} is not in the blocks of numbers given to this desk.</translation>
    </message>
    <message>
        <source>Số lịch hẹn {number} đã được dùng cho một lịch hẹn khác.</source>
        <translation>Booking number {number} is already used by another appointment.</translation>
    </message>
    <message>
        <source>Lịch hẹn {number} được đặt sau giờ hẹn.</source>
        <translation>Appointment {number} was booked after its time.</translation>
    </message>
    <message>
        <source>Hãy ghi lý do hủy lịch hẹn.</source>
        <translation>Write why the appointment is cancelled.</translation>
    </message>
    <message>
        <source>Hãy chọn thủ tục có trong danh mục.</source>
        <translation>Choose a procedure of the catalogue.</translation>
    </message>
    <message>
        <source>Hẹn nhận kết quả phải ghi mã hồ sơ đúng (đã nhập: “{value}”).</source>
        <translation>An appointment to collect a result needs a valid dossier code (entered: “{value}”).</translation>
    </message>
    <message>
        <source>Số lịch hẹn chỉ dùng cho các năm 2000–2099 (năm {year}).</source>
        <translation>Booking numbers are for the years 2000–2099 only (year {year}).</translation>
    </message>
    <message>
        <source>Số thứ tự lịch hẹn {sequence} nằm ngoài khoảng 1–999999.</source>
        <translation>Booking sequence {sequence} is outside 1–999999.</translation>
    </message>
    <message>
        <source>Đã hết số lịch hẹn của năm {year}.</source>
        <translation>No booking numbers are left for {year}.</translation>
    </message>
    <message>
        <source>Thủ tục mã {code} không có trong danh mục đang áp dụng của tỉnh.</source>
        <translation>The procedure with code {code} is not in the province&apos;s current catalogue.</translation>
    </message>
    <message>
        <source>Danh mục thủ tục có {count} lỗi nên chưa được nhập:
{details}</source>
        <translation>The procedure catalogue was not imported, because of {count} error(s):
{details}</translation>
    </message>
    <message>
        <source>Thủ tục thứ {number}, mục “{field}”: {message}</source>
        <translation>Procedure no. {number}, field “{field}”: {message}</translation>
    </message>
    <message>
        <source>Thủ tục thứ {number}: {message}</source>
        <translation>Procedure no. {number}: {message}</translation>
    </message>
    <message>
        <source>Tệp danh mục: {message}</source>
        <translation>Catalogue file: {message}</translation>
    </message>
    <message>
        <source>… và {count} lỗi khác.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <source>Tệp phải chứa một danh sách thủ tục, hoặc một đối tượng có khóa “procedures” là danh sách đó.</source>
        <translation>The file must hold a list of procedures, or an object whose key “procedures” is that list.</translation>
    </message>
    <message>
        <source>Mỗi thủ tục phải là một đối tượng JSON.</source>
        <translation>Each procedure must be a JSON object.</translation>
    </message>
    <message>
        <source>Thiếu thông tin bắt buộc.</source>
        <translation>Required information is missing.</translation>
    </message>
    <message>
        <source>Phải là một chuỗi văn bản.</source>
        <translation>Must be a text string.</translation>
    </message>
    <message>
        <source>Không được để trống.</source>
        <translation>Must not be empty.</translation>
    </message>
    <message>
        <source>Phải là một danh sách.</source>
        <translation>Must be a list.</translation>
    </message>
    <message>
        <source>Phải là một đối tượng JSON.</source>
        <translation>Must be a JSON object.</translation>
    </message>
    <message>
        <source>Mã thủ tục “{code}” trùng với thủ tục thứ {first}.</source>
        <translation>The procedure code “{code}” is the same as that of procedure no. {first}.</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết phải là số ngày làm việc từ 0 đến 999, nhiều nhất 3 chữ số thập phân.</source>
        <translation>The processing time must be a number of working days from 0 to 999, with at most 3 decimal places.</translation>
    </message>
    <message>
        <source>Giờ chốt nhận hồ sơ phải có dạng giờ:phút, ví dụ 15:00.</source>
        <translation>The cut-off time for receiving dossiers must be in hours:minutes form, for example 15:00.</translation>
    </message>
    <message>
        <source>Số tiền phải là một số nguyên đồng, không âm, không quá {max} đồng.</source>
        <translation>An amount must be a whole number of đồng, not negative, and at most {max} đồng.</translation>
    </message>
    <message>
        <source>Tổng các khoản phí, lệ phí của một thủ tục không được quá {max} đồng.</source>
        <translation>The fees and charges of one procedure must not total more than {max} đồng.</translation>
    </message>
    <message>
        <source>Tệp không có thủ tục nào; danh mục hiện có được giữ nguyên.</source>
        <translation>The file holds no procedures; the current catalogue is kept as it is.</translation>
    </message>
    <message>
        <source>Tệp không phải văn bản UTF-8 (lỗi ở dòng {line}); hãy lưu lại tệp với bảng mã UTF-8.</source>
        <translation>The file is not UTF-8 text (error on line {line}); please save the file again in the UTF-8 encoding.</translation>
    </message>
    <message>
        <source>Tệp không phải JSON hợp lệ: dòng {line}, cột {column} ({detail}).</source>
        <translation>The file is not valid JSON: line {line}, column {column} ({detail}).</translation>
    </message>
    <message>
        <source>Mã thủ tục “{value}” không hợp lệ: chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới, tối đa 40 ký tự.</source>
        <translation>The procedure code “{value}” is not valid: only letters, digits, dots, hyphens and underscores, 40 characters at most.</translation>
    </message>
    <message>
        <source>Dài {length} ký tự, quá giới hạn {max} ký tự.</source>
        <translation>{length} characters long, over the limit of {max} characters.</translation>
    </message>
    <message>
        <source>Có {count} mục, nhiều nhất được {max} mục.</source>
        <translation>{count} items; at most {max} are allowed.</translation>
    </message>
    <message>
        <source>Chứa ký tự không hợp lệ {char} (ký tự điều khiển hoặc mã hóa hỏng).</source>
        <translation>Contains the invalid character {char} (a control character or broken encoding).</translation>
    </message>
    <message>
        <source>Loại giấy tờ “{value}” không hợp lệ; chỉ dùng original, copy, certified_copy hoặc photocopy.</source>
        <translation>The kind of paper “{value}” is not valid; use original, copy, certified_copy or photocopy only.</translation>
    </message>
    <message>
        <source>Phải là true hoặc false.</source>
        <translation>Must be true or false.</translation>
    </message>
    <message>
        <source>Giấy tờ chỉ xuất trình thì không nộp lại nên không thể “trả lại bản chính”.</source>
        <translation>A paper that is only shown is not handed in, so it cannot be marked “original returned”.</translation>
    </message>
    <message>
        <source>Chỉ bản chính mới được đánh dấu trả lại cùng kết quả.</source>
        <translation>Only an original can be marked to be returned with the result.</translation>
    </message>
    <message>
        <source>Số bản phải là một số nguyên từ 1 đến {max}.</source>
        <translation>The number of copies must be a whole number from 1 to {max}.</translation>
    </message>
    <message>
        <source>Mục cài đặt “{key}” phải là một số nguyên từ {low} đến {high}.</source>
        <translation>The setting “{key}” must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>Tệp cài đặt có mục “{key}” mà phần mềm không dùng; hãy kiểm tra lỗi gõ hoặc xóa mục này.</source>
        <translation>The settings file has an entry “{key}” that the software does not use; check it for a typing error or delete it.</translation>
    </message>
    <message>
        <source>Mục “{key}” của tệp cài đặt phải là một bảng [{key}].</source>
        <translation>The entry “{key}” of the settings file must be a table [{key}].</translation>
    </message>
    <message>
        <source>Mục cài đặt “{key}” phải là một chuỗi văn bản (đặt trong dấu ngoặc kép).</source>
        <translation>The setting “{key}” must be a text string (in double quotes).</translation>
    </message>
    <message>
        <source>Mục cài đặt “{key}” dài quá {max} ký tự.</source>
        <translation>The setting “{key}” is longer than {max} characters.</translation>
    </message>
    <message>
        <source>Khoảng số thứ tự “{value}” không hợp lệ: nhập dạng đầu-cuối, với 1 ≤ đầu ≤ cuối ≤ 9999, ví dụ 1-8999.</source>
        <translation>The sequence number block “{value}” is not valid: enter it as first-last, with 1 ≤ first ≤ last ≤ 9999, for example 1-8999.</translation>
    </message>
    <message>
        <source>Giá trị “{value}” không hợp lệ; chỉ chọn một trong: {choices}.</source>
        <translation>The value “{value}” is not valid; choose one of: {choices}.</translation>
    </message>
    <message>
        <source>Buổi nhận hẹn của quầy “{value}” không hợp lệ; ghi như 07:30-11:30,13:30-17:00.</source>
        <translation>The desk&apos;s booking sessions “{value}” are not valid; write them like 07:30-11:30,13:30-17:00.</translation>
    </message>
    <message>
        <source>Ngôn ngữ giao diện “{value}” không hợp lệ; chỉ chọn một trong: {choices} (vi: tiếng Việt, en: tiếng Anh).</source>
        <translation>The interface language “{value}” is not valid; choose one of: {choices} (vi: Vietnamese, en: English).</translation>
    </message>
    <message>
        <source>Các liên giấy tiếp nhận cần in phải là danh sách gồm 1, 2 hoặc cả hai.</source>
        <translation>The receipt copies to print must be a list of 1, 2 or both.</translation>
    </message>
    <message>
        <source>Khổ giấy phiếu hẹn “{value}” không hợp lệ; chỉ chọn một trong: {choices} (a5: tờ A5, 80mm: cuộn giấy in nhiệt 80 mm).</source>
        <translation>The slip paper “{value}” is not valid; choose one of: {choices} (a5: an A5 sheet, 80mm: an 80 mm thermal roll).</translation>
    </message>
    <message>
        <source>Không đọc được tệp cài đặt {path}: {detail}</source>
        <translation>The settings file {path} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Vui lòng chọn hoặc nhập cổng của máy quét, ví dụ COM3 hoặc /dev/ttyACM0.</source>
        <translation>Please choose or type the scanner&apos;s port, for example COM3 or /dev/ttyACM0.</translation>
    </message>
    <message>
        <source>Máy quầy đã đăng ký: giờ tiếp nhận là giờ của cơ quan trên hệ thống tỉnh, không sửa được ở đây.</source>
        <translation>This desk is registered: its office hours are the agency&apos;s on the provincial system and cannot be changed here.</translation>
    </message>
    <message>
        <source>Họ tên không có dấu: hãy đối chiếu với thẻ căn cước, sửa cho đúng hoặc đánh dấu “Đã đối chiếu” nếu trên thẻ đúng như vậy.</source>
        <translation>The name has no diacritics: check it against the ID card, correct it, or tick “Checked” if the card shows it exactly so.</translation>
    </message>
    <message>
        <source>Còn thiếu {count} giấy tờ: {papers}. Hãy đánh dấu đã nhận, hoặc in Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02).</source>
        <translation>{count} papers are missing: {papers}. Tick them as received, or print the request to complete the dossier (Form 02).</translation>
    </message>
    <message>
        <source>“{name}” chỉ xuất trình để đối chiếu, không nộp lại.</source>
        <translation>“{name}” is only shown for checking; it is not handed in.</translation>
    </message>
    <message>
        <source>“{name}” phải được nộp, không chỉ xuất trình.</source>
        <translation>“{name}” must be handed in, not only shown.</translation>
    </message>
    <message>
        <source>Chỉ bản chính đã nộp mới được trả lại cùng kết quả (“{name}”).</source>
        <translation>Only an original that was handed in can be returned with the result (“{name}”).</translation>
    </message>
    <message>
        <source>Hồ sơ đã đủ giấy tờ; muốn yêu cầu bổ sung, hãy ghi rõ nội dung cần bổ sung, hoàn thiện.</source>
        <translation>The dossier has all its documents; to request a supplement, write down what must be supplemented or completed.</translation>
    </message>
    <message>
        <source>Vui lòng ghi rõ lý do từ chối tiếp nhận hồ sơ.</source>
        <translation>Please write down the reason for refusing the dossier.</translation>
    </message>
    <message>
        <source>Ghi chú hoặc lý do không được dài quá {max} ký tự.</source>
        <translation>The note or reason must not be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Số bộ hồ sơ phải từ 1 đến 99.</source>
        <translation>The number of sets must be from 1 to 99.</translation>
    </message>
    <message>
        <source>Hình thức nhận kết quả không hợp lệ.</source>
        <translation>The way of receiving the result is not valid.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa được lưu vì hệ thống tỉnh sẽ không nhận dữ liệu này: {detail}</source>
        <translation>The dossier was not saved, because the provincial system would not accept this data: {detail}</translation>
    </message>
    <message>
        <source>Không có thủ tục mã {code} trong danh mục của quầy.</source>
        <translation>There is no procedure with code {code} in this desk&apos;s catalogue.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ {code} trên quầy này.</source>
        <translation>Dossier {code} was not found at this desk.</translation>
    </message>
    <message>
        <source>Đã dùng hết khoảng số thứ tự {first}–{last} của quầy cho hôm nay; hãy báo quản trị mở rộng mục [codes] sequence_block.</source>
        <translation>The desk has used up its sequence numbers {first}–{last} for today; ask the administrator to widen [codes] sequence_block.</translation>
    </message>
    <message>
        <source>Chưa khai báo đủ thông tin quầy (cơ quan, mã cơ quan, địa danh, cán bộ tiếp nhận).</source>
        <translation>The desk&apos;s details are incomplete (agency, agency code, place name, receiving officer).</translation>
    </message>
    <message>
        <source>Vui lòng nhập mục này.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>Mã cơ quan do hệ thống tỉnh cấp khi đăng ký máy quầy; không sửa được ở đây.</source>
        <translation>The agency code is set by the provincial system when the desk is registered; it cannot be edited here.</translation>
    </message>
    <message>
        <source>Máy quầy đã đăng ký nhận số hồ sơ từ hệ thống tỉnh; dải số này không sửa được.</source>
        <translation>This registered desk takes its dossier numbers from the provincial system; this range cannot be edited.</translation>
    </message>
    <message>
        <source>Không được dài quá {max} ký tự.</source>
        <translation>Must not be longer than {max} characters.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp danh mục {path}.</source>
        <translation>The catalogue file {path} was not found.</translation>
    </message>
    <message>
        <source>Không đọc được tệp danh mục {path}: {detail}</source>
        <translation>The catalogue file {path} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Tên đăng nhập hoặc mật khẩu không đúng.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>Tài khoản {username} đã bị khóa trên hệ thống tỉnh.</source>
        <translation>The account {username} has been locked in the provincial system.</translation>
    </message>
    <message>
        <source>Thiết bị chưa đăng ký hoặc đã bị thu hồi quyền; vui lòng đăng nhập lại với hệ thống tỉnh.</source>
        <translation>This device is not registered or its access has been revoked; please sign in to the provincial system again.</translation>
    </message>
    <message>
        <source>Hồ sơ {code} thuộc cơ quan khác; thiết bị này không được xem hay sửa.</source>
        <translation>Dossier {code} belongs to another agency; this device may neither view nor change it.</translation>
    </message>
    <message>
        <source>Yêu cầu gửi lên không hợp lệ: {detail}</source>
        <translation>The request sent is not valid: {detail}</translation>
    </message>
    <message>
        <source>Yêu cầu gửi lên không phải JSON hợp lệ (UTF-8).</source>
        <translation>The request sent is not valid JSON (UTF-8).</translation>
    </message>
    <message>
        <source>Dữ liệu gửi lên quá lớn (tối đa {max} byte).</source>
        <translation>The data sent is too large (at most {max} bytes).</translation>
    </message>
    <message>
        <source>Không có địa chỉ {path} trên máy chủ.</source>
        <translation>There is no address {path} on the server.</translation>
    </message>
    <message>
        <source>Con trỏ đồng bộ không hợp lệ hoặc không phải của cơ quan này.</source>
        <translation>The sync cursor is not valid or does not belong to this agency.</translation>
    </message>
    <message>
        <source>Không có thiết bị {device_id} trên hệ thống tỉnh.</source>
        <translation>There is no device {device_id} in the provincial system.</translation>
    </message>
    <message>
        <source>Cơ quan đã có đủ {slots} quầy được cấp số dự phòng; hãy thu hồi một thiết bị không còn dùng.</source>
        <translation>The agency already has {slots} desks with reserve numbers; revoke a device that is no longer used.</translation>
    </message>
    <message>
        <source>Không có cơ quan mã {code} trên hệ thống tỉnh.</source>
        <translation>There is no agency with code {code} in the provincial system.</translation>
    </message>
    <message>
        <source>Cơ quan mã {code} đã có trên hệ thống tỉnh.</source>
        <translation>An agency with code {code} already exists in the provincial system.</translation>
    </message>
    <message>
        <source>Tên đăng nhập {username} đã có người dùng.</source>
        <translation>The user name {username} is already taken.</translation>
    </message>
    <message>
        <source>Mật khẩu phải dài ít nhất {min} ký tự.</source>
        <translation>The password must be at least {min} characters long.</translation>
    </message>
    <message>
        <source>Mã hồ sơ {code} đã được dùng cho một hồ sơ khác trên hệ thống tỉnh.</source>
        <translation>The dossier code {code} is already used by another dossier in the provincial system.</translation>
    </message>
    <message>
        <source>Hồ sơ {code} mang mã cơ quan {agency}, không phải cơ quan của thiết bị này ({device_agency}).</source>
        <translation>Dossier {code} carries the agency code {agency}, not that of this device&apos;s agency ({device_agency}).</translation>
    </message>
    <message>
        <source>Thao tác ghi cho hồ sơ {code} nhưng dữ liệu lại là của hồ sơ {payload_code}.</source>
        <translation>The change is recorded for dossier {code}, but its data belongs to dossier {payload_code}.</translation>
    </message>
    <message>
        <source>Chuyển hồ sơ sang “{to_label}” là việc của bộ phận giải quyết, quầy không được ghi.</source>
        <translation>Moving a dossier to “{to_label}” is for the processing department; the desk may not record it.</translation>
    </message>
    <message>
        <source>Dữ liệu gửi cho hồ sơ {code} không hợp lệ: {detail}</source>
        <translation>The data sent for dossier {code} is not valid: {detail}</translation>
    </message>
    <message>
        <source>Hệ thống tỉnh chưa có hồ sơ {code}; không ghi được thay đổi của hồ sơ này.</source>
        <translation>The provincial system does not have dossier {code} yet; the changes to this dossier cannot be recorded.</translation>
    </message>
    <message>
        <source>Hồ sơ {code} gửi lên ở trạng thái “{label}”, không phải trạng thái lúc tiếp nhận.</source>
        <translation>Dossier {code} was sent with the status “{label}”, which is not a status at reception.</translation>
    </message>
    <message>
        <source>Thay đổi của hồ sơ {code} ở phiên bản dữ liệu {version}; hệ thống tỉnh chỉ nhận phiên bản {supported}.</source>
        <translation>The change to dossier {code} is in data version {version}; the provincial system only accepts version {supported}.</translation>
    </message>
    <message>
        <source>Mã hồ sơ {code} không mang ngày tiếp nhận ({day}) như giờ tiếp nhận đã ghi.</source>
        <translation>The dossier code {code} does not carry the reception date ({day}) that its recorded reception time gives.</translation>
    </message>
    <message>
        <source>Giờ tiếp nhận hồ sơ {code} ở sau thời điểm hiện tại của hệ thống tỉnh; hãy kiểm tra đồng hồ của máy.</source>
        <translation>The reception time of dossier {code} is later than the provincial system&apos;s current time; please check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>Số thứ tự của mã hồ sơ {code} không thuộc khoảng số hệ thống tỉnh đã cấp cho quầy này, cũng không thuộc khoảng số dự phòng của quầy.</source>
        <translation>The sequence number of dossier code {code} is neither in the blocks the provincial system gave this desk nor in the desk&apos;s reserve numbers.</translation>
    </message>
    <message>
        <source>Thủ tục mã {procedure} của hồ sơ {code} không có trong danh mục của tỉnh lúc tiếp nhận.</source>
        <translation>Procedure {procedure} of dossier {code} was not in the province&apos;s catalogue at the time of reception.</translation>
    </message>
    <message>
        <source>Ngày hẹn trả của hồ sơ {code} ({given}) khác với ngày tính theo quy định và lịch làm việc của tỉnh ({expected}).</source>
        <translation>The due date of dossier {code} ({given}) differs from the date worked out from the rules and the province&apos;s working calendar ({expected}).</translation>
    </message>
    <message>
        <source>Hồ sơ {code} ghi thời điểm bắt đầu tính thời hạn ({given}) khác với thời điểm tính theo quy định của tỉnh ({expected}).</source>
        <translation>Dossier {code} records a start of its processing time ({given}) that differs from the one worked out from the province&apos;s rules ({expected}).</translation>
    </message>
    <message>
        <source>Hồ sơ {code} chưa được tiếp nhận chính thức nên không được có ngày hẹn trả.</source>
        <translation>Dossier {code} has not been formally received, so it cannot have a due date.</translation>
    </message>
    <message>
        <source>Đăng nhập sai quá nhiều lần; vui lòng thử lại sau {seconds} giây.</source>
        <translation>Too many failed sign-ins; please try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Không có hồ sơ {code} trên hệ thống tỉnh.</source>
        <translation>There is no dossier {code} in the provincial system.</translation>
    </message>
    <message>
        <source>Địa chỉ {path} không nhận phương thức {method}.</source>
        <translation>The address {path} does not accept the method {method}.</translation>
    </message>
    <message>
        <source>Chỉ cấp số thứ tự cho các ngày từ hôm nay đến {max_days} ngày tới (ngày đã xin: {day}).</source>
        <translation>Sequence numbers are only given for days from today up to {max_days} days ahead (the day asked for: {day}).</translation>
    </message>
    <message>
        <source>Tệp đính kèm quá lớn (tối đa {max} byte).</source>
        <translation>The attachment is too large (at most {max} bytes).</translation>
    </message>
    <message>
        <source>Phần tệp gửi lên bắt đầu ở byte {offset}, trong khi máy chủ đã có {expected} byte.</source>
        <translation>The part of the file sent starts at byte {offset}, but the server already has {expected} bytes.</translation>
    </message>
    <message>
        <source>Nội dung tệp đính kèm không khớp mã SHA-256 {sha256}; tệp đã bị hủy, hãy gửi lại.</source>
        <translation>The attachment&apos;s content does not match the SHA-256 hash {sha256}; the file was discarded, please send it again.</translation>
    </message>
    <message>
        <source>Thiếu hoặc sai độ dài tệp đính kèm (Upload-Length).</source>
        <translation>The attachment&apos;s length (Upload-Length) is missing or wrong.</translation>
    </message>
    <message>
        <source>Quầy chưa đăng ký với hệ thống tỉnh (Đồng bộ → Đăng ký quầy).</source>
        <translation>The desk is not registered with the provincial system (Sync → Register the desk).</translation>
    </message>
    <message>
        <source>Hệ thống tỉnh không nhận thiết bị này nữa; vui lòng đăng nhập lại (Đồng bộ → Đăng ký quầy).</source>
        <translation>The provincial system no longer accepts this device; please sign in again (Sync → Register the desk).</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ “{value}” không hợp lệ; ví dụ https://motcua.tinh.gov.vn hoặc http://127.0.0.1:8470.</source>
        <translation>The server address “{value}” is not valid; for example https://motcua.tinh.gov.vn or http://127.0.0.1:8470.</translation>
    </message>
    <message>
        <source>Không kết nối được máy chủ tỉnh {server} ({detail}). Quầy vẫn làm việc bình thường; dữ liệu sẽ tự gửi khi có mạng.</source>
        <translation>Cannot connect to the provincial server {server} ({detail}). The desk keeps working as usual; the data will be sent by itself when the network is back.</translation>
    </message>
    <message>
        <source>Máy chủ tỉnh {server} không trả lời sau {seconds} giây; sẽ tự thử lại.</source>
        <translation>The provincial server {server} did not answer within {seconds} seconds; it will be tried again automatically.</translation>
    </message>
    <message>
        <source>Không xác thực được chứng chỉ bảo mật của máy chủ {server}: {detail}</source>
        <translation>The security certificate of the server {server} could not be verified: {detail}</translation>
    </message>
    <message>
        <source>Máy chủ tỉnh đang gặp lỗi (mã HTTP {status}); sẽ tự thử lại.</source>
        <translation>The provincial server has an error (HTTP code {status}); it will be tried again automatically.</translation>
    </message>
    <message>
        <source>Máy chủ tỉnh từ chối yêu cầu (mã HTTP {status}): {detail}</source>
        <translation>The provincial server refused the request (HTTP code {status}): {detail}</translation>
    </message>
    <message>
        <source>Máy chủ tỉnh trả về dữ liệu không đúng định dạng: {detail}</source>
        <translation>The provincial server sent back data in the wrong format: {detail}</translation>
    </message>
    <message>
        <source>Đồng hồ máy này lệch {minutes} phút so với máy chủ tỉnh; giờ tiếp nhận và ngày hẹn trả sẽ sai. Hãy chỉnh lại giờ của máy.</source>
        <translation>This computer&apos;s clock is {minutes} minutes off the provincial server&apos;s; reception times and due dates will be wrong. Please set the computer&apos;s clock right.</translation>
    </message>
    <message>
        <source>Máy chưa có kho lưu khóa bí mật (keyring) dùng được: {detail}</source>
        <translation>This computer has no usable secret store (keyring): {detail}</translation>
    </message>
    <message>
        <source>Còn {count} thay đổi chưa gửi được lên hệ thống tỉnh.</source>
        <translation>Changes not yet sent to the provincial system: {count}.</translation>
    </message>
    <message>
        <source>Có {count} thay đổi bị hệ thống tỉnh từ chối; xem danh sách Lỗi đồng bộ.</source>
        <translation>Changes refused by the provincial system: {count}; see the list of sync errors.</translation>
    </message>
    <message>
        <source>Hệ thống tỉnh từ chối thay đổi này mà không nêu lý do.</source>
        <translation>The provincial system refused this change without giving a reason.</translation>
    </message>
    <message>
        <source>Máy chủ tỉnh không trả kết quả cho {count} thay đổi đã gửi; sẽ gửi lại lần sau.</source>
        <translation>The provincial server gave no result for {count} of the changes sent; they will be sent again next time.</translation>
    </message>
    <message>
        <source>Đồng bộ đã dừng vì chương trình đang đóng; phần còn lại sẽ gửi ở lần mở sau.</source>
        <translation>Sync stopped because the program is closing; the rest will be sent the next time it is opened.</translation>
    </message>
    <message>
        <source>{count} bản ghi từ hệ thống tỉnh không dùng được trên quầy này; đã để riêng, xem danh sách Lỗi đồng bộ.</source>
        <translation>Records from the provincial system that this desk cannot use: {count}; they were set aside, see the list of sync errors.</translation>
    </message>
    <message>
        <source>Bản ghi ở phiên bản dữ liệu {version}; quầy này chỉ đọc được phiên bản {supported}. Hãy cập nhật phần mềm.</source>
        <translation>The record is in data version {version}; this desk can only read version {supported}. Please update the software.</translation>
    </message>
    <message>
        <source>Loại bản ghi “{kind}” chưa có trong phiên bản phần mềm này.</source>
        <translation>The record kind “{kind}” is not known to this version of the software.</translation>
    </message>
    <message>
        <source>Dữ liệu không hợp lệ: {detail}</source>
        <translation>The data is not valid: {detail}</translation>
    </message>
    <message>
        <source>Quầy không lưu được bản ghi này: {detail}</source>
        <translation>The desk could not store this record: {detail}</translation>
    </message>
    <message>
        <source>Không còn thay đổi {op_id} trong danh sách bị từ chối.</source>
        <translation>The change {op_id} is no longer in the list of refused changes.</translation>
    </message>
    <message>
        <source>Đã dùng hết số thứ tự được cấp và số dự phòng của quầy cho ngày {day}; hãy kết nối mạng để đồng bộ, hoặc báo quản trị.</source>
        <translation>The desk has used up both the sequence numbers it was given and its reserve numbers for {day}; connect to the network to sync, or tell the administrator.</translation>
    </message>
    <message>
        <source>Không ghi được sổ các số đã cấp {path} ({detail}) nên hồ sơ chưa được lưu. Hãy kiểm tra ổ đĩa và quyền ghi của thư mục dữ liệu.</source>
        <translation>The register of issued numbers {path} could not be written ({detail}), so the dossier was not saved. Check the disk and the write permission of the data folder.</translation>
    </message>
    <message>
        <source>Quầy vừa được khôi phục từ một bản sao lưu mà thư mục này không có sổ các số đã cấp, nên không chắc các số còn lại của ngày {day} chưa từng được in. Để không in trùng mã hồ sơ, quầy chỉ cấp mã mới khi đã nhận số mới từ hệ thống tỉnh: hãy kết nối mạng và bấm Đồng bộ ngay (F5).</source>
        <translation>This desk was just restored from a backup, and this folder has no register of issued numbers, so it is not certain that the remaining numbers of {day} were never printed. So as not to print a dossier code twice, the desk issues new codes only once it has new numbers from the provincial system: connect to the network and press Sync now (F5).</translation>
    </message>
    <message>
        <source>Quầy vừa được khôi phục từ một bản sao lưu mà thư mục này không có sổ các số đã cấp, nên không chắc các số của ngày {day} chưa từng được in. Để không in trùng mã hồ sơ, hôm nay quầy không cấp mã hồ sơ mới; từ ngày mai quầy tiếp nhận bình thường.</source>
        <translation>This desk was just restored from a backup, and this folder has no register of issued numbers, so it is not certain that the numbers of {day} were never printed. So as not to print a dossier code twice, the desk issues no new dossier codes today; from tomorrow it receives dossiers as usual.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} bị hỏng ({detail}) nên phần mềm không mở. Hãy chạy “desk-app doctor” để xem chi tiết, rồi khôi phục bản sao lưu gần nhất bằng “desk-app restore &lt;tệp sao lưu&gt;” (bản sao lưu hằng ngày gần nhất: {backup}).</source>
        <translation>The database {path} is damaged ({detail}), so the application will not open it. Run “desk-app doctor” for details, then restore the latest backup with “desk-app restore &lt;backup file&gt;” (latest daily backup: {backup}).</translation>
    </message>
    <message>
        <source>Chưa có cơ sở dữ liệu {path} để sao lưu.</source>
        <translation>There is no database {path} to back up yet.</translation>
    </message>
    <message>
        <source>Không đọc được cơ sở dữ liệu {path} để sao lưu ({detail}); hãy chạy “desk-app doctor”.</source>
        <translation>The database {path} could not be read for the backup ({detail}); run “desk-app doctor”.</translation>
    </message>
    <message>
        <source>Không ghi được tệp sao lưu {path}: {detail}.</source>
        <translation>The backup file {path} could not be written: {detail}.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp sao lưu {path}.</source>
        <translation>The backup file {path} was not found.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải bản sao lưu của phần mềm quầy Một cửa; không có gì bị thay đổi.</source>
        <translation>The file {path} is not a backup of the one-stop desk application; nothing was changed.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} do một phiên bản mới hơn của phần mềm tạo ra; hãy cài phiên bản mới rồi khôi phục. Không có gì bị thay đổi.</source>
        <translation>The backup file {path} was made by a newer version of the application; install the newer version, then restore. Nothing was changed.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} có lược đồ cơ sở dữ liệu {revision}, mới hơn phiên bản này (lược đồ {expected}); hãy cài phiên bản mới rồi khôi phục. Không có gì bị thay đổi.</source>
        <translation>The backup {path} has database schema {revision}, newer than this version&apos;s (schema {expected}); install the newer version, then restore. Nothing was changed.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} là của cơ quan {agency}, không phải cơ quan của quầy này ({current}); không có gì bị thay đổi.</source>
        <translation>The backup {path} belongs to agency {agency}, not to this desk&apos;s agency ({current}); nothing was changed.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} bị hỏng ({detail}); không có gì bị thay đổi. Hãy dùng một bản sao lưu khác.</source>
        <translation>The backup {path} is damaged ({detail}); nothing was changed. Use another backup.</translation>
    </message>
    <message>
        <source>Quầy còn {count} thay đổi chưa gửi lên hệ thống tỉnh mà bản sao lưu không có; khôi phục sẽ làm mất chúng. Hãy đồng bộ trước, hoặc thêm --force nếu chắc chắn. Không có gì bị thay đổi.</source>
        <translation>The desk still has {count} changes not sent to the provincial system that the backup lacks; restoring would lose them. Sync first, or add --force if you are sure. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu hiện tại {path} bị hỏng nên không đếm được các thay đổi chưa gửi; thêm --force để khôi phục (cơ sở dữ liệu cũ vẫn được giữ lại bên cạnh). Không có gì bị thay đổi.</source>
        <translation>The current database {path} is damaged, so the changes not yet sent cannot be counted; add --force to restore (the old database is kept beside it). Nothing was changed.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} đang được mở (cửa sổ phần mềm quầy còn chạy?); hãy đóng phần mềm rồi khôi phục. Không có gì bị thay đổi.</source>
        <translation>The database {path} is in use (is the desk window still open?); close the application, then restore. Nothing was changed.</translation>
    </message>
    <message>
        <source>Không thay được cơ sở dữ liệu trong {path}: {detail}; dữ liệu cũ được giữ nguyên.</source>
        <translation>The database in {path} could not be replaced: {detail}; the old data is kept as it was.</translation>
    </message>
    <message>
        <source>Không ghi được tệp hỗ trợ {path}: {detail}.</source>
        <translation>The support file {path} could not be written: {detail}.</translation>
    </message>
    <message>
        <source>Đã tạo tệp hỗ trợ {path}; không có cơ sở dữ liệu, mã thiết bị hay thông tin công dân trong đó.</source>
        <translation>Support file {path} created; it holds no database, no device token and no citizen&apos;s data.</translation>
    </message>
    <message>
        <source>Tệp hỗ trợ của phần mềm quầy Một cửa, tạo lúc {at}.

Gồm: versions.json (phiên bản phần mềm, Python, Qt, SQLite, hệ điều hành); doctor.txt và doctor.json (kết quả desk-app doctor); settings.toml (cài đặt, đã bỏ mọi mục bí mật); sync.json (tình trạng đồng bộ và các thay đổi bị từ chối, chỉ có mã lý do); backups.json (các bản sao lưu hằng ngày); và {logs} tệp nhật ký gần nhất trong logs/.

Không gồm cơ sở dữ liệu, mã thiết bị, hay họ tên, số định danh, số điện thoại, địa chỉ, thư điện tử của công dân: chỗ nào có đã được thay bằng [đã ẩn], [số định danh], [số điện thoại], [thư điện tử]. Khi không đọc được cơ sở dữ liệu, nhật ký không được đưa vào vì không biết những tên nào cần che.
</source>
        <translation>Support file of the one-stop desk application, made at {at}.

It holds: versions.json (versions of the application, Python, Qt, SQLite, the operating system); doctor.txt and doctor.json (the result of desk-app doctor); settings.toml (the settings, with every secret removed); sync.json (the sync state and the refused changes, with reason codes only); backups.json (the daily backups); and the {logs} most recent log files in logs/.

It does not hold the database, the device token, nor any citizen&apos;s name, ID number, phone number, address or e-mail: wherever one appeared it was replaced by [đã ẩn], [số định danh], [số điện thoại], [thư điện tử]. When the database cannot be read, the logs are left out, since it is not known which names to hide.</translation>
    </message>
    <message>
        <source>ĐẠT</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>LỖI</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>Tệp cài đặt</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Quyền đọc tệp</source>
        <translation>File permissions</translation>
    </message>
    <message>
        <source>Ổ đĩa</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Kho khóa bí mật</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <source>Máy chủ tỉnh</source>
        <translation>Provincial server</translation>
    </message>
    <message>
        <source>Máy in</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Phông chữ</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Không kiểm tra được ({detail}); hãy gửi tệp hỗ trợ (desk-app support --out &lt;tệp&gt;.zip).</source>
        <translation>Could not be checked ({detail}); send a support file (desk-app support --out &lt;file&gt;.zip).</translation>
    </message>
    <message>
        <source>Chưa kiểm tra được vì cơ sở dữ liệu chưa mở được như hiện trạng (xem dòng Cơ sở dữ liệu).</source>
        <translation>Not checked yet, because the database could not be opened as it stands (see the Database line).</translation>
    </message>
    <message>
        <source>{path} đọc được; quầy của {agency}.</source>
        <translation>{path} is readable; this desk belongs to {agency}.</translation>
    </message>
    <message>
        <source>Chưa có tệp {path}. Hãy mở phần mềm để đăng ký quầy với hệ thống tỉnh hoặc khai báo thông tin quầy.</source>
        <translation>There is no file {path} yet. Open the application to register the desk with the provincial system or to enter the desk&apos;s details.</translation>
    </message>
    <message>
        <source>{path} chưa khai báo đủ thông tin quầy (mã cơ quan, tên cơ quan, địa danh, cán bộ tiếp nhận). Hãy mở phần mềm để đăng ký quầy hoặc khai báo thông tin quầy.</source>
        <translation>{path} does not give all the desk&apos;s details (agency code, agency name, place, receiving officer). Open the application to register the desk or to enter its details.</translation>
    </message>
    <message>
        <source>{detail}
Hãy sửa tệp {path}.</source>
        <translation>{detail}
Correct the file {path}.</translation>
    </message>
    <message>
        <source>{path} nguyên vẹn, lược đồ {revision}, {size}.</source>
        <translation>{path} is intact, schema {revision}, {size}.</translation>
    </message>
    <message>
        <source>Chưa có cơ sở dữ liệu {path}. Hãy mở phần mềm một lần để tạo, hoặc khôi phục một bản sao lưu: desk-app restore &lt;tệp sao lưu&gt;.</source>
        <translation>There is no database {path} yet. Open the application once to create it, or restore a backup: desk-app restore &lt;backup file&gt;.</translation>
    </message>
    <message>
        <source>{path} bị hỏng ({detail}). Hãy khôi phục bản sao lưu gần nhất: desk-app restore &quot;{backup}&quot; --force (cơ sở dữ liệu hỏng được giữ lại bên cạnh).</source>
        <translation>{path} is damaged ({detail}). Restore the latest backup: desk-app restore &quot;{backup}&quot; --force (the damaged database is kept beside it).</translation>
    </message>
    <message>
        <source>{path} đã được một phiên bản mới hơn của phần mềm nâng cấp (lược đồ {revision}, phiên bản này chỉ biết tới {head}). Hãy cài phiên bản mới.</source>
        <translation>{path} was upgraded by a newer version of the application (schema {revision}; this version knows up to {head}). Install the newer version.</translation>
    </message>
    <message>
        <source>{path} nguyên vẹn, lược đồ {revision}; phần mềm sẽ tự nâng cấp lên lược đồ {head} khi mở, sau khi giữ một bản sao bên cạnh.</source>
        <translation>{path} is intact, schema {revision}; the application will upgrade it to schema {head} when it opens, after keeping a copy beside it.</translation>
    </message>
    <message>
        <source>Chỉ tài khoản đang chạy phần mềm đọc được thư mục {path} và các tệp của quầy.</source>
        <translation>Only the account running the application can read the folder {path} and the desk&apos;s files.</translation>
    </message>
    <message>
        <source>Thư mục {path} ghi được; trên Windows quyền đọc theo tài khoản người dùng, hãy để mỗi cán bộ một tài khoản.</source>
        <translation>The folder {path} is writable; on Windows, access follows the user account: give each officer an account of their own.</translation>
    </message>
    <message>
        <source>Chưa có thư mục dữ liệu {path}; hãy mở phần mềm một lần để tạo.</source>
        <translation>There is no data folder {path} yet; open the application once to create it.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục dữ liệu {path}; hãy cho tài khoản chạy phần mềm quyền ghi.</source>
        <translation>The data folder {path} cannot be written to; give the account running the application write permission.</translation>
    </message>
    <message>
        <source>Các tệp sau thuộc tài khoản khác: {paths}. Hãy chạy phần mềm bằng đúng tài khoản đã cài, hoặc chuyển quyền sở hữu (chown) cho tài khoản đó.</source>
        <translation>These files belong to another account: {paths}. Run the application with the account it was installed for, or give the files to that account (chown).</translation>
    </message>
    <message>
        <source>Người dùng khác trên máy đọc được dữ liệu công dân trong: {paths}. Hãy chỉ để tài khoản chạy phần mềm đọc được: chmod 700 cho thư mục, chmod 600 cho tệp.</source>
        <translation>Other users of this computer can read citizens&apos; data in: {paths}. Let only the account running the application read them: chmod 700 for the folder, chmod 600 for the files.</translation>
    </message>
    <message>
        <source>Còn trống {free} GB trên ổ chứa {path} (cơ sở dữ liệu {size}).</source>
        <translation>{free} GB free on the disk holding {path} (database {size}).</translation>
    </message>
    <message>
        <source>Chỉ còn {free} GB trống trên ổ chứa {path}; cần ít nhất {need} GB để lưu hồ sơ và sao lưu. Hãy dọn bớt ổ đĩa.</source>
        <translation>Only {free} GB free on the disk holding {path}; at least {need} GB is needed to keep dossiers and backups. Free some disk space.</translation>
    </message>
    <message>
        <source>{backend} dùng được; mã thiết bị của quầy có trong kho.</source>
        <translation>{backend} works; the desk&apos;s device token is in it.</translation>
    </message>
    <message>
        <source>{backend} dùng được (quầy chưa đăng ký nên chưa có mã thiết bị).</source>
        <translation>{backend} works (the desk is not registered, so it has no device token yet).</translation>
    </message>
    <message>
        <source>{backend} dùng được (chưa xem được mã thiết bị vì cơ sở dữ liệu chưa mở được).</source>
        <translation>{backend} works (the device token could not be looked for, because the database could not be opened).</translation>
    </message>
    <message>
        <source>Máy chưa có kho khóa bí mật nào dùng được, nên quầy không giữ được mã thiết bị để đồng bộ. Trên Windows kho là Credential Manager; trên Linux hãy cài và mở khóa GNOME Keyring hoặc KWallet.</source>
        <translation>This computer has no working keyring, so the desk cannot keep its device token for syncing. On Windows the keyring is the Credential Manager; on Linux install and unlock GNOME Keyring or KWallet.</translation>
    </message>
    <message>
        <source>{backend} không có mã thiết bị của quầy (máy mới, hoặc kho đã bị xóa). Hãy đăng nhập lại: Đồng bộ → Đăng ký quầy, hoặc desk-app sync register.</source>
        <translation>{backend} does not hold the desk&apos;s device token (a new computer, or the keyring was cleared). Log in again: Sync → Register the desk, or desk-app sync register.</translation>
    </message>
    <message>
        <source>Không đọc được {backend} ({detail}); kho có thể đang khóa: hãy mở khóa rồi thử lại.</source>
        <translation>{backend} could not be read ({detail}); the keyring may be locked: unlock it and try again.</translation>
    </message>
    <message>
        <source>Quầy chưa đăng ký với hệ thống tỉnh; đang làm việc riêng với khoảng số {block}.</source>
        <translation>The desk is not registered with the provincial system; it works on its own with the number block {block}.</translation>
    </message>
    <message>
        <source>{server} trả lời ({link}); đồng hồ máy lệch {skew} giây.</source>
        <translation>{server} answers ({link}); the computer&apos;s clock is off by {skew} seconds.</translation>
    </message>
    <message>
        <source>kết nối mã hóa, chứng chỉ hợp lệ</source>
        <translation>encrypted connection, valid certificate</translation>
    </message>
    <message>
        <source>không mã hóa, chỉ dùng được với máy chủ trên chính máy này</source>
        <translation>not encrypted, usable only with a server on this same computer</translation>
    </message>
    <message>
        <source>{server} dùng http không mã hóa: mật khẩu và dữ liệu công dân đi trên mạng không được bảo vệ. Hãy đăng ký lại quầy với địa chỉ https://.</source>
        <translation>{server} uses unencrypted http: passwords and citizens&apos; data cross the network unprotected. Register the desk again with an https:// address.</translation>
    </message>
    <message>
        <source>{server} trả lời, nhưng đồng hồ máy này lệch {minutes} phút so với máy chủ; giờ tiếp nhận và ngày hẹn trả sẽ sai. Hãy chỉnh lại giờ của máy.</source>
        <translation>{server} answers, but this computer&apos;s clock is {minutes} minutes off the server&apos;s; reception times and due dates will be wrong. Set the computer&apos;s clock right.</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>Phiếu được in ra tệp PDF (printing.output = &quot;pdf&quot;).</source>
        <translation>Forms are printed to PDF files (printing.output = &quot;pdf&quot;).</translation>
    </message>
    <message>
        <source>Phiếu được ghi vào thư mục {folder}.</source>
        <translation>Forms are written to the folder {folder}.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục in {folder} (printing.print_to). Hãy tạo thư mục đó hoặc sửa settings.toml.</source>
        <translation>The print folder {folder} (printing.print_to) cannot be written to. Create that folder or correct settings.toml.</translation>
    </message>
    <message>
        <source>Máy in mặc định: {printer}.</source>
        <translation>Default printer: {printer}.</translation>
    </message>
    <message>
        <source>Phiếu được in thẳng ra máy in mặc định nhưng máy chưa chọn máy in mặc định (đang có: {printers}). Hãy đặt một máy in làm mặc định.</source>
        <translation>Forms go straight to the default printer, but no default printer is set (available: {printers}). Make one printer the default.</translation>
    </message>
    <message>
        <source>Có {count} máy in: {printers}.</source>
        <translation>{count} printers: {printers}.</translation>
    </message>
    <message>
        <source>Không thấy máy in {missing} mà Cài đặt chọn cho một mẫu phiếu; máy này có: {printers}. Hãy bật và cài máy in đó, hoặc chọn máy in khác ở Quầy → Cài đặt.</source>
        <translation>The printer {missing} chosen in Settings for a form is not on this PC; it has: {printers}. Turn that printer on and install it, or choose another in Desk → Settings.</translation>
    </message>
    <message>
        <source>Máy chưa cài máy in nào. Hãy cài máy in, hoặc đặt printing.output = &quot;pdf&quot; hay printing.print_to trong settings.toml.</source>
        <translation>No printer is installed. Install a printer, or set printing.output = &quot;pdf&quot; or printing.print_to in settings.toml.</translation>
    </message>
    <message>
        <source>Phông in phiếu Liberation Serif nạp được; phông màn hình tiếng Việt: {screen}.</source>
        <translation>The form font Liberation Serif loads; Vietnamese screen font: {screen}.</translation>
    </message>
    <message>
        <source>Không nạp được phông in phiếu ({detail}); hãy cài lại phần mềm.</source>
        <translation>The form font could not be loaded ({detail}); reinstall the application.</translation>
    </message>
    <message>
        <source>Máy thiếu phông chữ hiển thị được tiếng Việt trên màn hình; hãy cài một phông như DejaVu hoặc Noto (Debian: fonts-dejavu-core).</source>
        <translation>This computer lacks a screen font that shows Vietnamese; install one such as DejaVu or Noto (Debian: fonts-dejavu-core).</translation>
    </message>
    <message>
        <source>Bản sao lưu hằng ngày gần nhất: {path} (lúc {at}).</source>
        <translation>Latest daily backup: {path} (at {at}).</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu hằng ngày nào trong {folder}. Phần mềm tự sao lưu mỗi ngày khi cửa sổ mở; có thể sao lưu ngay: desk-app backup --out &lt;tệp&gt;.zip.</source>
        <translation>There is no daily backup in {folder} yet. The application backs itself up every day while its window is open; you can back up now: desk-app backup --out &lt;file&gt;.zip.</translation>
    </message>
    <message>
        <source>Bản sao lưu hằng ngày gần nhất đã cũ {days} ngày ({path}). Hãy mở phần mềm để nó tự sao lưu, hoặc chạy desk-app backup --out &lt;tệp&gt;.zip; nếu việc sao lưu bị lỗi, xem thanh trạng thái và nhật ký.</source>
        <translation>The latest daily backup is {days} days old ({path}). Open the application so that it backs itself up, or run desk-app backup --out &lt;file&gt;.zip; if backing up fails, see the status bar and the log.</translation>
    </message>
    <message>
        <source>{pending} thay đổi đang chờ, sẽ được gửi khi quầy đăng ký với hệ thống tỉnh.</source>
        <translation>{pending} changes are waiting; they will be sent once the desk is registered with the provincial system.</translation>
    </message>
    <message>
        <source>Lần đồng bộ tốt gần nhất: {last}; còn {pending} thay đổi chờ gửi.</source>
        <translation>Last successful sync: {last}; {pending} changes waiting to be sent.</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Hệ thống tỉnh không nhận thiết bị này nữa; hãy đăng nhập lại (Đồng bộ → Đăng ký quầy).</source>
        <translation>The provincial system no longer accepts this device; log in again (Sync → Register the desk).</translation>
    </message>
    <message>
        <source>{problems} thay đổi bị hệ thống tỉnh từ chối đang được để riêng; hãy mở Đồng bộ → Lỗi đồng bộ để sửa hồ sơ rồi gửi lại.</source>
        <translation>{problems} changes refused by the provincial system are set aside; open Sync → Sync problems to correct the dossiers and send them again.</translation>
    </message>
    <message>
        <source>{count} bản ghi từ hệ thống tỉnh không dùng được trên quầy này (xem Đồng bộ → Thay đổi bị từ chối, hoặc desk-app sync status --json); hãy báo quản trị hệ thống tỉnh.</source>
        <translation>{count} records from the provincial system cannot be used on this desk (see Sync → Refused changes, or desk-app sync status --json); tell the provincial system&apos;s administrator.</translation>
    </message>
    <message>
        <source>{pending} thay đổi chưa gửi được; lần đồng bộ tốt gần nhất: {last}. Hãy kiểm tra mạng và máy chủ tỉnh.</source>
        <translation>{pending} changes could not be sent; last successful sync: {last}. Check the network and the provincial server.</translation>
    </message>
    <message>
        <source>Dữ liệu chưa hợp lệ (mã lỗi: {code}).</source>
        <translation>The data is not valid (error code: {code}).</translation>
    </message>
</context>
</TS>
