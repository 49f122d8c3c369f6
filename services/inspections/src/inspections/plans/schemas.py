"""Monthly inspection plan answer shapes (letter 400/10262/د clause 2)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from shared.provenance import Citation


class PlannedInspectionRef(BaseModel):
    """An inspection of the centre recorded in the month."""

    id: str
    inspected_on: dt.date
    inspected_on_jalali: str | None


class PlanCentre(BaseModel):
    """One centre of the month's plan: due, done, overdue, and whether last month was missed."""

    center_id: str
    name: str
    university: str
    status: str = Field(description="The centre's status today")
    due: bool = Field(description="Registered by the month's end, in a month ending on or after 1404/06/12 (closed centres too: the seal is checked)")
    done: bool = Field(description="Inspected in the month")
    overdue: bool = Field(description="Due, not done, and the month is over")
    not_inspected_last_month: bool = Field(description="The centre existed last month, that month was due, and it was not inspected")
    note: str | None = Field(description="e.g. `closed: check the seal is intact`")
    inspections: list[PlannedInspectionRef]


class PlanCounts(BaseModel):
    """How many centres of the plan are in each case."""

    due: int
    done: int
    overdue: int
    not_inspected_last_month: int


class MonthlyInspectionPlan(BaseModel):
    """The Jalali month's inspection plan of a university (or of all, for the Ministry)."""

    year: int
    month: int
    university: str | None = Field(description="None: every university (Ministry roles without a filter)")
    month_start: dt.date
    month_start_jalali: str | None
    month_end: dt.date
    month_end_jalali: str | None
    month_over: bool
    counts: PlanCounts
    items: list[PlanCentre] = Field(description="By university, name and id")
    basis: list[Citation]
