"""CLM-P: the agencies' review fee per case. Pure: no I/O.

1399: the circular's table, exactly. Later years (note 1, SPEC correction 5): the amounts rise by the rate
of the minimum-wage increase: fee(year) = fee(1399) x wage(year) / wage(1399), rounded once, half-up to the
whole rial. Both wages are cited (configuration: entered figures with their source). A year whose wage is
not in the table has NO fee figure (never a guess).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from claims.cases.rules import CaseType
from claims.citations import cite, configuration
from shared.provenance import Citation

FIRST_YEAR = 1399  # the circular (1399/10/24) sets the fees "for the current year", 1399
TABLE_1399: dict[CaseType, int] = {CaseType.outpatient: 87_335, CaseType.global_: 103_638, CaseType.inpatient: 142_065}
SHARES: dict[CaseType, Decimal] = {CaseType.outpatient: Decimal("0.137"), CaseType.global_: Decimal("0.163"), CaseType.inpatient: Decimal("0.223")}
PAYER = "review_office"  # CLM-P: paid by the medical-document review office, never by the insured (P2)
METHOD_TABLE, METHOD_INDEXED = "circular_table", "indexed_by_minimum_wage"


class FeeUnknown(LookupError):
    """No fee figure for that year (before the circular, or the year's minimum wage is not in the table)."""


@dataclass(frozen=True)
class Wage:
    year: int
    daily_rials: int
    source: str
    published_by: str = "platform team (shipped wage table, cross-checked against public copies)"
    confirmed: bool = False  # shipped figures: not confirmed by the Organization; an administrator's entry is


def wage_citation(w: Wage) -> Citation:
    """CLM-P1: a year's daily minimum wage as entered figures (configuration), with its source."""
    return configuration(
        "CLM-P1",
        "P note 1",
        f"Daily minimum wage of {w.year}: {w.daily_rials:,} rials ({w.source}).",
        f"حداقل دستمزد روزانه سال {w.year}: {w.daily_rials:,} ریال ({w.source}).",
        published_by=w.published_by,
        version=f"wage-{w.year}",
        confirmed=w.confirmed,
        note=w.source,
    )


@dataclass(frozen=True)
class FeeSchedule:
    year: int
    method: str  # circular_table | indexed_by_minimum_wage
    amounts: dict[CaseType, int]
    wage: Wage | None
    basis: tuple[Citation, ...]
    wage_1399: Wage | None = None

    def as_dict(self) -> dict[str, Any]:
        ratio = f"{self.wage.daily_rials} / {self.wage_1399.daily_rials}" if self.wage and self.wage_1399 and self.method == METHOD_INDEXED else None
        return {
            "year": self.year,
            "method": self.method,
            "formula": "fee(1399) x wage(year) / wage(1399), rounded once half-up to the whole rial"
            if self.method == METHOD_INDEXED
            else "the circular's 1399 table",
            "currency": "IRR",
            "rounding": "half-up to the whole rial, once" if self.method != METHOD_TABLE else "none (the circular's figures)",
            "payer": PAYER,
            "daily_minimum_wage_rials": self.wage.daily_rials if self.wage else None,
            "wage_source": self.wage.source if self.wage else None,
            "daily_minimum_wage_1399_rials": self.wage_1399.daily_rials if self.wage_1399 else None,
            "wage_ratio": ratio,
            "items": [
                {
                    "case_type": ct.value,
                    "fee_1399_rials": TABLE_1399[ct],
                    "share_of_daily_minimum_wage_1399": str(SHARES[ct]),
                    "fee_rials": self.amounts[ct],
                    "share_reading_rials": share_of_wage(SHARES[ct], self.wage.daily_rials) if self.wage and self.method == METHOD_INDEXED else None,
                }
                for ct in (CaseType.outpatient, CaseType.global_, CaseType.inpatient)
            ],
            "basis": [c.model_dump(mode="json") for c in self.basis],
        }


def share_of_wage(share: Decimal, daily_rials: int) -> int:
    """share x daily wage, rounded half-up to the whole rial (the earlier reading of note 1, shown for comparison)."""
    return int((share * Decimal(daily_rials)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def fee_schedule(year: int, wages: dict[int, Wage]) -> FeeSchedule:
    """CLM-P / P1: the fee per case type for a Jalali year."""
    base = [cite("P")]
    if year < FIRST_YEAR:
        raise FeeUnknown(f"the circular sets fees from {FIRST_YEAR}; {year} is before it")
    if year == FIRST_YEAR:
        return FeeSchedule(year, METHOD_TABLE, dict(TABLE_1399), wages.get(year), tuple(base))
    wage, w99 = wages.get(year), wages.get(FIRST_YEAR)
    if wage is None or w99 is None:
        missing = year if wage is None else FIRST_YEAR
        raise FeeUnknown(f"the daily minimum wage of {missing} is not in the wage table; the fee for {year} cannot be computed yet")
    amounts = {ct: indexed_amount(ct, w99.daily_rials, wage.daily_rials) for ct in TABLE_1399}
    basis = [*base, cite("P1"), wage_citation(w99), wage_citation(wage)]
    return FeeSchedule(year, METHOD_INDEXED, amounts, wage, tuple(basis), w99)


def indexed_amount(ct: CaseType, wage_1399: int, wage_year: int) -> int:
    """CLM-P1: the 1399 amount raised by the rate of the minimum-wage increase, rounded once, half-up."""
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
        cite("P3"),
        cite("P4"),
        cite("P5"),
        cite("P2"),
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
        return FeeOutcome(False, None, "fee_unknown", (*basis, cite("P1.unknown", f"{cite('P1.unknown').text} ({exc})")))
    return FeeOutcome(True, schedule.amounts[case_type], "earned", (*basis, *schedule.basis))
