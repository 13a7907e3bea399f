"""The papers of a dossier as the law lists them, and what a counter may say of them.

Each paper of a procedure's list (catalogue.RequiredDocument) is, at the counter, handed in, shown
(xuất trình: looked at and given back at once), or not given. A paper needed only in a stated case
is asked for only when the officer says its case applies; papers that are alternatives (one group)
are complete when one of them is given; a paper that is only shown is complete when it was shown.
The receipt (Mẫu 01) lists exactly what was handed in and what was shown; the request to complete
(Mẫu 02) lists what is missing, alternatives as "one of".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from desk_app.domain.catalogue import DocumentKind, RequiredDocument
from desk_app.domain.errors import DomainError


class Given(StrEnum):
    HANDED = "handed"
    SHOWN = "shown"
    NONE = "none"


@dataclass(frozen=True)
class Paper:
    """One paper of the list and what became of it at the counter."""

    document: RequiredDocument
    given: Given
    case_applies: bool = False
    """For a paper needed only in a case: the officer says the case is this dossier's."""
    return_original: bool = False
    """An original handed in that goes back to the citizen with the result."""

    @property
    def required(self) -> bool:
        return not self.document.case or self.case_applies or self.given is not Given.NONE


@dataclass(frozen=True)
class Missing:
    """What is still needed: one paper, or one of several alternatives."""

    names: tuple[str, ...]
    case: str = ""

    @property
    def alternatives(self) -> bool:
        return len(self.names) > 1


def check_paper(paper: Paper) -> None:
    """What the counter says of a paper must fit it: a paper only shown is not handed in, one handed in
    is not merely shown, and only an original handed in can go back with the result."""
    document = paper.document
    if document.shown and paper.given is Given.HANDED:
        raise DomainError("papers.shown_only", field="documents", name=document.name)
    if not document.shown and paper.given is Given.SHOWN:
        raise DomainError("papers.handed_in", field="documents", name=document.name)
    if paper.return_original and not (document.kind is DocumentKind.ORIGINAL and paper.given is Given.HANDED):
        raise DomainError("papers.return_original", field="documents", name=document.name)


def missing_papers(papers: Sequence[Paper]) -> list[Missing]:
    """What the dossier still lacks, in the list's order; a group counts once, where it first stands."""
    missing: list[Missing] = []
    groups: dict[str, list[Paper]] = {}
    for paper in papers:
        if paper.document.group:
            groups.setdefault(paper.document.group, []).append(paper)
    seen: set[str] = set()
    for paper in papers:
        group = paper.document.group
        if group:
            if group in seen:
                continue
            seen.add(group)
            members = [member for member in groups[group] if member.required]
            if members and not any(member.given is not Given.NONE for member in members):
                missing.append(Missing(tuple(member.document.name for member in members),
                                       next((m.document.case for m in members if m.document.case), "")))
        elif paper.required and paper.given is Given.NONE:
            missing.append(Missing((paper.document.name,), paper.document.case))
    return missing
