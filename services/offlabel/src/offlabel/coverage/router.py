"""Coverage route (OFL-I): the patient's insurer records covered / not covered on an approved request."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Request

from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of

from offlabel.coverage import service
from offlabel.coverage.schemas import CoverageIn
from offlabel.requests.service import request_view, visible_request

router = APIRouter(tags=["coverage"])

Insurer = Roles("insurer")


@router.get("/v1/insurers", summary="Insurers that record coverage decisions (data)")
def list_insurers(request: Request) -> dict[str, Any]:
    return {"items": [i.model_dump() for i in request.app.state.insurers.values()]}


@router.post(
    "/v1/requests/{request_id}/coverage",
    summary="Record covered / not covered with a reason on an approved request (the patient's insurer; If-Match)",
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
)
def record_coverage(
    body: CoverageIn, request: Request, session: SessionDep, actor: Insurer, if_match: IfMatch, idem: IdempotencyDep,
    request_id: str = Path(max_length=36),
):
    if idem.replay:
        return idem.replay
    row = visible_request(session, request_id, actor, for_update=True)
    check_if_match(if_match, row.version)
    row = service.record_coverage(session, request.app.state, row, body, actor)
    return idem.respond(session, request_view(row), 200, headers={"ETag": etag_of(row.version)})
