"""Insurers record coverage on approved requests (OFL-I): strategic purchasing on the basis of the guideline."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import NotFound
from shared.jalali import now_tehran
from shared.provenance import Citation
from shared.text import normalize

from offlabel.coverage.models import CoverageDecision
from offlabel.coverage.schemas import CoverageIn
from offlabel.requests.models import OffLabelRequest
from offlabel.requests.rules import INSTRUCTION_DATE, INSTRUCTION_NUMBER, RULES_VERSION
from offlabel.requests.service import WrongState, enrich_basis


def coverage_basis(row: OffLabelRequest, state: Any) -> list[dict[str, Any]]:
    """400/7515 and the approving letter: insurers purchase strategically on the basis of approved guidelines."""
    cites = [
        Citation(number=INSTRUCTION_NUMBER, date=INSTRUCTION_DATE, clause="strategic-purchasing",
                 text="Insurers purchase services strategically on the basis of approved instructions and clinical guidelines"),
    ]
    approval = next((b for b in row.evaluation.get("basis") or [] if str(b.get("clause") or "").endswith(":approval")), None)
    if approval is not None:
        cites.append(Citation(
            number=approval["number"], date=approval.get("date"), clause=f"{row.guideline_code}@v{row.guideline_version}:insurers",
            text=f"Insurers buy services strategically on the basis of the approved guideline; request approved under it (decision {row.decision_id})",
        ))
    return enrich_basis(cites, state.registry)


def record_coverage(session: Session, state: Any, row: OffLabelRequest, body: CoverageIn, actor: Actor) -> OffLabelRequest:
    """Only the patient's insurer, only on an approved request; every decision is a decision record (OFL-I)."""
    if actor.role != "insurer" or not actor.org or row.insurer != actor.org:
        raise NotFound(f"No off-label request {row.id}.")
    if row.status != "approved":
        raise WrongState(
            f"Coverage is recorded only on approved requests; this one is {row.status}.",
            detail_fa="پوشش فقط برای درخواست تأییدشده ثبت می‌شود.",
            current_status=row.status,
        )
    now = now_tehran()
    reason = normalize(body.reason)
    outcome = "covered" if body.covered else "not_covered"
    rec = record_decision(
        session,
        kind="offlabel.coverage",
        subject_type="offlabel_request",
        subject_id=row.id,
        inputs={"request_id": row.id, "insurer": actor.org, "covered": body.covered, "reason": reason,
                "evaluation_decision_id": row.decision_id, "previous": row.coverage_status},
        outcome={"coverage": outcome, "reason": reason},
        basis=coverage_basis(row, state),
        ruleset_version=RULES_VERSION + "/coverage",
        actor=actor,
    )
    session.add(CoverageDecision(request_id=row.id, insurer=actor.org, covered=body.covered, reason=reason,
                                 decision_id=rec.decision_id, actor_sub=actor.sub, created_at=now))
    row.coverage_status, row.coverage_reason, row.coverage_decision_id, row.coverage_at = outcome, reason, rec.decision_id, now
    row.version += 1
    row.updated_at = now
    session.flush()
    return row
