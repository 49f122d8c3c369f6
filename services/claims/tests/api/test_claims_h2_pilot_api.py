"""CLM-H2: the pilot is bounded as the circular says (at most 3 months, at most 10 selected agencies, Tehran province);
going beyond it needs a recorded approval (who approved, letter number and date). The bounds are data, with the clause."""

from __future__ import annotations

from datetime import date

from claims.agencies import rules as ag_rules
from claims.reference import pilot_bounds

from .conftest import ROLLOUT_APPROVAL, case_body

RO = "RO-P-1"


def _office(client, admin):
    assert client.post("/v1/review-offices", json={"code": RO, "name": "pilot office", "province": "THR"}, headers=admin).status_code == 201


def _agency(client, admin, code, province="THR", rollout="inherit"):
    return client.post(
        "/v1/agencies", json={"code": code, "name": f"agency {code}", "province": province, "review_office_code": RO, "rollout": rollout}, headers=admin
    )


def test_clm_h2_pilot_bounds_are_data_with_the_clause():
    b = pilot_bounds()
    assert (b.max_months, b.max_agencies, b.provinces) == (3, 10, ("THR",))
    assert set(b.approvers) == {"indirect_treatment_directorate", "secretariat"}
    # three Jalali months from 1404/08/04: the pilot's last day is 1404/11/03
    assert ag_rules.pilot_end(date(2025, 10, 26), 3) == date(2026, 1, 23)


def test_clm_h2_at_most_ten_selected_agencies_of_tehran(client, clock, admin, keys):
    _office(client, admin)
    for i in range(10):
        assert _agency(client, admin, f"AG-P-{i:02d}").status_code == 201
    assert client.put("/v1/rollout/provinces/THR", json={"enabled": True}, headers=admin).status_code == 200
    st = client.get("/v1/rollout", headers=admin).json()
    assert st["phase"] == "pilot" and len(st["enabled_agencies"]) == 10 and st["pilot"]["ends_on_jalali"] == "1404/11/03"
    assert any(b["rule_id"] == "CLM-H2" and b["authority"] == "source" and "۱۰ کارگزاری منتخب" in b["quote"] for b in st["basis"])
    # an eleventh agency, enabled directly: beyond the pilot, refused, nothing stored
    r = _agency(client, admin, "AG-P-10", rollout="enabled")
    assert r.status_code == 409 and r.json()["type"].endswith("beyond-pilot") and "at most 10" in r.json()["detail"]
    assert client.get("/v1/agencies/AG-P-10", headers=admin).status_code == 404
    # another province during the pilot
    assert _agency(client, admin, "AG-P-ISF", province="ISF").status_code == 201
    r = client.put("/v1/rollout/provinces/ISF", json={"enabled": True}, headers={**admin, "Accept-Language": "fa"})
    assert r.status_code == 409 and "تهران" in r.json()["detail"]
    assert client.get("/v1/agencies/AG-P-ISF", headers=admin).json()["process_enabled"] is False


def test_clm_h2_the_pilot_ends_after_three_months_unless_an_approval_is_recorded(client, clock, admin, keys):
    _office(client, admin)
    assert _agency(client, admin, "AG-P-00", rollout="enabled").status_code == 201
    staff = keys.headers("agency_staff", org="AG-P-00")
    assert client.post("/v1/cases", json=case_body(701), headers=staff).status_code == 201
    clock.set(2026, 1, 24, 10, 0)  # 1404/11/04: the day after the pilot's last day
    r = client.post("/v1/cases", json=case_body(702, documents_received_at="1404/11/01 09:00"), headers=staff)
    assert r.status_code == 403 and "pilot ended on 1404/11/03" in r.json()["detail"]
    assert _agency(client, admin, "AG-P-01", rollout="enabled").status_code == 409
    # the approval needs both the directorate and the secretariat, with their letter
    bad = {**ROLLOUT_APPROVAL, "approved_by": ["secretariat"]}
    r = client.post("/v1/rollout/approvals", json=bad, headers=admin)
    assert r.status_code == 422 and "indirect_treatment_directorate" in r.text
    assert client.post("/v1/rollout/approvals", json=ROLLOUT_APPROVAL, headers=keys.headers("secretariat", org="SEC")).status_code == 403
    r = client.post("/v1/rollout/approvals", json=ROLLOUT_APPROVAL, headers=admin)
    assert r.status_code == 201, r.text
    st = r.json()
    assert st["phase"] == "rollout" and st["approvals"][0]["letter_number"] == "1000/1404/555" and st["approvals"][0]["letter_date_jalali"] == "1404/08/01"
    d = client.get(f"/v1/decisions/{st['approvals'][0]['decision_id']}", headers=keys.headers("auditor", org="AUD")).json()
    assert d["kind"] == "claims.rollout.approval" and d["basis"][0]["rule_id"] == "CLM-H2" and d["basis"][0]["authority"] == "source"
    # with the approval: registrations go on, other provinces and more agencies may be enabled
    assert client.post("/v1/cases", json=case_body(702, documents_received_at="1404/11/01 09:00"), headers=staff).status_code == 201
    assert _agency(client, admin, "AG-P-ISF", province="ISF", rollout="enabled").status_code == 201
