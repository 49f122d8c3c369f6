"""Violations and enforcement actions: closure (sealing), seizure (inventory), referral; states ordered/executed/lifted/concluded."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import Request, Response

from inspections.access import Enforcer, Reader, university_scope
from inspections.enforcement import service
from inspections.enforcement.schemas import EnforcementAction, EnforcementActionIn, EnforcementTransitionIn, ViolationDetail, ViolationList
from shared.contract import with_etag_header
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag
from shared.pagination import offset_page
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["enforcement"])


@router.get("/violations", response_model=ViolationList, responses=problem_responses(401, 403, 422))
def list_violations(
    session: SessionDep,
    actor: Reader,
    page: offset_page(200, 200),
    center_id: str | None = None,
    state: Literal["open", "actioned", "resolved"] | None = None,
) -> Any:
    """Violations visible to the caller (a university role: its own university only), newest first (`detected_on`, then
    `id`, both descending); at most 200 a page. Follow `next` as `cursor`; `total` is counted up to 1,000 (`total_capped`)."""
    total, rows, nxt = service.list_violations(session, university_scope(actor), center_id, state, page)
    return ViolationList.of([service.violation_view(v) for v in rows], total, page, nxt)


@router.get("/violations/{violation_id}", response_model=ViolationDetail, responses={**problem_responses(401, 403, 404), **with_etag_header(200)})
def get_violation(violation_id: str, response: Response, session: SessionDep, actor: Reader) -> Any:
    """One violation with every action ordered against it."""
    v = service.get_violation(session, university_scope(actor), violation_id)
    with_etag(response, v.version)
    return {**service.violation_view(v), "actions": [service.action_view(a) for a in service.actions_of(session, v.id)]}


@router.post(
    "/violations/{violation_id}/actions",
    status_code=201,
    response_model=EnforcementAction,
    responses={**problem_responses(401, 403, 404, 409, 422), **with_etag_header(201, location=True)},
)
def order_enforcement_action(violation_id: str, body: EnforcementActionIn, request: Request, session: SessionDep, actor: Enforcer, idem: IdempotencyDep) -> Any:
    """Order an action against a violation (letter 400/10262/د): closure, seizure or referral.

    A closure closes the centre at once (409 `wrong-state` when it is already closed); a seizure lists the
    inventory; a referral names the body. A resolved violation takes no new action (409 `wrong-state`).
    """
    if idem.replay:
        return idem.replay
    v = service.get_violation(session, university_scope(actor), violation_id)
    action = service.order_action(session, request.app.state.registry, actor, v, body)
    return idem.respond(session, service.action_view(action), 201, headers={"ETag": etag_of(action.version), "Location": f"/v1/actions/{action.id}"})


@router.get("/actions/{action_id}", response_model=EnforcementAction, responses={**problem_responses(401, 403, 404), **with_etag_header(200)})
def get_enforcement_action(action_id: str, response: Response, session: SessionDep, actor: Reader) -> Any:
    """One enforcement action and its history; the ETag is what If-Match needs to move it."""
    a = service.get_action(session, university_scope(actor), action_id)
    with_etag(response, a.version)
    return service.action_view(a)


@router.post("/actions/{action_id}/transitions", response_model=EnforcementAction, responses=problem_responses(401, 403, 404, 409, 412, 422, 428))
def transition_enforcement_action(
    action_id: str, body: EnforcementTransitionIn, request: Request, response: Response, session: SessionDep, actor: Enforcer, if_match: IfMatch
) -> Any:
    """Move an action: executed (sealed / seized / sent), lifted (needs the decision; a lifted closure reopens the centre), concluded.

    A move the action's type does not allow from its state is 409 `wrong-state` with `allowed` listing the
    states it may move to. Concluding the last open action of a violation resolves the violation.
    """
    a = service.get_action(session, university_scope(actor), action_id)
    check_if_match(if_match, a.version)
    service.transition(session, request.app.state.registry, actor, a, body)
    with_etag(response, a.version)
    return service.action_view(a)
