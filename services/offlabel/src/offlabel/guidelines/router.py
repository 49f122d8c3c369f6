"""Guideline routes (OFL-G, OFL-E): public catalogue; the ministry publishes new versions."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request

from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import ValidationProblem, problem_responses
from shared.http import IdempotencyDep
from shared.jalali import JDate, date_pair
from shared.ratelimit import public_rate_limit

from offlabel.guidelines import service
from offlabel.guidelines.schemas import Guideline

router = APIRouter(prefix="/v1/guidelines", tags=["guidelines"])

Publisher = Roles("ministry_admin")


@router.get(
    "",
    summary="Guidelines (public); with in_force_on: those in force on that date with their letters (OFL-E)",
    dependencies=[Depends(public_rate_limit)],
    responses=problem_responses(422, 429),
)
def list_guidelines(
    request: Request,
    session: SessionDep,
    in_force_on: JDate | None = Query(None, description="Only the version of each guideline in force on this date (ISO or Jalali)"),
    drug: str | None = Query(None, max_length=80, description="Only guidelines for this drug (INN, brand or Persian name)"),
) -> dict[str, Any]:
    items = service.list_guidelines(session, request.app.state, in_force_on, drug)
    return {**date_pair("in_force_on", in_force_on), "count": len(items), "items": items}


@router.get(
    "/education",
    summary="Continuing education (OFL-E): the guidelines in force on `until` and their changes since `since` (public)",
    dependencies=[Depends(public_rate_limit)],
    responses=problem_responses(422, 429),
)
def education(
    request: Request,
    session: SessionDep,
    since: JDate = Query(description="from this date (ISO or Jalali), exclusive"),
    until: JDate = Query(description="up to this date, inclusive"),
) -> dict[str, Any]:
    if until < since:
        raise ValidationProblem("`until` is before `since`.", detail_fa="تاریخ پایان پیش از تاریخ شروع است.",
                                errors=[{"field": "until", "message": "before since"}])
    return service.education(session, request.app.state, since, until)


@router.get(
    "/{code}",
    summary="One guideline: every version with its content and provenance (public)",
    dependencies=[Depends(public_rate_limit)],
    responses=problem_responses(404, 429),
)
def get_guideline(request: Request, session: SessionDep, code: str = Path(max_length=60)) -> dict[str, Any]:
    return service.get_guideline(session, request.app.state, code)


@router.post(
    "",
    status_code=201,
    summary="Publish a new guideline version (ministry_admin); the body has the shape of a guideline YAML file",
    responses=problem_responses(401, 403, 409, 422),
)
def publish_guideline(body: Guideline, request: Request, session: SessionDep, actor: Publisher, idem: IdempotencyDep):
    if idem.replay:
        return idem.replay
    out = service.publish(session, request.app.state, body, actor)
    return idem.respond(session, out, 201, headers={"Location": f"/v1/guidelines/{body.code}"})
