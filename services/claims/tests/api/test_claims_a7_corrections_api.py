"""CLM-A7: a returned case can be corrected in every field the controls check (the checks run again, the controls of the
changed fields are recorded again, the history keeps before and after); a case can be withdrawn before approval."""

from __future__ import annotations

from .conftest import AG, ALL_PASSED, national_code


def _returned(client, staff, reviewer, register, advance, seed):
    c = register(seed)
    s = advance(c)
    r = client.post(
        f"/v1/cases/{c['id']}/review",
        json={"outcome": "returned", "reason_codes": ["data_entry_error"], "text": "کد ملی و شماره صورتحساب اشتباه است"},
        headers={**reviewer, "If-Match": f'"{s["version"]}"'},
    )
    assert r.status_code == 200, r.text
    return c, r.json()


def test_clm_a7_returned_case_corrected_in_controlled_fields_then_approved(client, setup, confirmed, staff, reviewer, register, advance, keys):
    c, ret = _returned(client, staff, reviewer, register, advance, 401)
    new_nc = national_code(909_401)
    patch = {
        "note": "کد ملی، تاریخ بستری، مرکز و شماره صورتحساب اصلاح شد",
        "national_code": new_nc,
        "admission_date": "1404/07/21",
        "centre_code": "HOSP-THR-18",
        "bill_number": "B-401-X",
    }
    r = client.patch(f"/v1/cases/{c['id']}", json=patch, headers={**staff, "If-Match": f'"{ret["version"]}"'})
    assert r.status_code == 200, r.text
    v = r.json()
    assert sorted(v["changed"]) == ["admission_date", "bill_number", "centre_code", "national_code"]
    assert v["national_code"] == new_nc and v["admission_date_jalali"] == "1404/07/21" and v["bill_number"] == "B-401-X"
    # the controls that check the changed fields must be recorded again; the others stand
    assert v["checklist"]["missing"] == ["patient_identity", "admission_date", "medical_centre", "total_paid"]
    assert v["state"] == "returned" and v["assessment"] is None
    hist = client.get(f"/v1/cases/{c['id']}/history", headers=staff).json()["items"]
    corr = [h for h in hist if h["kind"] == "claims.case.corrected"][-1]
    changes = {x["field"]: x for x in corr["outcome"]["changes"]}
    assert changes["national_code"]["before"] == national_code(100_401) and changes["national_code"]["after"] == new_nc
    assert changes["admission_date"]["before"] == "2025-10-12" and changes["admission_date"]["after"] == "2025-10-13"
    assert corr["outcome"]["controls_to_record_again"] == ["patient_identity", "admission_date", "medical_centre", "total_paid"]
    # the corrected bill is checked again: assessment refused until the cleared controls are recorded, listing them
    r = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{v["version"]}"'})
    assert r.status_code == 409 and "patient_identity" in r.text and "total_paid" in r.text
    r = client.put(f"/v1/cases/{c['id']}/controls", json=ALL_PASSED, headers={**staff, "If-Match": f'"{v["version"]}"'})
    a = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{r.json()["version"]}"'}).json()
    s = client.post(f"/v1/cases/{c['id']}/submission", headers={**staff, "If-Match": f'"{a["version"]}"'}).json()
    ap = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{s["version"]}"'})
    assert ap.status_code == 200 and ap.json()["fee"]["status"] == "earned"


def test_clm_a7_invalid_correction_changes_nothing(client, setup, staff, reviewer, register, advance):
    c, ret = _returned(client, staff, reviewer, register, advance, 402)
    r = client.patch(f"/v1/cases/{c['id']}", json={"note": "bad code", "national_code": "1234567890"}, headers={**staff, "If-Match": f'"{ret["version"]}"'})
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
    r = client.patch(f"/v1/cases/{c['id']}", json={"note": "bad date", "admission_date": "1404/12/30"}, headers={**staff, "If-Match": f'"{ret["version"]}"'})
    assert r.status_code == 422
    r = client.patch(
        f"/v1/cases/{c['id']}",
        json={"note": "receipt before treatment", "documents_received_at": "1404/07/01 10:00"},
        headers={**staff, "If-Match": f'"{ret["version"]}"'},
    )
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "documents_received_at"
    v = client.get(f"/v1/cases/{c['id']}", headers=staff).json()
    assert v["version"] == ret["version"] and v["national_code"] == national_code(100_402) and v["checklist"]["missing"] == []


def test_clm_a7_withdrawal_before_approval_no_fee_no_deadline_kept_in_history(client, setup, staff, reviewer, register, advance, body):
    c = register(403)
    r = client.put(
        f"/v1/cases/{c['id']}/controls",
        json={"controls": [{"code": "patient_identity", "result": "failed", "note": "not the insured"}]},
        headers={**staff, "If-Match": '"1"'},
    )
    assert r.status_code == 200
    assert client.post(f"/v1/cases/{c['id']}/withdrawal", json={"reason": "x"}, headers={**staff, "If-Match": '"2"'}).status_code == 422
    r = client.post(f"/v1/cases/{c['id']}/withdrawal", json={"reason": "بیمه‌شده درخواست را پس گرفت"}, headers={**staff, "If-Match": '"2"'})
    assert r.status_code == 200, r.text
    v = r.json()
    assert v["state"] == "withdrawn" and v["withdrawal_reason"] == "بیمه‌شده درخواست را پس گرفت" and v["withdrawn_at"].endswith("+03:30")
    assert v["deadline"]["state"] == "closed" and v["fee"]["status"] == "none_withdrawn"
    hist = client.get(f"/v1/cases/{c['id']}/history", headers=staff).json()["items"]
    assert hist[-1]["kind"] == "claims.case.withdrawn" and hist[-1]["outcome"]["from_state"] == "registered"
    # excluded from deadlines: never listed overdue
    setup.set(2026, 1, 20, 10, 0)
    assert c["id"] not in [x["id"] for x in client.get(f"/v1/agencies/{AG}/cases?overdue=true", headers=staff).json()["items"]]
    # a withdrawn case is closed: no correction, no second withdrawal; its bill may be registered again
    assert (
        client.patch(f"/v1/cases/{c['id']}", json={"note": "late fix", "centre_name": "x y"}, headers={**staff, "If-Match": f'"{v["version"]}"'}).status_code
        == 409
    )
    assert client.post(f"/v1/cases/{c['id']}/withdrawal", json={"reason": "again"}, headers={**staff, "If-Match": f'"{v["version"]}"'}).status_code == 409
    setup.set(2025, 10, 26, 10, 30)
    assert client.post("/v1/cases", json=body(403), headers=staff).status_code == 201


def test_clm_a7_an_approved_case_cannot_be_withdrawn(client, setup, confirmed, staff, reviewer, register, advance):
    c = register(404)
    s = advance(c)
    ap = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{s["version"]}"'}).json()
    r = client.post(f"/v1/cases/{c['id']}/withdrawal", json={"reason": "too late"}, headers={**staff, "If-Match": f'"{ap["version"]}"'})
    assert r.status_code == 409 and r.json()["type"].endswith("wrong-state")
