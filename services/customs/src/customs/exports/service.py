"""Export permits: evaluate and store (CUS-6.4), then expert -> head of GIO -> DG where the note requires it."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from customs.declarations.letters import next_letter_number
from customs.declarations.rules import REQUIREMENTS
from customs.declarations.schemas import CustomsActionIn
from customs.declarations.service import STAFF_ROLES, RequirementsOpen, WrongState, check_office_and_forms, owner_matches
from customs.exports.models import ExportPermit
from customs.exports.rules import evaluate_export
from customs.exports.schemas import ExportPermitIn
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import Forbidden, NotFound, ValidationProblem
from shared.jalali import date_pair, today_tehran

AWAITING_EXPERT, AWAITING_HEAD, AWAITING_DG = "awaiting_expert_review", "awaiting_head_approval", "awaiting_dg_release"
ISSUED, REFUSED, NO_PERMIT = "issued", "refused", "no_permit_needed"
ACTIONS = {
    "identify": {"gio_expert": {AWAITING_EXPERT}},
    "expert_review": {"gio_expert": {AWAITING_EXPERT}},
    "head_approval": {"gio_head": {AWAITING_HEAD}},
    "dg_release": {"dpna_dg": {AWAITING_DG}},
    "refuse": {"gio_expert": {AWAITING_EXPERT}, "gio_head": {AWAITING_HEAD}, "dpna_dg": {AWAITING_DG}},
}


def create(session: Session, app: FastAPI, body: ExportPermitIn, actor: Actor) -> tuple[ExportPermit, str]:
    engine = app.state.customs_engine
    if actor.role == "traveller" and not owner_matches(actor, body.national_code, body.passport_no):
        raise Forbidden("A traveller applies in their own name only.", detail_fa="مسافر فقط به نام خود درخواست می دهد.")
    if actor.role == "customs_officer" and (actor.org or "").upper() != body.customs_office.upper():
        raise Forbidden("A customs officer files for their own office only.", detail_fa="مامور گمرک فقط برای گمرک خود درخواست ثبت می کند.")
    check_office_and_forms(engine.reference, body.customs_office, body.items)
    today = today_tehran()
    on = body.decision_date or today
    if on > today:
        raise ValidationProblem(
            "decision_date cannot be in the future for a stored application.",
            detail_fa="تاریخ تصمیم نمی تواند در آینده باشد.",
            errors=[{"field": "decision_date", "message": f"after today ({today.isoformat()})", "message_fa": f"پس از امروز ({today.isoformat()}) است"}],
        )
    ev = evaluate_export(engine, body.items, body.prescription.attached, on)
    state = NO_PERMIT if ev["outcome"] == "no_permit_needed" else (REFUSED if ev["outcome"] == "refused" else AWAITING_EXPERT)
    now = datetime.now(UTC)
    permit = ExportPermit(
        id=str(uuid.uuid4()),
        customs_office=engine.reference.office(body.customs_office)["code"],
        applicant_national_code=body.national_code,
        applicant_passport_no=body.passport_no,
        destination_country=body.destination_country,
        decision_date=on,
        state=state,
        version=1,
        payload=body.model_dump(mode="json"),
        evaluation=ev,
        steps=[],
        ruleset_version=engine.ruleset_version,
        reference_version=engine.reference.version,
        created_by=actor.sub,
        created_at=now,
        updated_at=now,
    )
    session.add(permit)
    session.flush()
    rec = record_decision(
        session,
        kind="customs.export_permit.evaluated",
        subject_type="export_permit",
        subject_id=permit.id,
        inputs={**permit.payload, "decision_date": on.isoformat(), "reference_version": permit.reference_version},
        outcome={
            "outcome": ev["outcome"],
            "state": state,
            "items": [{"index": i["index"], "outcome": i["outcome"], "max_clearable_quantity": i["max_clearable_quantity"]} for i in ev["items"]],
        },
        basis=ev["basis"],
        ruleset_version=engine.ruleset_version,
        actor=actor,
    )
    permit.steps = [{"action": "submitted", "actor": actor.sub, "role": actor.role, "state_to": state, "decision_id": rec.decision_id, "at": now.isoformat()}]
    session.flush()
    return permit, rec.decision_id


def get_visible(session: Session, permit_id: str, actor: Actor, lock: bool = False) -> ExportPermit:
    q = select(ExportPermit).where(ExportPermit.id == permit_id)
    if lock:
        q = q.with_for_update()
    p = session.execute(q).scalar_one_or_none()
    ok = p is not None and (
        actor.role in STAFF_ROLES
        or (actor.role == "customs_officer" and (actor.org or "").upper() == p.customs_office)
        or (actor.role == "traveller" and owner_matches(actor, p.applicant_national_code, p.applicant_passport_no))
    )
    if not ok:
        raise NotFound(f"No export permit {permit_id}.", detail_fa="درخواست یافت نشد.")
    return p


def apply_action(session: Session, app: FastAPI, p: ExportPermit, body: CustomsActionIn, actor: Actor) -> tuple[ExportPermit, str]:
    if body.action not in ACTIONS:
        raise ValidationProblem(
            f"Export permits accept: {', '.join(ACTIONS)}.",
            detail_fa=f"اقدام‌های مجاز برای مجوز خروج: {'، '.join(ACTIONS)}.",
            errors=[{"field": "action", "message": "not an export-permit action", "message_fa": "اقدامی برای مجوز خروج نیست"}],
        )
    roles = ACTIONS[body.action]
    if actor.role not in roles:
        raise Forbidden(
            f"Only {', '.join(sorted(roles))} may {body.action}.", detail_fa=f"اقدام {body.action} فقط برای این نقش‌ها مجاز است: {'، '.join(sorted(roles))}."
        )
    if p.state not in roles[actor.role]:
        raise WrongState(f"{body.action} is not allowed in state {p.state}.", detail_fa=f"اقدام {body.action} در وضعیت {p.state} مجاز نیست.", state=p.state)
    ev = copy.deepcopy(p.evaluation)
    needs_head = ev["workflow"]["head_of_gio_approval"]
    extra: dict[str, Any] = {}
    rules_extra: list[str] = []
    if body.action == "identify":
        ev = _identify(app, p, body, actor)
        state_to = NO_PERMIT if ev["outcome"] == "no_permit_needed" else (REFUSED if ev["outcome"] == "refused" else AWAITING_EXPERT)
        rules_extra = ["CUS-ID"]
    elif body.action == "refuse":
        state_to = REFUSED
    elif body.action == "expert_review":
        unknown = [c for c in body.requirements_met if c not in REQUIREMENTS]
        if unknown:
            raise ValidationProblem(
                f"Unknown requirement codes: {', '.join(unknown)}.",
                detail_fa=f"کد الزام ناشناخته: {'، '.join(unknown)}.",
                errors=[{"field": "requirements_met", "message": "unknown codes", "message_fa": "کدهای ناشناخته"}],
            )
        if "substance_identification" in body.requirements_met:
            raise ValidationProblem(
                "substance_identification cannot be confirmed: an item whose name was not recognised gets no exit permit until its substance is "
                "identified (CUS-ID); refuse the request, or the applicant files it again with the medicine's name.",
                detail_fa="برای قلم شناسایی نشده مجوز خروج صادر نمی شود.",
                errors=[
                    {
                        "field": "requirements_met",
                        "message": "substance_identification: not closable in an export review",
                        "message_fa": "substance_identification: در بررسی درخواست خروج بسته نمی‌شود",
                    }
                ],
            )
        met = set(body.requirements_met) | {"gio_expert_review", "head_of_gio_approval", "dg_release"}
        still = {x["index"]: [r["code"] for r in x["requirements"] if r["code"] not in met] for x in ev["items"] if x["outcome"] == "pending"}
        still = {k: v for k, v in still.items() if v}
        if still:
            raise RequirementsOpen(
                "Requirements still open: " + "; ".join(f"item {k}: {', '.join(v)}" for k, v in still.items()),
                detail_fa="الزامات باز است: "
                + "؛ ".join(f"قلم {k}: {'، '.join(v)}" for k, v in still.items())
                + ". مدارک را تایید کنید یا درخواست را رد کنید.",
                open_requirements={str(k): v for k, v in still.items()},
            )
        ev["permitted"] = _permitted(ev, body, actor.role, ev.get("permitted") or {})
        state_to = AWAITING_HEAD if needs_head else ISSUED
    elif body.action == "head_approval":
        # CUS-6.4.3 note: the head of GIO sets the amount of high-value, expensive and shortage drugs
        ev["permitted"] = _permitted(ev, body, actor.role, ev.get("permitted") or {})
        state_to = AWAITING_DG
    else:
        state_to = ISSUED
    p.evaluation = ev
    if state_to == ISSUED:
        p.permit_letter_no = next_letter_number(session, "GIO-EX", today_tehran())
        extra["permit_letter_no"] = p.permit_letter_no
    cites = app.state.customs_engine.citations
    rules = ["CUS-5-EXIT", "CUS-6.4.1", "CUS-6.4.3", *rules_extra] + (["CUS-6.4.3-NOTE", "CUS-5-HEAD", "CUS-5-DG"] if needs_head else [])
    rec = record_decision(
        session,
        kind=f"customs.export_permit.{body.action}",
        subject_type="export_permit",
        subject_id=p.id,
        inputs={**body.model_dump(mode="json", exclude_none=True), "state": p.state, "version": p.version},
        outcome={"state": state_to, "permitted": ev.get("permitted") or {}, **extra},
        basis=[cites[r] for r in rules],
        ruleset_version=p.ruleset_version,
        actor=actor,
    )
    now = datetime.now(UTC)
    p.steps = [
        *p.steps,
        {
            "action": body.action,
            "actor": actor.sub,
            "role": actor.role,
            "state_from": p.state,
            "state_to": state_to,
            "decision_id": rec.decision_id,
            "note": body.note or body.reason,
            "at": now.isoformat(),
        },
    ]
    p.state, p.version, p.updated_at = state_to, p.version + 1, now
    session.flush()
    return p, rec.decision_id


def _identify(app: FastAPI, p: ExportPermit, body: CustomsActionIn, actor: Actor) -> dict[str, Any]:
    """CUS-ID for exit permits: the GIO expert names the substances of unrecognised items; the application is evaluated again."""
    from pydantic import TypeAdapter

    from customs.exports.schemas import ExportItemIn

    engine = app.state.customs_engine
    known = dict(p.evaluation.get("identified") or {})
    errors: list[dict[str, str]] = []
    for k, ident in enumerate(body.identifications):
        waiting = ident.index < len(p.evaluation["items"]) and "substance_identification" in [
            r["code"] for r in p.evaluation["items"][ident.index]["requirements"]
        ]
        if not waiting:
            errors.append(
                {
                    "field": f"identifications.{k}.index",
                    "message": "no such item waiting for identification",
                    "message_fa": "قلمی با این شماره در انتظار شناسایی نیست",
                }
            )
            continue
        subs: list[str] = []
        for j, name in enumerate(ident.substances):
            found = engine.reference.substances.resolve(name)
            if not found:
                errors.append(
                    {
                        "field": f"identifications.{k}.substances.{j}",
                        "message": f"{name!r} is not a substance of the index",
                        "message_fa": f"{name!r} در فهرست مواد نیست",
                    }
                )
            subs += [s for s in found if s not in subs]
        known[str(ident.index)] = {"substances": subs, "by": actor.sub, "reason": ident.reason}
    if errors:
        raise ValidationProblem("Identification invalid: " + "; ".join(e["message"] for e in errors[:3]), detail_fa="شناسایی ماده نامعتبر است.", errors=errors)
    items = TypeAdapter(list[ExportItemIn]).validate_python(p.payload["items"])
    ev = evaluate_export(engine, items, p.payload["prescription"]["attached"], p.decision_date, {int(k): v["substances"] for k, v in known.items()})
    ev["identified"] = known
    return ev


def _permitted(ev: dict[str, Any], body: CustomsActionIn, role: str, before: dict[str, Any]) -> dict[str, Any]:
    """The quantity permitted per item, as decided: the engine's allowed quantity unless the reviewer sets a smaller one
    (never more: 6.4.3 and its note are the letter's limits); refused items are permitted nothing."""
    out = dict(before)
    decisions = {d.index: d for d in body.items}
    for x in ev["items"]:
        if x["outcome"] != "pending":
            continue
        d = decisions.get(x["index"])
        allowed = x["max_clearable_quantity"] if x["max_clearable_quantity"] is not None else x["quantity"]
        prior = out.get(str(x["index"]), {}).get("quantity", allowed)
        qty = 0 if d is not None and d.decision == "refuse" else (float(d.cleared_quantity) if d is not None and d.cleared_quantity is not None else prior)
        if qty > allowed:
            raise ValidationProblem(
                f"Item {x['index']}: at most {allowed} may leave (CUS-6.4.3).",
                detail_fa=f"قلم {x['index']}: حداکثر {allowed} بسته مجاز به خروج است (بند ۶.۴.۳).",
                errors=[{"field": f"items.{x['index']}.cleared_quantity", "message": f"at most {allowed}", "message_fa": f"حداکثر {allowed}"}],
            )
        out[str(x["index"])] = {"quantity": qty, "set_by": role, "reason": d.reason if d is not None else None}
    return out


def view(p: ExportPermit, decision_id: str | None = None) -> dict[str, Any]:
    return {
        "id": p.id,
        "state": p.state,
        "version": p.version,
        "form": "FRM-DPNA-GIO-057",
        "application": p.payload,
        "customs_office": p.customs_office,
        **date_pair("decision_date", p.decision_date),
        **p.evaluation,
        "permit_letter_no": p.permit_letter_no,
        "permitted": p.evaluation.get("permitted") or {},
        "steps": p.steps,
        **date_pair("created_at", p.created_at),
        "decision_id": decision_id or (p.steps[-1]["decision_id"] if p.steps else None),
    }
