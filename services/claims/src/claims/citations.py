"""Citations of SSO circular 1000/99/9958 (1399/10/24), the one letter the claims rules come from (SHR-PROV).

Pure: no I/O. The registry (shared/data/regulations.yaml) holds the same letter; a test checks
that number and date agree, so a decision's basis always points at a registered letter.
"""

from __future__ import annotations

from datetime import date

from shared.provenance import Citation

CIRCULAR_NUMBER = "1000/99/9958"
CIRCULAR_DATE = date(2021, 1, 13)  # 1399/10/24
ISSUER = "Social Security Organization, Managing Director"
RULES_VERSION = "clm-rules-2026.11.2"  # bumped whenever a rules.py changes an outcome (.2: SPEC X1/X2 line states)


def cite(clause: str, text: str, kind: str = "rule") -> Citation:
    """One citation of the circular: clause (e.g. 'الف-۵' as 'A5') and the one-line rule applied."""
    return Citation(number=CIRCULAR_NUMBER, date=CIRCULAR_DATE, clause=clause, text=text, kind=kind, issuer=ISSUER)


def config_note(version: str, text: str) -> Citation:
    """A note that a figure came from configuration data, not from the circular (never kind='rule')."""
    return Citation(number=CIRCULAR_NUMBER, date=CIRCULAR_DATE, clause="A4 (configuration " + version + ")", text=text, kind="note", issuer=ISSUER)
