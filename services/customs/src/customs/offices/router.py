"""GET /v1/offices, POST|DELETE /v1/offices/{code}/experts: customs offices and expert assignments (CUS-5)."""

from __future__ import annotations

from fastapi import Request

from customs.declarations.schemas import ExpertAssignmentIn
from customs.offices import service
from customs.offices.schemas import CustomsOfficeList, ExpertAssignmentRecord, ExpertWithdrawal
from shared.auth import CurrentActor, Roles
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.pagination import offset_page, page_list
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1/offices", tags=["offices"])


@router.get("", response_model=CustomsOfficeList, summary="Customs offices, GIO representation and assigned experts", responses=problem_responses(401, 422))
def list_offices(request: Request, session: SessionDep, actor: CurrentActor, page: offset_page(100, 500)) -> CustomsOfficeList:
    """The offices of the customs_offices reference list, by code. Where GIO has a representative the assigned expert
    stamps the warehouse receipt; elsewhere a clearance letter is written (CUS-5)."""
    rows = service.offices(session, request.app)
    window, nxt = page_list(rows, "offices", lambda o: o["code"], page)
    return CustomsOfficeList.of(window, len(rows), page, nxt)


@router.post(
    "/{code}/experts",
    status_code=201,
    response_model=ExpertAssignmentRecord,
    summary="The head of GIO assigns an expert to a customs office (CUS-5)",
    responses=problem_responses(401, 403, 404, 409, 422),
)
def assign_expert(code: str, body: ExpertAssignmentIn, request: Request, session: SessionDep, actor: Roles("gio_head")) -> ExpertAssignmentRecord:
    """Only an expert assigned to an office with a GIO representative may review and stamp its declarations.
    Assigning an expert already assigned keeps one assignment (and updates the name); each call is a decision record."""
    return ExpertAssignmentRecord.model_validate(service.assign(session, request.app, code, body, actor))


@router.delete(
    "/{code}/experts/{expert_sub}",
    response_model=ExpertWithdrawal,
    summary="The head of GIO withdraws an expert from a customs office (CUS-5)",
    responses=problem_responses(401, 403, 404),
)
def withdraw_expert(code: str, expert_sub: str, session: SessionDep, actor: Roles("gio_head")) -> ExpertWithdrawal:
    """The expert can no longer act on the office's declarations (404 when not assigned there)."""
    return ExpertWithdrawal.model_validate(service.withdraw(session, code, expert_sub))
