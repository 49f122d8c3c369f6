"""Administration routes (OFL-R-COURSE): the physician records each administration, or claims verifies one."""

from __future__ import annotations

from fastapi import Path

from offlabel.courses import service
from offlabel.courses.schemas import AdministrationIn, RecordedAdministration
from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep
from shared.routing import ServiceRouter

router = ServiceRouter(tags=["courses"])

Recorder = Roles("physician", "service", "admin")


@router.post(
    "/v1/requests/{request_id}/administrations",
    status_code=201,
    summary="Record one administration under an approved course (the filing physician, or claims with a service token)",
    response_model=RecordedAdministration,
    responses=problem_responses(401, 403, 404, 409, 422),
)
def record_administration(
    body: AdministrationIn, session: SessionDep, actor: Recorder, idem: IdempotencyDep, request_id: str = Path(max_length=36, description="the request id")
):
    """Record that the drug was given on `date` under an approved request. It is recorded even outside the course (the patient's
    history counts it); the answer says whether the course covers it (`administration.covered`, its number in the course).
    A request that is not approved is 409 `wrong-state`; a second administration on the same day under the same approval is
    409 `conflict`; another physician's request is 404."""
    if idem.replay:
        return idem.replay
    return idem.respond(session, service.record(session, request_id, body, actor), 201)
