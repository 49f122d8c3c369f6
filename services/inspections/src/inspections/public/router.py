"""Public lookup for patients: is this centre licensed and open, and for what? No token, no personal data, rate-limited."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspections.centres import service as centres
from inspections.centres.models import Centre
from inspections.common import dates
from inspections.permissibility import service as permissibility
from inspections.public.schemas import PublicCentreSearch, PublicCentreStatus
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.jalali import today_tehran
from shared.pagination import Order, capped_count, offset_page
from shared.ratelimit import public_rate_limit
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["public"], dependencies=[Depends(public_rate_limit)])

PUBLIC_ACTIVITIES = ("treatment", "research")
# By name and id; index (name, id) (migration 0004); the name search by the trigram index on name_key (PostgreSQL).
PUBLIC_ORDER = Order("public-centres", ((Centre.name, False), (Centre.id, False)))


def public_view(session: Session, request: Request, centre: Centre) -> dict[str, Any]:
    """Only what a patient needs: no technical manager, no national codes, no approval codes."""
    today = today_tehran()
    changes, held = centres.history(session, centre.id), centres.approvals(session, centre.id)
    change = centres.status_on(changes, today)
    licensed = centres.licence_valid(centre, today)
    status = change.status if change else centre.status
    is_open = status == "active" and licensed
    registry, ruleset = request.app.state.registry, request.app.state.ruleset
    activities = []
    for kind in centre.kinds:
        facts = centres.facts_from(centre, changes, held, kind, today)
        for activity in PUBLIC_ACTIVITIES:
            v = permissibility.rule(session, registry, ruleset, None, activity, kind, "none", today, centre, record=False, facts=facts)
            activities.append(
                {"kind": kind, "activity": activity, "outcome": v["outcome"], "permitted": v["permitted"], "letters_applied": v["letters_applied"]}
            )
    return {
        "id": centre.id,
        "name": centre.name,
        "university": centre.university,
        "province": centre.province,
        "status": status,
        **dates(status_since=change.effective_on if change else None),
        "licensed": licensed,
        "licence_number": centre.licence_number,
        **dates(licence_valid_to=centre.licence_valid_to),
        "open": is_open,
        "kinds": centre.kinds,
        "permitted_activities": [a for a in activities if a["permitted"] is True and is_open],
        "activities": activities,
        **dates(as_of=today),
        "ruleset_version": permissibility.ruleset_version(ruleset, registry),
        "note": "Permitted activities are listed only for an open, licensed centre; 'not_regulated_by_these_letters' means the letters neither permit nor ban it.",
    }


@router.get("/centers/{center_id}/public-status", response_model=PublicCentreStatus, responses=problem_responses(404, 429))
def get_centre_public_status(center_id: str, request: Request, session: SessionDep) -> Any:
    """Is this centre licensed and open today, and for which activities? (public, rate-limited)

    No personal data: no technical manager, national codes or approval codes.
    """
    centre = centres.get_centre(session, None, center_id)
    return public_view(session, request, centre)


@router.get("/public/centers", response_model=PublicCentreSearch, responses=problem_responses(422, 429))
def search_public_centres(
    request: Request,
    session: SessionDep,
    q: Annotated[str, Query(min_length=2, max_length=100, description="Licence number (Persian digits accepted) or part of the name")],
    page: offset_page(20, 20),
) -> Any:
    """Search by licence number or name; Persian spelling variants (ي/ی, ك/ک, digits, ZWNJ) match. At most 20 results a page,
    by name and id; follow `next` as `cursor` for the next page. `total` is counted up to 1,000 (`total_capped`)."""
    stmt = select(Centre).where(centres.name_or_licence(q))
    total = capped_count(session, stmt)
    rows, nxt = centres.search_page(session, stmt, PUBLIC_ORDER, page, total)
    return PublicCentreSearch.of([public_view(session, request, c) for c in rows], total, page, nxt)
