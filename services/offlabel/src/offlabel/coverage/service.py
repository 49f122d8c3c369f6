"""Insurers record coverage on approved requests (OFL-I): strategic purchasing on the basis of the guideline."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from offlabel import basis
from offlabel.coverage.models import CoverageDecision
from offlabel.coverage.schemas import CoverageIn
from offlabel.requests.models import OffLabelRequest
from offlabel.requests.rules import RULES_VERSION
from offlabel.requests.service import WrongState, enrich_basis
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import NotFound
from shared.jalali import now_tehran
from shared.text import normalize


def coverage_basis(row: OffLabelRequest, state: Any) -> list[dict[str, Any]]:
    """OFL-I: what the letters say (insurers purchase strategically on approved guidelines, quoted from both),
    the guideline's approval as the evaluation cited it, and the insurer's own policy as configuration."""
    cites = [basis.purchasing(), basis.purchasing(basis.GUIDELINE_LETTER, None)]
    out = enrich_basis(cites, state.registry)
    out += [b for b in row.evaluation.get("basis") or [] if b.get("rule_id") == "OFL-G-APPROVAL"]
    policy = (row.evaluation.get("coverage_policy") or {}).get("basis") or []
    insurer = state.insurers.get(row.insurer or "")
    if insurer is not None and row.guideline_code:
        policy = [basis.insurer_policy(insurer, insurer.policy_for(row.guideline_code), row.guideline_code).model_dump(mode="json")]
    return out + policy


def record_coverage(session: Session, state: Any, row: OffLabelRequest, body: CoverageIn, actor: Actor) -> OffLabelRequest:
    """Only the patient's insurer, only on an approved request; every decision is a decision record (OFL-I)."""
    if actor.role != "insurer" or not actor.org or row.insurer != actor.org:
        raise NotFound(f"No off-label request {row.id}.", detail_fa="درخواست یافت نشد.")
    if row.status != "approved":
        raise WrongState(
            f"Coverage is recorded only on approved requests; this one is {row.status}.",
            detail_fa="پوشش فقط برای درخواست تأییدشده ثبت می‌شود.",
            current_status=row.status,
        )
    now = now_tehran()
    reason = normalize(body.reason)
    outcome = "covered" if body.covered else "not_covered"
    cover_basis = coverage_basis(row, state)
    policy = row.evaluation.get("coverage_policy") or {}
    says = policy.get("policy_covers_indication")
    differs = says is not None and says != body.covered
    if differs:
        # OFL-I-POLICY: the decision is the insurer's; the record says when it departs from the policy entered for it
        cover_basis.append(
            {
                **cover_basis[-1],
                "kind": "warning",
                "text": f"This decision ({outcome}) differs from the coverage policy entered for {row.insurer} "
                f"({'covers' if says else 'does not cover'} {', '.join(row.evaluation.get('matched_indications') or [])})",
                "text_fa": "این تصمیم با سیاست پوشش ثبت‌شده برای بیمه‌گر متفاوت است",
            }
        )
    rec = record_decision(
        session,
        kind="offlabel.coverage",
        subject_type="offlabel_request",
        subject_id=row.id,
        inputs={
            "request_id": row.id,
            "insurer": actor.org,
            "covered": body.covered,
            "reason": reason,
            "evaluation_decision_id": row.decision_id,
            "previous": row.coverage_status,
        },
        outcome={"coverage": outcome, "reason": reason, "policy_covers_indication": says, "differs_from_policy": differs},
        basis=cover_basis,
        ruleset_version=RULES_VERSION + "/coverage",
        actor=actor,
    )
    session.add(
        CoverageDecision(
            request_id=row.id, insurer=actor.org, covered=body.covered, reason=reason, decision_id=rec.decision_id, actor_sub=actor.sub, created_at=now
        )
    )
    row.coverage_status, row.coverage_reason, row.coverage_decision_id, row.coverage_at = outcome, reason, rec.decision_id, now
    row.evaluation = {**row.evaluation, "coverage_basis": cover_basis}
    row.version += 1
    row.updated_at = now
    session.flush()
    return row
