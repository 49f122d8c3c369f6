"""SHR-PROV over HTTP: real answers of every offlabel decision endpoint (evaluation, re-evaluation, no guideline,
coverage, authorization look-ups, administrations, guideline publication, education) carry citations that say what
they rest on, and every quote is found in its letter."""

from __future__ import annotations

import pytest
import yaml

from offlabel.guidelines.loader import shipped_folder
from shared.catalogue import check_payload


@pytest.fixture(scope="module")
def registry(letters_registry):
    return letters_registry


def _ok(payload, registry) -> int:
    count, problems = check_payload(payload, registry)
    assert problems == [], problems
    return count


def test_shr_prov_every_offlabel_decision_endpoint_carries_honest_citations(client, keys, h, registry):
    doc = client.post("/v1/requests", json=h.body(), headers=h.physician(keys))
    assert doc.status_code == 201 and doc.json()["status"] == "approved"
    total = _ok(doc.json(), registry)
    pending = client.post(
        "/v1/requests", json=h.body(informed_consent=None, patient_national_code=h.national_code("008457595")), headers=h.physician(keys)
    ).json()
    again = client.post(
        f"/v1/requests/{pending['id']}/documents",
        headers={**h.physician(keys), "If-Match": '"1"'},
        json={"informed_consent": {"obtained": True, "date": h.jdays_before(1), "signed_by": "patient"}},
    )
    total += _ok(again.json(), registry)
    early = client.post(
        "/v1/requests",
        json=h.body(planned_date="1402/07/01", earlier_injections=[], patient_national_code=h.national_code("008457596")),
        headers=h.physician(keys),
    )
    assert early.json()["status"] == "no_guideline"
    total += _ok(early.json(), registry)
    unclear = client.post("/v1/requests", json=h.body(diagnosis_icd10="H35.3", patient_national_code=h.national_code("008457597")), headers=h.physician(keys))
    assert unclear.json()["status"] == "pending_clarification"
    total += _ok(unclear.json(), registry)
    rid = doc.json()["id"]
    cov = client.post(f"/v1/requests/{rid}/coverage", json={"covered": True, "reason": "strategic purchasing"}, headers={**h.insurer(keys), "If-Match": '"1"'})
    assert cov.status_code == 200
    total += _ok(cov.json(), registry)
    svc = keys.headers("service", svc="claims")
    adm = client.post(f"/v1/requests/{rid}/administrations", json={"date": h.PLANNED}, headers=svc)
    assert adm.status_code == 201 and adm.json()["administration"]["covered"] is True
    q = {"patient_national_code": h.national_code(), "drug": "bevacizumab", "eye": "right", "date": h.PLANNED}
    total += _ok(client.get("/v1/authorizations", params=q, headers=svc).json(), registry)
    total += _ok(client.get("/v1/authorizations", params={**q, "date": "1403/09/01"}, headers=svc).json(), registry)
    total += _ok(client.get(f"/v1/authorizations/{rid}", headers=svc).json(), registry)
    total += _ok(client.get("/v1/guidelines/education", params={"since": "1402/01/01", "until": "1403/01/01"}).json(), registry)
    rec = client.get(f"/v1/decisions/{cov.json()['coverage']['decision_id']}", headers=keys.headers("admin")).json()
    total += _ok(rec, registry)
    v2 = yaml.safe_load((shipped_folder() / "bevacizumab-intravitreal.v1.yaml").read_text(encoding="utf-8"))
    v2.update(version=2, effective_from="1405/01/01")
    pub = client.post("/v1/guidelines", json=v2, headers=keys.headers("ministry_admin", org="MOH"))
    assert pub.status_code == 201, pub.text
    total += _ok(client.get(f"/v1/decisions/{pub.json()['decision_id']}", headers=keys.headers("admin")).json(), registry)
    assert total > 20
