"""Small helpers used by every domain package of this service (citations, date pairs, ids, rule-set version)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from inspections.permissibility.rules import Cite
from inspections.permissibility.ruleset import load_ruleset
from shared.jalali import to_jalali
from shared.provenance import Citation, RegulationRegistry

RULESET_FILE_KEY = "ins"


def new_id() -> str:
    return str(uuid.uuid4())


def dates(**values: dt.date | dt.datetime | None) -> dict[str, Any]:
    """{'x': iso, 'x_jalali': '1404/11/20', ...} for every keyword (SHR-DATE)."""
    out: dict[str, Any] = {}
    for name, value in values.items():
        out[name] = value.isoformat() if value is not None else None
        out[f"{name}_jalali"] = to_jalali(value)
    return out


def citation(registry: RegulationRegistry, c: Cite) -> Citation:
    """A platform Citation from an engine/service Cite: the letter's date and issuer from the registry (SHR-PROV)."""
    reg = registry.find(c.letter) if c.letter else None
    return Citation(
        number=reg.number if reg else c.letter,
        date=reg.date if reg else None,
        issuer=reg.issuer if reg else None,
        clause=c.clause,
        text=c.text,
        text_fa=c.text_fa,
        kind=c.kind,
        rule_id=c.rule_id,  # type: ignore[arg-type]
        authority=c.authority,
        quote=c.quote,
        reason=c.reason,
        leans_on=list(c.leans_on),  # type: ignore[arg-type]
    )


def cite(registry: RegulationRegistry, *items: Cite) -> list[Citation]:
    return [citation(registry, c) for c in items]


def citations_json(items: list[Citation]) -> list[dict[str, Any]]:
    return [c.model_dump(mode="json") for c in items]


def basis_json(registry: RegulationRegistry, *items: Cite) -> list[dict[str, Any]]:
    return citations_json(cite(registry, *items))


def ruleset_version(registry: RegulationRegistry) -> str:
    """The version every decision of this service carries: `<rule set>/<registry>` (see inspections.provenance)."""
    return f"{load_ruleset().version}/{registry.version}"
