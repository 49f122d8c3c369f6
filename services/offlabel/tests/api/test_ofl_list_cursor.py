"""Issue 18: the request list pages by cursor; walking all pages returns every request exactly once while requests are filed."""

from __future__ import annotations

import itertools

from shared.testing import assert_walked_once, walk_all_pages

_patients = itertools.count(100_000_001)


def file(client, keys, h, council_no="M-12345", **changes):
    body = h.body(patient_national_code=h.national_code(f"{next(_patients):09d}"), **changes)
    r = client.post("/v1/requests", json=body, headers=h.physician(keys, council_no=council_no))
    assert r.status_code == 201, r.text
    return r.json()["id"]


def test_request_list_walk_while_requests_are_filed(client, keys, h):
    before = [file(client, keys, h) for _ in range(6)]
    added: list[str] = []
    for who, params in ((h.physician(keys), {"size": 4}), (h.insurer(keys), {"size": 2}), (keys.headers("ministry_admin", org="MOH"), {"size": 5})):
        seen = walk_all_pages(
            lambda p, who=who: client.get("/v1/requests", params=p, headers=who), params, between=lambda n: added.append(file(client, keys, h))
        )
        assert_walked_once(seen, before, added)
        before = seen  # the next walk starts from what this one saw
    first = client.get("/v1/requests", params={"size": 2}, headers=h.physician(keys)).json()
    assert first["total"] == len(set(before) | set(added)) and first["total_capped"] is False and first["next"]


def test_request_list_cursor_keeps_status_and_scope(client, keys, h):
    mine = [file(client, keys, h) for _ in range(3)]
    pending = file(client, keys, h, documents=[{"kind": "visual-acuity", "date": h.jdays_before(3)}], informed_consent=None)
    file(client, keys, h, council_no="M-99999")  # another physician's
    seen = walk_all_pages(lambda p: client.get("/v1/requests", params=p, headers=h.physician(keys)), {"size": 1, "status": "approved"})
    assert sorted(seen) == sorted(mine)
    assert walk_all_pages(lambda p: client.get("/v1/requests", params=p, headers=h.physician(keys)), {"size": 1, "status": "pending_documents"}) == [pending]


def test_request_list_bad_cursor_is_422(client, keys, h):
    file(client, keys, h)
    for bad in ("garbage", "eyJvIjoiZGVjbGFyYXRpb25zIiwidiI6WzEsMl19"):  # the second: another list's cursor
        r = client.get("/v1/requests", params={"cursor": bad}, headers=h.physician(keys))
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "query.cursor", r.text
    assert client.get("/v1/requests", params={"cursor": "x", "page": 2}, headers=h.physician(keys)).status_code == 422
    assert client.get("/v1/requests", params={"page": 1001}, headers=h.physician(keys)).status_code == 422
