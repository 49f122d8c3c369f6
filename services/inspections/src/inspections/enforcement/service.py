"""Violations and enforcement actions: every order and transition is a decision; a closure closes the centre."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspections.centres import service as centres
from inspections.centres.models import Centre, CentreStatusChange
from inspections.citations import ENFORCEMENT, ENFORCEMENT_38754, ENFORCEMENT_DECISION
from inspections.common import basis_json, dates, new_id, ruleset_version
from inspections.enforcement import rules
from inspections.enforcement.models import Action, Violation
from inspections.enforcement.schemas import EnforcementActionIn, EnforcementTransitionIn
from inspections.permissibility.rules import Cite
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import Conflict, DomainError, NotFound, ValidationProblem
from shared.jalali import today_tehran
from shared.pagination import Order, Page, keyset, page_rows, page_total
from shared.provenance import RegulationRegistry


class WrongState(DomainError):
    status, type = 409, "wrong-state"


def _basis(action_type: str) -> list[Cite]:
    """INS-ENF: the legal action 400/10262/د names for this action type, and 100/70/38754 repeating it."""
    return [ENFORCEMENT[action_type], ENFORCEMENT_38754]


def get_violation(session: Session, scope: str | None, violation_id: str) -> Violation:
    v = session.get(Violation, violation_id)
    if v is None or (scope is not None and v.university != scope):
        raise NotFound(f"No violation {violation_id}.", detail_fa=f"تخلف {violation_id} یافت نشد.")
    return v


def get_action(session: Session, scope: str | None, action_id: str) -> Action:
    a = session.get(Action, action_id)
    if a is None or (scope is not None and a.university != scope):
        raise NotFound(f"No action {action_id}.", detail_fa=f"اقدام {action_id} یافت نشد.")
    return a


def violation_view(v: Violation) -> dict[str, Any]:
    return {
        "id": v.id,
        "center_id": v.centre_id,
        "inspection_id": v.inspection_id,
        "university": v.university,
        "item": v.item_code,
        "type": v.type,
        "severity": v.severity,
        "description": v.description,
        **dates(detected_on=v.detected_on),
        "state": v.state,
        "decision_id": v.decision_id,
        "version": v.version,
    }


def action_view(a: Action) -> dict[str, Any]:
    return {
        "id": a.id,
        "violation_id": a.violation_id,
        "center_id": a.centre_id,
        "university": a.university,
        "type": a.type,
        "referral_to": a.referral_to,
        "state": a.state,
        **dates(ordered_on=a.ordered_on),
        "inventory": a.inventory,
        "note": a.note,
        "history": a.history,
        "version": a.version,
    }


def order_action(session: Session, registry: RegulationRegistry, actor: Actor, violation: Violation, data: EnforcementActionIn) -> Action:
    if data.ordered_on > today_tehran():
        raise ValidationProblem(
            "ordered_on is in the future.",
            detail_fa="تاریخ دستور (ordered_on) در آینده است.",
            errors=[{"field": "ordered_on", "message": "in the future", "message_fa": "در آینده است"}],
        )
    if data.ordered_on < violation.detected_on:
        raise ValidationProblem(
            "ordered_on is before the violation was found.",
            detail_fa="تاریخ دستور (ordered_on) پیش از تاریخ کشف تخلف است.",
            errors=[{"field": "ordered_on", "message": "before detection", "message_fa": "پیش از تاریخ کشف تخلف است"}],
        )
    if violation.state == "resolved":
        raise WrongState("The violation is resolved; no new action can be ordered.", detail_fa="تخلف مختومه شده است؛ اقدام تازه‌ای برای آن نمی‌توان دستور داد.")
    centre = session.get(Centre, violation.centre_id, with_for_update=True)  # serialise concurrent closures of one centre
    assert centre is not None
    if data.type == "closure" and centre.status == "closed":
        raise WrongState("The centre is already closed.", detail_fa="مرکز قبلاً تعطیل شده است.")
    action_id = new_id()
    basis = basis_json(registry, *_basis(data.type))
    dec = record_decision(
        session,
        kind="enforcement_action",
        subject_type="action",
        subject_id=action_id,
        inputs={"violation_id": violation.id, "centre_id": centre.id, **data.model_dump(mode="json")},
        outcome={"type": data.type, "state": "ordered", "referral_to": data.referral_to},
        basis=basis,
        ruleset_version=ruleset_version(registry),
        actor=actor,
    )
    action = Action(
        id=action_id,
        violation_id=violation.id,
        centre_id=centre.id,
        university=centre.university,
        type=data.type,
        referral_to=data.referral_to,
        state="ordered",
        ordered_on=data.ordered_on,
        inventory=[i.model_dump() for i in data.inventory] if data.inventory else None,
        note=data.note,
        history=[{"state": "ordered", "on": data.ordered_on.isoformat(), "decision_id": dec.decision_id, "actor": actor.sub}],
        version=1,
        created_at=dt.datetime.now(dt.UTC),
    )
    session.add(action)
    violation.state = "actioned"
    violation.version += 1
    session.flush()
    if rules.centre_effect(data.type, "ordered") == "close":
        centres.record_status_change(
            session,
            registry,
            actor,
            centre,
            "closed",
            data.ordered_on,
            "closure_action",
            action.id,
            f"closure ordered for violation {violation.id} ({violation.type})",
            basis,
        )
        centre.version += 1
    session.flush()
    return action


def transition(session: Session, registry: RegulationRegistry, actor: Actor, action: Action, data: EnforcementTransitionIn) -> Action:
    if not rules.allowed(action.type, action.state, data.to):
        raise WrongState(
            f"A {action.type} in state {action.state} cannot move to {data.to}.",
            detail_fa="این تغییر وضعیت مجاز نیست.",
            allowed=list(rules.TRANSITIONS[action.type].get(action.state, ())),
        )
    if data.on > today_tehran() or data.on < action.ordered_on:
        raise ValidationProblem(
            "on must be between the order date and today.",
            detail_fa="تاریخ (on) باید میان تاریخ دستور و امروز باشد.",
            errors=[{"field": "on", "message": "out of range", "message_fa": "بیرون از بازه مجاز (از تاریخ دستور تا امروز) است"}],
        )
    cites = _basis(action.type)
    if data.decision is not None:
        cites.append(ENFORCEMENT_DECISION.with_suffix(f"{data.decision.ref}: {data.decision.text}", f"{data.decision.ref}: {data.decision.text}"))
    basis = basis_json(registry, *cites)
    dec = record_decision(
        session,
        kind="enforcement_transition",
        subject_type="action",
        subject_id=action.id,
        inputs={"from": action.state, **data.model_dump(mode="json")},
        outcome={"type": action.type, "state": data.to},
        basis=basis,
        ruleset_version=ruleset_version(registry),
        actor=actor,
    )
    if rules.centre_effect(action.type, data.to) == "reopen":
        centre = session.get(Centre, action.centre_id, with_for_update=True)
        assert centre is not None
        closing = session.scalars(
            select(CentreStatusChange).where(
                CentreStatusChange.centre_id == centre.id, CentreStatusChange.act_type == "closure_action", CentreStatusChange.act_ref == action.id
            )
        ).first()
        if centre.status != "closed" or closing is None:
            raise Conflict("The centre is not closed by this action.", detail_fa="مرکز با این اقدام تعطیل نشده است.")
        centres.record_status_change(
            session,
            registry,
            actor,
            centre,
            closing.previous_status or "active",
            data.on,
            "closure_lifted",
            data.decision.ref if data.decision else action.id,
            f"closure {action.id} lifted: {data.decision.text if data.decision else ''}",
            basis,
        )
        centre.version += 1
    action.state = data.to
    action.history = [
        *action.history,
        {
            "state": data.to,
            "on": data.on.isoformat(),
            "decision_id": dec.decision_id,
            "actor": actor.sub,
            "decision": data.decision.model_dump() if data.decision else None,
            "note": data.note,
        },
    ]
    action.version += 1
    if data.to == "concluded":
        open_left = session.scalars(
            select(Action).where(Action.violation_id == action.violation_id, Action.id != action.id, Action.state != "concluded")
        ).first()
        if open_left is None:
            v = session.get(Violation, action.violation_id)
            if v is not None:
                v.state, v.version = "resolved", v.version + 1
    session.flush()
    return action


# Newest first; `id` breaks ties. Indexes (migration 0004): (detected_on, id), (university, detected_on, id),
# (centre_id, detected_on, id), (state, detected_on, id), and (university, detected_on, id) WHERE state = 'open'.
VIOLATION_ORDER = Order("violations", ((Violation.detected_on, True), (Violation.id, True)))


def list_violations(
    session: Session, scope: str | None, centre_id: str | None, state: str | None, page: Page
) -> tuple[tuple[int, bool], list[Violation], str | None]:
    """(the capped total, this page's rows, the next page's cursor), newest first."""
    stmt = select(Violation)
    if scope is not None:
        stmt = stmt.where(Violation.university == scope)
    if centre_id:
        stmt = stmt.where(Violation.centre_id == centre_id)
    if state:
        stmt = stmt.where(Violation.state == state)
    rows, nxt = page_rows(session.scalars(keyset(stmt, VIOLATION_ORDER, page)).all(), VIOLATION_ORDER, page)
    return page_total(session, stmt, page, rows, nxt), rows, nxt


def actions_of(session: Session, violation_id: str) -> list[Action]:
    return list(session.scalars(select(Action).where(Action.violation_id == violation_id).order_by(Action.created_at, Action.id)))
