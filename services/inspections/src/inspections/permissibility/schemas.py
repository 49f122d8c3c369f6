"""Permissibility (INS-R) request shape; unknown activity / kind / approval values are 422."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from inspections.centres.schemas import normalize_code

from shared.jalali import JDate

Activity = Literal["production", "import", "sale", "prescription", "advertising", "treatment", "research"]
KindIn = Literal["regenerative", "cell_therapy", "exosome"]
# research_approval: a research project's ethics approval (کد اخلاق); irc_code: a product's FDO registration (IRC)
ApprovalKind = Literal["research_approval", "irc_code", "none"]


class PermissibilityIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    activity: Activity
    kind: KindIn
    approval: ApprovalKind = "none"
    date: JDate | None = Field(default=None, description="The date asked about (default: today, Asia/Tehran)")
    center_id: str | None = Field(default=None, max_length=36, description="Optional centre: its status and approvals on the date count")
    irc_code: str | None = Field(default=None, min_length=6, max_length=40,
                                 description="The IRC claimed (approval irc_code): for an exosome product it counts only if the registry holds it as a verified FDO registration")

    @field_validator("irc_code")
    @classmethod
    def _irc(cls, v: str | None) -> str | None:
        return normalize_code(v) if v else v
