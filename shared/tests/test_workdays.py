"""SHR-DATE: working days, weekends per organisation, official holidays, decreed closures, office hours."""

from datetime import time

import pytest

from shared.jalali import parse_date, parse_datetime, to_jalali
from shared.workdays import Closure, WorkingCalendar, load_closures

FRI_ONLY = WorkingCalendar.for_org(closes_thursday=False, closures=())
THU_FRI = WorkingCalendar.for_org(closes_thursday=True, closures=())


def j(text):
    return parse_date(text)


def test_shr_date_official_holidays_from_the_holidays_package():
    for day in ("1405/01/01", "1404/01/12", "1404/01/13", "1404/03/14", "1404/03/15", "1404/11/22", "1403/12/29"):
        assert FRI_ONLY.holiday_reason(j(day)) == "official holiday", day
    assert FRI_ONLY.holiday_reason(j("1404/11/24")) == "weekend"  # a Friday
    assert FRI_ONLY.is_working_day(j("1404/11/20"))  # a Monday


def test_shr_date_thursday_is_configurable_per_organisation():
    thursday = j("1404/11/23")
    assert FRI_ONLY.is_working_day(thursday)
    assert not THU_FRI.is_working_day(thursday)
    assert not WorkingCalendar(frozenset()).is_working_day(j("1404/11/24")), "Friday is always off"


def test_shr_date_add_working_days_over_holiday_and_weekend():
    # 1404/11/20 Monday; 11/22 Revolution Day; 11/24 Friday
    assert to_jalali(FRI_ONLY.add_working_days(j("1404/11/20"), 5)) == "1404/11/27"
    assert to_jalali(THU_FRI.add_working_days(j("1404/11/20"), 5)) == "1404/11/28"


def test_shr_date_fifteen_working_days_across_nowruz():
    # 12/29 and 1/1-1/4, 1/12-1/13 are holidays, Fridays off
    assert to_jalali(FRI_ONLY.add_working_days(j("1404/12/25"), 15)) == "1405/01/20"


def test_shr_date_count_working_days_between():
    assert FRI_ONLY.working_days_between(j("1404/11/20"), j("1404/11/27")) == 5
    assert FRI_ONLY.working_days_between(j("1404/11/27"), j("1404/11/20")) == -5
    assert FRI_ONLY.working_days_between(j("1404/11/20"), j("1404/11/20")) == 0


def test_shr_date_office_hours_cutoff():
    assert to_jalali(FRI_ONLY.effective_day("1404/11/20 09:00")) == "1404/11/20"
    assert to_jalali(FRI_ONLY.effective_day("1404/11/20 15:00")) == "1404/11/21"
    assert to_jalali(FRI_ONLY.effective_day("1404/11/21 16:00")) == "1404/11/23"  # 11/22 is a holiday
    cal = WorkingCalendar.for_org(closures=(), closes=time(16, 0))
    assert to_jalali(cal.effective_day("1404/11/20 15:00")) == "1404/11/20"
    assert FRI_ONLY.within_hours(parse_datetime("1404/11/20 10:00"), opens=time(10, 0))
    assert not FRI_ONLY.within_hours(parse_datetime("1404/11/20 09:59"), opens=time(10, 0))


def test_shr_date_decreed_closures_override(tmp_path):
    f = tmp_path / "closures.yaml"
    f.write_text(
        "closures:\n"
        "  - {date: 1404/11/20, kind: closure, scope: THR, reason: air pollution,"
        " decree: {issuer: Tehran governorate, number: 'T/1', date: 1404/11/19}}\n"
        "  - {date: 1404/11/22, kind: working, scope: national, reason: test,"
        " decree: {issuer: cabinet, number: 'C/2', date: 1404/11/01}}\n",
        encoding="utf-8",
    )
    closures = load_closures(f)
    tehran = WorkingCalendar.for_org(province="THR", closures=closures)
    qazvin = WorkingCalendar.for_org(province="QZV", closures=closures)
    assert tehran.holiday_reason(j("1404/11/20")) == "decreed closure"
    assert qazvin.is_working_day(j("1404/11/20"))
    assert tehran.is_working_day(j("1404/11/22"))
    assert isinstance(closures[0], Closure) and closures[0].decree["number"] == "T/1"


def test_shr_date_closure_without_decree_is_refused(tmp_path):
    f = tmp_path / "closures.yaml"
    f.write_text("closures:\n  - {date: 1404/11/20, kind: closure, reason: snow}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="decree"):
        load_closures(f)


def test_shr_date_shipped_closures_file_loads():
    assert isinstance(load_closures(), tuple)


def test_running_counts_agree_with_a_day_by_day_walk():
    """Issue 18: working days between two dates and n working days on, from the years' running counts, agree with
    walking the calendar one day at a time, across year ends, backwards, and for Thursday-closing organisations."""
    import random
    from datetime import date, timedelta

    from shared.workdays import WorkingCalendar

    rnd = random.Random(18)
    for cal in (WorkingCalendar.for_org(), WorkingCalendar.for_org(closes_thursday=True, province="THR")):

        def walk_between(a, b, cal=cal):
            sign, (a, b) = (1, (a, b)) if a <= b else (-1, (b, a))
            return sign * sum(cal.is_working_day(a + timedelta(days=i)) for i in range(1, (b - a).days + 1))

        def walk_add(start, n, cal=cal):
            d = start
            for _ in range(n):
                d = cal.next_working_day(d)
            return d

        for _ in range(150):
            a = date(2023, 1, 1) + timedelta(days=rnd.randrange(1400))
            b = a + timedelta(days=rnd.randrange(-700, 700))
            n = rnd.randrange(0, 500)
            assert cal.working_days_between(a, b) == walk_between(a, b), (a, b)
            assert cal.add_working_days(a, n) == walk_add(a, n), (a, n)
