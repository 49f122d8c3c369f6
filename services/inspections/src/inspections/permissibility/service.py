"""INS-R rulings: run the pure engine with the centre's facts, turn its citations into the platform's basis, record the decision."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from inspections.centres import service as centres
from inspections.centres.models import Centre
from inspections.common import citations_json, cite, dates
from inspections.permissibility.rules import CentreFacts, RuleSet, Ruling, decide
from shared.auth import Actor
from shared.decisions import record_decision
from shared.provenance import Citation, RegulationRegistry


def basis_of(registry: RegulationRegistry, ruling: Ruling) -> list[Citation]:
    return cite(registry, *ruling.basis)


def ruleset_version(ruleset: RuleSet, registry: RegulationRegistry) -> str:
    return f"{ruleset.version}/{registry.version}"


def ruling_view(registry: RegulationRegistry, ruleset: RuleSet, ruling: Ruling, centre: Centre | None, irc_code: str | None = None) -> dict[str, Any]:
    basis = basis_of(registry, ruling)
    letters = sorted({c.number for c in basis if c.number and registry.find(c.number) is not None})
    applied = sorted({c.number for c in basis if c.kind == "rule" and c.number and registry.find(c.number) is not None})
    return {
        "activity": ruling.activity,
        "kind": ruling.kind,
        "approval": ruling.approval,
        "irc_code": irc_code,
        "effective_approval": ruling.effective_approval,
        "approved": ruling.approved,
        **dates(date=ruling.on),
        "center_id": centre.id if centre else None,
        "outcome": ruling.outcome,
        "permitted": ruling.permitted,
        "banned": ruling.banned,
        "requires_verification": ruling.verification is not None,
        "verification_reason": ruling.verification,
        "verification_reason_fa": next((c.text_fa for c in basis if c.rule_id == "INS-R-IRC-VERIFY"), None),
        "deciding_rule": ruling.deciding_rule,
        "letters_applied": applied,
        "letters_cited": letters,
        "warnings": [c.text for c in basis if c.kind == "warning"],
        "warnings_fa": [c.text_fa or c.text for c in basis if c.kind == "warning"],
        "basis": citations_json(basis),
        "ruleset_version": ruleset_version(ruleset, registry),
    }


def rule(
    session: Session,
    registry: RegulationRegistry,
    ruleset: RuleSet,
    actor: Actor | None,
    activity: str,
    kind: str,
    approval: str,
    on: dt.date,
    centre: Centre | None,
    *,
    record: bool = True,
    facts: CentreFacts | None = None,
    irc_code: str | None = None,
) -> dict[str, Any]:
    """One INS-R ruling; recorded as a decision (as decided then) unless record is False."""
    if centre is not None and facts is None:
        facts = centres.facts(session, centre, kind, on)
    verified = centres.irc_verified(session, irc_code, kind, on) if approval == "irc_code" else False
    ruling = decide(ruleset, activity, kind, approval, on, facts, irc_verified=verified)
    view = ruling_view(registry, ruleset, ruling, centre, irc_code)
    if record:
        rec = record_decision(
            session,
            kind="permissibility_ruling",
            subject_type="centre" if centre else "question",
            subject_id=centre.id if centre else f"{activity}/{kind}/{approval}/{on.isoformat()}",
            inputs={"activity": activity, "kind": kind, "approval": approval, "irc_code": irc_code, "date": on, "center_id": centre.id if centre else None},
            outcome={"outcome": ruling.outcome, "permitted": ruling.permitted, "deciding_rule": ruling.deciding_rule},
            basis=view["basis"],
            ruleset_version=view["ruleset_version"],
            actor=actor,
        )
        view["decision_id"] = rec.decision_id
    return view
