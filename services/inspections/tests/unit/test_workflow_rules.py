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


@pytest.mark.parametrize(("kind", "current", "target", "ok"), [
    ("closure", "ordered", "executed", True),
    ("closure", "executed", "lifted", True),
    ("closure", "lifted", "concluded", True),
    ("closure", "concluded", "lifted", False),
    ("closure", "lifted", "executed", False),
    ("seizure", "ordered", "lifted", True),
    ("referral", "ordered", "lifted", False),
    ("referral", "executed", "concluded", True),
    ("referral", "ordered", "concluded", False),
])
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
