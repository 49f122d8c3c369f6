"""Load the INS-R rule set (data file) into the engine's immutable RuleSet, once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from inspections.permissibility.rules import CentreRule, Rule, RuleSet
from shared.jalali import parse_date

DATA = Path(__file__).resolve().parent.parent / "data" / "permissibility_rules.yaml"


def _date(value):
    return parse_date(str(value)) if value not in (None, "") else None


def parse_ruleset(raw: dict) -> RuleSet:
    rules = tuple(
        Rule(
            id=r["id"],
            letter=r["letter"],
            clause=r["clause"],
            text=r["text"],
            text_fa=r.get("text_fa"),
            kinds=frozenset(r["kinds"]),
            activities=frozenset(r["activities"]),
            approved=None if r["approved"] == "any" else bool(r["approved"]),
            effect=r["effect"],
            precedence=int(r["precedence"]),
            start=_date(r.get("from")),
            end=_date(r.get("to")),
            citation_kind=r.get("kind", "rule"),
        )
        for r in raw["rules"]
    )
    cr = raw["centre_rules"]
    return RuleSet(
        version=raw["version"],
        rules=rules,
        coverage={k: frozenset(v) for k, v in raw["coverage"].items()},
        closed_rule=CentreRule(cr["closed"]["letter"], cr["closed"]["clause"], cr["closed"]["text"], _date(cr["closed"].get("from"))),
        no_licence_rule=CentreRule(cr["no_licence"]["letter"], cr["no_licence"]["clause"], cr["no_licence"]["text"], _date(cr["no_licence"].get("from"))),
    )


@lru_cache(maxsize=1)
def load_ruleset(path: str | None = None) -> RuleSet:
    return parse_ruleset(yaml.safe_load(Path(path or DATA).read_text(encoding="utf-8")))
