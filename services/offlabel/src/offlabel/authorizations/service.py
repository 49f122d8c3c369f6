"""Authorization look-ups for other services (OFL-I): was THIS administration inside an approved course, and
covered? Facts only, per administration date (OFL-R-COURSE); claims asks per line date (X1)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from offlabel import basis
from offlabel.courses.models import Administration
from offlabel.courses.rules import AdministrationAnswer, CourseTerms, administration_on
from offlabel.guidelines.service import catalog
from offlabel.requests.models import OffLabelRequest
from offlabel.requests.rules import drug_matches
from offlabel.requests.service import enrich_basis, mask_national_code
from shared.auth import Actor
from shared.errors import NotFound
from shared.jalali import date_pair, now_tehran
from shared.text import search_key


def _visible(row: OffLabelRequest, actor: Actor) -> bool:
    return actor.role != "insurer" or (bool(actor.org) and row.insurer == actor.org)


def recorded_dates(session: Session, request_id: str) -> list[dt.date]:
    return list(session.execute(select(Administration.date).where(Administration.request_id == request_id).order_by(Administration.date)).scalars())


def administration(session: Session, row: OffLabelRequest, on: dt.date) -> AdministrationAnswer | None:
    """OFL-R-COURSE: the answer for one administration date under this approval (None: not approved)."""
    if row.status != "approved" or not row.course:
        return None
    return administration_on(CourseTerms.of(row.course), recorded_dates(session, row.id), on)


def _basis(row: OffLabelRequest, state: Any) -> list[dict[str, Any]]:
    own = [b for b in (row.evaluation.get("basis") or []) if b.get("rule_id") in ("OFL-G-APPROVAL", "OFL-R-CRITERIA")]
    course = [c for cr in row.evaluation.get("criteria") or [] if cr.get("id") == "interval" for c in cr.get("citations") or []]
    policy = (row.evaluation.get("coverage_policy") or {}).get("basis") or []
    return enrich_basis([basis.purchasing(), basis.authorization_meaning()], state.registry) + own + course + policy


def authorization_view(session: Session, state: Any, row: OffLabelRequest, on: dt.date | None = None) -> dict[str, Any]:
    """Only what another service needs: approved / covered, the course and (with a date) that administration, and why."""
    approved = row.status == "approved"
    covered = row.coverage_status == "covered" if row.coverage_status else None
    answer = administration(session, row, on) if on is not None else None
    inside = answer.covered if answer is not None else approved
    return {
        "authorization_id": row.id,
        "status": row.status,
        "approved": approved,
        "covered": covered,
        "authorized_and_covered": bool(approved and inside and covered),
        "administration": answer.as_dict() if answer is not None else None,
        "course": row.course,
        "administrations_recorded": [{"date": d.isoformat(), **date_pair("date", d)} for d in recorded_dates(session, row.id)],
        "patient_national_code_masked": mask_national_code(row.patient_national_code),
        "drug": row.drug_inn,
        "route": row.route,
        "eye": row.eye,
        "site": row.site,
        "insurer": row.insurer,
        **date_pair("valid_from", row.planned_date if approved else None),
        **date_pair("valid_until", row.valid_until),
        "guideline": row.evaluation.get("guideline"),
        "evaluation_decision_id": row.decision_id,
        "coverage_decision_id": row.coverage_decision_id,
        "coverage_reason": row.coverage_reason,
        "basis": _basis(row, state),
        "ruleset_version": row.ruleset_version,
        **date_pair("answered_at", now_tehran()),
    }


def by_id(session: Session, state: Any, authorization_id: str, actor: Actor, on: dt.date | None = None) -> dict[str, Any]:
    row = session.get(OffLabelRequest, authorization_id)
    if row is None or not _visible(row, actor):
        raise NotFound(f"No authorization {authorization_id}.", detail_fa="مجوزی با این شناسه یافت نشد.")
    return authorization_view(session, state, row, on)


def _candidates(session: Session, state: Any, actor: Actor, national_code: str, drug: str, site: str | None, on: dt.date) -> list[OffLabelRequest]:
    inns = {search_key(lg.guideline.drug.inn) for lg in catalog(session, state) if drug_matches(lg.guideline, drug)} or {search_key(drug)}
    site_is = OffLabelRequest.site.is_(None) if site is None else OffLabelRequest.site == site
    rows = (
        session.execute(
            select(OffLabelRequest).where(
                OffLabelRequest.patient_national_code == national_code,
                site_is,
                OffLabelRequest.status == "approved",
                OffLabelRequest.planned_date <= on,
                OffLabelRequest.valid_until >= on,
            )
        )
        .scalars()
        .all()
    )
    return [r for r in rows if search_key(r.drug_inn) in inns and _visible(r, actor)]


def query(session: Session, state: Any, actor: Actor, national_code: str, drug: str, site: str | None, on: dt.date) -> dict[str, Any]:
    """The approved course for this patient, drug and site around `on`, and whether the administration on `on` is inside it."""
    rows = _candidates(session, state, actor, national_code, drug, site, on)
    asked = {"patient_national_code_masked": mask_national_code(national_code), "drug": drug, "site": site, "eye": site, **date_pair("date", on)}
    views = [authorization_view(session, state, r, on) for r in rows]
    views.sort(key=lambda v: (v["authorized_and_covered"], bool(v["administration"] and v["administration"]["covered"]), v["valid_from"]), reverse=True)
    if not views:
        cites = enrich_basis([basis.purchasing(), basis.authorization_meaning()], state.registry)
        return {
            "query": asked,
            "authorized": False,
            "covered": False,
            "authorized_and_covered": False,
            "authorization": None,
            "administration": None,
            "reason": "no approved course for this patient, drug and site covers this date",
            "basis": cites,
        }
    view = views[0]
    adm = view["administration"]
    authorized = bool(adm and adm["covered"])
    covered = bool(view["covered"])
    if not authorized:
        reason = f"an approved course exists, but this administration is outside it: {adm['reason'] if adm else 'no course'}"
    else:
        reason = adm["reason"] + (" and covered" if covered else " (coverage not recorded)" if view["covered"] is None else ", not covered")
    return {
        "query": asked,
        "authorized": authorized,
        "covered": covered,
        "authorized_and_covered": authorized and covered,
        "authorization": view,
        "administration": adm,
        "reason": reason,
        "basis": view["basis"],
    }
