"""Authorization routes for other services (OFL-I): service, insurer (own insured), admin."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import ValidationProblem, problem_responses
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
    date: Annotated[JDate, Query(description="the administration (treatment) date (ISO or Jalali)")],
    eye: Annotated[Eye | None, Query(description="right (OD) or left (OS): the site of an eye guideline")] = None,
    site: Annotated[str | None, Query(max_length=40, pattern=r"^[a-z0-9][a-z0-9_\-]{0,39}$", description="the body site, when the guideline has one")] = None,
) -> dict[str, Any]:
    if eye and site and site != eye:
        raise ValidationProblem("eye and site disagree: send one of them", detail_fa="چشم و محل تجویز با هم نمی‌خوانند: فقط یکی را بفرستید.",
                                errors=[{"field": "site", "message": "disagrees with eye"}])
    return service.query(session, request.app.state, actor, patient_national_code, drug, site or eye, date)


@router.get("/{authorization_id}", summary="One authorization: approved / covered, dates and basis, not the patient's record",
            responses=problem_responses(401, 403, 404, 422))
def get_authorization(
    request: Request, session: SessionDep, actor: Checker, authorization_id: str = Path(max_length=36),
    date: Annotated[JDate | None, Query(description="an administration date: is that administration inside the course?")] = None,
) -> dict[str, Any]:
    return service.by_id(session, request.app.state, authorization_id, actor, date)
