"""Off-label request routes (OFL-R): physicians file and complete; physicians, insurers and the ministry read."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Path, Request, Response

from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag
from shared.pagination import numbered_page

from offlabel.requests import service
from offlabel.requests.schemas import DocumentsAdd, RequestCreate

router = APIRouter(prefix="/v1/requests", tags=["requests"])

Physician = Roles("physician")
Reader = Roles("physician", "insurer", "ministry_admin", "admin")
RequestId = Path(max_length=36, description="the request id")


@router.post(
    "",
    status_code=201,
    summary="File an off-label request (physician); evaluated at once against the guideline in force on the planned date",
    responses=problem_responses(401, 403, 409, 422),
)
def file_request(body: RequestCreate, request: Request, session: SessionDep, actor: Physician, idem: IdempotencyDep):
    if idem.replay:
        return idem.replay
    row = service.file_request(session, request.app.state, body, actor)
    return idem.respond(session, service.request_view(row), 201, headers={"ETag": etag_of(row.version), "Location": f"/v1/requests/{row.id}"})


@router.get("", summary="Requests visible to the caller (own / own insured / all for the ministry)", responses=problem_responses(401, 403, 422))
def list_requests(
    session: SessionDep,
    actor: Reader,
    page: numbered_page(20, 100),
    status: Literal["approved", "denied", "pending_documents", "pending_clarification", "no_guideline"] | None = None,
) -> dict[str, Any]:
    rows, total = service.list_requests(session, actor, status, page.number, page.limit)
    return {"page": page.number, "size": page.limit, "total": total, "items": [service.request_view(r) for r in rows]}


@router.get("/{request_id}", summary="One request with its evaluation (ETag)", responses=problem_responses(401, 403, 404))
def get_request(response: Response, session: SessionDep, actor: Reader, request_id: str = RequestId) -> dict[str, Any]:
    row = service.visible_request(session, request_id, actor)
    with_etag(response, row.version)
    return service.request_view(row)


@router.post(
    "/{request_id}/documents",
    summary="Add documents / missing declarations to a pending request and re-evaluate it (If-Match)",
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
)
def add_documents(
    body: DocumentsAdd, request: Request, response: Response, session: SessionDep, actor: Physician, if_match: IfMatch,
    request_id: str = RequestId,
) -> dict[str, Any]:
    row = service.visible_request(session, request_id, actor, for_update=True)
    check_if_match(if_match, row.version)
    row = service.add_documents(session, request.app.state, row, body, actor)
    with_etag(response, row.version)
    return service.request_view(row)
