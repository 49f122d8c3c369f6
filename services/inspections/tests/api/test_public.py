"""Public lookup: no token, no personal data, Persian name variants match, rate-limited."""

from __future__ import annotations


def test_ins_public_search_matches_persian_variants(client, make_centre):
    c = make_centre(name="مرکز سلول‌درمانی یاس کرج")
    # Arabic yeh and kaf, no ZWNJ: the same name
    r = client.get("/v1/public/centers", params={"q": "سلول درماني ياس كرج"})
    assert r.status_code == 200
    ids = [i["id"] for i in r.json()["items"]]
    assert c["id"] in ids
    item = next(i for i in r.json()["items"] if i["id"] == c["id"])
    assert item["licensed"] is True and item["open"] is True
    assert "technical_manager" not in item and "approvals" not in item
    # licence number with Persian digits
    num = c["licence"]["number"]
    persian = num.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert [i["id"] for i in client.get("/v1/public/centers", params={"q": persian}).json()["items"]] == [c["id"]]


def test_ins_public_status_lists_activities_and_unknown_centre_404(client, make_centre):
    c = make_centre()
    r = client.get(f"/v1/centers/{c['id']}/public-status")
    body = r.json()
    acts = {(a["kind"], a["activity"]): a for a in body["activities"]}
    # today (after 1404/11/20) cell-therapy treatment is permitted for a centre holding an IRC treatment approval
    assert acts[("cell_therapy", "treatment")]["permitted"] is True
    assert acts[("exosome", "treatment")]["permitted"] is False
    assert {"kind": "cell_therapy", "activity": "treatment"}.items() <= body["permitted_activities"][0].items()
    assert client.get("/v1/centers/no-such-id/public-status").status_code == 404
    assert client.get("/v1/public/centers", params={"q": "x"}).status_code == 422


def test_ins_public_routes_are_rate_limited(client, app, make_centre):
    c = make_centre()
    # A fresh limiter of 3 a minute: the test client's address is shared by every test of the session
    # (an X-Forwarded-For from it is ignored: it is not a trusted proxy, shared.ratelimit).
    from shared.ratelimit import RateLimiter

    saved = app.state.public_limiter
    app.state.public_limiter = RateLimiter(3)
    try:
        codes = [client.get(f"/v1/centers/{c['id']}/public-status").status_code for _ in range(5)]
        assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
        r = client.get("/v1/public/centers", params={"q": "abc"})
        assert r.status_code == 429 and "retry-after" in r.headers
    finally:
        app.state.public_limiter = saved


def test_ins_public_cannot_reach_staff_routes(client, make_centre):
    c = make_centre()
    assert client.get(f"/v1/centers/{c['id']}").status_code == 401
    assert client.post("/v1/permissibility", json={"activity": "sale", "kind": "exosome"}).status_code == 401
    assert client.get("/v1/plans/1404/7").status_code == 401


def test_ins_idempotency_key_reused_with_other_body_is_422(client, keys, centre_body):
    h = {**keys.headers("university_deputy", org="QUMS", sub="d-idem"), "Idempotency-Key": "k-1"}
    body = centre_body()
    first = client.post("/v1/centers", json=body, headers=h)
    assert first.status_code == 201
    assert client.post("/v1/centers", json=body, headers=h).json()["id"] == first.json()["id"]
    assert client.post("/v1/centers", json=centre_body(), headers=h).status_code == 422
