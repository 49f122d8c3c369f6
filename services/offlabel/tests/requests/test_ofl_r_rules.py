"""OFL-R: the pure engine against the shipped intravitreal bevacizumab guideline; every criterion met and not met."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from offlabel.guidelines.loader import load_guideline_files
from offlabel.guidelines.schemas import InvalidIcd10, normalize_icd10
from offlabel.requests.rules import Consent, Document, Injection, RequestFacts, UnknownContraindication, evaluate, select_guideline
from shared.jalali import parse_date

GUIDELINES = [lg.guideline for lg in load_guideline_files()]
PLANNED = parse_date("1403/02/15")


def days_before(n: int) -> dt.date:
    return PLANNED - dt.timedelta(days=n)


def complete(**changes) -> RequestFacts:
    """A request that meets every criterion for neovascular AMD; each test breaks one thing."""
    base = RequestFacts(
        drug="bevacizumab",
        diagnosis_icd10="H35.32",
        site="right",
        dose=Decimal("1.25"),
        planned_date=PLANNED,
        specialty="ophthalmology",
        route="intravitreal",
        care_setting="sterile-injection-room",
        preparation="single-use-vial",
        earlier_injections=(Injection(days_before(35), "right"),),
        documents=(Document("oct", days_before(10)), Document("visual-acuity", days_before(10))),
        contraindications=(),
        informed_consent=Consent(True, days_before(1), "patient"),
    )
    return replace(base, **changes)


def crit(facts: RequestFacts, cid: str):
    return evaluate(facts, GUIDELINES).criterion(cid)


def test_ofl_r_complete_request_is_approved_with_basis_and_ruleset_version():
    e = evaluate(complete(), GUIDELINES)
    assert e.outcome == "approved", e.summary
    assert all(c.status == "met" for c in e.criteria)
    assert e.ruleset_version == "ofl-r2/bevacizumab-intravitreal@v1"
    numbers = {b.number for b in e.basis}
    assert {"18300/400د", "400/7515"} <= numbers
    assert all(c.citations for c in e.criteria if c.id != "body_site")
    assert e.course == {**e.course, "administrations": 3, "min_interval_days": 28}


# ---------------------------------------------------------------- guideline in force (18300/400د, 1402/07/22)


def test_ofl_r_guideline_in_force_on_1402_07_22_met():
    e = evaluate(
        complete(
            planned_date=parse_date("1402/07/22"),
            earlier_injections=(),
            documents=(Document("oct", parse_date("1402/07/20")), Document("visual-acuity", parse_date("1402/07/20"))),
            informed_consent=Consent(True, parse_date("1402/07/21")),
        ),
        GUIDELINES,
    )
    assert e.criterion("guideline_in_force").status == "met"
    assert e.outcome == "approved", e.summary


def test_ofl_r_before_1402_07_22_no_approved_guideline_and_the_answer_says_so():
    e = evaluate(complete(planned_date=parse_date("1402/07/21"), earlier_injections=()), GUIDELINES)
    assert e.outcome == "no_guideline"  # OFL-R-NO-GUIDELINE: not a denial on any clause
    c = e.criterion("guideline_in_force")
    assert c.status == "not_met"
    assert "No approved guideline for this use" in c.reason and "1402/07/21" in c.reason
    assert "in force from 1402/07/22" in c.reason and "18300/400د" in c.reason and "insurer" in c.reason
    assert e.guideline_code is None and [b.authority for b in e.basis] == ["interpretation", "source"]
    assert e.basis[0].rule_id == "OFL-R-NO-GUIDELINE" and e.basis[1].number == "400/7515"


def test_ofl_r_no_guideline_drug_without_any_guideline_is_no_guideline():
    e = evaluate(complete(drug="ranibizumab"), GUIDELINES)
    assert e.outcome == "no_guideline" and e.criterion("guideline_in_force").status == "not_met"
    assert "ranibizumab" in e.summary


def test_ofl_r_drug_named_in_persian_or_brand_selects_the_guideline():
    assert evaluate(complete(drug="بواسیزومب"), GUIDELINES).outcome == "approved"
    assert evaluate(complete(drug="AVASTIN"), GUIDELINES).outcome == "approved"


def test_ofl_r_other_route_has_no_guideline():
    assert evaluate(complete(route="intravenous"), GUIDELINES).criterion("guideline_in_force").status == "not_met"


def test_ofl_g_version_in_force_on_the_planned_date_is_chosen():
    v1 = GUIDELINES[0]
    v2 = v1.model_copy(update={"version": 2, "effective_from": parse_date("1404/01/01")})
    assert select_guideline([v1, v2], "bevacizumab", None, parse_date("1403/12/29"))[0].version == 1
    assert select_guideline([v1, v2], "bevacizumab", None, parse_date("1404/01/01"))[0].version == 2


# ---------------------------------------------------------------- indication


@pytest.mark.parametrize(
    "code, indication",
    [
        ("H35.32", "namd"),
        ("H35.321", "namd"),
        ("H35.3211", "namd"),
        ("E11.311", "dme"),
        ("E10.3213", "dme"),
        ("H34.8120", "rvo-me"),
        ("E10.351", "pdr"),
        ("E11.3591", "pdr"),
        ("H21.1X2", "nvg"),
        ("H44.2A1", "mcnv"),
        ("H35.14", "rop"),
        ("H35.141", "rop"),
        ("h3532", "namd"),
    ],
)
def test_ofl_r_icd_category_with_descendants_is_the_indication(code, indication):
    facts = complete(diagnosis_icd10=code)
    if indication == "rop":
        facts = replace(facts, dose=Decimal("0.625"), documents=(Document("fundus-examination", days_before(2)),))
    e = evaluate(facts, GUIDELINES)
    assert e.criterion("indication").status == "met"
    assert indication in e.matched_indications
    assert e.outcome == "approved", e.summary


@pytest.mark.parametrize("code", ["H35.31", "H25.1", "E11.9", "E11.36", "E11.355", "H40.5"])
def test_ofl_r_icd_outside_or_excluded_is_not_an_indication(code):
    e = evaluate(complete(diagnosis_icd10=code), GUIDELINES)
    assert e.criterion("indication").status == "not_met"
    assert e.outcome == "denied"


@pytest.mark.parametrize("code", ["H35.3", "H35", "E11.3", "E11.32", "H34.8", "H34.811", "H44.2", "H35.1", "H36.0"])
def test_ofl_r_icd_less_specific_than_the_indication_is_pending_clarification_never_approved(code):
    e = evaluate(complete(diagnosis_icd10=code), GUIDELINES)
    assert e.criterion("indication").status == "unclear", e.criterion("indication").reason
    assert e.outcome == "pending_clarification" and "ICD-10-CM code" in e.criterion("indication").reason


def test_ofl_r_icd_excluded_descendant_of_a_contraindication_category_passes_and_included_one_does_not():
    # H44.1 (other endophthalmitis) is an infection except H44.13 sympathetic uveitis, which is inflammation
    infected = evaluate(complete(comorbidities_icd10=("H44.12",)), GUIDELINES)
    assert infected.criterion("absolute_contraindications").status == "not_met"
    assert "infection" in infected.criterion("absolute_contraindications").reason
    uveitis = evaluate(complete(comorbidities_icd10=("H44.131",)), GUIDELINES)
    assert (
        "inflammation" in uveitis.criterion("absolute_contraindications").reason and "infection" not in uveitis.criterion("absolute_contraindications").reason
    )
    assert evaluate(complete(comorbidities_icd10=("H16.011",)), GUIDELINES).criterion("absolute_contraindications").status == "not_met"


def test_ofl_r_icd_comorbidity_less_specific_than_a_contraindication_asks_for_the_code():
    e = evaluate(complete(comorbidities_icd10=("H44",)), GUIDELINES)
    assert e.criterion("absolute_contraindications").status == "unclear" and e.outcome == "pending_clarification"
    # a code the code set does not have (WHO-only H36.0) cannot be checked: asked for, never ignored
    e = evaluate(complete(comorbidities_icd10=("H36.0",)), GUIDELINES)
    assert e.criterion("absolute_contraindications").status == "unclear" and "cannot be checked" in e.criterion("absolute_contraindications").reason
    assert evaluate(complete(comorbidities_icd10=("E11.9",)), GUIDELINES).outcome == "approved"


def test_ofl_r_icd10_format_is_checked():
    assert normalize_icd10("e11.3") == "E11.3" and normalize_icd10("H۳۵.۳۲") == "H35.32"
    for bad in ("1135", "H3", "HH5.3", "H35.32345"):
        with pytest.raises(InvalidIcd10):
            normalize_icd10(bad)


# ---------------------------------------------------------------- prescriber


@pytest.mark.parametrize("specialty", ["ophthalmology", "چشم‌پزشکی", "چشم پزشکی", "retina", "ophthalmology-pediatric"])
def test_ofl_r_prescriber_specialty_met(specialty):
    assert crit(complete(specialty=specialty), "prescriber_specialty").status == "met"


@pytest.mark.parametrize("specialty", ["internal-medicine", "optometry", "dermatology"])
def test_ofl_r_prescriber_specialty_not_met(specialty):
    e = evaluate(complete(specialty=specialty), GUIDELINES)
    assert e.criterion("prescriber_specialty").status == "not_met" and e.outcome == "denied"


# ---------------------------------------------------------------- care setting


def test_ofl_r_care_setting_met():
    assert crit(complete(care_setting="operating-room"), "care_setting").status == "met"


def test_ofl_r_care_setting_not_met_outpatient_office_and_nicu_for_adults():
    assert crit(complete(care_setting="outpatient-office"), "care_setting").status == "not_met"
    e = evaluate(complete(care_setting="nicu-sterile-bedside"), GUIDELINES)
    assert e.criterion("care_setting").status == "not_met" and e.outcome == "denied"


def test_ofl_r_care_setting_nicu_met_for_rop_and_missing_is_pending():
    rop = complete(
        diagnosis_icd10="H35.14", dose=Decimal("0.625"), care_setting="nicu-sterile-bedside", documents=(Document("fundus-examination", days_before(1)),)
    )
    assert crit(rop, "care_setting").status == "met"
    e = evaluate(complete(care_setting=None), GUIDELINES)
    assert e.criterion("care_setting").status == "missing" and e.outcome == "pending_documents"


# ---------------------------------------------------------------- preparation


def test_ofl_r_preparation_met_single_use_or_compounded():
    assert crit(complete(preparation="single-use-vial"), "preparation").status == "met"
    assert crit(complete(preparation="sterile-compounded-syringe"), "preparation").status == "met"


def test_ofl_r_preparation_not_met_shared_multi_dose_vial():
    e = evaluate(complete(preparation="multi-dose-vial-shared"), GUIDELINES)
    assert e.criterion("preparation").status == "not_met" and e.outcome == "denied"


# ---------------------------------------------------------------- dose


def test_ofl_r_dose_met_1_25_mg_and_lower_for_rop():
    assert crit(complete(dose=Decimal("1.25")), "dose").status == "met"
    assert crit(complete(diagnosis_icd10="H35.14", dose=Decimal("0.625")), "dose").status == "met"


def test_ofl_r_dose_not_met_above_1_25_mg_and_adult_dose_for_rop():
    e = evaluate(complete(dose=Decimal("2.5")), GUIDELINES)
    assert e.criterion("dose").status == "not_met" and e.outcome == "denied"
    rop = evaluate(complete(diagnosis_icd10="H35.14", dose=Decimal("1.25")), GUIDELINES).criterion("dose")
    assert rop.status == "not_met" and "0.625 mg" in rop.reason
    assert crit(complete(dose=Decimal("0")), "dose").status == "not_met"


# ---------------------------------------------------------------- interval per eye


def test_ofl_r_interval_met_28_days_and_other_eye_does_not_count():
    assert crit(complete(earlier_injections=(Injection(days_before(28), "right"),)), "interval").status == "met"
    assert crit(complete(earlier_injections=(Injection(days_before(7), "left"),)), "interval").status == "met"
    assert crit(complete(earlier_injections=()), "interval").status == "met"


def test_ofl_r_interval_not_met_27_days_in_the_same_eye():
    e = evaluate(complete(earlier_injections=(Injection(days_before(60), "right"), Injection(days_before(27), "right"))), GUIDELINES)
    c = e.criterion("interval")
    assert c.status == "not_met" and "27 days" in c.reason and e.outcome == "denied"


# ---------------------------------------------------------------- informed consent


def test_ofl_r_informed_consent_met():
    assert crit(complete(informed_consent=Consent(True, PLANNED, "guardian")), "informed_consent").status == "met"


def test_ofl_r_informed_consent_not_met_or_missing_is_pending():
    e = evaluate(complete(informed_consent=Consent(False)), GUIDELINES)
    assert e.criterion("informed_consent").status == "not_met" and e.outcome == "pending_documents"
    assert crit(complete(informed_consent=Consent(True, PLANNED + dt.timedelta(days=1))), "informed_consent").status == "not_met"
    e = evaluate(complete(informed_consent=None), GUIDELINES)
    assert e.criterion("informed_consent").status == "missing" and e.outcome == "pending_documents"


# ---------------------------------------------------------------- documents within N days


def test_ofl_r_imaging_met_within_30_days():
    assert (
        crit(complete(documents=(Document("fluorescein-angiography", days_before(30)), Document("visual-acuity", days_before(1)))), "document:imaging").status
        == "met"
    )


def test_ofl_r_imaging_not_met_older_than_30_days_is_pending_and_missing_is_pending():
    e = evaluate(complete(documents=(Document("oct", days_before(31)), Document("visual-acuity", days_before(1)))), GUIDELINES)
    assert e.criterion("document:imaging").status == "not_met" and e.outcome == "pending_documents"
    e = evaluate(complete(documents=(Document("visual-acuity", days_before(1)),)), GUIDELINES)
    assert e.criterion("document:imaging").status == "missing" and e.outcome == "pending_documents"
    e = evaluate(complete(documents=(Document("oct", PLANNED + dt.timedelta(days=2)), Document("visual-acuity", days_before(1)))), GUIDELINES)
    assert e.criterion("document:imaging").status == "not_met"


def test_ofl_r_visual_acuity_met_and_not_met():
    assert crit(complete(), "document:visual-acuity").status == "met"
    e = evaluate(complete(documents=(Document("oct", days_before(1)), Document("visual-acuity", days_before(45)))), GUIDELINES)
    assert e.criterion("document:visual-acuity").status == "not_met" and e.outcome == "pending_documents"


def test_ofl_r_rop_examination_within_7_days_met_and_not_met_and_no_visual_acuity_needed():
    rop = complete(diagnosis_icd10="H35.14", dose=Decimal("0.625"), documents=(Document("widefield-imaging", days_before(7)),))
    e = evaluate(rop, GUIDELINES)
    assert e.criterion("document:rop-examination").status == "met" and e.outcome == "approved"
    assert not any(c.id == "document:visual-acuity" for c in e.criteria)
    old = evaluate(replace(rop, documents=(Document("fundus-examination", days_before(8)),)), GUIDELINES)
    assert old.criterion("document:rop-examination").status == "not_met" and old.outcome == "pending_documents"


# ---------------------------------------------------------------- contraindications


def test_ofl_r_absolute_contraindication_met_when_none_declared():
    assert crit(complete(contraindications=()), "absolute_contraindications").status == "met"


@pytest.mark.parametrize(
    "declared, others",
    [(("ocular-periocular-infection",), ()), ((), ("H44.0",)), ((), ("H10.0",)), (("intraocular-inflammation",), ()), (("hypersensitivity-bevacizumab",), ())],
)
def test_ofl_r_absolute_contraindication_not_met_active_ocular_or_periocular_infection(declared, others):
    e = evaluate(complete(contraindications=declared, comorbidities_icd10=others), GUIDELINES)
    assert e.criterion("absolute_contraindications").status == "not_met" and e.outcome == "denied"


def test_ofl_r_contraindications_not_declared_is_missing():
    e = evaluate(complete(contraindications=None), GUIDELINES)
    assert e.criterion("absolute_contraindications").status == "missing" and e.outcome == "pending_documents"


def test_ofl_r_unknown_contraindication_code_is_refused_not_ignored():
    with pytest.raises(UnknownContraindication):
        evaluate(complete(contraindications=("active-infection",)), GUIDELINES)


def test_ofl_r_relative_contraindication_met_with_justification():
    docs = complete().documents + (Document("risk-benefit-justification", days_before(2)),)
    e = evaluate(complete(contraindications=("pregnancy",), documents=docs), GUIDELINES)
    assert e.criterion("relative_contraindications").status == "met" and e.outcome == "approved"


def test_ofl_r_relative_contraindication_not_met_without_justification_is_pending():
    e = evaluate(complete(comorbidities_icd10=("I63.9",)), GUIDELINES)
    c = e.criterion("relative_contraindications")
    assert c.status == "not_met" and "risk-benefit-justification" in c.reason and e.outcome == "pending_documents"


def test_shr_prov_persian_answer_names_the_decisive_criteria_in_persian():
    assert evaluate(complete(dose=Decimal("2.5")), GUIDELINES).as_dict()["summary_fa"] == "رد شد: دوز"
    assert evaluate(complete(), GUIDELINES).as_dict()["summary_fa"] == "تأیید شد"
    e = evaluate(complete(), GUIDELINES)
    assert all(c.text_fa for c in e.basis)  # every citation of a decision has its Persian rule text
