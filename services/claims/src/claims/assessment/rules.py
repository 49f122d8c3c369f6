"""CLM-A4: the reimbursable amount per line and in total, from rule data the review office maintains.

Pure: no I/O. The circular gives no percentages; RuleData comes from configuration (see
data/assessment_defaults.yaml) and every result names the rule-data version it used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from typing import Any

from claims.cases.rules import CaseType, net_out_of_pocket
from claims.citations import cite, configuration
from claims.verification.rules import HELD, NEEDS_REVIEW, NOT_REIMBURSABLE, NOT_REQUIRED, PENDING, VERIFIED  # noqa: F401  (SPEC X1/X2 states)
from shared.provenance import Citation, basis_provisional

PENDING_VERIFICATION = PENDING  # lines awaiting SPEC X1 (offlabel) / X2 (inspections) answers: held


class RuleDataError(ValueError):
    """Rule data that cannot be used (missing share, negative ceiling, ...)."""


@dataclass(frozen=True)
class RuleData:
    """The review office's assessment rules (CONFIGURATION, not regulation), with their version."""

    version: str
    organization_share: dict[str, Decimal]
    tariff_ceilings_rials: dict[str, int]
    prosthesis_share: Decimal
    prosthesis_ceiling_rials: int | None
    unknown_service_code: str = "exclude"
    status: str = "configuration"
    published_by: str = "platform team (placeholder defaults)"
    published_at: Any = None
    confirmed: bool = False  # only a review office's own publication marked confirmed makes an assessment final

    def citation(self, text: str, text_fa: str, kind: str = "rule") -> Citation:
        """CLM-A4: these figures as a configuration citation (provisional until a review office confirmed them)."""
        return configuration(
            "CLM-A4",
            "A4",
            text,
            text_fa,
            published_by=self.published_by,
            published_at=self.published_at,
            version=self.version,
            confirmed=self.confirmed,
            kind=kind,
            note=None
            if self.confirmed
            else "not confirmed: the review office must publish confirmed rule data (PUT /v1/review-offices/{code}/assessment-rules with confirmed: true)",
        )

    def provenance(self) -> dict[str, Any]:
        return {"version": self.version, "published_by": self.published_by, "published_at": self.published_at, "confirmed": self.confirmed}

    @classmethod
    def from_mapping(
        cls, data: dict[str, Any], version: str | None = None, *, published_by: str | None = None, published_at: Any = None, confirmed: bool | None = None
    ) -> "RuleData":
        try:
            shares = {str(k): Decimal(str(v)) for k, v in (data["organization_share"] or {}).items()}
            ceilings = {str(k): int(v) for k, v in (data.get("tariff_ceilings_rials") or {}).items()}
            pros = data.get("prosthesis") or {}
            p_share = Decimal(str(pros.get("share", "0")))
            p_ceiling = pros.get("ceiling_rials")
            ver = version or str(data["version"])
        except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
            raise RuleDataError(f"rule data is malformed: {exc}") from None
        missing = [ct.value for ct in CaseType if ct.value not in shares]
        if missing:
            raise RuleDataError("organization_share lacks case types: " + ", ".join(missing))
        for k, s in [*shares.items(), ("prosthesis", p_share)]:
            if not Decimal(0) <= s <= Decimal(1):
                raise RuleDataError(f"share for {k} must be between 0 and 1")
        if any(v < 0 for v in ceilings.values()) or (p_ceiling is not None and int(p_ceiling) < 0):
            raise RuleDataError("ceilings must not be negative")
        unknown = str(data.get("unknown_service_code", "exclude"))
        if unknown not in ("exclude", "no_ceiling"):
            raise RuleDataError("unknown_service_code must be exclude or no_ceiling")
        return cls(
            ver,
            shares,
            ceilings,
            p_share,
            None if p_ceiling is None else int(p_ceiling),
            unknown,
            str(data.get("status", "configuration")),
            published_by or str(data.get("published_by") or data.get("maintained_by") or "platform team (placeholder defaults)"),
            published_at,
            bool(data.get("confirmed", False)) if confirmed is None else confirmed,
        )


@dataclass(frozen=True)
class LineInput:
    line_no: int
    service_code: str
    description: str
    quantity: int
    unit_price_rials: int
    amount_rials: int
    kind: str = "service"  # service | drug
    off_label_use: str | None = None
    verification_status: str = NOT_REQUIRED
    verification_reason: str | None = None  # SPEC X1/X2: why the line is held or not reimbursable


@dataclass
class LineResult:
    line_no: int
    service_code: str
    billed_rials: int
    allowed_rials: int
    share: str
    reimbursable_rials: int
    status: str  # assessed | excluded | pending_verification | needs_review | not_reimbursable
    explanation: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class AssessmentResult:
    rule_data_version: str
    case_type: str
    lines: list[LineResult]
    prosthesis: dict[str, Any]
    lines_total_rials: int
    gross_rials: int  # lines + prosthesis before the out-of-pocket cap
    cap_rials: int  # what the patient bore after the supplementary insurer
    reimbursable_rials: int  # the amount the Organization pays now
    pending_verification_rials: int  # lines held until X1/X2 verification (pending_verification, needs_review)
    capped: bool
    not_reimbursable_rials: int = 0  # what lines refused by X1/X2 would have been paid (not paid)
    basis: list[Citation] = field(default_factory=list)
    # SHR-PROV: claims' own unconfirmed configuration (blocks approval); other services' provisional citations
    # (e.g. an insurer's default coverage policy in offlabel's answer) are shown but do not decide this assessment
    provisional_reasons: list[str] = field(default_factory=list)
    provisional_elsewhere: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule_data_version": self.rule_data_version,
            "case_type": self.case_type,
            "lines": [ln.as_dict() for ln in self.lines],
            "prosthesis": self.prosthesis,
            "lines_total_rials": self.lines_total_rials,
            "gross_rials": self.gross_rials,
            "cap_rials": self.cap_rials,
            "capped": self.capped,
            "reimbursable_rials": self.reimbursable_rials,
            "pending_verification_rials": self.pending_verification_rials,
            "not_reimbursable_rials": self.not_reimbursable_rials,
            "held_lines": [ln.line_no for ln in self.lines if ln.status in HELD],
            "not_reimbursable_lines": [ln.line_no for ln in self.lines if ln.status == NOT_REIMBURSABLE],
            # SHR-PROV: an assessment on rule data nobody confirmed is provisional (shown, never approved)
            "provisional": bool(self.provisional_reasons),
            "provisional_reasons": self.provisional_reasons,
            "provisional_elsewhere": self.provisional_elsewhere,
            "basis": [c.model_dump(mode="json") for c in self.basis],
        }


def _floor(value: Decimal) -> int:
    """Reimbursements round DOWN to the whole rial: never pay a fraction more than the rule gives."""
    return int(value.to_integral_value(rounding=ROUND_FLOOR))


def assess(
    rules: RuleData,
    case_type: CaseType,
    lines: list[LineInput],
    prosthesis_rials: int,
    patient_paid_rials: int,
    supplementary_paid_rials: int,
    supplementary_paid_to: str,
    verification_basis: list[Citation] | None = None,
) -> AssessmentResult:
    """CLM-A4: per line min(billed, ceiling x quantity) x share; prosthesis by its own rule; the total is
    capped at what the patient actually paid after the supplementary insurer."""
    share = rules.organization_share[case_type.value]
    results: list[LineResult] = []
    refused_total = 0
    basis: list[Citation] = [
        cite("A4"),
        rules.citation(
            f"Shares, tariff ceilings and prosthesis handling come from rule data version {rules.version} "
            "(configuration maintained by the review office; the circular gives no percentages).",
            f"سهم سازمان، سقف تعرفه‌ها و پروتز از داده‌های ضوابط نسخه {rules.version} (پیکربندی دفتر رسیدگی؛ بخشنامه درصدی تعیین نکرده است).",
        ),
    ]
    if not rules.confirmed:
        basis.append(cite("A4.provisional"))
    for ln in lines:
        ceiling = rules.tariff_ceilings_rials.get(ln.service_code)
        if ceiling is None and ln.kind == "drug":
            ceiling = rules.tariff_ceilings_rials.get("DRUG")
        if ceiling is None and rules.unknown_service_code == "exclude" and ln.verification_status == NOT_REIMBURSABLE:
            # SPEC X1/X2 refused the line: that is the reason it is not paid (the missing ceiling would only send it to manual review)
            results.append(
                LineResult(
                    ln.line_no,
                    ln.service_code,
                    ln.amount_rials,
                    0,
                    str(share),
                    0,
                    NOT_REIMBURSABLE,
                    f"NOT REIMBURSABLE: {ln.verification_reason or 'refused by cross-service verification'}",
                )
            )
            continue
        if ceiling is None and rules.unknown_service_code == "exclude":
            results.append(
                LineResult(
                    ln.line_no,
                    ln.service_code,
                    ln.amount_rials,
                    0,
                    str(share),
                    0,
                    "excluded",
                    f"service code {ln.service_code} has no tariff ceiling in rule data {rules.version}: not paid, needs manual review",
                )
            )
            continue
        allowed = ln.amount_rials if ceiling is None else min(ln.amount_rials, ceiling * ln.quantity)
        pay = _floor(Decimal(allowed) * share)
        why = (
            f"billed {ln.amount_rials:,}; "
            + (f"ceiling {ceiling:,} x {ln.quantity} = {ceiling * ln.quantity:,}; " if ceiling is not None else "no ceiling; ")
            + f"allowed {allowed:,} x share {share} ({case_type.value}) = {pay:,}"
        )
        if ln.verification_status in HELD:
            held_why = ln.verification_reason or (
                f"off-label use '{ln.off_label_use}' awaits verification of an approved covered authorization"
                if ln.off_label_use
                else "awaits cross-service verification"
            )
            results.append(
                LineResult(
                    ln.line_no,
                    ln.service_code,
                    ln.amount_rials,
                    allowed,
                    str(share),
                    pay,
                    ln.verification_status,
                    why + f"; HELD (not paid, not refused): {held_why}",
                )
            )
        elif ln.verification_status == NOT_REIMBURSABLE:
            # SPEC X1/X2: the other service's answer forbids payment; the computed amount is shown, not paid
            results.append(
                LineResult(
                    ln.line_no,
                    ln.service_code,
                    ln.amount_rials,
                    allowed,
                    str(share),
                    0,
                    NOT_REIMBURSABLE,
                    why + f"; NOT REIMBURSABLE ({pay:,} not paid): {ln.verification_reason or 'refused by cross-service verification'}",
                )
            )
            refused_total = refused_total + pay
        else:
            results.append(LineResult(ln.line_no, ln.service_code, ln.amount_rials, allowed, str(share), pay, "assessed", why))
    # prosthesis (A3-6: total paid = bill + prosthesis)
    p_allowed = prosthesis_rials if rules.prosthesis_ceiling_rials is None else min(prosthesis_rials, rules.prosthesis_ceiling_rials)
    p_pay = _floor(Decimal(p_allowed) * rules.prosthesis_share)
    prosthesis = {
        "billed_rials": prosthesis_rials,
        "allowed_rials": p_allowed,
        "share": str(rules.prosthesis_share),
        "reimbursable_rials": p_pay,
        "explanation": (
            f"prosthesis {prosthesis_rials:,}; ceiling {rules.prosthesis_ceiling_rials if rules.prosthesis_ceiling_rials is not None else 'none'}; "
            f"allowed {p_allowed:,} x share {rules.prosthesis_share} = {p_pay:,}"
        ),
    }
    payable_lines = sum(r.reimbursable_rials for r in results if r.status == "assessed")
    pending = sum(r.reimbursable_rials for r in results if r.status in HELD)
    gross = payable_lines + p_pay
    cap = net_out_of_pocket(patient_paid_rials, supplementary_paid_rials, supplementary_paid_to)
    capped = gross > cap
    payable = min(gross, cap)
    # pending lines can only fill what is left under the cap
    pending = min(pending, max(0, cap - payable))
    basis.append(
        cite(
            "A3.cap",
            f"Never more than the patient actually paid after the supplementary insurer: cap {cap:,} rials"
            + (f"; computed {gross:,} reduced to {payable:,}." if capped else "."),
            text_fa=f"سقف: آنچه بیمار پس از بیمه تکمیلی پرداخته است ({cap:,} ریال).",
        )
    )
    if any(r.status in HELD for r in results):
        basis.append(cite("A4.held"))
    own_provisional = basis_provisional(basis)
    if verification_basis:
        seen = {(c.number, c.clause, c.text) for c in basis}
        basis.extend(c for c in verification_basis if (c.number, c.clause, c.text) not in seen)
    if any(r.status == "excluded" for r in results):
        basis.append(
            rules.citation(
                "Lines with a service code absent from the rule data are excluded pending manual review.",
                "ردیف‌هایی که کد خدمت آن‌ها در داده‌های ضوابط نیست برای بررسی دستی کنار گذاشته می‌شوند.",
                kind="note",
            )
        )
    return AssessmentResult(
        provisional_reasons=own_provisional,
        provisional_elsewhere=basis_provisional(verification_basis or []),
        rule_data_version=rules.version,
        case_type=case_type.value,
        lines=results,
        prosthesis=prosthesis,
        lines_total_rials=sum(ln.amount_rials for ln in lines),
        gross_rials=gross,
        cap_rials=cap,
        reimbursable_rials=payable,
        pending_verification_rials=pending,
        capped=capped,
        not_reimbursable_rials=refused_total,
        basis=basis,
    )
