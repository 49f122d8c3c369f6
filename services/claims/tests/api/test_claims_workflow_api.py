"""API tests of the case workflow on the real PostgreSQL: CLM-A1..A7, CLM-P, access rules."""

from sqlalchemy import func, select

from claims.cases.models import Case, FeeAccrual

AG, AG2, AG3, RO, RO2 = "AG-THR-001", "AG-THR-002", "AG-ISF-001", "RO-THR-1", "RO-ISF-1"


def test_clm_a1_register_case_with_deadline_etag_and_pending_off_label_line(client, setup, staff, body):
    b = body(1)
    b["lines"].append(
        {
            "service_code": "D-777",
            "kind": "drug",
            "description": "rituximab",
            "quantity": 1,
            "unit_price_rials": 1_000_000,
            "amount_rials": 1_000_000,
            "off_label_use": "nephrotic syndrome",
        }
    )
    b["bill_total_rials"] = b["total_paid_rials"] = 66_000_000
    r = client.post("/v1/cases", json=b, headers=staff)
    assert r.status_code == 201, r.text
    c = r.json()
    assert r.headers["ETag"] == '"1"' and c["state"] == "registered" and c["agency_code"] == AG
    assert c["registered_at_jalali"].startswith("1404/08/04")
    assert c["deadline"]["state"] == "on_time" and c["deadline"]["working_days_left"] == 15
    assert c["deadline"]["due_date_jalali"] and c["deadline"]["due_date"]
    assert c["lines"][2]["verification_status"] == "pending_verification"
    assert c["lines"][0]["verification_status"] == "not_required"
    assert c["checklist"]["complete"] is False and len(c["checklist"]["controls"]) == 7


def test_clm_a1_idempotency_key_replays_same_case(client, setup, staff, body, db_session):
    h = {**staff, "Idempotency-Key": "k-1"}
    r1 = client.post("/v1/cases", json=body(2), headers=h)
    r2 = client.post("/v1/cases", json=body(2), headers=h)
    assert r1.status_code == r2.status_code == 201 and r1.json()["id"] == r2.json()["id"]
    assert r2.headers.get("Idempotent-Replayed") == "true"
    assert db_session.scalar(select(func.count()).select_from(Case)) == 1


def test_clm_a1_duplicate_bill_refused_in_any_agency_with_pointer(client, setup, staff, keys, body, db_session):
    first = client.post("/v1/cases", json=body(3), headers=staff).json()
    other = keys.headers("agency_staff", org=AG3)  # another agency, another province
    dup = body(3, bill_number="b 3".upper().replace(" ", "-"))  # "B-3": same bill
    r = client.post("/v1/cases", json=dup, headers=other)
    assert r.status_code == 409 and r.headers["content-type"].startswith("application/problem+json")
    p = r.json()
    assert p["first_case_id"] == first["id"] and p["first_case_agency"] == AG
    assert db_session.scalar(select(func.count()).select_from(Case)) == 1
    # a different amount is a different bill
    ok = body(3, total_paid_rials=65_000_001, bill_total_rials=65_000_001)
    ok["lines"][1]["unit_price_rials"] = ok["lines"][1]["amount_rials"] = 5_000_001
    assert client.post("/v1/cases", json=ok, headers=other).status_code == 201


def test_clm_a3_assessment_refused_until_all_seven_controls_recorded_and_passed(client, setup, staff, register):
    c = register(4)
    six = {
        "controls": [
            {"code": k, "result": "passed"}
            for k in ("patient_identity", "admission_date", "medical_centre", "supplementary_insurance", "share_factors", "total_paid")
        ]
    }
    r = client.put(f"/v1/cases/{c['id']}/controls", json=six, headers={**staff, "If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["checklist"]["missing"] == ["patient_paid"] and r.json()["state"] == "registered"
    r = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": '"2"'})
    assert r.status_code == 409 and r.json()["type"].endswith("wrong-state")
    r = client.put(
        f"/v1/cases/{c['id']}/controls",
        json={"controls": [{"code": "patient_paid", "result": "failed", "note": "receipt missing"}]},
        headers={**staff, "If-Match": '"2"'},
    )
    assert r.status_code == 200 and r.json()["checklist"]["failed"] == ["patient_paid"] and r.json()["state"] == "registered"
    rec = [x for x in r.json()["checklist"]["controls"] if x["code"] == "patient_paid"][0]
    assert rec["result"] == "failed" and rec["note"] == "receipt missing" and rec["recorded_by"] and rec["recorded_at_jalali"]
    r = client.put(f"/v1/cases/{c['id']}/controls", json={"controls": [{"code": "patient_paid", "result": "passed"}]}, headers={**staff, "If-Match": '"3"'})
    assert r.json()["state"] == "controlled"
    r = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": '"4"'})
    assert r.status_code == 200, r.text


def test_clm_a4_assessment_per_line_capped_and_tied_to_rule_data_version(client, setup, staff, reviewer, register, advance, keys):
    c = register(5)
    a = advance(c, until="assessed")
    assert a["rule_data_version"] == "defaults-2026.11.1"
    assert [ln["status"] for ln in a["lines"]] == ["assessed", "assessed"]
    # inpatient share 0.90: bed-day 60,000,000 and lab 5,000,000 -> 58,500,000, capped at 45,000,000 the patient paid
    assert a["gross_rials"] == 58_500_000 and a["cap_rials"] == 45_000_000 and a["reimbursable_rials"] == 45_000_000 and a["capped"]
    # SHR-PROV: the shipped placeholder figures are unconfirmed configuration: the assessment is provisional
    assert any(b["authority"] == "configuration" and b["provisional"] for b in a["basis"])
    assert a["provisional"] is True and a["provisional_reasons"]
    assert (
        client.get(f"/v1/decisions/{a['decision_id']}", headers=keys.headers("auditor", org="AUD"))
        .json()["ruleset_version"]
        .count("rule-data=defaults-2026.11.1")
        == 1
    )
    # the review office publishes new rule data; the next assessment of its agencies uses it
    rules = {
        "version": "RO-THR-1-2026.1",
        "organization_share": {"outpatient": "0.5", "inpatient": "0.5", "global": "0.5"},
        "tariff_ceilings_rials": {"500100": 10_000_000, "802145": 5_000_000},
        "prosthesis": {"share": "0.5", "ceiling_rials": None},
    }
    r = client.put(f"/v1/review-offices/{RO}/assessment-rules", json=rules, headers=reviewer)
    assert r.status_code == 201, r.text
    c2 = register(6)
    a2 = advance(c2, until="assessed")
    assert a2["rule_data_version"] == "RO-THR-1-2026.1"
    assert a2["lines"][0]["allowed_rials"] == 30_000_000 and a2["reimbursable_rials"] == 17_500_000
    # the first case keeps the version it used
    assert client.get(f"/v1/cases/{c['id']}", headers=staff).json()["rule_data_version"] == "defaults-2026.11.1"
    # versions are never edited
    assert client.put(f"/v1/review-offices/{RO}/assessment-rules", json=rules, headers=reviewer).status_code == 409


def test_clm_a5_a6_a7_return_resubmit_approve_one_fee(client, setup, confirmed, staff, reviewer, register, advance, controls_all_passed, db_session):
    c = register(7)
    s = advance(c)
    assert s["state"] == "submitted" and s["on_time"] is True
    # CLM-A6: a return needs coded reasons and written text
    r = client.post(
        f"/v1/cases/{c['id']}/review",
        json={"outcome": "returned", "reason_codes": ["missing_documents"]},
        headers={**reviewer, "If-Match": f'"{s["version"]}"'},
    )
    assert r.status_code == 422
    setup.set(2025, 10, 29, 11, 0)  # Wednesday
    r = client.post(
        f"/v1/cases/{c['id']}/review",
        json={"outcome": "returned", "reason_codes": ["missing_documents"], "text": "discharge summary missing"},
        headers={**reviewer, "If-Match": f'"{s["version"]}"'},
    )
    assert r.status_code == 200, r.text
    ret = r.json()
    assert ret["state"] == "returned" and ret["new_due_date_jalali"]
    old_due = client.get(f"/v1/cases/{c['id']}", headers=staff).json()
    assert old_due["returns"] == 1 and old_due["cycle"] == 2 and old_due["deadline"]["due_date"] == ret["new_due_date"]
    assert ret["new_due_date"] > c["deadline"]["due_date"]  # CLM-A7: a new 15-working-day deadline from the return
    # the agency corrects and resubmits
    r = client.put(f"/v1/cases/{c['id']}/controls", json=controls_all_passed, headers={**staff, "If-Match": f'"{ret["version"]}"'})
    v = r.json()["version"]
    r = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{v}"'})
    assert r.status_code == 200, r.text
    r = client.post(f"/v1/cases/{c['id']}/submission", headers={**staff, "If-Match": f'"{r.json()["version"]}"'})
    assert r.status_code == 200 and r.json()["state"] == "submitted"
    r = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{r.json()["version"]}"'})
    assert r.status_code == 200, r.text
    ap = r.json()
    assert ap["state"] == "approved" and ap["fee"]["status"] == "earned"
    # registered 1404: share 22.3 % x 3,463,656 = 772,395.288 -> 772,395 rials (inpatient)
    assert ap["fee"]["amount_rials"] == 772_703 and ap["fee"]["payer"] == "review_office"
    # CLM-P4: exactly one fee, whatever the number of returns
    assert db_session.scalar(select(func.count()).select_from(FeeAccrual).where(FeeAccrual.case_id == c["id"])) == 1
    # the whole history is decision records
    h = client.get(f"/v1/cases/{c['id']}/history", headers=staff).json()["items"]
    kinds = [x["kind"] for x in h]
    assert kinds[0] == "claims.case.registered" and kinds.count("claims.case.submission") == 2
    assert "claims.case.review.returned" in kinds and kinds[-1] == "claims.case.review.approved" and "claims.fee.accrual" in kinds
    assert all(x["basis"] and x["ruleset_version"] for x in h)
    view = client.get(f"/v1/cases/{c['id']}", headers=staff).json()
    assert [x["outcome"] for x in view["reviews"]] == ["returned", "approved"]
    assert view["reviews"][0]["reasons"] and view["fee"]["amount_rials"] == 772_703
    # an approved case cannot be reviewed again
    r = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{view["version"]}"'})
    assert r.status_code == 409


def test_clm_a5_submission_outside_delivery_window_counts_from_next_ten_oclock(client, setup, staff, register, advance):
    c = register(8)
    a = advance(c, until="assessed")
    setup.set(2025, 10, 29, 16, 0)  # Wednesday after closing; Thursday and Friday closed
    r = client.post(f"/v1/cases/{c['id']}/submission", headers={**staff, "If-Match": f'"{a["version"]}"'})
    assert r.status_code == 200
    assert r.json()["delivery_counts_at"].startswith("2025-11-01T10:00")  # Saturday 10:00


def test_clm_a5_overdue_cases_listed_per_agency(client, setup, staff, register):
    c = register(9)
    due = c["deadline"]["due_date"]
    assert client.get(f"/v1/agencies/{AG}/cases?overdue=true", headers=staff).json()["items"] == []
    setup.set(2025, 12, 20, 10, 0)
    r = client.get(f"/v1/agencies/{AG}/cases?overdue=true", headers=staff)
    items = r.json()["items"]
    assert [x["id"] for x in items] == [c["id"]] and items[0]["deadline_state"] == "overdue" and items[0]["working_days_left"] < 0
    assert items[0]["due_date"] == due
    assert client.get(f"/v1/cases/{c['id']}", headers=staff).json()["deadline"]["state"] == "overdue"


def test_shr_etag_if_match_required_and_stale_refused(client, setup, staff, register, controls_all_passed):
    c = register(10)
    r = client.put(f"/v1/cases/{c['id']}/controls", json=controls_all_passed, headers=staff)
    assert r.status_code == 428
    r = client.put(f"/v1/cases/{c['id']}/controls", json=controls_all_passed, headers={**staff, "If-Match": '"7"'})
    assert r.status_code == 412
    g = client.get(f"/v1/cases/{c['id']}", headers=staff)
    assert g.headers["ETag"] == '"1"'


def test_access_other_agency_and_other_review_office_get_404(client, setup, keys, register):
    c = register(11)
    for h in (keys.headers("agency_staff", org=AG2), keys.headers("review_office", org=RO2), keys.headers("agency_staff", org=AG3)):
        r = client.get(f"/v1/cases/{c['id']}", headers=h)
        assert r.status_code == 404, h
    assert client.get(f"/v1/cases/{c['id']}", headers=keys.headers("review_office", org=RO)).status_code == 200
    assert client.get(f"/v1/cases/{c['id']}", headers=keys.headers("secretariat", org="SEC")).status_code == 200
    assert client.get(f"/v1/agencies/{AG}/cases", headers=keys.headers("agency_staff", org=AG2)).status_code == 404
    assert client.get(f"/v1/agencies/{AG}/fees?year=1404&month=8", headers=keys.headers("review_office", org=RO2)).status_code == 404
    # only the agency's staff act on the case, not another agency's
    r = client.post(f"/v1/cases/{c['id']}/assessment", headers={**keys.headers("agency_staff", org=AG2), "If-Match": '"1"'})
    assert r.status_code == 404


def test_insured_sees_only_own_cases_status_view(client, setup, keys, register, ncode):
    mine = register(12)
    other = register(13)
    h = keys.headers("insured", national_code=mine["national_code"])
    r = client.get(f"/v1/cases/{mine['id']}", headers=h)
    assert r.status_code == 200
    v = r.json()
    assert v["state"] == "registered" and "lines" not in v and "national_code" not in v and v["charges_to_insured_rials"] == 0
    assert client.get(f"/v1/cases/{other['id']}", headers=h).status_code == 404
    lst = client.get("/v1/insured/cases", headers=h).json()["items"]
    assert [x["id"] for x in lst] == [mine["id"]]
    persian = mine["national_code"].translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert client.get(f"/v1/cases/{mine['id']}", headers=keys.headers("insured", national_code=persian)).status_code == 200
    assert client.get(f"/v1/cases/{mine['id']}/history", headers=h).status_code == 403
    assert client.post("/v1/cases", json={}, headers=h).status_code == 403


def test_clm_h2_rollout_switch_per_agency_and_province(client, setup, admin, keys, body):
    h2 = keys.headers("agency_staff", org=AG2)
    ag = client.get(f"/v1/agencies/{AG2}", headers=admin)
    r = client.put(f"/v1/agencies/{AG2}/rollout", json={"rollout": "disabled"}, headers={**admin, "If-Match": ag.headers["ETag"]})
    assert r.status_code == 200 and r.json()["process_enabled"] is False and r.json()["decision_id"]
    r = client.post("/v1/cases", json=body(14), headers={**h2, "Accept-Language": "en"})
    # an agency outside the rollout is forbidden to register, with the explanation (CLM-H2), not a conflict
    assert r.status_code == 403 and r.json()["type"].endswith("outside-rollout") and "CLM-H2" in r.json()["detail"]
    assert client.post("/v1/cases", json=body(14), headers={**h2, "Accept-Language": "fa"}).json()["detail"].startswith("فرایند مقومی")
    # the province switch: AG (inherit) follows Tehran being switched off
    client.put("/v1/rollout/provinces/THR", json={"enabled": False}, headers=admin)
    r = client.post("/v1/cases", json=body(15), headers=keys.headers("agency_staff", org=AG))
    assert r.status_code == 403
    # an agency switched on explicitly works even in a province that is off (pilot agencies)
    ag = client.get(f"/v1/agencies/{AG2}", headers=admin)
    client.put(f"/v1/agencies/{AG2}/rollout", json={"rollout": "enabled"}, headers={**admin, "If-Match": ag.headers["ETag"]})
    assert client.post("/v1/cases", json=body(16), headers=h2).status_code == 201
    # only an administrator switches
    assert client.put("/v1/rollout/provinces/THR", json={"enabled": True}, headers=keys.headers("review_office", org=RO)).status_code == 403


def test_clm_a7_returned_case_corrected_controls_cleared_then_resubmitted(client, setup, staff, reviewer, register, advance, controls_all_passed):
    c = register(17)
    s = advance(c)
    r = client.post(
        f"/v1/cases/{c['id']}/review",
        json={"outcome": "returned", "reason_codes": ["data_entry_error"], "text": "patient paid is wrong"},
        headers={**reviewer, "If-Match": f'"{s["version"]}"'},
    )
    v = r.json()["version"]
    bad = client.patch(f"/v1/cases/{c['id']}", json={"patient_paid_rials": 99_000_000, "note": "fix"}, headers={**staff, "If-Match": f'"{v}"'})
    assert bad.status_code == 422 and client.get(f"/v1/cases/{c['id']}", headers=staff).json()["patient_paid_rials"] == 45_000_000
    r = client.patch(f"/v1/cases/{c['id']}", json={"patient_paid_rials": 40_000_000, "note": "receipt re-read"}, headers={**staff, "If-Match": f'"{v}"'})
    assert r.status_code == 200, r.text
    x = r.json()
    assert x["changed"] == ["patient_paid_rials"] and x["state"] == "returned" and x["checklist"]["missing"] and x["assessment"] is None
    assert client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{x["version"]}"'}).status_code == 409
    r = client.put(f"/v1/cases/{c['id']}/controls", json=controls_all_passed, headers={**staff, "If-Match": f'"{x["version"]}"'})
    r = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{r.json()["version"]}"'})
    assert r.status_code == 200 and r.json()["reimbursable_rials"] == 40_000_000
    kinds = [h["kind"] for h in client.get(f"/v1/cases/{c['id']}/history", headers=staff).json()["items"]]
    assert "claims.case.corrected" in kinds


def test_clm_a5_submission_retry_with_idempotency_key_replays(client, setup, staff, register, advance, keys):
    c = register(18)
    a = advance(c, until="assessed")
    h = {**staff, "If-Match": f'"{a["version"]}"', "Idempotency-Key": "sub-18"}
    r1 = client.post(f"/v1/cases/{c['id']}/submission", headers=h)
    r2 = client.post(f"/v1/cases/{c['id']}/submission", headers=h)  # a retry after a lost answer: same body, not 412
    assert r1.status_code == r2.status_code == 200 and r1.json() == r2.json() and r2.headers.get("Idempotent-Replayed") == "true"
    assert r1.headers["ETag"] == r2.headers["ETag"]
    kinds = [x["kind"] for x in client.get(f"/v1/cases/{c['id']}/history", headers=staff).json()["items"]]
    assert kinds.count("claims.case.submission") == 1
    assert [a["code"] for a in client.get("/v1/agencies", headers=keys.headers("review_office", org=RO)).json()["items"]] == [AG, AG2]
    assert [a["code"] for a in client.get("/v1/agencies", headers=staff).json()["items"]] == [AG]
