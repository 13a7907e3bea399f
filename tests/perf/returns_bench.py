"""The return step among the 1M dossiers, on a scratch copy of the benchmark desk:

- `open_scanned_ms`: a receipt scanned in the real window (offscreen) to its dossier on screen,
  with its status, due date, timeline and hand-over panel filled;
- `handover_ms`: Trả kết quả to the hand-over saved and its record rendered as PDF;
- `today_view_ms`: the Hôm nay board read and drawn (overdue, due today and tomorrow, results
  waiting, in the post);
- `book_month_s`: the tracking book (Mẫu 07) of a month of a busy desk, 3,000 dossiers, written
  both as .xlsx and as PDF.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import date, datetime

from benchmarks import Measurement, scratch_copy
from dataset import Dataset
from event_loop import turn_until

BOOK_DOSSIERS = 3000
SCANS_PER_RUN = 20
HANDOVERS_PER_RUN = 20


def _ready(database, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """Dossiers whose result waits for its citizen at the desk, with the applicant's ID number."""
    connection = sqlite3.connect(database)
    try:
        rows = connection.execute("SELECT code, applicant_id_number FROM dossiers WHERE status = 'result_ready' "
                                  "AND return_method = 'desk' ORDER BY id DESC LIMIT ?", (count * 20,)).fetchall()
    finally:
        connection.close()
    return rng.sample(rows, count)


def _busy_month(database) -> tuple[date, date]:
    """The first run of days, from the newest back, that holds BOOK_DOSSIERS dossiers."""
    connection = sqlite3.connect(database)
    try:
        newest = connection.execute("SELECT MAX(received_at) FROM dossiers").fetchone()[0]
        rows = connection.execute("SELECT received_at FROM dossiers WHERE received_at <= ? ORDER BY received_at DESC "
                                  "LIMIT 1 OFFSET ?", (newest, BOOK_DOSSIERS - 1)).fetchone()
    finally:
        connection.close()
    from desk_app.clock import LOCAL_TZ

    def local_day(text: str) -> date:
        return datetime.fromisoformat(text).astimezone(LOCAL_TZ).date()

    return local_day(rows[0]), local_day(newest)


def returns(dataset: Dataset, runs: int) -> list[Measurement]:
    from PySide6.QtWidgets import QApplication

    from desk_app.app import create_main_window

    rng = random.Random(16)
    app = QApplication.instance() or QApplication([])
    opened, handed, books, today, notes = [], [], [], [], []
    with scratch_copy(dataset) as data_dir:
        window = create_main_window(data_dir)
        window.show()
        app.processEvents()
        desk, view = window.desk, window.lookup.dossier
        try:
            first, last = _busy_month(dataset.database)
            wanted = SCANS_PER_RUN * runs + HANDOVERS_PER_RUN * runs + 1
            ready = _ready(dataset.database, wanted, rng)
            scans, handovers = ready[:SCANS_PER_RUN * runs], ready[SCANS_PER_RUN * runs:]
            for code, _ in scans:
                started = time.perf_counter()
                window.handle_scan(code)
                turn_until(app, lambda: view.code.text() == code and view.hand_over_button.isEnabled()
                           and not window.operations.pending, 10, f"the dossier {code}")
                opened.append((time.perf_counter() - started) * 1000)
            code, id_number = handovers.pop()
            desk.returns.hand_over(code, id_number=id_number)
            desk.forms.render_handover(code)
            for code, id_number in handovers:
                started = time.perf_counter()
                desk.returns.hand_over(code, id_number=id_number)
                rendered = desk.forms.render_handover(code)
                handed.append((time.perf_counter() - started) * 1000)
                if not rendered.pdf.startswith(b"%PDF"):
                    raise RuntimeError(f"no hand-over record for {code}")
            window.tabs.setCurrentWidget(window._today_tab)
            board = window.today
            for _ in range(runs * 5):
                board.summary.clear()
                started = time.perf_counter()
                board.refresh()
                turn_until(app, lambda: bool(board.summary.text()), 10, "the Hôm nay board")
                today.append((time.perf_counter() - started) * 1000)
            notes.append(f"today: {board.summary.text()}")
            rows = len(desk.forms.tracking_book(first, last, desk.clock()).rows)
            notes.append(f"book: {rows} dossiers received {first:%d/%m/%Y}–{last:%d/%m/%Y}")
            for _ in range(runs):
                started = time.perf_counter()
                workbook = desk.forms.book_xlsx(first, last, desk.clock())
                pdf = desk.forms.book_pdf(first, last, desk.clock())
                books.append(time.perf_counter() - started)
            notes.append(f"book: .xlsx {len(workbook) // 1024} KB, PDF {len(pdf) // 1024} KB")
        finally:
            window.close()
            app.processEvents()
    return [Measurement("open_scanned_ms", tuple(opened), runs),
            Measurement("handover_ms", tuple(handed), runs),
            Measurement("today_view_ms", tuple(today), runs),
            Measurement("book_month_s", tuple(books), runs, tuple(notes))]
