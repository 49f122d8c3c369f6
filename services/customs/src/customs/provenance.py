"""The customs rule catalogue (SHR-PROV): every citation the rule tables and data files can produce.

`catalogue()` lists each rule of `declarations.basis` (the rule table the engine, the workflow, export permits
and the pre-check cite) and each reference list's citation, with the rule id and where it is defined.
`RULESET_VERSION` is the rules part of every decision's `ruleset_version`; `LOCK_PATH` records the fingerprint
of each released version (`.venv/bin/python -m shared.catalogue lock customs`).
"""

from __future__ import annotations

from pathlib import Path

from customs.declarations.basis import LIST_RULES, RULES, RULESET_VERSION
from customs.declarations.rules import rule_citation
from shared.catalogue import CatalogueEntry
from shared.provenance import RegulationRegistry

LOCK_PATH: Path = Path(__file__).resolve().parents[2] / "ruleset.lock"

__all__ = ["LOCK_PATH", "RULESET_VERSION", "catalogue"]


def catalogue(registry: RegulationRegistry | None = None) -> list[CatalogueEntry]:
    """One entry per citation customs can produce (the registry gives each letter's date and issuer)."""
    reg = registry or RegulationRegistry.load(sources_dir=None)
    entries = [CatalogueEntry(rid, rule_citation(reg, rid, rule), f"customs/declarations/basis.py:RULES[{rid}]") for rid, rule in RULES.items()]
    entries += [CatalogueEntry(rid, rule_citation(reg, rid, rule), f"customs/declarations/basis.py:LIST_RULES[{rid}]") for rid, rule in LIST_RULES.items()]
    return entries
