"""Guideline routes (OFL-G, OFL-E): public catalogue; the ministry publishes new versions."""

from __future__ import annotations

from fastapi import Depends, Path, Query, Request

from offlabel.guidelines import service
from offlabel.guidelines.schemas import EducationDigest, Guideline, GuidelineCatalogue, GuidelineDetail, PublishedGuideline
from shared.auth import Roles
from shared.contract import LOCATION_HEADER
from shared.db import SessionDep
from shared.errors import ValidationProblem, problem_responses
from shared.http import IdempotencyDep
from shared.jalali import JDate, date_pair
from shared.ratelimit import public_rate_limit
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1/guidelines", tags=["guidelines"])

Publisher = Roles("ministry_admin")


@router.get(
    "",
    summary="Guidelines (public); with in_force_on: those in force on that date with their letters (OFL-E)",
    response_model=GuidelineCatalogue,
    dependencies=[Depends(public_rate_limit)],
    responses=problem_responses(422, 429),
)
def list_guidelines(
    request: Request,
    session: SessionDep,
    in_force_on: JDate | None = Query(None, description="Only the version of each guideline in force on this date (ISO or Jalali)"),
    drug: str | None = Query(None, max_length=80, description="Only guidelines for this drug (INN, brand or Persian name)"),
) -> dict:
    """Every guideline version the service knows (shipped files and versions the ministry published), by code, newest version
    first, each with its approving letters as the regulation registry holds them. With `in_force_on`, only the one version of
    each guideline in force on that date; with `drug`, only guidelines whose drug has that INN, brand or Persian name. Not paginated:
    the catalogue is a handful of guidelines."""
    items = service.list_guidelines(session, request.app.state, in_force_on, drug)
    return {**date_pair("in_force_on", in_force_on), "count": len(items), "items": items}


@router.get(
    "/education",
    summary="Continuing education (OFL-E): the guidelines in force on `until` and their changes since `since` (public)",
    response_model=EducationDigest,
    dependencies=[Depends(public_rate_limit)],
    responses=problem_responses(422, 429),
)
def get_education_digest(
    request: Request,
    session: SessionDep,
    since: JDate = Query(description="from this date (ISO or Jalali), exclusive"),
    until: JDate = Query(description="up to this date, inclusive"),
) -> dict:
    """For universities and faculties, associations and the Medical Council (instruction 400/7515): the guideline versions in
    force on `until`, and the versions that entered into force or ended after `since` up to `until`. `until` before `since` is 422."""
    if until < since:
        raise ValidationProblem(
            "`until` is before `since`.",
            detail_fa="تاریخ پایان پیش از تاریخ شروع است.",
            errors=[{"field": "until", "message": "before since", "message_fa": "پیش از تاریخ شروع (since) است"}],
        )
    return service.education(session, request.app.state, since, until)


@router.get(
    "/{code}",
    summary="One guideline: every version with its content and provenance (public)",
    response_model=GuidelineDetail,
    dependencies=[Depends(public_rate_limit)],
    responses=problem_responses(404, 429),
)
def get_guideline(
    request: Request, session: SessionDep, code: str = Path(max_length=60, description="The guideline's code, e.g. bevacizumab-intravitreal")
) -> dict:
    """Every version of one guideline, newest first, each with its full content (the shape of the guideline file) and where it
    comes from (a shipped file or a version published over the API, with its SHA-256). An unknown code is 404."""
    return service.get_guideline(session, request.app.state, code)


@router.post(
    "",
    status_code=201,
    summary="Publish a new guideline version (ministry_admin); the body has the shape of a guideline YAML file",
    response_model=PublishedGuideline,
    responses={**problem_responses(401, 403, 409, 422), 201: {"headers": LOCATION_HEADER}},
)
def publish_guideline(body: Guideline, request: Request, session: SessionDep, actor: Publisher, idem: IdempotencyDep):
    """Publish a new version of a guideline, validated like a file (unknown keys, source ids, ICD-10 codes, letters in the
    regulation registry). Published versions are immutable: the same version again, or one lower than the latest, is 409.
    Requests are evaluated against the version in force on their planned date, so a version takes effect from its
    `effective_from`. The answer is the version's summary and the decision record of the publication."""
    if idem.replay:
        return idem.replay
    out = service.publish(session, request.app.state, body, actor)
    return idem.respond(session, out, 201, headers={"Location": f"/v1/guidelines/{body.code}"})
