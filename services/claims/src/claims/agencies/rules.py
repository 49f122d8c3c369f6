"""Agency rules: CLM-H2 rollout, CLM-H1 compensation deadline, CLM-CH note 1 cooperation review. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from claims.citations import cite
from shared.jalali import jalali_parts, jalali_to_gregorian, to_jalali
from shared.provenance import Citation

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


@dataclass(frozen=True)
class PilotBounds:
    """CLM-H2: at most max_months, at most max_agencies selected agencies, in the pilot provinces (data/rollout.yaml)."""

    max_months: int
    max_agencies: int
    provinces: tuple[str, ...]
    approvers: tuple[str, ...]
    version: str

    def as_dict(self) -> dict:
        return {
            "max_months": self.max_months,
            "max_agencies": self.max_agencies,
            "provinces": list(self.provinces),
            "beyond_pilot_approved_by": list(self.approvers),
            "version": self.version,
        }


def pilot_end(start: date, months: int) -> date:
    """The last day of a pilot of `months` Jalali months starting on `start` (the day before the same day `months` later)."""
    y, m, d = jalali_parts(start)
    m += months
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    while True:
        try:
            return jalali_to_gregorian(y, m, d) - timedelta(days=1)
        except ValueError:
            d -= 1  # 31 Shahrivar + 3 months: the month has 30 days


def pilot_problems(bounds: PilotBounds, province: str, enabled_after: int, start: date | None, today: date) -> list[str]:
    """CLM-H2: why enabling an agency (or a province) goes beyond the pilot (empty: within it)."""
    out = []
    if province not in bounds.provinces:
        out.append(f"province {province} is outside the pilot (provinces {', '.join(bounds.provinces)})")
    if enabled_after > bounds.max_agencies:
        out.append(f"{enabled_after} agencies would be enabled; the pilot has at most {bounds.max_agencies}")
    if start is not None and today > pilot_end(start, bounds.max_months):
        out.append(f"the pilot began on {to_jalali(start)} and ended on {to_jalali(pilot_end(start, bounds.max_months))} (at most {bounds.max_months} months)")
    return out


def approval_problems(bounds: PilotBounds, approved_by: list[str]) -> list[str]:
    missing = [a for a in bounds.approvers if a not in approved_by]
    return [f"going beyond the pilot needs the approval of {', '.join(missing)} (CLM-H2)"] if missing else []


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


def violation_basis(penalty: str | None = None) -> list[Citation]:
    """CLM-C/CH/H1: the review office reports (C) and may propose; penalties and fines are the Organization's (CH)."""
    return [cite("C"), cite("CH", kind="note"), cite("CH.fine", kind="note"), cite("H1"), cite("H1.days")]


def compensation_basis() -> list[Citation]:
    return [cite("H1"), cite("H1.days")]


def penalty_problem(step: str, penalty: str | None, fine_rials: int, secretariat_proposed_fine: bool) -> str | None:
    """CLM-CH: what is wrong with a proposal or decision (None: nothing). A fine has an amount and, to be imposed, the
    secretariat's proposal; only a fine has an amount."""
    if penalty == "fine" and fine_rials <= 0:
        return "a fine needs its amount in rials (fine_rials > 0)"
    if penalty != "fine" and fine_rials:
        return "only a fine has an amount (fine_rials must be 0)"
    if step == "decision" and penalty == "fine" and not secretariat_proposed_fine:
        return "CLM-CH: cash fines are imposed on the secretariat's proposal; the secretariat has not proposed a fine for this violation"
    return None


def penalty_problem_fa(problem: str) -> str:
    """The Persian of a `penalty_problem` answer (what an officer reads under Accept-Language: fa)."""
    if "only a proposed fine has an amount" in problem:
        return "فقط جریمه نقدی پیشنهادی مبلغ دارد (proposed_fine_rials بدون proposed_penalty برابر fine داده شده است)."
    if "needs its amount" in problem:
        return "جریمه نقدی باید مبلغ داشته باشد (fine_rials بزرگ‌تر از صفر)."
    if "only a fine has an amount" in problem:
        return "فقط جریمه نقدی مبلغ دارد (fine_rials باید صفر باشد)."
    return "جریمه نقدی فقط با پیشنهاد دبیرخانه و از طریق ستاد صدور جواز اعمال می‌شود."


def penalty_basis(step: str, penalty: str | None) -> list[Citation]:
    """The basis of a proposal (secretariat) or of the licensing HQ's decision."""
    out = [cite("CH")]
    if penalty == "fine" or step == "proposal":
        out.append(cite("CH.fine"))
    if penalty == "suspension":
        out.append(cite("CH.suspension"))
    return out
