"""Issue 16 for inspections: the documented examples work, answers follow the declared models and the one list
envelope, and errors read in Persian (validators included; public routes by default)."""

from __future__ import annotations

import pytest

from inspections.centres.schemas import CentreApprovalIn, CentreIn, CentreStatusRulingIn
from inspections.enforcement.schemas import EnforcementActionIn, EnforcementTransitionIn
from inspections.inspections.schemas import InspectionIn
from inspections.permissibility.schemas import PermissibilityIn
from inspections.reports.schemas import QuarterlySubmissionIn

FA = {"Accept-Language": "fa"}
ENVELOPE = {"items", "total", "total_capped", "limit", "offset", "next"}  # issue 18: the cursor and the capped total


@pytest.mark.parametrize(
    "model",
    [CentreIn, CentreApprovalIn, CentreStatusRulingIn, InspectionIn, EnforcementActionIn, EnforcementTransitionIn, PermissibilityIn, QuarterlySubmissionIn],
)
def test_every_request_model_has_an_example_that_it_accepts(model):
    examples = model.model_json_schema().get("examples")
    assert examples, f"{model.__name__} has no example for the curl of its operation"
    for example in examples:
        model.model_validate(example)


def test_documented_examples_register_a_centre_and_record_an_inspection(client, keys, app):
    doc = client.get("/openapi.json").json()
    schemas = doc["components"]["schemas"]
    centre = schemas["CentreIn"]["examples"][0]
    h = keys.headers("university_deputy", org=centre["university"], sub="d-example")
    r = client.post("/v1/centers", json=centre, headers=h)
    assert r.status_code == 201, r.text
    assert r.headers["etag"] == '"1"' and r.headers["location"] == f"/v1/centers/{r.json()['id']}"
    inspection = doc["paths"]["/v1/centers/{center_id}/inspections"]["post"]["requestBody"]["content"]["application/json"]["schema"]["examples"][0]
    r = client.post(
        f"/v1/centers/{r.json()['id']}/inspections", json=inspection, headers=keys.headers("university_inspector", org=centre["university"], sub="i-example")
    )
    assert r.status_code == 201, r.text
    assert r.json()["outcome"] == "non_compliant" and [v["item"] for v in r.json()["violations"]] == ["product_authorisation"]
    assert '"name": "مرکز سلول‌درمانی یاس"' in doc["paths"]["/v1/centers"]["post"]["description"]


def test_a_validator_refusal_reads_in_persian(client, keys, centre_body):
    body = centre_body(technical_manager={"name": "دکتر نمونه", "national_code": "0499370898"})
    r = client.post("/v1/centers", json=body, headers={**keys.headers("university_deputy", org="QUMS"), **FA})
    assert r.status_code == 422 and r.headers["content-language"] == "fa"
    assert [e["message"] for e in r.json()["errors"]] == ["کد ملی معتبر نیست"]
    r = client.post("/v1/centers", json=body, headers=keys.headers("university_deputy", org="QUMS"))
    assert "not a valid Iranian national code" in r.json()["errors"][0]["message"]


def test_a_domain_error_reads_in_persian(client, keys):
    r = client.get("/v1/checklists/v9", headers={**keys.headers("admin"), **FA})
    assert r.status_code == 404 and r.json()["detail"] == "نسخه v9 چک‌لیست یافت نشد."
    r = client.get("/v1/reports/centre-list", headers={**keys.headers("university_deputy", org="QUMS"), **FA}, params={"university": "TUMS"})
    assert r.status_code == 404 and r.json()["detail"] == "دانشگاه TUMS یافت نشد."


def test_public_routes_answer_in_persian_unless_english_is_asked(client):
    r = client.get("/v1/centers/no-such-centre/public-status")
    assert r.status_code == 404 and r.headers["content-language"] == "fa" and r.json()["detail"] == "مرکز no-such-centre یافت نشد."
    r = client.get("/v1/centers/no-such-centre/public-status", headers={"Accept-Language": "en"})
    assert r.json()["detail"] == "No centre no-such-centre."


def test_lists_answer_the_one_envelope(client, keys, make_centre, answers):
    c = make_centre(name="مرکز پوشش فهرست‌ها")
    h = keys.headers("university_inspector", org="QUMS")
    for day in ("1404/08/03", "1404/09/03"):
        r = client.post(f"/v1/centers/{c['id']}/inspections", json={"inspected_on": day, "answers": answers(patient_records="ناقص")}, headers=h)
        assert r.status_code == 201, r.text
    r = client.get("/v1/violations", params={"center_id": c["id"], "limit": 1, "offset": 1}, headers=h)
    body = r.json()
    assert r.status_code == 200 and set(body) == ENVELOPE and (body["total"], body["limit"], body["offset"]) == (2, 1, 1)
    assert [v["detected_on_jalali"] for v in body["items"]] == ["1404/08/03"]  # newest first: the second is the older
    r = client.get("/v1/public/centers", params={"q": "پوشش فهرست"})
    assert set(r.json()) == ENVELOPE and r.json()["total"] == 1 and r.json()["limit"] == 20
    r = client.get("/v1/checklists", headers=h)
    assert set(r.json()) == ENVELOPE and r.json()["total"] == len(r.json()["items"]) >= 2
    assert client.get("/v1/violations", params={"limit": 201}, headers=h).status_code == 422
