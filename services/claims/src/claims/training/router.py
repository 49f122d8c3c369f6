"""CLM-B2: the review office records the training it gave an agency's representatives; the agency sees its own."""

from __future__ import annotations

from fastapi import Request

from claims.agencies.models import ReviewOffice
from claims.common import NowDep, ensure_agency_visible
from claims.training import service
from claims.training.schemas import AgencyTrainings, TrainingIn, TrainingView
from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import NotFound, problem_responses
from shared.http import IdempotencyDep
from shared.pagination import offset_page
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["training"])


@router.post("/review-offices/{code}/trainings", status_code=201, response_model=TrainingView, responses=problem_responses(401, 403, 404, 409, 422))
def record_training(
    code: str, body: TrainingIn, request: Request, session: SessionDep, actor: Roles("review_office", "admin"), idem: IdempotencyDep, now: NowDep
):
    """CLM-B2: a training given to a representative of one of the office's agencies (a decision record; not a fee condition)."""
    if idem.replay:
        return idem.replay
    ro = session.get(ReviewOffice, code)
    if ro is None or (actor.role == "review_office" and actor.org != code):
        raise NotFound(f"No review office {code}.", detail_fa=f"دفتر رسیدگی {code} یافت نشد.")
    t = service.record_training(session, request, actor, code, body, now)
    return idem.respond(session, TrainingView.model_validate(service.training_view(t)), 201)


@router.get("/agencies/{code}/trainings", response_model=AgencyTrainings, responses=problem_responses(401, 403, 404, 422))
def list_agency_trainings(code: str, session: SessionDep, actor: Roles("agency_staff", "review_office", "secretariat", "admin"), page: offset_page(100, 500)):
    """CLM-B2: the trainings the agency's representatives received (the agency, its review office, the secretariat, admin),
    latest first; paged by `cursor` (the previous page's `next`); `count`, `total` and `total_hours` cover every page."""
    ag = ensure_agency_visible(session, actor, code)
    return service.agency_trainings(session, ag, page)
