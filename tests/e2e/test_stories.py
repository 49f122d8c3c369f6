"""Whole stories through the gateway only (issue 7, SPEC X): the five real processes, one PostgreSQL
database per service, tokens signed by the platform's throwaway keys. Each story asserts outcomes and
the letters they rest on, not only status codes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from shared.jalali import to_jalali, today_tehran
from tests.e2e.api import all_controls_passed, etag, inspection_answers, national_code, numbers, ok, sha, suffix

pytestmark = pytest.mark.e2e

SOP = "SOP-DPNA-GIO-020"


def jdays_ago(n: int) -> str:
    return to_jalali(today_tehran() - timedelta(days=n))


# --------------------------------------------------------------------------------------------- customs
def test_cus_traveller_precheck_declaration_expert_head_dg_stamp_letter(platform, gw):
    """CUS-5, CUS-6.2, CUS-6.3.1, CUS-6.3.2: a traveller checks without a token, the officer declares a
    doping item (somatropin), a controlled one (diazepam) and a plain one; expert -> head of GIO -> DG ->
    stamp; the office has no GIO representative, so a clearance letter is printed."""
    nc = national_code()
    items = [
        {"name": "Norditropin 10mg", "dosage_form": "injection_pen", "quantity": 3, "units_per_pack": 1, "daily_dose": "0.1"},
        {"name": "دیازپام ۵ میلی گرم", "dosage_form": "قرص", "quantity": "۲", "units_per_pack": 30, "daily_dose": 1},
        {"name": "Cozaar 50mg", "dosage_form": "tablet", "quantity": 2, "units_per_pack": 30, "daily_dose": 1},
    ]
    # 1. public pre-check: no token, nothing stored, Persian answer
    pre = ok(gw.post("/customs/v1/precheck", json={"items": items}, headers={"Accept-Language": "fa"}), 200)
    by_name = {i["name"]: i for i in pre["items"]}
    assert {r["rule_id"] for r in by_name["Norditropin 10mg"]["reasons"]} >= {"CUS-6.3.2"}
    assert {r["rule_id"] for r in by_name["دیازپام ۵ میلی گرم"]["reasons"]} >= {"CUS-6.3.1"}
    assert all(i["outcome"] == "pending" for i in pre["items"])

    # 2. the declaration, filed by the officer of an office without a GIO representative
    officer = platform.headers("customs_officer", "MHD-AIR")
    expert = platform.headers("gio_expert", "GIO", sub="expert-e2e", seal_id="SEAL-E2E")
    wr = f"WR-E2E-{suffix()}"
    body = {"channel": "passenger", "purpose": "personal_use", "customs_office": "MHD-AIR", "warehouse_receipt_no": wr,
            "owner": {"kind": "natural", "name": "Sara Ahmadi", "national_code": nc},
            "medical_documents_attached": True, "prescription_attached": True, "items": items}
    r = gw.post("/customs/v1/declarations", json=body, headers={**officer, "Idempotency-Key": f"e2e-{wr}"})
    dec = ok(r, 201)
    assert r.headers["etag"] == '"1"' and dec["state"] == "awaiting_expert_review" and dec["office_has_gio_representative"] is False
    reqs = {i["name"]: {q["code"] for q in i["requirements"]} for i in dec["items"]}
    assert reqs["Norditropin 10mg"] >= {"head_of_gio_approval", "dg_release", "gio_expert_review"}
    assert reqs["دیازپام ۵ میلی گرم"] >= {"controlled_substances_office_referral", "dg_release"}
    assert reqs["Cozaar 50mg"] == {"gio_expert_review"}
    clauses = {(c["number"], c["clause"]) for c in dec["items"][0]["basis"]}
    assert (SOP, "6.3.2") in clauses and (SOP, "5") in clauses
    assert dec["ruleset_version"]
    # the retry with the same key replays, it does not file twice
    again = gw.post("/customs/v1/declarations", json=body, headers={**officer, "Idempotency-Key": f"e2e-{wr}"})
    assert again.status_code == 201 and again.headers.get("idempotent-replayed") == "true" and again.json()["id"] == dec["id"]
    path = f"/customs/v1/declarations/{dec['id']}"

    # the owner sees it with a traveller token; another traveller gets 404
    assert ok(gw.get(path, headers=platform.headers("traveller", national_code=nc)), 200)["id"] == dec["id"]
    assert gw.get(path, headers=platform.headers("traveller", national_code=national_code())).status_code == 404

    def act(headers: dict, action: dict) -> dict:
        return ok(gw.post(path + "/actions", json=action, headers={**headers, "If-Match": etag(gw, path, headers)}), 200)

    # the DG cannot release before the expert and the head (409 wrong-state), and nothing changes
    early = gw.post(path + "/actions", json={"action": "dg_release"}, headers={**platform.headers("dpna_dg", "DPNA"), "If-Match": '"1"'})
    assert early.status_code == 409 and early.json()["type"].endswith("wrong-state")

    assert act(expert, {"action": "expert_review", "note": "documents checked"})["state"] == "awaiting_head_approval"
    assert act(platform.headers("gio_head", "GIO"), {"action": "head_approval"})["state"] == "awaiting_dg_release"
    assert act(platform.headers("dpna_dg", "DPNA"), {"action": "dg_release"})["state"] == "awaiting_stamp"
    done = act(expert, {"action": "stamp", "seal_id": "SEAL-E2E"})
    assert done["state"] == "cleared" and done["next_actions"] == []
    assert [s["action"] for s in done["steps"]] == ["submitted", "expert_review", "head_approval", "dg_release", "stamp"]
    assert all(s["decision_id"] for s in done["steps"])
    assert {i["workflow_status"] for i in done["items"]} == {"cleared"}

    # 3. the clearance letter: Persian, right to left, citing the SOP clause of the doping item
    r = gw.get(path + "/clearance-letter", headers=officer)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'dir="rtl"' in r.text and "SOP-DPNA-GIO-020" in r.text and "6.3.2" in r.text
    assert "Norditropin 10mg" in r.text and "ترخیص" in r.text

    # every step is a decision record in an intact chain
    d = ok(gw.get(f"/customs/v1/decisions/{done['steps'][-1]['decision_id']}", headers=platform.headers("auditor")), 200)
    assert d["kind"].startswith("customs.declaration")
    assert ok(gw.get("/customs/v1/decisions/verify", headers=platform.headers("auditor")), 200)["intact"] is True


# ---------------------------------------------------------------------------------------- inspections
def test_ins_r_permissibility_before_and_after_1404_11_20(platform, gw):
    """INS-R: IRC-approved exosome treatment is prohibited on 1404/11/19 (letter 100/70/38754, blanket
    ban) and permitted on 1404/11/20 (letter 100/10/74585); the stored decision says the same."""
    sup = platform.headers("ministry_supervisor")
    q = {"activity": "treatment", "kind": "exosome", "approval": "irc_code"}
    before = ok(gw.post("/inspections/v1/permissibility", json={**q, "date": "۱۴۰۴/۱۱/۱۹"}, headers=sup), 200)
    after = ok(gw.post("/inspections/v1/permissibility", json={**q, "date": "1404/11/20"}, headers=sup), 200)
    assert (before["outcome"], before["banned"]) == ("prohibited", True)
    assert "100/70/38754" in before["letters_applied"] and "100/10/74585" not in before["letters_applied"]
    assert "100/10/74585" in numbers(before["basis"], "warning")  # the later clarification, as a warning only
    assert (after["outcome"], after["permitted"]) == ("permitted", True)
    assert after["letters_applied"] == ["100/10/74585"] and "100/10/74585" in numbers(after["basis"], "rule")
    assert before["ruleset_version"] and before["ruleset_version"] == after["ruleset_version"]
    # unapproved treatment stays prohibited after the narrowing; exosome import never permitted outside research
    bare = ok(gw.post("/inspections/v1/permissibility", json={**q, "approval": "none", "date": "1404/12/01"}, headers=sup), 200)
    assert bare["outcome"] == "prohibited"
    imp = ok(gw.post("/inspections/v1/permissibility", json={"activity": "import", "kind": "exosome", "approval": "irc_code", "date": "1404/12/01"}, headers=sup), 200)
    assert imp["outcome"] == "prohibited" and "661/2897" in numbers(imp["basis"])
    rec = ok(gw.get(f"/inspections/v1/decisions/{after['decision_id']}", headers=platform.headers("auditor")), 200)
    assert rec["outcome"]["outcome"] == "permitted" and rec["inputs"]["date"] == "2026-02-09"

    # the same question about a centre holding an approved exosome research protocol from 1404/11/20
    dep = platform.headers("university_deputy", "SBMU")
    centre = ok(gw.post("/inspections/v1/centers", headers=dep, json={
        "name": f"مرکز پژوهشی اگزوزوم {suffix()}", "province": "Tehran", "status": "active", "kinds": ["exosome"],
        "registered_on": "1404/06/01", "licence": {"number": f"1404-{suffix()}", "valid_from": "1404/01/01", "valid_to": "1407/01/01"},
        "technical_manager": {"name": "دکتر ب"}, "physical_space": {"certified": True, "certificate_ref": "SP-9"},
        "approvals": [{"type": "research", "kind": "exosome", "irc_code": "IR.SBMU.REC.1404.300", "valid_from": "1404/11/20"}]}), 201)
    rq = {"activity": "research", "kind": "exosome", "approval": "research_approval", "center_id": centre["id"]}
    r19 = ok(gw.post("/inspections/v1/permissibility", json={**rq, "date": "1404/11/19"}, headers=sup), 200)
    r20 = ok(gw.post("/inspections/v1/permissibility", json={**rq, "date": "1404/11/20"}, headers=sup), 200)
    assert r19["outcome"] != "permitted" and r19["permitted"] is not True  # the approval is not valid yet on 11/19
    assert r20["outcome"] == "permitted" and "100/10/74585" in r20["letters_applied"]


def test_ins_inspection_violation_closure_and_status_on(platform, gw):
    """Letter 400/10262/د: an inspection finds an unauthorised exosome product, the violation is closed by
    the deputy for treatment; status-on (the route claims uses, SPEC X2) says open before the order and
    closed after it; the public lookup says not open."""
    centre = register_centre(platform, gw, "QUMS")
    inspector = platform.headers("university_inspector", "QUMS")
    deputy = platform.headers("university_deputy", "QUMS")
    insp = ok(gw.post(f"/inspections/v1/centers/{centre['id']}/inspections", headers={**inspector, "Idempotency-Key": f"i-{centre['id']}"},
                      json={"inspected_on": jdays_ago(20), "answers": inspection_answers(product_authorisation="exosome vials without FDO permit")}), 201)
    assert insp["outcome"] == "non_compliant" and insp["checklist_version"] and insp["decision_id"]
    viol = [v for v in insp["violations"] if v["type"] == "unauthorised_product"] or [
        v for v in ok(gw.get("/inspections/v1/violations", params={"center_id": centre["id"]}, headers=deputy), 200)["items"]
        if v["type"] == "unauthorised_product"]
    assert viol and viol[0]["severity"] == "critical"
    action = ok(gw.post(f"/inspections/v1/violations/{viol[0]['id']}/actions", headers=deputy,
                        json={"type": "closure", "ordered_on": jdays_ago(18)}), 201)
    assert action["state"] == "ordered"
    svc = platform.headers("service", "claims")
    before = ok(gw.get(f"/inspections/v1/centers/{centre['id']}/status-on", params={"date": jdays_ago(19), "kind": "cell_therapy"}, headers=svc), 200)
    after = ok(gw.get(f"/inspections/v1/centers/{centre['id']}/status-on", params={"date": jdays_ago(10), "kind": "cell_therapy"}, headers=svc), 200)
    assert (before["status"], before["closed"]) == ("active", False)
    assert (after["status"], after["closed"]) == ("closed", True) and after["status_act"]["act_type"] == "closure_action"
    public = ok(gw.get(f"/inspections/v1/centers/{centre['id']}/public-status"), 200)
    assert public["open"] is False and public["status"] == "closed" and public["permitted_activities"] == []
    # another university's deputy does not even see it
    assert gw.get(f"/inspections/v1/centers/{centre['id']}", headers=platform.headers("university_deputy", "TUMS")).status_code == 404


def register_centre(platform, gw, university: str, kinds=("cell_therapy", "exosome")) -> dict:
    deputy = platform.headers("university_deputy", university)
    return ok(gw.post("/inspections/v1/centers", headers={**deputy, "Idempotency-Key": f"c-{suffix()}"}, json={
        "name": f"مرکز سلول درمانی {suffix()}", "province": "Qazvin", "status": "active", "kinds": list(kinds),
        "registered_on": "1404/06/01", "licence": {"number": f"1404-{suffix()}", "valid_from": "1404/01/01", "valid_to": "1407/01/01"},
        "technical_manager": {"name": "دکتر الف"}, "physical_space": {"certified": True, "certificate_ref": "SP-1"},
        "approvals": [{"type": "treatment", "kind": "cell_therapy", "irc_code": f"IR.{university}.REC.1404.101", "valid_from": "1404/01/01"}]}), 201)
