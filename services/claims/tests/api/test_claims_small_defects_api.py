"""Issue 13 item 6: smaller defects found while reading the circular against the service."""

from __future__ import annotations

import re

from .conftest import AG, RO, confirmed_rule_data

ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
OFFSET = re.compile(r"(Z|[+-]\d{2}:\d{2})$")


def _instants(payload, path=""):
    if isinstance(payload, dict):
        for k, v in payload.items():
            yield from _instants(v, f"{path}.{k}")
    elif isinstance(payload, list):
        for i, v in enumerate(payload):
            yield from _instants(v, f"{path}[{i}]")
    elif isinstance(payload, str) and ISO_INSTANT.match(payload):
        yield path, payload


def test_clm_a3_assessment_refused_lists_the_missing_and_failed_controls(client, setup, staff, register):
    c = register(501)
    r = client.put(
        f"/v1/cases/{c['id']}/controls",
        json={"controls": [{"code": "patient_identity", "result": "failed"}, {"code": "admission_date", "result": "passed"}]},
        headers={**staff, "If-Match": '"1"'},
    )
    r = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{r.json()["version"]}"', "Accept-Language": "en"})
    p = r.json()
    assert r.status_code == 409 and p["failed"] == ["patient_identity"]
    assert p["missing"] == ["medical_centre", "supplementary_insurance", "share_factors", "total_paid", "patient_paid"]
    assert "A3-3 medical_centre" in p["detail"] and "failed: A3-1 patient_identity" in p["detail"]
    fa = client.post(
        f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{r.headers.get("ETag", "").strip(chr(34)) or 2}"', "Accept-Language": "fa"}
    ).json()
    assert "مرکز درمانی" in fa["detail"]


def test_shr_date_every_timestamp_in_every_answer_carries_its_offset(client, setup, confirmed, staff, reviewer, admin, register, advance):
    c = register(502)
    s = advance(c)
    ap = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{s["version"]}"'}).json()
    client.post(
        f"/v1/review-offices/{RO}/trainings",
        headers=reviewer,
        json={"agency_code": AG, "representative_name": "علی رضایی", "topic": "A3", "held_on": "1404/07/15", "hours": 2},
    )
    answers = [
        ap,
        client.get(f"/v1/cases/{c['id']}", headers=staff).json(),
        client.get(f"/v1/cases/{c['id']}/history", headers=staff).json(),
        client.get(f"/v1/agencies/{AG}", headers=staff).json(),
        client.get(f"/v1/agencies/{AG}/rules", headers=staff).json(),
        client.get(f"/v1/review-offices/{RO}/assessment-rules", headers=staff).json(),
        client.get(f"/v1/agencies/{AG}/fees?year=1404&month=8", headers=staff).json(),
        client.get(f"/v1/agencies/{AG}/trainings", headers=staff).json(),
        client.get(f"/v1/agencies/{AG}/cases", headers=staff).json(),
    ]
    seen = 0
    for a in answers:
        for path, value in _instants(a):
            seen += 1
            assert OFFSET.search(value), (path, value)
    assert seen > 15


def test_shr_date_persian_digits_in_query_parameters(client, setup, staff, admin):
    assert client.get("/v1/fee-schedule?year=۱۴۰۳").json()["year"] == 1403
    assert client.get("/v1/fee-schedule?year=١٤٠٣").json()["year"] == 1403  # Arabic-Indic digits
    r = client.get("/v1/reports/monthly?year=۱۴۰۴&month=۸", headers=admin)
    assert r.status_code == 200 and r.json()["year"] == 1404 and r.json()["month"] == 8
    assert client.get(f"/v1/agencies/{AG}/fees?year=۱۴۰۴&month=۸", headers=staff).json()["month"] == 8
    bad = client.get("/v1/fee-schedule?year=۱۴x۰")
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")


def test_clm_b3_no_overdue_report_for_months_before_the_agency_existed_or_was_enabled(client, setup, admin, keys):
    # AG was created and enabled on 1404/08/04: Mehr (month 7) has nothing to report
    setup.set(2025, 12, 1, 10, 0)  # 1404/09/10: after the 5th of Azar
    rep = {x["agency_code"]: x for x in client.get("/v1/reports/monthly?year=1404&month=7", headers=admin).json()["agencies"]}
    assert rep[AG]["report_status"] == "not_applicable" and rep[AG]["process_enabled_since_jalali"] == "1404/08/04"
    assert client.get("/v1/reports/monthly?year=1404&month=8", headers=admin).json()["agencies"][0]["report_status"] == "overdue"
    # an agency that exists but was never enabled has nothing to report either
    assert (
        client.post("/v1/agencies", json={"code": "AG-OFF", "name": "never enabled", "province": "KRD", "review_office_code": RO}, headers=admin).status_code
        == 201
    )
    rep = {x["agency_code"]: x for x in client.get("/v1/reports/monthly?year=1404&month=8", headers=admin).json()["agencies"]}
    assert rep["AG-OFF"]["report_status"] == "not_applicable" and rep["AG-OFF"]["process_enabled_since"] is None
    assert confirmed_rule_data  # (shared fixture helper imported for the other tests of this module)
