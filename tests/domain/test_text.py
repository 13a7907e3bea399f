import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desk_app.domain.text import fold, format_vnd, lacks_diacritics, nfc


def test_nfc_composes_trims_and_collapses_whitespace():
    decomposed = unicodedata.normalize("NFD", "Nguyễn   Văn\tAn ")
    assert nfc(decomposed) == "Nguyễn Văn An"
    assert unicodedata.is_normalized("NFC", nfc(decomposed))


def test_fold_removes_marks_and_maps_d():
    assert fold("Đăng ký khai sinh") == "dang ky khai sinh"
    assert fold("  ĐỖ   Thị\u00a0Hường ") == "do thi huong"
    assert fold(unicodedata.normalize("NFD", "Chứng thực")) == "chung thuc"


@given(st.text())
def test_fold_is_idempotent_and_mark_free(s):
    folded = fold(s)
    assert fold(folded) == folded
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert "đ" not in folded


@given(st.text())
def test_nfc_is_idempotent(s):
    assert nfc(nfc(s)) == nfc(s)


def test_lacks_diacritics():
    assert lacks_diacritics("NGUYEN VAN AN")
    assert lacks_diacritics("Tran Thi B")
    assert not lacks_diacritics("Nguyễn Văn An")
    assert not lacks_diacritics("ĐINH VAN AN")
    assert not lacks_diacritics("")
    assert not lacks_diacritics("   ")


def test_format_vnd():
    assert format_vnd(15000) == "15.000 đồng"
    assert format_vnd(0) == "0 đồng"
    assert format_vnd(1234567) == "1.234.567 đồng"
    assert format_vnd(999) == "999 đồng"
