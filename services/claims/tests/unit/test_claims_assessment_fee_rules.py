"""Unit tests of CLM-A4 (assessment), CLM-P (fees), CLM-B3, CLM-H1/H2, CLM-CH (no database)."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from claims.agencies import rules as ag
from claims.assessment import rules as a
from claims.cases.rules import CaseType
from claims.citations import CIRCULAR_DATE, CIRCULAR_NUMBER
from claims.fees import rules as f
from claims.reference import default_rule_data, shipped_wages
from claims.reports import rules as rep
from shared.jalali import TEHRAN, jalali_to_gregorian
from shared.provenance import RegulationRegistry

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


def test_clm_p1_later_year_is_the_1399_amount_raised_by_the_wage_increase_rounded_once():
    wages = {1399: f.Wage(1399, 636_809, "test 1399"), 1402: f.Wage(1402, 1_769_428, "test 1402")}
    s = f.fee_schedule(1402, wages)
    assert s.method == "indexed_by_minimum_wage"
    # 87,335 x 1,769,428 / 636,809 = 242,667.9... -> 242,668 ; 103,638 x ... = 287,967.3 -> 287,967 ; 142,065 x ... -> 394,740
    assert s.amounts == {CaseType.outpatient: 242_668, CaseType.global_: 287_967, CaseType.inpatient: 394_740}
    # both wages are cited, as configuration with their source
    wages_cited = [c for c in s.basis if c.authority == "configuration"]
    assert [c.configuration.version for c in wages_cited] == ["wage-1399", "wage-1402"]
    assert any(c.rule_id == "CLM-P1" and c.authority == "source" and "حداقل حقوق" in c.quote for c in s.basis)
    # without the 1399 wage the rate of increase is unknown: no figure
    with pytest.raises(f.FeeUnknown):
        f.fee_schedule(1402, {1402: wages[1402]})


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
    assert o99.amount_rials == 87_335 and o01.amount_rials == 191_077  # 87,335 x 1,393,250 / 636,809


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


def test_clm_p1_share_reading_is_shown_not_applied():
    s = f.fee_schedule(1404, shipped_wages())
    assert s.amounts[CaseType.outpatient] == 475_022  # applied: 87,335 x 3,463,656 / 636,809
    items = {i["case_type"]: i for i in s.as_dict()["items"]}
    assert items["outpatient"]["share_reading_rials"] == 474_521  # shown: 13.7 % x 3,463,656
    assert s.as_dict()["wage_ratio"] == "3463656 / 636809"


# CLM-P1: one test per year of the shipped wage table; the expected figures are worked by hand
# (fee(1399) x wage(year) / wage(1399), half-up), not computed by the code under test.
P1_EXPECTED = {
    1399: (87_335, 103_638, 142_065),
    1400: (121_396, 144_057, 197_470),
    1401: (191_077, 226_746, 310_819),
    1402: (242_668, 287_967, 394_740),
    1403: (327_601, 388_755, 532_899),
    1404: (475_022, 563_696, 772_703),
}


@pytest.mark.parametrize("year", sorted(P1_EXPECTED))
def test_clm_p1_fee_of_each_year_of_the_wage_table(year):
    assert year in shipped_wages(), "the wage table lost a year"
    s = f.fee_schedule(year, shipped_wages())
    assert (s.amounts[CaseType.outpatient], s.amounts[CaseType.global_], s.amounts[CaseType.inpatient]) == P1_EXPECTED[year]
    if year == 1399:
        assert s.method == "circular_table" and s.amounts == f.TABLE_1399  # the 1399 table stays exact


def test_clm_p1_every_year_of_the_wage_table_is_tested():
    assert set(shipped_wages()) == set(P1_EXPECTED)


def test_shr_prov_clm_a4_only_claims_own_unconfirmed_data_makes_the_assessment_provisional():
    """An insurer's default coverage policy in offlabel's X1 answer is shown, but the coverage was a person's
    decision: it does not make claims' assessment provisional; claims' own unconfirmed rule data does."""
    from shared.provenance import Citation

    policy = Citation(
        clause="SSO:bevacizumab-intravitreal",
        text="coverage policy",
        authority="configuration",
        configuration={"published_by": "platform defaults (not entered by SSO)", "confirmed": False},
    )
    confirmed = a.RuleData.from_mapping(
        {
            "version": "office-1",
            "organization_share": {"outpatient": "0.7", "inpatient": "0.9", "global": "0.9"},
            "prosthesis": {"share": "0.5", "ceiling_rials": 1000},
            "tariff_ceilings_rials": {"A": 100},
        },
        confirmed=True,
    )
    res = a.assess(confirmed, CaseType.outpatient, [line(1, "A", 1, 100)], 0, 1000, 0, "centre", verification_basis=[policy]).as_dict()
    assert res["provisional"] is False and res["provisional_reasons"] == []
    assert len(res["provisional_elsewhere"]) == 1 and "platform defaults" in res["provisional_elsewhere"][0]
    unconfirmed = a.assess(RULES, CaseType.outpatient, [line(1, "A", 1, 100)], 0, 1000, 0, "centre", verification_basis=[policy]).as_dict()
    assert unconfirmed["provisional"] is True and unconfirmed["provisional_reasons"]
