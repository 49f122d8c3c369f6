"""Report request and answer shapes: the letter-400/10262/د centre list and the quarterly report."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.jalali import JDate
from shared.provenance import Citation


class QuarterlySubmissionIn(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"university": "QUMS", "year": 1404, "season": 3, "sent_on": "1404/09/30"},
            ]
        },
    )

    university: str | None = Field(default=None, max_length=40, description="University code; defaults to the caller's university")
    year: int = Field(ge=1390, le=1500, description="Jalali year")
    season: int = Field(ge=1, le=4, description="Jalali season: 1 spring (months 1-3) ... 4 winter (months 10-12)")
    sent_on: JDate | None = Field(default=None, description="Default: today (Asia/Tehran)")


# ------------------------------------------------------------------------------------------------ answers


class CentreListEntry(BaseModel):
    """One centre of the list, in the letter's group (active, inactive, applicant)."""

    id: str
    name: str
    university: str
    province: str
    group: Literal["active", "inactive", "applicant"] = Field(description="The letter's group: suspended and closed centres are inactive")
    status: str
    kinds: list[str]
    licence_number: str | None
    licence_valid_to: dt.date | None
    licence_valid_to_jalali: str | None
    licence_valid_today: bool
    space_certified: bool
    registered_on_jalali: str | None


class CentreListReport(BaseModel):
    """Letter 400/10262/د clause 1: every active, inactive and applicant centre of a university."""

    university: str
    as_of: dt.date
    as_of_jalali: str | None
    counts: dict[str, int] = Field(description="Centres by the letter's group (active, inactive, applicant)")
    counts_by_status: dict[str, int] = Field(description="Centres by status")
    items: list[CentreListEntry] = Field(description="By group, name and id")
    basis: list[Citation]


class QuarterlyCentreCounts(BaseModel):
    total: int
    by_status_at_season_end: dict[str, int]


class QuarterlyMonthCounts(BaseModel):
    """One month of the season: centres due, inspected and missed."""

    month: int
    centres_due: int
    centres_inspected: int
    centres_missed: int


class QuarterlyInspectionCounts(BaseModel):
    total: int
    centres_inspected: int
    non_compliant: int
    by_month: list[QuarterlyMonthCounts]


class QuarterlyViolationCounts(BaseModel):
    total: int
    by_type: dict[str, int]
    by_severity: dict[str, int]


class QuarterlyActionCounts(BaseModel):
    total: int
    by_type: dict[str, int]
    referrals_by_body: dict[str, int]
    by_state_now: dict[str, int]


class QuarterlyCounts(BaseModel):
    """The season's figures: centres, inspections, violations by type and severity, actions by type."""

    centres: QuarterlyCentreCounts
    inspections: QuarterlyInspectionCounts
    violations: QuarterlyViolationCounts
    actions: QuarterlyActionCounts


class QuarterlySubmissionState(BaseModel):
    """Whether the season's report was sent, and on time."""

    state: Literal["sent_on_time", "sent_late", "not_sent_overdue", "not_yet_due"]
    sent: bool
    on_time: bool | None
    sent_on: dt.date | None
    sent_on_jalali: str | None
    decision_id: str | None = Field(description="The decision record of marking it sent")
    counts_as_sent: QuarterlyCounts | None = Field(description="The figures as they were when marked sent")


class QuarterlyReport(BaseModel):
    """Quarterly report (letter 400/10262/د clause 2) of a university for a Jalali season."""

    university: str
    year: int
    season: int
    season_start: dt.date
    season_start_jalali: str | None
    season_end: dt.date
    season_end_jalali: str | None
    due_on: dt.date
    due_on_jalali: str | None
    on_time_until: dt.date = Field(description="The last day that counts as on time (the next working day when the due day is not one)")
    on_time_until_jalali: str | None
    due_day_not_working: str | None = Field(description="Why the due day is not a working day (holiday, weekend), if it is not")
    counts: QuarterlyCounts
    submission: QuarterlySubmissionState
    basis: list[Citation]
