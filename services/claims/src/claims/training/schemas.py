"""Request body of POST /v1/review-offices/{code}/trainings (CLM-B2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from claims.agencies.schemas import CODE
from claims.common import Basis
from shared.errors import InvalidValue
from shared.jalali import JDate
from shared.pagination import Paginated
from shared.text import normalize


class TrainingIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "agency_code": "AG-THR-001",
                    "representative_name": "مریم احمدی",
                    "topic": "کنترل‌های هفت‌گانه پرونده‌های خسارت متفرقه (بند الف-۳)",
                    "held_on": "1404/08/12",
                    "hours": "4.5",
                    "coordinated_with": ["indirect_treatment_directorate"],
                    "note": "جلسه حضوری در دفتر رسیدگی",
                }
            ]
        },
    )

    agency_code: str = Field(pattern=CODE, description="one of the review office's agencies", examples=["AG-THR-001"])
    representative_name: str = Field(min_length=2, max_length=200, description="the agency's representative who was trained")
    topic: str = Field(min_length=2, max_length=500)
    held_on: JDate = Field(description="the day the training was given (ISO or Jalali)")
    hours: Decimal = Field(gt=0, le=500, max_digits=5, decimal_places=2)
    coordinated_with: list[Literal["indirect_treatment_directorate", "secretariat"]] = Field(
        default_factory=list, max_length=2, description="CLM-B2: held in coordination with these bodies (as recorded by the office)"
    )
    note: str | None = Field(None, max_length=2000)

    @field_validator("representative_name", "topic")
    @classmethod
    def _text(cls, v: str) -> str:
        v = normalize(v).strip()
        if len(v) < 2:
            raise InvalidValue("too short", "دست‌کم ۲ نویسه لازم است.")
        return v

    @field_validator("coordinated_with")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return sorted(set(v))


class TrainingView(BaseModel):
    """CLM-B2: a training the review office gave an agency's representative (recorded; not a fee condition)."""

    id: str
    review_office_code: str
    agency_code: str
    representative_name: str
    topic: str
    held_on: date
    held_on_jalali: str | None
    hours: float
    coordinated_with: list[str]
    note: str | None = None
    fee_condition: bool = Field(description="Always false: training is recorded, not a condition of the fee (CLM-P3 note 3)")
    decision_id: str
    recorded_by: str | None = None
    created_at: str | None
    created_at_jalali: str | None


class AgencyTrainings(Paginated[TrainingView]):
    """The trainings an agency's representatives received, latest first, with the totals over all pages."""

    agency_code: str
    review_office_code: str
    count: int = Field(description="Trainings over all pages (the same as total)")
    total_hours: float
    fee_condition: bool
    basis: Basis
