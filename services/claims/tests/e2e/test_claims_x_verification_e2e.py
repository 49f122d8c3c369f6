"""SPEC X1/X2 end to end: real offlabel, inspections, claims and gateway processes (PostgreSQL each).

Claims asks offlabel (an approved, covered bevacizumab authorization) and inspections (a closed centre, a
banned exosome treatment) through the gateway with its service token. Then offlabel is stopped: the
dependent lines are held with the reason and the case cannot be approved; once offlabel is back, the
user's retry and the periodic retry verify the lines and the case is approved with the right amount.
"""

from __future__ import annotations

import hashlib
import signal
import threading
import time
import uuid
from contextlib import ExitStack
from datetime import datetime, timedelta

import httpx
import pytest

from claims.reference import default_rule_mapping, shipped_wages
from shared.jalali import TEHRAN, jalali_parts, to_jalali
from shared.text import national_code_check_digit
from tests.e2e.harness import start_platform

pytestmark = pytest.mark.e2e
CONTROLS = ("patient_identity", "admission_date", "medical_centre", "supplementary_insurance", "share_factors", "total_paid", "patient_paid")
ITEMS = [
    "operating_licence",
    "physical_space",
    "product_authorisation",
    "irc_research",
    "irc_treatment",
    "advertising_online",
    "advertising_offline",
    "technical_manager",
    "patient_records",
]
SERVICES = ("offlabel", "inspections", "claims")


@pytest.fixture(scope="module")
def platform(tmp_path_factory):
    with ExitStack() as stack:
        p = start_platform(
            stack, tmp_path_factory.mktemp("clm-x-e2e"), services=SERVICES, db_prefix="e2e_clmx", extra_env={"CLAIMS_VERIFICATION_RETRY_SECONDS": "2"}
        )
        with p.client() as client:
            yield p, client


def _nc(first9: str) -> str:
    return first9 + str(national_code_check_digit(first9))


def _until(fn, timeout: float = 40.0, every: float = 0.5):
    """Poll fn() until it returns something truthy (the retry that waits for a real answer)."""
    deadline = time.time() + timeout
    while True:
        out = fn()
        if out or time.time() > deadline:
            return out
        time.sleep(every)


def test_x1_x2_through_the_gateway_and_offlabel_stopped_mid_story(platform):
    p, gw = platform
    now = datetime.now(TEHRAN)
    treat = now.date() - timedelta(days=5)
    nc = _nc("008457594")

    # ---- offlabel: an approved bevacizumab authorization for the right eye, covered by SSO (OFL-R, OFL-I)
    doctor = p.headers("physician", sub="dr-x", council_no="M-1", specialty="ophthalmology")
    r = gw.post(
        "/offlabel/v1/requests",
        headers=doctor,
        json={
            "patient_national_code": nc,
            "insurer": "SSO",
            "eye": "right",
            "diagnosis_icd10": "H35.32",
            "drug": "Avastin",
            "dose_mg": "1.25",
            "planned_date": to_jalali(treat),
            "care_setting": "operating-room",
            "preparation": "single-use-vial",
            "documents": [
                {"kind": "oct", "date": to_jalali(treat - timedelta(days=3))},
                {"kind": "visual-acuity", "date": to_jalali(treat - timedelta(days=3))},
            ],
            "contraindications": [],
            "informed_consent": {"obtained": True, "date": to_jalali(treat - timedelta(days=1)), "signed_by": "patient"},
        },
    )
    assert r.status_code == 201 and r.json()["status"] == "approved", r.text
    auth_id = r.json()["id"]
    sso = p.headers("insurer", org="SSO", sub="sso-1")
    etag = gw.get(f"/offlabel/v1/requests/{auth_id}", headers=sso).headers["ETag"]
    r = gw.post(f"/offlabel/v1/requests/{auth_id}/coverage", headers={**sso, "If-Match": etag}, json={"covered": True, "reason": "strategic purchasing"})
    assert r.status_code == 200, r.text

    # ---- inspections: a centre closed after an inspection found unauthorised exosome products (INS)
    deputy = p.headers("university_deputy", "QUMS")
    r = gw.post(
        "/inspections/v1/centers",
        headers=deputy,
        json={
            "name": "مرکز نمونه",
            "province": "Qazvin",
            "status": "active",
            "kinds": ["cell_therapy", "exosome"],
            "registered_on": to_jalali(treat - timedelta(days=60)),
            "licence": {"number": "1404-7777", "valid_from": to_jalali(treat - timedelta(days=400)), "valid_to": to_jalali(treat + timedelta(days=400))},
        },
    )
    assert r.status_code == 201, r.text
    centre = r.json()["id"]
    answers = [
        {"item": i, "result": "non_compliant", "note": "exosome vials"} if i == "product_authorisation" else {"item": i, "result": "compliant"} for i in ITEMS
    ]
    r = gw.post(
        f"/inspections/v1/centers/{centre}/inspections",
        headers=p.headers("university_inspector", "QUMS"),
        json={"inspected_on": to_jalali(treat - timedelta(days=10)), "answers": answers},
    )
    assert r.status_code == 201, r.text
    r = gw.post(
        f"/inspections/v1/violations/{r.json()['violations'][0]['id']}/actions",
        headers=deputy,
        json={"type": "closure", "ordered_on": to_jalali(treat - timedelta(days=9))},
    )
    assert r.status_code == 201, r.text

    # ---- claims set-up
    admin, staff, office = p.headers("admin", "SSO"), p.headers("agency_staff", "AG-THR-001"), p.headers("review_office", "RO-THR-1")
    assert gw.post("/claims/v1/review-offices", headers=admin, json={"code": "RO-THR-1", "name": "office 1", "province": "THR"}).status_code == 201
    assert (
        gw.post(
            "/claims/v1/agencies", headers=admin, json={"code": "AG-THR-001", "name": "agency 1", "province": "THR", "review_office_code": "RO-THR-1"}
        ).status_code
        == 201
    )
    assert gw.put("/claims/v1/rollout/provinces/THR", headers=admin, json={"enabled": True}).status_code == 200
    # SHR-PROV: the review office publishes its confirmed rule data (the shipped figures are placeholders: an assessment on them cannot be approved)
    d = default_rule_mapping()
    rules = {k: d[k] for k in ("organization_share", "tariff_ceilings_rials", "prosthesis", "unknown_service_code")}
    assert (
        gw.put(
            "/claims/v1/review-offices/RO-THR-1/assessment-rules", headers=office, json={**rules, "version": "RO-THR-1-confirmed-1", "confirmed": True}
        ).status_code
        == 201
    )
    year = jalali_parts(now.date())[0]
    if year not in shipped_wages():
        assert (
            gw.put(
                f"/claims/v1/fee-schedule/wages/{year}", headers=admin, json={"daily_rials": 4_000_000, "source": "e2e test figure, not a real wage"}
            ).status_code
            == 201
        )

    visit = {"service_code": "901905", "description": "specialist visit", "quantity": 1, "unit_price_rials": 2_000_000, "amount_rials": 2_000_000}
    avastin = {
        "service_code": "D-AVASTIN",
        "kind": "drug",
        "description": "Avastin 1.25 mg",
        "quantity": 1,
        "unit_price_rials": 4_000_000,
        "amount_rials": 4_000_000,
        "off_label_use": "neovascular AMD",
        "off_label_drug": "bevacizumab",
        "eye": "راست",
        "offlabel_authorization_id": auth_id,
    }

    def register(bill: str, lines: list, **extra) -> dict:
        total = sum(ln["amount_rials"] for ln in lines)
        body = {
            "national_code": nc,
            "insurance_number": "1234567890",
            "case_type": "outpatient",
            "centre_code": "CL-1",
            "centre_name": "درمانگاه",
            "admission_date": to_jalali(treat),
            "bill_number": bill,
            "lines": lines,
            "bill_total_rials": total,
            "total_paid_rials": total,
            "patient_paid_rials": total,
            "documents_received_at": (now - timedelta(minutes=30)).isoformat(),
            "attachments": [
                {
                    "doc_type": "bill",
                    "file_name": "b.pdf",
                    "media_type": "application/pdf",
                    "size_bytes": 100,
                    "sha256": hashlib.sha256(bill.encode()).hexdigest(),
                }
            ],
            **extra,
        }
        r = gw.post("/claims/v1/cases", headers=staff, json=body)
        assert r.status_code == 201, r.text
        r = gw.put(
            f"/claims/v1/cases/{r.json()['id']}/controls",
            headers={**staff, "If-Match": r.headers["ETag"]},
            json={"controls": [{"code": c, "result": "passed"} for c in CONTROLS]},
        )
        assert r.status_code == 200, r.text
        return r.json()

    def assess(case: dict) -> httpx.Response:
        r = gw.post(f"/claims/v1/cases/{case['id']}/assessment", headers={**staff, "If-Match": f'"{case["version"]}"'})
        assert r.status_code == 200, r.text
        return r

    # ---- case A: X1 verified (covered authorization), X1 refused (left eye: none), X2 refused (exosome without approval)
    a = register(
        "X-A",
        [
            visit,
            avastin,
            {**avastin, "eye": "left", "offlabel_authorization_id": None},
            {
                "service_code": "EXO-1",
                "description": "exosome injection",
                "quantity": 1,
                "unit_price_rials": 9_000_000,
                "amount_rials": 9_000_000,
                "regenerative_kind": "exosome",
            },
        ],
    )
    rid = f"x-e2e-{uuid.uuid4().hex[:12]}"
    r = gw.post(f"/claims/v1/cases/{a['id']}/assessment", headers={**staff, "If-Match": f'"{a["version"]}"', "X-Request-ID": rid})
    assert r.status_code == 200, r.text
    res = r.json()

    # the service-to-service calls carry the caller's request id: the gateway logs them under the same X-Request-ID
    def logged() -> list[str]:
        """The gateway's lines for this request id, once the outer claims call is logged too (HAProxy logs a request when it ends)."""
        lines = [ln for ln in (p.logs / "gateway.log").read_text(errors="replace").splitlines() if rid in ln]
        return lines if any("/claims/v1/cases" in ln for ln in lines) else []

    seen = _until(logged, timeout=5)
    assert any("/claims/v1/cases" in ln for ln in seen) and any("/offlabel/v1/authorizations" in ln for ln in seen), seen
    assert any("/inspections/v1/permissibility" in ln for ln in seen), seen
    st = {ln["line_no"]: ln["status"] for ln in res["lines"]}
    assert st == {1: "assessed", 2: "assessed", 3: "not_reimbursable", 4: "not_reimbursable"}, res["lines"]
    assert res["reimbursable_rials"] == 1_400_000 + 2_800_000 and res["pending_verification_rials"] == 0 and res["not_reimbursable_rials"] == 2_800_000
    numbers = {c["number"] for c in res["basis"]}
    assert {"18300/400د", "400/7515", "1000/99/9958"} <= numbers
    view = gw.get(f"/claims/v1/cases/{a['id']}", headers=staff).json()
    lines = view["lines"]
    assert lines[1]["verification_status"] == "verified" and lines[1]["verification"]["checks"][0]["answer"]["authorization_id"] == auth_id
    assert lines[2]["verification_status"] == "not_reimbursable" and "no approved authorization" in lines[2]["verification"]["reason"]
    assert lines[3]["verification_status"] == "not_reimbursable" and "prohibited" in lines[3]["verification"]["reason"]
    assert lines[3]["verification"]["checks"][0]["answer"]["outcome"] == "prohibited"
    assert view["verification"]["state"] == "complete" and view["verification"]["approval_blocked"] is False

    # ---- case B: X2 the centre was closed on the treatment date: not reimbursable, citing 400/10262/د
    b = register("X-B", [visit], inspections_center_id=centre)
    res = assess(b).json()
    assert res["lines"][0]["status"] == "not_reimbursable" and res["reimbursable_rials"] == 0
    assert "400/10262/د" in {c["number"] for c in res["basis"]}

    # ---- a centre id inspections does not know: refused (404), the line needs review (held), nothing decided
    u = register("X-U", [visit], inspections_center_id=str(uuid.uuid4()))
    res = assess(u).json()
    assert res["lines"][0]["status"] == "needs_review" and res["reimbursable_rials"] == 0 and res["pending_verification_rials"] == 1_400_000
    assert "404" in gw.get(f"/claims/v1/cases/{u['id']}", headers=staff).json()["lines"][0]["verification"]["reason"]

    # ---- offlabel frozen (SIGSTOP: accepts nothing, answers nothing): the call times out, unrelated requests are not blocked
    slow = register("X-S", [visit, avastin])
    box: dict = {}
    p.procs["offlabel"].send_signal(signal.SIGSTOP)
    try:
        th = threading.Thread(
            target=lambda: box.update(r=gw.post(f"/claims/v1/cases/{slow['id']}/assessment", headers={**staff, "If-Match": f'"{slow["version"]}"'}))
        )
        t0 = time.time()
        th.start()
        time.sleep(0.5)
        t1 = time.time()
        assert gw.get(f"/claims/v1/cases/{a['id']}", headers=staff).status_code == 200
        assert time.time() - t1 < 2.0  # answered while the assessment waits for offlabel
        th.join(30)
        assert not th.is_alive() and time.time() - t0 < 15  # bounded by the timeouts (claims' 3 s client, the gateway's own)
    finally:
        p.procs["offlabel"].send_signal(signal.SIGCONT)
    r = box["r"]
    assert r.status_code == 200, r.text
    assert [ln["status"] for ln in r.json()["lines"]] == ["assessed", "pending_verification"] and r.json()["reimbursable_rials"] == 1_400_000
    reason = gw.get(f"/claims/v1/cases/{slow['id']}", headers=staff).json()["lines"][1]["verification"]["reason"]
    assert "offlabel could not answer" in reason

    # ---- offlabel stopped mid-story: the off-label line is held, with the reason; nothing wrongly paid or refused
    p.stop("offlabel")
    c1 = register("X-C1", [visit, avastin])
    c2 = register("X-C2", [visit, avastin])
    t0 = time.time()
    res = assess(c1).json()
    assert time.time() - t0 < 15  # bounded by the client's timeout, not hanging
    assert [ln["status"] for ln in res["lines"]] == ["assessed", "pending_verification"]
    assert res["reimbursable_rials"] == 1_400_000 and res["pending_verification_rials"] == 2_800_000 and res["not_reimbursable_rials"] == 0
    assess(c2)
    held = gw.get(f"/claims/v1/cases/{c1['id']}", headers=staff).json()
    assert "offlabel could not answer" in held["lines"][1]["verification"]["reason"]
    # other routes keep answering while offlabel is down
    assert gw.get(f"/claims/v1/cases/{a['id']}", headers=staff).status_code == 200
    r = gw.post(f"/claims/v1/cases/{c1['id']}/submission", headers={**staff, "If-Match": f'"{held["version"]}"'})
    assert r.status_code == 200, r.text
    r = gw.post(f"/claims/v1/cases/{c1['id']}/review", headers={**office, "If-Match": r.headers["ETag"]}, json={"outcome": "approved"})
    assert r.status_code == 409 and r.json()["type"].endswith("verification-pending"), r.text

    # ---- offlabel back: the user's retry (c1) and the periodic retry (c2) get the real answer
    p.start("offlabel")

    def user_retry():
        r = gw.post(f"/claims/v1/cases/{c1['id']}/verification", headers=office, json={"scope": "all"})
        if r.status_code == 412:  # the periodic retry changed the case while offlabel was asked: read again, retry
            return None
        assert r.status_code == 200, r.text
        return r.json() if r.json()["verification"]["verified_lines"] == [2] else None

    out = _until(user_retry)
    assert out, "the user's retry never got offlabel's answer"
    assert out["reimbursable_rials"] == 4_200_000 and out["pending_verification_rials"] == 0  # (scope all: asked again even if the periodic retry was first)
    case = gw.get(f"/claims/v1/cases/{c1['id']}", headers=office).json()
    assert case["lines"][1]["verification"]["trigger"] == "user" and case["reimbursable_rials"] == 4_200_000
    r = gw.post(f"/claims/v1/cases/{c1['id']}/review", headers={**office, "If-Match": f'"{case["version"]}"'}, json={"outcome": "approved"})
    assert r.status_code == 200 and r.json()["reimbursable_rials"] == 4_200_000, r.text

    periodic = _until(
        lambda: (lambda v: v if v["lines"][1]["verification_status"] == "verified" else None)(gw.get(f"/claims/v1/cases/{c2['id']}", headers=staff).json())
    )
    assert periodic, "the periodic retry never verified the held line"
    assert periodic["lines"][1]["verification"]["trigger"] == "periodic" and periodic["reimbursable_rials"] == 4_200_000
    kinds = [h["kind"] for h in gw.get(f"/claims/v1/cases/{c2['id']}/history", headers=staff).json()["items"]]
    assert kinds.count("claims.line.verification") >= 2 and "claims.case.reassessment" in kinds
