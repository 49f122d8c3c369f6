"""Answers of the fee routes (CLM-P): the fee schedule of a year, a recorded wage, the monthly fee statement."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from claims.common import Basis


class FeeScheduleItem(BaseModel):
    """The fee of one case type."""

    case_type: str = Field(description="outpatient | global | inpatient")
    fee_1399_rials: int = Field(description="The circular's 1399 table")
    share_of_daily_minimum_wage_1399: str = Field(description="The circular's share of the daily minimum wage, as a decimal string")
    fee_rials: int = Field(description="The fee of the year")
    share_reading_rials: int | None = Field(None, description="share x the year's daily wage (the earlier reading of note 1, for comparison)")


class FeeDerivationCheck(BaseModel):
    """How closely the circular's share x the 1399 daily wage reproduces its own 1399 figure."""

    case_type: str
    table_rials: int
    share_x_wage_rials: int
    difference_rials: int
    relative_difference: float
    implied_daily_wage_rials: int


class FeeSchedule(BaseModel):
    """CLM-P: the fee per case type of a Jalali year (1399 = the circular's table; later years indexed on the daily minimum wage)."""

    year: int
    method: str = Field(description="How the figures were reached: the circular's table, or indexed on the wage")
    formula: str
    currency: str = Field(description="IRR")
    rounding: str
    payer: str
    daily_minimum_wage_rials: int | None = None
    wage_source: str | None = Field(None, description="The resolution or circular the wage comes from")
    daily_minimum_wage_1399_rials: int | None = None
    wage_ratio: str | None = Field(None, description="wage(year) / wage(1399), when indexed")
    items: list[FeeScheduleItem]
    basis: Basis
    derivation_check: list[FeeDerivationCheck] | None = Field(None, description="1399 only: the table against share x wage")


class RecordedWage(FeeSchedule):
    """The fee schedule of the year whose wage was just recorded, with the decision."""

    decision_id: str


class FeeTotalByCaseType(BaseModel):
    """The month's fees of one case type."""

    case_type: str
    cases: int
    amount_rials: int | None = Field(description="None while some fees are unknown (the year's wage is not recorded)")
    known_amount_rials: int
    cases_with_unknown_fee: int


class FeeStatementLine(BaseModel):
    """One case that earned its fee in the month."""

    case_id: str
    case_type: str
    registered_at: str | None
    registered_at_jalali: str | None
    fee_rials: int | None = Field(None, description="None while the fee is unknown")
    decision_id: str | None = None


class FeeStatement(BaseModel):
    """CLM-P: an agency's monthly fee statement: cases registered in the Jalali month (P5) that earned their one fee (P3, P4).

    `lines` is a page of the month (registration order, then case id): follow `next` as `cursor`; the totals cover the whole month."""

    agency_code: str
    review_office_code: str
    payer: str
    year: int
    month: int
    period_start: str
    period_start_jalali: str
    period_end: str
    period_end_jalali: str
    schedule: dict[str, Any] = Field(description="The year's fee schedule (see FeeSchedule), or {year, error} when the wage is unknown")
    by_case_type: list[FeeTotalByCaseType]
    total_rials: int | None = Field(description="None while some fees are unknown")
    known_total_rials: int
    cases_with_fee: int
    cases_with_unknown_fee: int
    cases_without_fee_by_state: dict[str, int] = Field(description="Cases of the month that earned no fee, by state")
    rule: str
    lines: list[FeeStatementLine] = Field(default_factory=list)
    limit: int | None = None
    offset: int | None = None
    next: str | None = Field(None, description="Opaque cursor of the next page of `lines`: send it back as `cursor`; null on the last page")
