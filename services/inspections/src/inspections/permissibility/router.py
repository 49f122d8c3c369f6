"""POST /v1/permissibility (INS-R) and the rule set as data (GET /v1/permissibility/rules)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Request

from inspections.access import Reader
from inspections.centres import service as centres
from inspections.permissibility import service
from inspections.permissibility.schemas import PermissibilityIn
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep
from shared.jalali import to_jalali, today_tehran

router = APIRouter(prefix="/v1", tags=["permissibility"])


@router.post("/permissibility", responses=problem_responses(401, 403, 404, 422))
def post_permissibility(body: PermissibilityIn, request: Request, session: SessionDep, actor: Reader, idem: IdempotencyDep) -> Any:
    """INS-R: is activity A of kind K (by centre C, with approval X) permitted on date D? With basis; stored as a decision."""
    if idem.replay:
        return idem.replay
    centre = centres.get_centre(session, actor, body.center_id) if body.center_id else None
    view = service.rule(
        session, request.app.state.registry, request.app.state.ruleset, actor,
        body.activity, body.kind, body.approval, body.date or today_tehran(), centre,
    )
    return idem.respond(session, view, 200)


@router.get("/permissibility/rules", responses=problem_responses(401, 403))
def get_rules(request: Request, actor: Reader) -> dict[str, Any]:
    """The INS-R rule set in force in this process (data file), each rule with its letter and dates."""
    rs = request.app.state.ruleset
    rules = []
    for r in rs.rules:
        d = asdict(r)
        d["kinds"], d["activities"] = sorted(r.kinds), sorted(r.activities)
        d["start"], d["end"] = (r.start.isoformat() if r.start else None), (r.end.isoformat() if r.end else None)
        d["start_jalali"], d["end_jalali"] = to_jalali(r.start), to_jalali(r.end)
        rules.append(d)
    return {"version": rs.version, "coverage": {k: sorted(v) for k, v in rs.coverage.items()}, "rules": rules}
