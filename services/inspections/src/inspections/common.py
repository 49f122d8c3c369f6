"""Small helpers used by every domain package of this service (citations, date pairs, ids)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

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


def cite(registry: RegulationRegistry, number: str, clause: str | None, text: str, kind: str = "rule") -> Citation:
    """A Citation from the registry's record; pseudo-sources (registry, ruleset) become plain notes."""
    reg = registry.find(number)
    if reg is None:
        return Citation(number=number, clause=clause, text=text, kind=kind)
    return reg.cite(clause, text, kind)


def citations_json(items: list[Citation]) -> list[dict[str, Any]]:
    return [c.model_dump(mode="json") for c in items]
