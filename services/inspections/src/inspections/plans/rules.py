"""Pure monthly-plan logic (letter 400/10262/د clause 2: every centre inspected monthly and continuously)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# INS-PLAN-START: the monthly duty starts with letter 400/10262/د of 1404/06/12 (a letter applies from its own date)
DUTY_STARTS = dt.date(2025, 9, 3)  # 1404/06/12


@dataclass(frozen=True)
class CentreMonth:
    centre_id: str
    registered_on: dt.date
    status_at_start: str | None
    inspections_this_month: tuple[dt.date, ...]
    inspections_last_month: tuple[dt.date, ...]


@dataclass(frozen=True)
class PlanRow:
    centre_id: str
    due: bool
    done: bool
    overdue: bool
    not_inspected_last_month: bool
    note: str | None


def plan_row(c: CentreMonth, month_start: dt.date, month_end: dt.date, prev_start: dt.date, prev_end: dt.date, today: dt.date) -> PlanRow:
    """Due: every centre registered by the month's end (closed ones too: the seal is checked), in a month
    that ends on or after 1404/06/12 (INS-PLAN-START: no month before the letter is due or overdue).

    Overdue: due, not inspected in the month, and the month is over. Flagged: the centre existed
    during last month, that month was due, and it was not inspected in it.
    """
    due = c.registered_on <= month_end and month_end >= DUTY_STARTS
    done = bool(c.inspections_this_month)
    overdue = due and not done and today > month_end
    flagged = c.registered_on <= prev_end and prev_end >= DUTY_STARTS and not c.inspections_last_month
    note = "closed: check the seal is intact" if c.status_at_start == "closed" else None
    return PlanRow(c.centre_id, due, done, overdue, flagged, note)
