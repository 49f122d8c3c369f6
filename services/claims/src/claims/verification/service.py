"""SPEC X1/X2 verification: ask offlabel and inspections through the gateway, then apply the answers.

Three steps, so that no database row lock is held while another service is asked (up to the
client's 3-second timeout per call):
  1. plan()   from the case and its lines as read (no lock): the questions each line needs;
  2. ask()    the calls through the gateway with the service token (no database access);
  3. apply()  under the case's row lock, after the caller re-checked the version: line states,
              one decision record per line result, and the CLM-A4 re-assessment when the case has one.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from claims.agencies.models import Agency, AssessmentRuleSet
from claims.agencies.service import current_rule_data, rule_data_of
from claims.assessment.rules import RuleData
from claims.cases.models import Case, CaseLine
from claims.citations import cite
from claims.common import ruleset_version
from claims.verification import rules as vr
from shared.app import gateway_client
from shared.auth import Actor
from shared.decisions import record_decision
from shared.interservice import DependencyRefused, DependencyUnavailable
from shared.jalali import TEHRAN, now_tehran

log = logging.getLogger("claims.verification")

SCOPES = ("held", "all")
FINAL_STATES = ("approved",)
PERIODIC_ACTOR = Actor(sub="service:claims:verification-retry", role="service", org="claims")


@dataclass(frozen=True)
class PlannedLine:
    line_no: int
    facts: vr.LineFacts
    questions: tuple[vr.Question, ...]


def facts_of(case: Case, ln: CaseLine) -> vr.LineFacts:
    return vr.LineFacts(
        line_no=ln.line_no,
        national_code=case.national_code,
        treatment_date=ln.treatment_date or case.admission_date,
        off_label_use=ln.off_label_use,
        off_label_drug=ln.off_label_drug,
        eye=ln.eye,
        offlabel_authorization_id=ln.offlabel_authorization_id,
        regenerative_kind=ln.regenerative_kind,
        irc_code=ln.irc_code,
        inspections_center_id=case.inspections_center_id,
    )


def lines_of(session: Session, case: Case) -> list[CaseLine]:
    return list(session.scalars(select(CaseLine).where(CaseLine.case_id == case.id).order_by(CaseLine.line_no)).all())


def plan(case: Case, lines: list[CaseLine], scope: str = "all") -> list[PlannedLine]:
    """The lines to verify: every line that needs a question ('all', e.g. at assessment) or only the held ones ('held')."""
    out = []
    for ln in lines:
        if not vr.needs_checks(ln.off_label_use, ln.regenerative_kind, case.inspections_center_id):
            continue
        if scope == "held" and ln.verification_status not in vr.HELD:
            continue
        f = facts_of(case, ln)
        out.append(PlannedLine(ln.line_no, f, tuple(vr.questions(f))))
    return out


def ask(app, planned: list[PlannedLine]) -> dict[int, vr.LineOutcome]:
    """Ask the other services (through the gateway, service token, 3 s timeout per call). No database access here.

    The same question (e.g. one centre on one date for several lines) is asked once per run.
    """
    client = gateway_client(app)
    registry = app.state.registry
    retry = getattr(app.state.settings, "verification_retry_seconds", None)
    answers: dict[tuple, tuple[str, Any]] = {}
    down: dict[str, str] = {}  # a service found down in this run is not asked again (no 3 s wait per line)
    out: dict[int, vr.LineOutcome] = {}
    for p in planned:
        results = []
        for q in p.questions:
            if q.missing:
                results.append(vr.incomplete(q))
                continue
            key = q.cache_key()
            if key not in answers:
                if q.service in down:
                    answers[key] = ("unavailable", down[q.service])
                else:
                    try:
                        if q.method == "GET":
                            answers[key] = ("ok", client.get(q.path, service=q.service, params=q.params))
                        else:
                            answers[key] = ("ok", client.post(q.path, service=q.service, json=q.json))
                    except DependencyUnavailable as exc:
                        down[q.service] = exc.reason
                        answers[key] = ("unavailable", exc.reason)
                    except DependencyRefused as exc:
                        answers[key] = ("refused", (exc.status, exc.body))
            kind, value = answers[key]
            if kind == "ok":
                results.append(vr.map_answer(q, p.facts, value, registry))
            elif kind == "unavailable":
                results.append(vr.unavailable(q, value, retry))
            else:
                results.append(vr.refused(q, *value))
        out[p.line_no] = vr.combine(p.line_no, results)
    return out


def _rule_data_for(session: Session, case: Case, agency: Agency) -> RuleData:
    """The rule data the case was assessed with (a re-assessment after verification keeps it), else the current one."""
    from claims.reference import default_rule_data

    if case.rule_data_version:
        row = session.get(AssessmentRuleSet, case.rule_data_version)
        if row is not None:
            return rule_data_of(row)
        d = default_rule_data()
        if d.version == case.rule_data_version:
            return d
    return current_rule_data(session, agency.review_office_code)


def apply(
    session: Session,
    app,
    actor: Actor | None,
    case: Case,
    planned: list[PlannedLine],
    outcomes: dict[int, vr.LineOutcome],
    trigger: str,
    now: dt.datetime | None = None,
    *,
    reassess: bool = True,
) -> dict[str, Any]:
    """Store the answers on the lines (the caller holds the case's row lock and checked its version).

    Every result is a decision record (`claims.line.verification`), except a periodic retry that got the same
    answer as last time (the attempt is counted, the chain is not flooded every 30 s)."""
    now = (now or now_tehran()).astimezone(TEHRAN)
    lines = {ln.line_no: ln for ln in lines_of(session, case)}
    changed, results = [], []
    for p in planned:
        ln = lines.get(p.line_no)
        outcome = outcomes.get(p.line_no)
        if ln is None or outcome is None or facts_of(case, ln) != p.facts:
            continue  # the line changed since the questions were asked: its answers do not apply
        previous = (ln.verification_status, (ln.verification or {}).get("reason"))
        ln.verification_attempts = (ln.verification_attempts or 0) + 1
        ln.verification_checked_at = now
        same = previous == (outcome.status, outcome.reason)
        view = outcome.as_dict()
        decision_id = (ln.verification or {}).get("decision_id")
        if not (same and trigger == "periodic"):
            basis = outcome.basis or [cite("X1" if p.facts.off_label_use else "X2", kind="note")]
            rec = record_decision(
                session,
                kind="claims.line.verification",
                subject_type="case",
                subject_id=case.id,
                inputs={"line_no": p.line_no, "trigger": trigger, "questions": [q.as_dict() | {"params": _masked(q.params)} for q in p.questions]},
                outcome={
                    "line_no": p.line_no,
                    "status": outcome.status,
                    "previous_status": previous[0],
                    "reason": outcome.reason,
                    "checks": [{k: v for k, v in c.items() if k != "basis"} for c in view["checks"]],
                },
                basis=basis,
                ruleset_version=ruleset_version(app),
                actor=actor,
            )
            decision_id = rec.decision_id
        ln.verification = {
            "status": outcome.status,
            "reason": outcome.reason,
            "held": outcome.status in vr.HELD,
            "retryable": any(c.retryable for c in outcome.checks),
            "trigger": trigger,
            "checks": view["checks"],
            "basis": view["basis"],
            "decision_id": decision_id,
        }
        if ln.verification_status != outcome.status:
            changed.append(p.line_no)
        ln.verification_status = outcome.status
        results.append({"line_no": p.line_no, "status": outcome.status, "previous_status": previous[0], "reason": outcome.reason, "decision_id": decision_id})
    session.flush()
    reassessment = None
    if reassess and changed and case.assessment is not None:
        from claims.cases.service import compute_assessment

        agency = session.get(Agency, case.agency_code)
        body = compute_assessment(
            session, app, actor, case, _rule_data_for(session, case, agency), kind="claims.case.reassessment", trigger=f"verification:{trigger}"
        )
        reassessment = {
            "decision_id": body["decision_id"],
            "reimbursable_rials": body["reimbursable_rials"],
            "pending_verification_rials": body["pending_verification_rials"],
            "not_reimbursable_rials": body["not_reimbursable_rials"],
        }
    if changed:
        # a line's state changed (and so the amounts): a new version of the case. A retry that got the same state
        # only counts the attempt, so the users' ETags do not go stale every retry round.
        case.version += 1
        session.flush()
    return {"lines": results, "changed_lines": changed, "reassessment": reassessment}


def _masked(params: dict[str, Any] | None) -> dict[str, Any] | None:
    """The patient's national code is not copied into the decision inputs in full."""
    if not params:
        return params
    out = dict(params)
    nc = out.get("patient_national_code")
    if nc:
        out["patient_national_code"] = f"{nc[:3]}****{nc[-3:]}"
    return out


# ------------------------------------------------------------------ periodic retry


def retry_pending_verifications(app, factory: sessionmaker | None = None, batch: int | None = None) -> int:
    """Periodic task (create_service_app `periodic`): re-verify lines still pending_verification after at least one
    attempt, a batch of cases at a time, oldest attempt first. Sessions come from the engine (never the request-scoped factory, which tests
    rebind); each case is its own transaction. Returns how many cases were retried."""
    factory = factory or sessionmaker(app.state.engine, expire_on_commit=False)
    batch = batch or int(getattr(app.state.settings, "verification_batch_size", 50))
    with factory() as session:
        rows = session.execute(
            select(CaseLine.case_id)
            .join(Case, Case.id == CaseLine.case_id)
            # lines asked at least once (a line never asked waits for the assessment, which asks every line afresh)
            .where(CaseLine.verification_status == vr.PENDING, CaseLine.verification_attempts > 0, Case.state.not_in(FINAL_STATES))
            .group_by(CaseLine.case_id)
            .order_by(_oldest_attempt())
            .limit(batch)
        ).all()
        case_ids = [r[0] for r in rows]
    done = 0
    for case_id in case_ids:
        try:
            with factory() as session:
                if retry_case(session, app, case_id):
                    done += 1
                session.commit()
        except Exception:  # one bad case must not stop the batch; logged, retried next round
            log.exception("verification retry of case %s failed", case_id)
    return done


def _oldest_attempt():
    from sqlalchemy import func

    return func.min(func.coalesce(CaseLine.verification_checked_at, dt.datetime(1970, 1, 1, tzinfo=dt.UTC)))


def retry_case(session: Session, app, case_id: str) -> bool:
    """One periodic retry of one case's pending lines (no lock while asking; the answers apply only if the case is unchanged)."""
    case = session.get(Case, case_id)
    if case is None or case.state in FINAL_STATES:
        return False
    version = case.version
    planned = [p for p in plan(case, lines_of(session, case), "held")]
    planned = [p for p in planned if _status(session, case.id, p.line_no) == (vr.PENDING, True)]
    if not planned:
        return False
    session.rollback()  # end the read transaction: nothing is held while the other services are asked
    outcomes = ask(app, planned)
    case = session.execute(select(Case).where(Case.id == case_id).with_for_update().execution_options(populate_existing=True)).scalar_one_or_none()
    if case is None or case.version != version or case.state in FINAL_STATES:
        return False  # changed meanwhile (a user verified, corrected or approved): next round
    apply(session, app, PERIODIC_ACTOR, case, planned, outcomes, "periodic")
    return True


def _status(session: Session, case_id: str, line_no: int) -> tuple[str, bool] | None:
    row = session.execute(
        select(CaseLine.verification_status, CaseLine.verification_attempts).where(CaseLine.case_id == case_id, CaseLine.line_no == line_no)
    ).first()
    return (row[0], bool(row[1])) if row else None
