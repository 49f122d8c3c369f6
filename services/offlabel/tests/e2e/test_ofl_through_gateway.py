"""OFL-R / OFL-I end to end: real offlabel and gateway processes on PostgreSQL; filing -> documents -> approval ->
insurer coverage -> authorization look-up, all through http://gateway/offlabel/v1/... ."""

from __future__ import annotations

from contextlib import ExitStack

import httpx
import pytest

from shared.text import national_code_check_digit
from tests.e2e.harness import start_platform

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    with ExitStack() as stack:
        platform = start_platform(stack, tmp_path_factory.mktemp("ofl-e2e"), services=["offlabel"], db_prefix="e2e_offlabel_own")
        with httpx.Client(base_url=f"{platform.url}/offlabel", timeout=30) as c:
            yield c, platform.keys


def test_ofl_r_ofl_i_filing_to_approval_to_coverage_through_the_gateway(gateway):
    c, keys = gateway
    doctor = keys.headers("physician", sub="dr-e2e", council_no="M-777", specialty="چشم‌پزشکی")
    nc = "123456789" + str(national_code_check_digit("123456789"))
    body = {
        "patient_national_code": nc,
        "insurer": "IHIO",
        "eye": "OS",
        "diagnosis_icd10": "H34.8120",
        "drug": "Avastin",
        "dose_mg": "۱٫۲۵",
        "planned_date": "1403/05/10",
        "care_setting": "operating-room",
        "preparation": "sterile-compounded-syringe",
        "documents": [{"kind": "visual-acuity", "date": "1403/05/01"}],
        "contraindications": [],
        "informed_consent": {"obtained": True, "date": "1403/05/09", "signed_by": "patient"},
    }
    r = c.post("/v1/requests", json=body, headers={**doctor, "Idempotency-Key": "e2e-1"})
    assert r.status_code == 201, r.text
    req = r.json()
    assert req["status"] == "pending_documents" and req["eye"] == "left"
    r = c.post(
        f"/v1/requests/{req['id']}/documents", json={"documents": [{"kind": "oct", "date": "1403/05/02"}]}, headers={**doctor, "If-Match": r.headers["ETag"]}
    )
    assert r.status_code == 200 and r.json()["status"] == "approved", r.text
    ihio = keys.headers("insurer", org="IHIO", sub="ihio-1")
    seen = c.get(f"/v1/requests/{req['id']}", headers=ihio)
    assert seen.status_code == 200
    r = c.post(
        f"/v1/requests/{req['id']}/coverage",
        json={"covered": True, "reason": "Strategic purchasing on guideline 18300/400د"},
        headers={**ihio, "If-Match": seen.headers["ETag"]},
    )
    assert r.status_code == 200 and r.json()["coverage"]["status"] == "covered", r.text
    claims_svc = keys.headers("service", svc="claims", sub="claims-svc")
    q = c.get("/v1/authorizations", params={"patient_national_code": nc, "drug": "bevacizumab", "eye": "left", "date": "1403/05/10"}, headers=claims_svc)
    assert q.status_code == 200 and q.json()["authorized_and_covered"] is True
    assert c.get("/v1/guidelines", params={"in_force_on": "1403/05/10"}).json()["items"][0]["approval"]["letter"] == "18300/400د"
    bad = c.post("/v1/requests", json={**body, "planned_date": "1404/12/30"}, headers=doctor)
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")


EXAMPLES = __import__("pathlib").Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def gateway_with_example(tmp_path_factory):
    with ExitStack() as stack:
        env = {"OFFLABEL_GUIDELINES_EXTRA_PATH": str(EXAMPLES / "guidelines"), "OFFLABEL_REGULATIONS_EXTRA_PATH": str(EXAMPLES / "regulations")}
        platform = start_platform(stack, tmp_path_factory.mktemp("ofl-e2e-ex"), services=["offlabel"], extra_env=env, db_prefix="e2e_offlabel_ex")
        with httpx.Client(base_url=f"{platform.url}/offlabel", timeout=30) as c:
            yield c, platform.keys


def test_ofl_g_data_second_guideline_end_to_end_through_the_gateway(gateway_with_example):
    """OFL-G-DATA: intravenous rituximab (mg/m2, no body site, 4-dose course), added as YAML only, through the gateway:
    request -> approval -> coverage -> administrations -> look-up per administration date."""
    c, keys = gateway_with_example
    hemat = keys.headers("physician", sub="dr-h", council_no="H-9", specialty="hematology")
    nc = "223344556" + str(national_code_check_digit("223344556"))
    body = {
        "patient_national_code": nc,
        "insurer": "SSO",
        "diagnosis_icd10": "D69.3",
        "drug": "MabThera",
        "dose": "375",
        "dose_unit": "mg/m2",
        "planned_date": "1403/03/01",
        "care_setting": "infusion-unit",
        "preparation": "hospital-pharmacy-infusion",
        "contraindications": [],
        "documents": [{"kind": "platelet-count", "date": "1403/02/28"}, {"kind": "hbv-screening", "date": "1403/02/10"}],
        "informed_consent": {"obtained": True, "date": "1403/02/31", "signed_by": "patient"},
    }
    r = c.post("/v1/requests", json=body, headers=hemat)
    assert r.status_code == 201 and r.json()["status"] == "approved", r.text
    rid = r.json()["id"]
    sso = keys.headers("insurer", org="SSO", sub="sso-1")
    assert (
        c.post(f"/v1/requests/{rid}/coverage", json={"covered": True, "reason": "example"}, headers={**sso, "If-Match": r.headers["ETag"]}).status_code == 200
    )
    svc = keys.headers("service", svc="claims", sub="claims-svc")
    assert c.post(f"/v1/requests/{rid}/administrations", json={"date": "1403/03/01"}, headers=svc).status_code == 201
    q = {"patient_national_code": nc, "drug": "rituximab", "date": "1403/03/08"}
    assert c.get("/v1/authorizations", params=q, headers=svc).json()["authorized_and_covered"] is True
    assert c.get("/v1/authorizations", params={**q, "date": "1403/03/03"}, headers=svc).json()["authorized"] is False
