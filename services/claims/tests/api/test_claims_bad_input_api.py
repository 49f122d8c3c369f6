"""Bad input gets problem+json and stores nothing (CLM-A1, SHR-ERR)."""

import pytest
from sqlalchemy import func, select

from claims.cases.models import Case, CaseAttachment, CaseLine
from shared.decisions import DecisionRecord


def _nothing_stored(db_session):
    assert db_session.scalar(select(func.count()).select_from(Case)) == 0
    assert db_session.scalar(select(func.count()).select_from(CaseLine)) == 0
    assert db_session.scalar(select(func.count()).select_from(CaseAttachment)) == 0
    assert db_session.scalar(select(func.count()).select_from(DecisionRecord).where(DecisionRecord.kind == "claims.case.registered")) == 0


def _problem(r, status, field=None):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    p = r.json()
    assert p["status"] == status and p["detail"]
    if field:
        assert any(field in e["field"] for e in p.get("errors", [])), p
    return p


@pytest.mark.parametrize("code", ["0012345678", "1111111111", "12345", "abcdefghij", "00123456790"])
def test_clm_a1_invalid_national_code_refused(client, setup, staff, body, db_session, code):
    _problem(client.post("/v1/cases", json=body(1, national_code=code), headers=staff), 422, "national_code")
    _nothing_stored(db_session)


def test_clm_a1_invalid_representative_national_code_refused(client, setup, staff, body, db_session):
    b = body(1, representative={"name": "علی", "national_code": "0012345678", "relation": "spouse"})
    _problem(client.post("/v1/cases", json=b, headers=staff), 422, "representative.national_code")
    _nothing_stored(db_session)


def test_clm_a1_discharge_before_admission_refused(client, setup, staff, body, db_session):
    _problem(client.post("/v1/cases", json=body(1, discharge_date="1404/07/19"), headers=staff), 422, "discharge_date")
    _nothing_stored(db_session)


@pytest.mark.parametrize("field", ["bill_total_rials", "patient_paid_rials", "supplementary_paid_rials", "prosthesis_rials"])
def test_clm_a1_negative_amounts_refused(client, setup, staff, body, db_session, field):
    _problem(client.post("/v1/cases", json=body(1, **{field: -1}), headers=staff), 422, field)
    _nothing_stored(db_session)


def test_clm_a1_negative_line_price_refused(client, setup, staff, body, db_session):
    b = body(1)
    b["lines"][0]["unit_price_rials"] = -20_000_000
    _problem(client.post("/v1/cases", json=b, headers=staff), 422, "lines.0.unit_price_rials")
    _nothing_stored(db_session)


def test_clm_a1_bill_lines_not_adding_up_refused(client, setup, staff, body, db_session):
    p = _problem(client.post("/v1/cases", json=body(1, bill_total_rials=64_000_000, total_paid_rials=64_000_000), headers=staff), 422, "bill_total_rials")
    assert "65,000,000" in p["detail"]
    _nothing_stored(db_session)


def test_clm_a3_6_total_not_bill_plus_prosthesis_refused(client, setup, staff, body, db_session):
    _problem(client.post("/v1/cases", json=body(1, prosthesis_rials=1_000), headers=staff), 422, "total_paid_rials")
    _nothing_stored(db_session)


@pytest.mark.parametrize(
    "field,value",
    [("admission_date", "1402/12/30"), ("discharge_date", "1404/07/32"), ("admission_date", "1404/13/01"), ("documents_received_at", "1404/12/30 09:00")],
)
def test_shr_date_nonexistent_jalali_dates_refused(client, setup, staff, body, db_session, field, value):
    # 1402 and 1404 are not leap years: their Esfand has 29 days (1403 is leap, so 1403/12/30 exists)
    _problem(client.post("/v1/cases", json=body(1, **{field: value}), headers=staff), 422, field)
    _nothing_stored(db_session)


def test_shr_date_persian_digits_accepted(client, setup, staff, body):
    r = client.post("/v1/cases", json=body(1, admission_date="۱۴۰۴/۰۷/۲۰", discharge_date="١٤٠٤/٠٧/٢٣"), headers=staff)
    assert r.status_code == 201 and r.json()["admission_date_jalali"] == "1404/07/20"


def test_clm_a2_unknown_case_type_refused(client, setup, staff, body, db_session):
    p = _problem(client.post("/v1/cases", json=body(1, case_type="dental"), headers=staff), 422, "case_type")
    assert "outpatient" in p["detail"]
    _nothing_stored(db_session)


def test_clm_a1_attachment_over_size_limit_refused_413(client, setup, staff, body, db_session):
    b = body(1)
    b["attachments"][0]["size_bytes"] = 10 * 1024 * 1024 + 1
    _problem(client.post("/v1/cases", json=b, headers=staff), 413, "attachments.0.size_bytes")
    _nothing_stored(db_session)


def test_clm_a1_attachment_bad_checksum_or_type_refused(client, setup, staff, body, db_session):
    b = body(1)
    b["attachments"][0]["sha256"] = "not-a-hash"
    _problem(client.post("/v1/cases", json=b, headers=staff), 422, "attachments.0.sha256")
    b = body(1)
    b["attachments"][0]["media_type"] = "application/x-msdownload"
    _problem(client.post("/v1/cases", json=b, headers=staff), 422, "attachments.0.media_type")
    _nothing_stored(db_session)


def test_clm_a1_off_label_only_on_drug_lines(client, setup, staff, body, db_session):
    b = body(1)
    b["lines"][0]["off_label_use"] = "something"
    _problem(client.post("/v1/cases", json=b, headers=staff), 422)
    _nothing_stored(db_session)


def test_clm_a1_documents_received_in_future_refused(client, setup, staff, body, db_session):
    _problem(client.post("/v1/cases", json=body(1, documents_received_at="1404/08/10 09:00"), headers=staff), 422, "documents_received_at")
    _nothing_stored(db_session)


def test_clm_a1_patient_and_supplementary_paid_more_than_bill_refused(client, setup, staff, body, db_session):
    _problem(client.post("/v1/cases", json=body(1, patient_paid_rials=50_000_000), headers=staff), 422, "patient_paid_rials")
    _nothing_stored(db_session)


def test_clm_a6_return_without_reasons_refused_nothing_changed(client, setup, staff, reviewer, register, advance, db_session):
    c = register(2)
    s = advance(c)
    r = client.post(
        f"/v1/cases/{c['id']}/review",
        json={"outcome": "returned", "reason_codes": ["nonsense"], "text": "x"},
        headers={**reviewer, "If-Match": f'"{s["version"]}"'},
    )
    _problem(r, 422)
    assert client.get(f"/v1/cases/{c['id']}", headers=staff).json()["state"] == "submitted"


def test_unknown_case_and_agency_are_404(client, setup, staff, admin):
    _problem(client.get("/v1/cases/does-not-exist", headers=staff), 404)
    _problem(client.get("/v1/agencies/NOPE/cases", headers=admin), 404)
    _problem(client.get("/v1/agencies/AG-THR-001/fees?year=1404&month=13", headers=staff), 422)
