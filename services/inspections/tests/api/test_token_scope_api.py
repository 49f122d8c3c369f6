"""Token scope in inspections (issue 15): service tokens name their caller and reach only X2 / X3."""

from __future__ import annotations


def test_service_tokens_reach_only_x2_and_x3(client, keys, make_centre):
    """claims (X2) reads status-on; customs (X3) only permissibility; neither reads the registry; no svc: 403."""
    c = make_centre()
    claims, customs = keys.headers("service", svc="claims"), keys.headers("service", svc="customs")
    assert client.get(f"/v1/centers/{c['id']}/status-on", params={"date": "1404/08/01"}, headers=claims).status_code == 200
    assert client.get(f"/v1/centers/{c['id']}/status-on", params={"date": "1404/08/01"}, headers=customs).status_code == 403
    for h in (claims, customs, keys.headers("service")):
        assert client.get(f"/v1/centers/{c['id']}", headers=h).status_code == 403
        assert client.get("/v1/centers", headers=h).status_code == 403
    r = client.get(f"/v1/centers/{c['id']}/status-on", params={"date": "1404/08/01"}, headers=keys.headers("service", org="claims"))
    assert r.status_code == 403 and "svc" in r.json()["detail"]


def test_university_roles_without_org_refused(client, keys, make_centre, centre_body):
    """A university role whose token has no `org` acts on no university (403), not on every one."""
    c = make_centre()
    for role in ("university_inspector", "university_deputy"):
        assert client.get("/v1/centers", headers=keys.headers(role)).status_code == 403
        assert client.get(f"/v1/centers/{c['id']}", headers=keys.headers(role)).status_code == 403
        assert client.post("/v1/centers", json=centre_body(), headers=keys.headers(role)).status_code == 403
