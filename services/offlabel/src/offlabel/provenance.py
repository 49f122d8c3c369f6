"""offlabel's rule catalogue (SHR-PROV): every citation its rule tables and data files can produce.

`catalogue()` lists the letter citations (offlabel.basis), every criterion citation of every shipped
guideline file (offlabel.guidelines.citations) and every insurer policy (data/insurers.yaml), each with its
rule id and where it is defined. `RULESET_VERSION` is the rules part of the `ruleset_version` decisions carry
(`ofl-r2/<guideline>@v<n>`); bump it whenever a rule's text, authority or quote changes, then record it
with `.venv/bin/python -m shared.catalogue lock offlabel`.
"""

from __future__ import annotations

from pathlib import Path

from offlabel import basis
from offlabel.coverage.insurers import load_insurers
from offlabel.guidelines.citations import table
from offlabel.guidelines.loader import load_guideline_files
from offlabel.requests.rules import RULES_VERSION
from shared.catalogue import CatalogueEntry

RULESET_VERSION: str = RULES_VERSION
LOCK_PATH: Path = Path(__file__).resolve().parents[2] / "ruleset.lock"


def catalogue() -> list[CatalogueEntry]:
    entries = [CatalogueEntry(c.rule_id or "OFL", c, f"offlabel/basis.py:{c.clause}") for c in basis.letter_citations()]
    for lg in load_guideline_files():
        g = lg.guideline
        for key, cites in table(g).items():
            entries += [CatalogueEntry(c.rule_id or "OFL", c, f"data/guidelines ({lg.origin}):{key}") for c in cites]
    for insurer in load_insurers().values():
        for p in insurer.policies:
            c = basis.insurer_policy(insurer, p, p.guideline)
            entries.append(CatalogueEntry("OFL-I-POLICY", c, f"data/insurers.yaml:{insurer.code}:{p.guideline}"))
    return entries
