"""INS-R: the pure permissibility engine (no I/O): activity x kind x approval x date (x centre facts) -> ruling.

The rule set is data (inspections/data/permissibility_rules.yaml, loaded by ruleset.py); this
module only resolves it. A question about date D uses the rules in force on D: the deciding
rule is the matching rule of highest precedence; "note" rules only add citations. When no
rule in force decides, the answer is "not_regulated_by_these_letters" (permitted = None):
the letters do not speak, and the service does not invent a permission.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

Outcome = Literal["permitted", "prohibited", "not_regulated_by_these_letters"]
PERMITTED, PROHIBITED, NOT_REGULATED = "permitted", "prohibited", "not_regulated_by_these_letters"

ACTIVITIES = ("production", "import", "sale", "prescription", "advertising", "treatment", "research")
KINDS = ("regenerative", "cell_therapy", "exosome")
APPROVALS = ("research_approval", "irc_code", "none")


@dataclass(frozen=True)
class Rule:
    id: str
    letter: str
    clause: str
    text: str
    kinds: frozenset[str]
    activities: frozenset[str]
    approved: bool | None  # None = any
    effect: Literal["prohibit", "permit", "note"]
    precedence: int
    start: dt.date | None = None
    end: dt.date | None = None
    citation_kind: str = "rule"
    text_fa: str | None = None

    def in_force(self, on: dt.date) -> bool:
        return (self.start is None or on >= self.start) and (self.end is None or on <= self.end)

    def matches(self, activity: str, kind: str, approved: bool) -> bool:
        return (
            activity in self.activities
            and kind in self.kinds
            and (self.approved is None or self.approved == approved)
        )


@dataclass(frozen=True)
class CentreRule:
    letter: str
    clause: str
    text: str
    start: dt.date | None = None


@dataclass(frozen=True)
class RuleSet:
    version: str
    rules: tuple[Rule, ...]
    coverage: dict[str, frozenset[str]]
    closed_rule: CentreRule
    no_licence_rule: CentreRule


@dataclass(frozen=True)
class CentreFacts:
    """What the registry knows about a centre on the date asked (computed by the service layer)."""

    centre_id: str
    registered: bool  # the centre had a status on that date
    status: str | None  # active, inactive, applicant, suspended, closed
    status_act: str | None  # the act that set that status (decision id / reference)
    licence_valid: bool
    kinds: frozenset[str]
    approvals: frozenset[str]  # approvals valid on the date for the kind asked: research_approval, irc_code


@dataclass(frozen=True)
class Cite:
    """A citation as the engine produces it; the service turns it into a shared Citation."""

    letter: str
    clause: str
    text: str
    kind: str = "rule"
    rule_id: str | None = None


@dataclass
class Ruling:
    activity: str
    kind: str
    approval: str
    effective_approval: str
    approved: bool
    on: dt.date
    outcome: Outcome
    deciding_rule: str | None
    basis: list[Cite] = field(default_factory=list)
    ruleset_version: str = ""

    @property
    def permitted(self) -> bool | None:
        """True / False, or None when the letters in force do not rule on the question."""
        if self.outcome == PERMITTED:
            return True
        if self.outcome == PROHIBITED:
            return False
        return None

    @property
    def banned(self) -> bool:
        return self.outcome == PROHIBITED


class UnknownValue(ValueError):
    def __init__(self, field_name: str, value: str, allowed: tuple[str, ...]):
        super().__init__(f"unknown {field_name} {value!r}; expected one of: {', '.join(allowed)}")
        self.field_name, self.value, self.allowed = field_name, value, allowed


def _check(activity: str, kind: str, approval: str) -> None:
    if activity not in ACTIVITIES:
        raise UnknownValue("activity", activity, ACTIVITIES)
    if kind not in KINDS:
        raise UnknownValue("kind", kind, KINDS)
    if approval not in APPROVALS:
        raise UnknownValue("approval", approval, APPROVALS)


def effective_approval(activity: str, approval: str, centre: CentreFacts | None) -> tuple[str, list[Cite]]:
    """With a centre, its records decide: the approval the activity needs counts only if the centre holds it on D."""
    notes: list[Cite] = []
    if centre is None:
        return approval, notes
    if approval != "none" and approval not in centre.approvals:
        notes.append(
            Cite("registry", "centre approvals", f"The claimed {approval} is not on centre {centre.centre_id}'s record for this date and kind; it is not counted.", "warning")
        )
        approval = "none"
    return approval, notes


def decide(
    ruleset: RuleSet,
    activity: str,
    kind: str,
    approval: str,
    on: dt.date,
    centre: CentreFacts | None = None,
) -> Ruling:
    """INS-R: the ruling for one question, with its basis (every rule in force that speaks to it)."""
    _check(activity, kind, approval)
    eff, basis = effective_approval(activity, approval, centre)
    covering = ruleset.coverage.get(activity, frozenset())
    approved = eff in covering
    if centre is not None and not approved:
        # the centre holds an approval that covers this activity even if the caller did not claim it
        held = covering & centre.approvals
        if held:
            eff = sorted(held)[0]
            approved = True
            basis.append(Cite("registry", "centre approvals", f"Centre {centre.centre_id} holds a valid {eff} for this kind on this date.", "note"))
    if eff != "none" and not approved:
        basis.append(Cite("ruleset", "coverage", f"A {eff} does not cover {activity}; the activity is treated as unapproved.", "note"))

    deciding: Rule | None = None
    for rule in ruleset.rules:
        if not rule.in_force(on) or not rule.matches(activity, kind, approved):
            continue
        if rule.effect == "note":
            basis.append(Cite(rule.letter, rule.clause, rule.text, rule.citation_kind, rule.id))
            continue
        basis.append(Cite(rule.letter, rule.clause, rule.text, "rule", rule.id))
        if deciding is None or rule.precedence > deciding.precedence:
            deciding = rule

    outcome: Outcome = NOT_REGULATED
    deciding_id = None
    if deciding is not None:
        outcome = PERMITTED if deciding.effect == "permit" else PROHIBITED
        deciding_id = deciding.id
        # a rule outranked by the deciding one is kept in the basis as a note, not as the rule applied
        basis = [
            (Cite(c.letter, c.clause, c.text, "note", c.rule_id) if c.kind == "rule" and c.rule_id and c.rule_id != deciding_id and _effect(ruleset, c.rule_id) != deciding.effect else c)
            for c in basis
        ]

    if centre is not None:
        outcome, deciding_id = _apply_centre(ruleset, centre, kind, on, outcome, deciding_id, basis)

    if outcome == NOT_REGULATED:
        basis.append(
            Cite(
                "ruleset",
                "no deciding rule",
                "No letter in force on this date permits or bans this activity; the service does not presume a permission. Other laws (licensing, FDO product authorisation) still apply.",
                "note",
            )
        )
    return Ruling(activity, kind, approval, eff, approved, on, outcome, deciding_id, basis, ruleset.version)


def _effect(ruleset: RuleSet, rule_id: str) -> str | None:
    for r in ruleset.rules:
        if r.id == rule_id:
            return r.effect
    return None


def _apply_centre(ruleset, centre: CentreFacts, kind, on, outcome, deciding_id, basis) -> tuple[Outcome, str | None]:
    if not centre.registered:
        basis.append(Cite("registry", "centre status", f"Centre {centre.centre_id} had no registered status on this date.", "warning"))
    if kind not in centre.kinds:
        basis.append(Cite("registry", "centre activity kinds", f"Centre {centre.centre_id} is not registered for {kind}.", "warning"))
    if centre.status in ("closed", "suspended"):
        r = ruleset.closed_rule
        act = f" (act: {centre.status_act})" if centre.status_act else ""
        basis.append(Cite(r.letter, r.clause, f"{r.text} Status: {centre.status}{act}.", "rule", "INS-C-CLOSED"))
        return PROHIBITED, "INS-C-CLOSED"
    if centre.registered and not centre.licence_valid and outcome != PROHIBITED:
        r = ruleset.no_licence_rule
        if r.start is None or on >= r.start:
            basis.append(Cite(r.letter, r.clause, r.text, "rule", "INS-C-NO-LICENCE"))
            return PROHIBITED, "INS-C-NO-LICENCE"
        basis.append(Cite(r.letter, r.clause, r.text + " (letter not yet in force on this date)", "warning", "INS-C-NO-LICENCE"))
    return outcome, deciding_id
