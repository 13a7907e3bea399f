"""The catalogue at the counter: type-ahead as the officer types, and a catalogue read back from disk."""

from __future__ import annotations

import pytest

from desk_app.services.catalogue import CatalogueService
from desk_app.services.desk import Desk


@pytest.mark.parametrize("query", ["dang ky khai sinh", "khai sinh", "1.001193", "Đăng ký khai sinh", "DANG KY KHAI SINH"])
def test_khai_sinh_comes_first_however_it_is_typed(desk, query):
    assert desk.catalogue.search(query)[0].code == "1.001193"


def test_typing_on_gives_what_a_fresh_search_gives(desk):
    fresh = CatalogueService(desk.database)
    for text in ("chứng thực bản sao", "thuong tru", "1.00", "dang ky ket hon", "khai tu"):
        for end in range(len(text) + 1):
            prefix = text[:end]
            assert desk.catalogue.search(prefix) == fresh.search(prefix), prefix
            fresh.search("")
    assert desk.catalogue.search("khai sinh")[0].code == "1.001193"
    assert desk.catalogue.search("khai tu") != desk.catalogue.search("khai sinh")


def test_no_match_is_an_empty_list(desk):
    assert desk.catalogue.search("không có thủ tục này") == []


def test_a_reopened_desk_reads_the_same_catalogue_from_disk(desk, data_dir):
    before = desk.catalogue.all()
    desk.close()
    reopened = Desk.open(data_dir)
    try:
        assert reopened.catalogue.all() == before
        assert reopened.catalogue.search("khai sinh")[0].code == "1.001193"
    finally:
        reopened.close()
