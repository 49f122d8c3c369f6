"""Jalali (Solar Hijri) dates (SHR-DATE): parse ISO or Jalali input in any digits, format both forms."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import jdatetime

from shared.errors import InvalidValue
from shared.text import normalize

TEHRAN = ZoneInfo("Asia/Tehran")

_JALALI_RE = re.compile(r"^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_JALALI_DT_RE = re.compile(r"^(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$")
# Years below this are Solar Hijri; the two calendars' years do not overlap in any date we handle.
_JALALI_YEAR_LIMIT = 1700


class InvalidDate(ValueError):
    """A date string that is neither a valid ISO nor a valid Jalali date."""


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """Gregorian date of a Jalali y/m/d; InvalidDate if that day does not exist (e.g. 1404/12/30)."""
    try:
        gregorian: date = jdatetime.date(year, month, day).togregorian()
        return gregorian
    except ValueError as exc:
        raise InvalidDate(
            f"{year:04d}/{month:02d}/{day:02d} is not a day of the Jalali calendar" + (f" ({year} is not a leap year)" if month == 12 and day == 30 else "")
        ) from exc


def parse_date(value: str | date | datetime) -> date:
    """A date from ISO (2026-02-09) or Jalali (1404/11/20, ۱۴۰۴/۱۱/۲۰) text (SHR-DATE)."""
    if isinstance(value, datetime):
        return value.astimezone(TEHRAN).date() if value.tzinfo else value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InvalidDate("a date must be a string such as 2026-02-09 or 1404/11/20")
    text = normalize(value)
    m = _JALALI_RE.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        if y < _JALALI_YEAR_LIMIT:
            return jalali_to_gregorian(y, mo, d)
        if "/" not in text:
            try:
                return date(y, mo, d)
            except ValueError as exc:
                raise InvalidDate(f"{value!r} is not a valid ISO date") from exc
    raise InvalidDate(f"{value!r} is not a date: use ISO 2026-02-09 or Jalali 1404/11/20")


def parse_datetime(value: str | datetime | date) -> datetime:
    """An aware datetime from ISO-8601 or Jalali 'YYYY/MM/DD HH:MM'; naive input is Asia/Tehran (SHR-DATE)."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=TEHRAN)
    if isinstance(value, date):
        return datetime.combine(value, time(0), TEHRAN)
    if not isinstance(value, str):
        raise InvalidDate("a time must be a string such as 2026-02-09T10:30:00+03:30")
    text = normalize(value)
    m = _JALALI_DT_RE.match(text)
    if m and int(m.group(1)) < _JALALI_YEAR_LIMIT:
        y, mo, d, hh, mm = (int(g) for g in m.groups()[:5])
        ss = int(m.group(6) or 0)
        day = jalali_to_gregorian(y, mo, d)
        try:
            return datetime.combine(day, time(hh, mm, ss), TEHRAN)
        except ValueError as exc:
            raise InvalidDate(f"{value!r} has an invalid time of day") from exc
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return datetime.combine(parse_date(text), time(0), TEHRAN)
    return dt if dt.tzinfo else dt.replace(tzinfo=TEHRAN)


def to_jalali(value: date | datetime | None) -> str | None:
    """'1404/11/20' for a Gregorian date (or an aware datetime, read in Asia/Tehran)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo:
            value = value.astimezone(TEHRAN)
        j = jdatetime.datetime.fromgregorian(datetime=value.replace(tzinfo=None))
        return f"{j.year:04d}/{j.month:02d}/{j.day:02d} {j.hour:02d}:{j.minute:02d}"
    j = jdatetime.date.fromgregorian(date=value)
    return f"{j.year:04d}/{j.month:02d}/{j.day:02d}"


def jalali_parts(value: date) -> tuple[int, int, int]:
    """(year, month, day) of a Gregorian date in the Jalali calendar."""
    j = jdatetime.date.fromgregorian(date=value)
    return j.year, j.month, j.day


def month_length(year: int, month: int) -> int:
    """Days in a Jalali month (Esfand has 30 in leap years)."""
    if not 1 <= month <= 12:
        raise InvalidDate(f"month {month} does not exist")
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if jdatetime.date(year, 1, 1).isleap() else 29


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of a Jalali month."""
    return jalali_to_gregorian(year, month, 1), jalali_to_gregorian(year, month, month_length(year, month))


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def previous_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def season_of(value: date) -> tuple[int, int]:
    """(Jalali year, season) where season 1 = Farvardin-Khordad ... 4 = Dey-Esfand (SHR-DATE)."""
    y, m, _ = jalali_parts(value)
    return y, (m - 1) // 3 + 1


def season_bounds(year: int, season: int) -> tuple[date, date]:
    """First and last Gregorian day of a Jalali season (SHR-DATE)."""
    if not 1 <= season <= 4:
        raise InvalidDate(f"season {season} does not exist (1-4)")
    first_month = (season - 1) * 3 + 1
    return month_bounds(year, first_month)[0], month_bounds(year, first_month + 2)[1]


def nth_of_next_month(value: date, n: int) -> date:
    """'By the Nth day of the next Jalali month' (e.g. CLM-B3's 5th) for an event in value's month."""
    y, m, _ = jalali_parts(value)
    ny, nm = next_month(y, m)
    return jalali_to_gregorian(ny, nm, min(n, month_length(ny, nm)))


def now_tehran() -> datetime:
    return datetime.now(TEHRAN)


def today_tehran() -> date:
    return now_tehran().date()


DATE_FA = "تاریخ نامعتبر است؛ به شکل ۱۴۰۵/۰۹/۱۰ یا 2026-12-01 بنویسید"
DATETIME_FA = "تاریخ و ساعت نامعتبر است؛ به شکل 2026-12-01T10:30:00+03:30 بنویسید"


def _coerce_date(value: Any) -> Any:
    if value is None or isinstance(value, (date, datetime)):
        return parse_date(value) if isinstance(value, datetime) else value
    try:
        return parse_date(value)
    except InvalidDate as exc:
        raise InvalidValue(str(exc), DATE_FA) from None


def _coerce_datetime(value: Any) -> Any:
    if value is None:
        return value
    try:
        return parse_datetime(value)
    except InvalidDate as exc:
        raise InvalidValue(str(exc), DATETIME_FA) from None


class JDate(date):
    """A date field that accepts ISO or Jalali text with any digits and serialises as ISO (SHR-DATE).

    A class (not Annotated metadata), so it works however FastAPI is given it: as a body field,
    `x: JDate = Query(...)` or `x: Annotated[JDate, Query()]`. Validated values are plain dates.
    """

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(_coerce_date, core_schema.date_schema())

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return {
            "type": "string",
            "description": "ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted",
            "examples": ["1404/11/20", "2026-02-09"],
        }


class JDateTime(datetime):
    """An instant: ISO-8601 or Jalali 'YYYY/MM/DD HH:MM'; naive values are Asia/Tehran (SHR-DATE)."""

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(_coerce_datetime, core_schema.datetime_schema())

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        return {
            "type": "string",
            "description": "ISO-8601 date-time or Jalali 'YYYY/MM/DD HH:MM' (Asia/Tehran when no offset)",
            "examples": ["2026-02-09T10:30:00+03:30", "1404/11/20 10:30"],
        }


def date_pair(prefix: str, value: date | datetime | None) -> dict[str, Any]:
    """{'prefix': iso, 'prefix_jalali': '1404/11/20'} for building responses by hand."""
    return {prefix: value.isoformat() if value else None, f"{prefix}_jalali": to_jalali(value)}


def add_days(value: date, days: int) -> date:
    return value + timedelta(days=days)
