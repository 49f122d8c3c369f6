"""Token scope in customs (issue 15): a customs officer's token names its office; no service token reaches customs."""

from __future__ import annotations

from .helpers import decl_body, officer


def test_customs_officer_without_org_is_403(client, keys):
    """A customs_officer token without `org` (its office) is refused, not shown an empty office."""
    r = client.get("/v1/declarations", headers=keys.headers("customs_officer", sub="officer-x"))
    assert r.status_code == 403 and r.headers["content-type"].startswith("application/problem+json") and "org" in r.json()["detail"]
    assert client.post("/v1/declarations", json=decl_body(), headers=keys.headers("customs_officer", sub="officer-x")).status_code == 403
    assert client.get("/v1/declarations", headers=officer(keys)).status_code == 200


def test_no_service_token_reaches_customs(client, keys):
    """No other service is granted a customs route: a service token answers 403 on every one."""
    for svc in ("claims", "inspections", "offlabel"):
        assert client.get("/v1/declarations", headers=keys.headers("service", svc=svc)).status_code == 403
