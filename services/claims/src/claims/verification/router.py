"""SPEC X1/X2: retry the cross-service verification of a case's lines (user side; the periodic retry is in service.py)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Body, Request

from claims.cases import service as cases
from claims.common import NowDep, WrongState
from claims.verification import service
from claims.verification.schemas import VerificationIn, VerificationRun
from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import PreconditionFailed, problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["verification"])

Verifier = Roles("agency_staff", "review_office", "admin", "service")


@router.post("/cases/{case_id}/verification", response_model=VerificationRun, responses=problem_responses(401, 403, 404, 409, 412, 422))
def verify_case_lines(
    case_id: str,
    request: Request,
    session: SessionDep,
    actor: Verifier,
    if_match: IfMatch,
    idem: IdempotencyDep,
    now: NowDep,
    body: Annotated[VerificationIn | None, Body(examples=[{"scope": "held"}])] = None,
):
    """SPEC X1/X2: ask offlabel / inspections again (through the gateway) for the held lines (or every checked line, scope=all).

    `If-Match` is optional here (checked when given: 412 if stale); `Idempotency-Key` replays the stored answer.
    A service still down leaves its lines `pending_verification` with the reason; nothing is paid or refused on a guess.
    """
    if idem.replay:
        return idem.replay
    scope = (body or VerificationIn()).scope
    out = run(session, request, actor, case_id, if_match, scope, "user", now)
    return idem.respond(session, VerificationRun.model_validate(out), 200, headers={"ETag": etag_of(out["version"])})


def run(session, request: Request, actor, case_id: str, if_match: str | None, scope: str, trigger: str, now, *, required: bool = False) -> dict:
    """Plan (no lock), ask (no transaction open), then apply under the row lock if the case did not change meanwhile."""
    case, agency = cases.case_for(session, actor, case_id)
    check_if_match(if_match, case.version, required=required)
    if case.state in service.FINAL_STATES:
        raise WrongState(
            f"A case in state '{case.state}' is final; its lines are no longer verified.",
            detail_fa=f"پرونده در وضعیت نهایی «{case.state}» است؛ اقلام آن دیگر استعلام نمی‌شوند.",
            state=case.state,
        )
    version = case.version
    planned = service.plan(case, service.lines_of(session, case), scope)
    session.rollback()  # nothing written yet: end the read transaction, so no lock or connection is held while waiting
    outcomes = service.ask(request.app, planned) if planned else {}
    case, agency = cases.case_for(session, actor, case_id, lock=True)
    if case.version != version:
        raise PreconditionFailed(
            f"The case changed while offlabel / inspections were asked (version {version} -> {case.version}); read it again and retry.",
            detail_fa="پرونده در حین استعلام از سامانه‌های دیگر تغییر کرد؛ دوباره بخوانید و تکرار کنید.",
            current_etag=etag_of(case.version),
        )
    applied = service.apply(session, request.app, actor, case, planned, outcomes, trigger, now)
    lines = service.lines_of(session, case)
    return {
        "case_id": case.id,
        "state": case.state,
        "version": case.version,
        "scope": scope,
        "checked_lines": [p.line_no for p in planned],
        **applied,
        "verification": cases.verification_summary(lines),
        "reimbursable_rials": case.reimbursable_rials,
        "pending_verification_rials": (case.assessment or {}).get("pending_verification_rials"),
        "not_reimbursable_rials": (case.assessment or {}).get("not_reimbursable_rials"),
    }
