"""Hostile attachment uploads (`HEAD|PUT /attachments/{sha256}`): malformed names and headers, lengths
over the limit, content that lies; and several uploads of one new attachment at once."""

from __future__ import annotations

import hashlib
import os
import threading

import pytest
from sqlalchemy import select

from desk_app.sync import wire
from provincial.schema import attachment_chunks
from security_support import API, assert_refused, assert_unchanged, describe, snapshot

DATA = b"Giay khai sinh ban sao " * 100
SHA = hashlib.sha256(DATA).hexdigest()

NAMES = {
    "upper_case_hex": SHA.upper(),
    "63_hex": SHA[:63],
    "65_hex": SHA + "0",
    "not_hex": "g" * 64,
    "non_ascii": "đ" * 64,
    "nul": SHA[:63] + "%00",
    "encoded_slash": SHA[:60] + "%2F..",
    "length_1000": "a" * 1000,
    "surrogate_bytes": SHA[:61] + "%ED%A0%80",
}


@pytest.mark.parametrize("method", ["HEAD", "PUT"])
@pytest.mark.parametrize("name", NAMES)
def test_an_attachment_name_that_is_not_a_sha256_is_refused(province, name, method):
    before = snapshot(province.engine)
    answer = province.client.request(method, f"{API}/attachments/{NAMES[name]}", content=DATA if method == "PUT" else None,
                                     headers={**province.a1.headers, wire.UPLOAD_OFFSET_HEADER: "0",
                                              wire.UPLOAD_LENGTH_HEADER: str(len(DATA))})
    # An encoded slash may end the path before the route: a 404 is as good as a 422.
    assert_refused(answer, None if name == "encoded_slash" else 422)
    assert_unchanged(province.engine, before, "a refused upload")


def _fresh():
    data = os.urandom(1000)
    return data, hashlib.sha256(data).hexdigest()


HEADERS = {
    "length_missing": lambda n: {wire.UPLOAD_OFFSET_HEADER: "0"},
    "length_text": lambda n: {wire.UPLOAD_LENGTH_HEADER: "dài"},
    "length_negative": lambda n: {wire.UPLOAD_LENGTH_HEADER: "-1"},
    "length_fraction": lambda n: {wire.UPLOAD_LENGTH_HEADER: "999.5"},
    "length_hex": lambda n: {wire.UPLOAD_LENGTH_HEADER: "0x3e8"},
    "length_exponent": lambda n: {wire.UPLOAD_LENGTH_HEADER: "1e3"},
    "length_empty": lambda n: {wire.UPLOAD_LENGTH_HEADER: ""},
    "length_shorter_than_body": lambda n: {wire.UPLOAD_LENGTH_HEADER: str(n - 1)},
    "length_zero_with_body": lambda n: {wire.UPLOAD_LENGTH_HEADER: "0"},
    "length_over_max": lambda n: {wire.UPLOAD_LENGTH_HEADER: str(wire.ATTACHMENT_MAX_BYTES + 1)},
    "length_10e30": lambda n: {wire.UPLOAD_LENGTH_HEADER: str(10**30)},
    "offset_text": lambda n: {wire.UPLOAD_LENGTH_HEADER: str(n), wire.UPLOAD_OFFSET_HEADER: "đầu"},
    "offset_negative": lambda n: {wire.UPLOAD_LENGTH_HEADER: str(n), wire.UPLOAD_OFFSET_HEADER: "-1"},
    "offset_fraction": lambda n: {wire.UPLOAD_LENGTH_HEADER: str(n), wire.UPLOAD_OFFSET_HEADER: "0.5"},
    "offset_empty": lambda n: {wire.UPLOAD_LENGTH_HEADER: str(n), wire.UPLOAD_OFFSET_HEADER: ""},
    "offset_beyond_received": lambda n: {wire.UPLOAD_LENGTH_HEADER: str(n), wire.UPLOAD_OFFSET_HEADER: "10"},
    "offset_beyond_length": lambda n: {wire.UPLOAD_LENGTH_HEADER: str(n), wire.UPLOAD_OFFSET_HEADER: str(n + 1)},
    "offset_10e30": lambda n: {wire.UPLOAD_LENGTH_HEADER: str(n), wire.UPLOAD_OFFSET_HEADER: str(10**30)},
}


@pytest.mark.parametrize("name", HEADERS)
def test_a_missing_or_garbage_upload_header_is_refused(province, name):
    data, sha = _fresh()
    headers = {key: value.encode() for key, value in HEADERS[name](len(data)).items()}
    before = snapshot(province.engine)
    answer = province.client.put(f"{API}/attachments/{sha}", content=data, headers={**province.a1.headers, **headers})
    assert_refused(answer, 413 if "over_max" in name or "10e30" in name and "length" in name else None)
    assert_unchanged(province.engine, before, "a refused upload")


def test_content_that_does_not_match_its_sha256_is_refused_and_not_kept(province):
    _, sha = _fresh()
    before = snapshot(province.engine)
    answer = province.client.put(f"{API}/attachments/{sha}", content=b"something else",
                                 headers={**province.a1.headers, wire.UPLOAD_LENGTH_HEADER: "14"})
    assert_refused(answer, 422, "attachment.hash")
    assert_unchanged(province.engine, before, "a lying upload")


def _stored(province, sha):
    with province.engine.connect() as connection:
        return [(row.offset, bytes(row.data)) for row in connection.execute(
            select(attachment_chunks).where(attachment_chunks.c.sha256 == sha).order_by(attachment_chunks.c.offset))]


def _together(count, work):
    barrier = threading.Barrier(count)
    answers: list = [None] * count

    def run(i):
        barrier.wait()
        try:
            answers[i] = work(i)
        except Exception as err:  # a crash of the client is an answer too
            answers[i] = err

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return answers


def _assert_stored_whole(province, data, sha):
    head = province.client.head(f"{API}/attachments/{sha}", headers=province.a1.headers)
    assert head.status_code == 200 and head.headers[wire.UPLOAD_OFFSET_HEADER] == str(len(data)), \
        f"after the uploads: {head.status_code} {dict(head.headers)}"
    chunks = _stored(province, sha)
    assert b"".join(part for _, part in chunks) == data, f"stored {[(o, len(p)) for o, p in chunks]}"


@pytest.mark.parametrize("round", range(3))
def test_concurrent_uploads_of_one_new_attachment_store_it_once(province, round):
    data, sha = _fresh()
    headers = {**province.a1.headers, wire.UPLOAD_OFFSET_HEADER: "0", wire.UPLOAD_LENGTH_HEADER: str(len(data))}
    answers = _together(4, lambda i: province.client.put(f"{API}/attachments/{sha}", content=data, headers=headers))
    for answer in answers:
        assert not isinstance(answer, Exception), repr(answer)
        assert answer.status_code < 300 or answer.status_code == 409, describe(answer)
    _assert_stored_whole(province, data, sha)


def test_concurrent_resumed_uploads_of_one_new_attachment_store_it_once(province):
    data = os.urandom(64 * 1024)
    sha = hashlib.sha256(data).hexdigest()
    problems: list[str] = []

    def upload(i):
        for _ in range(50):
            head = province.client.head(f"{API}/attachments/{sha}", headers=province.a1.headers)
            offset = int(head.headers[wire.UPLOAD_OFFSET_HEADER]) if head.status_code == 200 else 0
            if offset == len(data):
                return None
            answer = province.client.put(f"{API}/attachments/{sha}", content=data[offset:offset + 8192], headers={
                **province.a1.headers, wire.UPLOAD_OFFSET_HEADER: str(offset), wire.UPLOAD_LENGTH_HEADER: str(len(data))})
            if not (answer.status_code < 300 or answer.status_code == 409):
                problems.append(describe(answer))
                return None
        return None

    _together(3, upload)
    assert not problems, problems[:3]
    _assert_stored_whole(province, data, sha)
