"""Reports: the letter-400/10262/د centre list and the quarterly report (JSON or CSV)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response

from inspections.access import Reader, ensure_visible, university_scope
from inspections.reports import centre_list as cl
from shared.db import SessionDep
from shared.errors import ValidationProblem, problem_responses

router = APIRouter(prefix="/v1/reports", tags=["reports"])

Format = Literal["json", "csv"]


def wants_csv(request: Request, fmt: str | None) -> bool:
    return fmt == "csv" or (fmt is None and "text/csv" in request.headers.get("accept", ""))


def resolve_university(actor, university: str | None) -> str:
    university = university or university_scope(actor)
    if not university:
        raise ValidationProblem("university is required.", errors=[{"field": "university", "message": "required"}])
    ensure_visible(actor, university, "university", university)
    return university


@router.get("/centre-list", responses=problem_responses(401, 403, 404, 422))
def centre_list(
    request: Request,
    session: SessionDep,
    actor: Reader,
    university: Annotated[str | None, Query(max_length=40)] = None,
    format: Format | None = None,  # noqa: A002 - query parameter name
) -> Any:
    """Letter 400/10262/د clause 1: every active, inactive and applicant centre of a university (JSON or CSV)."""
    university = resolve_university(actor, university)
    body = cl.centre_list(session, request.app.state.registry, university)
    if wants_csv(request, format):
        return Response(cl.to_csv(body["items"], cl.COLUMNS), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="centre-list-{university}.csv"'})
    return body
