"""Recording an administration under an approved course (OFL-R-COURSE)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from shared.jalali import JDate

from offlabel.requests.schemas import DoseValue


class AdministrationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: JDate = Field(description="the day the drug was given (ISO or Jalali)")
    dose: DoseValue | None = Field(None, description="the dose given, in the request's dose unit")
    reference: str | None = Field(None, max_length=200, description="the physician's record or the claim line it was verified on")
