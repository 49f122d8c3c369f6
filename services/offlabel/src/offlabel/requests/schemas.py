"""Request bodies for off-label requests (OFL-R): strict input, Jalali or ISO dates, Persian digits accepted."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema, field_validator, model_validator

from offlabel.guidelines.schemas import OffLabelCitation, normalize_icd10
from shared.errors import InvalidValue
from shared.jalali import JDate
from shared.pagination import Paginated
from shared.text import is_valid_national_code, normalize

_EYES = {"right": "right", "od": "right", "r": "right", "راست": "right", "left": "left", "os": "left", "l": "left", "چپ": "left"}
_DOSE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,4})?$")


def _eye(v: Any) -> Any:
    if isinstance(v, str):
        key = normalize(v).lower()
        if key in ("both", "ou", "هر دو"):
            raise InvalidValue(
                "one request per eye: file a request for the right eye and one for the left eye",
                "برای هر چشم یک درخواست جدا ثبت کنید: یکی برای چشم راست و یکی برای چشم چپ",
            )
        if key in _EYES:
            return _EYES[key]
        raise InvalidValue(f"{v!r} is not an eye: use right (OD) or left (OS)", "چشم نامعتبر است: راست (OD) یا چپ (OS)")
    return v


def _dose(v: Any) -> Any:
    """mg as a number or text; Persian/Arabic-Indic digits and the Persian decimal separator ٫ are accepted (۱٫۲۵ = 1.25)."""
    if isinstance(v, bool):
        raise InvalidValue("the dose must be a number of mg such as 1.25", "دوز باید عددی بر حسب میلی‌گرم باشد، مانند ۱٫۲۵")
    if isinstance(v, (int, float)):
        v = repr(v) if isinstance(v, float) else str(v)
    if not isinstance(v, str):
        raise InvalidValue("the dose must be a number of mg such as 1.25", "دوز باید عددی بر حسب میلی‌گرم باشد، مانند ۱٫۲۵")
    text = normalize(v).replace("\u066b", ".")
    if "," in text or "\u066c" in text or "/" in text:
        raise InvalidValue(
            f"{v!r} is ambiguous: write the dose in mg with a decimal point, e.g. 1.25 or ۱٫۲۵ (no comma, no slash)",
            "دوز مبهم است: آن را با ممیز بنویسید، مانند 1.25 یا ۱٫۲۵ (بدون ویرگول یا خط مورب)",
        )
    if not _DOSE_RE.fullmatch(text):
        raise InvalidValue(f"{v!r} is not a dose in mg: use a number such as 1.25 (units are implied)", "دوز نامعتبر است: عددی مانند ۱٫۲۵ بنویسید (بدون واحد)")
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the regex already rules it out
        raise InvalidValue(f"{v!r} is not a number", "دوز باید عدد باشد") from None


def _dose_value(v: Any) -> Any:
    """Like _dose, for any unit (up to 5 integer digits): 375 mg/m2, 1000 units."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        v = repr(v) if isinstance(v, float) else str(v)
    if isinstance(v, str) and re.fullmatch(r"\d{3,5}(?:\.\d{1,4})?", normalize(v).replace("\u066b", ".")):
        return Decimal(normalize(v).replace("\u066b", "."))
    return _dose(v)


def _icd(v: Any) -> Any:
    if not isinstance(v, str):
        raise InvalidValue("an ICD-10 code must be text such as H35.32", "کد ICD-10 باید متنی مانند H35.32 باشد")
    return normalize_icd10(v)  # InvalidIcd10 is an InvalidValue: English and Persian


def _national_code(v: Any) -> Any:
    if not isinstance(v, str):
        raise InvalidValue("the national code must be text of 10 digits", "کد ملی باید متنی ۱۰ رقمی باشد")
    code = normalize(v)
    if not is_valid_national_code(code):
        raise InvalidValue(f"{v!r} is not a valid Iranian national code (10 digits with a check digit)", "کد ملی معتبر نیست (۱۰ رقم با رقم کنترل)")
    return code


Eye = Annotated[Literal["right", "left"], BeforeValidator(_eye)]


def _site_of(obj: Any) -> str | None:
    """OFL-G-DATA: `site` is the body site; `eye` (right/left, OD/OS, راست/چپ) is the same for an eye guideline."""
    eye, site = getattr(obj, "eye", None), getattr(obj, "site", None)
    if site is not None and site in _EYES:
        site = _EYES[site]
    if eye and site and eye != site:
        raise InvalidValue(f"eye {eye!r} and site {site!r} disagree: send one of them", "چشم و محل تجویز با هم نمی‌خوانند: فقط یکی را بفرستید")
    return site or eye


DoseMg = Annotated[
    Decimal,
    BeforeValidator(_dose),
    Field(gt=0, le=10),
    WithJsonSchema({"type": "string", "description": 'mg per eye: 1.25, "1.25" or "۱٫۲۵"', "examples": ["1.25", "۱٫۲۵"]}),
]
DoseValue = Annotated[
    Decimal,
    BeforeValidator(_dose_value),
    Field(gt=0, le=9999),
    WithJsonSchema({"type": "string", "description": 'the dose in dose_unit: 375, "1.25" or "۱٫۲۵"', "examples": ["1.25", "375"]}),
]
Icd10 = Annotated[str, BeforeValidator(_icd), WithJsonSchema({"type": "string", "examples": ["H35.32", "E11.3"]})]
NationalCode = Annotated[str, BeforeValidator(_national_code), WithJsonSchema({"type": "string", "examples": ["0084575948"]})]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_\-]{0,59}$")]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EarlierInjectionIn(_In):
    date: JDate
    eye: Eye | None = None
    site: Slug | None = Field(None, description="the body site (for an eye: right or left); `eye` is the same for eye guidelines")
    drug: str | None = Field(None, max_length=80)

    @model_validator(mode="after")
    def _one_site(self) -> "EarlierInjectionIn":
        _site_of(self)
        return self


class RequestDocumentIn(_In):
    kind: Slug = Field(
        description="oct, oct-angiography, fluorescein-angiography, fundus-photography, visual-acuity, fundus-examination, widefield-imaging, risk-benefit-justification, ..."
    )
    date: JDate
    reference: str | None = Field(None, max_length=200, description="the document's number or file reference in the physician's record")


class InformedConsentIn(_In):
    obtained: bool
    date: JDate | None = None
    signed_by: Literal["patient", "guardian"] | None = None

    @model_validator(mode="after")
    def _dated(self) -> "InformedConsentIn":
        if self.obtained and self.date is None:
            raise InvalidValue("informed_consent.date is required when consent was obtained", "وقتی رضایت آگاهانه گرفته شده، تاریخ آن لازم است")
        return self


class RequestCreate(_In):
    """A physician's off-label request (OFL-R); council number and specialty come from the token."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "patient_national_code": "0084575948",
                    "insurer": "SSO",
                    "eye": "right",
                    "diagnosis_icd10": "H35.32",
                    "drug": "bevacizumab",
                    "dose_mg": "1.25",
                    "planned_date": "1403/02/15",
                    "care_setting": "sterile-injection-room",
                    "preparation": "single-use-vial",
                    "earlier_injections": [{"date": "1403/01/06", "eye": "right", "drug": "bevacizumab"}],
                    "documents": [
                        {"kind": "oct", "date": "1403/02/10", "reference": "OCT-1"},
                        {"kind": "visual-acuity", "date": "1403/02/10", "reference": "VA-1"},
                    ],
                    "contraindications": [],
                    "informed_consent": {"obtained": True, "date": "1403/02/14", "signed_by": "patient"},
                }
            ]
        },
    )

    patient_national_code: NationalCode
    insurer: str = Field(min_length=2, max_length=20, description="the patient's insurer code (SSO, IHIO, AFMSO, ...): required (OFL-I)")
    eye: Eye | None = Field(None, description="for an eye guideline: right (OD) or left (OS); the same as site")
    site: Slug | None = Field(None, description="the body site when the guideline has one (an eye: right / left)")
    diagnosis_icd10: Icd10
    drug: str = Field(min_length=2, max_length=80)
    route: Slug | None = Field(None, description="defaults to any route the drug's guideline covers")
    dose_mg: DoseMg | None = Field(None, description="the dose in mg (the same as dose with dose_unit mg)")
    dose: DoseValue | None = Field(None, description="the dose per administration, in dose_unit")
    dose_unit: Literal["mg", "mg/kg", "mg/m2", "units"] = "mg"
    planned_date: JDate
    care_setting: Slug | None = None
    preparation: Slug | None = None
    earlier_injections: list[EarlierInjectionIn] = Field(default_factory=list, max_length=200)
    documents: list[RequestDocumentIn] = Field(default_factory=list, max_length=50)
    contraindications: list[Slug] | None = Field(None, max_length=20, description="codes present; [] when none (null: not declared yet)")
    comorbidities_icd10: list[Icd10] = Field(default_factory=list, max_length=50)
    informed_consent: InformedConsentIn | None = None

    @field_validator("insurer")
    @classmethod
    def _upper(cls, v: str) -> str:
        return normalize(v).upper()

    @model_validator(mode="after")
    def _dose_and_site(self) -> "RequestCreate":
        if (self.dose is None) == (self.dose_mg is None):
            raise InvalidValue("send the dose once: dose (with dose_unit) or dose_mg", "دوز را یک بار بفرستید: dose (با dose_unit) یا dose_mg")
        if self.dose_mg is not None and self.dose_unit != "mg":
            raise InvalidValue(
                "dose_mg is in mg: send dose with dose_unit for other units", "dose_mg بر حسب میلی‌گرم است: برای واحدهای دیگر dose را با dose_unit بفرستید"
            )
        _site_of(self)
        return self

    @property
    def the_site(self) -> str | None:
        return _site_of(self)

    @property
    def the_dose(self) -> Decimal:
        return self.dose if self.dose is not None else self.dose_mg  # type: ignore[return-value]

    @model_validator(mode="after")
    def _earlier_before_planned(self) -> "RequestCreate":
        for i, inj in enumerate(self.earlier_injections):
            if inj.date > self.planned_date:
                raise InvalidValue(f"earlier_injections.{i}.date is after the planned date", "تاریخ تزریق قبلی پس از تاریخ برنامه‌ریزی‌شده است")
        return self


class DocumentsAdd(_In):
    """Documents (and missing declarations) added to a pending request; the request is re-evaluated (OFL-R)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "documents": [{"kind": "oct", "date": "1403/02/13", "reference": "OCT-7"}],
                    "informed_consent": {"obtained": True, "date": "1403/02/14", "signed_by": "patient"},
                }
            ]
        },
    )

    documents: list[RequestDocumentIn] = Field(default_factory=list, max_length=50)
    informed_consent: InformedConsentIn | None = None
    contraindications: list[Slug] | None = Field(None, max_length=20)
    care_setting: Slug | None = None
    preparation: Slug | None = None
    diagnosis_icd10: Icd10 | None = Field(None, description="the specific code asked for (pending_clarification, OFL-R-ICD)")
    comorbidities_icd10: list[Icd10] | None = Field(None, max_length=50, description="replaces the other diagnoses (specific codes)")

    @model_validator(mode="after")
    def _something(self) -> "DocumentsAdd":
        given = [
            self.documents,
            self.informed_consent,
            self.contraindications,
            self.care_setting,
            self.preparation,
            self.diagnosis_icd10,
            self.comorbidities_icd10,
        ]
        if not any(x not in (None, []) for x in given):
            raise InvalidValue(
                "nothing to add: send documents, informed_consent, contraindications, care_setting, preparation, diagnosis_icd10 or comorbidities_icd10",
                "چیزی برای افزودن فرستاده نشده است: مدارک، رضایت آگاهانه، منع مصرف، محل انجام، آماده‌سازی یا کد تشخیص را بفرستید",
            )
        return self


def earlier_json(items: list[EarlierInjectionIn]) -> list[dict[str, Any]]:
    return [{"date": i.date.isoformat(), "site": _site_of(i), "drug": i.drug} for i in items]


def documents_json(items: list[RequestDocumentIn], added_at: dt.datetime) -> list[dict[str, Any]]:
    return [{"kind": d.kind, "date": d.date.isoformat(), "reference": d.reference, "added_at": added_at.isoformat()} for d in items]


def consent_json(c: InformedConsentIn | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"obtained": c.obtained, "date": c.date.isoformat() if c.date else None, "signed_by": c.signed_by}


# ---------------------------------------------------------------------------------------- answers (issue 16)

RequestStatus = Literal["approved", "denied", "pending_documents", "pending_clarification", "no_guideline"]


class _Answer(BaseModel):
    """Base of the service's answers."""


class _StoredAnswer(BaseModel):
    """Base of answers read back from stored JSON (the evaluation): keys added by later versions pass through."""

    model_config = ConfigDict(extra="allow")


class RequestPhysician(_Answer):
    """The filing physician, from the token's claims."""

    council_no: str = Field(description="Medical Council number")
    specialty: str


class EarlierInjection(_Answer):
    """An earlier administration the physician listed."""

    date: dt.date
    date_jalali: str | None = None
    site: str | None = None
    drug: str | None = None


class RequestDocument(_Answer):
    """A document in the physician's record, as listed on the request."""

    kind: str
    date: dt.date
    date_jalali: str | None = None
    reference: str | None = None
    added_at: dt.datetime = Field(description="When the document was added to the request")


class InformedConsentRecord(_Answer):
    """The informed consent as declared."""

    obtained: bool
    date: dt.date | None = None
    date_jalali: str | None = None
    signed_by: Literal["patient", "guardian"] | None = None


class ApprovedCourse(_StoredAnswer):
    """What an approval covers (OFL-R-COURSE): at most `administrations`, `min_interval_days` apart, from `start` to `end`."""

    administrations: int
    min_interval_days: int
    window_days: int
    start: dt.date = Field(description="The planned date: the first day of the course")
    start_jalali: str | None = None
    end: dt.date = Field(description="The last day of the course (inclusive)")
    end_jalali: str | None = None


class EvaluatedGuideline(_StoredAnswer):
    """The guideline version a request was evaluated against."""

    code: str
    version: int


class CriterionOutcome(_StoredAnswer):
    """One criterion of the guideline, as the request meets it."""

    id: str = Field(description="`indication`, `dose`, `interval`, `document:<id>`, ...")
    name: str
    name_fa: str | None = None
    status: Literal["met", "not_met", "missing", "unclear"]
    reason: str
    curable_by_documents: bool = Field(description="True when adding documents or declarations can change this criterion")
    citations: list[OffLabelCitation]


class CoveragePolicyMatch(_StoredAnswer):
    """OFL-I-POLICY: what the insurer's entered policy says about this guideline and indication (configuration)."""

    insurer: str
    guideline: str
    policy_covers_indication: bool | None = Field(description="null when the insurer entered no policy for this guideline")
    conditions: list[str]
    provisional: bool = Field(description="True while nobody has confirmed the policy's figures")
    basis: list[OffLabelCitation]


class HistoryAdministration(_StoredAnswer):
    """An administration found in the service's own records for the same patient, drug and site (OFL-R-HISTORY)."""

    date: dt.date
    date_jalali: str | None = None
    site: str | None = None
    origin: str = Field(description="`administration <id> under request <id>` or `approved request <id>, planned date`")


class RequestEvaluation(_StoredAnswer):
    """The latest evaluation of a request against the guideline in force on its planned date (OFL-R)."""

    outcome: RequestStatus
    summary: str
    summary_fa: str
    planned_date: dt.date
    planned_date_jalali: str | None = None
    guideline: EvaluatedGuideline | None = Field(description="null when no guideline is in force (no_guideline)")
    matched_indications: list[str] = Field(default_factory=list)
    course: ApprovedCourse | None = Field(None, description="What an approval covers; null unless approved")
    criteria: list[CriterionOutcome]
    basis: list[OffLabelCitation]
    ruleset_version: str
    coverage_policy: CoveragePolicyMatch | None = None
    history: list[HistoryAdministration] = Field(default_factory=list)
    decision_id: str = Field(description="The evaluation's decision record (GET /v1/decisions/{id})")
    coverage_basis: list[OffLabelCitation] | None = Field(None, description="The basis of the latest coverage decision, once one is recorded")


class RequestAuthorization(_Answer):
    """The authorization an approved request gives (its id is the request's)."""

    id: str
    valid_from: dt.date
    valid_from_jalali: str | None = None
    valid_until: dt.date | None = None
    valid_until_jalali: str | None = None
    course: ApprovedCourse | None = None


class RequestCoverage(_Answer):
    """The insurer's latest coverage decision on the request (OFL-I)."""

    status: Literal["covered", "not_covered"]
    reason: str | None = None
    insurer: str | None = None
    decision_id: str | None = None
    decided_at: dt.datetime | None = None
    decided_at_jalali: str | None = None


class OffLabelRequestDetail(_Answer):
    """An off-label request with its latest evaluation, authorization and coverage (OFL-R, OFL-I)."""

    id: str
    status: Literal["new", "approved", "denied", "pending_documents", "pending_clarification", "no_guideline"]
    version: int = Field(description="Bumped on every change; the ETag")
    physician: RequestPhysician
    patient_national_code: str
    insurer: str | None = None
    eye: Literal["right", "left"] | None = None
    site: str | None = Field(None, description="The body site, when the guideline has one")
    diagnosis_icd10: str
    drug: str
    route: str | None = None
    dose: float = Field(description="The dose per administration, in dose_unit")
    dose_unit: str
    dose_mg: float | None = Field(None, description="The dose in mg when dose_unit is mg")
    planned_date: dt.date
    planned_date_jalali: str | None = None
    care_setting: str | None = None
    preparation: str | None = None
    earlier_injections: list[EarlierInjection]
    course: ApprovedCourse | None = Field(None, description="What the approval covers; null unless approved")
    documents: list[RequestDocument]
    contraindications: list[str] | None = Field(None, description="Declared contraindication codes; null: not declared yet")
    comorbidities_icd10: list[str]
    informed_consent: InformedConsentRecord | None = None
    evaluation: RequestEvaluation
    decision_id: str = Field(description="The latest evaluation's decision record")
    ruleset_version: str
    authorization: RequestAuthorization | None = Field(None, description="Present when approved")
    coverage: RequestCoverage | None = Field(None, description="Present once the insurer recorded a decision")
    created_at: dt.datetime
    created_at_jalali: str | None = None
    updated_at: dt.datetime
    updated_at_jalali: str | None = None


class OffLabelRequestList(Paginated[OffLabelRequestDetail]):
    """Off-label requests visible to the caller, newest first."""
