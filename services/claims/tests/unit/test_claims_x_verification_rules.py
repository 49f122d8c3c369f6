"""Unit tests of SPEC X1/X2 (pure): the questions a line needs, and how offlabel / inspections answers
map to line outcomes (verified / not_reimbursable / held). No database, no network."""

import datetime as dt

import pytest

from claims.assessment import rules as a
from claims.cases.rules import CaseType
from claims.verification import rules as v
from shared.provenance import RegulationRegistry

REG = RegulationRegistry.load()
D = dt.date(2025, 10, 13)  # 1404/07/21
FACTS = v.LineFacts(line_no=3, national_code="0084575948", treatment_date=D, off_label_use="nAMD", off_label_drug="bevacizumab", eye="right")
CENTRE = "c0ffee00-0000-4000-8000-000000000001"


def _auth(authorized=True, covered=True, in_window=True, coverage_reason=None, auth_id="A-1"):
    auth = {
        "authorization_id": auth_id,
        "status": "approved",
        "approved": True,
        "covered": covered,
        "authorized_and_covered": bool(in_window and covered),
        "insurer": "SSO",
        "valid_from": "2025-10-01",
        "valid_until": "2025-10-31",
        "coverage_reason": coverage_reason,
        "coverage_decision_id": "cov-1",
        "evaluation_decision_id": "ev-1",
    }
    basis = [
        {"number": "18300/400د", "date": "2023-10-14", "clause": "bevacizumab-intravitreal@v1:approval", "text": "approved under the guideline", "kind": "rule"}
    ]
    if not authorized:
        return {
            "authorized": False,
            "covered": False,
            "authorized_and_covered": False,
            "authorization": None,
            "reason": "no approved authorization covers this date",
            "basis": [{"number": "400/7515", "date": "2023-06-25", "clause": "off-label", "text": "No approved off-label authorization ...", "kind": "rule"}],
        }
    return {"authorized": True, "covered": bool(covered), "authorized_and_covered": bool(in_window and covered), "authorization": auth, "basis": basis}


def _numbers(result):
    return {c.number for c in result.basis}


# ------------------------------------------------------------------ questions


def test_x1_off_label_line_asks_offlabel_for_patient_drug_eye_and_treatment_date():
    (q,) = v.questions(FACTS)
    assert q.service == "offlabel" and q.path == "/offlabel/v1/authorizations" and q.method == "GET" and q.missing is None
    assert q.params == {"patient_national_code": "0084575948", "drug": "bevacizumab", "eye": "right", "date": "2025-10-13"}


def test_x1_off_label_line_without_eye_is_not_asked_and_needs_review():
    f = v.LineFacts(line_no=1, national_code="0084575948", treatment_date=D, off_label_use="nephrotic syndrome", off_label_drug="rituximab")
    (q,) = v.questions(f)
    assert q.missing and "eye" in q.missing
    r = v.incomplete(q)
    assert r.status == v.NEEDS_REVIEW and not r.retryable


def test_x2_centre_and_kind_ask_status_on_and_permissibility_with_the_irc_code():
    f = v.LineFacts(
        line_no=2, national_code="0084575948", treatment_date=D, regenerative_kind="cell_therapy", irc_code="IR.QUMS.REC.1404.101", inspections_center_id=CENTRE
    )
    qs = v.questions(f)
    assert [q.code for q in qs] == ["x2-centre", "x2-treatment"]
    assert qs[0].path == f"/inspections/v1/centers/{CENTRE}/status-on" and qs[0].params == {"date": "2025-10-13", "kind": "cell_therapy"}
    assert qs[1].json == {"activity": "treatment", "kind": "cell_therapy", "approval": "irc_code", "date": "2025-10-13", "center_id": CENTRE}
    no_irc = v.questions(v.LineFacts(line_no=2, national_code="x", treatment_date=D, regenerative_kind="exosome"))
    assert [q.code for q in no_irc] == ["x2-treatment"] and no_irc[0].json["approval"] == "none" and "center_id" not in no_irc[0].json


def test_x_lines_without_off_label_kind_or_centre_need_nothing():
    assert v.questions(v.LineFacts(line_no=1, national_code="x", treatment_date=D)) == []
    assert v.initial_status(None, None, None) == v.NOT_REQUIRED
    assert v.initial_status("use", None, None) == v.initial_status(None, "exosome", None) == v.initial_status(None, None, CENTRE) == v.PENDING


# ------------------------------------------------------------------ X1 answers


def test_x1_approved_and_covered_authorization_verifies_the_line():
    r = v.x1_outcome(FACTS, _auth(), REG)
    assert r.status == v.VERIFIED and "A-1" in r.reason and r.answer["coverage_decision_id"] == "cov-1"
    assert {"18300/400د", "400/7515"} <= _numbers(r)


def test_x1_no_authorization_is_not_reimbursable_citing_offlabel_letters_and_clm_a4():
    r = v.x1_outcome(FACTS, _auth(authorized=False), REG)
    assert r.status == v.NOT_REIMBURSABLE and "no approved authorization" in r.reason and "X1" in r.reason
    assert {"18300/400د", "400/7515"} <= _numbers(r)
    # SPEC correction 3: X1 is the insurer's policy resting on the letters, an interpretation, never a clause
    x1 = [c for c in r.basis if c.rule_id == "CLM-X1" and c.authority == "interpretation"]
    assert x1 and set(x1[0].leans_on) == {"400/7515", "18300/400د"} and x1[0].number is None


def test_x1_approved_but_not_covered_is_not_reimbursable_with_the_insurers_reason():
    r = v.x1_outcome(FACTS, _auth(covered=False, coverage_reason="not in the benefit package"), REG)
    assert r.status == v.NOT_REIMBURSABLE and "NOT covered" in r.reason and "benefit package" in r.reason


def test_x1_approved_with_coverage_not_recorded_is_held_not_refused():
    r = v.x1_outcome(FACTS, _auth(covered=None), REG)
    assert r.status == v.PENDING and r.retryable and "coverage" in r.reason


def test_x1_named_authorization_differs_from_the_covering_one_is_noted():
    f = v.LineFacts(**{**FACTS.__dict__, "offlabel_authorization_id": "A-OTHER"})
    assert "A-OTHER" in v.x1_outcome(f, _auth(), REG).reason
    assert "A-OTHER" in v.x1_outcome(f, _auth(authorized=False), REG).reason


def test_x1_unintelligible_answer_is_never_a_decision():
    r = v.x1_outcome(FACTS, {"something": 1}, REG)
    assert r.status == v.NEEDS_REVIEW


# ------------------------------------------------------------------ X2 answers


def _status_on(closed=False, status="active", registered=True, licence_valid=True):
    return {
        "center_id": CENTRE,
        "date": "2025-10-13",
        "registered": registered,
        "status": status,
        "closed": closed,
        "status_since": "1404/07/11",
        "status_act": {"act_type": "closure_action", "act_ref": "ACT-9", "decision_id": "d-9"} if closed else None,
        "licence_valid": licence_valid,
        "treatment": {},
        "ruleset_version": "ins-r1/reg",
    }


def test_x2_centre_closed_on_the_treatment_date_is_not_reimbursable_citing_400_10262():
    f = v.LineFacts(line_no=1, national_code="x", treatment_date=D, inspections_center_id=CENTRE)
    r = v.x2_centre_outcome(f, _status_on(closed=True, status="closed"), REG)
    assert r.status == v.NOT_REIMBURSABLE and "closed" in r.reason and "ACT-9" in r.reason
    assert "400/10262/د" in _numbers(r) and any(c.rule_id == "CLM-X2" and c.authority == "interpretation" for c in r.basis)
    assert v.x2_centre_outcome(f, _status_on(closed=True, status="suspended"), REG).status == v.NOT_REIMBURSABLE


def test_x2_centre_open_passes_with_a_licence_warning_when_due():
    f = v.LineFacts(line_no=1, national_code="x", treatment_date=D, inspections_center_id=CENTRE)
    assert v.x2_centre_outcome(f, _status_on(), REG).status == v.VERIFIED
    r = v.x2_centre_outcome(f, _status_on(licence_valid=False), REG)
    assert r.status == v.VERIFIED and "licence" in r.reason and any(c.kind == "warning" for c in r.basis)
    assert v.x2_centre_outcome(f, _status_on(registered=False, status=None), REG).status == v.VERIFIED


def _ruling(outcome, letters=("100/70/38754",)):
    return {
        "activity": "treatment",
        "kind": "exosome",
        "outcome": outcome,
        "permitted": {"permitted": True, "prohibited": False}.get(outcome),
        "banned": outcome == "prohibited",
        "effective_approval": "none",
        "deciding_rule": "r3",
        "letters_applied": list(letters),
        "basis": [
            {"number": letters[0], "date": "2025-09-22", "clause": "ban", "text": "ban of regenerative, cell-therapy and exosome services", "kind": "rule"}
        ],
        "decision_id": "ins-d-1",
        "ruleset_version": "ins-r1/reg",
    }


def test_x2_banned_treatment_is_not_reimbursable_with_the_letters_applied():
    f = v.LineFacts(line_no=1, national_code="x", treatment_date=D, regenerative_kind="exosome")
    r = v.x2_treatment_outcome(f, _ruling("prohibited"))
    assert r.status == v.NOT_REIMBURSABLE and "100/70/38754" in r.reason and "exosome" in r.reason
    assert "100/70/38754" in _numbers(r) and r.answer["decision_id"] == "ins-d-1"


def test_x2_permitted_or_not_regulated_treatment_passes():
    f = v.LineFacts(line_no=1, national_code="x", treatment_date=D, regenerative_kind="cell_therapy", irc_code="IR.1")
    assert v.x2_treatment_outcome(f, _ruling("permitted", ("100/10/74585",))).status == v.VERIFIED
    r = v.x2_treatment_outcome(f, _ruling("not_regulated_by_these_letters"))
    assert r.status == v.VERIFIED and "other law" in r.reason
    assert v.x2_treatment_outcome(f, _ruling("maybe")).status == v.NEEDS_REVIEW


# ------------------------------------------------------------------ unavailable / refused / combined


def test_x_unavailable_service_holds_the_line_with_a_retryable_reason():
    (q,) = v.questions(FACTS)
    r = v.unavailable(q, "did not answer in time", 30)
    assert r.status == v.PENDING and r.retryable and "offlabel could not answer (did not answer in time)" in r.reason and "30 s" in r.reason
    refused = v.refused(q, 422, {"detail": "eye: not an eye"})
    assert refused.status == v.NEEDS_REVIEW and "422" in refused.reason and "not an eye" in refused.reason
    token = v.refused(q, 403, {"detail": "role service may not"})  # our token refused: not the line's fault, held and retried
    assert token.status == v.PENDING and token.retryable and "403" in token.reason


def test_x2_centre_id_cannot_become_another_gateway_path():
    f = v.LineFacts(line_no=1, national_code="x", treatment_date=D, inspections_center_id="../../offlabel/v1/requests")
    (q,) = v.questions(f)
    assert q.path == "/inspections/v1/centers/..%2F..%2Fofflabel%2Fv1%2Frequests/status-on"


def test_x_combine_a_confirmed_no_decides_otherwise_unanswered_holds():
    ok = v.CheckResult("x2-centre", "X2", "inspections", v.VERIFIED, "open")
    no = v.CheckResult("x2-treatment", "X2", "inspections", v.NOT_REIMBURSABLE, "banned")
    wait = v.CheckResult("x1-authorization", "X1", "offlabel", v.PENDING, "down", retryable=True)
    review = v.CheckResult("x1-authorization", "X1", "offlabel", v.NEEDS_REVIEW, "no eye")
    assert v.combine(1, [ok, no, wait]).status == v.NOT_REIMBURSABLE and v.combine(1, [ok, no, wait]).reason == "banned"
    assert v.combine(1, [ok, wait, review]).status == v.PENDING
    assert v.combine(1, [ok, review]).status == v.NEEDS_REVIEW
    assert v.combine(1, [ok]).status == v.VERIFIED and v.combine(1, []).status == v.NOT_REQUIRED


# ------------------------------------------------------------------ CLM-A4 with X states

RULES = a.RuleData.from_mapping(
    {
        "version": "t",
        "organization_share": {"outpatient": "0.7", "inpatient": "0.9", "global": "0.9"},
        "prosthesis": {"share": "0.5", "ceiling_rials": 0},
        "tariff_ceilings_rials": {"A": 1000, "DRUG": 1000},
    }
)


@pytest.mark.parametrize(
    "status, paid, held, refused",
    [
        (v.VERIFIED, 700 + 70, 0, 0),
        (v.NOT_REQUIRED, 770, 0, 0),
        (v.PENDING, 700, 70, 0),
        (v.NEEDS_REVIEW, 700, 70, 0),
        (v.NOT_REIMBURSABLE, 700, 0, 70),
    ],
)
def test_x1_clm_a4_line_state_decides_paid_held_or_refused(status, paid, held, refused):
    lines = [a.LineInput(1, "A", "x", 1, 1000, 1000), a.LineInput(2, "D-1", "drug", 1, 100, 100, "drug", "use", status, "why")]
    res = a.assess(RULES, CaseType.outpatient, lines, 0, 10_000, 0, "centre")
    assert (res.reimbursable_rials, res.pending_verification_rials, res.not_reimbursable_rials) == (paid, held, refused)
    if status == v.NOT_REIMBURSABLE:
        assert res.lines[1].reimbursable_rials == 0 and "why" in res.lines[1].explanation and res.as_dict()["not_reimbursable_lines"] == [2]


def test_x2_refused_line_without_a_tariff_ceiling_shows_the_x_reason_not_exclusion():
    lines = [a.LineInput(1, "EXO-1", "exosome", 1, 100, 100, "service", None, v.NOT_REIMBURSABLE, "exosome treatment prohibited")]
    res = a.assess(RULES, CaseType.outpatient, lines, 0, 10_000, 0, "centre")
    assert res.lines[0].status == v.NOT_REIMBURSABLE and "prohibited" in res.lines[0].explanation and res.reimbursable_rials == 0


def test_x_letters_cited_are_in_the_registry():
    for n in (v.OFFLABEL_INSTRUCTION, v.OFFLABEL_GUIDELINE, v.INS_LETTER_2, v.INS_LETTER_3, v.INS_LETTER_4):
        assert REG.get(n).number == n
