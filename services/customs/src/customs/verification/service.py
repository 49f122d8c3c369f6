"""SPEC X3 verification of stored declarations: retried by the user and periodically (service functions only flush).

An item waiting for inspections (open requirement `inspections_verification`) is evaluated again with the
answers obtained now; only those items change. Every verification by a user is a decision record
(`customs.declaration.verification`), also when inspections is still unreachable; the periodic retry writes
one only when it obtained an answer (a record every 30 s per waiting declaration would say nothing new).
"""

from __future__ import annotations

import copy
import logging
import uuid
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from customs.declarations import workflow as wf
from customs.declarations.models import Declaration
from customs.declarations.rules import ProductRuling, RulingUnavailable, X3Question, identified_of, merge_basis, verification_summary
from customs.declarations.schemas import DeclarationIn
from customs.verification.client import fetch_rulings
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import DomainError, PreconditionFailed
from shared.jalali import date_pair, today_tehran
from shared.middleware import request_id_var

log = logging.getLogger("customs.x3")

REQUIREMENT = "inspections_verification"
PERIODIC_ACTOR = Actor(sub="service:customs/verification-retry", role="service", org="customs")
Rulings = dict[tuple[str, str, str], ProductRuling | RulingUnavailable]


class NothingToVerify(DomainError):
    status, type = 409, "nothing-to-verify"


def pending_items(decl: Declaration) -> list[int]:
    """Items still waiting for inspections' answer (pending, with the open requirement)."""
    return [it["index"] for it in decl.items_state if it["status"] == "pending" and REQUIREMENT in it["open_requirements"]]


def questions_for(app: FastAPI, decl: Declaration) -> tuple[DeclarationIn, list[X3Question], Any]:
    """The stored declaration as the engine's input, and what must be asked again for its waiting items."""
    body = DeclarationIn.model_validate(decl.payload)
    as_of = today_tehran()
    return body, app.state.customs_engine.x3_questions(body, decl.decision_date, as_of=as_of, indexes=pending_items(decl)), as_of


def record_columns(decl: Declaration, evaluation: dict[str, Any], asked: bool, now: datetime) -> None:
    """The declaration's verification columns from its evaluation (queried by the periodic retry)."""
    summary = evaluation.get("verification") or verification_summary(evaluation["items"])
    decl.verification_status = summary["status"]
    decl.verification_reason = (summary.get("reason") or None) and summary["reason"][:500]
    if asked:
        decl.verification_attempts = (decl.verification_attempts or 0) + 1
        decl.verification_last_at = now


def apply_verification(
    session: Session,
    app: FastAPI,
    decl: Declaration,
    body: DeclarationIn,
    rulings: Rulings,
    as_of: Any,
    actor: Actor,
    trigger: str,
    questions: list[X3Question],
) -> tuple[list[int], str | None]:
    """Re-evaluate the waiting items with the answers; returns (items resolved, decision id or None when nothing was written)."""
    engine = app.state.customs_engine
    waiting = pending_items(decl)
    if not waiting:
        raise NothingToVerify(
            "No item of this declaration waits for a verification with inspections.",
            detail_fa="قلمی در انتظار استعلام از سامانه بازرسی نیست.",
            verification=view(decl),
        )
    fresh = engine.evaluate(body, decl.decision_date, as_of=as_of, product_rulings=rulings, identified=identified_of(decl.evaluation)).to_dict()
    ev = copy.deepcopy(decl.evaluation)
    items_state = copy.deepcopy(decl.items_state)
    resolved: list[int] = []
    for idx in waiting:
        item = fresh["items"][idx]
        ev["items"][idx] = item
        st = items_state[idx]
        st["status"] = {"refused": "refused", "out_of_scope": "out_of_scope"}.get(item["outcome"], "pending")
        st["open_requirements"] = [] if st["status"] != "pending" else [r["code"] for r in item["requirements"]]
        if item["verification"] != "pending":
            resolved.append(idx)
    outcomes = {i["outcome"] for i in ev["items"]}
    ev["outcome"] = next((o for o in ("pending", "cleared", "refused") if o in outcomes), "out_of_scope")
    reqs: dict[str, dict[str, Any]] = {}
    for i in ev["items"]:
        for r in i["requirements"]:
            reqs.setdefault(r["code"], r)
    ev["requirements"] = list(reqs.values())
    ev["basis"] = merge_basis(ev["basis"], *(ev["items"][i]["basis"] for i in resolved))
    ev["verification"] = verification_summary(ev["items"])
    now = datetime.now(UTC)
    if trigger == "periodic" and not resolved:
        record_columns(decl, ev, asked=True, now=now)  # attempts and the latest reason; no new version: nothing was decided
        session.flush()
        return [], None
    x3_basis = [c for i in waiting for c in ev["items"][i]["basis"] if c.get("source") == "inspections" or "CUS-X3" in (c.get("text") or "")]
    rec = record_decision(
        session,
        kind="customs.declaration.verification",
        subject_type="declaration",
        subject_id=decl.id,
        inputs={
            "trigger": trigger,
            "version": decl.version,
            "waiting_items": waiting,
            "questions": [q.payload() for q in questions],
            "as_of": as_of.isoformat(),
        },
        outcome={
            "verification": ev["verification"]["status"],
            "resolved_items": resolved,
            "reason": ev["verification"]["reason"],
            "items": [
                {
                    "index": i,
                    "outcome": ev["items"][i]["outcome"],
                    "status": items_state[i]["status"],
                    "open_requirements": items_state[i]["open_requirements"],
                    "x3_checks": ev["items"][i]["x3_checks"],
                }
                for i in waiting
            ],
        },
        basis=merge_basis(x3_basis),
        ruleset_version=engine.ruleset_version,
        actor=actor,
    )
    decl.evaluation = ev
    decl.items_state = items_state
    record_columns(decl, ev, asked=True, now=now)
    decl.version += 1
    decl.updated_at = now
    note = f"{trigger}: " + (f"items {', '.join(map(str, resolved))} verified" if resolved else f"still waiting ({ev['verification']['reason']})")
    decl.steps = [
        *decl.steps,
        {
            "action": "verification",
            "actor": actor.sub,
            "role": actor.role,
            "state_from": decl.state,
            "state_to": decl.state,
            "decision_id": rec.decision_id,
            "note": note[:500],
            "at": now.isoformat(),
        },
    ]
    session.flush()
    return resolved, rec.decision_id


def verify_now(session: Session, app: FastAPI, decl_id: str, expected_version: int, actor: Actor, trigger: str) -> tuple[Declaration, list[int], str | None]:
    """Ask inspections *before* taking the row lock (a slow answer never holds a lock), then apply if unchanged meanwhile."""
    decl = session.get(Declaration, decl_id)
    if decl is None:  # pragma: no cover - checked by the caller
        raise NothingToVerify("No such declaration.", detail_fa="اظهارنامه یافت نشد.")
    if not pending_items(decl):
        raise NothingToVerify(
            "No item of this declaration waits for a verification with inspections.",
            detail_fa="قلمی در انتظار استعلام از سامانه بازرسی نیست.",
            verification=view(decl),
        )
    body, questions, as_of = questions_for(app, decl)
    rulings = fetch_rulings(app, questions)
    locked = session.execute(select(Declaration).where(Declaration.id == decl_id).with_for_update()).scalar_one()
    session.refresh(locked)
    if locked.version != expected_version:
        raise PreconditionFailed(
            "The declaration changed while inspections was being asked; read it again and retry.", detail_fa="اظهارنامه در این فاصله تغییر کرده است."
        )
    resolved, decision_id = apply_verification(session, app, locked, body, rulings, as_of, actor, trigger, questions)
    return locked, resolved, decision_id


def retry_pending_verifications(app: FastAPI, maker: Any = None, limit: int = 50) -> dict[str, int]:
    """The periodic retry (SPEC X): every waiting declaration in expert review, oldest attempt first; stops at the first
    declaration whose answers are still missing (inspections is down: asking again now would say nothing new)."""
    maker = maker or _own_sessionmaker(app)
    done = {"checked": 0, "verified": 0, "still_pending": 0}
    with maker() as s:
        rows = s.execute(
            select(Declaration.id, Declaration.version)
            .where(Declaration.verification_status == "pending", Declaration.state == wf.AWAITING_EXPERT)
            .order_by(Declaration.verification_last_at.asc().nulls_first(), Declaration.created_at)
            .limit(limit)
        ).all()
    for decl_id, version in rows:
        # each retry has its own request id: the call to inspections is traceable in the gateway's logs and metrics
        rid = request_id_var.set(f"customs-verification-retry-{uuid.uuid4().hex[:12]}")
        try:
            with maker() as s:
                try:
                    decl, resolved, _ = verify_now(s, app, decl_id, version, PERIODIC_ACTOR, "periodic")
                    s.commit()
                except (NothingToVerify, PreconditionFailed):
                    s.rollback()  # verified or changed by a user meanwhile
                    continue
        finally:
            request_id_var.reset(rid)
        done["checked"] += 1
        if decl.verification_status == "pending":
            done["still_pending"] += 1
            if not resolved:
                break
        else:
            done["verified"] += 1
    if done["checked"]:
        log.info("X3 periodic verification: %s", done)
    return done


def _own_sessionmaker(app: FastAPI) -> Any:
    """The periodic thread uses its own connections (never a request's), from the app's engine."""
    maker = getattr(app.state, "_verification_sessionmaker", None)
    if maker is None:
        maker = app.state._verification_sessionmaker = sessionmaker(app.state.engine, expire_on_commit=False)
    return maker


def view(decl: Declaration, retry_seconds: float | None = None) -> dict[str, Any]:
    """The declaration's verification block (SPEC X3) as the API shows it."""
    summary = decl.evaluation.get("verification") or verification_summary(decl.evaluation["items"])
    waiting = pending_items(decl)
    return {
        "status": "pending" if waiting else ("not_required" if summary["status"] == "pending" else summary["status"]),
        "pending_items": waiting,
        "checked_items": summary.get("checked_items", []),
        "reason": (decl.verification_reason or summary.get("reason")) if waiting else None,
        "attempts": decl.verification_attempts or 0,
        **date_pair("last_attempt_at", decl.verification_last_at),
        "retry": {"method": "POST", "path": f"/v1/declarations/{decl.id}/verification", "if_match": True, "automatic_every_seconds": retry_seconds}
        if waiting
        else None,
    }
