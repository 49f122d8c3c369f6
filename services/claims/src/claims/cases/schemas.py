"""Request bodies of the case routes (CLM-A1 registration, A3 controls, A6 review)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shared.jalali import JDate, JDateTime
from shared.text import is_valid_national_code, normalize

from claims.cases.rules import CONTROL_CODES, RETURN_REASONS, UnknownCaseType, parse_case_type

MAX_RIALS = 10**14
CENTRE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,35}$"  # an inspections centre id (uuid); never a path
MEDIA_TYPES = ("application/pdf", "image/jpeg", "image/png", "image/tiff")
DOC_TYPES = ("bill", "prescription", "discharge_summary", "prosthesis_invoice", "supplementary_statement", "id_document", "power_of_attorney", "other")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _national_code(v: str) -> str:
    v = normalize(v)
    if not is_valid_national_code(v):
        raise ValueError("not a valid Iranian national code (10 digits with a valid check digit)")
    return v


class RepresentativeIn(Strict):
    name: str = Field(min_length=2, max_length=120)
    national_code: str
    relation: str = Field(min_length=2, max_length=60, examples=["spouse", "child", "attorney"])

    _nc = field_validator("national_code")(_national_code)


_EYES = {"right": "right", "od": "right", "r": "right", "راست": "right", "left": "left", "os": "left", "l": "left", "چپ": "left"}


def _eye(v: str | None) -> str | None:
    if v is None:
        return v
    key = normalize(str(v)).strip().lower()
    if key in ("both", "ou", "هر دو"):
        raise ValueError("one line per eye: an off-label authorization is per eye (right or left)")
    if key not in _EYES:
        raise ValueError(f"{v!r} is not an eye: use right (OD) or left (OS)")
    return _EYES[key]


class LineIn(Strict):
    service_code: str = Field(min_length=1, max_length=40)
    description: str = Field(min_length=1, max_length=300)
    kind: Literal["service", "drug"] = "service"
    quantity: int = Field(gt=0, le=100_000)
    unit_price_rials: int = Field(ge=0, le=MAX_RIALS)
    amount_rials: int = Field(ge=0, le=MAX_RIALS)
    off_label_use: str | None = Field(None, min_length=2, max_length=300, description="a drug line prescribed off-label names the use (checked with offlabel, SPEC X1)")
    off_label_drug: str | None = Field(None, min_length=2, max_length=80, description="X1: the drug as offlabel knows it (INN, brand or Persian name); default: the line's description")
    eye: str | None = Field(None, description="X1: right (OD) or left (OS); an off-label authorization is per eye")
    treatment_date: JDate | None = Field(None, description="X1/X2: the treatment date (ISO or Jalali); default: the admission date")
    offlabel_authorization_id: str | None = Field(None, min_length=1, max_length=36, pattern=CENTRE_ID_PATTERN, description="X1: the offlabel authorization (request) id, if known")
    regenerative_kind: Literal["regenerative", "cell_therapy", "exosome"] | None = Field(
        None, description="X2: the line is a regenerative-medicine, cell-therapy or exosome treatment (checked with inspections)")
    irc_code: str | None = Field(None, min_length=3, max_length=80, description="X2: the treatment's IRC ethics approval code, if any")

    _eye_v = field_validator("eye", mode="before")(_eye)

    @model_validator(mode="after")
    def _off_label_only_for_drugs(self) -> "LineIn":
        if self.off_label_use and self.kind != "drug":
            raise ValueError("off_label_use is only for drug lines")
        if (self.off_label_drug or self.eye or self.offlabel_authorization_id) and not self.off_label_use:
            raise ValueError("off_label_drug, eye and offlabel_authorization_id belong to an off-label line (off_label_use)")
        if self.irc_code and not self.regenerative_kind:
            raise ValueError("irc_code belongs to a regenerative / cell-therapy / exosome line (regenerative_kind)")
        if self.off_label_use and not self.off_label_drug:
            self.off_label_drug = normalize(self.description)[:80]
        return self


class AttachmentIn(Strict):
    doc_type: Literal[DOC_TYPES]  # type: ignore[valid-type]
    file_name: str = Field(min_length=1, max_length=200)
    media_type: Literal[MEDIA_TYPES]  # type: ignore[valid-type]
    size_bytes: int = Field(gt=0, description="limit: 10 MiB per file (413 above)")
    sha256: str = Field(pattern=r"^[0-9a-fA-F]{64}$")


class CaseIn(Strict):
    agency_code: str | None = Field(None, max_length=40, description="taken from the token for agency staff; required for admin")
    national_code: str = Field(description="insured person's national code (validated)")
    insurance_number: str = Field(min_length=3, max_length=40)
    is_pensioner: bool = False
    representative: RepresentativeIn | None = None
    case_type: str = Field(description="CLM-A2: outpatient | inpatient | global (or سرپایی | بستری | گلوبال)")
    centre_code: str = Field(min_length=1, max_length=60)
    centre_name: str = Field(min_length=2, max_length=200)
    admission_date: JDate
    discharge_date: JDate | None = None
    bill_number: str = Field(min_length=1, max_length=60)
    lines: list[LineIn] = Field(min_length=1, max_length=500)
    bill_total_rials: int = Field(ge=0, le=MAX_RIALS)
    prosthesis_rials: int = Field(0, ge=0, le=MAX_RIALS)
    total_paid_rials: int = Field(ge=0, le=MAX_RIALS, description="A3-6: bill plus prosthesis")
    supplementary_insurer: str | None = Field(None, max_length=120)
    supplementary_paid_rials: int = Field(0, ge=0, le=MAX_RIALS)
    supplementary_paid_to: Literal["centre", "patient"] = Field("centre", description="whether the supplementary insurer paid the centre or reimbursed the patient")
    patient_paid_rials: int = Field(ge=0, le=MAX_RIALS, description="A3-7: what the patient paid")
    documents_received_at: JDateTime
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=50)
    inspections_center_id: str | None = Field(None, min_length=1, max_length=36, pattern=CENTRE_ID_PATTERN,
                                              description="X2: the centre's id in the inspections registry (closed on the treatment date?)")

    _nc = field_validator("national_code")(_national_code)

    @field_validator("case_type")
    @classmethod
    def _case_type(cls, v: str) -> str:
        try:
            return parse_case_type(v).value
        except UnknownCaseType as exc:
            raise ValueError(str(exc)) from None

    @model_validator(mode="after")
    def _supplementary(self) -> "CaseIn":
        if self.supplementary_paid_rials and not self.supplementary_insurer:
            raise ValueError("supplementary_insurer is required when supplementary_paid_rials is given")
        for i, ln in enumerate(self.lines):
            if ln.treatment_date is not None:
                if ln.treatment_date < self.admission_date:
                    raise ValueError(f"lines.{i}.treatment_date is before the admission date")
                if self.discharge_date is not None and ln.treatment_date > self.discharge_date:
                    raise ValueError(f"lines.{i}.treatment_date is after the discharge date")
        return self


class ControlIn(Strict):
    code: Literal[CONTROL_CODES]  # type: ignore[valid-type]
    result: Literal["passed", "failed"]
    note: str | None = Field(None, max_length=2000)


class ControlsIn(Strict):
    controls: list[ControlIn] = Field(min_length=1, max_length=7)

    @model_validator(mode="after")
    def _unique(self) -> "ControlsIn":
        codes = [c.code for c in self.controls]
        if len(codes) != len(set(codes)):
            raise ValueError("each control may appear once")
        return self


class ReviewIn(Strict):
    outcome: Literal["approved", "returned"]
    reason_codes: list[Literal[tuple(RETURN_REASONS)]] = Field(default_factory=list, max_length=len(RETURN_REASONS))  # type: ignore[valid-type]
    text: str | None = Field(None, max_length=4000)

    @model_validator(mode="after")
    def _reasons(self) -> "ReviewIn":
        if self.outcome == "returned" and (not self.reason_codes or not (self.text or "").strip()):
            raise ValueError("CLM-A6: a return needs coded reasons and a written text")
        if self.outcome == "approved" and self.reason_codes:
            raise ValueError("an approval carries no return reasons")
        return self


class CaseCorrection(Strict):
    """CLM-A7: what the agency may correct before (re)submission; the merged case is validated like a registration."""

    national_code: str | None = Field(None, description="A3-1: the insured person's national code (validated)")
    insurance_number: str | None = Field(None, min_length=3, max_length=40)
    is_pensioner: bool | None = None
    representative: RepresentativeIn | None = None
    case_type: str | None = None
    centre_code: str | None = Field(None, min_length=1, max_length=60, description="A3-3")
    centre_name: str | None = Field(None, min_length=2, max_length=200)
    admission_date: JDate | None = Field(None, description="A3-2")
    discharge_date: JDate | None = None
    bill_number: str | None = Field(None, min_length=1, max_length=60, description="A3-6")
    documents_received_at: JDateTime | None = Field(None, description="CLM-A5: when the agency received the documents")
    lines: list[LineIn] | None = Field(None, min_length=1, max_length=500)
    bill_total_rials: int | None = Field(None, ge=0, le=MAX_RIALS)
    prosthesis_rials: int | None = Field(None, ge=0, le=MAX_RIALS)
    total_paid_rials: int | None = Field(None, ge=0, le=MAX_RIALS)
    supplementary_insurer: str | None = Field(None, max_length=120)
    supplementary_paid_rials: int | None = Field(None, ge=0, le=MAX_RIALS)
    supplementary_paid_to: Literal["centre", "patient"] | None = None
    patient_paid_rials: int | None = Field(None, ge=0, le=MAX_RIALS)
    inspections_center_id: str | None = Field(None, min_length=1, max_length=36, pattern=CENTRE_ID_PATTERN)
    attachments_add: list[AttachmentIn] = Field(default_factory=list, max_length=50)
    note: str = Field(min_length=3, max_length=2000, description="what was corrected and why")

    @field_validator("national_code")
    @classmethod
    def _nc_v(cls, v: str | None) -> str | None:
        return None if v is None else _national_code(v)

    @field_validator("case_type")
    @classmethod
    def _case_type(cls, v: str | None) -> str | None:
        if v is None:
            return v
        try:
            return parse_case_type(v).value
        except UnknownCaseType as exc:
            raise ValueError(str(exc)) from None


class WithdrawalIn(Strict):
    """CLM-A7 (platform rule): withdraw a case before approval, with the reason."""

    reason: str = Field(min_length=3, max_length=2000, description="why the case is withdrawn (e.g. the insured withdrew the request)")
