"""Pure quarterly-report rules (letter 400/10262/د clause 2: results reported at the end of each season)."""

from __future__ import annotations

import datetime as dt


def due_on(season_end: dt.date) -> dt.date:
    """The report is due at the season's end (the letter gives no grace period)."""
    return season_end


def submission_state(due: dt.date, sent_on: dt.date | None, today: dt.date) -> str:
    """sent_on_time / sent_late / not_sent_overdue / not_yet_due."""
    if sent_on is not None:
        return "sent_on_time" if sent_on <= due else "sent_late"
    return "not_sent_overdue" if today > due else "not_yet_due"
