"""Permissibility (INS-R) request shape; unknown activity / kind / approval values are 422."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from inspections.centres.schemas import normalize_code
from shared.jalali import JDate
from shared.provenance import Citation

Activity = Literal["production", "import", "sale", "prescription", "advertising", "treatment", "research"]
KindIn = Literal["regenerative", "cell_therapy", "exosome"]
# research_approval: a research project's ethics approval (کد اخلاق); irc_code: a product's FDO registration (IRC)
ApprovalKind = Literal["research_approval", "irc_code", "none"]


Outcome = Literal["permitted", "prohibited", "not_regulated_by_these_letters", "requires_verification"]


class PermissibilityIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"activity": "treatment", "kind": "exosome", "approval": "none", "date": "1404/09/15"},
                {"activity": "import", "kind": "exosome", "approval": "irc_code", "irc_code": "IRC1234567890", "date": "1404/12/01"},
            ]
        },
    )

    activity: Activity
    kind: KindIn
    approval: ApprovalKind = "none"
    date: JDate | None = Field(default=None, description="The date asked about (default: today, Asia/Tehran)")
    center_id: str | None = Field(default=None, max_length=36, description="Optional centre: its status and approvals on the date count")
    irc_code: str | None = Field(
        default=None,
        min_length=6,
        max_length=40,
        description="The IRC claimed (approval irc_code): for an exosome product it counts only if the registry holds it as a verified FDO registration",
    )

    @field_validator("irc_code")
    @classmethod
    def _irc(cls, v: str | None) -> str | None:
        return normalize_code(v) if v else v


# ------------------------------------------------------------------------------------------------ answers


class PermissibilityRuling(BaseModel):
    """INS-R: whether activity A of kind K (with approval X, by centre C) is permitted on date D, and on what basis."""

    activity: Activity
    kind: KindIn
    approval: ApprovalKind = Field(description="The approval claimed")
    irc_code: str | None = Field(description="The IRC claimed, normalised")
    effective_approval: str = Field(description="The approval that counts after checking the centre's approvals on the date")
    approved: bool = Field(description="Whether an effective approval is held")
    date: dt.date
    date_jalali: str | None
    center_id: str | None
    outcome: Outcome
    permitted: bool | None = Field(description="True / False; None when the letters do not rule on it or it awaits verification")
    banned: bool
    requires_verification: bool = Field(description="Held for a person: an exosome IRC the registry does not hold as verified")
    verification_reason: str | None
    verification_reason_fa: str | None
    deciding_rule: str | None = Field(description="The rule id that decided (None: no rule in force decides)")
    letters_applied: list[str] = Field(description="Letters whose rules decided or constrained the answer")
    letters_cited: list[str] = Field(description="Every letter of the basis")
    warnings: list[str]
    warnings_fa: list[str]
    basis: list[Citation]
    ruleset_version: str = Field(description="`<rule set>/<regulation registry>` versions the ruling was made with")
    decision_id: str | None = Field(default=None, description="The decision record (POST /v1/permissibility records every ruling)")


class PermissibilityRule(BaseModel):
    """One INS-R rule of the rule set in force: what it matches, its effect, its dates and its letter."""

    id: str
    effect: Literal["prohibit", "permit", "note"]
    precedence: int = Field(description="The matching rule of highest precedence decides")
    kinds: list[str]
    activities: list[str]
    approved: bool | None = Field(description="Matches only with (True) or without (False) an approval; None: either")
    approvals: list[str] | None = Field(description="The approvals it matches; None: any")
    verify_irc: bool = Field(description="A permission resting on an exosome IRC needs a verified FDO registration")
    start: dt.date | None
    end: dt.date | None
    start_jalali: str | None
    end_jalali: str | None
    letter: str | None
    clause: str | None
    text: str
    text_fa: str | None
    kind: str = Field(description="rule, warning or note")
    authority: str
    quote: str | None
    reason: str | None
    leans_on: list[str]


class PermissibilityRuleSet(BaseModel):
    """The INS-R rule set in force in this process (a data file)."""

    version: str
    coverage: dict[str, list[str]] = Field(description="For each activity, the approvals that cover it")
    rules: list[PermissibilityRule]
