"""Working-day calendar (SHR-DATE): weekends per organisation, official holidays, decreed closures, office hours."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

import holidays
import yaml

from shared.jalali import TEHRAN, parse_date, parse_datetime

FRIDAY = 4
THURSDAY = 3


@dataclass(frozen=True)
class Closure:
    """A decreed closure (or a day declared working), citing its decree."""

    day: date
    kind: str  # "closure" | "working"
    scope: str  # "national" or a province code
    reason: str
    decree: dict


def load_closures(path: str | Path | None = None) -> tuple[Closure, ...]:
    """Read the override file; every entry must cite its decree (SHR-DATE)."""
    source = resources.files("shared.data").joinpath("closures.yaml") if path is None else Path(path)
    text = source.read_text(encoding="utf-8")
    raw = yaml.safe_load(text) or {}
    out = []
    for i, entry in enumerate(raw.get("closures") or []):
        decree = entry.get("decree") or {}
        if not (decree.get("issuer") and decree.get("number") and decree.get("date")):
            raise ValueError(f"closures[{i}]: an ad-hoc closure must cite its decree (issuer, number, date)")
        kind = entry.get("kind", "closure")
        if kind not in ("closure", "working"):
            raise ValueError(f"closures[{i}]: kind must be closure or working")
        out.append(
            Closure(
                day=parse_date(str(entry["date"])),
                kind=kind,
                scope=str(entry.get("scope", "national")),
                reason=str(entry.get("reason", "")),
                decree={k: str(v) for k, v in decree.items()},
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def _shipped_closures() -> tuple[Closure, ...]:
    """The shipped closures file, read once per process (calendars are built per request; issue 18)."""
    return load_closures()


@lru_cache(maxsize=64)
def _official(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("IR", years=[year]).keys())


# Issue 18: (weekend, province, that year's closures, year) -> running count of working days, shared by every
# calendar with the same rules (calendars are built per request).
_RUNNING: dict[tuple, list[int]] = {}


@dataclass(frozen=True)
class WorkingCalendar:
    """The working days of one organisation (SHR-DATE).

    weekend: weekday numbers (Monday=0 ... Friday=4); Friday is always off, Thursday
    for organisations that close on Thursdays. province: applies that province's closures.
    """

    weekend: frozenset[int] = frozenset({FRIDAY})
    province: str | None = None
    closures: tuple[Closure, ...] = field(default_factory=tuple)
    opens: time = time(8, 0)
    closes: time = time(14, 0)

    def __post_init__(self) -> None:
        if FRIDAY not in self.weekend:
            object.__setattr__(self, "weekend", frozenset(self.weekend | {FRIDAY}))

    @classmethod
    def for_org(
        cls,
        closes_thursday: bool = False,
        province: str | None = None,
        closures: tuple[Closure, ...] | None = None,
        opens: time = time(8, 0),
        closes: time = time(14, 0),
    ) -> WorkingCalendar:
        weekend = {FRIDAY, THURSDAY} if closes_thursday else {FRIDAY}
        return cls(frozenset(weekend), province, _shipped_closures() if closures is None else closures, opens, closes)

    def _override(self, day: date) -> str | None:
        kind = None
        for c in self.closures:
            if c.day == day and (c.scope == "national" or c.scope == self.province):
                kind = c.kind
        return kind

    def holiday_reason(self, day: date) -> str | None:
        """Why a day is not a working day, or None if it is one."""
        override = self._override(day)
        if override == "working":
            return None
        if override == "closure":
            return "decreed closure"
        if day.weekday() in self.weekend:
            return "weekend"
        if day in _official(day.year):
            return "official holiday"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.holiday_reason(day) is None

    def next_working_day(self, day: date, include_today: bool = False) -> date:
        d = day if include_today else day + timedelta(days=1)
        while not self.is_working_day(d):
            d += timedelta(days=1)
        return d

    def running_count(self, year: int) -> list[int]:
        """Working days from 1 January of `year` up to and including each day of it (issue 18: counted once per year)."""
        key = (self.weekend, self.province, tuple((c.day, c.kind, c.scope) for c in self.closures if c.day.year == year), year)
        counts = _RUNNING.get(key)
        if counts is None:
            counts, total, d = [], 0, date(year, 1, 1)
            while d.year == year:
                total += self.is_working_day(d)
                counts.append(total)
                d += timedelta(days=1)
            if len(_RUNNING) > 4096:  # calendars x years; a bound, never reached in practice
                _RUNNING.clear()
            _RUNNING[key] = counts
        return counts

    def _through(self, day: date) -> int:
        """Working days from 1 January of day's year up to and including day."""
        return self.running_count(day.year)[day.timetuple().tm_yday - 1]

    def add_working_days(self, start: date, n: int) -> date:
        """The date n working days after start (start itself not counted); n=0 is start.

        Issue 18: a binary search in the year's running count, not a walk day by day.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        if n == 0:
            return start
        year, before = start.year, self._through(start)
        while True:
            counts = self.running_count(year)
            if counts[-1] - before >= n:
                index = bisect_left(counts, before + n)
                return date(year, 1, 1) + timedelta(days=index)
            n -= counts[-1] - before
            year, before = year + 1, 0

    def working_days_between(self, start: date | datetime, end: date | datetime) -> int:
        """Working days after start up to and including end; negative when end is before start.

        Issue 18: differences of the years' running counts, not a walk day by day.
        """
        a = start.astimezone(TEHRAN).date() if isinstance(start, datetime) else start
        b = end.astimezone(TEHRAN).date() if isinstance(end, datetime) else end
        sign = 1
        if b < a:
            a, b, sign = b, a, -1
        count = self._through(b) - self._through(a)
        for year in range(a.year, b.year):
            count += self.running_count(year)[-1]
        return sign * count

    def effective_day(self, instant: datetime | str) -> date:
        """The working day an instant counts from: after closing time or on a day off, the next working day."""
        dt = parse_datetime(instant).astimezone(TEHRAN)
        day = dt.date()
        if not self.is_working_day(day) or dt.timetz().replace(tzinfo=None) >= self.closes:
            return self.next_working_day(day)
        return day

    def within_hours(self, instant: datetime, opens: time | None = None) -> bool:
        """Whether an instant falls on a working day between opens (default office opening) and closing."""
        dt = instant.astimezone(TEHRAN)
        start = opens or self.opens
        return self.is_working_day(dt.date()) and start <= dt.time() < self.closes

    def deadline(self, received: datetime | str, n: int) -> date:
        """Due date n working days after the day a receipt counts from (office-hours cut-off applied)."""
        return self.add_working_days(self.effective_day(received), n)

    def closes_at(self, day: date) -> datetime:
        return datetime.combine(day, self.closes, TEHRAN)
