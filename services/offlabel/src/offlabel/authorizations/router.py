"""Authorization routes for other services (OFL-I): service, insurer (own insured), admin."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.jalali import JDate

from offlabel.authorizations import service
from offlabel.requests.schemas import Eye, NationalCode

router = APIRouter(prefix="/v1/authorizations", tags=["authorizations"])

Checker = Roles("service", "insurer", "admin")


@router.get(
    "",
    summary="Did this patient's treatment (drug, eye) have an approved and covered authorization on this date?",
    responses=problem_responses(401, 403, 422),
)
def query_authorization(
    request: Request,
    session: SessionDep,
    actor: Checker,
    patient_national_code: Annotated[NationalCode, Query()],
    drug: Annotated[str, Query(min_length=2, max_length=80)],
    eye: Annotated[Eye, Query(description="right (OD) or left (OS)")],
    date: Annotated[JDate, Query(description="the treatment date (ISO or Jalali)")],
) -> dict[str, Any]:
    return service.query(session, request.app.state, actor, patient_national_code, drug, eye, date)


@router.get("/{authorization_id}", summary="One authorization: approved / covered, dates and basis, not the patient's record",
            responses=problem_responses(401, 403, 404))
def get_authorization(session: SessionDep, actor: Checker, authorization_id: str = Path(max_length=36)) -> dict[str, Any]:
    return service.by_id(session, authorization_id, actor)
