"""Coverage decision input (OFL-I)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class CoverageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    covered: bool = Field(description="true: the insurer covers this approved treatment; false: it does not")
    reason: str = Field(min_length=3, max_length=2000, description="why (required both ways; shown to the physician and auditors)")
