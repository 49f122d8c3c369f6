"""Reports: the letter-400/10262/د centre list and the quarterly report (JSON or CSV)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Query, Request, Response

from inspections.access import Enforcer, Reader, ensure_visible, university_scope
from inspections.reports import centre_list as cl
from inspections.reports import quarterly
from inspections.reports.schemas import CentreListReport, QuarterlyReport, QuarterlySubmissionIn
from shared.contract import csv_response
from shared.db import SessionDep
from shared.errors import ValidationProblem, problem_responses
from shared.http import IdempotencyDep, content_disposition
from shared.routing import ServiceRouter
from shared.streaming import stream_csv

router = ServiceRouter(prefix="/v1/reports", tags=["reports"])

Format = Literal["json", "csv"]
CSV_OR_JSON = "JSON, or CSV (UTF-8 with BOM) with `format=csv` or `Accept: text/csv`"


def wants_csv(request: Request, fmt: str | None) -> bool:
    return fmt == "csv" or (fmt is None and "text/csv" in request.headers.get("accept", ""))


def resolve_university(actor, university: str | None) -> str:
    university = university or university_scope(actor)
    if not university:
        raise ValidationProblem(
            "university is required.",
            detail_fa="دانشگاه (university) باید مشخص شود.",
            errors=[{"field": "university", "message": "required", "message_fa": "لازم است"}],
        )
    ensure_visible(actor, university, "university", university)
    return university


@router.get("/centre-list", response_model=CentreListReport, responses={**problem_responses(401, 403, 404, 422), **csv_response(CSV_OR_JSON)})
def get_centre_list_report(
    request: Request,
    session: SessionDep,
    actor: Reader,
    university: Annotated[str | None, Query(max_length=40)] = None,
    format: Format | None = None,  # noqa: A002 - query parameter name
) -> Any:
    """Letter 400/10262/د clause 1: every active, inactive and applicant centre of a university (JSON or CSV).

    CSV with `format=csv` or `Accept: text/csv` (UTF-8 with BOM, one row per centre, streamed). A university role
    gets its own university; the Ministry names one (`university`, required then).
    """
    university = resolve_university(actor, university)
    if wants_csv(request, format):  # streamed while read, in its own session (issue 18)
        return stream_csv(request.app.state.sessionmaker, cl.csv_rows(university), f"centre-list-{university}.csv")
    return cl.centre_list(session, request.app.state.registry, university)


QUARTERLY_COLUMNS = ["university", "year", "season", "section", "key", "value"]


@router.get("/quarterly", response_model=QuarterlyReport, responses={**problem_responses(401, 403, 404, 422), **csv_response(CSV_OR_JSON)})
def get_quarterly_report(
    request: Request,
    session: SessionDep,
    actor: Reader,
    year: Annotated[int, Query(ge=1390, le=1500)],
    season: Annotated[int, Query(ge=1, le=4)],
    university: Annotated[str | None, Query(max_length=40)] = None,
    format: Format | None = None,  # noqa: A002 - query parameter name
) -> Any:
    """Quarterly report (letter 400/10262/د clause 2) for a university and Jalali season; due at the season's end; JSON or CSV.

    CSV with `format=csv` or `Accept: text/csv`: one row per figure (section, key, value).
    """
    university = resolve_university(actor, university)
    body = quarterly.report(session, request.app.state.registry, university, year, season)
    if wants_csv(request, format):
        return Response(
            cl.to_csv(quarterly.to_rows(body), QUARTERLY_COLUMNS),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": content_disposition(f"quarterly-{university}-{year}-{season}.csv")},
        )
    return body


@router.post("/quarterly/submissions", status_code=201, response_model=QuarterlyReport, responses=problem_responses(401, 403, 404, 409, 422))
def mark_quarterly_report_sent(body: QuarterlySubmissionIn, request: Request, session: SessionDep, actor: Enforcer, idem: IdempotencyDep) -> Any:
    """Mark the season's report as sent (a snapshot of the counts is kept); on time when sent by the season's end.

    On time also when the season's last day is not a working day and it is sent on the next one. Marking a
    season already marked is 409. Answers the report as it now stands.
    """
    if idem.replay:
        return idem.replay
    university = resolve_university(actor, body.university)
    quarterly.mark_sent(session, request.app.state.registry, actor, university, body.year, body.season, body.sent_on)
    return idem.respond(session, quarterly.report(session, request.app.state.registry, university, body.year, body.season), 201)
