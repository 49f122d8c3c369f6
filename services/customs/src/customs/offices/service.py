"""Customs offices with their assigned experts; assignments by the head of GIO (CUS-5). Service functions only flush."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from customs.declarations.models import ExpertAssignment
from customs.declarations.schemas import ExpertAssignmentIn
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import NotFound


def offices(session: Session, app: FastAPI) -> list[dict[str, Any]]:
    """Every office (by code) with its GIO representation and active experts."""
    ref = app.state.reference
    rows = session.execute(select(ExpertAssignment).where(ExpertAssignment.active.is_(True))).scalars().all()
    by_office: dict[str, list[dict[str, Any]]] = {}
    for a in rows:
        by_office.setdefault(a.office_code, []).append({"expert_sub": a.expert_sub, "expert_name": a.expert_name})
    return [
        {
            "code": code,
            "name_en": o["name_en"],
            "name_fa": o["name_fa"],
            "kind": o["kind"],
            "has_gio_representative": ref.office_has_gio(code),
            "experts": by_office.get(code, []),
        }
        for code, o in sorted(ref.offices.items())
    ]


def assign(session: Session, app: FastAPI, code: str, body: ExpertAssignmentIn, actor: Actor) -> dict[str, Any]:
    """Assign (or re-activate) an expert at an office; a decision record (CUS-5)."""
    ref = app.state.reference
    office = ref.office(code)
    if office is None:
        raise NotFound(f"No customs office {code!r}.", detail_fa="گمرک یافت نشد.")
    code = office["code"]
    row = session.execute(
        select(ExpertAssignment).where(ExpertAssignment.office_code == code, ExpertAssignment.expert_sub == body.expert_sub)
    ).scalar_one_or_none()
    if row is None:
        row = ExpertAssignment(
            office_code=code, expert_sub=body.expert_sub, expert_name=body.expert_name, active=True, assigned_by=actor.sub, created_at=datetime.now(UTC)
        )
        session.add(row)
    else:
        row.active, row.expert_name, row.assigned_by = True, body.expert_name or row.expert_name, actor.sub
    session.flush()
    engine = app.state.customs_engine
    rec = record_decision(
        session,
        kind="customs.office.expert_assigned",
        subject_type="customs_office",
        subject_id=code,
        inputs=body.model_dump(),
        outcome={"office": code, "expert_sub": body.expert_sub, "active": True},
        basis=[engine.citations["CUS-5-ASSIGN"]],
        ruleset_version=engine.ruleset_version,
        actor=actor,
    )
    return {"office": code, "expert_sub": body.expert_sub, "expert_name": row.expert_name, "active": True, "decision_id": rec.decision_id}


def withdraw(session: Session, code: str, expert_sub: str) -> dict[str, Any]:
    """End an expert's assignment at an office (404 when not assigned)."""
    row = session.execute(
        select(ExpertAssignment).where(
            ExpertAssignment.office_code == code.upper(), ExpertAssignment.expert_sub == expert_sub, ExpertAssignment.active.is_(True)
        )
    ).scalar_one_or_none()
    if row is None:
        raise NotFound(f"{expert_sub} is not assigned to {code}.", detail_fa="این کارشناس برای این گمرک تعیین نشده است.")
    row.active = False
    session.flush()
    return {"office": row.office_code, "expert_sub": expert_sub, "active": False}
