"""Done-when of issue 6, end to end: the real inspections process behind the real gateway (PostgreSQL).

A centre goes from registration through an inspection with a violation to closure, and its
public status shows closed, all through the gateway; the quarterly report for season 3 of 1404
is produced. Only the inspections service and the gateway are started (the machine is shared).
"""

from __future__ import annotations

import os
import time
from contextlib import ExitStack

import httpx
import pytest

from shared.testing import fresh_database, make_test_keys
from tests.e2e.harness import Platform, free_port

pytestmark = pytest.mark.e2e

ITEMS = ["operating_licence", "physical_space", "product_authorisation", "irc_research", "irc_treatment",
         "advertising_online", "advertising_offline", "technical_manager", "patient_records"]


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ins-e2e")
    with ExitStack() as stack:
        keys = make_test_keys(tmp / "keys")
        ports = {"inspections": free_port(), "gateway": free_port()}
        env = {k: v for k, v in os.environ.items() if not k.endswith("_DATABASE_URL")}
        env.update({
            "REGPLAT_DATA_DIR": str(tmp), "GATEWAY_PORT": str(ports["gateway"]), "GATEWAY_JWKS_PATH": str(keys.jwks_path),
            "GATEWAY_INSPECTIONS_URL": f"http://127.0.0.1:{ports['inspections']}",
            "INSPECTIONS_PORT": str(ports["inspections"]), "INSPECTIONS_JWKS_PATH": str(keys.jwks_path),
            "INSPECTIONS_ENVIRONMENT": "test", "INSPECTIONS_DATABASE_URL": stack.enter_context(fresh_database("e2e_ins_only")),
        })
        (tmp / "logs").mkdir()
        platform = Platform(tmp, keys, ports, env, tmp / "logs")
        stack.callback(lambda: [platform.stop(n) for n in list(platform.procs)])
        platform.start("inspections")
        platform.start("gateway", wait=False)  # its /readyz wants every upstream; only /healthz here
        deadline = time.time() + 60
        while True:
            try:
                if httpx.get(f"{platform.url}/inspections/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.time() > deadline:
                raise RuntimeError((tmp / "logs" / "gateway.log").read_text()[-3000:])
            time.sleep(0.3)
        with platform.client() as client:
            yield platform, client


def test_ins_e2e_registration_inspection_violation_closure_public_closed(gateway):
    platform, gw = gateway
    deputy = platform.headers("university_deputy", "QUMS")
    inspector = platform.headers("university_inspector", "QUMS")
    r = gw.post("/inspections/v1/centers", headers=deputy, json={
        "name": "مرکز سلول درمانی یاس", "province": "Qazvin", "status": "active", "kinds": ["cell_therapy", "exosome"],
        "registered_on": "1404/06/01", "licence": {"number": "۱۴۰۴-۰۰۱۲", "valid_from": "1404/01/01", "valid_to": "1406/01/01"},
    })
    assert r.status_code == 201, r.text
    cid = r.json()["id"]
    assert gw.get(f"/inspections/v1/centers/{cid}/public-status").json()["open"] is True
    answers = [{"item": i, "result": "non_compliant", "note": "exosome vials"} if i == "product_authorisation" else {"item": i, "result": "compliant"} for i in ITEMS]
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
    on = gw.get(f"/inspections/v1/centers/{cid}/status-on", params={"date": "1404/08/01"}, headers=platform.headers("service")).json()
    assert on["closed"] is True
