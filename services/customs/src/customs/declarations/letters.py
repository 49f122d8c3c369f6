"""Letter numbers (GIO/<Jalali year>/<serial>); the printed documents themselves are customs.documents."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from customs.declarations.models import LetterCounter
from shared.jalali import jalali_parts
from shared.text import PERSIAN_DIGITS

_FA_DIGITS = str.maketrans("0123456789", PERSIAN_DIGITS)


def fa_digits(value: Any) -> str:
    """Persian digits; a whole quantity stored as a float (3.0) is written as a whole number (۳)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).translate(_FA_DIGITS)


def next_letter_number(session: Session, series: str, on: dt.date) -> str:
    """The next serial of a series in the Jalali year of `on`, under a row lock (flushes only)."""
    year = jalali_parts(on)[0]
    row = session.execute(select(LetterCounter).where(LetterCounter.series == series, LetterCounter.year == year).with_for_update()).scalar_one_or_none()
    if row is None:
        row = LetterCounter(series=series, year=year, last=0)
        session.add(row)
        session.flush()
    row.last += 1
    session.flush()
    return f"{series}/{year}/{row.last:05d}"
