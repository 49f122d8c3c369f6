"""Authorization routes for other services (OFL-I): service, insurer (own insured), admin."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query, Request

from offlabel.authorizations import service
from offlabel.authorizations.schemas import AuthorizationCheck, OffLabelAuthorization
from offlabel.requests.schemas import Eye, NationalCode
from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import ValidationProblem, problem_responses
from shared.jalali import JDate
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1/authorizations", tags=["authorizations"])

Checker = Roles("service", "insurer", "admin")


@router.get(
    "",
    summary="Did this patient's treatment (drug, eye) have an approved and covered authorization on this date?",
    response_model=AuthorizationCheck,
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
) -> dict:
    """For claims (per claim line) and insurers: whether an approved course for this patient, drug (INN, brand or Persian name)
    and site covers the administration on `date` (count and interval), and whether the insurer recorded it as covered. Only
    facts: the national code comes back masked and no clinical record is shown. An insurer sees only its own insured; no
    matching approval answers 200 with `authorized: false` and the reason."""
    if eye and site and site != eye:
        raise ValidationProblem(
            "eye and site disagree: send one of them",
            detail_fa="چشم و محل تجویز با هم نمی‌خوانند: فقط یکی را بفرستید.",
            errors=[{"field": "site", "message": "disagrees with eye", "message_fa": "با چشم (eye) نمی‌خواند"}],
        )
    return service.query(session, request.app.state, actor, patient_national_code, drug, site or eye, date)


@router.get(
    "/{authorization_id}",
    summary="One authorization: approved / covered, dates and basis, not the patient's record",
    response_model=OffLabelAuthorization,
    responses=problem_responses(401, 403, 404, 422),
)
def get_authorization(
    request: Request,
    session: SessionDep,
    actor: Checker,
    authorization_id: str = Path(max_length=36, description="the authorization id (the approved request's id)"),
    date: Annotated[JDate | None, Query(description="an administration date: is that administration inside the course?")] = None,
) -> dict:
    """One authorization (its id is the request's): approved, covered, the course and the administrations recorded under it,
    and with `date` whether the administration on that day is inside the course. Another insurer's is 404."""
    return service.by_id(session, request.app.state, authorization_id, actor, date)
