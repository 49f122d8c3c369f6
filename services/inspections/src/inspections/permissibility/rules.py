"""INS-R: the pure permissibility engine (no I/O): activity x kind x approval x date (x centre facts) -> ruling.

The rule set is data (inspections/data/permissibility_rules.yaml, loaded by ruleset.py); this module
only resolves it (SPEC INS-R as amended by the corrections of 1405/09/10). A question about date D
uses the rules in force on D, each letter only from its own date: the deciding rule is the matching
rule of highest precedence; "note" rules only add citations. When no rule in force decides, the answer
is "not_regulated_by_these_letters" (permitted = None). A permission that rests on an IRC for an
exosome product the registry does not hold as a verified FDO registration is "requires_verification":
never taken on trust, held for a person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Literal

Outcome = Literal["permitted", "prohibited", "not_regulated_by_these_letters", "requires_verification"]
PERMITTED, PROHIBITED, NOT_REGULATED = "permitted", "prohibited", "not_regulated_by_these_letters"
REQUIRES_VERIFICATION = "requires_verification"

ACTIVITIES = ("production", "import", "sale", "prescription", "advertising", "treatment", "research")
KINDS = ("regenerative", "cell_therapy", "exosome")
APPROVALS = ("research_approval", "irc_code", "none")


@dataclass(frozen=True)
class Cite:
    """A citation as the engine produces it, with what it rests on (SHR-PROV); the service adds the letter's date."""

    letter: str | None
    clause: str | None
    text: str
    kind: str = "rule"
    rule_id: str | None = None
    authority: str = "interpretation"
    quote: str | None = None
    reason: str | None = None
    leans_on: tuple[str, ...] = ()
    text_fa: str | None = None

    def with_suffix(self, en: str, fa: str = "", kind: str | None = None) -> "Cite":
        return replace(self, text=f"{self.text} {en}".strip(), text_fa=f"{self.text_fa or ''} {fa}".strip() or None, kind=kind or self.kind)


@dataclass(frozen=True)
class Rule:
    id: str
    effect: Literal["prohibit", "permit", "note"]
    precedence: int
    kinds: frozenset[str]
    activities: frozenset[str]
    approved: bool | None  # None = any
    cite: Cite
    approvals: frozenset[str] | None = None  # None = any effective approval
    start: dt.date | None = None
    end: dt.date | None = None
    verify_irc: bool = False

    @property
    def letter(self) -> str | None:
        return self.cite.letter

    def in_force(self, on: dt.date) -> bool:
        return (self.start is None or on >= self.start) and (self.end is None or on <= self.end)

    def matches(self, activity: str, kind: str, approved: bool, approval: str) -> bool:
        return (
            activity in self.activities
            and kind in self.kinds
            and (self.approved is None or self.approved == approved)
            and (self.approvals is None or approval in self.approvals)
        )


@dataclass(frozen=True)
class CentreRule:
    cite: Cite
    start: dt.date | None = None


@dataclass(frozen=True)
class RuleSet:
    version: str
    rules: tuple[Rule, ...]
    coverage: dict[str, frozenset[str]]
    closed_rule: CentreRule
    no_licence_rule: CentreRule
    notes: dict[str, Cite] = field(default_factory=dict)
    first_letter: dt.date | None = None


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
    irc_verified: bool = False  # the centre's IRC for that kind is an FDO registration verified by the Ministry


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
    verification: str | None = None  # why the ruling is held for a person (requires_verification)

    @property
    def permitted(self) -> bool | None:
        """True / False, or None when the letters in force do not rule on it or it awaits verification."""
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


def effective_approval(ruleset: RuleSet, activity: str, kind: str, approval: str, centre: CentreFacts | None) -> tuple[str, bool, list[Cite]]:
    """The approval that counts (INS-R with a centre: its records decide), whether it covers the activity, and notes.

    A claimed exosome IRC the centre's records do not hold is neither counted nor discarded: it is to be
    verified (never taken on trust, never refused on a guess).
    """
    notes: list[Cite] = []
    covering = ruleset.coverage.get(activity, frozenset())
    if centre is None:
        if approval != "none" and approval in covering:
            notes.append(ruleset.notes["claimed_approval"])
    elif approval == "irc_code" and kind == "exosome" and approval not in centre.approvals:
        notes.append(ruleset.notes["claimed_approval"])
    elif approval != "none" and approval not in centre.approvals:
        notes.append(ruleset.notes["not_on_record"].with_suffix(f"({approval}, centre {centre.centre_id})", f"({approval})"))
        approval = "none"
    approved = approval in covering
    if centre is not None and not approved and covering & centre.approvals:
        approval = sorted(covering & centre.approvals)[0]
        approved = True
        notes.append(ruleset.notes["held_on_record"].with_suffix(f"({approval}, centre {centre.centre_id})", f"({approval})"))
    if approval != "none" and not approved:
        notes.append(ruleset.notes["coverage"].with_suffix(f"({approval} does not cover {activity})"))
    return approval, approved, notes


def _resolve(ruleset: RuleSet, activity: str, kind: str, approval: str, approved: bool, on: dt.date, basis: list[Cite]) -> Rule | None:
    """Add every matching rule in force to the basis; return the deciding one (highest precedence)."""
    deciding: Rule | None = None
    for rule in ruleset.rules:
        if not rule.in_force(on) or not rule.matches(activity, kind, approved, approval):
            continue
        basis.append(rule.cite)
        if rule.effect != "note" and (deciding is None or rule.precedence > deciding.precedence):
            deciding = rule
    return deciding


def _demote_outranked(ruleset: RuleSet, basis: list[Cite], deciding: Rule) -> list[Cite]:
    """A rule outranked by the deciding one stays in the basis as a note, not as the rule applied."""
    effects = {r.id: r.effect for r in ruleset.rules}
    return [
        replace(c, kind="note")
        if c.kind == "rule" and c.rule_id not in (None, deciding.id) and effects.get(c.rule_id or "") not in (None, "note", deciding.effect)
        else c
        for c in basis
    ]


def decide(
    ruleset: RuleSet,
    activity: str,
    kind: str,
    approval: str,
    on: dt.date,
    centre: CentreFacts | None = None,
    *,
    irc_verified: bool = False,
) -> Ruling:
    """INS-R: the ruling for one question, with its basis (every rule in force that speaks to it)."""
    _check(activity, kind, approval)
    eff, approved, basis = effective_approval(ruleset, activity, kind, approval, centre)
    deciding = _resolve(ruleset, activity, kind, eff, approved, on, basis)
    outcome: Outcome = NOT_REGULATED
    deciding_id, verification = None, None
    if deciding is not None:
        outcome = PERMITTED if deciding.effect == "permit" else PROHIBITED
        deciding_id = deciding.id
        basis = _demote_outranked(ruleset, basis, deciding)
        if deciding.verify_irc and kind == "exosome" and eff == "irc_code":
            verified = irc_verified or bool(centre and centre.irc_verified)
            outcome, verification = _verify_irc(ruleset, verified, basis)
    if centre is not None:
        outcome, deciding_id = _apply_centre(ruleset, centre, kind, on, outcome, deciding_id, basis)
    if outcome == NOT_REGULATED:
        before = ruleset.first_letter is not None and on < ruleset.first_letter
        basis.append(ruleset.notes["before_letters" if before else "no_deciding_rule"])
    return Ruling(activity, kind, approval, eff, approved, on, outcome, deciding_id, basis, ruleset.version, verification)


def _verify_irc(ruleset: RuleSet, verified: bool, basis: list[Cite]) -> tuple[Outcome, str | None]:
    """A claimed IRC for an exosome product is never taken on trust (SPEC INS-R, 661/2897)."""
    if verified:
        basis.append(ruleset.notes["irc_verified"])
        return PERMITTED, None
    note = ruleset.notes["irc_unverified"]
    basis.append(note)
    return REQUIRES_VERIFICATION, note.text


def _apply_centre(
    ruleset: RuleSet, centre: CentreFacts, kind: str, on: dt.date, outcome: Outcome, deciding_id: str | None, basis: list[Cite]
) -> tuple[Outcome, str | None]:
    if not centre.registered:
        basis.append(ruleset.notes["unregistered"].with_suffix(f"(centre {centre.centre_id})"))
    if kind not in centre.kinds:
        basis.append(ruleset.notes["kind_not_registered"].with_suffix(f"(centre {centre.centre_id}, {kind})"))
    if centre.status in ("closed", "suspended"):
        r = ruleset.closed_rule
        act = f" (act: {centre.status_act})" if centre.status_act else ""
        basis.append(r.cite.with_suffix(f"Status: {centre.status}{act}.", f"وضعیت: {centre.status}"))
        return PROHIBITED, r.cite.rule_id
    if centre.registered and not centre.licence_valid and outcome != PROHIBITED:
        r = ruleset.no_licence_rule
        if r.start is None or on >= r.start:
            basis.append(r.cite)
            return PROHIBITED, r.cite.rule_id
    return outcome, deciding_id
