"""Request body of POST /v1/cases/{id}/verification (SPEC X1/X2)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class VerificationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scope: Literal["held", "all"] = Field(
        "held",
        description="held: ask again for the lines that are pending_verification or needs_review (default); "
                    "all: ask again for every line that needs a question (e.g. after an insurer changed its coverage decision)",
    )
