"""Request body of POST /v1/review-offices/{code}/trainings (CLM-B2)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from shared.jalali import JDate
from shared.text import normalize

from claims.agencies.schemas import CODE


class TrainingIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agency_code: str = Field(pattern=CODE, description="one of the review office's agencies", examples=["AG-THR-001"])
    representative_name: str = Field(min_length=2, max_length=200, description="the agency's representative who was trained")
    topic: str = Field(min_length=2, max_length=500)
    held_on: JDate = Field(description="the day the training was given (ISO or Jalali)")
    hours: Decimal = Field(gt=0, le=500, max_digits=5, decimal_places=2)
    coordinated_with: list[Literal["indirect_treatment_directorate", "secretariat"]] = Field(
        default_factory=list, max_length=2, description="CLM-B2: held in coordination with these bodies (as recorded by the office)")
    note: str | None = Field(None, max_length=2000)

    @field_validator("representative_name", "topic")
    @classmethod
    def _text(cls, v: str) -> str:
        v = normalize(v).strip()
        if len(v) < 2:
            raise ValueError("too short")
        return v

    @field_validator("coordinated_with")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return sorted(set(v))
