"""Agency rules: CLM-H2 rollout, CLM-H1 compensation deadline, CLM-CH note 1 cooperation review. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from shared.provenance import Citation

from claims.citations import cite

COMPENSATION_DAYS = 15  # CLM-H1: "at most 15 days after proof" (calendar days: the circular does not say working days)
# CLM-CH note 1 names no number: "repeated errors" is configuration, not regulation.
REPEATED_ERRORS_THRESHOLD = 3
REPEATED_ERRORS_WINDOW_DAYS = 365
PENALTIES = ("fine", "warning", "suspension")
VIOLATION_KINDS = ("error", "abuse", "violation", "upheld_complaint", "non_compliance")


def rollout_enabled(agency_setting: str, province_enabled: bool) -> bool:
    """CLM-H2: the agency's own switch wins (enabled/disabled); 'inherit' follows its province."""
    if agency_setting == "enabled":
        return True
    if agency_setting == "disabled":
        return False
    return province_enabled


def rollout_basis() -> list[Citation]:
    return [cite("H2"), cite("H2.approval")]


def compensation_due(proven_on: date) -> date:
    """CLM-H1: the agency compensates proven damages within 15 days of proof."""
    return proven_on + timedelta(days=COMPENSATION_DAYS)


def compensation_status(amount_rials: int, proven_on: date, paid_on: date | None, today: date) -> str:
    if amount_rials <= 0:
        return "none"
    due = compensation_due(proven_on)
    if paid_on is not None:
        return "paid_on_time" if paid_on <= due else "paid_late"
    return "overdue" if today > due else "pending"


@dataclass(frozen=True)
class CooperationVerdict:
    under_review: bool
    count: int
    basis: tuple[Citation, ...]


def cooperation_review(delay_error_dates: list[date], today: date) -> CooperationVerdict:
    """CLM-CH note 1: repeated errors that prolong cases let the review office reconsider working with the agency."""
    since = today - timedelta(days=REPEATED_ERRORS_WINDOW_DAYS)
    n = sum(1 for d in delay_error_dates if since <= d <= today)
    basis = (
        cite("CH.note1"),
        cite("CH.note1.threshold"),
    )
    return CooperationVerdict(n >= REPEATED_ERRORS_THRESHOLD, n, basis)


def violation_basis(penalty: str) -> list[Citation]:
    return [
        cite("CH"),
        cite("CH.fine"),
        cite("H1"),
        cite("H1.days"),
        cite("C", kind="note"),
    ]
