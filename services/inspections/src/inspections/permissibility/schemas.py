"""Permissibility (INS-R) request shape; unknown activity / kind / approval values are 422."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.jalali import JDate

Activity = Literal["production", "import", "sale", "prescription", "advertising", "treatment", "research"]
KindIn = Literal["regenerative", "cell_therapy", "exosome"]
ApprovalKind = Literal["research_approval", "irc_code", "none"]


class PermissibilityIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    activity: Activity
    kind: KindIn
    approval: ApprovalKind = "none"
    date: JDate | None = Field(default=None, description="The date asked about (default: today, Asia/Tehran)")
    center_id: str | None = Field(default=None, max_length=36, description="Optional centre: its status and approvals on the date count")
