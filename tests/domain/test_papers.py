"""Papers as the law lists them: needed always, only in a case, one of alternatives, or only shown."""

from __future__ import annotations

import pytest

from desk_app.domain.catalogue import DocumentKind, RequiredDocument
from desk_app.domain.errors import DomainError
from desk_app.domain.papers import Given, Missing, Paper, check_paper, missing_papers

FORM = RequiredDocument("Tờ khai đăng ký khai sinh", DocumentKind.ORIGINAL, 1)
PROXY = RequiredDocument("Văn bản ủy quyền", DocumentKind.ORIGINAL, 1, case="Trường hợp ủy quyền thực hiện")
BIRTH = RequiredDocument("Giấy chứng sinh", DocumentKind.ORIGINAL, 1, group="chứng sinh")
WITNESS = RequiredDocument("Văn bản của người làm chứng", DocumentKind.ORIGINAL, 1, group="chứng sinh")
ID_CARD = RequiredDocument("Thẻ căn cước", DocumentKind.ORIGINAL, 1, shown=True)


def papers(**given: Given) -> list[Paper]:
    documents = {"form": FORM, "proxy": PROXY, "birth": BIRTH, "witness": WITNESS, "id_card": ID_CARD}
    return [Paper(document, given.get(key, Given.NONE)) for key, document in documents.items()]


def test_a_complete_dossier_lacks_nothing():
    assert missing_papers(papers(form=Given.HANDED, birth=Given.HANDED, id_card=Given.SHOWN)) == []


def test_a_case_paper_is_asked_only_when_its_case_applies():
    listed = papers(form=Given.HANDED, birth=Given.HANDED, id_card=Given.SHOWN)
    assert missing_papers(listed) == []
    listed[1] = Paper(PROXY, Given.NONE, case_applies=True)
    assert missing_papers(listed) == [Missing(("Văn bản ủy quyền",), "Trường hợp ủy quyền thực hiện")]


def test_one_of_the_alternatives_is_enough_and_a_missing_group_is_said_once():
    assert missing_papers(papers(form=Given.HANDED, witness=Given.HANDED, id_card=Given.SHOWN)) == []
    (lacking,) = missing_papers(papers(form=Given.HANDED, id_card=Given.SHOWN))
    assert lacking.names == ("Giấy chứng sinh", "Văn bản của người làm chứng") and lacking.alternatives


def test_a_paper_only_shown_must_be_shown_and_cannot_be_handed_in():
    assert missing_papers(papers(form=Given.HANDED, birth=Given.HANDED)) == [Missing(("Thẻ căn cước",))]
    with pytest.raises(DomainError) as error:
        check_paper(Paper(ID_CARD, Given.HANDED))
    assert error.value.code == "papers.shown_only" and "Thẻ căn cước" in str(error.value)
    with pytest.raises(DomainError):
        check_paper(Paper(FORM, Given.SHOWN))


def test_only_an_original_handed_in_goes_back_with_the_result():
    check_paper(Paper(FORM, Given.HANDED, return_original=True))
    copy = RequiredDocument("Bản sao giấy khai sinh", DocumentKind.COPY, 1)
    for paper in (Paper(copy, Given.HANDED, return_original=True), Paper(FORM, Given.NONE, return_original=True)):
        with pytest.raises(DomainError) as error:
            check_paper(paper)
        assert error.value.code == "papers.return_original"
