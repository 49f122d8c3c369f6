"""Load the INS-R rule set (data file) into the engine's immutable RuleSet, once per process."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from inspections.permissibility.rules import CentreRule, Cite, Rule, RuleSet
from shared.jalali import parse_date

DATA = Path(__file__).resolve().parent.parent / "data" / "permissibility_rules.yaml"


def _date(value):
    return parse_date(str(value)) if value not in (None, "") else None


def cite_of(r: dict[str, Any], kind: str = "rule") -> Cite:
    """The citation a rule (or an engine note) of the data file produces, with what it rests on."""
    return Cite(
        letter=r.get("letter"),
        clause=r.get("clause"),
        text=r["text"],
        kind=r.get("kind", kind),
        rule_id=r["id"],
        authority=r["authority"],
        quote=r.get("quote"),
        reason=r.get("reason"),
        leans_on=tuple(r.get("leans_on") or ()),
        text_fa=r.get("text_fa"),
    )


def _rule(r: dict[str, Any]) -> Rule:
    return Rule(
        id=r["id"],
        effect=r["effect"],
        precedence=int(r["precedence"]),
        kinds=frozenset(r["kinds"]),
        activities=frozenset(r["activities"]),
        approved=None if r["approved"] == "any" else bool(r["approved"]),
        approvals=frozenset(r["approvals"]) if r.get("approvals") else None,
        cite=cite_of(r, "note" if r["effect"] == "note" else "rule"),
        start=_date(r.get("from")),
        end=_date(r.get("to")),
        verify_irc=bool(r.get("verify_irc")),
    )


def parse_ruleset(raw: dict) -> RuleSet:
    cr = raw["centre_rules"]
    return RuleSet(
        version=raw["version"],
        rules=tuple(_rule(r) for r in raw["rules"]),
        coverage={k: frozenset(v) for k, v in raw["coverage"].items()},
        closed_rule=CentreRule(cite_of(cr["closed"]), _date(cr["closed"].get("from"))),
        no_licence_rule=CentreRule(cite_of(cr["no_licence"]), _date(cr["no_licence"].get("from"))),
        notes={name: cite_of(n, "note") for name, n in raw["engine_notes"].items()},
        first_letter=_date(raw.get("first_letter")),
    )


def raw_ruleset(path: str | None = None) -> dict:
    return yaml.safe_load(Path(path or DATA).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_ruleset(path: str | None = None) -> RuleSet:
    return parse_ruleset(raw_ruleset(path))
