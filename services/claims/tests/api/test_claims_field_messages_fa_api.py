"""Issue 16 item 7: a case's field errors speak the answer's language (message_fa under Accept-Language: fa)."""

from __future__ import annotations

from .test_claims_a7_corrections_api import _returned


def _messages(r) -> dict[str, str]:
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert all("message_fa" not in e for e in r.json()["errors"])
    return {e["field"]: e["message"] for e in r.json()["errors"]}


def test_clm_a1_bill_errors_in_persian_and_english(client, setup, staff, body):
    b = body(1, bill_total_rials=64_000_000, total_paid_rials=64_000_000, discharge_date="1404/07/19")
    fa = client.post("/v1/cases", json=b, headers={**staff, "Accept-Language": "fa"})
    assert fa.headers["content-language"] == "fa"
    assert _messages(fa) == {
        "bill_total_rials": "جمع ردیف‌های صورت‌حساب 65,000,000 ریال است، نه 64,000,000",
        "patient_paid_rials": "بیمار و بیمه تکمیلی روی هم بیش از کل صورت‌حساب پرداخته‌اند",
        "discharge_date": "تاریخ ترخیص پیش از تاریخ پذیرش است",
    }
    en = client.post("/v1/cases", json=b, headers={**staff, "Accept-Language": "en"})
    assert _messages(en) == {
        "bill_total_rials": "the bill lines add up to 65,000,000 rials, not 64,000,000",
        "patient_paid_rials": "the patient and the supplementary insurer together paid more than the total of the bill",
        "discharge_date": "discharge is before admission",
    }


def test_clm_a7_correction_error_in_persian_and_english(client, setup, staff, reviewer, register, advance):
    c, ret = _returned(client, staff, reviewer, register, advance, 403)
    patch = {"note": "receipt before treatment", "documents_received_at": "1404/07/01 10:00"}
    fa = client.patch(f"/v1/cases/{c['id']}", json=patch, headers={**staff, "If-Match": f'"{ret["version"]}"', "Accept-Language": "fa"})
    assert _messages(fa) == {"documents_received_at": "پیش از درمانی است که مستند می‌کند (1404/07/23، 2025-10-15)"}
    en = client.patch(f"/v1/cases/{c['id']}", json=patch, headers={**staff, "If-Match": f'"{ret["version"]}"', "Accept-Language": "en"})
    assert _messages(en) == {"documents_received_at": "before the treatment it documents (2025-10-15, 1404/07/23)"}
