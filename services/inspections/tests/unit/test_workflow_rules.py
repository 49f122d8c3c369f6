"""Pure workflow rules: action state machine, monthly plan rows, quarterly due dates, checklist findings."""

from __future__ import annotations

import datetime as dt

import pytest

from inspections.enforcement import rules as enforcement
from inspections.inspections import rules as inspection_rules
from inspections.inspections.checklists import load_checklists
from inspections.plans.rules import CentreMonth, plan_row
from inspections.reports import rules as report_rules
from shared.jalali import month_bounds, parse_date, season_bounds


@pytest.mark.parametrize(
    ("kind", "current", "target", "ok"),
    [
        ("closure", "ordered", "executed", True),
        ("closure", "executed", "lifted", True),
        ("closure", "lifted", "concluded", True),
        ("closure", "concluded", "lifted", False),
        ("closure", "lifted", "executed", False),
        ("seizure", "ordered", "lifted", True),
        ("referral", "ordered", "lifted", False),
        ("referral", "executed", "concluded", True),
        ("referral", "ordered", "concluded", False),
    ],
)
def test_ins_enforcement_state_machine(kind, current, target, ok):
    assert enforcement.allowed(kind, current, target) is ok


def test_ins_enforcement_closure_closes_and_lifting_reopens():
    assert enforcement.centre_effect("closure", "ordered") == "close"
    assert enforcement.centre_effect("closure", "lifted") == "reopen"
    assert enforcement.centre_effect("closure", "executed") is None
    assert enforcement.centre_effect("seizure", "ordered") is None


def test_ins_400_2_monthly_plan_row():
    start, end = month_bounds(1404, 8)
    pstart, pend = month_bounds(1404, 7)
    after = end + dt.timedelta(days=1)
    old = CentreMonth("a", parse_date("1404/06/01"), "active", (), ())
    r = plan_row(old, start, end, pstart, pend, after)
    assert r.due and not r.done and r.overdue and r.not_inspected_last_month
    # during the month it is not yet overdue
    assert not plan_row(old, start, end, pstart, pend, start).overdue
    new = CentreMonth("b", parse_date("1404/08/10"), None, (), ())
    r = plan_row(new, start, end, pstart, pend, after)
    assert r.due and not r.not_inspected_last_month  # did not exist last month
    closed = CentreMonth("c", parse_date("1404/06/01"), "closed", (parse_date("1404/08/02"),), (parse_date("1404/07/02"),))
    r = plan_row(closed, start, end, pstart, pend, after)
    assert r.done and not r.overdue and not r.not_inspected_last_month and "seal" in r.note


def test_ins_400_2_quarterly_due_at_season_end():
    _, end = season_bounds(1404, 3)
    assert report_rules.due_on(end) == parse_date("1404/09/30")
    assert report_rules.submission_state(end, parse_date("1404/09/30"), parse_date("1404/10/05")) == "sent_on_time"
    assert report_rules.submission_state(end, parse_date("1404/10/01"), parse_date("1404/10/05")) == "sent_late"
    assert report_rules.submission_state(end, None, parse_date("1404/10/01")) == "not_sent_overdue"
    assert report_rules.submission_state(end, None, parse_date("1404/09/30")) == "not_yet_due"


def test_ins_400_2_checklist_version_and_findings():
    cls = load_checklists()
    with pytest.raises(inspection_rules.ChecklistProblem):
        inspection_rules.checklist_for(cls, parse_date("1404/06/11"))  # before letter 400/10262/د
    c = inspection_rules.checklist_for(cls, parse_date("1404/07/01"))
    answers = [{"item": i.code, "result": "compliant"} for i in c.items]
    answers[0] = {"item": "operating_licence", "result": "non_compliant", "note": "expired", "severity": None}
    found = inspection_rules.findings(c, answers)
    assert [(f.violation_type, f.severity) for f in found] == [("no_operating_licence", "critical")]
    with pytest.raises(inspection_rules.ChecklistProblem) as e:
        inspection_rules.findings(c, answers + [{"item": "operating_licence", "result": "compliant"}])
    assert "twice" in str(e.value)
    with pytest.raises(inspection_rules.ChecklistProblem):
        inspection_rules.findings(c, answers + [{"item": "tattoos", "result": "compliant"}])


def test_ins_plan_start_no_month_before_1404_06_12_is_due_or_overdue():
    """INS-PLAN-START: letter 400/10262/د applies from its own date; months ending before 1404/06/12 are not due."""
    start, end = month_bounds(1404, 5)
    pstart, pend = month_bounds(1404, 4)
    old = CentreMonth("a", parse_date("1404/01/01"), "active", (), ())
    r = plan_row(old, start, end, pstart, pend, parse_date("1404/10/01"))
    assert not r.due and not r.overdue and not r.not_inspected_last_month
    # Shahrivar 1404 holds the letter's date: due, and overdue once over; Mehr does not flag Mordad's or earlier months
    s6, e6 = month_bounds(1404, 6)
    r6 = plan_row(old, s6, e6, start, end, parse_date("1404/10/01"))
    assert r6.due and r6.overdue and not r6.not_inspected_last_month
    s7, e7 = month_bounds(1404, 7)
    assert plan_row(old, s7, e7, s6, e6, parse_date("1404/10/01")).not_inspected_last_month


def test_ins_quarterly_holiday_the_next_working_day_still_counts():
    """INS-QUARTERLY-HOLIDAY: season 4 of 1404 ends on Friday 1404/12/29; season 4 of 1405 ends on 1405/12/29 (an official
    holiday): a report sent on the next working day of the university's calendar is on time, a day later is late."""
    _, end = season_bounds(1404, 4)
    assert end == parse_date("1404/12/29") and report_rules.UNIVERSITY_CALENDAR.holiday_reason(end) == "weekend"
    until = report_rules.accepted_until(report_rules.due_on(end))
    assert until == parse_date("1405/01/05")  # after the Nowruz holidays (1-4 Farvardin), Thursday/Friday off
    assert report_rules.submission_state(end, until, until, until) == "sent_on_time"
    assert report_rules.submission_state(end, until, until) == "sent_late"  # without the holiday rule it would be late
    assert report_rules.submission_state(end, until + dt.timedelta(days=1), until, until) == "sent_late"
    assert report_rules.submission_state(end, None, until, until) == "not_yet_due"
    _, end5 = season_bounds(1405, 4)
    assert report_rules.UNIVERSITY_CALENDAR.holiday_reason(end5) == "official holiday"
    assert report_rules.accepted_until(end5) > end5
    # a working last day moves nothing
    _, end3 = season_bounds(1404, 3)
    assert report_rules.accepted_until(end3) == end3


def test_ins_checklist_v2_answers_under_the_superseded_code_irc_research_still_fit():
    """The v2 item research_ethics (ethics approval) replaces v1's irc_research; old clients' answers still fit it."""
    from inspections.inspections.checklists import load_checklists
    from inspections.inspections.rules import checklist_for, findings

    v2 = checklist_for(load_checklists(), parse_date("1404/07/10"))
    assert v2.version == "400-10262-v2" and v2.item("irc_research").code == "research_ethics"
    codes = [i.code for i in v2.items]
    answers = [{"item": "irc_research" if c == "research_ethics" else c, "result": "non_compliant" if c == "research_ethics" else "compliant"} for c in codes]
    found = findings(v2, answers)
    assert [(f.item_code, f.violation_type) for f in found] == [("research_ethics", "unapproved_research")]
    assert found[0].cite is not None and found[0].cite.authority == "interpretation"
