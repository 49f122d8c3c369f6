"""CLM-B3: the review office sends each agency's monthly statistics by the 5th of the next Jalali month. Pure."""

from __future__ import annotations

from datetime import date, datetime

from claims.citations import cite
from shared.jalali import TEHRAN, month_bounds, nth_of_next_month
from shared.provenance import Citation

REPORT_DAY = 5


def report_due_date(year: int, month: int) -> date:
    """CLM-B3: the 5th of the Jalali month after (year, month)."""
    first, _ = month_bounds(year, month)
    return nth_of_next_month(first, REPORT_DAY)


def report_status(year: int, month: int, now: datetime, sent_at: datetime | None, active_since: date | None = None) -> str:
    """not_due_yet (month still running) | due | overdue | sent_on_time | sent_late | not_applicable (the agency did not
    exist or its process was not enabled in that month: nothing to report, never overdue)."""
    due = report_due_date(year, month)
    _, last = month_bounds(year, month)
    if sent_at is None and active_since is not None and last < active_since:  # date.max: never enabled
        return "not_applicable"
    if sent_at is not None:
        return "sent_on_time" if sent_at.astimezone(TEHRAN).date() <= due else "sent_late"
    today = now.astimezone(TEHRAN).date()
    if today <= last:
        return "not_due_yet"
    return "due" if today <= due else "overdue"


def report_basis() -> list[Citation]:
    return [cite("B3")]
