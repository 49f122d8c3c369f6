"""CUS-6.4 export rules on the pure engine (small-quantity table of circular 8646/د kept as data)."""

from __future__ import annotations

from customs.exports.rules import evaluate_export
from customs.exports.schemas import ExportItemIn

from .conftest import IN_FORCE


def items(*specs):
    return [ExportItemIn.model_validate(s) for s in specs]


def test_cus_6_4_2_allowance_per_dosage_form(engine):
    ok = evaluate_export(
        engine,
        items(
            {"name": "Losartan", "dosage_form": "tablet", "quantity": 3},
            {"name": "Ceftriaxone", "dosage_form": "vial", "quantity": 2, "units_per_pack": 5},
            {"name": "Clotrimazole", "dosage_form": "cream", "quantity": 5},
            {"name": "Timolol", "dosage_form": "drops", "quantity": 5},
        ),
        True,
        IN_FORCE,
    )
    assert ok["outcome"] == "no_permit_needed" and ok["small_quantity_allowance"]["applies"]
    # 11 vials (3 packs of 4 = 12 > 10)
    over = evaluate_export(engine, items({"name": "Ceftriaxone", "dosage_form": "vial", "quantity": 3, "units_per_pack": 4}), True, IN_FORCE)
    assert over["outcome"] != "no_permit_needed"


def test_cus_6_4_2_allowance_counts_the_group_not_each_item(engine):
    ev = evaluate_export(
        engine,
        items({"name": "Losartan", "dosage_form": "tablet", "quantity": 2}, {"name": "Omeprazole", "dosage_form": "capsule", "quantity": 2}),
        True,
        IN_FORCE,
    )
    assert ev["small_quantity_allowance"]["applies"] is False
    assert "tablets_capsules: 4 exceeds 3" in ev["small_quantity_allowance"]["why_not"]


def test_cus_6_4_2_never_for_narcotics(engine):
    ev = evaluate_export(engine, items({"name": "Codeine phosphate", "dosage_form": "tablet", "quantity": 1}), True, IN_FORCE)
    assert ev["outcome"] != "no_permit_needed"


def test_cus_6_4_2_table_is_data(engine, reference, registry):
    from customs.declarations.rules import Engine

    rows = [dict(r) for r in reference.lists["export_small_quantity"]]
    for r in rows:
        if r["group"] == "tablets_capsules":
            r["max_count"] = "1"
    eng = Engine(registry, reference.with_list("export_small_quantity", rows, "test"))
    ev = evaluate_export(eng, items({"name": "Losartan", "dosage_form": "tablet", "quantity": 2}), True, IN_FORCE)
    assert ev["outcome"] != "no_permit_needed"


def test_cus_6_4_3_three_months_by_prescription_dosage(engine):
    ev = evaluate_export(engine, items({"name": "Metformin", "dosage_form": "tablet", "quantity": 4, "units_per_pack": 50, "daily_dose": 2}), True, IN_FORCE)
    it = ev["items"][0]
    assert it["supply_days"] == 100 and it["max_clearable_quantity"] == 3 and it["excess_quantity"] == 1
    assert ("CUS-6.4.3", "refuse_excess") in [(r["rule_id"], r["effect"]) for r in it["reasons"]]


def test_cus_6_4_3_note_high_value_one_month_needs_head_and_dg(engine):
    ev = evaluate_export(
        engine, items({"name": "آدالیموماب", "dosage_form": "prefilled_syringe", "quantity": 6, "units_per_pack": 1, "daily_dose": "0.0714"}), True, IN_FORCE
    )
    it = ev["items"][0]
    assert it["max_clearable_quantity"] == 2
    assert {"head_of_gio_approval", "dg_release"} <= {r["code"] for r in it["requirements"]}
    assert ev["workflow"]["head_of_gio_approval"] is True


def test_cus_6_4_3_empty_shortage_list_is_a_warning(engine):
    ev = evaluate_export(engine, items({"name": "Losartan", "dosage_form": "tablet", "quantity": 5, "units_per_pack": 30, "daily_dose": 1}), True, IN_FORCE)
    assert any(w["rule_id"] == "CUS-6.4.3-NOTE" for w in ev["warnings"])


def test_cus_6_4_1_prescription_required_when_a_permit_is_needed(engine):
    ev = evaluate_export(engine, items({"name": "Losartan", "dosage_form": "tablet", "quantity": 5, "units_per_pack": 30, "daily_dose": 1}), False, IN_FORCE)
    assert "prescription" in {r["code"] for r in ev["items"][0]["requirements"]}


def test_brand_known_to_the_formulary_is_found_on_other_lists(engine):
    found = engine.classify("Humira 40 mg pen")
    assert [r["name_en"] for r in found["high_value"]] == ["Adalimumab"]
    assert [r["name_en"] for r in engine.classify("Valium 10")["controlled"]] == ["Diazepam"]
