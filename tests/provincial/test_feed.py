"""The feed: a page and a `more` flag, a cursor that only moves forward and cannot be forged, the
desk's own entries left out, and no entry skipped when it commits after a later reader started."""

from __future__ import annotations

import base64
import json

from api_support import API, AGENCY, auth, dossier_code, intake_op, register
from provincial import backoffice, feed


def pull(client, registration, cursor=None, limit=None):
    params = {k: v for k, v in {"cursor": cursor, "limit": limit}.items() if v is not None}
    answer = client.get(f"{API}/feed", params=params, headers=auth(registration))
    assert answer.status_code == 200, answer.text
    return answer.json()


def pull_all(client, registration, cursor=None, limit=1000):
    entries = []
    while True:
        page = pull(client, registration, cursor, limit)
        entries += page["entries"]
        cursor = page["cursor"]
        if not page["more"]:
            return entries, cursor


def test_pages_cover_the_catalogue_then_the_agency_and_end_with_more_false(client):
    desk = register(client)
    first = pull(client, desk, limit=10)
    assert len(first["entries"]) == 10 and first["more"] is True
    rest, cursor = pull_all(client, desk, first["cursor"], limit=7)
    kinds = [e["kind"] for e in first["entries"] + rest]
    assert kinds.count("procedure") == 49
    assert kinds.index("officer") > max(i for i, k in enumerate(kinds) if k == "procedure")
    assert pull(client, desk, cursor) == {"entries": [], "cursor": cursor, "more": False}


def test_own_entries_are_skipped_but_the_cursor_moves_past_them(client):
    desk, other = register(client, device_name="Quầy 1"), register(client, "canbo2", device_name="Quầy 2")
    _, cursor = pull_all(client, desk)
    _, other_cursor = pull_all(client, other)
    client.post(f"{API}/operations", json={"operations": [intake_op(dossier_code(1))]}, headers=auth(desk))
    page = pull(client, desk, cursor)
    assert page["entries"] == [] and page["cursor"] != cursor and page["more"] is False
    seen = pull(client, other, other_cursor)["entries"]
    assert [(e["kind"], e["key"]) for e in seen] == [("dossier", dossier_code(1))]


def test_back_office_moves_reach_the_desk_that_made_the_dossier(client, engine):
    desk = register(client)
    client.post(f"{API}/operations", json={"operations": [intake_op(dossier_code(3))]}, headers=auth(desk))
    _, cursor = pull_all(client, desk)
    with engine.begin() as connection:
        backoffice.advance(connection, dossier_code(3), "in_progress")
    entries = pull(client, desk, cursor)["entries"]
    assert entries[0]["kind"] == "dossier.status"
    assert entries[0]["data"]["status_from"] == "received" and entries[0]["data"]["status_to"] == "in_progress"


def test_forged_or_foreign_cursors_are_refused(client):
    desk, foreign = register(client), register(client, "banbo1")
    cursor = pull(client, desk, limit=1)["cursor"]
    body, signature = cursor.split(".")
    data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    data["g"] = 0
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode() + "." + signature
    for bad in (forged, "garbage", "a.b", cursor + "x", "é.é"):
        answer = client.get(f"{API}/feed", params={"cursor": bad}, headers=auth(desk))
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "feed.cursor", bad
    answer = client.get(f"{API}/feed", params={"cursor": cursor}, headers=auth(foreign))
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "feed.cursor"
    assert "Con trỏ" in answer.json()["error"]["message"]


def test_an_entry_that_commits_late_is_not_skipped(client, engine):
    """Writer A reserves a number and is still open while writer B waits for the stream; a reader in
    between sees neither, and then both, in order."""
    import threading

    desk = register(client)
    _, cursor = pull_all(client, desk)
    a = engine.connect()
    transaction = a.begin()
    feed.append(a, AGENCY, [feed.NewEntry(feed.FeedKind.OFFICER, "late", {"n": 1})])
    b_done = threading.Event()

    def writer_b():
        with engine.begin() as b:
            feed.append(b, AGENCY, [feed.NewEntry(feed.FeedKind.OFFICER, "early", {"n": 2})])
        b_done.set()

    thread = threading.Thread(target=writer_b)
    thread.start()
    assert not b_done.wait(0.3), "the stream row lock must hold B until A commits"
    if engine.dialect.name == "postgresql":
        page = pull(client, desk, cursor)
        assert page["entries"] == [] and page["cursor"] == cursor
    transaction.commit()
    a.close()
    thread.join(10)
    keys = [e["key"] for e in pull(client, desk, cursor)["entries"]]
    assert keys == ["late", "early"]


def test_the_cursor_is_monotonic(client):
    desk = register(client)
    positions = []
    cursor = None
    for _ in range(6):
        page = pull(client, desk, cursor, limit=10)
        cursor = page["cursor"]
        body = cursor.split(".")[0]
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        positions.append((data["g"], data["a"]))
    assert positions == sorted(positions)
