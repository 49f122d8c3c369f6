"""Issue 16 item 7: field errors speak the answer's language (message_fa under Accept-Language: fa)."""

from __future__ import annotations


def _messages(r) -> dict[str, str]:
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert all("message_fa" not in e for e in r.json()["errors"])
    return {e["field"]: e["message"] for e in r.json()["errors"]}


def test_unknown_insurer_message_in_persian_and_english(client, keys, h):
    fa = client.post("/v1/requests", json=h.body(insurer="ACME"), headers={**h.physician(keys), "Accept-Language": "fa"})
    assert fa.headers["content-language"] == "fa"
    msg = _messages(fa)["insurer"]
    assert msg.startswith("بیمه‌گر ناشناخته؛ بیمه‌گرهای شناخته‌شده: ") and "SSO" in msg
    en = client.post("/v1/requests", json=h.body(insurer="ACME"), headers={**h.physician(keys), "Accept-Language": "en"})
    assert _messages(en)["insurer"].startswith("unknown insurer; known: [") and "'SSO'" in _messages(en)["insurer"]


def test_education_digest_until_before_since_in_persian_and_english(client):
    q = {"since": "1405/02/01", "until": "1404/12/01"}
    fa = client.get("/v1/guidelines/education", params=q, headers={"Accept-Language": "fa"})
    assert _messages(fa) == {"until": "پیش از تاریخ شروع (since) است"}
    en = client.get("/v1/guidelines/education", params=q, headers={"Accept-Language": "en"})
    assert _messages(en) == {"until": "before since"}
