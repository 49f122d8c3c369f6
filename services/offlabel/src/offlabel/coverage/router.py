"""Coverage route (OFL-I): the patient's insurer records covered / not covered on an approved request."""

from __future__ import annotations

from fastapi import Path, Request

from offlabel.coverage import service
from offlabel.coverage.schemas import CoverageIn, InsurerDirectory
from offlabel.requests.schemas import OffLabelRequestDetail
from offlabel.requests.service import request_view, visible_request
from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of
from shared.routing import ServiceRouter

router = ServiceRouter(tags=["coverage"])

Insurer = Roles("insurer")


@router.get("/v1/insurers", summary="Insurers that record coverage decisions (data)", response_model=InsurerDirectory)
def list_insurers(request: Request) -> dict:
    """The insurers a request may name (`insurer`) and each one's coverage policy per guideline, as entered
    (`confirmed: false` while nobody has confirmed the figures: a decision resting on them is provisional)."""
    return {"items": [i.model_dump() for i in request.app.state.insurers.values()]}


@router.post(
    "/v1/requests/{request_id}/coverage",
    summary="Record covered / not covered with a reason on an approved request (the patient's insurer; If-Match)",
    response_model=OffLabelRequestDetail,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
)
def record_coverage(
    body: CoverageIn,
    request: Request,
    session: SessionDep,
    actor: Insurer,
    if_match: IfMatch,
    idem: IdempotencyDep,
    request_id: str = Path(max_length=36, description="the request id"),
):
    """The patient's insurer (the token's `org` is the request's `insurer`) records whether it covers an approved request, with
    a reason either way; a later decision replaces the earlier one and each is a decision record. Another insurer's request is
    404; a request that is not approved is 409 `wrong-state`. A decision that departs from the insurer's entered policy is
    recorded with a warning in its basis. The answer is the request, version bumped."""
    if idem.replay:
        return idem.replay
    row = visible_request(session, request_id, actor, for_update=True)
    check_if_match(if_match, row.version)
    row = service.record_coverage(session, request.app.state, row, body, actor)
    return idem.respond(session, request_view(row), 200, headers={"ETag": etag_of(row.version)})
