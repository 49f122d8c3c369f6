"""Request bodies of the case routes (CLM-A1 registration, A3 controls, A6 review)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claims.cases.rules import CONTROL_CODES, RETURN_REASONS, UnknownCaseType, parse_case_type
from claims.common import Basis
from shared.errors import InvalidValue
from shared.jalali import JDate, JDateTime
from shared.pagination import Paginated
from shared.text import is_valid_national_code, normalize

MAX_RIALS = 10**14
CENTRE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,35}$"  # an inspections centre id (uuid); never a path
MEDIA_TYPES = ("application/pdf", "image/jpeg", "image/png", "image/tiff")
DOC_TYPES = ("bill", "prescription", "discharge_summary", "prosthesis_invoice", "supplementary_statement", "id_document", "power_of_attorney", "other")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _national_code(v: str) -> str:
    v = normalize(v)
    if not is_valid_national_code(v):
        raise InvalidValue("not a valid Iranian national code (10 digits with a valid check digit)", "کد ملی معتبر نیست (۱۰ رقم با رقم کنترل درست).")
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
        raise InvalidValue(
            "one line per eye: an off-label authorization is per eye (right or left)",
            "برای هر چشم یک ردیف لازم است: مجوز مصرف خارج از دستورالعمل برای هر چشم (راست یا چپ) جداست.",
        )
    if key not in _EYES:
        raise InvalidValue(f"{v!r} is not an eye: use right (OD) or left (OS)", f"«{v}» چشم نیست: راست (OD) یا چپ (OS) بنویسید.")
    return _EYES[key]


class LineIn(Strict):
    service_code: str = Field(min_length=1, max_length=40)
    description: str = Field(min_length=1, max_length=300)
    kind: Literal["service", "drug"] = "service"
    quantity: int = Field(gt=0, le=100_000)
    unit_price_rials: int = Field(ge=0, le=MAX_RIALS)
    amount_rials: int = Field(ge=0, le=MAX_RIALS)
    off_label_use: str | None = Field(
        None, min_length=2, max_length=300, description="a drug line prescribed off-label names the use (checked with offlabel, SPEC X1)"
    )
    off_label_drug: str | None = Field(
        None, min_length=2, max_length=80, description="X1: the drug as offlabel knows it (INN, brand or Persian name); default: the line's description"
    )
    eye: str | None = Field(None, description="X1: right (OD) or left (OS); an off-label authorization is per eye")
    treatment_date: JDate | None = Field(None, description="X1/X2: the treatment date (ISO or Jalali); default: the admission date")
    offlabel_authorization_id: str | None = Field(
        None, min_length=1, max_length=36, pattern=CENTRE_ID_PATTERN, description="X1: the offlabel authorization (request) id, if known"
    )
    regenerative_kind: Literal["regenerative", "cell_therapy", "exosome"] | None = Field(
        None, description="X2: the line is a regenerative-medicine, cell-therapy or exosome treatment (checked with inspections)"
    )
    irc_code: str | None = Field(None, min_length=3, max_length=80, description="X2: the treatment's IRC ethics approval code, if any")

    _eye_v = field_validator("eye", mode="before")(_eye)

    @model_validator(mode="after")
    def _off_label_only_for_drugs(self) -> "LineIn":
        if self.off_label_use and self.kind != "drug":
            raise InvalidValue("off_label_use is only for drug lines", "off_label_use فقط برای ردیف دارو است.")
        if (self.off_label_drug or self.eye or self.offlabel_authorization_id) and not self.off_label_use:
            raise InvalidValue(
                "off_label_drug, eye and offlabel_authorization_id belong to an off-label line (off_label_use)",
                "off_label_drug، eye و offlabel_authorization_id فقط در ردیف مصرف خارج از دستورالعمل (off_label_use) می‌آیند.",
            )
        if self.irc_code and not self.regenerative_kind:
            raise InvalidValue(
                "irc_code belongs to a regenerative / cell-therapy / exosome line (regenerative_kind)",
                "irc_code فقط در ردیف درمان بازساختی، سلول‌درمانی یا اگزوزوم (regenerative_kind) می‌آید.",
            )
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
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "national_code": "0012345679",
                    "insurance_number": "1234567890",
                    "is_pensioner": False,
                    "case_type": "بستری",
                    "centre_code": "HOSP-THR-17",
                    "centre_name": "بیمارستان امام خمینی تهران",
                    "admission_date": "1404/07/20",
                    "discharge_date": "1404/07/23",
                    "bill_number": "B-140407-0815",
                    "lines": [
                        {"service_code": "500100", "description": "تخت بستری", "quantity": 3, "unit_price_rials": 20000000, "amount_rials": 60000000},
                        {"service_code": "802145", "description": "آزمایش خون", "quantity": 1, "unit_price_rials": 5000000, "amount_rials": 5000000},
                    ],
                    "bill_total_rials": 65000000,
                    "prosthesis_rials": 0,
                    "total_paid_rials": 65000000,
                    "supplementary_insurer": "بیمه دانا",
                    "supplementary_paid_rials": 20000000,
                    "supplementary_paid_to": "centre",
                    "patient_paid_rials": 45000000,
                    "documents_received_at": "1404/08/04 09:00",
                    "attachments": [
                        {
                            "doc_type": "bill",
                            "file_name": "صورتحساب.pdf",
                            "media_type": "application/pdf",
                            "size_bytes": 120000,
                            "sha256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                        }
                    ],
                }
            ]
        },
    )

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
    supplementary_paid_to: Literal["centre", "patient"] = Field(
        "centre", description="whether the supplementary insurer paid the centre or reimbursed the patient"
    )
    patient_paid_rials: int = Field(ge=0, le=MAX_RIALS, description="A3-7: what the patient paid")
    documents_received_at: JDateTime
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=50)
    inspections_center_id: str | None = Field(
        None,
        min_length=1,
        max_length=36,
        pattern=CENTRE_ID_PATTERN,
        description="X2: the centre's id in the inspections registry (closed on the treatment date?)",
    )

    _nc = field_validator("national_code")(_national_code)

    @field_validator("case_type")
    @classmethod
    def _case_type(cls, v: str) -> str:
        try:
            return parse_case_type(v).value
        except UnknownCaseType as exc:
            raise InvalidValue(str(exc), "نوع پرونده نامعتبر است: سرپایی، بستری یا گلوبال (بند الف-۲).") from None

    @model_validator(mode="after")
    def _supplementary(self) -> "CaseIn":
        if self.supplementary_paid_rials and not self.supplementary_insurer:
            raise InvalidValue(
                "supplementary_insurer is required when supplementary_paid_rials is given",
                "با وارد کردن مبلغ پرداختی بیمه تکمیلی، نام بیمه تکمیلی (supplementary_insurer) لازم است.",
            )
        for i, ln in enumerate(self.lines):
            if ln.treatment_date is not None:
                if ln.treatment_date < self.admission_date:
                    raise InvalidValue(f"lines.{i}.treatment_date is before the admission date", f"تاریخ درمان ردیف {i + 1} پیش از تاریخ پذیرش است.")
                if self.discharge_date is not None and ln.treatment_date > self.discharge_date:
                    raise InvalidValue(f"lines.{i}.treatment_date is after the discharge date", f"تاریخ درمان ردیف {i + 1} پس از تاریخ ترخیص است.")
        return self


class ControlIn(Strict):
    code: Literal[CONTROL_CODES]  # type: ignore[valid-type]
    result: Literal["passed", "failed"]
    note: str | None = Field(None, max_length=2000)


class ControlsIn(Strict):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "controls": [
                        {"code": "patient_identity", "result": "passed", "note": "مشخصات بیمار با صورتحساب مطابقت دارد"},
                        {"code": "admission_date", "result": "passed"},
                    ]
                }
            ]
        },
    )

    controls: list[ControlIn] = Field(min_length=1, max_length=7)

    @model_validator(mode="after")
    def _unique(self) -> "ControlsIn":
        codes = [c.code for c in self.controls]
        if len(codes) != len(set(codes)):
            raise InvalidValue("each control may appear once", "هر کنترل فقط یک بار می‌تواند بیاید.")
        return self


class ReviewIn(Strict):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"outcome": "returned", "reason_codes": ["data_entry_error"], "text": "کد ملی بیمار در سامانه با صورتحساب مطابقت ندارد"}]
        },
    )

    outcome: Literal["approved", "returned"]
    reason_codes: list[Literal[tuple(RETURN_REASONS)]] = Field(default_factory=list, max_length=len(RETURN_REASONS))  # type: ignore[valid-type]
    text: str | None = Field(None, max_length=4000)

    @model_validator(mode="after")
    def _reasons(self) -> "ReviewIn":
        if self.outcome == "returned" and (not self.reason_codes or not (self.text or "").strip()):
            raise InvalidValue("CLM-A6: a return needs coded reasons and a written text", "اعاده پرونده به کد دلایل و شرح مکتوب نیاز دارد (بند الف-۶).")
        if self.outcome == "approved" and self.reason_codes:
            raise InvalidValue("an approval carries no return reasons", "تأیید پرونده دلیل اعاده ندارد.")
        return self


class CaseCorrection(Strict):
    """CLM-A7: what the agency may correct before (re)submission; the merged case is validated like a registration."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"national_code": "0087654326", "note": "کد ملی بیمار اصلاح شد"}]})

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
            raise InvalidValue(str(exc), "نوع پرونده نامعتبر است: سرپایی، بستری یا گلوبال (بند الف-۲).") from None


class WithdrawalIn(Strict):
    """CLM-A7 (platform rule): withdraw a case before approval, with the reason."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"reason": "بیمه‌شده درخواست خود را پس گرفت"}]})

    reason: str = Field(min_length=3, max_length=2000, description="why the case is withdrawn (e.g. the insured withdrew the request)")


# ============================================================================ answers (issue 16: typed responses)


class Out(BaseModel):
    """The base of the claims answers (fields beyond the model are not sent)."""


class RepresentativeView(Out):
    """The person who brought the documents on the insured person's behalf."""

    name: str
    national_code: str
    relation: str


class LineCheck(Out):
    """One question asked of offlabel or inspections about a line (SPEC X1/X2), with its answer."""

    model_config = ConfigDict(extra="allow")


class LineVerification(Out):
    """A line's cross-service verification (SPEC X1/X2): the last answer, why, and the checks behind it."""

    model_config = ConfigDict(extra="allow")

    status: str = Field(description="pending_verification | needs_review | verified | not_reimbursable")
    reason: str | None = Field(None, description="Why the line is in this state, in English")
    held: bool | None = Field(None, description="True while the line's amount is held (neither paid nor refused)")
    retryable: bool | None = Field(None, description="True when asking again may change the answer (a service was down)")
    trigger: str | None = Field(None, description="What asked last: assessment | user | periodic")
    checks: list[dict[str, Any]] = Field(default_factory=list, description="The questions asked and each service's answer")
    basis: Basis | None = None
    decision_id: str | None = None
    attempts: int | None = Field(None, description="How many times the line was asked so far")
    checked_at: str | None = Field(None, description="When it was last asked (ISO 8601, Tehran offset)")
    checked_at_jalali: str | None = None


class CaseLineView(Out):
    """One line of the bill, with its SPEC X1/X2 facts and verification state."""

    line_no: int = Field(description="From 1, in the bill's order")
    kind: Literal["service", "drug"]
    service_code: str
    description: str
    quantity: int
    unit_price_rials: int
    amount_rials: int
    off_label_use: str | None = None
    off_label_drug: str | None = None
    eye: str | None = Field(None, description="right | left (an off-label authorization is per eye)")
    treatment_date: str | None = Field(None, description="ISO date; the admission date when the line gives none")
    treatment_date_jalali: str | None = None
    offlabel_authorization_id: str | None = None
    regenerative_kind: str | None = None
    irc_code: str | None = None
    verification_status: str = Field(description="not_required | pending_verification | needs_review | verified | not_reimbursable")
    verification: LineVerification | None = Field(None, description="None when the line needs no cross-service check")


class VerificationSummary(Out):
    """SPEC X1/X2 at a glance: which lines are held, refused or verified; approval waits while any is held."""

    state: Literal["held", "complete", "not_required"]
    pending_lines: list[int]
    needs_review_lines: list[int]
    not_reimbursable_lines: list[int]
    verified_lines: list[int]
    approval_blocked: bool = Field(description="True while a line is held: the review office cannot approve yet")


class AttachmentView(Out):
    """A document attached to the case (its metadata; the file itself is kept by the agency)."""

    doc_type: str
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str


class ControlView(Out):
    """One of the seven CLM-A3 controls, recorded or not yet."""

    code: str
    clause: str = Field(description="The circular's clause (A3-1 .. A3-7)")
    label: str
    label_fa: str
    result: Literal["passed", "failed"] | None = Field(None, description="None while not recorded")
    note: str | None = None
    recorded_by: str | None = None
    recorded_at: str | None = None
    recorded_at_jalali: str | None = None


class Checklist(Out):
    """CLM-A3: the seven controls; the case can be assessed only when all are recorded and passed."""

    complete: bool
    passed: bool
    missing: list[str] = Field(description="Codes of the controls not recorded yet")
    failed: list[str] = Field(description="Codes of the controls recorded as failed")
    controls: list[ControlView]


class AssessmentLine(Out):
    """CLM-A4 for one line: billed, allowed under the ceiling, the Organization's share and what it pays."""

    model_config = ConfigDict(extra="allow")

    line_no: int
    service_code: str
    billed_rials: int
    allowed_rials: int
    share: str = Field(description="The Organization's share, as a decimal string")
    reimbursable_rials: int
    status: str = Field(description="assessed | excluded | pending_verification | needs_review | not_reimbursable")
    explanation: str


class CaseAssessment(Out):
    """CLM-A4: the reimbursable amount per line and in total, under the review office's rule data (stored with the case)."""

    model_config = ConfigDict(extra="allow")

    rule_data_version: str
    case_type: str
    lines: list[AssessmentLine]
    prosthesis: dict[str, Any] = Field(description="The prosthesis rule's figures (billed, share, ceiling, reimbursable)")
    lines_total_rials: int
    gross_rials: int = Field(description="Lines plus prosthesis, before the out-of-pocket cap")
    cap_rials: int = Field(description="What the patient bore after the supplementary insurer (the payment cannot exceed it)")
    capped: bool
    reimbursable_rials: int = Field(description="What the Organization pays now")
    pending_verification_rials: int | None = Field(None, description="Held until offlabel / inspections answer (SPEC X1/X2)")
    not_reimbursable_rials: int | None = Field(None, description="What refused lines would have been paid")
    held_lines: list[int] = Field(default_factory=list)
    not_reimbursable_lines: list[int] = Field(default_factory=list)
    provisional: bool | None = Field(None, description="SHR-PROV: true when the rule data is not confirmed (shown, never approved)")
    provisional_reasons: list[str] = Field(default_factory=list)
    provisional_elsewhere: list[str] = Field(default_factory=list, description="Other services' provisional citations (shown, not deciding)")
    basis: Basis = []
    decision_id: str | None = None


class RuleDataStatus(Out):
    """CLM-H3: the rule data version the assessment used, and whether the review office has published a newer one."""

    assessed_with: str
    current: str
    is_current: bool
    basis: Basis
    note: str


class CaseDeadline(Out):
    """CLM-A5: the delivery deadline in the review office's working days."""

    counts_from: str = Field(description="receipt | return | registration: what the 15 working days count from")
    due_date: str = Field(description="ISO date")
    due_date_jalali: str
    due_at: str = Field(description="The end of office hours on the due date (ISO 8601 with offset)")
    due_at_jalali: str
    state: str = Field(description="on_time | due_soon | overdue | delivered_on_time | delivered_late | closed")
    working_days_left: int
    delivery_window: str
    basis: Basis


class CaseReviewView(Out):
    """One CLM-A6 review of the case: approved, or returned with coded reasons."""

    cycle: int
    outcome: Literal["approved", "returned"]
    reason_codes: list[str]
    reasons: list[str]
    text: str | None = None
    reviewer: str | None = None
    decided_at: str | None = None
    decided_at_jalali: str | None = None
    decision_id: str | None = None


class CaseFee(Out):
    """CLM-P: the case's one fee (earned at approval, priced by the registration year)."""

    status: str = Field(description="not_earned_yet | earned | earned_fee_unknown | fee_unknown | none | none_withdrawn | not_earned | ...")
    amount_rials: int | None = Field(None, description="None while the fee is unknown (the year's wage is not recorded) or not earned")
    payer: str
    registration_year: int | None = None
    registration_month: int | None = None
    decision_id: str | None = None


class ClaimCase(Out):
    """A case as agency staff, its review office, the secretariat and administrators see it (CLM-A)."""

    id: str
    agency_code: str
    state: str = Field(description="registered | controlled | assessed | submitted | returned | approved | withdrawn")
    version: int = Field(description="The ETag's number: send it back as If-Match to change the case")
    national_code: str
    insurance_number: str
    is_pensioner: bool
    representative: RepresentativeView | None = None
    case_type: str = Field(description="outpatient | inpatient | global")
    centre_code: str
    centre_name: str
    admission_date: str | None
    admission_date_jalali: str | None
    discharge_date: str | None = None
    discharge_date_jalali: str | None = None
    bill_number: str
    lines: list[CaseLineView]
    inspections_center_id: str | None = None
    verification: VerificationSummary
    bill_total_rials: int
    prosthesis_rials: int
    total_paid_rials: int
    supplementary_insurer: str | None = None
    supplementary_paid_rials: int
    supplementary_paid_to: str | None = None
    patient_paid_rials: int
    documents_received_at: str | None
    documents_received_at_jalali: str | None
    registered_at: str | None
    registered_at_jalali: str | None
    attachments: list[AttachmentView]
    checklist: Checklist
    assessment: CaseAssessment | None = Field(None, description="CLM-A4, once assessed (cleared by a correction or a new checklist)")
    reimbursable_rials: int | None = None
    rule_data_version: str | None = None
    rule_data: RuleDataStatus | None = None
    cycle: int = Field(description="1, then one more per return (CLM-A7)")
    cycle_started_at: str | None
    cycle_started_at_jalali: str | None
    deadline: CaseDeadline
    submitted_at: str | None = None
    submitted_at_jalali: str | None = None
    delivery_counts_at: str | None = Field(None, description="When the delivery counts (the next 10:00-closing window, CLM-A5)")
    delivery_counts_at_jalali: str | None = None
    approved_at: str | None = None
    approved_at_jalali: str | None = None
    withdrawn_at: str | None = None
    withdrawn_at_jalali: str | None = None
    withdrawal_reason: str | None = None
    returns: int
    reviews: list[CaseReviewView]
    fee: CaseFee


class CorrectedCase(ClaimCase):
    """The case after a CLM-A7 correction, with the fields that changed."""

    changed: list[str] = Field(description="The fields whose value changed (and `attachments` when documents were added)")


class WithdrawalOutcome(Out):
    """CLM-A7 (platform rule): the withdrawal as recorded."""

    from_state: str
    withdrawn_at: str | None
    withdrawn_at_jalali: str | None
    reason: str
    decision_id: str


class WithdrawnCase(ClaimCase):
    """The case after its withdrawal, with the withdrawal's record."""

    withdrawal: WithdrawalOutcome


class InsuredDeadline(Out):
    """The CLM-A5 deadline as the insured person sees it."""

    due_date: str
    due_date_jalali: str
    state: str
    working_days_left: int


class InsuredCaseView(Out):
    """The insured person's read-only status view of their own case (no staff notes, no other person's data)."""

    id: str
    state: str
    case_type: str
    agency_code: str
    centre_name: str
    admission_date: str | None
    admission_date_jalali: str | None
    registered_at: str | None
    registered_at_jalali: str | None
    deadline: InsuredDeadline
    returns: int
    reimbursable_rials: int | None = Field(None, description="Set once the case is approved")
    charges_to_insured_rials: int = Field(description="Always 0: nothing may be charged to the insured (CLM-P note 2)")


class CaseDecision(Out):
    """One decision record of the case's history."""

    decision_id: str
    kind: str = Field(description="claims.case.registered, claims.case.controls, claims.case.assessment, ...")
    outcome: Any = Field(description="What was decided (the shape depends on `kind`)")
    basis: Any = Field(description="The citations the decision rests on (SHR-PROV)")
    ruleset_version: str | None = None
    actor_role: str | None = None
    actor_org: str | None = None
    created_at: str | None
    created_at_jalali: str | None


class CaseHistory(Out):
    """Every decision on a case, in order."""

    case_id: str
    items: list[CaseDecision]


class AssessmentOutcome(CaseAssessment):
    """CLM-A4: the assessment just made, with the case's new state and version."""

    case_id: str
    state: str
    version: int


class SubmissionOutcome(Out):
    """CLM-A5/A7: the delivery to the review office, and whether it is on time."""

    case_id: str
    state: str
    version: int
    cycle: int
    submitted_at: str
    delivery_counts_at: str = Field(description="The next 10:00-closing window when submitted outside it")
    delivery_counts_at_jalali: str
    deadline: CaseDeadline
    on_time: bool
    decision_id: str


class ReviewOutcome(Out):
    """CLM-A6: the review office's decision: approval (with the amount and the fee) or return (new deadline)."""

    case_id: str
    state: str
    version: int
    outcome: Literal["approved", "returned"]
    cycle: int
    reimbursable_rials: int | None = Field(None, description="On approval")
    fee: CaseFee | None = Field(None, description="On approval: the case's one fee")
    reason_codes: list[str] | None = Field(None, description="On return")
    reasons: list[str] | None = Field(None, description="On return: the coded reasons in words")
    text: str | None = Field(None, description="On return: the review office's text")
    new_due_date: str | None = Field(None, description="On return: the new CLM-A5 deadline (15 working days from the day after)")
    new_due_date_jalali: str | None = None
    decision_id: str


class InsuredCaseSummary(Out):
    """One of the insured person's cases in their list."""

    id: str
    state: str
    case_type: str
    centre_name: str
    registered_at: str | None
    registered_at_jalali: str | None
    due_date: str
    due_date_jalali: str
    deadline_state: str
    reimbursable_rials: int | None = Field(None, description="Set once the case is approved")


class InsuredCaseList(Paginated[InsuredCaseSummary]):
    """The insured person's own cases, newest first."""


class CaseSummary(Out):
    """A case in an agency's list, with its deadline state."""

    id: str
    state: str
    case_type: str
    national_code: str
    bill_number: str
    total_paid_rials: int
    registered_at: str | None
    registered_at_jalali: str | None
    due_date: str
    due_date_jalali: str
    deadline_state: str
    working_days_left: int
    returns: int
    version: int


class CaseListFilter(Out):
    """The filters the list was read with."""

    overdue: bool | None = None
    state: str | None = None
    held: bool | None = None


class AgencyCaseList(Paginated[CaseSummary]):
    """An agency's cases, by deadline (earliest first)."""

    agency_code: str
    filter: CaseListFilter
