"""Pure quarterly-report rules (letter 400/10262/د clause 2: results reported at the end of each season)."""

from __future__ import annotations

import datetime as dt

from shared.workdays import WorkingCalendar

# A university's deputy for treatment is a government office: closed on Fridays, Thursdays and official holidays.
UNIVERSITY_CALENDAR = WorkingCalendar.for_org(closes_thursday=True)


def due_on(season_end: dt.date) -> dt.date:
    """INS-QUARTERLY: the report is due at the season's end (the letter gives no grace period)."""
    return season_end


def accepted_until(due: dt.date, calendar: WorkingCalendar = UNIVERSITY_CALENDAR) -> dt.date:
    """INS-QUARTERLY-HOLIDAY: when the season's last day is not a working day, the next working day still counts."""
    return calendar.next_working_day(due, include_today=True)


def submission_state(due: dt.date, sent_on: dt.date | None, today: dt.date, until: dt.date | None = None) -> str:
    """sent_on_time / sent_late / not_sent_overdue / not_yet_due (`until`: the last day that counts as on time)."""
    last = until or due
    if sent_on is not None:
        return "sent_on_time" if sent_on <= last else "sent_late"
    return "not_sent_overdue" if today > last else "not_yet_due"
