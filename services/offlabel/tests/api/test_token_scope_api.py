"""Token scope in offlabel (issue 15): an insurer token names its insurer; claims' service token reaches only X1."""

from __future__ import annotations


def test_insurer_without_org_is_403(client, keys, h):
    """An insurer token without `org` is refused (403), not shown an empty list."""
    r = client.get("/v1/requests", headers=keys.headers("insurer", sub="ins-x"))
    assert r.status_code == 403 and "org" in r.json()["detail"]
    assert client.get("/v1/requests", headers=h.insurer(keys)).status_code == 200


def test_claims_service_token_reaches_only_x1_lookups(client, keys, h):
    """claims' token looks up authorizations (X1) but reads no request, guideline list or coverage; others reach nothing."""
    claims = keys.headers("service", svc="claims")
    params = {"patient_national_code": h.national_code(), "drug": "bevacizumab", "date": "1404/08/01", "eye": "OD"}
    assert client.get("/v1/authorizations", params=params, headers=claims).status_code == 200
    assert client.get("/v1/requests", headers=claims).status_code == 403
    for svc in ("customs", "inspections"):
        assert client.get("/v1/authorizations", params=params, headers=keys.headers("service", svc=svc)).status_code == 403
    r = client.get("/v1/authorizations", params=params, headers=keys.headers("service", org="claims"))
    assert r.status_code == 403 and "svc" in r.json()["detail"]
