"""Hồ sơ: one dossier as the officer meets it after a receipt is scanned: its code, status and due
date (time left or overdue, in colour and words), the applicant, the papers and the originals to
give back, its timeline, and the hand-over of its result.

The view reads the dossier on the desk's worker and shows it when it comes; every step (the
hand-over, an extension, a withdrawal, papers brought, a posting) is one save on the worker, then
its printout, and the view reads the dossier again. A refusal is shown at the field that caused it
and nothing is saved or printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.clock import LOCAL_TZ
from desk_app.domain.dossier_state import DossierStatus
from desk_app.domain.errors import DomainError
from desk_app.domain.extension import EXTENDABLE
from desk_app.domain.handover import RatingLevel
from desk_app.domain.timeline import EXTENSION, POSTED, RATING, event_detail
from desk_app.gui.field_errors import ERROR_STYLE, FieldErrors
from desk_app.gui.step_dialog import StepDialog
from desk_app.gui.labels import label, translated
from desk_app.gui.messages import error_text, unexpected_text
from desk_app.gui.rating_dialog import RatingDialog
from desk_app.gui.worker import Worker
from desk_app.services.changes import Changes, Kind
from desk_app.services.desk import Desk
from desk_app.services.forms import RenderedForm
from desk_app.services.returns import FEES_MAX, HandoverState, Step

OVERDUE_STYLE = "color: #b00020; font-weight: bold;"
TODAY_STYLE = "color: #8a5300; font-weight: bold;"
IN_TIME_STYLE = "color: #1b5e20; font-weight: bold;"
WHEN = "%H:%M %d/%m/%Y"


@dataclass(frozen=True)
class _Done:
    """A step saved, and its printout (or why it could not be made): the worker publishes the
    step's changes, so the sync sends it soon and the screens showing the dossier refresh."""

    step: Step
    rendered: RenderedForm | Exception | None

    @property
    def changes(self) -> Changes:
        return self.step.changes


class DossierView(QWidget):
    """Shown under the lookup's results; `show_code` fills it."""

    printed = Signal(object)
    """A RenderedForm to print where the settings say (the main window prints it)."""

    def __init__(self, desk: Desk, operations: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierView")
        self._desk = desk
        self._operations = operations
        self._state: HandoverState | None = None
        self._rating: RatingDialog | None = None
        self._build()
        self.clear()

    def _build(self) -> None:
        def named(widget: Any, name: str) -> Any:
            widget.setObjectName(name)
            return widget

        self.code = named(QLabel(), "dossierCode")
        self.code.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = named(QLabel(), "dossierStatus")
        self.due = named(QLabel(), "dossierDueDate")
        self.applicant = named(QLabel(), "dossierApplicant")
        self.papers = named(QLabel(), "dossierPapers")
        for text in (self.applicant, self.papers):
            text.setWordWrap(True)
        self.timeline = named(QListWidget(), "dossierTimeline")
        self.timeline.setMinimumHeight(90)

        facts = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.code)
        top.addWidget(self.status)
        top.addStretch(1)
        facts.addLayout(top)
        facts.addWidget(self.due)
        facts.addWidget(self.applicant)
        facts.addWidget(self.papers)
        facts.addWidget(QLabel(self.tr("Diễn biến hồ sơ:")))
        facts.addWidget(self.timeline, 1)
        steps = QHBoxLayout()
        self.extend_button = named(QPushButton(self.tr("Gia hạn (Mẫu 04)…")), "dossierExtend")
        self.withdraw_button = named(QPushButton(self.tr("Rút hồ sơ…")), "dossierWithdraw")
        self.papers_button = named(QPushButton(self.tr("Nhận hồ sơ bổ sung…")), "dossierPapersBrought")
        self.slip_button = named(QPushButton(self.tr("In phiếu kiểm soát (Mẫu 06)")), "dossierPrintSlip")
        for button in (self.extend_button, self.withdraw_button, self.papers_button, self.slip_button):
            steps.addWidget(button)
        steps.addStretch(1)
        facts.addLayout(steps)
        self.extend_button.clicked.connect(self.ask_extension)
        self.withdraw_button.clicked.connect(self.ask_withdrawal)
        self.papers_button.clicked.connect(self.ask_papers)
        self.slip_button.clicked.connect(lambda: self._print(lambda code: self._desk.forms.render_form(code, "06")))

        self.handover = named(QGroupBox(self.tr("Trả kết quả")), "returnPanel")
        grid = QGridLayout(self.handover)
        self.why_not = named(QLabel(), "returnWhyNot")
        self.why_not.setWordWrap(True)
        self.receiver_id = named(QLineEdit(), "returnReceiverId")
        self.receiver_id.setPlaceholderText(self.tr("Quét thẻ căn cước hoặc gõ 12 chữ số"))
        self.receiver_id.setMaxLength(20)
        self.by_proxy = named(QCheckBox(self.tr("Người được ủy quyền nhận thay")), "returnByProxy")
        self.receiver_name = named(QLineEdit(), "returnReceiverName")
        self.receiver_name.setMaxLength(100)
        self.authorisation = named(QLineEdit(), "returnAuthorisation")
        self.authorisation.setPlaceholderText(self.tr("Số, ngày của giấy ủy quyền"))
        self.authorisation.setMaxLength(300)
        self.fees = named(QSpinBox(), "returnFees")
        self.fees.setRange(0, FEES_MAX)
        self.fees.setSingleStep(1000)
        self.fees.setSuffix(self.tr(" đồng"))
        self.originals = named(QListWidget(), "returnOriginals")
        self.originals.setMaximumHeight(80)
        self.hand_over_button = named(QPushButton(self.tr("Trả kết quả")), "returnHandOver")
        self.post_button = named(QPushButton(self.tr("Gửi qua bưu chính…")), "returnPost")
        self.delivered_button = named(QPushButton(self.tr("Bưu điện đã phát")), "returnDelivered")
        self.label_button = named(QPushButton(self.tr("In nhãn bưu chính")), "returnPrintLabel")
        self.message = named(QLabel(), "returnMessage")
        self.message.setWordWrap(True)
        self._id_error, self._name_error, self._paper_error = QLabel(), QLabel(), QLabel()
        for error in (self._id_error, self._name_error, self._paper_error):
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
        rows: list[tuple[str, QWidget, QLabel | None]] = [
            (self.tr("Số định danh người nhận"), self.receiver_id, self._id_error),
            ("", self.by_proxy, None),
            (self.tr("Họ tên người nhận"), self.receiver_name, self._name_error),
            (self.tr("Giấy ủy quyền"), self.authorisation, self._paper_error),
            (self.tr("Thu thêm khi trả"), self.fees, None),
            (self.tr("Bản chính trả lại"), self.originals, None),
        ]
        grid.addWidget(self.why_not, 0, 0, 1, 2)
        line = 1
        for caption, widget, error in rows:
            grid.addWidget(QLabel(caption), line, 0)
            grid.addWidget(widget, line, 1)
            line += 1
            if error is not None:
                grid.addWidget(error, line, 1)
                line += 1
        buttons = QHBoxLayout()
        for button in (self.hand_over_button, self.post_button, self.delivered_button, self.label_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, line, 0, 1, 2)
        grid.addWidget(self.message, line + 1, 0, 1, 2)
        self._errors = FieldErrors({"receiver_id": self._id_error, "receiver_name": self._name_error,
                                    "authorisation": self._paper_error},
                                   {"receiver_id": self.receiver_id, "receiver_name": self.receiver_name,
                                    "authorisation": self.authorisation}, self.message)
        self.by_proxy.toggled.connect(self._proxy_toggled)
        self.receiver_id.returnPressed.connect(self.hand_over)
        self.hand_over_button.clicked.connect(self.hand_over)
        self.post_button.clicked.connect(self.ask_posting)
        self.delivered_button.clicked.connect(lambda: self._step(lambda code: self._desk.returns.delivered(code),
                                                                 self.tr("Đã ghi bưu điện phát kết quả.")))
        self.label_button.clicked.connect(lambda: self._print(self._desk.forms.render_postal_label))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(facts, 3)
        layout.addWidget(self.handover, 2)

    # Showing

    def clear(self) -> None:
        self._state = None
        for text in (self.code, self.status, self.due, self.applicant, self.papers, self.why_not, self.message):
            text.clear()
        self.timeline.clear()
        self.originals.clear()
        self._reset_receiver()
        self._enable(None)

    def show_code(self, code: str) -> None:
        self._operations.run(lambda: self._desk.returns.state(code), self.show_state, self._failed)

    @property
    def shown_code(self) -> str | None:
        return self._state.record.code if self._state is not None else None

    def show_state(self, state: HandoverState) -> None:
        changed = self.shown_code != state.record.code
        self._state = state
        record = state.record
        status = DossierStatus(record.status)
        self.code.setText(record.code)
        self.status.setText(label(status))
        self._show_due(state)
        self.applicant.setText(self.tr("Người nộp: {name} · {id} · {phone}").format(
            name=record.applicant_name, id=record.applicant_id_number, phone=record.applicant_phone or "—")
            + "\n" + self.tr("Thủ tục: {procedure}").format(procedure=record.procedure_name))
        handed = [d.name for d in state.documents if d.given == "handed"]
        papers = self.tr("Giấy tờ đã nộp: {papers}").format(papers="; ".join(handed) or "—")
        if state.originals:
            papers += "\n" + self.tr("Bản chính trả lại cùng kết quả: {papers}").format(papers="; ".join(state.originals))
        if record.fee_total_vnd:
            papers += "\n" + self.tr("Phí, lệ phí: {amount} đồng").format(amount=f"{record.fee_total_vnd:,}".replace(",", "."))
        self.papers.setText(papers)
        self.timeline.clear()
        for event in state.events:
            self.timeline.addItem(self._event_line(event))
        self.timeline.scrollToBottom()
        if changed:
            self._reset_receiver()
            self.originals.clear()
            for name in state.originals:
                item = QListWidgetItem(name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.originals.addItem(item)
        self.why_not.setText(error_text(state.refusal) if state.refusal is not None else
                             self.tr("Kết quả đã sẵn sàng: quét thẻ căn cước của người nhận hoặc gõ số định danh."))
        self.why_not.setStyleSheet("" if state.refusal is None else "color: #8a5300;")
        self._enable(state)

    def _show_due(self, state: HandoverState) -> None:
        record = state.record
        if record.due_at is None:
            self.due.setText(self.tr("Chưa có ngày hẹn trả"))
            self.due.setStyleSheet("")
            return
        due = record.due_at.astimezone(LOCAL_TZ)
        text = self.tr("Hẹn trả: {when}").format(when=due.strftime(WHEN))
        now = self._desk.clock().astimezone(LOCAL_TZ)
        returned = state.life.returned_at
        promised = state.life.extensions[0].previous_due_at if state.life.extensions else record.due_at
        if state.life.extensions:
            text += " · " + self.tr("đã gia hạn, hẹn ban đầu {when}").format(
                when=promised.astimezone(LOCAL_TZ).strftime(WHEN))
        if returned is not None:
            late = returned > promised
            text += " · " + (self.tr("trả trễ hẹn") if late else self.tr("trả đúng hẹn"))
            style = OVERDUE_STYLE if late else IN_TIME_STYLE
        elif DossierStatus(record.status) in (DossierStatus.WITHDRAWN, DossierStatus.REFUSED, DossierStatus.STOPPED):
            style = ""
        elif now > due:
            text += " · " + self.tr("đã quá hạn {span}").format(span=self._span(now - due))
            style = OVERDUE_STYLE
        elif now.date() == due.date():
            text += " · " + self.tr("hạn hôm nay, còn {span}").format(span=self._span(due - now))
            style = TODAY_STYLE
        else:
            text += " · " + self.tr("còn {span}").format(span=self._span(due - now))
            style = IN_TIME_STYLE
        if state.extension_late:
            text += "\n" + self.tr("Đã quá ngày phải gửi văn bản xin lỗi và gia hạn (một ngày làm việc trước hạn).")
        self.due.setText(text)
        self.due.setStyleSheet(style)

    def _event_line(self, event: dict) -> str:
        at = datetime.fromisoformat(event["at"]).astimezone(LOCAL_TZ).strftime(WHEN)
        detail = event_detail(event)
        kind = event["kind"]
        if kind == RATING:
            what = self.tr("Người dân đánh giá: {level}").format(
                level=translated("RatingLevel", RatingLevel(detail["level"]).label))
        elif kind == EXTENSION:
            new_due = datetime.fromisoformat(detail["new_due_at"]).astimezone(LOCAL_TZ)
            what = self.tr("Gia hạn đến {when}").format(when=new_due.strftime(WHEN))
        elif kind == POSTED:
            what = self.tr("Gửi kết quả qua bưu chính, vận đơn {waybill}").format(waybill=detail.get("waybill", ""))
        else:
            what = label(DossierStatus(event["status_to"]))
            receiver = detail.get("receiver")
            if receiver:
                what += " — " + (self.tr("người nhận thay: {name}") if receiver.get("by_proxy")
                                 else self.tr("người nhận: {name}")).format(name=receiver.get("name", ""))
        reason = detail.get("reason")
        if reason:
            what += f" ({reason})"
        return f"{at}  {what}  — {event['officer_name']}"

    def _enable(self, state: HandoverState | None) -> None:
        status = DossierStatus(state.record.status) if state is not None else None
        can_hand_over = state is not None and state.refusal is None
        for widget in (self.receiver_id, self.by_proxy, self.receiver_name, self.fees, self.originals):
            widget.setEnabled(can_hand_over)
        self.authorisation.setEnabled(can_hand_over and self.by_proxy.isChecked())
        self.hand_over_button.setEnabled(can_hand_over)
        by_post = state is not None and state.by_post and status is DossierStatus.RESULT_READY
        self.post_button.setVisible(state is not None and state.by_post)
        self.delivered_button.setVisible(state is not None and state.by_post)
        self.label_button.setVisible(state is not None and state.by_post)
        self.post_button.setEnabled(by_post and state.life.posted is None)
        self.delivered_button.setEnabled(by_post and state.life.posted is not None)
        self.extend_button.setEnabled(status in EXTENDABLE and state is not None and not state.life.extensions)
        self.withdraw_button.setEnabled(status in (DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS,
                                                   DossierStatus.SUPPLEMENT_REQUESTED))
        self.papers_button.setEnabled(status is DossierStatus.SUPPLEMENT_REQUESTED)
        self.slip_button.setEnabled(state is not None)

    def _reset_receiver(self) -> None:
        self.receiver_id.clear()
        self.by_proxy.setChecked(False)
        self.authorisation.clear()
        self.fees.setValue(0)
        self._errors.reset()
        self._proxy_toggled(False)

    def _proxy_toggled(self, proxy: bool) -> None:
        """The applicant's own hand-over names the dossier's applicant; a proxy's name is asked for."""
        self.authorisation.setEnabled(proxy and self.hand_over_button.isEnabled())
        self.receiver_name.setReadOnly(not proxy)
        if not proxy:
            self.receiver_name.setText(self._state.record.applicant_name if self._state is not None else "")
        elif self._state is not None and self.receiver_name.text() == self._state.record.applicant_name:
            self.receiver_name.clear()

    # A chip ID card scanned while the hand-over waits for its receiver

    def accepts_card(self) -> bool:
        return self.isVisible() and self.hand_over_button.isEnabled()

    def fill_receiver(self, id_number: str, full_name: str) -> None:
        """The card's number; its holder is the proxy when it is not the applicant's."""
        assert self._state is not None
        self.receiver_id.setText(id_number)
        if id_number != self._state.record.applicant_id_number:
            self.by_proxy.setChecked(True)
            self.receiver_name.setText(full_name)
            self.authorisation.setFocus()
        else:
            self.by_proxy.setChecked(False)
            self.hand_over_button.setFocus()

    # Steps

    def hand_over(self) -> None:
        state = self._state
        if state is None or not self.hand_over_button.isEnabled():
            return
        code = state.record.code
        values = dict(id_number=self.receiver_id.text(), name=self.receiver_name.text(),
                      by_proxy=self.by_proxy.isChecked(), authorisation=self.authorisation.text(),
                      fees_collected_vnd=self.fees.value(),
                      originals_returned=[self.originals.item(i).text() for i in range(self.originals.count())
                                          if self.originals.item(i).checkState() == Qt.CheckState.Checked])

        def work() -> _Done:
            step = self._desk.returns.hand_over(code, **values)
            try:
                return _Done(step, self._desk.forms.render_handover(code))
            except Exception as error:  # the hand-over is saved; its record can be printed again
                return _Done(step, error)

        self._errors.reset()
        self.hand_over_button.setEnabled(False)
        self.message.setText(self.tr("Đang ghi việc trả kết quả…"))
        self._operations.run(work, self._handed_over, self._refused, initiator=self)

    def _handed_over(self, outcome: _Done) -> None:
        step, rendered = outcome.step, outcome.rendered
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Đã trả kết quả hồ sơ {code} lúc {at}.").format(
            code=step.code, at=step.at.astimezone(LOCAL_TZ).strftime(WHEN)))
        if isinstance(rendered, Exception):
            self.message.setText(self.message.text() + " " + self.tr("Chưa in được phiếu bàn giao: {detail}").format(
                detail=rendered))
        elif rendered is not None:
            self.printed.emit(rendered)
        self.show_code(step.code)
        self.ask_rating(step.code)

    def ask_rating(self, code: str) -> None:
        """The citizen rates at the hand-over, on the screen facing them when there is one. One
        rating screen at a time: the last citizen's, unanswered, goes when the next one comes."""
        if self._rating is not None:
            self._rating.close()
        dialog = RatingDialog(code, self._desk, self._operations, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result, dialog=dialog: self._rating_closed(dialog))
        self._rating = dialog
        dialog.show_to_citizen()

    def _rating_closed(self, dialog: RatingDialog) -> None:
        if self._rating is dialog:
            self._rating = None

    def _refused(self, error: BaseException) -> None:
        self.message.setText("")
        self._errors.refused(error)
        if self._state is not None:
            self.show_code(self._state.record.code)

    def _step(self, work: Callable[[str], Step], done: str,
              after: Callable[[str], RenderedForm] | None = None) -> None:
        state = self._state
        if state is None:
            return
        code = state.record.code

        def run() -> _Done:
            step = work(code)
            return _Done(step, after(code) if after is not None else None)

        def finished(outcome: _Done) -> None:
            self.message.setStyleSheet("")
            self.message.setText(done)
            if isinstance(outcome.rendered, RenderedForm):
                self.printed.emit(outcome.rendered)
            self.show_code(code)

        self._operations.run(run, finished, self._refused, initiator=self)

    def _print(self, render: Callable[[str], RenderedForm]) -> None:
        if self._state is not None:
            code = self._state.record.code
            self._operations.run(lambda: render(code), self.printed.emit, self._refused)

    def ask_extension(self) -> None:
        if self._state is None:
            return
        code = self._state.record.code
        dialog = StepDialog(self.tr("Gia hạn thời gian giải quyết (Mẫu 04)"), self._operations, self)
        due = self._state.record.due_at.astimezone(LOCAL_TZ).date() if self._state.record.due_at else None
        new_due = dialog.date_field("new_due", self.tr("Ngày hẹn trả mới"), due)
        reason = dialog.text_field("reason", self.tr("Lý do chậm giải quyết"))
        dialog.save = lambda: self._desk.returns.extend(code, new_due.date().toPython(), reason.toPlainText())
        if dialog.exec():
            self._print(lambda c: self._desk.forms.render_form(c, "04"))
            self.message.setText(self.tr("Đã gia hạn; ngày hẹn trả mới là ngày hẹn của hồ sơ."))
            self.show_code(code)

    def ask_withdrawal(self) -> None:
        if self._state is None:
            return
        code = self._state.record.code
        dialog = StepDialog(self.tr("Rút hồ sơ theo đề nghị của người nộp"), self._operations, self)
        reason = dialog.text_field("reason", self.tr("Lý do (theo văn bản đề nghị)"))
        dialog.save = lambda: self._desk.returns.withdraw(code, reason.toPlainText())
        if dialog.exec():
            self.message.setText(self.tr("Đã rút hồ sơ."))
            self.show_code(code)

    def ask_papers(self) -> None:
        if self._state is None:
            return
        code = self._state.record.code
        dialog = StepDialog(self.tr("Nhận hồ sơ bổ sung"), self._operations, self)
        papers = dialog.check_list("papers", self.tr("Giấy tờ mang đến"),
                                   [d.name for d in self._state.documents if d.given != "handed"])
        dialog.save = lambda: self._desk.returns.papers_brought(code, papers())
        if dialog.exec():
            self.message.setText(self.tr("Đã nhận hồ sơ bổ sung; thời hạn giải quyết tính lại từ hôm nay."))
            self.show_code(code)

    def ask_posting(self) -> None:
        if self._state is None:
            return
        code = self._state.record.code
        dialog = StepDialog(self.tr("Gửi kết quả qua bưu chính"), self._operations, self)
        waybill = dialog.line_field("waybill", self.tr("Số vận đơn"))
        today = self._desk.clock().astimezone(LOCAL_TZ).date()
        sent_on = dialog.date_field("sent_on", self.tr("Ngày gửi"), today)
        dialog.save = lambda: self._desk.returns.post(code, waybill.text(), sent_on.date().toPython())
        if dialog.exec():
            self._print(self._desk.forms.render_postal_label)
            self.message.setText(self.tr("Đã ghi gửi kết quả qua bưu chính."))
            self.show_code(code)

    def changed(self, changes: Changes) -> None:
        """A sync or another screen changed the dossier on view: read it again."""
        if self.shown_code is not None and changes.initiator is not self and self.shown_code in changes.ids(Kind.DOSSIER):
            self.show_code(self.shown_code)

    def _span(self, delta: Any) -> str:
        """A time left or past, the way people say it: days when there are days, else hours and minutes."""
        minutes = int(delta.total_seconds() // 60)
        days, rest = divmod(minutes, 24 * 60)
        if days:
            return self.tr("{days} ngày").format(days=days)
        hours, minutes = divmod(rest, 60)
        if hours:
            return self.tr("{hours} giờ {minutes} phút").format(hours=hours, minutes=minutes)
        return self.tr("{minutes} phút").format(minutes=minutes)

    def _failed(self, error: BaseException) -> None:
        self.clear()
        self.message.setText(error_text(error) if isinstance(error, DomainError) else unexpected_text(error))
