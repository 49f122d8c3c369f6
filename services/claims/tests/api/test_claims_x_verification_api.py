"""SPEC X1/X2 on the real PostgreSQL with offlabel / inspections unreachable for real (closed gateway port):
lines are held (pending_verification) with the reason, nothing is paid or refused on a guess, approval waits,
and verification can be retried by the user and by the periodic task."""

from sqlalchemy import func, select

from claims.cases.models import CaseLine, FeeAccrual
from claims.verification.service import retry_pending_verifications
from shared.decisions import DecisionRecord

OFF_LABEL_LINE = {
    "service_code": "D-AVASTIN",
    "kind": "drug",
    "description": "Avastin 1.25 mg intravitreal",
    "quantity": 1,
    "unit_price_rials": 4_000_000,
    "amount_rials": 4_000_000,
    "off_label_use": "neovascular AMD (H35.32)",
    "off_label_drug": "bevacizumab",
    "eye": "OD",
    "treatment_date": "1404/07/21",
}


NO_SUPPLEMENTARY = {"supplementary_insurer": None, "supplementary_paid_rials": 0, "patient_paid_rials": 65_000_000}  # cap = what the patient paid


def _with_line(body, seed, line=None, **over):
    b = body(seed, **{**NO_SUPPLEMENTARY, **over})
    b["lines"].append(dict(line or OFF_LABEL_LINE))
    extra = b["lines"][-1]["amount_rials"]
    b["bill_total_rials"] += extra
    b["total_paid_rials"] += extra
    b["patient_paid_rials"] += extra
    return b


def _controlled(client, staff, case, controls):
    r = client.put(f"/v1/cases/{case['id']}/controls", json=controls, headers={**staff, "If-Match": f'"{case["version"]}"'})
    assert r.status_code == 200, r.text
    return r.json()


def _history_kinds(client, staff, case_id):
    return [h["kind"] for h in client.get(f"/v1/cases/{case_id}/history", headers=staff).json()["items"]]


def test_x1_offlabel_unreachable_holds_line_with_reason_nothing_paid_nothing_refused(client, setup, staff, reviewer, body, controls_all_passed, db_session):
    r = client.post("/v1/cases", json=_with_line(body, 301), headers=staff)
    assert r.status_code == 201, r.text
    c = r.json()
    line = c["lines"][2]
    assert line["eye"] == "right" and line["off_label_drug"] == "bevacizumab" and line["treatment_date_jalali"] == "1404/07/21"
    assert line["verification_status"] == "pending_verification" and "not checked yet" in line["verification"]["reason"]
    assert c["verification"]["pending_lines"] == [3] and c["verification"]["approval_blocked"] is True
    c = _controlled(client, staff, c, controls_all_passed)
    r = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{c["version"]}"'})
    assert r.status_code == 200, r.text
    a = r.json()
    held = [ln for ln in a["lines"] if ln["line_no"] == 3][0]
    assert held["status"] == "pending_verification" and "offlabel could not answer" in held["explanation"]
    assert a["held_lines"] == [3] and a["not_reimbursable_lines"] == []
    # the held line's share (4,000,000 x 0.9, ceiling permitting) is not in the amount paid, and not refused either
    assert a["pending_verification_rials"] > 0 and a["not_reimbursable_rials"] == 0
    assert a["pending_verification_rials"] == 3_600_000 and a["reimbursable_rials"] == 58_500_000
    without = client.post("/v1/cases", json=body(302, **NO_SUPPLEMENTARY), headers=staff).json()  # the same bill without the off-label line
    without = _controlled(client, staff, without, controls_all_passed)
    b = client.post(f"/v1/cases/{without['id']}/assessment", headers={**staff, "If-Match": f'"{without["version"]}"'}).json()
    assert a["reimbursable_rials"] == b["reimbursable_rials"]
    view = client.get(f"/v1/cases/{c['id']}", headers=staff).json()
    v = view["lines"][2]["verification"]
    assert view["lines"][2]["verification_status"] == "pending_verification"
    assert v["held"] is True and v["retryable"] is True and v["attempts"] == 1 and v["checks"][0]["service"] == "offlabel"
    assert "unreachable" in v["reason"] and "/verification" in v["reason"]
    assert "claims.line.verification" in _history_kinds(client, staff, c["id"])
    held_ids = [i["id"] for i in client.get("/v1/agencies/AG-THR-001/cases?held=true", headers=staff).json()["items"]]
    free_ids = [i["id"] for i in client.get("/v1/agencies/AG-THR-001/cases?held=false", headers=staff).json()["items"]]
    assert held_ids == [c["id"]] and without["id"] in free_ids and c["id"] not in free_ids
    # submission is allowed (the deadline runs), approval is not: 409 with the reason, no fee, still submitted
    r = client.post(f"/v1/cases/{c['id']}/submission", headers={**staff, "If-Match": f'"{view["version"]}"'})
    assert r.status_code == 200, r.text
    r = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{r.json()["version"]}"'})
    assert r.status_code == 409 and r.json()["type"].endswith("verification-pending")
    assert r.json()["lines"][0]["line_no"] == 3 and "offlabel" in r.json()["lines"][0]["reason"]
    assert db_session.scalar(select(func.count()).select_from(FeeAccrual)) == 0
    assert client.get(f"/v1/cases/{c['id']}", headers=staff).json()["state"] == "submitted"


def test_x2_inspections_unreachable_holds_every_line_of_a_case_at_a_registered_centre(client, setup, staff, body, controls_all_passed):
    b = body(303, inspections_center_id="c0ffee00-0000-4000-8000-000000000001")
    b["lines"][1]["regenerative_kind"] = "cell_therapy"
    b["lines"][1]["irc_code"] = "IR.QUMS.REC.1404.101"
    c = client.post("/v1/cases", json=b, headers=staff).json()
    assert c["inspections_center_id"] == b["inspections_center_id"]
    assert [ln["verification_status"] for ln in c["lines"]] == ["pending_verification", "pending_verification"]
    c = _controlled(client, staff, c, controls_all_passed)
    a = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{c["version"]}"'}).json()
    assert a["reimbursable_rials"] == 0 and a["held_lines"] == [1, 2] and a["pending_verification_rials"] > 0
    view = client.get(f"/v1/cases/{c['id']}", headers=staff).json()
    for ln in view["lines"]:
        assert ln["verification_status"] == "pending_verification"
        assert {ch["service"] for ch in ln["verification"]["checks"]} == {"inspections"}
        assert all("inspections could not answer" in ch["reason"] for ch in ln["verification"]["checks"])
    assert [ch["code"] for ch in view["lines"][1]["verification"]["checks"]] == ["x2-centre", "x2-treatment"]


def test_x_retry_endpoint_if_match_idempotency_and_still_pending(client, setup, staff, reviewer, keys, body, controls_all_passed, db_session):
    c = client.post("/v1/cases", json=_with_line(body, 304), headers=staff).json()
    c = _controlled(client, staff, c, controls_all_passed)
    a = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{c["version"]}"'})
    v = a.json()["version"]
    r = client.post(f"/v1/cases/{c['id']}/verification", headers={**staff, "If-Match": '"1"'})
    assert r.status_code == 412
    h = {**reviewer, "If-Match": f'"{v}"', "Idempotency-Key": "ver-1"}
    r = client.post(f"/v1/cases/{c['id']}/verification", headers=h)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["checked_lines"] == [3] and out["lines"][0]["status"] == "pending_verification" and out["changed_lines"] == []
    # the same state again: the attempt is counted, the case's version (its ETag) does not change
    assert out["version"] == v and r.headers["ETag"] == f'"{v}"' and out["verification"]["approval_blocked"] is True
    again = client.post(f"/v1/cases/{c['id']}/verification", headers=h)
    assert again.status_code == 200 and again.headers.get("Idempotent-Replayed") == "true" and again.json() == out
    line = db_session.scalars(select(CaseLine).where(CaseLine.case_id == c["id"], CaseLine.line_no == 3)).one()
    assert line.verification_attempts == 2 and line.verification_status == "pending_verification"
    assert client.post(f"/v1/cases/{c['id']}/verification", headers=staff).status_code == 200  # If-Match is optional here
    other = client.post(f"/v1/cases/{c['id']}/verification", headers=keys.headers("agency_staff", org="AG-ISF-001"))
    assert other.status_code == 404  # another agency's case does not exist for it
    assert client.post(f"/v1/cases/{c['id']}/verification", headers=keys.headers("insured", national_code=c["national_code"])).status_code == 403
    r = client.post(f"/v1/cases/{c['id']}/verification", json={"scope": "everything"}, headers=staff)
    assert r.status_code == 422


def test_x_periodic_retry_counts_attempts_records_only_changes(client, app, setup, staff, body, controls_all_passed, db_session):
    c = client.post("/v1/cases", json=_with_line(body, 305), headers=staff).json()
    c = _controlled(client, staff, c, controls_all_passed)
    assert client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{c["version"]}"'}).status_code == 200
    before = db_session.scalar(select(func.count()).select_from(DecisionRecord).where(DecisionRecord.subject_id == c["id"]))
    version = client.get(f"/v1/cases/{c['id']}", headers=staff).json()["version"]
    assert retry_pending_verifications(app, factory=app.state.sessionmaker) == 1
    view = client.get(f"/v1/cases/{c['id']}", headers=staff).json()
    assert view["lines"][2]["verification"]["attempts"] == 2 and view["lines"][2]["verification"]["trigger"] == "periodic"
    assert view["lines"][2]["verification_status"] == "pending_verification" and view["version"] == version
    after = db_session.scalar(select(func.count()).select_from(DecisionRecord).where(DecisionRecord.subject_id == c["id"]))
    assert after == before  # the same 'unavailable' answer again: counted, not a new decision


def test_x1_off_label_line_without_eye_needs_review_without_asking(client, setup, staff, body, controls_all_passed):
    line = {k: v for k, v in OFF_LABEL_LINE.items() if k != "eye"}
    c = client.post("/v1/cases", json=_with_line(body, 306, line), headers=staff).json()
    c = _controlled(client, staff, c, controls_all_passed)
    a = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{c["version"]}"'}).json()
    assert a["held_lines"] == [3]
    ln = client.get(f"/v1/cases/{c['id']}", headers=staff).json()["lines"][2]
    assert ln["verification_status"] == "needs_review" and "eye" in ln["verification"]["reason"]
    assert ln["verification"]["retryable"] is False


def test_x_bad_line_facts_refused_nothing_stored(client, setup, staff, body, db_session):
    from claims.cases.models import Case

    for line in (
        {**OFF_LABEL_LINE, "eye": "both"},
        {**OFF_LABEL_LINE, "treatment_date": "1404/07/10"},  # before the admission date 1404/07/20
        {**OFF_LABEL_LINE, "treatment_date": "1404/07/30"},  # after the discharge date 1404/07/23
        {**OFF_LABEL_LINE, "treatment_date": "1404/12/30"},  # no such Jalali day
        {**{k: v for k, v in OFF_LABEL_LINE.items() if k != "off_label_use"}},  # eye / drug without an off-label use
        {"service_code": "R-1", "description": "stem cells", "quantity": 1, "unit_price_rials": 1, "amount_rials": 1, "irc_code": "IR.X.1"},
        {"service_code": "R-1", "description": "x", "quantity": 1, "unit_price_rials": 1, "amount_rials": 1, "regenerative_kind": "prp"},
    ):
        r = client.post("/v1/cases", json=_with_line(body, 307, line), headers=staff)
        assert r.status_code == 422, (line, r.text)
    r = client.post("/v1/cases", json=_with_line(body, 307, inspections_center_id="../../offlabel/v1/requests"), headers=staff)
    assert r.status_code == 422, r.text
    assert db_session.scalar(select(func.count()).select_from(Case)) == 0


def test_x_periodic_retry_leaves_lines_never_asked_to_the_assessment(client, app, setup, staff, body):
    c = client.post("/v1/cases", json=_with_line(body, 308), headers=staff).json()
    assert c["lines"][2]["verification_status"] == "pending_verification"
    assert retry_pending_verifications(app, factory=app.state.sessionmaker) == 0
    after = client.get(f"/v1/cases/{c['id']}", headers=staff).json()
    assert after["version"] == c["version"] and after["lines"][2]["verification"]["attempts"] == 0


def test_x1_correcting_a_needs_review_line_asks_again(client, setup, staff, body, controls_all_passed):
    line = {k: v for k, v in OFF_LABEL_LINE.items() if k != "eye"}
    b = _with_line(body, 309, line)
    c = _controlled(client, staff, client.post("/v1/cases", json=b, headers=staff).json(), controls_all_passed)
    a = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{c["version"]}"'})
    assert a.json()["lines"][2]["status"] == "needs_review"
    b["lines"][2]["eye"] = "left"
    r = client.patch(
        f"/v1/cases/{c['id']}", json={"lines": b["lines"], "note": "eye added from the prescription"}, headers={**staff, "If-Match": f'"{a.json()["version"]}"'}
    )
    assert r.status_code == 200, r.text
    ln = r.json()["lines"][2]
    assert ln["eye"] == "left" and ln["treatment_date"] == "2025-10-13" and ln["verification_status"] == "pending_verification"
    assert ln["verification"]["attempts"] == 0 and r.json()["assessment"] is None
    r = client.post(f"/v1/cases/{c['id']}/verification", headers=staff)
    assert r.status_code == 200 and r.json()["lines"][0]["status"] == "pending_verification"
    assert "offlabel could not answer" in r.json()["lines"][0]["reason"]


def test_held_flag_follows_the_lines_through_registration_verification_and_correction(client, setup, staff, body, controls_all_passed, db_session):
    """Issue 18: cases.held (what `held=` filters on, through its partial index) equals "some line is pending or needs
    review" after every path that writes lines, for every case in the database."""
    from sqlalchemy import exists

    from claims.cases.models import Case, CaseLine
    from claims.verification.rules import HELD

    line = {k: v for k, v in OFF_LABEL_LINE.items() if k != "eye"}
    b = _with_line(body, 318, line)
    c = _controlled(client, staff, client.post("/v1/cases", json=b, headers=staff).json(), controls_all_passed)
    a = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{c["version"]}"'})
    assert a.json()["lines"][2]["status"] == "needs_review"
    listed = client.get("/v1/agencies/AG-THR-001/cases?held=true&limit=100", headers=staff).json()["items"]
    assert c["id"] in [i["id"] for i in listed]
    plain = client.post("/v1/cases", json=body(319, **NO_SUPPLEMENTARY), headers=staff).json()
    # a correction that bills the held line as a plain service (no off-label use): the case leaves the held list
    plain_line = {k: v for k, v in b["lines"][2].items() if k in ("service_code", "description", "quantity", "unit_price_rials", "amount_rials")}
    r = client.patch(
        f"/v1/cases/{c['id']}",
        json={"lines": [*b["lines"][:2], plain_line], "note": "not an off-label use"},
        headers={**staff, "If-Match": f'"{a.json()["version"]}"'},
    )
    assert r.status_code == 200, r.text
    listed = client.get("/v1/agencies/AG-THR-001/cases?held=true&limit=100", headers=staff).json()["items"]
    assert c["id"] not in [i["id"] for i in listed]
    free = client.get("/v1/agencies/AG-THR-001/cases?held=false&limit=100", headers=staff).json()["items"]
    assert {c["id"], plain["id"]} <= {i["id"] for i in free}
    db_session.expire_all()
    truth = exists().where(CaseLine.case_id == Case.id, CaseLine.verification_status.in_(sorted(HELD)))
    wrong = db_session.execute(select(Case.id).where(Case.held != truth)).scalars().all()
    assert wrong == [], "cases whose held flag disagrees with their lines"
