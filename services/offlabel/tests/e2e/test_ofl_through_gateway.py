"""OFL-R / OFL-I end to end: real offlabel and gateway processes on PostgreSQL; filing -> documents -> approval ->
insurer coverage -> authorization look-up, all through http://gateway/offlabel/v1/... ."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from shared.testing import fresh_database, make_test_keys
from shared.text import national_code_check_digit

pytestmark = pytest.mark.e2e


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen, log) -> None:
    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url}: process exited:\n{open(log.name).read()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} not ready in 60 s")


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ofl-e2e")
    keys = make_test_keys(tmp / "keys")
    svc_port, gw_port = _free_port(), _free_port()
    procs: list[subprocess.Popen] = []
    with fresh_database("e2e_offlabel_own") as url:
        env = {k: v for k, v in os.environ.items() if not k.endswith("_DATABASE_URL")}
        env.update({
            "REGPLAT_DATA_DIR": str(tmp), "OFFLABEL_PORT": str(svc_port), "OFFLABEL_DATABASE_URL": url,
            "OFFLABEL_JWKS_PATH": str(keys.jwks_path), "OFFLABEL_ENVIRONMENT": "test",
            "GATEWAY_PORT": str(gw_port), "GATEWAY_JWKS_PATH": str(keys.jwks_path), "GATEWAY_OFFLABEL_URL": f"http://127.0.0.1:{svc_port}",
        })
        try:
            for name, port in (("offlabel", svc_port), ("gateway", gw_port)):
                log = open(tmp / f"{name}.log", "ab")
                p = subprocess.Popen([sys.executable, "-m", name], env=env, stdout=log, stderr=subprocess.STDOUT)
                procs.append(p)
                _wait(f"http://127.0.0.1:{port}/{'readyz' if name == 'offlabel' else 'healthz'}", p, log)  # the gateway's readyz needs every upstream
            with httpx.Client(base_url=f"http://127.0.0.1:{gw_port}/offlabel", timeout=30) as c:
                yield c, keys
        finally:
            for p in procs:
                p.terminate()
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()


def test_ofl_r_ofl_i_filing_to_approval_to_coverage_through_the_gateway(gateway):
    c, keys = gateway
    doctor = keys.headers("physician", sub="dr-e2e", council_no="M-777", specialty="چشم‌پزشکی")
    nc = "123456789" + str(national_code_check_digit("123456789"))
    body = {
        "patient_national_code": nc, "insurer": "IHIO", "eye": "OS", "diagnosis_icd10": "H34.811", "drug": "Avastin",
        "dose_mg": "۱٫۲۵", "planned_date": "1403/05/10", "care_setting": "operating-room", "preparation": "sterile-compounded-syringe",
        "documents": [{"kind": "visual-acuity", "date": "1403/05/01"}], "contraindications": [],
        "informed_consent": {"obtained": True, "date": "1403/05/09", "signed_by": "patient"},
    }
    r = c.post("/v1/requests", json=body, headers={**doctor, "Idempotency-Key": "e2e-1"})
    assert r.status_code == 201, r.text
    req = r.json()
    assert req["status"] == "pending_documents" and req["eye"] == "left"
    r = c.post(f"/v1/requests/{req['id']}/documents", json={"documents": [{"kind": "oct", "date": "1403/05/02"}]},
               headers={**doctor, "If-Match": r.headers["ETag"]})
    assert r.status_code == 200 and r.json()["status"] == "approved", r.text
    ihio = keys.headers("insurer", org="IHIO", sub="ihio-1")
    seen = c.get(f"/v1/requests/{req['id']}", headers=ihio)
    assert seen.status_code == 200
    r = c.post(f"/v1/requests/{req['id']}/coverage", json={"covered": True, "reason": "Strategic purchasing on guideline 18300/400د"},
               headers={**ihio, "If-Match": seen.headers["ETag"]})
    assert r.status_code == 200 and r.json()["coverage"]["status"] == "covered", r.text
    claims_svc = keys.headers("service", org="claims", sub="claims-svc")
    q = c.get("/v1/authorizations", params={"patient_national_code": nc, "drug": "bevacizumab", "eye": "left", "date": "1403/05/20"},
              headers=claims_svc)
    assert q.status_code == 200 and q.json()["authorized_and_covered"] is True
    assert c.get("/v1/guidelines", params={"in_force_on": "1403/05/10"}).json()["items"][0]["approval"]["letter"] == "18300/400د"
    bad = c.post("/v1/requests", json={**body, "planned_date": "1404/12/30"}, headers=doctor)
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")
