"""The line wrapping and page breaking the forms are built on."""

from __future__ import annotations

import subprocess
import sys

from desk_app.printing.layout import A4, GLUE, Column, Flow, Style, TextOp, bold, italic, plain


def _lines(column: Column) -> list[str]:
    rows: dict[float, str] = {}
    for op in column.ops:
        if isinstance(op, TextOp):
            rows[op.y] = rows.get(op.y, "") + op.text
    return [rows[y] for y in sorted(rows)]


def test_text_wraps_at_spaces_and_keeps_styles_within_a_line():
    column = Column(0, 120)
    column.text([plain("Tiếp nhận hồ sơ của: "), bold("Nguyễn Thị Thu Hằng")], 12)

    lines = _lines(column)
    assert len(lines) > 1
    assert " ".join(lines) == "Tiếp nhận hồ sơ của: Nguyễn Thị Thu Hằng"
    assert {op.style for op in column.ops} == {Style.REGULAR, Style.BOLD}


def test_glued_words_stay_on_one_line_and_print_plain_spaces():
    column = Column(0, 90)
    column.text([plain(f"Thời gian: 16{GLUE}giờ{GLUE}30{GLUE}phút")], 12)

    assert _lines(column) == ["Thời gian:", "16 giờ 30 phút"]


def test_a_word_longer_than_the_line_is_cut():
    column = Column(0, 60)
    column.text([plain("x" * 40)], 12)

    lines = _lines(column)
    assert len(lines) > 1 and "".join(lines) == "x" * 40


def test_newlines_start_new_lines():
    column = Column(0, 400)
    column.text([italic("một\r\nhai\nba")], 12)

    assert _lines(column) == ["một", "hai", "ba"]


def test_balanced_heading_splits_into_lines_of_similar_length():
    column = Column(0, 200)
    column.text([bold("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ")], 12, balanced=True)

    assert _lines(column) == ["BỘ PHẬN TIẾP NHẬN", "VÀ TRẢ KẾT QUẢ"]


def test_flow_breaks_pages_inside_the_bottom_margin_and_repeats_the_running_line():
    flow = Flow(A4, [italic("tiếp theo")], 11)
    for number in range(120):
        flow.text([plain(f"Dòng {number}")], 13)
    pages = flow.pages()

    assert len(pages) > 2
    for page in pages:
        body = [op for op in page.ops if isinstance(op, TextOp) and not op.text.startswith("Trang")]
        assert max(op.y for op in body) <= A4.height - A4.bottom
    assert all(page.ops[0].text == "tiếp theo" for page in pages[1:])
    assert [op.text for page in pages for op in page.ops if op.text.startswith("Trang")] == [
        f"Trang {number}/{len(pages)}" for number in range(1, len(pages) + 1)
    ]


def test_the_package_loads_reportlab_only_when_a_form_is_rendered():
    script = (
        "import sys, desk_app.printing as p; assert 'reportlab' not in sys.modules; "
        "p.render_receipt; assert 'reportlab' in sys.modules; assert 'PySide6' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", script], check=True)
