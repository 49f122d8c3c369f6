"""Authorization look-ups for other services (OFL-I): was a treatment approved and covered on a date? Facts only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.auth import Actor
from shared.errors import NotFound
from shared.jalali import date_pair, now_tehran
from shared.provenance import Citation
from shared.text import search_key

from offlabel.guidelines.service import catalog
from offlabel.requests.models import OffLabelRequest
from offlabel.requests.rules import INSTRUCTION_DATE, INSTRUCTION_NUMBER, drug_matches
from offlabel.requests.service import enrich_basis, mask_national_code

NOT_FOUND_RULE = "No approved off-label authorization for this patient, drug and eye covers the date"


def _visible(row: OffLabelRequest, actor: Actor) -> bool:
    return actor.role != "insurer" or (bool(actor.org) and row.insurer == actor.org)


def authorization_view(row: OffLabelRequest, on: dt.date | None = None) -> dict[str, Any]:
    """Only what another service needs: approved / covered, for which treatment and dates, and why."""
    approved = row.status == "approved"
    covered = row.coverage_status == "covered" if row.coverage_status else None
    in_window = approved and row.valid_until is not None and (on is None or row.planned_date <= on <= row.valid_until)
    basis = [b for b in (row.evaluation.get("basis") or []) if str(b.get("clause") or "").endswith((":approval", "off-label"))]
    return {
        "authorization_id": row.id,
        "status": row.status,
        "approved": approved,
        "covered": covered,
        "authorized_and_covered": bool(in_window and covered),
        "patient_national_code_masked": mask_national_code(row.patient_national_code),
        "drug": row.drug_inn,
        "route": row.route,
        "eye": row.eye,
        "insurer": row.insurer,
        **date_pair("valid_from", row.planned_date if approved else None),
        **date_pair("valid_until", row.valid_until),
        "guideline": row.evaluation.get("guideline"),
        "evaluation_decision_id": row.decision_id,
        "coverage_decision_id": row.coverage_decision_id,
        "coverage_reason": row.coverage_reason,
        "basis": basis,
        "ruleset_version": row.ruleset_version,
        **date_pair("answered_at", now_tehran()),
    }


def by_id(session: Session, authorization_id: str, actor: Actor) -> dict[str, Any]:
    row = session.get(OffLabelRequest, authorization_id)
    if row is None or not _visible(row, actor):
        raise NotFound(f"No authorization {authorization_id}.", detail_fa="مجوزی با این شناسه یافت نشد.")
    return authorization_view(row)


def query(session: Session, state: Any, actor: Actor, national_code: str, drug: str, eye: str, on: dt.date) -> dict[str, Any]:
    """The approved authorization (covered first) for this patient, drug and eye whose window contains `on`."""
    inns = {search_key(lg.guideline.drug.inn) for lg in catalog(session, state) if drug_matches(lg.guideline, drug)} or {search_key(drug)}
    rows = session.execute(
        select(OffLabelRequest).where(
            OffLabelRequest.patient_national_code == national_code,
            OffLabelRequest.eye == eye,
            OffLabelRequest.status == "approved",
            OffLabelRequest.planned_date <= on,
            OffLabelRequest.valid_until >= on,
        )
    ).scalars().all()
    rows = [r for r in rows if search_key(r.drug_inn) in inns and _visible(r, actor)]
    rows.sort(key=lambda r: (r.coverage_status == "covered", r.planned_date), reverse=True)
    asked = {"patient_national_code_masked": mask_national_code(national_code), "drug": drug, "eye": eye, **date_pair("date", on)}
    if not rows:
        basis = enrich_basis([Citation(number=INSTRUCTION_NUMBER, date=INSTRUCTION_DATE, clause="off-label", text=NOT_FOUND_RULE)], state.registry)
        return {"query": asked, "authorized": False, "covered": False, "authorized_and_covered": False, "authorization": None,
                "reason": "no approved authorization covers this date", "basis": basis}
    view = authorization_view(rows[0], on)
    return {"query": asked, "authorized": True, "covered": bool(view["covered"]), "authorized_and_covered": view["authorized_and_covered"],
            "authorization": view, "reason": "approved" + (" and covered" if view["covered"] else " (coverage not recorded)" if view["covered"] is None else ", not covered"),
            "basis": view["basis"]}
