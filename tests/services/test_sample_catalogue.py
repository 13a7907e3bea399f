"""The bundled sample catalogue carries its papers as the published lists give them: papers needed only in
a case, alternatives of which one is enough, and papers only shown."""

from __future__ import annotations

from collections import Counter

import pytest

from desk_app.catalogue_file import sample_catalogue_path
from desk_app.domain.catalogue import DocumentKind, parse_catalogue_bytes
from desk_app.domain.papers import Given, Paper, missing_papers


@pytest.fixture(scope="module")
def sample():
    return {procedure.code: procedure for procedure in parse_catalogue_bytes(sample_catalogue_path().read_bytes())}


def test_the_sample_parses_whole(sample):
    assert len(sample) == 49


def test_khai_sinh_has_a_case_paper_alternatives_and_a_paper_only_shown(sample):
    papers = sample["1.001193"].documents
    assert any("ủy quyền" in d.name and d.case == "Trường hợp ủy quyền thực hiện" for d in papers)
    birth = [d for d in papers if d.group == "chứng sinh"]
    assert [d.name for d in birth][:2] == ["Giấy chứng sinh", "Văn bản của người làm chứng xác nhận về việc sinh"]
    shown = [d for d in papers if d.shown]
    assert shown and all(d.kind is DocumentKind.ORIGINAL and not d.case for d in shown)
    assert not any("xuất trình" in d.name for d in papers)


def test_a_khai_sinh_dossier_is_complete_with_one_birth_paper_and_the_card_shown(sample):
    papers = sample["1.001193"].documents
    given = {"Tờ khai đăng ký khai sinh theo mẫu": Given.HANDED,
             "Văn bản của người làm chứng xác nhận về việc sinh": Given.HANDED}
    checklist = [Paper(d, Given.SHOWN if d.shown else given.get(d.name, Given.NONE)) for d in papers]
    assert missing_papers(checklist) == []


def test_every_group_has_alternatives_and_every_list_names_each_paper_once(sample):
    for procedure in sample.values():
        groups = Counter(d.group for d in procedure.documents if d.group)
        assert all(count >= 2 for count in groups.values()), (procedure.code, groups)
        names = [d.name for d in procedure.documents]
        assert len(names) == len(set(names)), procedure.code
        for d in procedure.documents:
            assert not (d.shown and d.return_original), (procedure.code, d.name)
            assert not d.return_original or d.kind is DocumentKind.ORIGINAL, (procedure.code, d.name)
