"""Done-when of issue 6, end to end: the real inspections process behind the real gateway (PostgreSQL).

A centre goes from registration through an inspection with a violation to closure, and its
public status shows closed, all through the gateway; the quarterly report for season 3 of 1404
is produced. Only the inspections service and the gateway are started (the machine is shared).
"""

from __future__ import annotations

from contextlib import ExitStack

import pytest

from tests.e2e.harness import start_platform

pytestmark = pytest.mark.e2e

ITEMS = [
    "operating_licence",
    "physical_space",
    "product_authorisation",
    "research_ethics",
    "irc_treatment",
    "advertising_online",
    "advertising_offline",
    "technical_manager",
    "patient_records",
]


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    with ExitStack() as stack:
        platform = start_platform(stack, tmp_path_factory.mktemp("ins-e2e"), services=["inspections"], db_prefix="e2e_ins_only")
        with platform.client() as client:
            yield platform, client


def test_ins_e2e_registration_inspection_violation_closure_public_closed(gateway):
    platform, gw = gateway
    deputy = platform.headers("university_deputy", "QUMS")
    inspector = platform.headers("university_inspector", "QUMS")
    r = gw.post(
        "/inspections/v1/centers",
        headers=deputy,
        json={
            "name": "مرکز سلول درمانی یاس",
            "province": "Qazvin",
            "status": "active",
            "kinds": ["cell_therapy", "exosome"],
            "registered_on": "1404/06/01",
            "licence": {"number": "۱۴۰۴-۰۰۱۲", "valid_from": "1404/01/01", "valid_to": "1406/01/01"},
        },
    )
    assert r.status_code == 201, r.text
    cid = r.json()["id"]
    assert gw.get(f"/inspections/v1/centers/{cid}/public-status").json()["open"] is True
    answers = [
        {"item": i, "result": "non_compliant", "note": "exosome vials"} if i == "product_authorisation" else {"item": i, "result": "compliant"} for i in ITEMS
    ]
    r = gw.post(f"/inspections/v1/centers/{cid}/inspections", headers=inspector, json={"inspected_on": "1404/07/10", "answers": answers})
    assert r.status_code == 201, r.text
    vid = r.json()["violations"][0]["id"]
    r = gw.post(f"/inspections/v1/violations/{vid}/actions", headers=deputy, json={"type": "closure", "ordered_on": "1404/07/11"})
    assert r.status_code == 201, r.text
    pub = gw.get(f"/inspections/v1/centers/{cid}/public-status").json()
    assert pub["status"] == "closed" and pub["open"] is False
    found = gw.get("/inspections/v1/public/centers", params={"q": "1404-0012"}).json()["items"]
    assert [i["status"] for i in found] == ["closed"]
    rep = gw.get("/inspections/v1/reports/quarterly", params={"year": 1404, "season": 3}, headers=deputy)
    assert rep.status_code == 200
    assert rep.json()["counts"]["actions"]["by_type"] == {"closure": 1}
    assert rep.json()["counts"]["violations"]["by_type"] == {"unauthorised_product": 1}
    on = gw.get(f"/inspections/v1/centers/{cid}/status-on", params={"date": "1404/08/01"}, headers=platform.headers("service", svc="claims")).json()
    assert on["closed"] is True
