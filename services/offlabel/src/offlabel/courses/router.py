"""Administration routes (OFL-R-COURSE): the physician records each administration, or claims verifies one."""

from __future__ import annotations

from fastapi import APIRouter, Path

from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep

from offlabel.courses import service
from offlabel.courses.schemas import AdministrationIn

router = APIRouter(tags=["courses"])

Recorder = Roles("physician", "service", "admin")


@router.post(
    "/v1/requests/{request_id}/administrations",
    status_code=201,
    summary="Record one administration under an approved course (the filing physician, or claims with a service token)",
    responses=problem_responses(401, 403, 404, 409, 422),
)
def record_administration(body: AdministrationIn, session: SessionDep, actor: Recorder, idem: IdempotencyDep,
                          request_id: str = Path(max_length=36)):
    if idem.replay:
        return idem.replay
    return idem.respond(session, service.record(session, request_id, body, actor), 201)
