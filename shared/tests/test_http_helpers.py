"""Idempotency-Key, ETag/If-Match, decision chain and auth, through a real app on PostgreSQL."""

import threading

from sqlalchemy import text

from shared.decisions import DecisionRecord, verify_chain


def test_idempotency_same_key_same_body_replays(client, keys):
    h = {**keys.headers("clerk", "org1", sub="u1"), "Idempotency-Key": "k1"}
    a = client.post("/v1/things", json={"name": "x", "on": "۱۴۰۴/۱۱/۲۰"}, headers=h)
    b = client.post("/v1/things", json={"name": "x", "on": "۱۴۰۴/۱۱/۲۰"}, headers=h)
    assert a.status_code == b.status_code == 201
    assert a.json() == b.json() and a.json()["on"] == "2026-02-09"
    assert b.headers.get("idempotent-replayed") == "true"


def test_idempotency_same_key_other_body_is_422(client, keys, app):
    h = {**keys.headers("clerk", "org1", sub="u1"), "Idempotency-Key": "k2"}
    assert client.post("/v1/things", json={"name": "x", "on": "2026-02-09"}, headers=h).status_code == 201
    r = client.post("/v1/things", json={"name": "y", "on": "2026-02-09"}, headers=h)
    assert r.status_code == 422 and r.json()["type"].endswith("idempotency-mismatch")
    with app.state.sessionmaker() as s:
        assert s.query(DecisionRecord).filter_by(subject_id="y").count() == 0


def test_idempotency_in_flight_is_409(client, keys, app):
    from datetime import UTC, datetime

    from shared.http import IdempotencyKey

    h = {**keys.headers("clerk", "org1", sub="u2"), "Idempotency-Key": "k3"}
    with app.state.sessionmaker() as s:
        s.add(IdempotencyKey(scope="u2|POST|/v1/things|k3", request_hash="0" * 64, state="in_flight", created_at=datetime.now(UTC)))
        s.commit()
    r = client.post("/v1/things", json={"name": "x", "on": "2026-02-09"}, headers=h)
    # a different body hash wins 422 first; same body while in flight is 409
    assert r.status_code in (409, 422)
    with app.state.sessionmaker() as s:
        row = s.get(IdempotencyKey, "u2|POST|/v1/things|k3")
        import hashlib

        row.request_hash = hashlib.sha256(b'POST /v1/things\n{"name":"x","on":"2026-02-09"}').hexdigest()
        s.commit()
    r = client.post("/v1/things", content=b'{"name":"x","on":"2026-02-09"}', headers={**h, "Content-Type": "application/json"})
    assert r.status_code == 409 and r.json()["type"].endswith("idempotency-in-flight")


def test_etag_if_match(client, keys):
    r = client.get("/v1/thing")
    etag = r.headers["etag"]
    h = keys.headers("editor", "org1")
    assert client.put("/v1/thing", headers=h).status_code == 428
    assert client.put("/v1/thing", headers={**h, "If-Match": '"999"'}).status_code == 412
    ok = client.put("/v1/thing", headers={**h, "If-Match": etag})
    assert ok.status_code == 200
    assert client.put("/v1/thing", headers={**h, "If-Match": etag}).status_code == 412


def test_role_guard_and_bad_tokens(client, keys):
    assert client.put("/v1/thing", headers={**keys.headers("clerk", "org1"), "If-Match": "*"}).status_code == 403
    assert client.post("/v1/things", json={"name": "x", "on": "2026-02-09"}, headers={"Authorization": "Bearer nonsense"}).status_code == 401
    r = client.post("/v1/things", json={"name": "x", "on": "2026-02-09"})
    assert r.status_code == 401 and r.headers["content-type"].startswith("application/problem+json")


def test_shr_date_invalid_jalali_is_422_and_nothing_stored(client, keys, app):
    r = client.post("/v1/things", json={"name": "bad", "on": "1404/12/30"}, headers=keys.headers("clerk", "org1"))
    assert r.status_code == 422
    body = r.json()
    assert body["errors"][0]["field"] == "on" and "leap" in body["errors"][0]["message"]
    with app.state.sessionmaker() as s:
        assert s.query(DecisionRecord).filter_by(subject_id="bad").count() == 0


def test_shr_prov_decision_chain_verifies_and_detects_tampering(client, keys, app):
    for n in ("a", "b", "c"):
        assert client.post("/v1/things", json={"name": n, "on": "2026-02-09"}, headers=keys.headers("clerk", "org1")).status_code == 201
    v = client.get("/v1/decisions/verify", headers=keys.headers("auditor"))
    assert v.json()["intact"] is True and v.json()["checked"] >= 3
    with app.state.sessionmaker() as s:
        s.execute(text("UPDATE decision_records SET outcome = '{\"ok\": false}' WHERE subject_id = 'b'"))
        s.commit()
        report = verify_chain(s)
    assert report["intact"] is False and "content" in report["reason"]


def test_body_size_limit_413(client, keys):
    big = "x" * 1_100_000
    r = client.post("/v1/things", content=big, headers={**keys.headers("clerk"), "Content-Type": "application/json"})
    assert r.status_code == 413 and r.headers["content-type"].startswith("application/problem+json")


def test_concurrent_decisions_form_one_chain(app, keys, db_url):
    """Appends from parallel requests under real PostgreSQL locking keep one unbroken chain."""
    from fastapi.testclient import TestClient

    errors = []

    def worker(i):
        with TestClient(app) as c:
            r = c.post("/v1/things", json={"name": f"p{i}", "on": "2026-02-09"}, headers=keys.headers("clerk", "org1"))
            if r.status_code != 201:
                errors.append(r.text)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert not errors
    with app.state.sessionmaker() as s:
        assert verify_chain(s)["intact"] is True
