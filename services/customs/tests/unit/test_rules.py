"""One test per rule of SOP-DPNA-GIO-020 (CUS-3 ... CUS-6.3.5, X3, validity), on the pure engine."""

from __future__ import annotations

import datetime as dt

from customs.declarations.rules import SIX_MONTHS_DAYS, Engine
from customs.reference.lists import name_candidates

from .conftest import IN_FORCE, company, declaration, item0, reqs, rules_of


def basis_numbers(item):
    return {c["number"] for c in item["basis"]}


# ------------------------------------------------------------------ CUS-3 / 6.3.4 / 6.3.5 scope


def test_cus_3_donated_drugs_are_out_of_scope(engine: Engine):
    it = item0(engine, declaration({"name": "Metformin", "dosage_form": "tablet"}, purpose="donation"))
    assert it["outcome"] == "out_of_scope"
    assert ("CUS-3", "out_of_scope") in rules_of(it)
    assert it["requirements"] == []


def test_cus_3_passenger_personal_medicine_is_in_scope(engine: Engine):
    it = item0(engine, declaration({"name": "Metformin", "dosage_form": "tablet", "quantity": 2, "units_per_pack": 100, "daily_dose": 2}))
    assert it["outcome"] == "pending"
    assert reqs(it) == ["gio_expert_review"]


def test_cus_6_3_4_commercial_import_is_out_of_scope(engine: Engine):
    ev = engine.evaluate(declaration({"name": "Amoxicillin", "dosage_form": "capsule"}, purpose="commercial", owner=company()), IN_FORCE).to_dict()
    assert ev["outcome"] == "out_of_scope"
    assert ("CUS-6.3.4", "out_of_scope") in rules_of(ev["items"][0])


def test_cus_6_3_5_cargo_channel_is_not_reviewed(engine: Engine):
    it = item0(engine, declaration({"name": "Metformin", "dosage_form": "tablet"}, channel="cargo"))
    assert it["outcome"] == "out_of_scope" and ("CUS-6.3.5", "out_of_scope") in rules_of(it)


def test_cus_6_3_5_raw_material_for_personal_use_is_not_reviewed(engine: Engine):
    it = item0(engine, declaration({"name": "Metformin HCl powder", "dosage_form": "bulk", "category": "raw_material"}))
    assert it["outcome"] == "out_of_scope" and ("CUS-6.3.5", "out_of_scope") in rules_of(it)


def test_cus_6_3_5_reference_standard_as_research_sample_is_reviewed(engine: Engine):
    decl = declaration(
        {"name": "Metformin reference standard", "dosage_form": "bulk", "category": "reference_standard", "value_usd": 200},
        purpose="research_sample",
        owner=company(),
        commitment_letter=True,
    )
    it = item0(engine, decl)
    assert it["outcome"] == "pending" and reqs(it) == ["gio_expert_review"]


# ------------------------------------------------------------------ CUS-5 who must act


def test_cus_5_every_item_needs_the_gio_expert(engine: Engine):
    it = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}))
    req = {r["code"]: r for r in it["requirements"]}
    assert req["gio_expert_review"]["closed_by"] == "gio_expert"
    assert "SOP-DPNA-GIO-020" in basis_numbers(it)


def test_cus_5_dg_release_is_closed_by_the_dg(engine: Engine):
    it = item0(engine, declaration({"name": "Morphine sulfate", "dosage_form": "ampoule", "quantity": 1, "units_per_pack": 10, "daily_dose": 1}))
    req = {r["code"]: r for r in it["requirements"]}
    assert req["dg_release"]["closed_by"] == "dpna_dg"


# ------------------------------------------------------------------ CUS-6.1 legal persons


def test_cus_6_1_1_expired_principle_approval_without_activity_is_refused(engine: Engine):
    own = company(activities=[], principle_approval_valid_until="1399/12/29")
    it = item0(
        engine,
        declaration(
            {"name": "Ibuprofen", "dosage_form": "bulk", "category": "raw_material", "value_usd": 10},
            purpose="research_sample",
            owner=own,
            commitment_letter=True,
        ),
    )
    assert it["outcome"] == "refused" and ("CUS-6.1.1", "refuse") in rules_of(it)


def test_cus_6_1_1_valid_principle_approval_is_enough(engine: Engine):
    own = company(activities=[], principle_approval_valid_until="1401/12/29")
    it = item0(
        engine,
        declaration(
            {"name": "Ibuprofen", "dosage_form": "bulk", "category": "reference_standard", "value_usd": 10},
            purpose="research_sample",
            owner=own,
            commitment_letter=True,
        ),
    )
    assert it["outcome"] == "pending" and "principle_approval" not in reqs(it)


def test_cus_6_1_1_no_approval_and_no_activity_needs_proof(engine: Engine):
    own = company(activities=[])
    it = item0(
        engine,
        declaration(
            {"name": "Ibuprofen", "dosage_form": "bulk", "category": "reference_standard", "value_usd": 10},
            purpose="research_sample",
            owner=own,
            commitment_letter=True,
        ),
    )
    assert "principle_approval" in reqs(it)


def test_cus_6_1_2_purpose_letter_required(engine: Engine):
    own = company(purpose_letter_submitted=False)
    it = item0(
        engine, declaration({"name": "Ibuprofen", "dosage_form": "tablet", "value_usd": 10}, purpose="marketing_sample", owner=own, commitment_letter=True)
    )
    assert "purpose_letter" in reqs(it)


def test_cus_6_1_2_company_cannot_import_for_personal_use(engine: Engine):
    it = item0(engine, declaration({"name": "Ibuprofen", "dosage_form": "tablet", "value_usd": 10}, owner=company()))
    assert it["outcome"] == "refused" and ("CUS-6.1.2", "refuse") in rules_of(it)


def test_cus_6_1_3_research_raw_material_over_a_tenth_of_the_batch_is_refused(engine: Engine):
    item = {
        "name": "Atorvastatin calcium",
        "dosage_form": "bulk",
        "category": "raw_material",
        "raw_material_amount_g": "۱۵۰۰",
        "industrial_batch_size_g": 10000,
        "value_usd": 100,
    }
    it = item0(engine, declaration(item, purpose="research_sample", owner=company(), commitment_letter=True))
    assert it["outcome"] == "refused"
    assert it["max_clearable_quantity"] == 1000 and it["excess_quantity"] == 500 and it["quantity_unit"] == "g"


def test_cus_6_1_3_research_raw_material_within_a_tenth_is_pending(engine: Engine):
    item = {
        "name": "Atorvastatin calcium",
        "dosage_form": "bulk",
        "category": "raw_material",
        "raw_material_amount_g": 1000,
        "industrial_batch_size_g": 10000,
        "value_usd": 100,
    }
    it = item0(engine, declaration(item, purpose="research_sample", owner=company(), commitment_letter=True))
    assert it["outcome"] == "pending" and reqs(it) == ["gio_expert_review"]


def test_cus_6_1_3_samples_need_the_commitment_letter(engine: Engine):
    it = item0(engine, declaration({"name": "Ibuprofen", "dosage_form": "tablet", "value_usd": 10}, purpose="marketing_sample", owner=company()))
    assert "commitment_letter" in reqs(it)


def test_cus_6_1_3_natural_person_cannot_import_marketing_or_research_samples(engine: Engine):
    # a purpose label cannot turn a natural person's import into a sample: samples are for legal persons (6.1.3)
    for purpose in ("marketing_sample", "research_sample"):
        it = item0(engine, declaration({"name": "Ibuprofen", "dosage_form": "tablet"}, purpose=purpose, commitment_letter=True))
        assert it["outcome"] == "refused" and ("CUS-6.1.3-SAMPLES", "refuse") in rules_of(it), purpose


def test_cus_6_1_4_value_over_1000_usd_needs_order_registration(engine: Engine):
    items = [{"name": "Ibuprofen", "dosage_form": "tablet", "value_usd": 600}, {"name": "Naproxen", "dosage_form": "tablet", "value_usd": 500}]
    ev = engine.evaluate(declaration(*items, purpose="marketing_sample", owner=company(), commitment_letter=True), IN_FORCE).to_dict()
    assert all("order_registration" in reqs(i) for i in ev["items"])
    assert any(r["rule_id"] == "CUS-6.1.4" for r in ev["reasons"])


def test_cus_6_1_4_value_of_1000_usd_needs_no_order_registration(engine: Engine):
    items = [{"name": "Ibuprofen", "dosage_form": "tablet", "value_usd": 1000}]
    it = item0(engine, declaration(*items, purpose="marketing_sample", owner=company(), commitment_letter=True))
    assert "order_registration" not in reqs(it)


def test_cus_6_1_4_registered_order_closes_the_requirement(engine: Engine):
    own = company(order_registration_no="SR-123")
    it = item0(
        engine, declaration({"name": "Ibuprofen", "dosage_form": "tablet", "value_usd": 5000}, purpose="marketing_sample", owner=own, commitment_letter=True)
    )
    assert "order_registration" not in reqs(it)


# ------------------------------------------------------------------ CUS-6.2 natural persons


def test_cus_6_2_supply_over_six_months_refuses_the_excess_and_states_the_allowed_quantity(engine: Engine):
    # 10 packs x 30 tablets at 1 a day = 300 days; six months = 180 days = 6 packs
    it = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet", "quantity": 10, "units_per_pack": 30, "daily_dose": 1}))
    assert it["supply_days"] == 300
    assert it["max_clearable_quantity"] == 6 and it["excess_quantity"] == 4
    assert ("CUS-6.2", "refuse_excess") in rules_of(it)
    assert "at most 6 packs" in next(r["text"] for r in it["reasons"] if r["effect"] == "refuse_excess")


def test_cus_6_2_supply_of_exactly_six_months_is_allowed(engine: Engine):
    it = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet", "quantity": 6, "units_per_pack": 30, "daily_dose": 1}))
    assert it["supply_days"] == SIX_MONTHS_DAYS and it["excess_quantity"] == 0 and it["outcome"] == "pending"


def test_cus_6_2_twice_daily_dose_halves_the_supply(engine: Engine):
    it = item0(engine, declaration({"name": "Metformin", "dosage_form": "tablet", "quantity": 7, "units_per_pack": 50, "daily_dose": "2"}))
    assert it["supply_days"] == 175 and it["excess_quantity"] == 0


def test_cus_6_2_estimate_one_pack_longer_than_six_months_is_left_to_the_expert(engine: Engine):
    # the six-month estimate is the expert's (SPEC correction 8): the engine proposes 0 packs, it does not refuse
    it = item0(engine, declaration({"name": "Folic acid", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 365, "daily_dose": 1}))
    assert it["outcome"] == "pending" and it["max_clearable_quantity"] == 0 and it["limit_rule"] == "CUS-6.2"
    assert ("CUS-6.2", "refuse_excess") in rules_of(it)
    assert {"CUS-6.2-ESTIMATE", "CUS-SIX-MONTHS"} <= {c["rule_id"] for c in it["basis"]}


def test_cus_6_2_cap_is_per_substance_across_all_lines(engine: Engine):
    # 1400/03/11 + six calendar months = 1400/09/11: 184 days. Brand and generic of one substance share the cap.
    ev = engine.evaluate(
        declaration(
            {"name": "Cozaar 50mg", "dosage_form": "tablet", "quantity": 4, "units_per_pack": 30, "daily_dose": 1},
            {"name": "لوزارتان ۲۵", "dosage_form": "tablet", "quantity": 4, "units_per_pack": 30, "daily_dose": 1},
            {"name": "Metformin 500", "dosage_form": "tablet", "quantity": 6, "units_per_pack": 30, "daily_dose": 1},
        ),
        IN_FORCE,
    ).to_dict()
    first, second, other = ev["items"]
    assert first["max_clearable_quantity"] == 4 and first["excess_quantity"] == 0
    assert second["max_clearable_quantity"] == 2 and second["excess_quantity"] == 2  # 184 - 120 = 64 days: 2 packs
    assert "already taken by earlier lines" in next(r["text"] for r in second["reasons"] if r["rule_id"] == "CUS-6.2")
    assert other["max_clearable_quantity"] == 6 and other["excess_quantity"] == 0


def test_cus_six_months_are_calendar_months_from_the_decision_date():
    from customs.declarations.rules import six_month_days

    assert six_month_days(dt.date(2021, 6, 1)) == 184  # 1400/03/11 -> 1400/09/11
    assert six_month_days(dt.date(2021, 10, 23)) == 180  # 1400/08/01 -> 1401/02/01: 4 x 30 + 29 (Esfand 1400) + 31
    assert six_month_days(dt.date(2021, 3, 21)) == 186  # 1400/01/01 -> 1400/07/01: six 31-day months


def test_cus_6_2_owner_responsibility_in_every_personal_use_decision(engine: Engine):
    ev = engine.evaluate(declaration({"name": "Losartan", "dosage_form": "tablet"}), IN_FORCE).to_dict()
    assert "owner" in ev["owner_responsibility"]["en"] and "صاحب کالا" in ev["owner_responsibility"]["fa"]
    notes = [c for c in ev["items"][0]["basis"] if c["kind"] == "note"]
    assert notes and "responsibility" in notes[0]["text"]


def test_cus_6_2_no_daily_dose_needs_dosage_information(engine: Engine):
    it = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet", "quantity": 3}))
    assert "dosage_information" in reqs(it) and it["supply_days"] is None


def test_cus_6_2_medical_documents_required(engine: Engine):
    it = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet"}, medical_documents_attached=False))
    assert "medical_documents" in reqs(it)


def test_cus_6_2_prescription_required_for_controlled_personal_use(engine: Engine):
    it = item0(
        engine,
        declaration({"name": "Diazepam 5mg", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}, prescription_attached=False),
    )
    assert "prescription" in reqs(it)


# ------------------------------------------------------------------ CUS-6.3 clearance conditions


def test_cus_6_3_formulary_drug_outside_needs_article_9_committee(engine: Engine):
    # a recognised substance that the formulary list lacks
    it = item0(engine, declaration({"name": "Droperidol 2.5mg", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}))
    assert it["substances"] == ["droperidol"]
    assert "article_9_committee" in reqs(it) and it["outcome"] == "pending"


def test_cus_id_an_unrecognised_name_is_not_sent_to_article_9_but_identified_first(engine: Engine):
    it = item0(engine, declaration({"name": "Zyloprimol forte", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}))
    assert "substance_identification" in reqs(it) and "article_9_committee" not in reqs(it) and it["outcome"] == "pending"


def test_cus_6_3_formulary_tolerant_matching_persian_brand_case_spacing(engine: Engine):
    for name in ("لوزارتان", "COZAAR 50 mg", "los artan", "Glucophage XR 750", "ليزينوپريل", "كلوپيدوگرل"):
        it = item0(engine, declaration({"name": name, "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}))
        assert "article_9_committee" not in reqs(it), name


def test_cus_6_3_formulary_generic_found_through_another_list(engine: Engine):
    """«والیوم» (Valium) is named on the controlled list; its generic, diazepam, is in the formulary: no Article 9."""
    it = item0(engine, declaration({"name": "والیوم", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}))
    assert "article_9_committee" not in reqs(it)
    assert "controlled_substances_office_referral" in reqs(it)


def test_cus_6_3_packaging_not_original_is_refused(engine: Engine):
    it = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet", "original_packaging": False}))
    assert it["outcome"] == "refused" and ("CUS-6.3-PACKAGING", "refuse") in rules_of(it)


def test_cus_6_3_label_without_manufacturer_is_refused(engine: Engine):
    it = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet", "label_has_manufacturer": False}))
    assert it["outcome"] == "refused" and "manufacturer" in it["reasons"][0]["text"]


def test_cus_6_3_translation_for_labels_not_in_persian_or_english(engine: Engine):
    it = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet", "label_languages": ["de"]}))
    req = {r["code"]: r for r in it["requirements"]}
    assert req["official_translation"]["at_expert_discretion"] is True
    it2 = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet", "label_languages": ["de", "English"]}))
    assert "official_translation" not in reqs(it2)


def test_cus_6_3_expired_item_is_refused(engine: Engine):
    it = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet", "expiry_date": "1400/03/10"}))
    assert it["outcome"] == "refused" and ("CUS-6.3-EXPIRED", "refuse") in rules_of(it)
    ok = item0(engine, declaration({"name": "Losartan", "dosage_form": "tablet", "expiry_date": "1400/03/11"}))
    assert ok["outcome"] == "pending"


def test_cus_6_3_kept_outside_storage_conditions_is_refused(engine: Engine):
    it = item0(engine, declaration({"name": "Insulin glargine", "dosage_form": "injection_pen", "stored_as_labelled": False}))
    assert it["outcome"] == "refused" and ("CUS-6.3-STORAGE", "refuse") in rules_of(it)


def test_cus_6_3_abortifacients_are_refused(engine: Engine):
    for name in ("Cytotec 200mcg", "میزوپروستول", "Mifepristone", "Arthrotec 50", "Carboprost", "Prostin E2", "gemeprost"):
        it = item0(engine, declaration({"name": name, "dosage_form": "tablet"}))
        assert it["outcome"] == "refused" and ("CUS-6.3-ABORTION", "refuse") in rules_of(it), name


# ------------------------------------------------------------------ CUS-6.3.1 .. 6.3.3


def test_cus_6_3_1_cus_5_head_controlled_needs_referral_head_of_gio_and_dg_release(engine: Engine):
    for name in ("Methyl phenidate 10mg", "ریتالین", "Ritalin", "Xanax", "کدئین فسفات", "Buspiromorphine", "Seconal", "TRAMADOL"):
        it = item0(engine, declaration({"name": name, "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}))
        # SOP 5: the head of GIO approves the import permit of controlled items too, before the DG
        assert {"controlled_substances_office_referral", "head_of_gio_approval", "dg_release"} <= set(reqs(it)), name
        assert ("CUS-6.3.1", "require") in rules_of(it)


def test_cus_6_3_1_every_annex_1_entry_is_controlled(engine: Engine, reference):
    annex = [r for r in reference.lists["controlled"] if r["in_annex_1"] == "yes"]
    assert len(annex) == 28
    for r in annex:
        en, fa = (s.strip() for s in r["annex_spelling"].split("/"))
        for name in (en, fa):
            assert engine.classify(name)["controlled"], name


def test_cus_6_3_2_doping_needs_head_of_gio_and_dg(engine: Engine):
    for name in ("Sustanon 250", "Nandrolone decanoate", "ناندرولون", "Genotropin", "Clenbuterol", "EPO"):
        it = item0(engine, declaration({"name": name, "dosage_form": "ampoule", "quantity": 1, "units_per_pack": 1, "daily_dose": 1}))
        assert {"head_of_gio_approval", "dg_release"} <= set(reqs(it)), name
        assert ("CUS-6.3.2", "require") in rules_of(it)


def test_cus_6_3_3_recalled_drug_is_refused(engine: Engine):
    it = item0(engine, declaration({"name": "Ranitidine 150", "dosage_form": "tablet"}))
    assert it["outcome"] == "refused" and ("CUS-6.3.3", "refuse") in rules_of(it)


def test_cus_6_3_3_batch_recall_applies_to_that_batch_only(engine: Engine, reference, registry):
    rows = [
        *reference.lists["recalls"],
        {"name_en": "Losartan", "name_fa": "", "batch": "B123", "authority": "FDO", "date": "1400/01/01", "reference": "test", "source": "test"},
    ]
    eng = Engine(registry, reference.with_list("recalls", rows, "test-1"))
    hit = item0(eng, declaration({"name": "Losartan", "dosage_form": "tablet", "batch_no": "b123"}))
    miss = item0(eng, declaration({"name": "Losartan", "dosage_form": "tablet", "batch_no": "B999"}))
    assert hit["outcome"] == "refused" and miss["outcome"] == "pending"


# ------------------------------------------------------------------ validity, reference version (X3: test_x3.py)


def test_cus_validity_decision_after_1401_10_15_has_a_warning(engine: Engine):
    ev = engine.evaluate(declaration(), dt.date(2026, 11, 22)).to_dict()
    warn = [c for c in ev["basis"] if c["kind"] == "warning"]
    assert warn and ev["warnings"][0]["rule_id"] == "CUS-VALIDITY"
    assert [c for c in ev["items"][0]["basis"] if c["kind"] == "warning"]


def test_cus_validity_decision_inside_validity_has_no_warning(engine: Engine):
    ev = engine.evaluate(declaration(), IN_FORCE).to_dict()
    assert not [c for c in ev["basis"] if c["kind"] == "warning"] and ev["warnings"] == []
    before = engine.evaluate(declaration(), dt.date(2020, 12, 1)).to_dict()  # 1399/09/11: before 1399/10/15
    assert before["warnings"]


def test_ruleset_version_names_sop_and_reference_version(engine: Engine, reference):
    ev = engine.evaluate(declaration(), IN_FORCE).to_dict()
    assert ev["reference_version"] == reference.version and "SOP-DPNA-GIO-020/04" in ev["ruleset_version"]


def test_name_candidates_find_substances_inside_longer_names():
    keys = name_candidates("Codeine + Paracetamol 30/500 mg tab")
    assert "codeine" in keys and "paracetamol" in keys


def test_cus_6_3_expiry_checked_against_the_later_of_decision_date_and_as_of(engine: Engine):
    decl = declaration({"name": "Losartan", "dosage_form": "tablet", "expiry_date": "1401/01/01"})
    assert engine.evaluate(decl, IN_FORCE).to_dict()["items"][0]["outcome"] == "pending"
    late = engine.evaluate(decl, IN_FORCE, as_of=dt.date(2024, 1, 1)).to_dict()
    assert late["items"][0]["outcome"] == "refused" and late["warnings"]


# ------------------------------------------------------------------ issue 11: the SOP as written
def test_cus_6_1_1_company_stating_no_approval_and_no_activity_is_refused(engine: Engine):
    decl = declaration(
        {
            "name": "Atorvastatin",
            "dosage_form": "bulk",
            "category": "raw_material",
            "value_usd": 10,
            "raw_material_amount_g": 1,
            "industrial_batch_size_g": 100,
        },
        purpose="research_sample",
        owner=company(activities=[], has_principle_approval=False),
        commitment_letter=True,
    )
    it = item0(engine, decl)
    assert it["outcome"] == "refused" and ("CUS-6.1.1", "refuse") in rules_of(it)
    # not stated: asked for, not refused
    decl = declaration(
        {
            "name": "Atorvastatin",
            "dosage_form": "bulk",
            "category": "raw_material",
            "value_usd": 10,
            "raw_material_amount_g": 1,
            "industrial_batch_size_g": 100,
        },
        purpose="research_sample",
        owner=company(activities=[]),
        commitment_letter=True,
    )
    it = item0(engine, decl)
    assert it["outcome"] == "pending" and "principle_approval" in reqs(it)


def test_cus_6_3_abortion_raw_the_ban_names_medicinal_products_raw_materials_of_a_company_go_by_6_1(engine: Engine):
    raw = {
        "name": "Misoprostol",
        "dosage_form": "bulk",
        "category": "raw_material",
        "value_usd": 10,
        "raw_material_amount_g": 1,
        "industrial_batch_size_g": 100,
    }
    it = item0(engine, declaration(raw, purpose="research_sample", owner=company(), commitment_letter=True))
    assert it["outcome"] == "pending" and ("CUS-6.3-ABORTION-RAW", "note") in rules_of(it)
    assert "CUS-6.3-ABORTION" not in {r for r, _ in rules_of(it)}
    # the finished product stays refused, whoever imports it
    it = item0(
        engine, declaration({"name": "Cytotec", "dosage_form": "tablet", "value_usd": 10}, purpose="research_sample", owner=company(), commitment_letter=True)
    )
    assert it["outcome"] == "refused" and ("CUS-6.3-ABORTION", "refuse") in rules_of(it)


def test_cus_6_3_5_research_samples_are_their_own_category_whatever_the_channel(engine: Engine):
    sample = {
        "name": "Atorvastatin",
        "dosage_form": "bulk",
        "category": "raw_material",
        "value_usd": 10,
        "raw_material_amount_g": 1,
        "industrial_batch_size_g": 100,
    }
    it = item0(engine, declaration(sample, channel="cargo", purpose="research_sample", owner=company(), commitment_letter=True))
    assert it["outcome"] == "pending"
    # other cargo stays outside the SOP
    it = item0(engine, declaration({"name": "Metformin", "dosage_form": "tablet"}, channel="cargo"))
    assert it["outcome"] == "out_of_scope"


def test_cus_validity_warning_dates_are_written_in_jalali(engine: Engine):
    ev = engine.evaluate(declaration({"name": "Metformin", "dosage_form": "tablet"}), dt.date(2025, 3, 1)).to_dict()
    w = ev["warnings"][0]
    assert "1403/12/11" in w["text"] and "۱۴۰۳/۱۲/۱۱" in w["text_fa"]
    it = item0(engine, declaration({"name": "Metformin", "dosage_form": "tablet", "expiry_date": "1399/11/01"}))
    assert any("1399/11/01" in r["text"] for r in it["reasons"] if r["rule_id"] == "CUS-6.3-EXPIRED")


def test_cus_6_1_3_samples_a_purpose_label_removes_no_control(engine: Engine):
    # a company's research sample of a controlled or doping substance keeps the referral, the head of GIO and the DG
    for name, control in (("Diazepam", "CUS-6.3.1"), ("Sustanon 250", "CUS-6.3.2")):
        it = item0(
            engine,
            declaration(
                {"name": name, "dosage_form": "tablet", "category": "research_sample", "value_usd": 10},
                purpose="research_sample",
                owner=company(),
                commitment_letter=True,
            ),
        )
        assert it["outcome"] == "pending" and (control, "require") in rules_of(it), name
        assert {"head_of_gio_approval", "dg_release"} <= set(reqs(it)), name
