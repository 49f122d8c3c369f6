"""SPEC X3 on the pure engine: inspections' answer (INS-R) is an input; how each answer maps to the item.

The answers are built in the shape `POST /inspections/v1/permissibility` returns, with citations made by the
real regulation registry; they are inputs of the pure engine, not a stand-in for the inspections service
(the API tests and the end-to-end test ask the real one).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from customs.declarations.rules import Engine, ProductRuling, RulingUnavailable, X3Question, x3_effect

from .conftest import declaration, reqs, rules_of

BEFORE_NARROWING = dt.date(2025, 12, 22)  # 1404/10/01: letters 2 and 3 in force
AFTER_NARROWING = dt.date(2026, 2, 22)  # 1404/12/03: letter 100/10/74585 in force
# 6.1.3: research samples are imported by research centres or the industry (legal persons)
RESEARCH_CENTRE = {"kind": "legal", "company": {"name": "Royan research centre", "activities": ["import"], "purpose_letter_submitted": True}}
EXOSOME = {"name": "ASCE+ Exosome serum", "dosage_form": "vial"}


def answer(registry, outcome: str, *letters: str, decision_id: str = "ins-dec-1") -> dict[str, Any]:
    """An answer as inspections gives it: outcome, letters applied, basis citations from the registry."""
    basis = [registry.cite(n, None, f"INS-R rule of {n}", kind="rule").model_dump(mode="json") for n in letters]
    return {
        "activity": "import",
        "outcome": outcome,
        "permitted": {"permitted": True, "prohibited": False}.get(outcome),
        "banned": outcome == "prohibited",
        "deciding_rule": f"rule-{outcome}",
        "letters_applied": list(letters),
        "letters_cited": list(letters),
        "basis": basis,
        "ruleset_version": "ins-r-1/reg-x",
        "decision_id": decision_id,
    }


def rulings_for(engine: Engine, decl, on: dt.date, make, as_of: dt.date | None = None) -> dict:
    """One answer per question the engine asks: `make(question)` gives a ProductRuling or RulingUnavailable."""
    return {q.key: make(q) for q in engine.x3_questions(decl, on, as_of=as_of)}


def numbers(item: dict[str, Any]) -> set[str]:
    return {c["number"] for c in item["basis"]}


@pytest.fixture
def prohibited(registry):
    return ProductRuling.from_answer(answer(registry, "prohibited", "661/2897", "400/10262/د"))


@pytest.fixture
def permitted(registry):
    return ProductRuling.from_answer(answer(registry, "permitted", "100/10/74585"))


@pytest.fixture
def not_regulated(registry):
    return ProductRuling.from_answer(answer(registry, "not_regulated_by_these_letters"))


# ------------------------------------------------------------------ which questions


def test_x3_questions_only_for_exosome_cell_therapy_and_regenerative_items(engine: Engine):
    decl = declaration(EXOSOME, {"name": "Losartan 50mg", "dosage_form": "tablet"}, {"name": "Vial X", "dosage_form": "vial", "product_kind": "cell_therapy"})
    qs = engine.x3_questions(decl, AFTER_NARROWING)
    assert sorted((q.kind, q.approval, q.date) for q in qs) == [("cell_therapy", "none", AFTER_NARROWING), ("exosome", "none", AFTER_NARROWING)]
    assert all(q.payload()["activity"] == "import" for q in qs)
    assert engine.x3_questions(declaration({"name": "Losartan", "dosage_form": "tablet"}), AFTER_NARROWING) == []


def test_x3_persian_and_variant_names_are_recognised(engine: Engine):
    for name in ("آگزوزوم", "اگزوزوم پوست", "EXOSOMES booster", "Extracellular vesicle serum"):
        qs = engine.x3_questions(declaration({"name": name, "dosage_form": "vial"}), AFTER_NARROWING)
        assert [q.kind for q in qs] == ["exosome"], name


def test_x3_no_question_for_items_outside_the_sop(engine: Engine):
    for over in ({"purpose": "donation"}, {"purpose": "commercial"}, {"channel": "cargo"}):
        assert engine.x3_questions(declaration(EXOSOME, **over), AFTER_NARROWING) == [], over


def test_x3_approval_from_the_declaration_is_sent(engine: Engine):
    decl = declaration(
        {**EXOSOME, "category": "research_sample", "value_usd": 10},
        purpose="research_sample",
        owner=RESEARCH_CENTRE,
        commitment_letter=True,
        approval={"type": "research_approval", "irc_code": "IR.QUMS.REC.1404.200"},
    )
    assert [q.approval for q in engine.x3_questions(decl, AFTER_NARROWING)] == ["research_approval"]


def test_x3_back_dated_declaration_asks_for_both_dates(engine: Engine):
    qs = engine.x3_questions(declaration(EXOSOME), BEFORE_NARROWING, as_of=AFTER_NARROWING)
    assert sorted(q.date for q in qs) == [BEFORE_NARROWING, AFTER_NARROWING]


# ------------------------------------------------------------------ the mapping of each answer


def test_x3_prohibited_answer_refuses_with_the_inspections_letters(engine: Engine, prohibited):
    decl = declaration({**EXOSOME, "category": "research_sample", "value_usd": 10}, purpose="research_sample", owner=RESEARCH_CENTRE, commitment_letter=True)
    ev = engine.evaluate(decl, BEFORE_NARROWING, product_rulings=rulings_for(engine, decl, BEFORE_NARROWING, lambda q: prohibited)).to_dict()
    it = ev["items"][0]
    assert it["outcome"] == "refused" and ("CUS-X3", "refuse") in rules_of(it)
    assert {"661/2897", "400/10262/د"} <= numbers(it)
    assert any(c.get("source") == "inspections" for c in it["basis"])
    check = it["x3_checks"][0]
    assert check["answers"][0]["outcome"] == "prohibited" and check["answers"][0]["inspections_decision_id"] == "ins-dec-1"
    assert it["verification"] == "verified" and ev["verification"]["status"] == "verified"


def test_x3_unreachable_inspections_leaves_the_item_pending_with_a_retryable_reason(engine: Engine):
    decl = declaration({**EXOSOME, "category": "research_sample", "value_usd": 10}, purpose="research_sample", owner=RESEARCH_CENTRE, commitment_letter=True)
    down = RulingUnavailable("inspections unreachable (ConnectError)")
    ev = engine.evaluate(decl, AFTER_NARROWING, product_rulings=rulings_for(engine, decl, AFTER_NARROWING, lambda q: down)).to_dict()
    it = ev["items"][0]
    assert it["outcome"] == "pending" and "inspections_verification" in reqs(it)
    assert not any(r["effect"] == "refuse" for r in it["reasons"])
    assert "unreachable (ConnectError)" in it["reasons"][0]["text"] and "/verification" in it["reasons"][0]["text"]
    assert ev["verification"] == {"status": "pending", "pending_items": [0], "checked_items": [0], "reason": "inspections unreachable (ConnectError)"}
    assert ev["outcome"] == "pending"


def test_x3_without_any_answer_nothing_is_decided(engine: Engine):
    it = engine.evaluate(
        declaration({**EXOSOME, "category": "research_sample", "value_usd": 10}, purpose="research_sample", owner=RESEARCH_CENTRE), AFTER_NARROWING
    ).to_dict()["items"][0]
    assert it["outcome"] == "pending" and "inspections_verification" in reqs(it)


@pytest.mark.parametrize("outcome", ["permitted", "not_regulated_by_these_letters", "prohibited"])
def test_x3_personal_use_exosome_is_never_cleared_whatever_inspections_answers(engine: Engine, registry, outcome):
    decl = declaration(EXOSOME)  # natural person, personal use
    r = ProductRuling.from_answer(answer(registry, outcome, "661/2897") if outcome != "not_regulated_by_these_letters" else answer(registry, outcome))
    it = engine.evaluate(decl, AFTER_NARROWING, product_rulings=rulings_for(engine, decl, AFTER_NARROWING, lambda q: r)).to_dict()["items"][0]
    assert it["outcome"] == "refused" and ("CUS-X3", "refuse") in rules_of(it)
    assert "400/10262/د" in numbers(it)
    assert any(c.get("rule_id") == "CUS-X3-661" and "661/2897" in c["text"] for c in it["basis"])


def test_x3_personal_use_exosome_with_inspections_down_is_pending_citing_x3(engine: Engine):
    decl = declaration(EXOSOME)
    ev = engine.evaluate(
        decl, AFTER_NARROWING, product_rulings=rulings_for(engine, decl, AFTER_NARROWING, lambda q: RulingUnavailable("inspections did not answer in time"))
    ).to_dict()
    it = ev["items"][0]
    assert it["outcome"] == "pending" and "inspections_verification" in reqs(it)
    assert "never cleared for personal use" in it["reasons"][0]["text"]
    assert "400/10262/د" in numbers(it) and ev["outcome"] != "cleared"


def test_x3_permitted_with_research_approval_keeps_the_approval_check_open(engine: Engine, permitted):
    decl = declaration(
        {**EXOSOME, "category": "research_sample", "value_usd": 10},
        purpose="research_sample",
        owner=RESEARCH_CENTRE,
        commitment_letter=True,
        approval={"type": "research_approval", "irc_code": "IR.QUMS.REC.1404.200"},
    )
    it = engine.evaluate(decl, AFTER_NARROWING, product_rulings=rulings_for(engine, decl, AFTER_NARROWING, lambda q: permitted)).to_dict()["items"][0]
    assert it["outcome"] == "pending" and "approved_research" in reqs(it) and "inspections_verification" not in reqs(it)
    assert "100/10/74585" in numbers(it) and not any(r["effect"] == "refuse" for r in it["reasons"])


def test_x3_not_regulated_answer_restricts_nothing(engine: Engine, not_regulated):
    decl = declaration(
        {"name": "Vial X", "dosage_form": "vial", "category": "research_sample", "product_kind": "regenerative", "value_usd": 10},
        purpose="research_sample",
        owner=RESEARCH_CENTRE,
        commitment_letter=True,
    )
    it = engine.evaluate(decl, dt.date(2025, 7, 30), product_rulings=rulings_for(engine, decl, dt.date(2025, 7, 30), lambda q: not_regulated)).to_dict()[
        "items"
    ][0]
    assert it["outcome"] == "pending" and ("CUS-X3", "note") in rules_of(it)
    assert set(reqs(it)) == {"gio_expert_review"} and it["verification"] == "verified"


def test_x3_name_that_only_may_be_cell_therapy_needs_the_expert_not_a_refusal(engine: Engine, prohibited):
    decl = declaration({"name": "Apple stem cell cream", "dosage_form": "cream"})
    it = engine.evaluate(decl, AFTER_NARROWING, product_rulings=rulings_for(engine, decl, AFTER_NARROWING, lambda q: prohibited)).to_dict()["items"][0]
    assert it["x3_checks"][0]["kind"] == "cell_therapy" and it["x3_checks"][0]["name_certain"] is False
    assert it["outcome"] == "pending" and "product_kind_confirmation" in reqs(it)
    declared = declaration({"name": "Apple stem cell cream", "dosage_form": "cream", "product_kind": "cell_therapy"})
    it2 = engine.evaluate(declared, AFTER_NARROWING, product_rulings=rulings_for(engine, declared, AFTER_NARROWING, lambda q: prohibited)).to_dict()["items"][0]
    assert it2["outcome"] == "refused"


def test_x3_the_stricter_of_two_dates_wins(engine: Engine, registry, permitted):
    decl = declaration(
        {**EXOSOME, "category": "research_sample", "value_usd": 10},
        purpose="research_sample",
        owner=RESEARCH_CENTRE,
        commitment_letter=True,
        approval={"type": "research_approval", "irc_code": "IR.QUMS.REC.1404.200"},
    )
    before = ProductRuling.from_answer(answer(registry, "prohibited", "100/70/38754"))
    make = lambda q: before if q.date == BEFORE_NARROWING else permitted  # noqa: E731
    it = engine.evaluate(
        decl, BEFORE_NARROWING, as_of=AFTER_NARROWING, product_rulings=rulings_for(engine, decl, BEFORE_NARROWING, make, AFTER_NARROWING)
    ).to_dict()["items"][0]
    assert it["outcome"] == "refused" and "100/70/38754" in numbers(it)
    half = lambda q: permitted if q.date == BEFORE_NARROWING else RulingUnavailable("inspections answered 503")  # noqa: E731
    it = engine.evaluate(
        decl, BEFORE_NARROWING, as_of=AFTER_NARROWING, product_rulings=rulings_for(engine, decl, BEFORE_NARROWING, half, AFTER_NARROWING)
    ).to_dict()["items"][0]
    assert it["outcome"] == "pending" and "inspections_verification" in reqs(it)


def test_x3_item_refused_by_another_rule_does_not_wait_for_verification(engine: Engine):
    decl = declaration({**EXOSOME, "expiry_date": "1403/01/01"})
    ev = engine.evaluate(decl, AFTER_NARROWING).to_dict()
    assert ev["items"][0]["outcome"] == "refused" and ev["items"][0]["verification"] == "not_required"
    assert ev["verification"]["status"] == "not_required"


def test_x3_effect_without_answers_is_pending_for_every_kind():
    for kind in ("exosome", "cell_therapy", "regenerative"):
        eff = x3_effect(kind, "research_sample", True, [(X3Question(kind, "none", AFTER_NARROWING), None)])
        assert eff.verification == "pending" and eff.requirements == ["inspections_verification"] and eff.effect == "require"


def test_x3_malformed_answers_are_not_rulings(registry):
    with pytest.raises(ValueError):
        ProductRuling.from_answer({"outcome": "maybe", "basis": []})
    with pytest.raises(ValueError):
        ProductRuling.from_answer({**answer(registry, "prohibited", "661/2897"), "basis": []})
    with pytest.raises(ValueError):
        ProductRuling.from_answer(["prohibited"])
