"""The claims catalogue (SHR-PROV): every citation the claims rule table and data files can produce.

`catalogue()` lists one entry per rule-table row (claims/citations.py) and per data file figure set
(data/assessment_defaults.yaml, data/minimum_wages.yaml); `RULESET_VERSION` is the rules part of every
decision's `ruleset_version`; `LOCK_PATH` records the fingerprint of each released version
(`.venv/bin/python -m shared.catalogue lock claims`).
"""

from __future__ import annotations

from pathlib import Path

from claims.citations import RULES, RULES_VERSION, citation_of
from shared.catalogue import CatalogueEntry

RULESET_VERSION: str = RULES_VERSION
LOCK_PATH: Path = Path(__file__).resolve().parents[2] / "ruleset.lock"


def catalogue() -> list[CatalogueEntry]:
    """Every citation claims can produce, with its rule id and where it is defined."""
    from claims.fees.rules import wage_citation
    from claims.reference import default_rule_data, shipped_wages

    entries = [CatalogueEntry(r.rule_id, citation_of(r), f"claims/citations.py:RULES[{r.key}]") for r in RULES]
    rd = default_rule_data()
    entries.append(
        CatalogueEntry(
            "CLM-A4",
            rd.citation(f"Shares, tariff ceilings and prosthesis handling come from rule data version {rd.version}.", f"داده‌های ضوابط نسخه {rd.version}"),
            "claims/data/assessment_defaults.yaml",
        )
    )
    entries.extend(CatalogueEntry("CLM-P1", wage_citation(w), f"claims/data/minimum_wages.yaml:{year}") for year, w in sorted(shipped_wages().items()))
    return entries
