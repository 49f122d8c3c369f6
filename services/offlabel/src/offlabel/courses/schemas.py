"""Recording an administration under an approved course (OFL-R-COURSE)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from offlabel.requests.schemas import ApprovedCourse, DoseValue
from shared.jalali import JDate


class AdministrationIn(BaseModel):
    """One administration given under an approved course (OFL-R-COURSE)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"date": "1403/02/15", "dose": "1.25", "reference": "پرونده ۱۴۰۳-۵۵۲"}]})

    date: JDate = Field(description="the day the drug was given (ISO or Jalali)")
    dose: DoseValue | None = Field(None, description="the dose given, in the request's dose unit")
    reference: str | None = Field(None, max_length=200, description="the physician's record or the claim line it was verified on")


# ---------------------------------------------------------------------------------------- answers (issue 16)


class AdministrationCheck(BaseModel):
    """Whether the administration on `date` is inside the approved course (OFL-R-COURSE)."""

    date: dt.date
    date_jalali: str | None = None
    covered: bool = Field(description="True when the course covers this administration (count and interval)")
    number: int | None = Field(None, description="Its number in the course, when covered")
    of: int = Field(description="The administrations the course allows")
    recorded: bool = Field(description="True when an administration on this date is recorded")
    reason: str


class RecordedAdministration(BaseModel):
    """An administration just recorded under an approved request, and whether the course covers it."""

    id: str
    request_id: str
    recorded_by: Literal["physician", "claims", "admin"]
    administration: AdministrationCheck | None = None
    course: ApprovedCourse | None = None
