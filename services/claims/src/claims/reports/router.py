"""CLM-B3 routes: monthly statistics per agency (due by the 5th of the next Jalali month) and their sending."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query, Request
from sqlalchemy import select

from claims.agencies.models import Agency
from claims.common import MonthQ, NowDep, YearQ, ensure_agency_visible, visible_agency_codes
from claims.reports import service
from claims.reports.schemas import MonthlyReport, MonthlyReportSent
from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["reports"])


@router.get("/reports/monthly", response_model=MonthlyReport, responses=problem_responses(401, 403, 404, 422))
def get_monthly_report(
    session: SessionDep,
    actor: Roles("agency_staff", "review_office", "secretariat", "admin", "service"),
    now: NowDep,
    year: YearQ,
    month: MonthQ,
    agency: str | None = None,
):
    """Per agency: cases by type and state, on-time share, returns, amounts; the report's due date and whether it was sent late."""
    if agency:
        agencies = [ensure_agency_visible(session, actor, agency)]
    else:
        codes = visible_agency_codes(session, actor)
        q = select(Agency).order_by(Agency.code)
        if codes is not None:
            q = q.where(Agency.code.in_(codes or {""}))
        agencies = list(session.scalars(q).all())
    return service.monthly(session, agencies, year, month, now)


@router.post(
    "/reports/monthly/{agency}/{year}/{month}/send", status_code=201, response_model=MonthlyReportSent, responses=problem_responses(401, 403, 404, 409, 422)
)
def record_monthly_report_sent(
    agency: str,
    year: Annotated[int, Path(ge=1399, le=1500)],
    month: Annotated[int, Path(ge=1, le=12)],
    request: Request,
    session: SessionDep,
    actor: Roles("review_office", "admin"),
    now: NowDep,
):
    """CLM-B3: the review office records sending the agency's monthly statistics to the secretariat."""
    ag = ensure_agency_visible(session, actor, agency)
    return service.mark_sent(session, request, actor, ag, year, month, now)
