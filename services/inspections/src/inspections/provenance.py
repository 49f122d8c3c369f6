"""SHR-PROV for inspections: every citation the rule tables and data files can produce, the rule-set version, the lock.

`catalogue()` lists the INS-R rules and engine notes (data/permissibility_rules.yaml), the checklist
items (data/checklists.yaml) and the registry / plan / enforcement / report citations (citations.py),
each with its rule id and where it is defined. `shared.catalogue` checks them against the letters.
"""

from __future__ import annotations

from pathlib import Path

from inspections import citations
from inspections.common import citation
from inspections.inspections.checklists import DATA as CHECKLISTS
from inspections.inspections.checklists import load_checklists
from inspections.permissibility.ruleset import DATA as RULES
from inspections.permissibility.ruleset import load_ruleset
from shared.catalogue import CatalogueEntry
from shared.provenance import RegulationRegistry

RULESET_VERSION: str = load_ruleset().version
LOCK_PATH: Path = Path(__file__).resolve().parents[2] / "ruleset.lock"

_NO_REGISTRY = RegulationRegistry([], "none")  # citations are built without the letters' dates: the catalogue checks content


def _entries():
    rs = load_ruleset()
    for r in rs.rules:
        yield r.id, r.cite, f"{RULES.name}:rules[{r.id}]"
    for name, note in rs.notes.items():
        yield note.rule_id, note, f"{RULES.name}:engine_notes.{name}"
    for name, cr in (("closed", rs.closed_rule), ("no_licence", rs.no_licence_rule)):
        yield cr.cite.rule_id, cr.cite, f"{RULES.name}:centre_rules.{name}"
    for checklist in load_checklists():
        for item in checklist.items:
            yield item.cite.rule_id, item.cite, f"{CHECKLISTS.name}:{checklist.version}.{item.code}"
    for rule_id, c in citations.ALL.items():
        yield rule_id, c, f"citations.py:{rule_id}"


def catalogue() -> list[CatalogueEntry]:
    """Every citation inspections' rule tables and data files can produce (SHR-PROV)."""
    return [CatalogueEntry(rule_id or "", citation(_NO_REGISTRY, c), where) for rule_id, c, where in _entries()]
