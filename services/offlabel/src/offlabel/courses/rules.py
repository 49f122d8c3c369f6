"""Which administrations an approved course covers (OFL-R-COURSE), pure: no I/O.

An approval covers at most `administrations`, at least `min_interval_days` apart, inside the window from
the planned date. Administrations are taken in date order: recorded ones (by the physician, or verified by
claims); while none is recorded, the planned date stands for the first. An administration is covered when,
taken in order, the course still has room and the previous covered one is far enough before it. A date
nobody recorded is answered as if it were recorded (so two injections on consecutive days cannot both be
covered, whichever is asked first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from shared.jalali import to_jalali


@dataclass(frozen=True)
class CourseTerms:
    start: dt.date
    administrations: int
    min_interval_days: int
    window_days: int

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.window_days - 1)

    @classmethod
    def of(cls, course: dict[str, Any]) -> "CourseTerms":
        return cls(dt.date.fromisoformat(course["start"]), int(course["administrations"]), int(course["min_interval_days"]), int(course["window_days"]))


@dataclass(frozen=True)
class AdministrationAnswer:
    date: dt.date
    covered: bool
    number: int | None
    of: int
    recorded: bool
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "date_jalali": to_jalali(self.date),
            "covered": self.covered,
            "number": self.number,
            "of": self.of,
            "recorded": self.recorded,
            "reason": self.reason,
        }


def _j(d: dt.date) -> str:
    return to_jalali(d) or d.isoformat()


def _walk(terms: CourseTerms, dates: Sequence[dt.date]) -> dict[dt.date, tuple[int | None, str]]:
    """Each date in order: (its number in the course, or None; why)."""
    out: dict[dt.date, tuple[int | None, str]] = {}
    last: dt.date | None = None
    count = 0
    for d in sorted(set(dates)):
        if not terms.start <= d <= terms.end:
            out[d] = (None, f"{_j(d)} is outside the course ({_j(terms.start)} to {_j(terms.end)})")
        elif count >= terms.administrations:
            out[d] = (None, f"the course's {terms.administrations} administration(s) are used up before {_j(d)}")
        elif last is not None and (d - last).days < terms.min_interval_days:
            out[d] = (None, f"{(d - last).days} days after the administration of {_j(last)} (at least {terms.min_interval_days} required)")
        else:
            count += 1
            last = d
            out[d] = (count, f"administration {count} of {terms.administrations} of the course")
    return out


def _fits(terms: CourseTerms, covered: list[dt.date], day: dt.date) -> tuple[int | None, str]:
    """Whether an administration nobody recorded on `day` fits beside the covered recorded ones."""
    if not terms.start <= day <= terms.end:
        return None, f"{_j(day)} is outside the course ({_j(terms.start)} to {_j(terms.end)})"
    if len(covered) >= terms.administrations:
        return None, f"the course's {terms.administrations} administration(s) are already recorded"
    close = [d for d in covered if abs((day - d).days) < terms.min_interval_days]
    if close:
        d = close[0]
        return None, f"{abs((day - d).days)} days from the administration of {_j(d)} (at least {terms.min_interval_days} required)"
    number = 1 + sum(1 for d in covered if d < day)
    return number, f"administration {number} of {terms.administrations} of the course"


def administration_on(terms: CourseTerms, recorded: Sequence[dt.date], day: dt.date) -> AdministrationAnswer:
    """Whether the administration on `day` is covered by the course. Recorded administrations are facts and come
    first; while none is recorded the planned date stands for the first; a date nobody recorded is covered only if
    it fits beside them (count and interval on both sides)."""
    facts = list(recorded) or [terms.start]
    walked = _walk(terms, facts)
    if day in walked:
        number, reason = walked[day]
        if not recorded:
            reason += " (the planned date; no administration recorded yet)"
        return AdministrationAnswer(day, number is not None, number, terms.administrations, day in recorded, reason)
    covered = [d for d, (n, _) in walked.items() if n is not None]
    number, reason = _fits(terms, covered, day)
    return AdministrationAnswer(day, number is not None, number, terms.administrations, False, reason)
