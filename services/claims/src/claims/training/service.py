"""CLM-B2 training records; service functions only flush (the request session commits)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from fastapi import Request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims.agencies.models import Agency
from claims.common import iso, ruleset_version
from claims.training import rules
from claims.training.models import Training
from claims.training.schemas import TrainingIn
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import NotFound, ValidationProblem
from shared.jalali import TEHRAN, to_jalali
from shared.pagination import Order, Page, keyset, page_rows


def training_view(t: Training) -> dict[str, Any]:
    return {
        "id": t.id,
        "review_office_code": t.review_office_code,
        "agency_code": t.agency_code,
        "representative_name": t.representative_name,
        "topic": t.topic,
        "held_on": t.held_on,
        "held_on_jalali": to_jalali(t.held_on),
        "hours": float(t.hours),
        "coordinated_with": t.coordinated_with,
        "note": t.note,
        "fee_condition": False,  # CLM-P3 note 3: recorded, not a fee condition (see rules.py)
        "decision_id": t.decision_id,
        "recorded_by": t.recorded_by,
        "created_at": iso(t.created_at),
        "created_at_jalali": to_jalali(t.created_at),
    }


def record_training(session: Session, request: Request, actor: Actor, office_code: str, body: TrainingIn, now: datetime) -> Training:
    """CLM-B2: the review office trained a representative of one of ITS agencies (another office's agency: 404)."""
    ag = session.get(Agency, body.agency_code)
    if ag is None or ag.review_office_code != office_code:
        raise NotFound(
            f"No agency {body.agency_code} under review office {office_code}.",
            detail_fa=f"کارگزاری {body.agency_code} زیر نظر دفتر {office_code} یافت نشد.",
            errors=[{"field": "agency_code", "message": "not an agency of this review office", "message_fa": "کارگزاری زیر نظر این دفتر رسیدگی نیست"}],
        )
    errors = rules.training_errors(body.held_on, now.astimezone(TEHRAN).date(), body.hours)
    if errors:
        raise ValidationProblem("The training record is not valid.", detail_fa="اطلاعات آموزش نامعتبر است.", errors=errors)
    tid = str(uuid.uuid4())
    inputs = body.model_dump(mode="json")
    rec = record_decision(
        session,
        kind="claims.training",
        subject_type="agency",
        subject_id=ag.code,
        inputs={**inputs, "review_office_code": office_code},
        outcome={"training_id": tid, "recorded": True, "fee_condition": False},
        basis=rules.training_basis(),
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    t = Training(
        id=tid,
        review_office_code=office_code,
        agency_code=ag.code,
        representative_name=body.representative_name,
        topic=body.topic,
        held_on=body.held_on,
        hours=body.hours,
        coordinated_with=body.coordinated_with,
        note=body.note,
        decision_id=rec.decision_id,
        recorded_by=actor.sub,
        created_at=now,
    )
    session.add(t)
    session.flush()
    return t


# Issue 18: latest first (held_on, created_at, then id, all descending: one row-value comparison that
# ix_trainings_agency_latest serves, read backwards): the keyset cursor's stated order
TRAININGS = Order("claims.trainings.latest", ((Training.held_on, True), (Training.created_at, True), (Training.id, True)))


def agency_trainings(session: Session, ag: Agency, page: Page) -> dict[str, Any]:
    """A page of the agency's trainings from the cursor; the count and hours over all pages summed in the database."""
    q = select(Training).where(Training.agency_code == ag.code)
    rows, next_cursor = page_rows(session.scalars(keyset(q, TRAININGS, page)).all(), TRAININGS, page)
    count, hours = session.execute(select(func.count(), func.coalesce(func.sum(Training.hours), 0)).where(Training.agency_code == ag.code)).one()
    return {
        "agency_code": ag.code,
        "review_office_code": ag.review_office_code,
        "count": int(count),
        "total_hours": float(rules.total_hours([Decimal(str(hours))])),
        "fee_condition": False,
        "basis": [c.model_dump(mode="json") for c in rules.training_basis()],
        "items": [training_view(t) for t in rows],
        "total": int(count),
        "total_capped": False,
        "limit": page.limit,
        "offset": page.offset,
        "next": next_cursor,
    }
