"""Off-label request routes (OFL-R): physicians file and complete; physicians, insurers and the ministry read."""

from __future__ import annotations

from fastapi import Path, Request, Response

from offlabel.requests import service
from offlabel.requests.schemas import DocumentsAdd, OffLabelRequestDetail, OffLabelRequestList, RequestCreate, RequestStatus
from shared.auth import Roles
from shared.contract import with_etag_header
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag
from shared.pagination import numbered_page
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1/requests", tags=["requests"])

Physician = Roles("physician")
Reader = Roles("physician", "insurer", "ministry_admin", "admin")
RequestId = Path(max_length=36, description="the request id")


@router.post(
    "",
    status_code=201,
    summary="File an off-label request (physician); evaluated at once against the guideline in force on the planned date",
    response_model=OffLabelRequestDetail,
    responses={**problem_responses(401, 403, 409, 422), **with_etag_header(201, location=True)},
)
def file_offlabel_request(body: RequestCreate, request: Request, session: SessionDep, actor: Physician, idem: IdempotencyDep):
    """File a request for one patient, drug and body site (one request per eye). The physician's council number and specialty
    come from the token (`council_no`, `specialty` claims). The request is evaluated at once against the guideline version in
    force on `planned_date`, counting the earlier administrations listed and those in the service's own records; the answer's
    `status` is `approved` (with the course it covers), `denied`, `pending_documents`, `pending_clarification` (a more specific
    ICD-10-CM code is needed) or `no_guideline`. Every criterion is listed with its reason and citations, and the evaluation is
    a decision record (`decision_id`). Dates are ISO or Jalali (`1403/02/15`); Persian digits are accepted."""
    if idem.replay:
        return idem.replay
    row = service.file_request(session, request.app.state, body, actor)
    return idem.respond(session, service.request_view(row), 201, headers={"ETag": etag_of(row.version), "Location": f"/v1/requests/{row.id}"})


@router.get(
    "",
    summary="Requests visible to the caller (own / own insured / all for the ministry)",
    response_model=OffLabelRequestList,
    response_model_exclude_unset=True,
    responses=problem_responses(401, 403, 422),
)
def list_offlabel_requests(
    session: SessionDep,
    actor: Reader,
    page: numbered_page(20, 100),
    status: RequestStatus | None = None,
) -> OffLabelRequestList:
    """Newest first. A physician sees the requests filed under their council number, an insurer those of its insured
    (`insurer` = the token's `org`), the ministry and admins all. Paged with `page` (from 1) and `size`; the answer is the
    platform's list envelope (`items`, `total`, `limit`, `offset`, `next`, `total_capped`). Deeper than page 1,000, or to
    walk the whole list while requests are being filed, follow `next` as `cursor`; `total` is counted up to 1,000."""
    rows, total, nxt = service.list_requests(session, actor, status, page)
    return OffLabelRequestList.of([service.request_view(r) for r in rows], total, page, nxt)


@router.get(
    "/{request_id}",
    summary="One request with its evaluation (ETag)",
    response_model=OffLabelRequestDetail,
    response_model_exclude_unset=True,
    responses={**problem_responses(401, 403, 404), **with_etag_header(200)},
)
def get_offlabel_request(response: Response, session: SessionDep, actor: Reader, request_id: str = RequestId) -> dict:
    """The request with its latest evaluation, authorization (when approved) and coverage (once the insurer decided). A request
    the caller may not see (another physician's, another insurer's) is 404. The ETag is the If-Match of the next change."""
    row = service.visible_request(session, request_id, actor)
    with_etag(response, row.version)
    return service.request_view(row)


@router.post(
    "/{request_id}/documents",
    summary="Add documents / missing declarations to a pending request and re-evaluate it (If-Match)",
    response_model=OffLabelRequestDetail,
    response_model_exclude_unset=True,  # `evaluation.coverage_basis` only once a coverage decision exists, as stored
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
)
def add_request_documents(
    body: DocumentsAdd,
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Physician,
    if_match: IfMatch,
    request_id: str = RequestId,
) -> dict:
    """The filing physician adds documents, the informed consent, contraindications, the care setting or preparation, or a more
    specific diagnosis code to a request that is `pending_documents` or `pending_clarification`; the request is evaluated again
    (a new decision record) and its version goes up. Any other status is 409 `wrong-state` (file a new request instead)."""
    row = service.visible_request(session, request_id, actor, for_update=True)
    check_if_match(if_match, row.version)
    row = service.add_documents(session, request.app.state, row, body, actor)
    with_etag(response, row.version)
    return service.request_view(row)
