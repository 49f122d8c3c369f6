"""Violations and enforcement actions: closure (sealing), seizure (inventory), referral; states ordered/executed/lifted/concluded."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request, Response

from inspections.access import Enforcer, Reader, university_scope
from inspections.enforcement import service
from inspections.enforcement.schemas import ActionIn, TransitionIn
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag

router = APIRouter(prefix="/v1", tags=["enforcement"])


@router.get("/violations", responses=problem_responses(401, 403, 422))
def list_violations(session: SessionDep, actor: Reader, center_id: str | None = None, state: Literal["open", "actioned", "resolved"] | None = None) -> dict[str, Any]:
    """Violations visible to the caller (at most 200, newest first)."""
    return {"items": [service.violation_view(v) for v in service.list_violations(session, university_scope(actor), center_id, state)]}


@router.get("/violations/{violation_id}", responses=problem_responses(401, 403, 404))
def get_violation(violation_id: str, response: Response, session: SessionDep, actor: Reader) -> dict[str, Any]:
    v = service.get_violation(session, university_scope(actor), violation_id)
    with_etag(response, v.version)
    return {**service.violation_view(v), "actions": [service.action_view(a) for a in service.actions_of(session, v.id)]}


@router.post("/violations/{violation_id}/actions", status_code=201, responses=problem_responses(401, 403, 404, 409, 422))
def order_action(violation_id: str, body: ActionIn, request: Request, session: SessionDep, actor: Enforcer, idem: IdempotencyDep) -> Any:
    """Order an action against a violation (letter 400/10262/د): closure closes the centre at once; seizure lists the inventory."""
    if idem.replay:
        return idem.replay
    v = service.get_violation(session, university_scope(actor), violation_id)
    action = service.order_action(session, request.app.state.registry, actor, v, body)
    return idem.respond(session, service.action_view(action), 201, headers={"ETag": etag_of(action.version), "Location": f"/v1/actions/{action.id}"})


@router.get("/actions/{action_id}", responses=problem_responses(401, 403, 404))
def get_action(action_id: str, response: Response, session: SessionDep, actor: Reader) -> dict[str, Any]:
    a = service.get_action(session, university_scope(actor), action_id)
    with_etag(response, a.version)
    return service.action_view(a)


@router.post("/actions/{action_id}/transitions", responses=problem_responses(401, 403, 404, 409, 412, 422, 428))
def transition(action_id: str, body: TransitionIn, request: Request, response: Response, session: SessionDep, actor: Enforcer, if_match: IfMatch) -> dict[str, Any]:
    """Move an action: executed (sealed / seized / sent), lifted (needs the decision; a lifted closure reopens the centre), concluded."""
    a = service.get_action(session, university_scope(actor), action_id)
    check_if_match(if_match, a.version)
    service.transition(session, request.app.state.registry, actor, a, body)
    with_etag(response, a.version)
    return service.action_view(a)
