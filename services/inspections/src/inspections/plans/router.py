"""GET /v1/plans/{year}/{month}: the Jalali month's inspection plan for the caller's university (or all, for the Ministry)."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any

from fastapi import Path, Query, Request
from sqlalchemy import select

from inspections.access import Reader, ensure_visible, university_scope
from inspections.centres import service as centres
from inspections.centres.models import Centre
from inspections.citations import MONTHLY, PLAN_START
from inspections.common import basis_json, dates
from inspections.inspections.models import Inspection
from inspections.plans.rules import DUTY_STARTS, CentreMonth, plan_row
from inspections.plans.schemas import MonthlyInspectionPlan
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.jalali import month_bounds, previous_month, today_tehran
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["plans"])


@router.get("/plans/{year}/{month}", response_model=MonthlyInspectionPlan, responses=problem_responses(401, 403, 404, 422))
def get_monthly_inspection_plan(
    request: Request,
    session: SessionDep,
    actor: Reader,
    year: Annotated[int, Path(ge=1390, le=1500)],
    month: Annotated[int, Path(ge=1, le=12)],
    university: Annotated[str | None, Query(max_length=40, description="University code; a university role sees only its own")] = None,
) -> Any:
    """Every centre to inspect in Jalali month year/month, which are done, which are overdue; centres missed last month flagged.

    Months ending before 1404/06/12 (the letter's date) are not due.
    """
    scope = university_scope(actor)
    if university:
        ensure_visible(actor, university, "university", university)
    uni = university or scope
    start, end = month_bounds(year, month)
    pstart, pend = month_bounds(*previous_month(year, month))
    today = today_tehran()
    stmt = select(Centre).where(Centre.registered_on <= end)
    if uni:
        stmt = stmt.where(Centre.university == uni)
    rows = list(session.scalars(stmt.order_by(Centre.university, Centre.name, Centre.id)))
    ins_stmt = select(Inspection.centre_id, Inspection.inspected_on, Inspection.id).where(Inspection.inspected_on >= pstart, Inspection.inspected_on <= end)
    if uni:
        ins_stmt = ins_stmt.where(Inspection.university == uni)
    this_m: dict[str, list] = defaultdict(list)
    last_m: dict[str, list] = defaultdict(list)
    for cid, on, iid in session.execute(ins_stmt):
        (this_m if on >= start else last_m)[cid].append((on, iid))
    items = []
    for c in rows:
        change = centres.status_on(centres.history(session, c.id), start)
        cm = CentreMonth(c.id, c.registered_on, change.status if change else None, tuple(d for d, _ in this_m[c.id]), tuple(d for d, _ in last_m[c.id]))
        r = plan_row(cm, start, end, pstart, pend, today)
        items.append(
            {
                "center_id": c.id,
                "name": c.name,
                "university": c.university,
                "status": c.status,
                "due": r.due,
                "done": r.done,
                "overdue": r.overdue,
                "not_inspected_last_month": r.not_inspected_last_month,
                "note": r.note,
                "inspections": [{"id": iid, **dates(inspected_on=d)} for d, iid in sorted(this_m[c.id])],
            }
        )
    return {
        "year": year,
        "month": month,
        "university": uni,
        **dates(month_start=start, month_end=end),
        "month_over": today > end,
        "counts": {
            "due": sum(i["due"] for i in items),
            "done": sum(i["done"] for i in items),
            "overdue": sum(i["overdue"] for i in items),
            "not_inspected_last_month": sum(i["not_inspected_last_month"] for i in items),
        },
        "items": items,
        "basis": basis_json(request.app.state.registry, MONTHLY, *([PLAN_START] if end < DUTY_STARTS else [])),
    }
