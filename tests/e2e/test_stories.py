"""Whole stories through the gateway only (issue 7, SPEC X): the five real processes, one PostgreSQL
database per service, tokens signed by the platform's throwaway keys. Each story asserts outcomes and
the letters they rest on, not only status codes."""

from __future__ import annotations

import re
import threading
import time
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
    body = {
        "channel": "passenger",
        "purpose": "personal_use",
        "customs_office": "MHD-AIR",
        "warehouse_receipt_no": wr,
        "owner": {"kind": "natural", "name": "Sara Ahmadi", "national_code": nc},
        "medical_documents_attached": True,
        "prescription_attached": True,
        "items": items,
    }
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
    """INS-R as amended (SPEC corrections 1-2): IRC-registered cell-therapy treatment is permitted from 1404/06/12,
    with a warning between 1404/06/31 and 1404/11/19 (38754's wording, 74585's clarification); a claimed exosome IRC
    is held for verification; the stored decision says the same."""
    sup = platform.headers("ministry_supervisor")
    q = {"activity": "treatment", "kind": "cell_therapy", "approval": "irc_code"}
    before = ok(gw.post("/inspections/v1/permissibility", json={**q, "date": "۱۴۰۴/۰۶/۱۱"}, headers=sup), 200)
    mid = ok(gw.post("/inspections/v1/permissibility", json={**q, "date": "1404/11/19"}, headers=sup), 200)
    after = ok(gw.post("/inspections/v1/permissibility", json={**q, "date": "1404/11/20"}, headers=sup), 200)
    assert before["outcome"] == "not_regulated_by_these_letters" and before["letters_applied"] == []
    assert (mid["outcome"], mid["permitted"]) == ("permitted", True) and "100/10/74585" not in mid["letters_applied"]
    assert {"100/70/38754", "100/10/74585"} <= numbers(mid["basis"], "warning")  # the blanket wording and the later clarification
    assert (after["outcome"], after["permitted"]) == ("permitted", True) and "100/10/74585" in numbers(after["basis"], "rule")
    assert mid["ruleset_version"] and mid["ruleset_version"] == after["ruleset_version"]
    exo = ok(gw.post("/inspections/v1/permissibility", json={**q, "kind": "exosome", "date": "1404/11/20"}, headers=sup), 200)
    assert exo["outcome"] == "requires_verification" and exo["permitted"] is None and exo["verification_reason"]
    # unapproved treatment stays prohibited; exosome import never permitted outside research
    bare = ok(gw.post("/inspections/v1/permissibility", json={**q, "approval": "none", "date": "1404/12/01"}, headers=sup), 200)
    assert bare["outcome"] == "prohibited"
    imp = ok(
        gw.post("/inspections/v1/permissibility", json={"activity": "import", "kind": "exosome", "approval": "irc_code", "date": "1404/12/01"}, headers=sup),
        200,
    )
    assert imp["outcome"] == "prohibited" and "661/2897" in numbers(imp["basis"])
    rec = ok(gw.get(f"/inspections/v1/decisions/{after['decision_id']}", headers=platform.headers("auditor")), 200)
    assert rec["outcome"]["outcome"] == "permitted" and rec["inputs"]["date"] == "2026-02-09"

    # the same question about a centre holding an approved exosome research protocol from 1404/11/20
    dep = platform.headers("university_deputy", "SBMU")
    centre = ok(
        gw.post(
            "/inspections/v1/centers",
            headers=dep,
            json={
                "name": f"مرکز پژوهشی اگزوزوم {suffix()}",
                "province": "Tehran",
                "status": "active",
                "kinds": ["exosome"],
                "registered_on": "1404/06/01",
                "licence": {"number": f"1404-{suffix()}", "valid_from": "1404/01/01", "valid_to": "1407/01/01"},
                "technical_manager": {"name": "دکتر ب"},
                "physical_space": {"certified": True, "certificate_ref": "SP-9"},
                "approvals": [{"type": "research", "kind": "exosome", "irc_code": "IR.SBMU.REC.1404.300", "valid_from": "1404/11/20"}],
            },
        ),
        201,
    )
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
    insp = ok(
        gw.post(
            f"/inspections/v1/centers/{centre['id']}/inspections",
            headers={**inspector, "Idempotency-Key": f"i-{centre['id']}"},
            json={"inspected_on": jdays_ago(20), "answers": inspection_answers(product_authorisation="exosome vials without FDO permit")},
        ),
        201,
    )
    assert insp["outcome"] == "non_compliant" and insp["checklist_version"] and insp["decision_id"]
    viol = [v for v in insp["violations"] if v["type"] == "unauthorised_product"] or [
        v
        for v in ok(gw.get("/inspections/v1/violations", params={"center_id": centre["id"]}, headers=deputy), 200)["items"]
        if v["type"] == "unauthorised_product"
    ]
    assert viol and viol[0]["severity"] == "critical"
    action = ok(gw.post(f"/inspections/v1/violations/{viol[0]['id']}/actions", headers=deputy, json={"type": "closure", "ordered_on": jdays_ago(18)}), 201)
    assert action["state"] == "ordered"
    svc = platform.headers("service", svc="claims")
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
    return ok(
        gw.post(
            "/inspections/v1/centers",
            headers={**deputy, "Idempotency-Key": f"c-{suffix()}"},
            json={
                "name": f"مرکز سلول درمانی {suffix()}",
                "province": "Qazvin",
                "status": "active",
                "kinds": list(kinds),
                "registered_on": "1404/06/01",
                "licence": {"number": f"1404-{suffix()}", "valid_from": "1404/01/01", "valid_to": "1407/01/01"},
                "technical_manager": {"name": "دکتر الف"},
                "physical_space": {"certified": True, "certificate_ref": "SP-1"},
                "approvals": [
                    {
                        "type": "irc",
                        "kind": "cell_therapy",
                        "irc_code": f"1228{abs(hash(university)) % 10**12:012d}",
                        "product": "MSC kit",
                        "holder": "Cell Co.",
                        "valid_from": "1404/01/01",
                    }
                ],
            },
        ),
        201,
    )


# ------------------------------------------------------------------------------- claims + offlabel (X1)
def claims_org(platform, gw) -> tuple[str, dict, dict]:
    """A review office and an agency of our own (CLM-H2: the agency's process switched on)."""
    s = suffix()
    admin = platform.headers("admin", "SSO")
    ok(gw.post("/claims/v1/review-offices", json={"code": f"RO-E2E-{s}", "name": f"دفتر رسیدگی {s}", "province": "THR"}, headers=admin), 201)
    ok(
        gw.post(
            "/claims/v1/agencies",
            headers=admin,
            json={"code": f"AG-E2E-{s}", "name": f"کارگزاری {s}", "province": "THR", "review_office_code": f"RO-E2E-{s}", "rollout": "enabled"},
        ),
        201,
    )
    office = platform.headers("review_office", f"RO-E2E-{s}")
    # SHR-PROV: the office publishes confirmed rule data (an assessment on the shipped placeholders cannot be approved)
    from claims.reference import default_rule_mapping

    d = default_rule_mapping()
    ok(
        gw.put(
            f"/claims/v1/review-offices/RO-E2E-{s}/assessment-rules",
            headers=office,
            json={
                **{k: d[k] for k in ("organization_share", "tariff_ceilings_rials", "prosthesis", "unknown_service_code")},
                "version": f"RO-E2E-{s}-confirmed-1",
                "confirmed": True,
            },
        ),
        201,
    )
    return f"AG-E2E-{s}", platform.headers("agency_staff", f"AG-E2E-{s}"), office


def approved_covered_authorization(platform, gw, nc: str, planned: str, eye: str = "right") -> dict:
    """OFL-R: an ophthalmologist files intravitreal bevacizumab for wet AMD, approved at once; the SSO covers it."""
    phys = platform.headers("physician", sub="dr-e2e", council_no="12345", specialty="ophthalmology")
    r = gw.post(
        "/offlabel/v1/requests",
        headers={**phys, "Idempotency-Key": f"ofl-{nc}-{eye}"},
        json={
            "patient_national_code": nc,
            "insurer": "SSO",
            "eye": eye,
            "diagnosis_icd10": "H35.32",
            "drug": "bevacizumab",
            "dose_mg": "۱٫۲۵",
            "planned_date": planned,
            "care_setting": "operating-room",
            "preparation": "single-use-vial",
            "earlier_injections": [],
            "contraindications": [],
            "documents": [{"kind": "oct", "date": planned, "reference": "OCT-1"}, {"kind": "visual-acuity", "date": planned, "reference": "VA-1"}],
            "informed_consent": {"obtained": True, "date": planned, "signed_by": "patient"},
        },
    )
    req = ok(r, 201)
    assert req["status"] == "approved", req["evaluation"]
    assert {"400/7515", "18300/400د"} <= numbers(req["evaluation"]["basis"])
    cov = ok(
        gw.post(
            f"/offlabel/v1/requests/{req['id']}/coverage",
            json={"covered": True, "reason": "strategic purchasing, guideline 18300/400د"},
            headers={**platform.headers("insurer", "SSO"), "If-Match": r.headers["etag"]},
        ),
        200,
    )
    assert cov["coverage"]["status"] == "covered"
    return req


def case_body(nc: str, admission: str, lines: list[dict], discharge: str | None = None, **extra) -> dict:
    total = sum(x["amount_rials"] for x in lines)
    return {
        "national_code": nc,
        "insurance_number": f"{nc[:8]}99",
        "is_pensioner": False,
        "case_type": "outpatient",
        "centre_code": "EYE-THR-03",
        "centre_name": "بیمارستان چشم",
        "admission_date": admission,
        "discharge_date": discharge or admission,
        "bill_number": f"B-{suffix()}",
        "lines": lines,
        "bill_total_rials": total,
        "prosthesis_rials": 0,
        "total_paid_rials": total,
        "supplementary_paid_rials": 0,
        "patient_paid_rials": total,
        "documents_received_at": f"{jdays_ago(1)} 09:00",
        "attachments": [{"doc_type": "bill", "file_name": "bill.pdf", "media_type": "application/pdf", "size_bytes": 1000, "sha256": sha(nc)}],
        **extra,
    }


def visit(amount: int = 2_000_000, **extra) -> dict:
    return {"service_code": "901905", "description": "ویزیت متخصص", "quantity": 1, "unit_price_rials": amount, "amount_rials": amount, **extra}


def avastin(eye: str, amount: int = 5_000_000, **extra) -> dict:
    return {
        "service_code": "D-777",
        "kind": "drug",
        "description": "Avastin 1.25 mg intravitreal",
        "quantity": 1,
        "unit_price_rials": amount,
        "amount_rials": amount,
        "off_label_use": "neovascular AMD",
        "off_label_drug": "bevacizumab",
        "eye": eye,
        **extra,
    }


def gateway_counter(gw, method: str, route: str, status: str) -> float:
    """http_requests_total of the gateway for one upstream route, method and status (Prometheus text)."""
    text = gw.get("/metrics").text
    if "haproxy_backend_http_responses_total" in text:  # HAProxy in front (REGPLAT_GATEWAY=haproxy): per backend and status class
        rx = re.compile(rf'^haproxy_backend_http_responses_total\{{proxy="{route.strip("/")}",code="{status[0]}xx"\}} (?P<value>[0-9.e+]+)$', re.M)
        return sum(float(m["value"]) for m in rx.finditer(text))
    rx = re.compile(r"^http_requests_total\{(?P<labels>[^}]*)\} (?P<value>[0-9.e+]+)$", re.M)
    want = {f'method="{method}"', f'route="{route}"', 'service="gateway"', f'status="{status}"'}
    return sum(float(m["value"]) for m in rx.finditer(text) if want <= set(m["labels"].split(",")))


class Case:
    """One claim case, moved through CLM-A with the ETag of the last read each time."""

    def __init__(self, gw, staff: dict, office: dict, body: dict):
        self.gw, self.staff, self.office = gw, staff, office
        r = gw.post("/claims/v1/cases", json=body, headers={**staff, "Idempotency-Key": f"case-{body['bill_number']}"})
        self.data = ok(r, 201)
        self.path = f"/claims/v1/cases/{self.data['id']}"

    def get(self) -> dict:
        self.data = ok(self.gw.get(self.path, headers=self.staff), 200)
        return self.data

    def write(self, method: str, sub: str, who: dict | None = None, json: dict | None = None, expect: tuple = (200,)):
        who = who or self.staff
        for _ in range(3):
            r = self.gw.request(method, self.path + sub, json=json, headers={**who, "If-Match": etag(self.gw, self.path, who)})
            if r.status_code != 412:  # 412: the periodic verification changed the case since our read; read again, as a client does
                break
        assert r.status_code in expect, f"{method} {self.path}{sub} -> {r.status_code}: {r.text[:1500]}"
        return r.json()

    def controls(self):
        return self.write("PUT", "/controls", json=all_controls_passed())

    def assess(self):
        return self.write("POST", "/assessment")

    def submit(self):
        return self.write("POST", "/submission")

    def review(self, body: dict, expect=(200,)):
        return self.write("POST", "/review", who=self.office, json=body, expect=expect)

    def line(self, n: int) -> dict:
        return next(x for x in self.get()["lines"] if x["line_no"] == n)


def test_clm_x1_claim_with_off_label_line_return_resubmission_approval_fee(platform, gw):
    """CLM-A1..A7 with X1: the covered bevacizumab injection of the right eye is verified against offlabel and
    paid; the same drug for the left eye (no authorization) is not reimbursable and the assessment says why;
    return, correction, resubmission, approval; the fee is accrued once (CLM-P4) and never guessed (P1)."""
    agency, staff, office = claims_org(platform, gw)
    nc = national_code()
    treated = jdays_ago(10)
    auth = approved_covered_authorization(platform, gw, nc, treated, "right")
    case = Case(gw, staff, office, case_body(nc, treated, [visit(), avastin("right"), avastin("left", 4_000_000)]))
    assert case.data["state"] == "registered"
    assert [x["verification_status"] for x in case.data["lines"]] == ["not_required", "pending_verification", "pending_verification"]
    assert case.controls()["state"] == "controlled"
    trace = f"e2e-x1-{suffix()}{suffix()}"
    offlabel_gets = gateway_counter(gw, "GET", "/offlabel", "200")
    r = gw.post(case.path + "/assessment", headers={**staff, "If-Match": etag(gw, case.path, staff), "X-Request-ID": trace})
    a = ok(r, 200)
    assert r.headers["x-request-id"] == trace
    # the service-to-service call went through the gateway with the caller's request id (SPEC X)
    gateway_log = (platform.logs / "gateway.log").read_text(errors="replace")
    assert any(trace in ln and "/offlabel/v1/authorizations" in ln for ln in gateway_log.splitlines()), "X1 call not traceable at the gateway"
    assert trace in (platform.logs / "offlabel.log").read_text(errors="replace")
    assert gateway_counter(gw, "GET", "/offlabel", "200") >= offlabel_gets + 2  # both lines asked, counted in the gateway's metrics
    lines = {x["line_no"]: x for x in a["lines"]}
    assert lines[1]["status"] == "assessed" and lines[1]["reimbursable_rials"] == 1_400_000  # 0.70 x 2,000,000 (CLM-A4 defaults)
    assert lines[2]["status"] == "assessed" and lines[2]["reimbursable_rials"] == 3_500_000
    assert lines[3]["status"] == "not_reimbursable" and lines[3]["reimbursable_rials"] == 0
    assert "NOT REIMBURSABLE" in lines[3]["explanation"] and "X1" in lines[3]["explanation"]
    assert a["reimbursable_rials"] == 1_400_000 + 3_500_000 and a["pending_verification_rials"] == 0
    assert a["not_reimbursable_rials"] == 2_800_000
    right, left = case.line(2), case.line(3)
    assert right["verification_status"] == "verified" and auth["id"] in str(right["verification"])
    assert left["verification_status"] == "not_reimbursable"
    x1 = left["verification"]
    assert x1["status"] == "not_reimbursable" and "offlabel" in x1["reason"].lower()
    # SPEC correction 3: X1 is the insurer's policy (an interpretation resting on the letters), not a clause of 1000/99/9958
    assert any(b.get("authority") == "interpretation" and "X1" in b["text"] for b in x1["basis"]) and numbers(x1["basis"]) & {"18300/400د", "400/7515"}
    assert case.get()["verification"]["state"] == "complete"

    # A5 submission, A6 return with coded reasons and text, A7 correction and resubmission
    assert case.submit()["state"] == "submitted"
    ret = case.review({"outcome": "returned", "reason_codes": ["missing_documents"], "text": "گزارش OCT ضمیمه نشده است"})
    assert ret["state"] == "returned" and ret["reason_codes"] == ["missing_documents"]
    case.write(
        "PATCH",
        "",
        json={
            "note": "OCT report added",
            "attachments_add": [{"doc_type": "other", "file_name": "oct.pdf", "media_type": "application/pdf", "size_bytes": 5000, "sha256": sha("oct" + nc)}],
        },
    )
    case.controls()
    a2 = case.assess()
    assert a2["reimbursable_rials"] == a["reimbursable_rials"]  # re-verified, same answer
    assert case.submit()["cycle"] == 2
    approved = case.review({"outcome": "approved"})
    assert approved["state"] == "approved" and approved["reimbursable_rials"] == 4_900_000
    fee = approved["fee"]
    assert fee["payer"] == "review_office" and fee["decision_id"]
    history = ok(gw.get(case.path + "/history", headers=staff), 200)["items"]
    kinds = [h["kind"] for h in history]
    assert kinds[0] == "claims.case.registered" and "claims.line.verification" in kinds and "claims.case.corrected" in kinds
    assert [k for k in kinds if k.startswith("claims.case.review")] == ["claims.case.review.returned", "claims.case.review.approved"]

    # the insured sees the status, never a charge (CLM-P2)
    mine = ok(gw.get(case.path, headers=platform.headers("insured", national_code=nc)), 200)
    assert mine["state"] == "approved" and mine["charges_to_insured_rials"] == 0 and mine["reimbursable_rials"] == 4_900_000
    assert gw.get(case.path, headers=platform.headers("insured", national_code=national_code())).status_code == 404

    # CLM-P: the fee statement of the registration month; a year without a recorded wage has no figure
    year, month = fee["registration_year"], fee["registration_month"]
    statement = ok(gw.get(f"/claims/v1/agencies/{agency}/fees", params={"year": year, "month": month}, headers=office), 200)
    assert statement["cases_with_fee"] == 1 and [ln["case_id"] for ln in statement["lines"]] == [case.data["id"]]
    schedule = gw.get("/claims/v1/fee-schedule", params={"year": year}, headers=office)
    if schedule.status_code == 404:
        assert fee["status"] == "fee_unknown" and fee["amount_rials"] is None and statement["total_rials"] is None
    else:
        share = next(i for i in ok(schedule, 200)["items"] if i["case_type"] == "outpatient")
        assert statement["total_rials"] == fee["amount_rials"] == share["amount_rials"]
    csv = gw.get(f"/claims/v1/agencies/{agency}/fees", params={"year": year, "month": month}, headers={**office, "Accept": "text/csv"})
    assert csv.status_code == 200 and case.data["id"] in csv.text and "\ntotal" in csv.text


# ----------------------------------------------------------------------- inspections -> claims (X2)
def test_x2_claim_at_a_closed_centre_is_flagged(platform, gw):
    """INS (letter 400/10262/د) -> CLM X2: a centre is closed after an inspection; a claim names it; the line
    treated before the closure is paid, the line after it is not reimbursable with the letter as basis, and
    an exosome injection is refused whatever the date (ban of exosome products)."""
    centre = register_centre(platform, gw, "QUMS")
    inspector, deputy = platform.headers("university_inspector", "QUMS"), platform.headers("university_deputy", "QUMS")
    insp = ok(
        gw.post(
            f"/inspections/v1/centers/{centre['id']}/inspections",
            headers=inspector,
            json={"inspected_on": jdays_ago(22), "answers": inspection_answers(product_authorisation="exosome vials, no FDO permit")},
        ),
        201,
    )
    viol = next(v for v in insp["violations"] if v["type"] == "unauthorised_product")
    ok(gw.post(f"/inspections/v1/violations/{viol['id']}/actions", headers=deputy, json={"type": "closure", "ordered_on": jdays_ago(18)}), 201)

    _, staff, office = claims_org(platform, gw)
    nc = national_code()
    body = case_body(
        nc,
        jdays_ago(25),
        discharge=jdays_ago(5),
        inspections_center_id=centre["id"],
        lines=[
            visit(treatment_date=jdays_ago(20)),
            visit(3_000_000, treatment_date=jdays_ago(10)),
            {
                "service_code": "EXO-1",
                "description": "exosome injection",
                "quantity": 1,
                "unit_price_rials": 9_000_000,
                "amount_rials": 9_000_000,
                "regenerative_kind": "exosome",
                "treatment_date": jdays_ago(20),
            },
        ],
    )
    body["case_type"] = "inpatient"
    case = Case(gw, staff, office, body)
    case.controls()
    a = case.assess()
    lines = {x["line_no"]: x for x in a["lines"]}
    assert lines[1]["status"] == "assessed" and lines[1]["reimbursable_rials"] == 1_800_000  # inpatient share 0.90
    assert lines[2]["status"] == "not_reimbursable" and lines[3]["status"] == "not_reimbursable"
    assert [case.line(n)["verification_status"] for n in (1, 2, 3)] == ["verified", "not_reimbursable", "not_reimbursable"]
    closed, exo = case.line(2)["verification"], case.line(3)["verification"]
    assert "400/10262/د" in numbers(closed["basis"]) and "closed" in closed["reason"].lower()
    assert numbers(exo["basis"]) & {"400/10262/د", "661/2897", "100/70/38754"}
    assert a["reimbursable_rials"] == lines[1]["reimbursable_rials"] and a["pending_verification_rials"] == 0
    # the review office may approve: nothing is held, the refused lines stay unpaid
    case.submit()
    assert case.review({"outcome": "approved"})["reimbursable_rials"] == a["reimbursable_rials"]


# --------------------------------------------------------------- a service stopped mid-story (SPEC X)
def test_x1_administration_outside_the_approved_course_is_not_reimbursable(platform, gw):
    """X1 with OFL-R-COURSE: claims asks offlabel per line date. The injection on the approved (planned) date is
    inside the course and paid; a second injection of the same eye the next day is outside the course (28-day
    interval), so offlabel answers not authorized for that date and the line is not reimbursable."""
    agency, staff, office = claims_org(platform, gw)
    nc = national_code()
    treated, next_day = jdays_ago(12), jdays_ago(11)
    approved_covered_authorization(platform, gw, nc, treated, "right")
    case = Case(
        gw,
        staff,
        office,
        case_body(nc, treated, [avastin("right", treatment_date=treated), avastin("right", 4_000_000, treatment_date=next_day)], discharge=next_day),
    )
    case.controls()
    a = case.assess()
    lines = {x["line_no"]: x for x in a["lines"]}
    assert lines[1]["status"] == "assessed", lines[1]
    assert lines[2]["status"] == "not_reimbursable" and lines[2]["reimbursable_rials"] == 0, lines[2]
    second = case.line(2)["verification"]
    assert second["status"] == "not_reimbursable" and "offlabel" in second["reason"].lower()


def test_x1_offlabel_down_line_pending_then_verified_after_restart(platform, gw):
    """SPEC X: offlabel stops before the assessment. The off-label line is pending_verification with a
    reason, held (neither paid nor refused), approval waits; the other services keep answering. Offlabel
    comes back, verification is retried, the line is verified and the case is approved."""
    agency, staff, office = claims_org(platform, gw)
    nc = national_code()
    treated = jdays_ago(7)
    approved_covered_authorization(platform, gw, nc, treated, "left")
    case = Case(gw, staff, office, case_body(nc, treated, [visit(), avastin("left")]))
    case.controls()
    platform.stop("offlabel")
    try:
        a = case.assess()
        held = {x["line_no"]: x for x in a["lines"]}[2]
        assert held["status"] == "pending_verification"
        assert a["pending_verification_rials"] == 3_500_000 and a["reimbursable_rials"] == 1_400_000
        assert a.get("not_reimbursable_rials", 0) == 0  # nothing wrongly refused
        v = case.line(2)["verification"]
        assert v["status"] == "pending_verification" and v["retryable"] is True and v["held"] is True
        assert "offlabel" in v["reason"].lower()
        assert case.get()["verification"]["approval_blocked"] is True
        case.submit()
        blocked = case.review({"outcome": "approved"}, expect=(409,))
        assert blocked["type"].endswith("verification-pending") and blocked["lines"][0]["line_no"] == 2
        # the other services keep answering while offlabel is down
        assert gw.get("/offlabel/v1/guidelines").status_code == 503
        assert gw.post("/customs/v1/precheck", json={"items": [{"name": "Cozaar 50mg", "dosage_form": "tablet"}]}).status_code == 200
        assert gw.get(f"/claims/v1/agencies/{agency}/cases", headers=staff).status_code == 200
        assert gw.get("/inspections/v1/public/centers", params={"q": "یاس"}).status_code == 200
    finally:
        platform.start("offlabel")

    deadline = time.time() + 60  # the gateway's breaker may keep offlabel closed for a few seconds
    while True:
        r = gw.post(case.path + "/verification", headers={**staff, "Idempotency-Key": f"ver-{time.time()}"})
        ok(r, 200)
        if case.line(2)["verification_status"] == "verified" or time.time() > deadline:
            break
        time.sleep(1)
    line = case.line(2)
    assert line["verification_status"] == "verified", line["verification"]
    assert case.get()["assessment"]["reimbursable_rials"] == 4_900_000
    assert case.get()["assessment"]["pending_verification_rials"] == 0
    assert case.review({"outcome": "approved"})["reimbursable_rials"] == 4_900_000


# ------------------------------------------------------------------------------ customs -> inspections (X3)
def research_sample(nc: str) -> dict:
    return {
        "channel": "passenger",
        "purpose": "research_sample",
        "customs_office": "THR-IKA",
        "commitment_letter": True,
        # SOP 6.1.3: research samples are imported by research centres or the industry (legal persons)
        "warehouse_receipt_no": f"WR-X3-{suffix()}",
        "owner": {
            "kind": "legal",
            "name": "QUMS research centre",
            "company": {"name": "QUMS research centre", "activities": ["import"], "purpose_letter_submitted": True},
        },
        "approval": {"type": "research_approval", "irc_code": "IR.QUMS.REC.1404.200", "reference": "QUMS-R-55"},
        "items": [{"name": "Exosome research vial", "dosage_form": "vial", "category": "research_sample", "value_usd": 200}],
    }


def test_x3_exosome_import_refused_for_personal_use_and_waits_while_inspections_is_down(platform, gw):
    """SPEC X3: customs asks inspections whether importing an exosome product is permitted. Personal use is
    refused with the letters (400/10262/د, 661/2897) as basis; an approved research sample is permitted
    today (100/10/74585). With inspections stopped the research sample waits (inspections_verification),
    nothing is cleared or refused on a guess, and a retry verifies it once inspections is back."""
    officer = platform.headers("customs_officer", "THR-IKA")
    nc = national_code()
    personal = ok(
        gw.post(
            "/customs/v1/declarations",
            headers=officer,
            json={
                "channel": "passenger",
                "purpose": "personal_use",
                "customs_office": "THR-IKA",
                "medical_documents_attached": True,
                "warehouse_receipt_no": f"WR-X3-{suffix()}",
                "owner": {"kind": "natural", "name": "Sara Ahmadi", "national_code": nc},
                "items": [{"name": "ASCE+ Exosome serum", "dosage_form": "vial", "quantity": 1, "units_per_pack": 1, "daily_dose": "0.1"}],
            },
        ),
        201,
    )
    item = personal["items"][0]
    assert item["outcome"] == "refused" and "CUS-X3" in {r["rule_id"] for r in item["reasons"]}
    from_inspections = {c["number"] for c in item["basis"] if c.get("source") == "inspections"}
    assert {"400/10262/د", "661/2897"} <= numbers(item["basis"], "rule") and from_inspections
    assert personal["verification"]["status"] == "verified"

    research = ok(gw.post("/customs/v1/declarations", headers=officer, json=research_sample(nc)), 201)
    check = research["items"][0]["x3_checks"][0]["answers"][-1]
    # import within ethics-approved research: permitted (400/10262/د: every request was for research only; INS-R as amended)
    assert check["outcome"] == "permitted" and "400/10262/د" in check["letters_applied"]
    assert research["items"][0]["outcome"] == "pending" and "approved_research" in {q["code"] for q in research["items"][0]["requirements"]}

    platform.stop("inspections")
    try:
        waiting = ok(gw.post("/customs/v1/declarations", headers=officer, json=research_sample(nc)), 201)
        it = waiting["items"][0]
        assert waiting["verification"]["status"] == "pending" and waiting["verification"]["reason"]
        assert it["outcome"] == "pending" and "inspections_verification" in {q["code"] for q in it["requirements"]}
        assert waiting["verification"]["retry"]["path"].endswith("/verification")
        # the expert cannot clear it by hand while the question is open
        path = f"/customs/v1/declarations/{waiting['id']}"
        expert = platform.headers("gio_expert", "GIO", sub="expert-x3", seal_id="SEAL-X3")
        ok(
            gw.post(
                "/customs/v1/offices/THR-IKA/experts", headers=platform.headers("gio_head", "GIO"), json={"expert_sub": "expert-x3", "expert_name": "Dr. X3"}
            ),
            200,
            201,
            409,
        )
        r = gw.post(
            path + "/actions",
            headers={**expert, "If-Match": etag(gw, path, expert)},
            json={"action": "expert_review", "requirements_met": ["approved_research"]},
        )
        assert r.status_code == 409
        assert ok(gw.get(path, headers=officer), 200)["state"] == "awaiting_expert_review"
    finally:
        platform.start("inspections")
    deadline = time.time() + 60
    while True:
        current = ok(gw.get(path, headers=officer), 200)
        if current["verification"]["status"] == "verified" or time.time() > deadline:
            break
        gw.post(path + "/verification", headers={**officer, "If-Match": etag(gw, path, officer)})
        time.sleep(1)
    assert current["verification"]["status"] == "verified", current["verification"]
    assert current["items"][0]["x3_checks"][0]["answers"][-1]["outcome"] == "permitted"
    assert "inspections_verification" not in {q["code"] for q in current["items"][0]["requirements"]}


def test_x_hung_service_does_not_block_unrelated_requests(platform, gw):
    """SPEC X: calls have timeouts and the waiting does not block unrelated requests. Offlabel is frozen
    (accepts connections, never answers): the assessment that needs it comes back with the line held,
    while the other routes of claims and the other services answer at once."""
    _, staff, office = claims_org(platform, gw)
    nc = national_code()
    treated = jdays_ago(5)
    approved_covered_authorization(platform, gw, nc, treated, "right")
    case = Case(gw, staff, office, case_body(nc, treated, [visit(), avastin("right")]))
    case.controls()
    result: dict = {}
    platform.pause("offlabel")
    try:

        def assess():
            t0 = time.monotonic()
            with platform.client(timeout=60) as c:
                r = c.post(case.path + "/assessment", headers={**staff, "If-Match": etag(c, case.path, staff)})
            result.update(status=r.status_code, body=r.json(), seconds=time.monotonic() - t0)

        worker = threading.Thread(target=assess)
        worker.start()
        time.sleep(0.5)  # the assessment is now waiting for offlabel
        for method, path, kw in [
            ("GET", f"{case.path}", {"headers": staff}),
            ("POST", "/customs/v1/precheck", {"json": {"items": [{"name": "Cozaar 50mg", "dosage_form": "tablet"}]}}),
            ("GET", "/inspections/v1/public/centers", {"params": {"q": "مرکز"}}),
        ]:
            t0 = time.monotonic()
            assert gw.request(method, path, **kw).status_code == 200
            assert time.monotonic() - t0 < 2.0, f"{path} waited behind the hung offlabel"
        worker.join(30)
        assert not worker.is_alive(), "the assessment never returned: no timeout on the call to offlabel"
    finally:
        platform.resume("offlabel")
    assert result["status"] == 200 and result["seconds"] < 20
    held = {x["line_no"]: x for x in result["body"]["lines"]}[2]
    assert held["status"] == "pending_verification" and result["body"]["pending_verification_rials"] == 3_500_000
    assert "offlabel" in case.line(2)["verification"]["reason"].lower()


def test_x2_approved_cell_therapy_paid_with_warning_and_claimed_exosome_irc_held(platform, gw):
    """INS-R as amended through claims (X2): IRC-registered cell-therapy treatment at a licensed centre on 1404/09/01 is
    reimbursable, with the warning (38754's wording, 74585's clarification) in the line's basis; an exosome line
    claiming an IRC the registry does not hold as a verified FDO registration is held (never paid or refused on a guess)."""
    centre = register_centre(platform, gw, "TUMS", kinds=("cell_therapy", "exosome"))
    _, staff, office = claims_org(platform, gw)
    cell = {
        "service_code": "901905",
        "description": "cell therapy session",
        "quantity": 1,
        "unit_price_rials": 2_000_000,
        "amount_rials": 2_000_000,
        "regenerative_kind": "cell_therapy",
        "irc_code": "1228054657201497",
        "treatment_date": "1404/09/01",
    }
    exo = {**cell, "service_code": "901910", "description": "exosome therapy session", "regenerative_kind": "exosome", "irc_code": "9876543210000001"}
    body = case_body(national_code(), "1404/08/30", discharge="1404/09/02", inspections_center_id=centre["id"], lines=[cell, exo])
    body["case_type"] = "inpatient"
    case = Case(gw, staff, office, body)
    case.controls()
    a = case.assess()
    lines = {x["line_no"]: x for x in a["lines"]}
    assert lines[1]["status"] == "assessed" and case.line(1)["verification_status"] == "verified"
    paid = case.line(1)["verification"]
    assert {"100/70/38754", "100/10/74585"} <= numbers(paid["basis"], "warning") and "400/10262/د" in numbers(paid["basis"], "rule")
    held = case.line(2)
    assert held["verification_status"] in ("needs_review", "pending_verification") and lines[2]["status"] != "not_reimbursable"
    assert "requires_verification" in str(held["verification"])
    assert a["reimbursable_rials"] == lines[1]["reimbursable_rials"] == 1_800_000  # inpatient share 0.90; the exosome line held
