"""Bad input (OFL access and input): problem+json with the field, never a 500, nothing stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from offlabel.requests.models import OffLabelRequest
from shared.decisions import DecisionRecord


def stored(app) -> tuple[int, int]:
    with app.state.sessionmaker() as s:
        return (
            s.execute(select(func.count()).select_from(OffLabelRequest)).scalar_one(),
            s.execute(select(func.count()).select_from(DecisionRecord)).scalar_one(),
        )


def post(client, keys, h, body):
    return client.post("/v1/requests", json=body, headers={**h.physician(keys), "Accept-Language": "en"})


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("diagnosis_icd10", "H3", "not an ICD-10 code"),
        ("diagnosis_icd10", "35.32", "not an ICD-10 code"),
        ("diagnosis_icd10", "AMD", "not an ICD-10 code"),
        ("planned_date", "1404/12/30", "not a day of the Jalali calendar"),
        ("planned_date", "1403/07/31", "not a day of the Jalali calendar"),
        ("dose_mg", "۱,۲۵", "ambiguous"),
        ("dose_mg", "۱/۲۵", "ambiguous"),
        ("dose_mg", "1.25 mg", "not a dose in mg"),
        ("dose_mg", "0", "greater than 0"),
        ("dose_mg", True, "must be a number"),
        ("eye", "both", "one request per eye"),
        ("eye", "middle", "not an eye"),
        ("patient_national_code", "0084575949", "not a valid Iranian national code"),
        ("patient_national_code", "1111111111", "not a valid Iranian national code"),
    ],
)
def test_bad_input_is_422_problem_json_with_field_and_nothing_stored(client, keys, h, app, field, value, message):
    before = stored(app)
    r = post(client, keys, h, h.body(**{field: value}))
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    p = r.json()
    assert any(e["field"] == field and message in e["message"] for e in p["errors"]), p
    assert stored(app) == before


def test_missing_eye_is_422_and_nothing_stored(client, keys, h, app):
    body = h.body()
    del body["eye"]
    r = post(client, keys, h, body)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "eye"
    assert stored(app) == (0, 0)


def test_missing_planned_date_and_unknown_field_are_422(client, keys, h, app):
    body = h.body()
    del body["planned_date"]
    assert post(client, keys, h, body).status_code == 422
    r = post(client, keys, h, h.body(dosage="1.25"))
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "dosage"
    assert stored(app) == (0, 0)


@pytest.mark.parametrize("dose", ["۱٫۲۵", "۱.۲۵", "١٫٢٥", 1.25, "1.25"])
def test_dose_with_persian_digits_is_accepted_as_1_25(client, keys, h, dose):
    """Decision: Persian/Arabic-Indic digits and the Persian decimal separator ٫ are read as the same number (SHR-TEXT)."""
    r = post(client, keys, h, h.body(dose_mg=dose))
    assert r.status_code == 201, r.text
    assert r.json()["dose_mg"] == 1.25 and r.json()["status"] == "approved"


def test_jalali_date_with_persian_digits_and_od_os_are_accepted(client, keys, h):
    r = post(client, keys, h, h.body(planned_date="۱۴۰۳/۰۲/۱۵", eye="OD", diagnosis_icd10="h35.32"))
    assert r.status_code == 201 and r.json()["eye"] == "right" and r.json()["diagnosis_icd10"] == "H35.32"


def test_unknown_insurer_unknown_contraindication_and_injection_after_planned_date_are_422(client, keys, h, app):
    r = post(client, keys, h, h.body(insurer="ACME"))
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "insurer"
    r = post(client, keys, h, h.body(contraindications=["active-infection"]))
    assert r.status_code == 422 and "active-infection" in r.json()["detail"]
    r = post(client, keys, h, h.body(earlier_injections=[{"date": "1403/02/20", "eye": "right"}]))
    assert r.status_code == 422 and "after the planned date" in r.text
    r = post(client, keys, h, h.body(informed_consent={"obtained": True}))
    assert r.status_code == 422 and "informed_consent.date is required" in r.text
    assert stored(app) == (0, 0)


def test_authorization_query_bad_input_is_422(client, keys, h):
    svc = keys.headers("service", svc="claims")
    q = {"patient_national_code": h.national_code(), "drug": "bevacizumab", "eye": "right", "date": "1403/02/20"}
    assert client.get("/v1/authorizations", params={**q, "date": "1404/12/30"}, headers=svc).status_code == 422
    assert client.get("/v1/authorizations", params={**q, "patient_national_code": "123"}, headers=svc).status_code == 422
    assert client.get("/v1/authorizations", params={**q, "site": "left"}, headers=svc).status_code == 422  # eye and site disagree
    assert client.get("/v1/authorizations", params={**q, "eye": "OS"}, headers=svc).json()["authorized"] is False


def test_documents_body_must_add_something_and_unknown_request_is_404(client, keys, h):
    rid = post(client, keys, h, h.body(informed_consent=None)).json()["id"]
    hdr = {**h.physician(keys), "If-Match": '"1"'}
    assert client.post(f"/v1/requests/{rid}/documents", json={}, headers=hdr).status_code == 422
    r = client.post("/v1/requests/00000000-0000-0000-0000-000000000000/documents", json={"documents": [{"kind": "oct", "date": "1403/02/01"}]}, headers=hdr)
    assert r.status_code == 404
