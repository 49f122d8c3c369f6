"""POST /v1/export-permits (CUS-6.4), GET one (ETag), actions (If-Match)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag

from customs.declarations.schemas import ActionIn
from customs.exports import service
from customs.exports.schemas import ExportPermitIn

router = APIRouter(prefix="/v1/export-permits", tags=["export permits"])
READERS = ("customs_officer", "traveller", "gio_expert", "gio_head", "dpna_dg", "admin")


@router.post("", status_code=201, summary="Apply to send medicines abroad (form FRM-DPNA-GIO-057 + prescription)", responses=problem_responses(401, 403, 409, 413, 422))
def create_permit(body: ExportPermitIn, request: Request, session: SessionDep, actor: Roles("traveller", "customs_officer", "gio_expert", "admin"), idem: IdempotencyDep) -> Response:
    if idem.replay:
        return idem.replay
    p, decision_id = service.create(session, request.app, body, actor)
    return idem.respond(session, service.view(p, decision_id), 201, headers={"ETag": etag_of(p.version), "Location": f"/v1/export-permits/{p.id}"})


@router.get("/{permit_id}", summary="One export-permit application with its evaluation (ETag)", responses=problem_responses(401, 403, 404))
def get_permit(permit_id: str, response: Response, session: SessionDep, actor: Roles(*READERS)) -> dict[str, Any]:
    p = service.get_visible(session, permit_id, actor)
    with_etag(response, p.version)
    return service.view(p)


@router.post("/{permit_id}/actions", summary="expert_review, head_approval, dg_release or refuse (If-Match required)", responses=problem_responses(401, 403, 404, 409, 412, 422, 428))
def act(permit_id: str, body: ActionIn, request: Request, session: SessionDep, actor: Roles(*READERS), if_match: IfMatch, idem: IdempotencyDep) -> Response:
    if idem.replay:
        return idem.replay
    p = service.get_visible(session, permit_id, actor, lock=True)
    check_if_match(if_match, p.version)
    p, decision_id = service.apply_action(session, request.app, p, body, actor)
    return idem.respond(session, service.view(p, decision_id), 200, headers={"ETag": etag_of(p.version)})
