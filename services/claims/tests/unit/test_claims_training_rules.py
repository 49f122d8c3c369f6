"""CLM-B2 training rules (pure)."""

from datetime import date
from decimal import Decimal

from claims.citations import CIRCULAR_NUMBER
from claims.training import rules


def test_clm_b2_training_must_be_given_and_last_some_hours():
    today = date(2025, 10, 26)
    assert rules.training_errors(date(2025, 10, 26), today, Decimal("0.5")) == []
    assert [e["field"] for e in rules.training_errors(date(2025, 10, 27), today, Decimal("2"))] == ["held_on"]
    assert [e["field"] for e in rules.training_errors(date(2025, 10, 1), today, Decimal("0"))] == ["hours"]
    assert [e["field"] for e in rules.training_errors(date(2025, 10, 1), today, Decimal("-1"))] == ["hours"]


def test_clm_b2_basis_cites_b2_and_says_training_is_not_a_fee_condition():
    basis = rules.training_basis()
    assert all(c.number == CIRCULAR_NUMBER for c in basis)
    assert basis[0].clause == "B2" and basis[0].kind == "rule" and basis[0].authority == "source"
    fee = [c for c in basis if c.rule_id == "CLM-P3"]
    assert len(fee) == 2 and fee[0].authority == "source" and fee[0].kind == "note"
    assert fee[1].authority == "interpretation" and "not a fee condition" in fee[1].text and fee[1].reason
    assert rules.total_hours([Decimal("4.5"), Decimal("2")]) == Decimal("6.5")
