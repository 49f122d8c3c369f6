"""SPEC X1/X2: which questions a bill line needs from offlabel / inspections, and how their answers map
to the line's outcome. Pure: no I/O (the registry passed in is already loaded data).

Line verification states:
  not_required          no cross-service question (paid under CLM-A4 alone)
  pending_verification  a question is not answered yet (not asked yet, the other service is down / slow /
                        5xx, or the insurer has not recorded coverage): the amount is HELD, neither paid
                        nor refused; retried by POST /v1/cases/{id}/verification and the periodic retry
  needs_review          the other service refused the question (4xx: e.g. an unknown centre id) or the
                        line lacks what the question needs (e.g. the eye): held; the agency corrects the line
  verified              every answer allows payment (X1 approved and covered; X2 centre open, treatment not banned)
  not_reimbursable      an answer forbids payment (X1 no approved covered authorization; X2 centre closed or
                        treatment banned on the treatment date), with the answering letters as basis
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from claims.citations import cite, relayed
from shared.jalali import to_jalali
from shared.provenance import Citation, RegulationRegistry

NOT_REQUIRED = "not_required"
PENDING = "pending_verification"
NEEDS_REVIEW = "needs_review"
VERIFIED = "verified"
NOT_REIMBURSABLE = "not_reimbursable"
STATES = (NOT_REQUIRED, PENDING, NEEDS_REVIEW, VERIFIED, NOT_REIMBURSABLE)
HELD = frozenset({PENDING, NEEDS_REVIEW})  # amount held: not paid, not refused; blocks approval (CLM-A6 + X)

REGENERATIVE_KINDS = ("regenerative", "cell_therapy", "exosome")

# the letters X1 and X2 rest on (numbers as in shared/data/regulations.yaml)
OFFLABEL_INSTRUCTION = "400/7515"
OFFLABEL_GUIDELINE = "18300/400د"
INS_LETTER_2 = "400/10262/د"
INS_LETTER_3 = "100/70/38754"
INS_LETTER_4 = "100/10/74585"

X1_RULE = "X1: an off-label drug line is reimbursable only with an approved authorization that the insurer covered, valid on the treatment date"
X2_RULE = "X2: a line is not reimbursable when the medical centre was closed or the treatment banned on the treatment date"


@dataclass(frozen=True)
class LineFacts:
    """What the questions need from one bill line (and its case)."""

    line_no: int
    national_code: str
    treatment_date: dt.date
    off_label_use: str | None = None
    off_label_drug: str | None = None
    eye: str | None = None
    offlabel_authorization_id: str | None = None
    regenerative_kind: str | None = None
    irc_code: str | None = None
    inspections_center_id: str | None = None


@dataclass(frozen=True)
class Question:
    """One call to another service through the gateway (path is the gateway path)."""

    code: str  # x1-authorization | x2-centre | x2-treatment
    rule: str  # X1 | X2
    service: str  # offlabel | inspections
    method: str
    path: str
    params: dict[str, Any] | None = None
    json: dict[str, Any] | None = None
    missing: str | None = None  # the line lacks what the question needs: needs_review without calling

    def cache_key(self) -> tuple:
        return (self.method, self.path, tuple(sorted((self.params or {}).items())), tuple(sorted((self.json or {}).items())))

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule,
            "service": self.service,
            "method": self.method,
            "path": self.path,
            "params": self.params,
            "json": self.json,
        }


@dataclass
class CheckResult:
    """The answer to one question, as a line outcome with reason and basis."""

    code: str
    rule: str
    service: str
    status: str  # verified | not_reimbursable | pending_verification | needs_review
    reason: str
    basis: list[Citation] = field(default_factory=list)
    answer: dict[str, Any] = field(default_factory=dict)  # the facts of the other service's answer we relied on
    retryable: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule,
            "service": self.service,
            "status": self.status,
            "reason": self.reason,
            "retryable": self.retryable,
            "answer": self.answer,
            "basis": [c.model_dump(mode="json") for c in self.basis],
        }


@dataclass
class LineOutcome:
    line_no: int
    status: str
    reason: str
    checks: list[CheckResult]
    basis: list[Citation]

    def as_dict(self) -> dict[str, Any]:
        return {
            "line_no": self.line_no,
            "status": self.status,
            "reason": self.reason,
            "checks": [c.as_dict() for c in self.checks],
            "basis": [c.model_dump(mode="json") for c in self.basis],
        }


def needs_checks(off_label_use: str | None, regenerative_kind: str | None, inspections_center_id: str | None) -> bool:
    """X1 for an off-label use, X2 for a regenerative kind or a case at a centre known to inspections."""
    return bool(off_label_use or regenerative_kind or inspections_center_id)


def initial_status(off_label_use: str | None, regenerative_kind: str | None, inspections_center_id: str | None) -> str:
    return PENDING if needs_checks(off_label_use, regenerative_kind, inspections_center_id) else NOT_REQUIRED


def questions(f: LineFacts) -> list[Question]:
    """The questions a line needs (X1 to offlabel, X2 to inspections), in a stable order."""
    out: list[Question] = []
    if f.off_label_use:
        missing = None
        if f.eye not in ("right", "left"):
            missing = "offlabel needs the eye (right or left) to find the authorization of an off-label drug line"
        elif not f.off_label_drug:
            missing = "offlabel needs the drug name of the off-label line"
        out.append(
            Question(
                "x1-authorization",
                "X1",
                "offlabel",
                "GET",
                "/offlabel/v1/authorizations",
                params={"patient_national_code": f.national_code, "drug": f.off_label_drug, "eye": f.eye, "date": f.treatment_date.isoformat()},
                missing=missing,
            )
        )
    if f.inspections_center_id:
        params = {"date": f.treatment_date.isoformat()}
        if f.regenerative_kind:
            params["kind"] = f.regenerative_kind
        centre = quote(f.inspections_center_id, safe="")  # an id, never a path: it cannot reach another route through the gateway
        out.append(Question("x2-centre", "X2", "inspections", "GET", f"/inspections/v1/centers/{centre}/status-on", params=params))
    if f.regenerative_kind:
        body: dict[str, Any] = {
            "activity": "treatment",
            "kind": f.regenerative_kind,
            "approval": "irc_code" if f.irc_code else "none",
            "date": f.treatment_date.isoformat(),
        }
        if f.inspections_center_id:
            body["center_id"] = f.inspections_center_id
        out.append(Question("x2-treatment", "X2", "inspections", "POST", "/inspections/v1/permissibility", json=body))
    return out


# ------------------------------------------------------------------ citations


def _letter(registry: RegulationRegistry, key: str, kind: str | None = None) -> Citation:
    """A letter X1/X2 rests on, from the claims rule table (its quote is checked against the registry's text)."""
    return cite(key, kind=kind)


def _citations(raw: Any, service: str) -> list[Citation]:
    """The basis of another service's answer as citations (unknown shapes are skipped, never invented; a citation
    that does not say what it rests on is relayed as that service's reading, never as a source of claims)."""
    out: list[Citation] = []
    for item in raw or []:
        if isinstance(item, dict) and item.get("text"):
            c = relayed(item, service)
            if c is not None:
                out.append(c)
    return out


def _a4(text: str, kind: str = "rule") -> Citation:
    """The X1 / X2 policy (an interpretation resting on the letters, SPEC correction 3)."""
    return cite("X1" if text.startswith("X1") else "X2", text=text, kind=kind)


# ------------------------------------------------------------------ mapping answers (X1)


def x1_outcome(f: LineFacts, answer: dict[str, Any], registry: RegulationRegistry) -> CheckResult:
    """X1: the offlabel answer to `GET /v1/authorizations?patient_national_code=&drug=&eye=&date=` as a line outcome."""
    if not isinstance(answer, dict) or "authorized" not in answer or "authorized_and_covered" not in answer:
        return CheckResult(
            "x1-authorization",
            "X1",
            "offlabel",
            NEEDS_REVIEW,
            "offlabel gave an answer claims does not understand (no 'authorized' field)",
            answer={"raw_keys": sorted(answer)[:20] if isinstance(answer, dict) else None},
        )
    auth = answer.get("authorization") or {}
    day = f"{to_jalali(f.treatment_date)} ({f.treatment_date.isoformat()})"
    facts = {
        "authorized": answer.get("authorized"),
        "covered": answer.get("covered"),
        "authorized_and_covered": answer.get("authorized_and_covered"),
        "authorization_id": auth.get("authorization_id"),
        "valid_from": auth.get("valid_from"),
        "valid_until": auth.get("valid_until"),
        "coverage_decision_id": auth.get("coverage_decision_id"),
        "evaluation_decision_id": auth.get("evaluation_decision_id"),
        "insurer": auth.get("insurer"),
        "reason": answer.get("reason"),
    }
    own = _citations(answer.get("basis"), "offlabel")
    letters = [_letter(registry, "X1.purchasing"), _letter(registry, "X1.guideline")]
    basis = _merge(own, letters) + [_a4(X1_RULE)]
    named = f.offlabel_authorization_id
    if answer.get("authorized_and_covered") is True:
        reason = (
            f"offlabel: authorization {facts['authorization_id']} approved and covered{' by ' + str(facts['insurer']) if facts['insurer'] else ''} on {day}"
        )
        if named and named != facts["authorization_id"]:
            reason += f"; note: the authorization named on the line ({named}) is not the one covering this date"
        return CheckResult("x1-authorization", "X1", "offlabel", VERIFIED, reason, basis, facts)
    if answer.get("authorized") is True and answer.get("covered") is not True and auth.get("covered") is None:
        # approved, the insurer has not decided coverage yet: hold, do not refuse (the periodic retry asks again)
        return CheckResult(
            "x1-authorization",
            "X1",
            "offlabel",
            PENDING,
            f"offlabel: authorization {facts['authorization_id']} is approved but the insurer has not recorded coverage yet; "
            "the amount is held until the coverage decision",
            basis,
            facts,
            retryable=True,
        )
    if answer.get("authorized") is True:
        why = f"offlabel: authorization {facts['authorization_id']} is approved but NOT covered by the insurer"
        if auth.get("coverage_reason"):
            why += f" ({auth.get('coverage_reason')})"
        return CheckResult("x1-authorization", "X1", "offlabel", NOT_REIMBURSABLE, why + f"; not reimbursable (X1, CLM-A4)", basis, facts)
    why = f"offlabel: no approved authorization for this patient, drug '{f.off_label_drug}' and {f.eye} eye covers {day}"
    if named:
        why += f" (the authorization named on the line, {named}, does not)"
    return CheckResult("x1-authorization", "X1", "offlabel", NOT_REIMBURSABLE, why + "; not reimbursable (X1, CLM-A4)", basis, facts)


# ------------------------------------------------------------------ mapping answers (X2)


def x2_centre_outcome(f: LineFacts, answer: dict[str, Any], registry: RegulationRegistry) -> CheckResult:
    """X2: inspections' `GET /v1/centers/{id}/status-on?date=` as a line outcome (closed or suspended -> not reimbursable)."""
    if not isinstance(answer, dict) or "closed" not in answer:
        return CheckResult("x2-centre", "X2", "inspections", NEEDS_REVIEW, "inspections gave an answer claims does not understand (no 'closed' field)")
    act = answer.get("status_act") or {}
    facts = {
        "center_id": answer.get("center_id"),
        "registered": answer.get("registered"),
        "status": answer.get("status"),
        "closed": answer.get("closed"),
        "status_since": answer.get("status_since"),
        "licence_valid": answer.get("licence_valid"),
        "act_type": act.get("act_type"),
        "act_ref": act.get("act_ref"),
        "act_decision_id": act.get("decision_id"),
        "ruleset_version": answer.get("ruleset_version"),
    }
    day = f"{to_jalali(f.treatment_date)} ({f.treatment_date.isoformat()})"
    if answer.get("closed") is True:
        basis = [
            _letter(registry, "X2.enforcement", kind="rule"),
            _a4(X2_RULE),
        ]
        why = (
            f"inspections: centre {f.inspections_center_id} was {answer.get('status')} on {day}"
            f" (since {answer.get('status_since')}, {act.get('act_type') or 'act'} {act.get('act_ref') or ''}".rstrip()
            + ")"
            "; not reimbursable (X2, CLM-A4)"
        )
        return CheckResult("x2-centre", "X2", "inspections", NOT_REIMBURSABLE, why, basis, facts)
    if answer.get("registered") is False:
        return CheckResult(
            "x2-centre",
            "X2",
            "inspections",
            VERIFIED,
            f"inspections: centre {f.inspections_center_id} had no registry status on {day}; it was not recorded as closed",
            [_a4(X2_RULE + " (no closure on record)", kind="note")],
            facts,
        )
    why = f"inspections: centre {f.inspections_center_id} was {answer.get('status')} (not closed) on {day}"
    basis = [_a4(X2_RULE + " (centre open on the date)", kind="note")]
    if answer.get("licence_valid") is False:
        why += "; warning: its operating licence was not valid on that date"
        basis.append(_letter(registry, "X2.enforcement"))
    return CheckResult("x2-centre", "X2", "inspections", VERIFIED, why, basis, facts)


def x2_treatment_outcome(f: LineFacts, answer: dict[str, Any]) -> CheckResult:
    """X2: inspections' `POST /v1/permissibility` (activity treatment) as a line outcome (prohibited -> not reimbursable)."""
    if not isinstance(answer, dict) or "outcome" not in answer:
        return CheckResult("x2-treatment", "X2", "inspections", NEEDS_REVIEW, "inspections gave an answer claims does not understand (no 'outcome' field)")
    facts = {
        "outcome": answer.get("outcome"),
        "permitted": answer.get("permitted"),
        "banned": answer.get("banned"),
        "effective_approval": answer.get("effective_approval"),
        "deciding_rule": answer.get("deciding_rule"),
        "letters_applied": answer.get("letters_applied"),
        "decision_id": answer.get("decision_id"),
        "ruleset_version": answer.get("ruleset_version"),
        "irc_code_on_line": f.irc_code,
    }
    own = _citations(answer.get("basis"), "inspections")
    day = f"{to_jalali(f.treatment_date)} ({f.treatment_date.isoformat()})"
    what = (
        f"{f.regenerative_kind} treatment"
        + (f" with IRC code {f.irc_code}" if f.irc_code else " without an IRC approval")
        + (f" at centre {f.inspections_center_id}" if f.inspections_center_id else "")
    )
    if answer.get("banned") is True or answer.get("outcome") == "prohibited":
        letters = ", ".join(answer.get("letters_applied") or []) or "the letters in force"
        return CheckResult(
            "x2-treatment",
            "X2",
            "inspections",
            NOT_REIMBURSABLE,
            f"inspections: {what} was prohibited on {day} ({letters}); not reimbursable (X2, CLM-A4)",
            own + [_a4(X2_RULE)],
            facts,
        )
    if answer.get("outcome") == "permitted":
        return CheckResult(
            "x2-treatment",
            "X2",
            "inspections",
            VERIFIED,
            f"inspections: {what} was permitted on {day}",
            own + [_a4(X2_RULE + " (treatment permitted)", kind="note")],
            facts,
        )
    if answer.get("outcome") == "not_regulated_by_these_letters":
        return CheckResult(
            "x2-treatment",
            "X2",
            "inspections",
            VERIFIED,
            f"inspections: no letter in force on {day} bans {what} (not regulated by these letters; other law still applies)",
            own + [_a4(X2_RULE + " (not banned by the letters in force)", kind="note")],
            facts,
        )
    return CheckResult("x2-treatment", "X2", "inspections", NEEDS_REVIEW, f"inspections answered an unknown outcome {answer.get('outcome')!r}", own, facts)


# ------------------------------------------------------------------ unanswered questions


def unavailable(q: Question, reason: str, retry_seconds: float | None = None) -> CheckResult:
    """The other service is down, slow or failing: never a decision; the amount is held and the question retried."""
    auto = f"; retried automatically every {retry_seconds:g} s" if retry_seconds else ""
    return CheckResult(
        q.code,
        q.rule,
        q.service,
        PENDING,
        f"{q.service} could not answer ({reason}): {q.rule} not verified yet, the amount is held (not paid, not refused); "
        f"retry with POST /v1/cases/{{id}}/verification{auto}",
        answer={"unavailable": reason},
        retryable=True,
    )


def refused(q: Question, status: int, body: Any) -> CheckResult:
    """The other service refused the question (4xx): the line's data must be corrected; held until then.
    A refused service token (401/403) is not the line's fault: held and retried like an outage."""
    detail = body.get("detail") if isinstance(body, dict) else None
    if status in (401, 403):
        r = unavailable(q, f"answered {status}: claims' service token was not accepted" + (f" ({detail})" if detail else ""))
        r.answer = {"status": status, "detail": detail}
        return r
    return CheckResult(
        q.code,
        q.rule,
        q.service,
        NEEDS_REVIEW,
        f"{q.service} refused the {q.rule} question with {status}"
        + (f": {detail}" if detail else "")
        + "; correct the line (PATCH /v1/cases/{id}) and verify again; the amount is held",
        answer={"status": status, "detail": detail, "errors": body.get("errors") if isinstance(body, dict) else None},
    )


def incomplete(q: Question) -> CheckResult:
    return CheckResult(
        q.code, q.rule, q.service, NEEDS_REVIEW, f"{q.missing}; correct the line (PATCH /v1/cases/{{id}}); the amount is held", answer={"missing": q.missing}
    )


def map_answer(q: Question, f: LineFacts, answer: Any, registry: RegulationRegistry) -> CheckResult:
    if q.code == "x1-authorization":
        return x1_outcome(f, answer, registry)
    if q.code == "x2-centre":
        return x2_centre_outcome(f, answer, registry)
    return x2_treatment_outcome(f, answer)


# ------------------------------------------------------------------ combining


def _merge(*lists: list[Citation]) -> list[Citation]:
    seen, out = set(), []
    for lst in lists:
        for c in lst:
            key = (c.number, c.clause, c.text, c.kind)
            if key not in seen:
                seen.add(key)
                out.append(c)
    return out


def combine(line_no: int, checks: list[CheckResult]) -> LineOutcome:
    """A line's outcome from its checks: a confirmed 'no' decides (X1 or X2 alone suffices); otherwise anything
    unanswered holds the line; otherwise it is verified."""
    if not checks:
        return LineOutcome(line_no, NOT_REQUIRED, "no cross-service check needed", [], [])
    for status in (NOT_REIMBURSABLE, PENDING, NEEDS_REVIEW):
        deciding = [c for c in checks if c.status == status]
        if deciding:
            return LineOutcome(line_no, status, "; ".join(c.reason for c in deciding), checks, _merge(*[c.basis for c in deciding]))
    return LineOutcome(line_no, VERIFIED, "; ".join(c.reason for c in checks), checks, _merge(*[c.basis for c in checks]))
