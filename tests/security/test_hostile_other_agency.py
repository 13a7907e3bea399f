"""A device of agency 000.00.14.H12 (banbo1) against the objects of 000.00.12.H12 (canbo1): it reads
nothing, touches nothing and learns nothing about them."""

from __future__ import annotations

import hashlib
import os

import pytest
from sqlalchemy import select

from desk_app.sync import wire
from provincial.schema import sequence_allocations
from security_support import (
    AGENCY,
    API,
    assert_refused,
    assert_rejected_result,
    assert_unchanged,
    changed_tables,
    describe,
    local_today,
    outcomes,
    probe_op,
    push,
    snapshot,
    status_op,
)


def _put(province, desk, sha, data, offset, length):
    return province.client.put(f"{API}/attachments/{sha}", content=data, headers={
        **desk.headers, wire.UPLOAD_OFFSET_HEADER: str(offset), wire.UPLOAD_LENGTH_HEADER: str(length)})


def _head(province, desk, sha):
    return province.client.head(f"{API}/attachments/{sha}", headers=desk.headers)


def _uploaded_by_a(province, complete: bool):
    """A fresh attachment of agency A, whole or its first half only: (sha, data)."""
    data = os.urandom(4096)
    sha = hashlib.sha256(data).hexdigest()
    sent = data if complete else data[:2048]
    answer = _put(province, province.a1, sha, sent, 0, len(data))
    assert answer.status_code == 200 and answer.json()["complete"] is complete, describe(answer)
    return sha, data


def _a_view(province, sha):
    answer = _head(province, province.a1, sha)
    return answer.status_code, answer.headers.get(wire.UPLOAD_OFFSET_HEADER), answer.headers.get(wire.UPLOAD_LENGTH_HEADER)


@pytest.mark.parametrize("complete", [True, False], ids=["complete", "partial"])
def test_head_of_another_agencys_attachment_is_404(province, complete):
    sha, _ = _uploaded_by_a(province, complete)
    before = snapshot(province.engine)
    answer = _head(province, province.b1, sha)
    assert answer.status_code == 404, f"agency B learns of A's attachment: {describe(answer)} {dict(answer.headers)}"
    assert_unchanged(province.engine, before, "a HEAD")


def _b_puts(kind, data, a_received):
    """What B sends for A's sha256: (bytes, offset, length, what B must be told it holds)."""
    return {
        "nothing": (b"", 0, len(data), 0),
        "first_byte": (data[:1], 0, len(data), 1),
        "whole_content": (data, 0, len(data), len(data)),
        "continuing_at_a_offset": (data[a_received:], a_received, len(data), None),
        "wrong_length": (b"", 0, len(data) + 1, 0),
    }[kind]


@pytest.mark.parametrize("kind", ["nothing", "first_byte", "whole_content", "continuing_at_a_offset", "wrong_length"])
@pytest.mark.parametrize("complete", [True, False], ids=["complete", "partial"])
def test_a_put_into_another_agencys_attachment_starts_an_upload_of_its_own(province, complete, kind):
    sha, data = _uploaded_by_a(province, complete)
    a_received = len(data) if complete else 2048
    a_before = _a_view(province, sha)
    before = snapshot(province.engine)
    content, offset, length, held = _b_puts(kind, data, a_received)
    answer = _put(province, province.b1, sha, content, offset, length)
    assert answer.status_code < 500, describe(answer)
    if held is None:
        # B holds nothing at that offset: its own upload is at 0.
        assert_refused(answer)
    else:
        assert answer.status_code == 200, describe(answer)
        body = answer.json()
        assert body["received"] == held and body["complete"] is (held == len(data)), \
            f"B is told {body} after sending {len(content)} bytes"
    after = snapshot(province.engine)
    elsewhere = {name: change for name, change in changed_tables(before, after).items()
                 if name not in ("attachments", "attachment_chunks")}
    assert not elsewhere, f"B's upload changed {elsewhere}"
    assert _a_view(province, sha) == a_before, "B's upload changed A's"


def test_a_dossier_of_another_agency_cannot_be_read(province):
    code = province.applied_dossier()["dossier_code"]
    for spelling in (code, code.lower(), f" {code}"):
        before = snapshot(province.engine)
        answer = province.client.get(f"{API}/dossiers/{spelling}", headers=province.b1.headers)
        assert_refused(answer)
        assert_unchanged(province.engine, before, "a read")


@pytest.mark.parametrize("to", ["withdrawn", "result_ready", "received", "returned"])
def test_a_dossier_of_another_agency_cannot_be_moved(province, to):
    op = status_op(province.applied_dossier()["dossier_code"], to=to)
    probe_op(province.client, province.engine, province.b1, op)


def test_a_code_leased_to_another_agency_cannot_be_pushed(province):
    op = province.intakes.op(province.b1, province.code(province.a1), agency_code=province.b1.agency)
    probe_op(province.client, province.engine, province.b1, op)


def test_a_replay_of_another_agencys_op_id_changes_nothing(province):
    """The op_id is A's: B's push of it is rejected, and there is no second record to make."""
    applied = province.applied_dossier()
    before = snapshot(province.engine)
    result = outcomes(push(province.client, province.b1, [applied]))[applied["op_id"]]
    assert_rejected_result(result, "another agency's op_id")
    assert_unchanged(province.engine, before, "another agency's op_id")


def test_another_agencys_feed_cursor_is_refused(province):
    answer = province.client.get(f"{API}/feed", params={"limit": 1}, headers=province.a1.headers)
    assert answer.status_code == 200, describe(answer)
    before = snapshot(province.engine)
    refused = province.client.get(f"{API}/feed", params={"cursor": answer.json()["cursor"]}, headers=province.b1.headers)
    assert_refused(refused, 400, "feed.cursor")
    assert_unchanged(province.engine, before, "a pull")


def test_the_feed_of_another_agency_carries_nothing_of_this_one(province):
    province.applied_dossier()
    cursor, seen = None, []
    while True:
        answer = province.client.get(f"{API}/feed", params={"cursor": cursor} if cursor else {},
                                     headers=province.b1.headers)
        assert answer.status_code == 200, describe(answer)
        page = answer.json()
        seen += page["entries"]
        cursor = page["cursor"]
        if not page["more"]:
            break
    leaks = [entry for entry in seen if AGENCY in entry["key"] or entry["data"].get("agency_code") == AGENCY
             or entry["key"] in ("canbo1", "canbo2", "quantri")]
    assert not leaks, f"agency B pulled {len(leaks)} entries of agency A, e.g. {str(leaks[0])[:300]}"


def test_a_lease_of_another_agency_leaves_this_agencys_numbers_alone(province):
    province.code(province.a1)

    def allocations():
        with province.engine.connect() as connection:
            return connection.execute(select(sequence_allocations).where(
                sequence_allocations.c.agency_code == AGENCY)).all()

    before = allocations()
    answer = province.client.post(f"{API}/leases", json={"days": [{"day": str(local_today()), "count": 30}]},
                                  headers=province.b1.headers)
    assert answer.status_code == 200, describe(answer)
    assert allocations() == before
