"""Request bodies of the agency, review-office, rollout and violation routes."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claims.common import Basis
from shared.errors import InvalidValue
from shared.jalali import JDate
from shared.pagination import Paginated

CODE = r"^[A-Za-z0-9][A-Za-z0-9_\-]{1,39}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _hhmm(v: str) -> str:
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", v)
    if not m or not (10 < int(m.group(1)) <= 23 and int(m.group(2)) < 60):
        raise InvalidValue(
            "office_closes must be HH:MM after 10:00 (the delivery window opens at 10:00)",
            "ساعت پایان وقت اداری باید به شکل HH:MM و پس از ۱۰:۰۰ باشد (بازه تحویل از ساعت ۱۰ آغاز می‌شود)",
        )
    return f"{int(m.group(1)):02d}:{m.group(2)}"


class ReviewOfficeIn(Strict):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"code": "RO-THR-1", "name": "دفتر رسیدگی به اسناد پزشکی تهران", "province": "THR", "closes_thursday": True, "office_closes": "14:00"}]
        },
    )

    code: str = Field(pattern=CODE)
    name: str = Field(min_length=2, max_length=200)
    province: str = Field(min_length=2, max_length=40)
    closes_thursday: bool = Field(True, description="CLM-A5: the office's calendar counts the delivery deadline (delivery happens there)")
    office_closes: str = Field("14:00", description="CLM-A5: end of the office's hours, HH:MM (the delivery window is 10:00 to this)")

    _hhmm_v = field_validator("office_closes")(lambda v: _hhmm(v))


class AgencyIn(Strict):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "AG-THR-001",
                    "name": "کارگزاری رسمی شماره ۱ تهران",
                    "province": "THR",
                    "review_office_code": "RO-THR-1",
                    "licence_status": "active",
                    "closes_thursday": True,
                    "office_closes": "14:00",
                    "rollout": "inherit",
                }
            ]
        },
    )

    code: str = Field(pattern=CODE, examples=["AG-THR-001"])
    name: str = Field(min_length=2, max_length=200)
    province: str = Field(min_length=2, max_length=40, examples=["THR"])
    review_office_code: str = Field(pattern=CODE)
    licence_status: Literal["active", "suspended", "revoked"] = "active"
    closes_thursday: bool = Field(True, description="Many government offices close on Thursdays (SHR-DATE)")
    office_closes: str = Field("14:00", description="End of office hours, HH:MM (CLM-A5 delivery window ends here)")
    rollout: Literal["inherit", "enabled", "disabled"] = "inherit"

    @field_validator("office_closes")
    @classmethod
    def _hhmm(cls, v: str) -> str:
        m = re.fullmatch(r"(\d{1,2}):(\d{2})", v)
        if not m or not (10 < int(m.group(1)) <= 23 and int(m.group(2)) < 60):
            raise InvalidValue(
                "office_closes must be HH:MM after 10:00 (the delivery window opens at 10:00)",
                "ساعت پایان وقت اداری باید به شکل HH:MM و پس از ۱۰:۰۰ باشد (بازه تحویل از ساعت ۱۰ آغاز می‌شود)",
            )
        return f"{int(m.group(1)):02d}:{m.group(2)}"


class AgencyUpdate(Strict):
    """A partial update: a field left out stays as it is; none can be cleared, so null is 422 (not a 500 from the validator)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"office_closes": "15:00", "closes_thursday": False}]})

    licence_status: Literal["active", "suspended", "revoked"] = None  # type: ignore[assignment]
    closes_thursday: bool = None  # type: ignore[assignment]
    office_closes: str = None  # type: ignore[assignment]
    review_office_code: str = Field(None, pattern=CODE)  # type: ignore[assignment]

    _hhmm = field_validator("office_closes")(AgencyIn._hhmm.__func__)


class RolloutIn(Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"rollout": "enabled", "note": "کارگزاری منتخب اجرای آزمایشی"}]})

    rollout: Literal["inherit", "enabled", "disabled"]
    note: str | None = Field(None, max_length=500)


class ProvinceRolloutIn(Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"enabled": True, "note": "اجرای آزمایشی در استان تهران"}]})

    enabled: bool
    note: str | None = Field(None, max_length=500)


class ProofIn(Strict):
    summary: str = Field(min_length=3, max_length=2000)
    documents: list[str] = Field(default_factory=list, max_length=20, description="references to the proof documents")
    complaint_id: str | None = Field(None, max_length=60)


Penalty = Literal["fine", "warning", "suspension"]


class ViolationIn(Strict):
    """CLM-C/CH/H1: a review office reports a proven breach and may propose a penalty; it does not fine or suspend."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "error",
                    "description": "ثبت نادرست مبلغ پرداختی بیمار",
                    "causes_delay": True,
                    "proven_on": "1404/08/10",
                    "proof": {"summary": "مغایرت صورتحساب با اطلاعات ثبت‌شده", "documents": ["نامه ۱۴۰۴/۸۱۲"]},
                    "proposed_penalty": "warning",
                    "compensation_client_rials": 5000000,
                }
            ]
        },
    )

    kind: Literal["error", "abuse", "violation", "upheld_complaint", "non_compliance"]
    description: str = Field(min_length=3, max_length=4000)
    causes_delay: bool = Field(False, description="CLM-CH note 1: the error prolonged a client's case")
    case_id: str | None = Field(None, max_length=36)
    proven_on: JDate
    proof: ProofIn
    proposed_penalty: Penalty | None = Field(None, description="CLM-CH: a proposal only; the licensing headquarters decides")
    proposed_fine_rials: int = Field(0, ge=0, le=10**13)
    compensation_client_rials: int = Field(0, ge=0, le=10**13, description="CLM-H1: damages owed to the clients, within 15 days of proof")
    compensation_organization_rials: int = Field(0, ge=0, le=10**13, description="CLM-H1: damages owed to the Organization, within 15 days of proof")

    @model_validator(mode="before")
    @classmethod
    def _no_direct_penalty(cls, data: Any) -> Any:
        if isinstance(data, dict) and ({"penalty", "fine_rials", "compensation_rials"} & set(data)):
            raise InvalidValue(
                "CLM-CH: a review office reports and proposes; cash fines and licence suspension are decided by the licensing "
                "headquarters on the secretariat's proposal. Use proposed_penalty / proposed_fine_rials, and "
                "compensation_client_rials / compensation_organization_rials (CLM-H1)",
                "دفتر رسیدگی تخلف را گزارش و مجازات را پیشنهاد می‌کند؛ جریمه نقدی و تعلیق مجوز را ستاد صدور جواز به پیشنهاد "
                "دبیرخانه تعیین می‌کند. از proposed_penalty و proposed_fine_rials و برای خسارت از compensation_client_rials و "
                "compensation_organization_rials استفاده کنید (بند ح-۱).",
            )
        return data


class PenaltyProposalIn(Strict):
    """CLM-CH: the secretariat proposes a penalty (a cash fine is the secretariat's proposal) to the licensing headquarters."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"penalty": "fine", "fine_rials": 50000000, "note": "تکرار خطای منجر به تأخیر"}]})

    penalty: Penalty
    fine_rials: int = Field(0, ge=0, le=10**13)
    note: str | None = Field(None, max_length=2000)


class PenaltyDecisionIn(Strict):
    """CLM-CH: the licensing headquarters (ستاد صدور جواز) decides: imposes a penalty or rejects the proposals."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"outcome": "imposed", "penalty": "fine", "fine_rials": 50000000, "letter_number": "۱۴۰۴/ص/۲۲۱"}]}
    )

    outcome: Literal["imposed", "rejected"]
    penalty: Penalty | None = None
    fine_rials: int = Field(0, ge=0, le=10**13)
    letter_number: str = Field(min_length=2, max_length=80, description="the headquarters' decision letter")
    note: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _penalty(self) -> "PenaltyDecisionIn":
        if self.outcome == "imposed" and self.penalty is None:
            raise InvalidValue("an imposed decision names the penalty", "تصمیم به اعمال مجازات باید نوع مجازات را مشخص کند.")
        if self.outcome == "rejected" and (self.penalty or self.fine_rials):
            raise InvalidValue("a rejection imposes no penalty", "رد پیشنهاد با تعیین مجازات یا مبلغ جریمه همراه نیست.")
        return self


class CompensationPaidIn(Strict):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"payee": "client", "paid_on": "1404/08/20"}]})

    payee: Literal["client", "organization"] = Field("client", description="CLM-H1: the clients or the Organization")
    paid_on: JDate


class AssessmentRulesIn(Strict):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "version": "RO-THR-1-1404.08",
                    "organization_share": {"outpatient": "0.70", "inpatient": "0.90", "global": "0.90"},
                    "tariff_ceilings_rials": {"500100": 30000000, "802145": 15000000},
                    "prosthesis": {"share": "0.90", "ceiling_rials": 300000000},
                    "unknown_service_code": "exclude",
                    "confirmed": True,
                    "note": "ضوابط ابلاغی دفتر رسیدگی تهران",
                }
            ]
        },
    )

    version: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{1,79}$")
    organization_share: dict[str, str | float]
    tariff_ceilings_rials: dict[str, int] = Field(default_factory=dict)
    prosthesis: dict[str, Any] = Field(default_factory=dict)
    unknown_service_code: Literal["exclude", "no_ceiling"] = "exclude"
    confirmed: bool = Field(
        False, description="SHR-PROV: the review office confirms these are its rules; assessments on unconfirmed data are provisional and cannot be approved"
    )
    note: str | None = Field(None, max_length=2000)


class WageIn(Strict):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"daily_rials": 3463656, "source": "مصوبه شورای عالی کار درباره حداقل دستمزد سال ۱۴۰۴"}]}
    )

    daily_rials: int = Field(gt=0, le=10**10)
    source: str = Field(min_length=10, max_length=1000, description="the resolution or circular the figure comes from")


class RolloutApprovalIn(Strict):
    """CLM-H2: the approval to extend the process beyond the pilot, as recorded in its letter."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "approved_by": ["indirect_treatment_directorate", "secretariat"],
                    "letter_number": "۱۰۰۰/۱۴۰۴/۵۵۱۲",
                    "letter_date": "1404/09/01",
                    "note": "تسری به سایر استان‌ها",
                }
            ]
        },
    )

    approved_by: list[Literal["indirect_treatment_directorate", "secretariat"]] = Field(min_length=1, max_length=2)
    letter_number: str = Field(min_length=2, max_length=80)
    letter_date: JDate
    note: str | None = Field(None, max_length=2000)


# ============================================================================ answers (issue 16: typed responses)


class ReviewOfficeView(BaseModel):
    """A medical-document review office (دفتر رسیدگی به اسناد پزشکی) and its calendar."""

    code: str
    name: str
    province: str
    closes_thursday: bool
    office_closes: str = Field(description="End of office hours, HH:MM (the CLM-A5 delivery window is 10:00 to this)")


class ReviewOfficeDetail(ReviewOfficeView):
    """A review office with the agencies it supervises."""

    agencies: list[str] = Field(description="Codes of the agencies it supervises")


class AssessmentRuleData(BaseModel):
    """CLM-A4/B1: the assessment rule data a review office supplies (CONFIGURATION, not regulation); the figures are data."""

    model_config = ConfigDict(extra="allow")

    source: str = Field(description="`review office rule set`, or `shipped defaults (CONFIGURATION, not regulation)`")
    review_office_code: str
    version: str | None = None
    status: str | None = Field(None, description="Always `configuration`")
    confirmed: bool | None = Field(None, description="SHR-PROV: confirmed by the office; assessments on unconfirmed data are provisional")
    organization_share: dict[str, Any] | None = Field(None, description="The Organization's share per case type")
    tariff_ceilings_rials: dict[str, int] | None = Field(None, description="Ceiling per service code, rials")
    prosthesis: dict[str, Any] | None = Field(None, description="Prosthesis share and ceiling")
    unknown_service_code: str | None = Field(None, description="exclude | no_ceiling")
    note: str | None = None
    created_by: str | None = None
    created_at: str | None = None


class RuleDataPublication(BaseModel):
    """A newly published version of a review office's assessment rule data."""

    version: str
    confirmed: bool
    decision_id: str


class AgencyView(BaseModel):
    """An official agency (کارگزاری رسمی): licence, calendar, review office and CLM-H2 rollout state."""

    code: str
    name: str
    province: str
    review_office_code: str
    licence_status: Literal["active", "suspended", "revoked"]
    closes_thursday: bool
    office_closes: str = Field(description="End of office hours, HH:MM")
    rollout: Literal["inherit", "enabled", "disabled"] = Field(description="CLM-H2 switch of the agency; inherit = follow its province")
    province_rollout_enabled: bool
    process_enabled: bool = Field(description="Whether the agency may register cases (CLM-H2), after inheritance")
    cooperation_review: bool = Field(description="CLM-CH note 1: under review of its cooperation after repeated delaying errors")
    version: int = Field(description="The ETag's number: send it back as If-Match to change the agency")
    created_at: str | None
    created_at_jalali: str | None


class AgencyList(Paginated[AgencyView]):
    """The agencies the caller may see, by code."""


class AgencyRolloutChange(AgencyView):
    """The agency after its CLM-H2 switch changed, with the decision recorded."""

    decision_id: str


class ProvinceRolloutChange(BaseModel):
    """CLM-H2: a province's switch as recorded."""

    province: str
    enabled: bool
    decision_id: str


class PilotBoundsView(BaseModel):
    """CLM-H2: the pilot's bounds (data/rollout.yaml) and where it stands."""

    max_months: int
    max_agencies: int
    provinces: list[str]
    beyond_pilot_approved_by: list[str]
    version: str
    started_on: dt.date | None = None
    started_on_jalali: str | None = None
    ends_on: dt.date | None = None
    ends_on_jalali: str | None = None
    ended: bool


class RolloutApprovalView(BaseModel):
    """A recorded approval to go beyond the pilot."""

    id: str
    approved_by: list[str]
    letter_number: str
    letter_date: dt.date
    letter_date_jalali: str | None
    note: str | None = None
    recorded_at: str | None
    decision_id: str


class RolloutStatus(BaseModel):
    """CLM-H2: the phase (pilot until an approval is recorded), the pilot's bounds, what is enabled, the approvals."""

    phase: Literal["pilot", "rollout"]
    pilot: PilotBoundsView
    enabled_agencies: list[str]
    enabled_provinces: list[str]
    approvals: list[RolloutApprovalView]
    basis: Basis


class SuppliedRuleData(BaseModel):
    """The rule data version the review office currently supplies."""

    version: str
    source: str
    status: str
    published_at: str | None = None
    published_at_jalali: str | None = None
    published_by: str | None = None
    note: str | None = None
    url: str = Field(description="Where the figures can be read")
    confirmed: bool


class EarlierRuleData(BaseModel):
    """A superseded rule data version (assessments made under it keep it, CLM-H3)."""

    version: str
    source: str
    published_at: str | None = None
    published_at_jalali: str | None = None


class ReadWith(BaseModel):
    """A letter in force that clarifies, narrows or supersedes a circular: read them together."""

    number: str
    relation: str
    date: dt.date | None = None
    date_jalali: str | None = None


class CircularInForce(BaseModel):
    """A circular in force for claims (the regulation registry's entry)."""

    model_config = ConfigDict(extra="allow")

    number: str
    date: dt.date | None = None
    issuer: str | None = None
    subject: str | None = None
    subject_fa: str | None = None
    url: str
    read_with: list[ReadWith]


class SuppliedRules(BaseModel):
    """CLM-B1: in one place, the rule data the agency's review office supplies and the circulars in force."""

    agency_code: str
    review_office_code: str
    as_of: dt.date
    as_of_jalali: str
    assessment_rules: SuppliedRuleData
    earlier_rule_data_versions: list[EarlierRuleData] = Field(description="Superseded versions, latest first")
    circulars_in_force: list[CircularInForce]
    registry_version: str
    basis: Basis


class PenaltyChoice(BaseModel):
    """A penalty proposed or decided."""

    type: str | None = Field(None, description="fine | warning | suspension")
    fine_rials: int | None = None


class PenaltyStep(BaseModel):
    """One step of a penalty's path: a proposal or the licensing headquarters' decision."""

    step: str = Field(description="proposal | decision")
    role: str | None = None
    org: str | None = None
    penalty: str | None = None
    fine_rials: int | None = None
    outcome: str | None = None
    letter_number: str | None = None
    note: str | None = None
    at: str | None = None
    at_jalali: str | None = None
    decision_id: str | None = None


class PenaltyPath(BaseModel):
    """CLM-CH: where the penalty stands; the licensing headquarters decides."""

    status: str = Field(description="reported | proposed | imposed | rejected | legacy (recorded before CLM-CH was corrected)")
    proposed_by_review_office: PenaltyChoice | None = None
    decided: PenaltyChoice | None = None
    steps: list[PenaltyStep]
    decided_by: str


class CompensationDue(BaseModel):
    """CLM-H1: compensation owed to one payee, due 15 days after proof."""

    amount_rials: int
    due_on: dt.date
    due_on_jalali: str | None
    paid_on: dt.date | None = None
    paid_on_jalali: str | None = None
    status: str = Field(description="none | pending | overdue | paid_on_time | paid_late")


class ViolationCompensation(CompensationDue):
    """The compensation to the clients (top-level fields, as before) and to each payee."""

    client: CompensationDue
    organization: CompensationDue


class ViolationView(BaseModel):
    """CLM-C/CH/H1: a proven breach, its penalty's path and the compensation owed."""

    id: str
    agency_code: str
    kind: str
    description: str
    causes_delay: bool
    case_id: str | None = None
    proven_on: dt.date
    proven_on_jalali: str | None
    proof: dict[str, Any] = Field(description="summary, documents, complaint_id")
    penalty: PenaltyPath
    compensation: ViolationCompensation
    decision_id: str
    version: int = Field(description="The ETag's number: send it back as If-Match to take the next step")


class RecordedViolation(ViolationView):
    """The violation just recorded, with the agency (its cooperation review may have started)."""

    agency: AgencyView


class DecidedViolation(ViolationView):
    """The violation after the licensing headquarters' decision, with the agency (a suspension suspends its licence)."""

    agency: AgencyView


class CompensatedViolation(ViolationView):
    """The violation after a compensation was recorded as paid."""

    compensation_decision_id: str


class AgencyViolations(Paginated[ViolationView]):
    """The agency's violations, by the day they were proven (then id), a page at a time."""

    agency_code: str
    cooperation_review: bool
    licence_status: str
