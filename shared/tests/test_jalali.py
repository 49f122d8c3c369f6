"""SHR-DATE: Jalali parsing and formatting, months and seasons."""

from datetime import date

import pytest

from shared.jalali import (
    InvalidDate,
    month_bounds,
    nth_of_next_month,
    parse_date,
    parse_datetime,
    season_bounds,
    season_of,
    to_jalali,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1404/11/20", date(2026, 2, 9)),
        ("۱۴۰۴/۱۱/۲۰", date(2026, 2, 9)),  # Persian digits
        ("١٤٠٤/١١/٢٠", date(2026, 2, 9)),  # Arabic-Indic digits
        ("1404-11-20", date(2026, 2, 9)),
        ("1404/6/12", date(2025, 9, 3)),
        ("2026-02-09", date(2026, 2, 9)),
        ("1403/12/30", date(2025, 3, 20)),  # 1403 is a leap year
        ("1399/10/15", date(2021, 1, 4)),
    ],
)
def test_shr_date_parse_both_calendars_any_digits(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["1404/12/30", "1404/13/01", "1404/00/10", "2026-02-30", "tomorrow", "", "14041120"])
def test_shr_date_invalid_dates_are_rejected(text):
    with pytest.raises(InvalidDate):
        parse_date(text)


def test_shr_date_leap_year_message_is_clear():
    with pytest.raises(InvalidDate, match="1404 is not a leap year"):
        parse_date("1404/12/30")


def test_shr_date_format_jalali():
    assert to_jalali(date(2026, 2, 9)) == "1404/11/20"
    assert to_jalali(parse_datetime("2026-02-09T06:00:00Z")) == "1404/11/20 09:30"  # Asia/Tehran is UTC+3:30


def test_shr_date_naive_time_is_tehran():
    dt = parse_datetime("۱۴۰۴/۱۱/۲۰ ۱۰:۳۰")
    assert dt.utcoffset().total_seconds() == 3.5 * 3600 and dt.hour == 10


def test_shr_date_month_and_season_bounds():
    assert month_bounds(1404, 12) == (date(2026, 2, 20), date(2026, 3, 20))  # Esfand 1404: 29 days
    assert month_bounds(1403, 12)[1] == date(2025, 3, 20)  # Esfand 1403: 30 days
    assert season_bounds(1404, 3) == (date(2025, 9, 23), date(2025, 12, 21))  # Mehr-Azar
    assert season_of(date(2026, 2, 9)) == (1404, 4)
    assert season_of(date(2025, 3, 21)) == (1404, 1)
    with pytest.raises(InvalidDate):
        season_bounds(1404, 5)


def test_shr_date_nth_of_next_month():
    assert to_jalali(nth_of_next_month(parse_date("1404/12/10"), 5)) == "1405/01/05"
    assert to_jalali(nth_of_next_month(parse_date("1404/06/31"), 5)) == "1404/07/05"


def test_shr_date_jdate_works_as_query_parameter_in_every_form():
    """`x: JDate = Query(...)` used to lose the Jalali parsing (FastAPI drops Annotated metadata there)."""
    from typing import Annotated

    from fastapi import FastAPI, Query
    from fastapi.testclient import TestClient

    from shared.jalali import JDate

    app = FastAPI()

    @app.get("/a")
    def a(d: JDate = Query(...)):
        return {"d": d}

    @app.get("/b")
    def b(d: Annotated[JDate, Query()]):
        return {"d": d}

    @app.get("/c")
    def c(d: JDate | None = Query(None)):
        return {"d": d}

    client = TestClient(app)
    for path in ("/a", "/b", "/c"):
        assert client.get(path, params={"d": "۱۴۰۳/۰۲/۲۰"}).json() == {"d": "2024-05-09"}, path
        assert client.get(path, params={"d": "1404/12/30"}).status_code == 422, path
