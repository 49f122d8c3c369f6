"""POST /v1/export-permits (CUS-6.4), GET one (ETag), actions (If-Match)."""

from __future__ import annotations

from fastapi import Request, Response

from customs.declarations.schemas import CustomsActionIn
from customs.exports import service
from customs.exports.schemas import ExportPermitDetail, ExportPermitIn
from shared.auth import Roles
from shared.contract import with_etag_header
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1/export-permits", tags=["export permits"])
READERS = ("customs_officer", "traveller", "gio_expert", "gio_head", "dpna_dg", "admin")


@router.post(
    "",
    status_code=201,
    response_model=ExportPermitDetail,
    summary="Apply to send medicines abroad (form FRM-DPNA-GIO-057 + prescription)",
    responses={**problem_responses(401, 403, 409, 413, 422), **with_etag_header(201, location=True)},
)
def create_export_permit(
    body: ExportPermitIn, request: Request, session: SessionDep, actor: Roles("traveller", "customs_officer", "gio_expert", "admin"), idem: IdempotencyDep
) -> Response:
    """Evaluates the application (CUS-6.4): within the small-quantity allowance of circular 8646/د it is `no_permit_needed` at once;
    otherwise it waits for the GIO expert (and, for high-value, expensive or shortage drugs, the head of GIO and the DG). A traveller
    applies in their own name, a customs officer for their own office (403 otherwise)."""
    if idem.replay:
        return idem.replay
    p, decision_id = service.create(session, request.app, body, actor)
    out = ExportPermitDetail.model_validate(service.view(p, decision_id))
    return idem.respond(session, out, 201, headers={"ETag": etag_of(p.version), "Location": f"/v1/export-permits/{p.id}"})


@router.get(
    "/{permit_id}",
    response_model=ExportPermitDetail,
    summary="One export-permit application with its evaluation (ETag)",
    responses={**problem_responses(401, 403, 404), **with_etag_header(200)},
)
def get_export_permit(permit_id: str, response: Response, session: SessionDep, actor: Roles(*READERS)) -> ExportPermitDetail:
    """The ETag is the application's version: send it as If-Match with the next action. Not visible to the caller: 404."""
    p = service.get_visible(session, permit_id, actor)
    with_etag(response, p.version)
    return ExportPermitDetail.model_validate(service.view(p))


@router.post(
    "/{permit_id}/actions",
    response_model=ExportPermitDetail,
    summary="identify, expert_review, head_approval, dg_release or refuse (If-Match required)",
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
)
def act_on_export_permit(
    permit_id: str, body: CustomsActionIn, request: Request, session: SessionDep, actor: Roles(*READERS), if_match: IfMatch, idem: IdempotencyDep
) -> Response:
    """One step by the role whose turn it is: the GIO expert identifies unrecognised items and reviews (may set a smaller
    quantity per item in `items[].cleared_quantity`), the head of GIO sets the amount of high-value, expensive and shortage
    drugs, the DG releases; `refuse` needs a reason. When the permit is issued `permit_letter_no` is set. 403 for another role,
    409 `wrong-state` or `requirements-open`."""
    if idem.replay:
        return idem.replay
    p = service.get_visible(session, permit_id, actor, lock=True)
    check_if_match(if_match, p.version)
    p, decision_id = service.apply_action(session, request.app, p, body, actor)
    out = ExportPermitDetail.model_validate(service.view(p, decision_id))
    return idem.respond(session, out, 200, headers={"ETag": etag_of(p.version)})
