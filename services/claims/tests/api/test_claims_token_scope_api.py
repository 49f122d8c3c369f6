"""Token scope in claims (issue 15): no service token reads a case; agency and review-office tokens name their organisation."""

from __future__ import annotations


def test_service_token_may_not_read_a_whole_case(client, setup, register, keys):
    """claims' `service` role read whole cases (any agency's); no service is granted any claims route now: 403."""
    c = register(701)
    for svc in ("offlabel", "inspections", "customs", "claims"):
        h = keys.headers("service", svc=svc)
        r = client.get(f"/v1/cases/{c['id']}", headers=h)
        assert r.status_code == 403 and r.headers["content-type"].startswith("application/problem+json"), (svc, r.text)
        assert client.get(f"/v1/cases/{c['id']}/history", headers=h).status_code == 403
    assert client.get(f"/v1/cases/{c['id']}", headers=keys.headers("service", org="claims")).status_code == 403


def test_agency_and_review_office_tokens_need_org(client, setup, register, keys):
    """agency_staff and review_office act for one organisation: without `org` they are refused (403), not read as none/all."""
    c = register(702)
    for role in ("agency_staff", "review_office"):
        r = client.get(f"/v1/cases/{c['id']}", headers=keys.headers(role))
        assert r.status_code == 403 and "org" in r.json()["detail"], (role, r.text)
