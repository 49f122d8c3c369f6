"""CLM-P: the agencies' review fee per case. Pure: no I/O.

1399: the circular's table, exactly. Later years: the circular's share of that year's daily
minimum wage (note 1: the amounts rise each year with the minimum wage), rounded half-up to the
whole rial. A year whose wage is not in the table has NO fee figure (never a guess).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from shared.provenance import Citation

from claims.cases.rules import CaseType
from claims.citations import cite

FIRST_YEAR = 1399  # the circular (1399/10/24) sets the fees "for the current year", 1399
TABLE_1399: dict[CaseType, int] = {CaseType.outpatient: 87_335, CaseType.global_: 103_638, CaseType.inpatient: 142_065}
SHARES: dict[CaseType, Decimal] = {CaseType.outpatient: Decimal("0.137"), CaseType.global_: Decimal("0.163"), CaseType.inpatient: Decimal("0.223")}
PAYER = "review_office"  # CLM-P: paid by the medical-document review office, never by the insured (P2)


class FeeUnknown(LookupError):
    """No fee figure for that year (before the circular, or the year's minimum wage is not in the table)."""


@dataclass(frozen=True)
class Wage:
    year: int
    daily_rials: int
    source: str


@dataclass(frozen=True)
class FeeSchedule:
    year: int
    method: str  # circular_table | share_of_daily_minimum_wage
    amounts: dict[CaseType, int]
    wage: Wage | None
    basis: tuple[Citation, ...]
    indexed: dict[CaseType, int] | None = None  # the other reading of note 1 (1399 amount x wage ratio), shown, not applied

    def as_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "method": self.method,
            "currency": "IRR",
            "rounding": "half-up to the whole rial" if self.method != "circular_table" else "none (the circular's figures)",
            "payer": PAYER,
            "daily_minimum_wage_rials": self.wage.daily_rials if self.wage else None,
            "wage_source": self.wage.source if self.wage else None,
            "items": [
                {"case_type": ct.value, "share_of_daily_minimum_wage": str(SHARES[ct]), "fee_rials": self.amounts[ct],
                 "indexed_reading_rials": self.indexed[ct] if self.indexed else None}
                for ct in (CaseType.outpatient, CaseType.global_, CaseType.inpatient)
            ],
            "basis": [c.model_dump(mode="json") for c in self.basis],
        }


def share_of_wage(share: Decimal, daily_rials: int) -> int:
    """share x daily wage, rounded half-up to the whole rial."""
    return int((share * Decimal(daily_rials)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def fee_schedule(year: int, wages: dict[int, Wage]) -> FeeSchedule:
    """CLM-P / P1: the fee per case type for a Jalali year."""
    base = [cite("P", "Review fee per case, paid by the medical-document review office: outpatient 87,335, global 103,638, inpatient 142,065 rials for 1399 (13.7 %, 16.3 %, 22.3 % of the 1399 daily minimum wage).")]
    if year < FIRST_YEAR:
        raise FeeUnknown(f"the circular sets fees from {FIRST_YEAR}; {year} is before it")
    if year == FIRST_YEAR:
        return FeeSchedule(year, "circular_table", dict(TABLE_1399), wages.get(year), tuple(base))
    wage = wages.get(year)
    if wage is None:
        raise FeeUnknown(f"the daily minimum wage of {year} is not in the wage table; the fee for {year} cannot be computed yet")
    amounts = {ct: share_of_wage(SHARES[ct], wage.daily_rials) for ct in SHARES}
    basis = [*base, cite("P note 1", f"The amounts rise each year with the minimum wage: {year} fee = share x daily minimum wage of {year} ({wage.daily_rials:,} rials; {wage.source}).")]
    indexed = None
    w99 = wages.get(FIRST_YEAR)
    if w99 is not None:
        indexed = {ct: indexed_amount(ct, w99.daily_rials, wage.daily_rials) for ct in SHARES}
        basis.append(cite("P note 1", "Note 1 can also be read as raising the 1399 amounts by the wage increase (1399 amount x wage ratio); "
                          "that reading is shown as indexed_reading_rials and differs by less than 0.2 %; the share reading is applied.", kind="warning"))
    return FeeSchedule(year, "share_of_daily_minimum_wage", amounts, wage, tuple(basis), indexed)


def indexed_amount(ct: CaseType, wage_1399: int, wage_year: int) -> int:
    """The other reading of note 1: the 1399 amount raised by the minimum-wage increase, half-up."""
    return int((Decimal(TABLE_1399[ct]) * Decimal(wage_year) / Decimal(wage_1399)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def derivation_check_1399(wage_1399: int) -> list[dict[str, Any]]:
    """How closely the circular's shares x the 1399 daily wage reproduce its own 1399 table."""
    out = []
    for ct, table in TABLE_1399.items():
        derived = share_of_wage(SHARES[ct], wage_1399)
        out.append(
            {
                "case_type": ct.value,
                "table_rials": table,
                "share_x_wage_rials": derived,
                "difference_rials": table - derived,
                "relative_difference": round((table - derived) / table, 5),
                "implied_daily_wage_rials": int((Decimal(table) / SHARES[ct]).quantize(Decimal(1), rounding=ROUND_HALF_UP)),
            }
        )
    return out


@dataclass(frozen=True)
class FeeOutcome:
    earned: bool
    amount_rials: int | None
    status: str  # earned | already_paid | incomplete_checklist | not_approved | fee_unknown
    basis: tuple[Citation, ...]


def fee_for_case(
    case_type: CaseType,
    registered_year: int,
    checklist_complete: bool,
    approved: bool,
    already_accrued: bool,
    wages: dict[int, Wage],
) -> FeeOutcome:
    """P3 only completed cases, P4 once per case, P5 the year of registration sets the amount."""
    basis = [
        cite("P note 3", "A fee is paid only for cases completed according to the announced checklists; otherwise no fee."),
        cite("P note 4", "One fee per case, once: cases that need repeated visits (returns) earn nothing more."),
        cite("P note 5", "The fee follows the time the documents were registered in the system."),
        cite("P note 2", "Taking any money from the insured or pensioner, under any title, is forbidden.", kind="note"),
    ]
    if already_accrued:
        return FeeOutcome(False, 0, "already_paid", tuple(basis))
    if not checklist_complete:
        return FeeOutcome(False, 0, "incomplete_checklist", tuple(basis))
    if not approved:
        return FeeOutcome(False, None, "not_approved", tuple(basis))
    try:
        schedule = fee_schedule(registered_year, wages)
    except FeeUnknown as exc:
        return FeeOutcome(False, None, "fee_unknown", (*basis, cite("P note 1", str(exc), kind="warning")))
    return FeeOutcome(True, schedule.amounts[case_type], "earned", (*basis, *schedule.basis))
