"""Unit tests of claims.cases.rules: CLM-A1, A2, A3, A5 (no database)."""

from datetime import date, datetime, time

import pytest

from claims.cases import rules as r
from shared.jalali import TEHRAN, jalali_to_gregorian, to_jalali
from shared.workdays import WorkingCalendar


def cal(thursday=False):
    return WorkingCalendar.for_org(closes_thursday=thursday, province="THR", closures=())


def test_clm_a2_three_case_types_in_english_and_persian():
    assert r.parse_case_type("outpatient") is r.CaseType.outpatient
    assert r.parse_case_type("بستری") is r.CaseType.inpatient
    assert r.parse_case_type("گلوبال") is r.CaseType.global_
    assert r.parse_case_type("سرپايي") is r.CaseType.outpatient  # Arabic yeh variant


def test_clm_a2_unknown_case_type_refused():
    with pytest.raises(r.UnknownCaseType):
        r.parse_case_type("dental")


def test_clm_a3_seven_controls_in_circular_order():
    assert [c.clause for c in r.CONTROLS] == [f"A3-{i}" for i in range(1, 8)]
    assert len(set(r.CONTROL_CODES)) == 7


def test_clm_a3_checklist_incomplete_until_all_seven_recorded():
    six = {c: r.PASSED for c in r.CONTROL_CODES[:6]}
    v = r.checklist_verdict(six)
    assert not v.complete and not v.passed and v.missing == ("patient_paid",)
    v = r.checklist_verdict({**six, "patient_paid": r.PASSED})
    assert v.complete and v.passed


def test_clm_a3_failed_control_blocks_pass_but_checklist_complete():
    rec = {c: r.PASSED for c in r.CONTROL_CODES}
    rec["medical_centre"] = r.FAILED
    v = r.checklist_verdict(rec)
    assert v.complete and not v.passed and v.failed == ("medical_centre",)


def _line(q, p, a):
    return r.BillLine("901905", q, p, a)


def test_clm_a1_bill_lines_must_add_up_to_total():
    errs = r.bill_errors([_line(1, 100, 100), _line(2, 50, 100)], 250, 0, 250, 0, "centre", 250, date(2026, 1, 1), None)
    assert [e["field"] for e in errs] == ["bill_total_rials"]


def test_clm_a1_line_amount_is_quantity_times_price():
    errs = r.bill_errors([_line(3, 100, 200)], 200, 0, 200, 0, "centre", 200, date(2026, 1, 1), None)
    assert errs[0]["field"] == "lines.0.amount_rials"


def test_clm_a3_6_total_paid_is_bill_plus_prosthesis():
    errs = r.bill_errors([_line(1, 100, 100)], 100, 50, 100, 0, "centre", 100, date(2026, 1, 1), None)
    assert [e["field"] for e in errs] == ["total_paid_rials"]
    assert r.bill_errors([_line(1, 100, 100)], 100, 50, 150, 0, "centre", 150, date(2026, 1, 1), None) == []


def test_clm_a1_discharge_before_admission_refused():
    errs = r.bill_errors([_line(1, 100, 100)], 100, 0, 100, 0, "centre", 100, date(2026, 1, 5), date(2026, 1, 4))
    assert [e["field"] for e in errs] == ["discharge_date"]


def test_clm_a3_4_supplementary_paid_to_centre_plus_patient_cannot_exceed_total():
    errs = r.bill_errors([_line(1, 100, 100)], 100, 0, 100, 40, "centre", 70, date(2026, 1, 1), None)
    assert [e["field"] for e in errs] == ["patient_paid_rials"]


def test_clm_a4_net_out_of_pocket_after_supplementary():
    assert r.net_out_of_pocket(1000, 300, "patient") == 700
    assert r.net_out_of_pocket(700, 300, "centre") == 700


def test_clm_a1_duplicate_key_blind_to_digit_and_spacing_variants():
    a = r.duplicate_key("0012345679", "THR-1 ", date(2026, 1, 1), "B-۱۲۳", 1000)
    b = r.duplicate_key("۰۰۱۲۳۴۵۶۷۹", "thr-1", date(2026, 1, 1), "b123", 1000)
    c = r.duplicate_key("0012345679", "THR-1", date(2026, 1, 1), "B-123", 1001)
    assert a == b and a != c


def test_clm_a5_due_fifteen_working_days_after_registration_thursday_closed():
    # 1405/08/03 (Sunday 2026-10-25) 09:00: Thursdays and Fridays off; no holidays in the next three weeks
    reg = datetime(2026, 10, 25, 9, 0, tzinfo=TEHRAN)
    c = cal(thursday=True)
    due = r.due_date(c, reg)
    assert c.working_days_between(reg.date(), due) == 15
    # 15 working days at 5 a week = three weeks later, same weekday
    assert due == date(2026, 11, 15)
    assert to_jalali(due) == "1405/08/24"


def test_clm_a5_agency_open_on_thursday_gets_earlier_due_date():
    reg = datetime(2026, 10, 25, 9, 0, tzinfo=TEHRAN)
    assert r.due_date(cal(False), reg) < r.due_date(cal(True), reg)


def test_clm_a5_counts_from_the_day_after_receipt_whatever_its_hour():
    # «پس از دریافت اسناد»: the receipt day is not counted; a receipt after closing time does not add a day
    early = r.due_date(cal(), datetime(2026, 10, 25, 9, 0, tzinfo=TEHRAN))
    late = r.due_date(cal(), datetime(2026, 10, 25, 15, 0, tzinfo=TEHRAN))
    assert early == late == cal().add_working_days(date(2026, 10, 25), 15)


def test_clm_a5_receipt_on_a_holiday_gives_exactly_fifteen_working_days():
    c = cal(thursday=True)
    friday = datetime(2026, 10, 30, 11, 0, tzinfo=TEHRAN)  # 1405/08/08, a Friday: a day off
    due = r.due_date(c, friday)
    assert c.working_days_between(friday.date(), due) == 15  # not 16: the day off is not replaced by a working day
    assert due == date(2026, 11, 18)  # Sat 31/10 .. Wed 18/11: 15 working days (Thu, Fri off)
    assert to_jalali(due) == "1405/08/27"


def test_clm_a5_receipt_in_the_future_or_before_the_treatment_is_refused():
    now = datetime(2026, 10, 25, 10, 0, tzinfo=TEHRAN)
    assert [e["message"] for e in r.receipt_errors(datetime(2026, 10, 26, 10, 0, tzinfo=TEHRAN), now, date(2026, 10, 20))] == ["in the future"]
    errs = r.receipt_errors(datetime(2026, 10, 19, 10, 0, tzinfo=TEHRAN), now, date(2026, 10, 20))
    assert len(errs) == 1 and errs[0]["field"] == "documents_received_at" and "before the treatment" in errs[0]["message"]
    assert r.receipt_errors(datetime(2026, 10, 20, 8, 0, tzinfo=TEHRAN), now, date(2026, 10, 20)) == []


def test_clm_a5_delivery_only_from_ten_to_end_of_office_hours():
    c = cal(True)
    nine = datetime(2026, 10, 25, 9, 0, tzinfo=TEHRAN)
    assert r.delivery_counts_at(c, nine) == datetime(2026, 10, 25, 10, 0, tzinfo=TEHRAN)
    eleven = datetime(2026, 10, 25, 11, 0, tzinfo=TEHRAN)
    assert r.delivery_counts_at(c, eleven) == eleven
    wed_evening = datetime(2026, 10, 28, 15, 0, tzinfo=TEHRAN)  # Wednesday after closing; Thu+Fri off
    assert r.delivery_counts_at(c, wed_evening) == datetime(2026, 10, 31, 10, 0, tzinfo=TEHRAN)


def test_clm_a5_status_on_time_due_soon_overdue():
    c = cal(True)
    due = date(2026, 11, 15)
    v = r.deadline_view(c, due, datetime(2026, 10, 26, 10, 0, tzinfo=TEHRAN))
    assert v.state == r.DeadlineState.on_time and v.working_days_left > 3
    v = r.deadline_view(c, due, datetime(2026, 11, 11, 10, 0, tzinfo=TEHRAN))  # Wednesday: Sat, Sun left
    assert v.state == r.DeadlineState.due_soon and v.working_days_left == 2
    v = r.deadline_view(c, due, datetime(2026, 11, 15, 13, 59, tzinfo=TEHRAN))
    assert v.state == r.DeadlineState.due_soon and v.working_days_left == 0
    v = r.deadline_view(c, due, datetime(2026, 11, 15, 14, 1, tzinfo=TEHRAN))
    assert v.state == r.DeadlineState.overdue
    v = r.deadline_view(c, due, datetime(2026, 11, 17, 10, 0, tzinfo=TEHRAN))
    assert v.state == r.DeadlineState.overdue and v.working_days_left == -2
    d = v.as_dict()
    assert d["due_date"] == "2026-11-15" and d["due_date_jalali"] == "1405/08/24"
    assert d["basis"][0]["number"] == "1000/99/9958" and d["basis"][0]["clause"] == "A5"


def test_clm_a5_delivered_on_time_or_late():
    c = cal()
    due = date(2026, 11, 15)
    on = r.deadline_view(c, due, datetime(2026, 11, 20, tzinfo=TEHRAN), datetime(2026, 11, 15, 13, 0, tzinfo=TEHRAN))
    late = r.deadline_view(c, due, datetime(2026, 11, 20, tzinfo=TEHRAN), datetime(2026, 11, 16, 10, 0, tzinfo=TEHRAN))
    assert on.state == r.DeadlineState.delivered_on_time and late.state == r.DeadlineState.delivered_late


def test_clm_a5_official_holiday_not_counted():
    # 22 Bahman 1404 (2026-02-11, Wednesday) is an official holiday
    holiday = jalali_to_gregorian(1404, 11, 22)
    c = WorkingCalendar.for_org(closes_thursday=True, closures=())
    assert not c.is_working_day(holiday)
    reg = datetime.combine(jalali_to_gregorian(1404, 11, 18), time(9), TEHRAN)
    due = r.due_date(c, reg)
    assert c.working_days_between(reg.date(), due) == 15
    assert (due - reg.date()).days > 21  # three calendar weeks are not enough when a holiday falls inside


def test_clm_a6_a7_workflow_transitions():
    assert r.may("assessment", r.CaseState.controlled)
    assert not r.may("assessment", r.CaseState.registered)
    assert r.may("controls", r.CaseState.returned)
    assert not r.may("submission", r.CaseState.returned)
    assert r.may("review", r.CaseState.submitted) and not r.may("review", r.CaseState.approved)
    assert {c.clause for c in r.review_basis("returned")} == {"A6", "A7"}
