"""OFL-R-COURSE: the pure course rules, per administration date."""

from __future__ import annotations

import datetime as dt

from offlabel.courses.rules import CourseTerms, administration_on

START = dt.date(2024, 5, 4)
TERMS = CourseTerms(START, administrations=3, min_interval_days=28, window_days=100)


def d(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def test_ofl_r_course_planned_date_stands_for_the_first_while_nothing_is_recorded():
    a = administration_on(TERMS, [], START)
    assert a.covered and a.number == 1 and not a.recorded and "planned date" in a.reason
    assert not administration_on(TERMS, [], d(1)).covered  # the next day is never a second covered injection
    assert administration_on(TERMS, [], d(28)).number == 2


def test_ofl_r_course_count_interval_and_window():
    recorded = [START, d(28), d(56)]
    assert [administration_on(TERMS, recorded, x).number for x in recorded] == [1, 2, 3]
    assert not administration_on(TERMS, recorded, d(90)).covered and "already recorded" in administration_on(TERMS, recorded, d(90)).reason
    assert not administration_on(TERMS, [START], d(100)).covered  # outside the 100-day window
    assert not administration_on(TERMS, [START], d(-1)).covered


def test_ofl_r_course_a_recorded_administration_is_a_fact_that_comes_first():
    # recorded on the 2nd day: the planned date (unrecorded) no longer fits, the recorded one is number 1
    assert administration_on(TERMS, [d(1)], d(1)).number == 1
    assert not administration_on(TERMS, [d(1)], START).covered
    # two recorded one day apart: the second is recorded but not covered
    second = administration_on(TERMS, [START, d(1)], d(1))
    assert second.recorded and not second.covered and "1 days" in second.reason
