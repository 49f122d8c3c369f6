"""Fee routes (CLM-P): the fee schedule per year, wage additions, monthly fee statements per agency."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query, Request

from claims.agencies.schemas import WageIn
from claims.common import MonthQ, NowDep, YearQ, ensure_agency_visible
from claims.fees import rules, service
from claims.fees.schemas import FeeSchedule, FeeStatement, RecordedWage
from claims.reference import shipped_wages
from shared.auth import Roles
from shared.contract import csv_response
from shared.db import SessionDep
from shared.errors import NotFound, ValidationProblem, problem_responses
from shared.jalali import InvalidDate, month_bounds
from shared.pagination import offset_page
from shared.ratelimit import public_rate_limit
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["fees"])
Year = YearQ  # Persian digits accepted (?year=۱۴۰۴)
Month = MonthQ


@router.get("/fee-schedule", response_model=FeeSchedule, dependencies=[Depends(public_rate_limit)], responses=problem_responses(404, 422, 429))
def get_fee_schedule(session: SessionDep, year: Year):
    """CLM-P: 1399 = the circular's table; later years = share x that year's daily minimum wage (404 when the wage is unknown)."""
    try:
        s = rules.fee_schedule(year, service.wage_table(session))
    except rules.FeeUnknown as exc:
        raise NotFound(f"No fee schedule for {year}: {exc}.", detail_fa=f"تعرفه سال {year} مشخص نیست.") from None
    out = s.as_dict()
    if year == rules.FIRST_YEAR and rules.FIRST_YEAR in shipped_wages():
        out["derivation_check"] = rules.derivation_check_1399(shipped_wages()[rules.FIRST_YEAR].daily_rials)
    return out


@router.put("/fee-schedule/wages/{year}", status_code=201, response_model=RecordedWage, responses=problem_responses(401, 403, 409, 422))
def record_minimum_wage(year: Annotated[int, Path(ge=1400, le=1500)], body: WageIn, request: Request, session: SessionDep, actor: Roles("admin"), now: NowDep):
    """CLM-P note 1: add a year's daily minimum wage with its source (never overwrites a recorded year)."""
    return service.add_wage(session, request, actor, year, body.daily_rials, body.source, now)


@router.get("/agencies/{code}/fees", response_model=FeeStatement, responses={**problem_responses(401, 403, 404, 422), **csv_response()})
def get_agency_fee_statement(
    code: str,
    request: Request,
    session: SessionDep,
    actor: Roles("agency_staff", "review_office", "secretariat", "admin", "service"),
    year: Year,
    month: Month,
    page: offset_page(1000, 10_000),
    format: Annotated[str | None, Query(pattern="^(json|csv)$")] = None,
):
    """The agency's monthly fee statement (cases registered in that Jalali month that earned their one fee); JSON or CSV.

    JSON: the totals cover the whole month; `lines` is a page in registration order, paged by `cursor` (the previous
    page's `next`). CSV with `format=csv` or `Accept: text/csv`: every line of the month (no paging) and a total row,
    streamed while it is read (UTF-8 with a byte-order mark, for Excel)."""
    ag = ensure_agency_visible(session, actor, code)
    try:
        month_bounds(year, month)
    except InvalidDate as exc:
        raise ValidationProblem(str(exc), detail_fa=f"ماه {year}/{month} معتبر نیست.") from None
    wants_csv = format == "csv" or (format is None and "text/csv" in request.headers.get("accept", ""))
    if wants_csv:
        return service.statement_csv(request.app.state.sessionmaker, session, ag, year, month)
    return service.statement(session, ag, year, month, page)
