"""POST /v1/declarations/{id}/verification: ask inspections again for the items waiting for it (SPEC X3; If-Match)."""

from __future__ import annotations

from fastapi import Request, Response

from customs.declarations import service as declarations
from customs.declarations.router import READERS
from customs.declarations.schemas import DeclarationDetail
from customs.verification import service
from shared.auth import Roles
from shared.contract import RETRY_AFTER_HEADER
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of
from shared.routing import ServiceRouter

router = ServiceRouter(tags=["verification (SPEC X3)"])


@router.post(
    "/v1/declarations/{decl_id}/verification",
    summary="Retry the verification with inspections of the items waiting for it (exosome / cell-therapy / regenerative products, SPEC X3)",
    description=(
        "Items whose import inspections could not be asked about stay `pending` with the open requirement `inspections_verification`. "
        "This asks again now (the service also retries periodically). The answer is 200 with the declaration either way: "
        "`verification.status` is `verified` when every answer came, `pending` (with `verification.reason` and a Retry-After header) "
        "when inspections is still unreachable. Every call is a decision record (`customs.declaration.verification`). "
        "409 `nothing-to-verify` when no item waits."
    ),
    response_model=DeclarationDetail,
    responses={**problem_responses(401, 403, 404, 409, 412, 428), 200: {"headers": RETRY_AFTER_HEADER}},
)
def retry_verification(decl_id: str, request: Request, session: SessionDep, actor: Roles(*READERS), if_match: IfMatch, idem: IdempotencyDep) -> Response:
    if idem.replay:
        return idem.replay
    decl = declarations.get_visible(session, decl_id, actor)
    check_if_match(if_match, decl.version)
    decl, _resolved, decision_id = service.verify_now(session, request.app, decl.id, decl.version, actor, "user")
    body = DeclarationDetail.model_validate(declarations.view(decl, request.app, decision_id))
    headers = {"ETag": etag_of(decl.version)}
    if body.verification.status == "pending":
        headers["Retry-After"] = str(int(request.app.state.settings.verification_retry_seconds or 30))
    return idem.respond(session, body, 200, headers=headers)
