"""Declarations: POST (evaluate and store), GET (ETag), actions (If-Match), expert assignments (the clearance letter: customs.documents)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy import select

from shared.auth import CurrentActor, Roles
from shared.db import SessionDep
from shared.errors import NotFound, problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag
from shared.pagination import offset_page

from customs.declarations import service
from customs.declarations import workflow as wf
from customs.declarations.models import ExpertAssignment
from customs.declarations.schemas import ActionIn, AssignmentIn, DeclarationIn

router = APIRouter(tags=["declarations"])

FILERS = ("customs_officer", "traveller", "gio_expert", "admin")
READERS = ("customs_officer", "traveller", "gio_expert", "gio_head", "dpna_dg", "admin")


@router.post(
    "/v1/declarations",
    status_code=201,
    summary="Submit a declaration: every item is evaluated against SOP-DPNA-GIO-020 and stored with its basis",
    responses=problem_responses(401, 403, 409, 413, 422),
)
def create_declaration(body: DeclarationIn, request: Request, session: SessionDep, actor: Roles(*FILERS), idem: IdempotencyDep) -> Response:
    if idem.replay:
        return idem.replay
    decl, decision_id = service.create(session, request.app, body, actor)
    out = service.view(decl, request.app, decision_id)
    return idem.respond(session, out, 201, headers={"ETag": etag_of(decl.version), "Location": f"/v1/declarations/{decl.id}"})


@router.get("/v1/declarations", summary="Declarations visible to the caller (office, own, or all for GIO/DG)", responses=problem_responses(401, 403, 422))
def list_declarations(
    request: Request,
    session: SessionDep,
    actor: Roles(*READERS),
    page: offset_page(50, 100),
    state: str | None = Query(None, description="One of: " + ", ".join(wf.STATES)),
    office: str | None = Query(None, max_length=40),
) -> dict[str, Any]:
    rows, total = service.list_visible(session, actor, state, office, page.limit, page.offset)
    return {
        "total": total,
        "limit": page.limit,
        "offset": page.offset,
        "items": [{"id": d.id, "state": d.state, "version": d.version, "customs_office": d.customs_office, "channel": d.channel, "purpose": d.purpose, "outcome": d.evaluation["outcome"], "decision_date": d.decision_date.isoformat(), "created_at": d.created_at.isoformat()} for d in rows],
    }


@router.get("/v1/declarations/{decl_id}", summary="One declaration with its evaluation, workflow state and steps (ETag)", responses=problem_responses(401, 403, 404))
def get_declaration(decl_id: str, request: Request, response: Response, session: SessionDep, actor: Roles(*READERS)) -> dict[str, Any]:
    decl = service.get_visible(session, decl_id, actor)
    with_etag(response, decl.version)
    return service.view(decl, request.app)


@router.post(
    "/v1/declarations/{decl_id}/actions",
    summary="A workflow step: expert_review, head_approval, dg_release, stamp, refuse (If-Match required)",
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
)
def act(decl_id: str, body: ActionIn, request: Request, session: SessionDep, actor: Roles(*READERS), if_match: IfMatch, idem: IdempotencyDep) -> Response:
    if idem.replay:
        return idem.replay
    decl = service.get_visible(session, decl_id, actor, lock=True)
    check_if_match(if_match, decl.version)
    decl, decision_id = service.apply_action(session, request.app, decl, body, actor)
    return idem.respond(session, service.view(decl, request.app, decision_id), 200, headers={"ETag": etag_of(decl.version)})


# ------------------------------------------------------------------ customs offices and expert assignments (CUS-5)


@router.get("/v1/offices", tags=["offices"], summary="Customs offices, GIO representation and assigned experts", responses=problem_responses(401))
def list_offices(request: Request, session: SessionDep, actor: CurrentActor) -> dict[str, Any]:
    ref = request.app.state.reference
    rows = session.execute(select(ExpertAssignment).where(ExpertAssignment.active.is_(True))).scalars().all()
    by_office: dict[str, list[dict[str, Any]]] = {}
    for a in rows:
        by_office.setdefault(a.office_code, []).append({"expert_sub": a.expert_sub, "expert_name": a.expert_name})
    return {
        "items": [
            {"code": code, "name_en": o["name_en"], "name_fa": o["name_fa"], "kind": o["kind"], "has_gio_representative": ref.office_has_gio(code), "experts": by_office.get(code, [])}
            for code, o in sorted(ref.offices.items())
        ]
    }


@router.post(
    "/v1/offices/{code}/experts",
    tags=["offices"],
    status_code=201,
    summary="The head of GIO assigns an expert to a customs office (CUS-5)",
    responses=problem_responses(401, 403, 404, 409, 422),
)
def assign_expert(code: str, body: AssignmentIn, request: Request, session: SessionDep, actor: Roles("gio_head")) -> JSONResponse:
    from datetime import UTC, datetime

    from shared.decisions import record_decision

    ref = request.app.state.reference
    office = ref.office(code)
    if office is None:
        raise NotFound(f"No customs office {code!r}.", detail_fa="گمرک یافت نشد.")
    code = office["code"]
    row = session.execute(select(ExpertAssignment).where(ExpertAssignment.office_code == code, ExpertAssignment.expert_sub == body.expert_sub)).scalar_one_or_none()
    if row is None:
        row = ExpertAssignment(office_code=code, expert_sub=body.expert_sub, expert_name=body.expert_name, active=True, assigned_by=actor.sub, created_at=datetime.now(UTC))
        session.add(row)
    else:
        row.active, row.expert_name, row.assigned_by = True, body.expert_name or row.expert_name, actor.sub
    session.flush()
    engine = request.app.state.customs_engine
    rec = record_decision(
        session,
        kind="customs.office.expert_assigned",
        subject_type="customs_office",
        subject_id=code,
        inputs=body.model_dump(),
        outcome={"office": code, "expert_sub": body.expert_sub, "active": True},
        basis=[engine.citations["CUS-5-ASSIGN"]],
        ruleset_version=engine.ruleset_version,
        actor=actor,
    )
    return JSONResponse({"office": code, "expert_sub": body.expert_sub, "expert_name": row.expert_name, "active": True, "decision_id": rec.decision_id}, status_code=201)


@router.delete(
    "/v1/offices/{code}/experts/{expert_sub}",
    tags=["offices"],
    summary="The head of GIO withdraws an expert from a customs office (CUS-5)",
    responses=problem_responses(401, 403, 404),
)
def withdraw_expert(code: str, expert_sub: str, request: Request, session: SessionDep, actor: Roles("gio_head")) -> dict[str, Any]:
    row = session.execute(select(ExpertAssignment).where(ExpertAssignment.office_code == code.upper(), ExpertAssignment.expert_sub == expert_sub, ExpertAssignment.active.is_(True))).scalar_one_or_none()
    if row is None:
        raise NotFound(f"{expert_sub} is not assigned to {code}.")
    row.active = False
    session.flush()
    return {"office": row.office_code, "expert_sub": expert_sub, "active": False}
