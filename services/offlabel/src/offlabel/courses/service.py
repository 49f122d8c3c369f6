"""Recording administrations (OFL-R-COURSE): by the filing physician, or verified by claims (service token)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from offlabel.authorizations.service import administration
from offlabel.courses.models import Administration
from offlabel.courses.schemas import AdministrationIn
from offlabel.requests.models import OffLabelRequest
from offlabel.requests.service import WrongState
from shared.auth import Actor
from shared.errors import Conflict, NotFound
from shared.jalali import now_tehran
from shared.text import normalize

RECORDED_BY = {"physician": "physician", "service": "claims", "admin": "admin"}


def _may_record(row: OffLabelRequest, actor: Actor) -> bool:
    if actor.role == "physician":
        return row.council_no == normalize(str(actor.claim("council_no") or ""))
    return actor.role in ("service", "admin")


def record(session: Session, request_id: str, body: AdministrationIn, actor: Actor) -> dict[str, Any]:
    """Record what was given, even outside the course (it is a fact the history must count), and say whether it is covered."""
    row = session.get(OffLabelRequest, request_id, with_for_update=True)
    if row is None or not _may_record(row, actor):
        raise NotFound(f"No off-label request {request_id}.", detail_fa="درخواست یافت نشد.")
    if row.status != "approved":
        raise WrongState(
            f"Administrations are recorded only under an approved request; this one is {row.status}.",
            detail_fa="نوبت تجویز فقط برای درخواست تأییدشده ثبت می‌شود.",
            current_status=row.status,
        )
    same_day = session.execute(select(Administration.id).where(Administration.request_id == row.id, Administration.date == body.date)).first()
    if same_day is not None:
        raise Conflict(
            f"An administration on {body.date.isoformat()} is already recorded under this approval.", detail_fa="برای این تاریخ قبلاً نوبت تجویز ثبت شده است."
        )
    adm = Administration(
        id=str(uuid.uuid4()),
        request_id=row.id,
        patient_national_code=row.patient_national_code,
        drug_inn=row.drug_inn,
        site=row.site,
        date=body.date,
        dose=body.dose,
        recorded_by=RECORDED_BY[actor.role],
        actor_sub=actor.sub,
        reference=body.reference,
        created_at=now_tehran(),
    )
    session.add(adm)
    session.flush()
    answer = administration(session, row, body.date)
    return {"id": adm.id, "request_id": row.id, "recorded_by": adm.recorded_by, "administration": answer.as_dict() if answer else None, "course": row.course}
