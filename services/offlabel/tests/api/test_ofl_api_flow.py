"""OFL-R / OFL-I / OFL-G over HTTP on the real PostgreSQL: filing, evaluation, documents, coverage, authorizations."""

from __future__ import annotations

from sqlalchemy import func, select

from offlabel.requests.models import OffLabelRequest
from shared.decisions import DecisionRecord


def file(client, keys, h, **changes):
    return client.post("/v1/requests", json=h.body(**changes), headers=h.physician(keys))


def test_ofl_r_file_complete_request_is_approved_with_basis_and_decision_record(client, keys, h, app):
    r = file(client, keys, h)
    assert r.status_code == 201, r.text
    doc = r.json()
    assert doc["status"] == "approved" and doc["evaluation"]["outcome"] == "approved"
    assert doc["physician"] == {"council_no": "M-12345", "specialty": "ophthalmology"}
    assert doc["planned_date_jalali"] == "1403/02/15" and doc["planned_date"] == "2024-05-04"
    assert r.headers["ETag"] == '"1"' and r.headers["Location"] == f"/v1/requests/{doc['id']}"
    ev = doc["evaluation"]
    assert ev["guideline"] == {"code": "bevacizumab-intravitreal", "version": 1}
    assert {b["number"] for b in ev["basis"]} >= {"18300/400د", "400/7515"}
    assert all(b.get("issuer") for b in ev["basis"] if b.get("number"))
    assert all(b["authority"] for b in ev["basis"])
    assert ev["ruleset_version"] == "ofl-r2/bevacizumab-intravitreal@v1"
    assert doc["authorization"]["valid_from_jalali"] == "1403/02/15" and doc["authorization"]["valid_until"] == "2024-08-11"
    assert doc["course"]["administrations"] == 3 and doc["course"]["min_interval_days"] == 28
    rec = client.get(f"/v1/decisions/{doc['decision_id']}", headers=keys.headers("admin"))
    assert rec.status_code == 200
    assert rec.json()["kind"] == "offlabel.evaluation" and rec.json()["outcome"]["outcome"] == "approved"
    assert rec.json()["inputs"]["council_no"] == "M-12345"


def test_ofl_r_before_1402_07_22_answer_says_no_approved_guideline(client, keys, h):
    r = file(client, keys, h, planned_date="1402/07/21", earlier_injections=[], documents=[])
    assert r.status_code == 201
    ev = r.json()["evaluation"]
    assert ev["outcome"] == "no_guideline" and ev["guideline"] is None and r.json()["status"] == "no_guideline"
    assert "No approved guideline for this use" in ev["summary"] and "1402/07/22" in ev["summary"] and "insurer" in ev["summary"]


def test_ofl_r_missing_documents_then_added_re_evaluates_to_approved(client, keys, h, app):
    r = file(client, keys, h, documents=[{"kind": "visual-acuity", "date": h.jdays_before(3)}], informed_consent=None)
    assert r.status_code == 201
    doc = r.json()
    assert doc["status"] == "pending_documents"
    statuses = {c["id"]: c["status"] for c in doc["evaluation"]["criteria"]}
    assert statuses["document:imaging"] == "missing" and statuses["informed_consent"] == "missing"
    url = f"/v1/requests/{doc['id']}/documents"
    add = {
        "documents": [{"kind": "oct", "date": h.jdays_before(2), "reference": "OCT-7"}],
        "informed_consent": {"obtained": True, "date": h.jdays_before(1), "signed_by": "patient"},
    }
    assert client.post(url, json=add, headers=h.physician(keys)).status_code == 428  # If-Match required
    assert client.post(url, json=add, headers={**h.physician(keys), "If-Match": '"7"'}).status_code == 412
    r2 = client.post(url, json=add, headers={**h.physician(keys), "If-Match": '"1"'})
    assert r2.status_code == 200, r2.text
    assert r2.json()["status"] == "approved" and r2.json()["version"] == 2 and r2.headers["ETag"] == '"2"'
    assert r2.json()["decision_id"] != doc["decision_id"]
    # Once decided, documents are no longer taken: 409.
    r3 = client.post(url, json=add, headers={**h.physician(keys), "If-Match": '"2"'})
    assert r3.status_code == 409 and r3.json()["type"].endswith("wrong-state")
    with app.state.sessionmaker() as s:
        kinds = s.execute(select(DecisionRecord.kind).where(DecisionRecord.subject_id == doc["id"]).order_by(DecisionRecord.seq)).scalars().all()
    assert kinds == ["offlabel.evaluation", "offlabel.re_evaluation"]


def test_ofl_r_denied_request_lists_failed_criteria_with_citation(client, keys, h):
    r = file(client, keys, h, dose_mg="2.5", contraindications=["ocular-periocular-infection"])
    ev = r.json()["evaluation"]
    assert ev["outcome"] == "denied"
    failed = {c["id"]: c for c in ev["criteria"] if c["status"] == "not_met"}
    assert set(failed) == {"dose", "absolute_contraindications"}
    # OFL-R-DOSE rests on published evidence, never on a clause of 18300/400د
    assert [c["authority"] for c in failed["dose"]["citations"]] == ["evidence"] and failed["dose"]["citations"][0]["evidence"]
    assert not any(c.get("number") == "18300/400د" for c in failed["dose"]["citations"])


def test_ofl_r_physician_without_specialty_claim_is_403_and_other_roles_cannot_file(client, keys, h):
    r = client.post("/v1/requests", json=h.body(), headers=keys.headers("physician", sub="x", council_no="1"))
    assert r.status_code == 403
    assert client.post("/v1/requests", json=h.body(), headers=h.insurer(keys)).status_code == 403
    assert client.post("/v1/requests", json=h.body()).status_code == 401


def test_ofl_r_non_ophthalmologist_is_denied(client, keys, h):
    r = client.post("/v1/requests", json=h.body(), headers=h.physician(keys, council_no="M-2", specialty="dermatology"))
    assert r.status_code == 201 and r.json()["status"] == "denied"


def test_access_physician_sees_own_insurer_sees_its_insured_others_404(client, keys, h):
    rid = file(client, keys, h).json()["id"]
    assert client.get(f"/v1/requests/{rid}", headers=h.physician(keys)).status_code == 200
    assert client.get(f"/v1/requests/{rid}", headers=h.physician(keys, council_no="M-999")).status_code == 404
    assert client.get(f"/v1/requests/{rid}", headers=h.insurer(keys, "SSO")).status_code == 200
    assert client.get(f"/v1/requests/{rid}", headers=h.insurer(keys, "IHIO")).status_code == 404
    assert client.get(f"/v1/requests/{rid}", headers=keys.headers("ministry_admin", org="MOH")).status_code == 200
    assert client.get(f"/v1/requests/{rid}", headers=keys.headers("service", svc="claims")).status_code == 403
    mine = client.get("/v1/requests", headers=h.physician(keys)).json()
    assert rid in {i["id"] for i in mine["items"]}
    assert client.get("/v1/requests", headers=h.insurer(keys, "AFMSO")).json()["total"] == 0


def test_idempotency_key_replays_the_same_request(client, keys, h, app):
    hdr = {**h.physician(keys), "Idempotency-Key": "k-1"}
    a = client.post("/v1/requests", json=h.body(), headers=hdr)
    b = client.post("/v1/requests", json=h.body(), headers=hdr)
    assert a.status_code == b.status_code == 201 and a.json()["id"] == b.json()["id"]
    assert b.headers.get("Idempotent-Replayed") == "true"
    c = client.post("/v1/requests", json=h.body(eye="left"), headers=hdr)
    assert c.status_code == 422
    with app.state.sessionmaker() as s:
        assert s.execute(select(func.count()).select_from(OffLabelRequest)).scalar_one() == 1


def test_ofl_i_coverage_only_by_the_patients_insurer_on_approved_then_authorization_answers(client, keys, h):
    doc = file(client, keys, h).json()
    rid = doc["id"]
    url = f"/v1/requests/{rid}/coverage"
    cover = {"covered": True, "reason": "Covered under strategic purchasing per guideline"}
    assert client.post(url, json=cover, headers={**h.insurer(keys, "IHIO"), "If-Match": '"1"'}).status_code == 404
    assert client.post(url, json=cover, headers={**h.physician(keys), "If-Match": '"1"'}).status_code == 403
    assert client.post(url, json=cover, headers=h.insurer(keys)).status_code == 428
    r = client.post(url, json=cover, headers={**h.insurer(keys), "If-Match": '"1"'})
    assert r.status_code == 200, r.text
    assert r.json()["coverage"]["status"] == "covered" and r.json()["version"] == 2
    dec = client.get(f"/v1/decisions/{r.json()['coverage']['decision_id']}", headers=keys.headers("auditor"))
    assert dec.json()["kind"] == "offlabel.coverage" and {b["number"] for b in dec.json()["basis"]} >= {"400/7515", "18300/400د"}

    svc = keys.headers("service", svc="claims")
    a = client.get(f"/v1/authorizations/{rid}", headers=svc)
    assert a.status_code == 200
    auth = a.json()
    assert auth["approved"] is True and auth["covered"] is True and auth["authorized_and_covered"] is True
    assert "diagnosis_icd10" not in auth and "documents" not in auth and auth["patient_national_code_masked"].count("*") == 5
    q = {"patient_national_code": h.national_code(), "drug": "Avastin", "eye": "right", "date": "1403/02/15"}
    found = client.get("/v1/authorizations", params=q, headers=svc).json()
    assert found["authorized"] is True and found["covered"] is True and found["authorization"]["authorization_id"] == rid
    assert found["administration"]["number"] == 1 and found["basis"]
    # OFL-R-COURSE: five days later is inside the window but not a second administration of the course
    soon = client.get("/v1/authorizations", params={**q, "date": "1403/02/20"}, headers=svc).json()
    assert soon["authorized"] is False and soon["authorization"]["authorization_id"] == rid and "28 required" in soon["reason"]
    outside = client.get("/v1/authorizations", params={**q, "date": "1403/06/01"}, headers=svc).json()
    assert outside["authorized"] is False and outside["basis"][0]["number"] == "400/7515"
    other_eye = client.get("/v1/authorizations", params={**q, "eye": "left"}, headers=svc).json()
    assert other_eye["authorized"] is False
    assert client.get("/v1/authorizations", params=q, headers=h.insurer(keys, "IHIO")).json()["authorized"] is False
    assert client.get(f"/v1/authorizations/{rid}", headers=h.insurer(keys, "IHIO")).status_code == 404
    assert client.get(f"/v1/authorizations/{rid}", headers=h.physician(keys)).status_code == 403
    chain = client.get("/v1/decisions/verify", headers=keys.headers("auditor")).json()
    assert chain["intact"] is True and chain["checked"] >= 2


def test_ofl_i_not_covered_with_reason_and_coverage_refused_on_pending(client, keys, h):
    rid = file(client, keys, h).json()["id"]
    r = client.post(
        f"/v1/requests/{rid}/coverage",
        json={"covered": False, "reason": "Not in this year's purchasing package"},
        headers={**h.insurer(keys), "If-Match": '"1"'},
    )
    assert r.status_code == 200 and r.json()["coverage"]["status"] == "not_covered"
    # OFL-I-POLICY: the insurer decides; the record says its decision departs from the (provisional) policy entered for it
    rec = client.get(f"/v1/decisions/{r.json()['coverage']['decision_id']}", headers=keys.headers("admin")).json()
    assert rec["outcome"]["policy_covers_indication"] is True and rec["outcome"]["differs_from_policy"] is True
    policy = [b for b in rec["basis"] if b["rule_id"] == "OFL-I-POLICY"]
    assert policy[0]["authority"] == "configuration" and policy[0]["provisional"] is True and policy[-1]["kind"] == "warning"
    a = client.get(f"/v1/authorizations/{rid}", headers=keys.headers("admin")).json()
    assert a["approved"] is True and a["covered"] is False and a["authorized_and_covered"] is False
    pending = file(client, keys, h, informed_consent=None, patient_national_code=h.national_code("008457595")).json()
    assert pending["status"] == "pending_documents"
    r = client.post(f"/v1/requests/{pending['id']}/coverage", json={"covered": True, "reason": "ok ok"}, headers={**h.insurer(keys), "If-Match": '"1"'})
    assert r.status_code == 409 and r.json()["current_status"] == "pending_documents"


def test_insurers_are_data(client):
    codes = {i["code"] for i in client.get("/v1/insurers").json()["items"]}
    assert {"SSO", "IHIO", "AFMSO"} <= codes
