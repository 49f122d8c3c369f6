"""Request bodies of the agency, review-office, rollout and violation routes."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shared.jalali import JDate

CODE = r"^[A-Za-z0-9][A-Za-z0-9_\-]{1,39}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _hhmm(v: str) -> str:
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", v)
    if not m or not (10 < int(m.group(1)) <= 23 and int(m.group(2)) < 60):
        raise ValueError("office_closes must be HH:MM after 10:00 (the delivery window opens at 10:00)")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


class ReviewOfficeIn(Strict):
    code: str = Field(pattern=CODE)
    name: str = Field(min_length=2, max_length=200)
    province: str = Field(min_length=2, max_length=40)
    closes_thursday: bool = Field(True, description="CLM-A5: the office's calendar counts the delivery deadline (delivery happens there)")
    office_closes: str = Field("14:00", description="CLM-A5: end of the office's hours, HH:MM (the delivery window is 10:00 to this)")

    _hhmm_v = field_validator("office_closes")(lambda v: _hhmm(v))


class AgencyIn(Strict):
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
            raise ValueError("office_closes must be HH:MM after 10:00 (the delivery window opens at 10:00)")
        return f"{int(m.group(1)):02d}:{m.group(2)}"


class AgencyUpdate(Strict):
    """A partial update: a field left out stays as it is; none can be cleared, so null is 422 (not a 500 from the validator)."""

    licence_status: Literal["active", "suspended", "revoked"] = None  # type: ignore[assignment]
    closes_thursday: bool = None  # type: ignore[assignment]
    office_closes: str = None  # type: ignore[assignment]
    review_office_code: str = Field(None, pattern=CODE)  # type: ignore[assignment]

    _hhmm = field_validator("office_closes")(AgencyIn._hhmm.__func__)


class RolloutIn(Strict):
    rollout: Literal["inherit", "enabled", "disabled"]
    note: str | None = Field(None, max_length=500)


class ProvinceRolloutIn(Strict):
    enabled: bool
    note: str | None = Field(None, max_length=500)


class ProofIn(Strict):
    summary: str = Field(min_length=3, max_length=2000)
    documents: list[str] = Field(default_factory=list, max_length=20, description="references to the proof documents")
    complaint_id: str | None = Field(None, max_length=60)


Penalty = Literal["fine", "warning", "suspension"]


class ViolationIn(Strict):
    """CLM-C/CH/H1: a review office reports a proven breach and may propose a penalty; it does not fine or suspend."""

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
            raise ValueError("CLM-CH: a review office reports and proposes; cash fines and licence suspension are decided by the licensing "
                             "headquarters on the secretariat's proposal. Use proposed_penalty / proposed_fine_rials, and "
                             "compensation_client_rials / compensation_organization_rials (CLM-H1)")
        return data


class PenaltyProposalIn(Strict):
    """CLM-CH: the secretariat proposes a penalty (a cash fine is the secretariat's proposal) to the licensing headquarters."""

    penalty: Penalty
    fine_rials: int = Field(0, ge=0, le=10**13)
    note: str | None = Field(None, max_length=2000)


class PenaltyDecisionIn(Strict):
    """CLM-CH: the licensing headquarters (ستاد صدور جواز) decides: imposes a penalty or rejects the proposals."""

    outcome: Literal["imposed", "rejected"]
    penalty: Penalty | None = None
    fine_rials: int = Field(0, ge=0, le=10**13)
    letter_number: str = Field(min_length=2, max_length=80, description="the headquarters' decision letter")
    note: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _penalty(self) -> "PenaltyDecisionIn":
        if self.outcome == "imposed" and self.penalty is None:
            raise ValueError("an imposed decision names the penalty")
        if self.outcome == "rejected" and (self.penalty or self.fine_rials):
            raise ValueError("a rejection imposes no penalty")
        return self


class CompensationPaidIn(Strict):
    payee: Literal["client", "organization"] = Field("client", description="CLM-H1: the clients or the Organization")
    paid_on: JDate


class AssessmentRulesIn(Strict):
    version: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{1,79}$")
    organization_share: dict[str, str | float]
    tariff_ceilings_rials: dict[str, int] = Field(default_factory=dict)
    prosthesis: dict[str, Any] = Field(default_factory=dict)
    unknown_service_code: Literal["exclude", "no_ceiling"] = "exclude"
    confirmed: bool = Field(False, description="SHR-PROV: the review office confirms these are its rules; assessments on unconfirmed data are provisional and cannot be approved")
    note: str | None = Field(None, max_length=2000)


class WageIn(Strict):
    daily_rials: int = Field(gt=0, le=10**10)
    source: str = Field(min_length=10, max_length=1000, description="the resolution or circular the figure comes from")


class RolloutApprovalIn(Strict):
    """CLM-H2: the approval to extend the process beyond the pilot, as recorded in its letter."""

    approved_by: list[Literal["indirect_treatment_directorate", "secretariat"]] = Field(min_length=1, max_length=2)
    letter_number: str = Field(min_length=2, max_length=80)
    letter_date: JDate
    note: str | None = Field(None, max_length=2000)
