"""Request body of POST /v1/cases/{id}/verification (SPEC X1/X2)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from claims.cases.schemas import VerificationSummary


class VerificationIn(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"scope": "held"}]})

    scope: Literal["held", "all"] = Field(
        "held",
        description="held: ask again for the lines that are pending_verification or needs_review (default); "
        "all: ask again for every line that needs a question (e.g. after an insurer changed its coverage decision)",
    )


class LineVerificationResult(BaseModel):
    """The answer for one line just asked."""

    line_no: int
    status: str = Field(description="pending_verification | needs_review | verified | not_reimbursable")
    previous_status: str | None = None
    reason: str | None = None
    decision_id: str | None = None


class Reassessment(BaseModel):
    """CLM-A4 computed again because a line's state changed."""

    decision_id: str
    reimbursable_rials: int
    pending_verification_rials: int | None = None
    not_reimbursable_rials: int | None = None


class VerificationRun(BaseModel):
    """SPEC X1/X2: the lines asked again, their answers, and the case's amounts after them."""

    case_id: str
    state: str
    version: int = Field(description="The case's version after the run (the ETag's number)")
    scope: Literal["held", "all"]
    checked_lines: list[int]
    lines: list[LineVerificationResult]
    changed_lines: list[int] = Field(description="The lines whose state changed (the case's version moved only then)")
    reassessment: Reassessment | None = Field(None, description="Set when an assessment existed and a line's state changed")
    verification: VerificationSummary
    reimbursable_rials: int | None = None
    pending_verification_rials: int | None = None
    not_reimbursable_rials: int | None = None
