"""Answers of the CLM-B3 routes: monthly statistics per agency and the record of their sending."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from claims.common import Basis


class AgencyMonthStats(BaseModel):
    """One agency's statistics for the month, and whether its report was sent on time."""

    agency_code: str
    review_office_code: str
    cases_by_type_and_state: dict[str, dict[str, int]] = Field(description="Case type -> state -> number of cases")
    cases: int
    delivered: int
    delivered_on_time: int
    on_time_share: float | None = Field(None, description="delivered_on_time / delivered; None when nothing was delivered")
    returns: int
    open_overdue: int
    total_paid_rials: int
    approved_reimbursable_rials: int
    report_due_date: str
    report_due_date_jalali: str
    process_enabled_since: str | None = Field(None, description="Months before it have nothing to report")
    process_enabled_since_jalali: str | None = None
    sent_at: str | None = None
    sent_at_jalali: str | None = None
    report_status: str = Field(description="not_applicable | not_due_yet | due | overdue | sent_on_time | sent_late")
    sent_late: bool | None = None


class MonthlyReport(BaseModel):
    """CLM-B3: per agency the month's cases by type and state, on-time share, returns and amounts; the report's due date."""

    year: int
    month: int
    period_start: str
    period_start_jalali: str
    period_end: str
    period_end_jalali: str
    report_due_date: str = Field(description="The 5th of the next Jalali month")
    report_due_date_jalali: str
    agencies: list[AgencyMonthStats]
    basis: Basis


class MonthlyReportSent(BaseModel):
    """CLM-B3: the sending of an agency's monthly statistics, as recorded."""

    agency_code: str
    year: int
    month: int
    sent_at: str
    sent_at_jalali: str
    report_status: str
    decision_id: str
