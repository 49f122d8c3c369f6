"""OFL-G-DATA: a guideline for a drug that is not intravitreal (intravenous rituximab, mg/m2, no body site, a 4-dose
course) added as YAML files only (services/offlabel/examples), through the API: request, evaluation, coverage,
administrations and the authorization look-up per administration date (OFL-R-COURSE)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from offlabel.main import Settings, create_app
from shared.testing import rollback_per_test, service_settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _body(h, **changes):
    b = {
        "patient_national_code": h.national_code("112233445"),
        "insurer": "IHIO",
        "diagnosis_icd10": "D69.3",
        "drug": "rituximab",
        "dose": "375",
        "dose_unit": "mg/m2",
        "planned_date": "1403/03/01",
        "care_setting": "infusion-unit",
        "preparation": "hospital-pharmacy-infusion",
        "contraindications": [],
        "documents": [{"kind": "platelet-count", "date": "1403/02/25"}, {"kind": "hbv-screening", "date": "1403/02/01"}],
        "informed_consent": {"obtained": True, "date": "1403/02/30", "signed_by": "patient"},
    }
    b.update(changes)
    return b


def test_ofl_g_data_rituximab_example_works_through_the_api_without_code_change(db_url, keys, tmp_path, h):
    app = create_app(
        service_settings(
            Settings, db_url, keys, tmp_path, guidelines_extra_path=str(EXAMPLES / "guidelines"), regulations_extra_path=str(EXAMPLES / "regulations")
        )
    )
    hemat = h.physician(keys, council_no="H-1", specialty="hematology")
    with TestClient(app) as c, rollback_per_test(app):
        g = c.get("/v1/guidelines/rituximab-itp-example").json()["versions"][0]
        assert g["route"] == "intravenous" and g["body_site"] is None and g["indications"][0]["dose"]["unit"] == "mg/m2"
        # a body site on a guideline that has none is refused, nothing stored
        assert c.post("/v1/requests", json=_body(h, eye="right"), headers=hemat).status_code == 422
        too_much = c.post("/v1/requests", json=_body(h, dose="500"), headers=hemat).json()
        assert too_much["status"] == "denied" and "375 mg/m2" in too_much["evaluation"]["summary"]
        wrong_unit = c.post("/v1/requests", json=_body(h, dose="700", dose_unit="mg", patient_national_code=h.national_code("112233446")), headers=hemat).json()
        assert wrong_unit["status"] == "denied" and "mg/m2" in wrong_unit["evaluation"]["summary"]
        r = c.post("/v1/requests", json=_body(h, patient_national_code=h.national_code("112233447")), headers=hemat)
        doc = r.json()
        assert doc["status"] == "approved", doc["evaluation"]["summary"]
        assert doc["course"]["administrations"] == 4 and doc["course"]["min_interval_days"] == 6
        approval = next(b for b in doc["evaluation"]["basis"] if b["rule_id"] == "OFL-G-APPROVAL")
        assert approval["authority"] == "interpretation"  # the example letter has no text: nothing to quote
        ihio = h.insurer(keys, "IHIO")
        cov = c.post(f"/v1/requests/{doc['id']}/coverage", json={"covered": True, "reason": "example"}, headers={**ihio, "If-Match": '"1"'})
        assert cov.status_code == 200
        policy = [b for b in cov.json()["evaluation"]["coverage_basis"] if b["rule_id"] == "OFL-I-POLICY"]
        assert policy[0]["authority"] == "configuration" and policy[0]["provisional"] is True
        svc = keys.headers("service", svc="claims")
        for day in ("1403/03/01", "1403/03/08"):
            assert c.post(f"/v1/requests/{doc['id']}/administrations", json={"date": day}, headers=svc).status_code == 201
        q = {"patient_national_code": h.national_code("112233447"), "drug": "Rituxan", "date": "1403/03/15"}
        third = c.get("/v1/authorizations", params=q, headers=svc).json()
        assert third["authorized_and_covered"] is True and third["administration"]["number"] == 3
        assert c.get("/v1/authorizations", params={**q, "date": "1403/03/10"}, headers=svc).json()["authorized"] is False
        assert c.get("/v1/authorizations", params={**q, "date": "1403/04/20"}, headers=svc).json()["authorized"] is False
