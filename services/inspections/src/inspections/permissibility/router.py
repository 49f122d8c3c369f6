"""POST /v1/permissibility (INS-R) and the rule set as data (GET /v1/permissibility/rules)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import Request

from inspections.access import Reader, university_scope
from inspections.centres import service as centres
from inspections.permissibility import service
from inspections.permissibility.schemas import PermissibilityIn, PermissibilityRuleSet, PermissibilityRuling
from shared.db import SessionDep
from shared.errors import problem_responses
from shared.http import IdempotencyDep
from shared.jalali import to_jalali, today_tehran
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["permissibility"])


@router.post("/permissibility", response_model=PermissibilityRuling, responses=problem_responses(401, 403, 404, 422))
def decide_permissibility(body: PermissibilityIn, request: Request, session: SessionDep, actor: Reader, idem: IdempotencyDep) -> Any:
    """INS-R: is activity A of kind K (by centre C, with approval X) permitted on date D? With basis; stored as a decision.

    Each letter counts only from its own date. `outcome` is permitted, prohibited,
    not_regulated_by_these_letters (`permitted` null: the letters neither permit nor ban it) or
    requires_verification (an exosome IRC the registry does not hold as a verified FDO registration).
    With `center_id`, the centre's status and approvals on the date count (another university's centre is 404).
    """
    university_scope(actor)  # a university token without its university (org) is refused (403), with or without a centre
    if idem.replay:
        return idem.replay
    centre = centres.get_centre(session, actor, body.center_id) if body.center_id else None
    view = service.rule(
        session,
        request.app.state.registry,
        request.app.state.ruleset,
        actor,
        body.activity,
        body.kind,
        body.approval,
        body.date or today_tehran(),
        centre,
        irc_code=body.irc_code,
    )
    return idem.respond(session, view, 200)


@router.get("/permissibility/rules", response_model=PermissibilityRuleSet, responses=problem_responses(401, 403))
def get_permissibility_rules(request: Request, actor: Reader) -> Any:
    """The INS-R rule set in force in this process (data file), each rule with its letter and dates."""
    rs = request.app.state.ruleset
    rules = []
    for r in rs.rules:
        c = asdict(r.cite)
        rules.append(
            {
                "id": r.id,
                "effect": r.effect,
                "precedence": r.precedence,
                "kinds": sorted(r.kinds),
                "activities": sorted(r.activities),
                "approved": r.approved,
                "approvals": sorted(r.approvals) if r.approvals else None,
                "verify_irc": r.verify_irc,
                "start": r.start.isoformat() if r.start else None,
                "end": r.end.isoformat() if r.end else None,
                "start_jalali": to_jalali(r.start),
                "end_jalali": to_jalali(r.end),
                "letter": c["letter"],
                "clause": c["clause"],
                "text": c["text"],
                "text_fa": c["text_fa"],
                "kind": c["kind"],
                "authority": c["authority"],
                "quote": c["quote"],
                "reason": c["reason"],
                "leans_on": list(c["leans_on"]),
            }
        )
    return {"version": rs.version, "coverage": {k: sorted(v) for k, v in rs.coverage.items()}, "rules": rules}
