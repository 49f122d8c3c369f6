"""Declarations: POST (evaluate and store), GET (ETag), actions (If-Match) (the clearance letter: customs.documents; offices: customs.offices)."""

from __future__ import annotations

from fastapi import Query, Request, Response

from customs.declarations import service
from customs.declarations import workflow as wf
from customs.declarations.schemas import CustomsActionIn, DeclarationDetail, DeclarationIn, DeclarationList
from shared.auth import Roles
from shared.contract import with_etag_header
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag
from shared.pagination import offset_page
from shared.routing import ServiceRouter

router = ServiceRouter(tags=["declarations"])

FILERS = ("customs_officer", "traveller", "gio_expert", "admin")
READERS = ("customs_officer", "traveller", "gio_expert", "gio_head", "dpna_dg", "admin")


@router.post(
    "/v1/declarations",
    status_code=201,
    response_model=DeclarationDetail,
    summary="Submit a declaration: every item is evaluated against SOP-DPNA-GIO-020 and stored with its basis",
    responses={**problem_responses(401, 403, 409, 413, 422), **with_etag_header(201, location=True)},
)
def create_declaration(body: DeclarationIn, request: Request, session: SessionDep, actor: Roles(*FILERS), idem: IdempotencyDep) -> Response:
    """Evaluates every item (scope, formulary, controlled and doping lists, six months' supply, documents needed) and stores the
    declaration in `awaiting_expert_review` with a decision record. A customs officer files for their own office, a traveller in
    their own name (403 otherwise). Exosome, cell-therapy and regenerative items are asked about at inspections first (SPEC X3);
    when it cannot be asked they wait (`verification.status: pending`). `decision_date` (ISO or Jalali) may not be in the future."""
    if idem.replay:
        return idem.replay
    decl, decision_id = service.create(session, request.app, body, actor)
    out = DeclarationDetail.model_validate(service.view(decl, request.app, decision_id))
    return idem.respond(session, out, 201, headers={"ETag": etag_of(decl.version), "Location": f"/v1/declarations/{decl.id}"})


@router.get(
    "/v1/declarations",
    response_model=DeclarationList,
    summary="Declarations visible to the caller (office, own, or all for GIO/DG)",
    responses=problem_responses(401, 403, 422),
)
def list_declarations(
    request: Request,
    session: SessionDep,
    actor: Roles(*READERS),
    page: offset_page(50, 100),
    state: str | None = Query(None, description="One of: " + ", ".join(wf.STATES)),
    office: str | None = Query(None, max_length=40),
) -> DeclarationList:
    """Newest first (`created_at`, then `id`, both descending). A customs officer sees their office's declarations, a
    traveller their own, GIO and the DG all of them. Page with `cursor` (the previous page's `next`); `total` is counted up
    to 1,000 (`total_capped`)."""
    rows, total, nxt = service.list_visible(session, actor, state, office, page)
    return DeclarationList.of([service.summary(d) for d in rows], total, page, nxt)


@router.get(
    "/v1/declarations/{decl_id}",
    response_model=DeclarationDetail,
    summary="One declaration with its evaluation, workflow state and steps (ETag)",
    responses={**problem_responses(401, 403, 404), **with_etag_header(200)},
)
def get_declaration(decl_id: str, request: Request, response: Response, session: SessionDep, actor: Roles(*READERS)) -> DeclarationDetail:
    """The ETag is the declaration's version: send it as If-Match with the next action. Not visible to the caller: 404."""
    decl = service.get_visible(session, decl_id, actor)
    with_etag(response, decl.version)
    return DeclarationDetail.model_validate(service.view(decl, request.app))


@router.post(
    "/v1/declarations/{decl_id}/actions",
    response_model=DeclarationDetail,
    summary="A workflow step: identify, expert_review, head_approval, dg_release, stamp, refuse (If-Match required)",
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
)
def act_on_declaration(
    decl_id: str, body: CustomsActionIn, request: Request, session: SessionDep, actor: Roles(*READERS), if_match: IfMatch, idem: IdempotencyDep
) -> Response:
    """One step of CUS-5 by the role whose turn it is (`next_actions` lists them): the GIO expert identifies unrecognised items
    and reviews (confirming documents in `requirements_met`, accepting or refusing each item), the head of GIO approves doping
    items, the DG releases controlled ones, the expert stamps with their seal (or a clearance letter number is given where GIO has no
    representative); `refuse` needs a reason. 403 for another role, 409 `wrong-state` or `requirements-open`. Each step is a
    decision record and raises the version."""
    if idem.replay:
        return idem.replay
    decl = service.get_visible(session, decl_id, actor, lock=True)
    check_if_match(if_match, decl.version)
    decl, decision_id = service.apply_action(session, request.app, decl, body, actor)
    out = DeclarationDetail.model_validate(service.view(decl, request.app, decision_id))
    return idem.respond(session, out, 200, headers={"ETag": etag_of(decl.version)})
