"""Attachments: uploaded in pieces, resumed from the offset the server reports, checked by SHA-256."""

from __future__ import annotations

import hashlib

from api_support import API, auth, counts, register
from desk_app.sync import wire


def put(client, desk, sha, data, offset, length):
    return client.put(f"{API}/attachments/{sha}", content=data, headers={
        **auth(desk), wire.UPLOAD_OFFSET_HEADER: str(offset), wire.UPLOAD_LENGTH_HEADER: str(length)})


def test_a_resumed_upload_completes_and_a_wrong_one_is_discarded(client, engine):
    desk = register(client)
    data = bytes(range(256)) * 1000
    sha = hashlib.sha256(data).hexdigest()
    assert client.head(f"{API}/attachments/{sha}", headers=auth(desk)).status_code == 404
    assert put(client, desk, sha, data[:100_000], 0, len(data)).json()["received"] == 100_000
    head = client.head(f"{API}/attachments/{sha}", headers=auth(desk))
    assert head.headers[wire.UPLOAD_OFFSET_HEADER] == "100000"
    stale = put(client, desk, sha, data[:10], 0, len(data))
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "attachment.offset"
    done = put(client, desk, sha, data[100_000:], 100_000, len(data))
    assert done.json()["complete"] is True
    wrong = hashlib.sha256(b"other").hexdigest()
    failed = put(client, desk, wrong, b"not other", 0, 9)
    assert failed.status_code == 422 and failed.json()["error"]["code"] == "attachment.hash"
    assert counts(engine)["attachments"] == 1
    too_big = put(client, desk, wrong, b"", 0, wire.ATTACHMENT_MAX_BYTES + 1)
    assert too_big.status_code == 413 and too_big.json()["error"]["code"] == "attachment.too_large"
    assert client.put(f"{API}/attachments/XYZ", content=b"", headers=auth(desk)).status_code == 422
