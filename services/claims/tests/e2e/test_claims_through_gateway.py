"""Done-when of issue 4, end to end: the real claims process behind the real gateway (PostgreSQL).

A case goes from registration to an approved, fee-bearing case through the gateway, including a
return and a resubmission. Only the claims service and the gateway are started (shared machine).
"""

from __future__ import annotations

import hashlib
from contextlib import ExitStack
from datetime import datetime, timedelta

import pytest

from claims.reference import default_rule_mapping, shipped_wages
from shared.jalali import TEHRAN, jalali_parts, to_jalali
from shared.text import national_code_check_digit
from tests.e2e.harness import start_platform

pytestmark = pytest.mark.e2e
CONTROLS = ("patient_identity", "admission_date", "medical_centre", "supplementary_insurance", "share_factors", "total_paid", "patient_paid")


@pytest.fixture(scope="module")
def gateway(tmp_path_factory):
    with ExitStack() as stack:
        platform = start_platform(stack, tmp_path_factory.mktemp("clm-e2e"), services=["claims"], db_prefix="e2e_clm_only")
        with platform.client() as client:
            yield platform, client


def test_clm_e2e_register_return_resubmit_approve_fee_through_gateway(gateway):
    platform, gw = gateway
    admin = platform.headers("admin", "SSO")
    staff = platform.headers("agency_staff", "AG-THR-001")
    office = platform.headers("review_office", "RO-THR-1")
    assert (
        gw.post("/claims/v1/review-offices", headers=admin, json={"code": "RO-THR-1", "name": "Tehran review office 1", "province": "THR"}).status_code == 201
    )
    r = gw.post("/claims/v1/agencies", headers=admin, json={"code": "AG-THR-001", "name": "Agency 001", "province": "THR", "review_office_code": "RO-THR-1"})
    assert r.status_code == 201 and r.json()["process_enabled"] is False
    assert gw.put("/claims/v1/rollout/provinces/THR", headers=admin, json={"enabled": True}).status_code == 200  # CLM-H2 pilot province
    # SHR-PROV: the review office publishes its confirmed rule data (the shipped figures are placeholders: an assessment on them cannot be approved)
    d = default_rule_mapping()
    rules = {k: d[k] for k in ("organization_share", "tariff_ceilings_rials", "prosthesis", "unknown_service_code")}
    assert (
        gw.put(
            "/claims/v1/review-offices/RO-THR-1/assessment-rules", headers=office, json={**rules, "version": "RO-THR-1-confirmed-1", "confirmed": True}
        ).status_code
        == 201
    )
    now = datetime.now(TEHRAN)
    year = jalali_parts(now.date())[0]
    if year not in shipped_wages():  # a year whose wage is not shipped: an administrator records it (throwaway e2e figure)
        assert (
            gw.put(
                f"/claims/v1/fee-schedule/wages/{year}", headers=admin, json={"daily_rials": 4_000_000, "source": "e2e test figure, not a real wage"}
            ).status_code
            == 201
        )
    first9 = "004455667"
    nc = first9 + str(national_code_check_digit(first9))
    body = {
        "national_code": nc,
        "insurance_number": "1234567890",
        "case_type": "سرپایی",
        "centre_code": "CLINIC-9",
        "centre_name": "درمانگاه نمونه",
        "admission_date": to_jalali(now.date() - timedelta(days=4)),
        "bill_number": "F-100",
        "lines": [{"service_code": "901905", "description": "specialist visit", "quantity": 1, "unit_price_rials": 3_000_000, "amount_rials": 3_000_000}],
        "bill_total_rials": 3_000_000,
        "total_paid_rials": 3_000_000,
        "patient_paid_rials": 3_000_000,
        "documents_received_at": (now - timedelta(minutes=30)).isoformat(),
        "attachments": [
            {"doc_type": "bill", "file_name": "f100.pdf", "media_type": "application/pdf", "size_bytes": 4096, "sha256": hashlib.sha256(b"f100").hexdigest()}
        ],
    }
    r = gw.post("/claims/v1/cases", headers={**staff, "Idempotency-Key": "e2e-1"}, json=body)
    assert r.status_code == 201, r.text
    cid, etag = r.json()["id"], r.headers["etag"]
    assert r.json()["deadline"]["due_date_jalali"]

    def advance(etag: str) -> str:
        r = gw.put(
            f"/claims/v1/cases/{cid}/controls", headers={**staff, "If-Match": etag}, json={"controls": [{"code": c, "result": "passed"} for c in CONTROLS]}
        )
        assert r.status_code == 200, r.text
        r = gw.post(f"/claims/v1/cases/{cid}/assessment", headers={**staff, "If-Match": r.headers["etag"]})
        assert r.status_code == 200, r.text
        assert r.json()["reimbursable_rials"] == 1_750_000  # visit ceiling 2,500,000 x outpatient share 0.70 (shipped defaults)
        r = gw.post(f"/claims/v1/cases/{cid}/submission", headers={**staff, "If-Match": r.headers["etag"]})
        assert r.status_code == 200, r.text
        return r.headers["etag"]

    etag = advance(etag)
    r = gw.post(
        f"/claims/v1/cases/{cid}/review",
        headers={**office, "If-Match": etag},
        json={"outcome": "returned", "reason_codes": ["missing_documents"], "text": "prescription copy missing"},
    )
    assert r.status_code == 200 and r.json()["state"] == "returned", r.text
    # CLM-A7: the correction of a field a control checks (the bill number, A3-6) and a missing document
    r = gw.patch(
        f"/claims/v1/cases/{cid}",
        headers={**staff, "If-Match": r.headers["etag"]},
        json={
            "note": "prescription added, bill number corrected",
            "bill_number": "B-E2E-1-corrected",
            "attachments_add": [
                {
                    "doc_type": "prescription",
                    "file_name": "rx.pdf",
                    "media_type": "application/pdf",
                    "size_bytes": 2048,
                    "sha256": hashlib.sha256(b"rx").hexdigest(),
                }
            ],
        },
    )
    assert r.status_code == 200, r.text
    assert "bill_number" in r.json()["changed"] and r.json()["checklist"]["missing"] == ["total_paid"] and r.json()["bill_number"] == "B-E2E-1-corrected"
    etag = advance(r.headers["etag"])
    r = gw.post(f"/claims/v1/cases/{cid}/review", headers={**office, "If-Match": etag}, json={"outcome": "approved"})
    assert r.status_code == 200, r.text
    fee = r.json()["fee"]
    assert fee["status"] == "earned" and fee["amount_rials"] > 0 and fee["payer"] == "review_office"
    month = jalali_parts(now.date())[1]
    st = gw.get(f"/claims/v1/agencies/AG-THR-001/fees?year={year}&month={month}", headers=office).json()
    assert st["cases_with_fee"] == 1 and st["total_rials"] == fee["amount_rials"]
    hist = [h["kind"] for h in gw.get(f"/claims/v1/cases/{cid}/history", headers=staff).json()["items"]]
    assert hist.count("claims.case.submission") == 2 and "claims.case.review.returned" in hist and "claims.case.corrected" in hist
    corr = [h for h in gw.get(f"/claims/v1/cases/{cid}/history", headers=staff).json()["items"] if h["kind"] == "claims.case.corrected"][0]
    assert corr["outcome"]["changes"][0]["field"] == "bill_number" and corr["outcome"]["changes"][0]["after"] == "B-E2E-1-corrected"
    mine = gw.get(f"/claims/v1/cases/{cid}", headers=platform.headers("insured", None, national_code=nc)).json()
    assert mine["state"] == "approved" and mine["returns"] == 1
    assert gw.get(f"/claims/v1/cases/{cid}", headers=platform.headers("agency_staff", "AG-THR-002")).status_code == 404
