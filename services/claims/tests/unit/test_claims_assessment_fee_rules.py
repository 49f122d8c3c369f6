"""Unit tests of CLM-A4 (assessment), CLM-P (fees), CLM-B3, CLM-H1/H2, CLM-CH (no database)."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from shared.jalali import TEHRAN, jalali_to_gregorian
from shared.provenance import RegulationRegistry

from claims.agencies import rules as ag
from claims.assessment import rules as a
from claims.cases.rules import CaseType
from claims.citations import CIRCULAR_DATE, CIRCULAR_NUMBER
from claims.fees import rules as f
from claims.reference import default_rule_data, shipped_wages
from claims.reports import rules as rep

RULES = a.RuleData.from_mapping(
    {
        "version": "test-1",
        "organization_share": {"outpatient": "0.7", "inpatient": "0.9", "global": "0.9"},
        "prosthesis": {"share": "0.5", "ceiling_rials": 1000},
        "tariff_ceilings_rials": {"A": 100, "DRUG": 50},
    }
)


def line(no, code, q, p, kind="service", off=None):
    return a.LineInput(no, code, "x", q, p, q * p, kind, off, a.PENDING_VERIFICATION if off else a.NOT_REQUIRED)


def test_shr_prov_circular_citation_matches_registry():
    reg = RegulationRegistry.load().find(CIRCULAR_NUMBER)
    assert reg is not None and reg.date == CIRCULAR_DATE and "claims" in reg.services


def test_clm_a4_ceiling_times_quantity_then_share_per_case_type():
    res = a.assess(RULES, CaseType.outpatient, [line(1, "A", 2, 150)], 0, 10_000, 0, "centre")
    ln = res.lines[0]
    assert ln.allowed_rials == 200 and ln.reimbursable_rials == 140 and ln.status == "assessed"
    assert "ceiling 100 x 2" in ln.explanation
    inpatient = a.assess(RULES, CaseType.inpatient, [line(1, "A", 2, 150)], 0, 10_000, 0, "centre")
    assert inpatient.reimbursable_rials == 180
    assert res.rule_data_version == "test-1"


def test_clm_a4_never_more_than_patient_paid_after_supplementary():
    res = a.assess(RULES, CaseType.inpatient, [line(1, "A", 10, 100)], 0, 1000, 800, "patient")
    assert res.gross_rials == 900 and res.cap_rials == 200 and res.reimbursable_rials == 200 and res.capped
    assert any("cap 200" in c.text for c in res.basis)


def test_clm_a4_unknown_service_code_excluded_not_guessed():
    res = a.assess(RULES, CaseType.outpatient, [line(1, "ZZZ", 1, 100)], 0, 1000, 0, "centre")
    assert res.lines[0].status == "excluded" and res.reimbursable_rials == 0


def test_clm_a4_prosthesis_own_share_and_ceiling():
    res = a.assess(RULES, CaseType.inpatient, [line(1, "A", 1, 100)], 3000, 10_000, 0, "centre")
    assert res.prosthesis["allowed_rials"] == 1000 and res.prosthesis["reimbursable_rials"] == 500
    assert res.reimbursable_rials == 90 + 500


def test_clm_a4_off_label_line_held_pending_verification():
    res = a.assess(RULES, CaseType.outpatient, [line(1, "A", 1, 100), line(2, "D1", 1, 40, "drug", "pediatric use")], 0, 10_000, 0, "centre")
    assert res.lines[1].status == a.PENDING_VERIFICATION and res.lines[1].reimbursable_rials == 28
    assert res.reimbursable_rials == 70 and res.pending_verification_rials == 28


def test_clm_a4_reimbursement_rounds_down():
    res = a.assess(RULES, CaseType.outpatient, [line(1, "A", 1, 99)], 0, 1000, 0, "centre")
    assert res.reimbursable_rials == 69  # 99 x 0.7 = 69.3


def test_clm_a4_shipped_defaults_are_configuration_with_version():
    rd = default_rule_data()
    assert rd.status == "configuration" and rd.version
    assert set(rd.organization_share) == {"outpatient", "inpatient", "global"}


def test_clm_a4_malformed_rule_data_refused():
    with pytest.raises(a.RuleDataError):
        a.RuleData.from_mapping({"version": "x", "organization_share": {"outpatient": "1.5", "inpatient": "1", "global": "1"}})
    with pytest.raises(a.RuleDataError):
        a.RuleData.from_mapping({"version": "x", "organization_share": {"outpatient": "0.5"}})


def test_clm_p_1399_table_exact():
    s = f.fee_schedule(1399, shipped_wages())
    assert s.method == "circular_table"
    assert s.amounts == {CaseType.outpatient: 87_335, CaseType.global_: 103_638, CaseType.inpatient: 142_065}


def test_clm_p_1399_shares_reproduce_table_approximately():
    wage = shipped_wages()[1399].daily_rials
    for row in f.derivation_check_1399(wage):
        assert abs(row["relative_difference"]) < 0.002, row  # within 0.2 %
        assert 635_000 < row["implied_daily_wage_rials"] < 638_000


def test_clm_p1_later_year_is_share_of_that_years_daily_wage_rounded_half_up():
    wages = {1402: f.Wage(1402, 1_769_428, "test")}
    s = f.fee_schedule(1402, wages)
    assert s.method == "share_of_daily_minimum_wage"
    # 0.137 x 1,769,428 = 242,411.636 -> 242,412 ; 0.163 x = 288,416.764 -> 288,417 ; 0.223 x = 394,582.444 -> 394,582
    assert s.amounts == {CaseType.outpatient: 242_412, CaseType.global_: 288_417, CaseType.inpatient: 394_582}
    assert f.share_of_wage(Decimal("0.5"), 3) == 2  # 1.5 rounds half-up


def test_clm_p1_year_without_wage_has_no_fee():
    with pytest.raises(f.FeeUnknown):
        f.fee_schedule(1499, shipped_wages())
    with pytest.raises(f.FeeUnknown):
        f.fee_schedule(1398, shipped_wages())


def test_clm_p3_incomplete_checklist_earns_nothing():
    o = f.fee_for_case(CaseType.inpatient, 1399, checklist_complete=False, approved=True, already_accrued=False, wages={})
    assert not o.earned and o.amount_rials == 0 and o.status == "incomplete_checklist"


def test_clm_p4_one_fee_per_case():
    o = f.fee_for_case(CaseType.inpatient, 1399, True, True, already_accrued=True, wages={})
    assert not o.earned and o.status == "already_paid"


def test_clm_p5_fee_follows_registration_year():
    wages = shipped_wages()
    o99 = f.fee_for_case(CaseType.outpatient, 1399, True, True, False, wages)
    o01 = f.fee_for_case(CaseType.outpatient, 1401, True, True, False, wages)
    assert o99.amount_rials == 87_335 and o01.amount_rials == f.share_of_wage(Decimal("0.137"), 1_393_250)


def test_clm_p2_fee_payer_is_review_office_never_insured():
    s = f.fee_schedule(1399, {}).as_dict()
    assert s["payer"] == "review_office"
    o = f.fee_for_case(CaseType.outpatient, 1399, True, True, False, {})
    assert any(c.clause == "P note 2" for c in o.basis)


def test_clm_b3_monthly_report_due_fifth_of_next_jalali_month():
    assert rep.report_due_date(1405, 8) == jalali_to_gregorian(1405, 9, 5)
    assert rep.report_due_date(1404, 12) == jalali_to_gregorian(1405, 1, 5)
    sent = datetime.combine(jalali_to_gregorian(1405, 9, 6), datetime.min.time(), TEHRAN)
    assert rep.report_status(1405, 8, sent, sent) == "sent_late"
    on = datetime.combine(jalali_to_gregorian(1405, 9, 5), datetime.min.time(), TEHRAN)
    assert rep.report_status(1405, 8, on, on) == "sent_on_time"
    assert rep.report_status(1405, 8, sent, None) == "overdue"


def test_clm_h1_compensation_due_fifteen_days_after_proof():
    proven = date(2026, 11, 1)
    assert ag.compensation_due(proven) == date(2026, 11, 16)
    assert ag.compensation_status(100, proven, None, date(2026, 11, 16)) == "pending"
    assert ag.compensation_status(100, proven, None, date(2026, 11, 17)) == "overdue"
    assert ag.compensation_status(100, proven, date(2026, 11, 20), date(2026, 11, 20)) == "paid_late"


def test_clm_ch_note1_repeated_errors_mark_cooperation_review():
    today = date(2026, 11, 1)
    assert not ag.cooperation_review([date(2026, 10, 1), date(2026, 9, 1)], today).under_review
    assert ag.cooperation_review([date(2026, 10, 1), date(2026, 9, 1), date(2026, 8, 1)], today).under_review
    assert not ag.cooperation_review([date(2024, 10, 1)] * 5, today).under_review  # outside the window


def test_clm_h2_rollout_agency_switch_wins_over_province():
    assert ag.rollout_enabled("inherit", True) and not ag.rollout_enabled("inherit", False)
    assert ag.rollout_enabled("enabled", False) and not ag.rollout_enabled("disabled", True)


def test_clm_p1_other_reading_of_note1_shown_not_applied():
    s = f.fee_schedule(1404, shipped_wages())
    assert s.amounts[CaseType.outpatient] == 474_521  # applied: 13.7 % x 3,463,656
    assert s.indexed[CaseType.outpatient] == 475_022  # shown: 87,335 x 3,463,656 / 636,809
    for ct in CaseType:
        assert abs(s.indexed[ct] - s.amounts[ct]) / s.amounts[ct] < 0.002
    assert any(c.kind == "warning" and "indexed_reading_rials" in c.text for c in s.basis)
