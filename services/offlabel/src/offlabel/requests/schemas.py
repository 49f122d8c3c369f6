"""Request bodies for off-label requests (OFL-R): strict input, Jalali or ISO dates, Persian digits accepted."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema, field_validator, model_validator

from shared.jalali import JDate
from shared.text import is_valid_national_code, normalize

from offlabel.guidelines.schemas import InvalidIcd10, normalize_icd10

_EYES = {"right": "right", "od": "right", "r": "right", "راست": "right", "left": "left", "os": "left", "l": "left", "چپ": "left"}
_DOSE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,4})?$")


def _eye(v: Any) -> Any:
    if isinstance(v, str):
        key = normalize(v).lower()
        if key in ("both", "ou", "هر دو"):
            raise ValueError("one request per eye: file a request for the right eye and one for the left eye")
        if key in _EYES:
            return _EYES[key]
        raise ValueError(f"{v!r} is not an eye: use right (OD) or left (OS)")
    return v


def _dose(v: Any) -> Any:
    """mg as a number or text; Persian/Arabic-Indic digits and the Persian decimal separator ٫ are accepted (۱٫۲۵ = 1.25)."""
    if isinstance(v, bool):
        raise ValueError("the dose must be a number of mg such as 1.25")
    if isinstance(v, (int, float)):
        v = repr(v) if isinstance(v, float) else str(v)
    if not isinstance(v, str):
        raise ValueError("the dose must be a number of mg such as 1.25")
    text = normalize(v).replace("\u066b", ".")
    if "," in text or "\u066c" in text or "/" in text:
        raise ValueError(f"{v!r} is ambiguous: write the dose in mg with a decimal point, e.g. 1.25 or ۱٫۲۵ (no comma, no slash)")
    if not _DOSE_RE.fullmatch(text):
        raise ValueError(f"{v!r} is not a dose in mg: use a number such as 1.25 (units are implied)")
    try:
        return Decimal(text)
    except InvalidOperation:  # pragma: no cover - the regex already rules it out
        raise ValueError(f"{v!r} is not a number") from None


def _dose_value(v: Any) -> Any:
    """Like _dose, for any unit (up to 5 integer digits): 375 mg/m2, 1000 units."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        v = repr(v) if isinstance(v, float) else str(v)
    if isinstance(v, str) and re.fullmatch(r"\d{3,5}(?:\.\d{1,4})?", normalize(v).replace("\u066b", ".")):
        return Decimal(normalize(v).replace("\u066b", "."))
    return _dose(v)


def _icd(v: Any) -> Any:
    if not isinstance(v, str):
        raise ValueError("an ICD-10 code must be text such as H35.32")
    try:
        return normalize_icd10(v)
    except InvalidIcd10 as exc:
        raise ValueError(str(exc)) from None


def _national_code(v: Any) -> Any:
    if not isinstance(v, str):
        raise ValueError("the national code must be text of 10 digits")
    code = normalize(v)
    if not is_valid_national_code(code):
        raise ValueError(f"{v!r} is not a valid Iranian national code (10 digits with a check digit)")
    return code


Eye = Annotated[Literal["right", "left"], BeforeValidator(_eye)]


def _site_of(obj: Any) -> str | None:
    """OFL-G-DATA: `site` is the body site; `eye` (right/left, OD/OS, راست/چپ) is the same for an eye guideline."""
    eye, site = getattr(obj, "eye", None), getattr(obj, "site", None)
    if site is not None and site in _EYES:
        site = _EYES[site]
    if eye and site and eye != site:
        raise ValueError(f"eye {eye!r} and site {site!r} disagree: send one of them")
    return site or eye


DoseMg = Annotated[
    Decimal,
    BeforeValidator(_dose),
    Field(gt=0, le=10),
    WithJsonSchema({"type": "string", "description": "mg per eye: 1.25, \"1.25\" or \"۱٫۲۵\"", "examples": ["1.25", "۱٫۲۵"]}),
]
DoseValue = Annotated[
    Decimal,
    BeforeValidator(_dose_value),
    Field(gt=0, le=9999),
    WithJsonSchema({"type": "string", "description": "the dose in dose_unit: 375, \"1.25\" or \"۱٫۲۵\"", "examples": ["1.25", "375"]}),
]
Icd10 = Annotated[str, BeforeValidator(_icd), WithJsonSchema({"type": "string", "examples": ["H35.32", "E11.3"]})]
NationalCode = Annotated[str, BeforeValidator(_national_code), WithJsonSchema({"type": "string", "examples": ["0084575948"]})]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_\-]{0,59}$")]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InjectionIn(_In):
    date: JDate
    eye: Eye | None = None
    site: Slug | None = Field(None, description="the body site (for an eye: right or left); `eye` is the same for eye guidelines")
    drug: str | None = Field(None, max_length=80)

    @model_validator(mode="after")
    def _one_site(self) -> "InjectionIn":
        _site_of(self)
        return self


class DocumentIn(_In):
    kind: Slug = Field(description="oct, oct-angiography, fluorescein-angiography, fundus-photography, visual-acuity, fundus-examination, widefield-imaging, risk-benefit-justification, ...")
    date: JDate
    reference: str | None = Field(None, max_length=200, description="the document's number or file reference in the physician's record")


class ConsentIn(_In):
    obtained: bool
    date: JDate | None = None
    signed_by: Literal["patient", "guardian"] | None = None

    @model_validator(mode="after")
    def _dated(self) -> "ConsentIn":
        if self.obtained and self.date is None:
            raise ValueError("informed_consent.date is required when consent was obtained")
        return self


class RequestCreate(_In):
    """A physician's off-label request (OFL-R); council number and specialty come from the token."""

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
    earlier_injections: list[InjectionIn] = Field(default_factory=list, max_length=200)
    documents: list[DocumentIn] = Field(default_factory=list, max_length=50)
    contraindications: list[Slug] | None = Field(None, max_length=20, description="codes present; [] when none (null: not declared yet)")
    comorbidities_icd10: list[Icd10] = Field(default_factory=list, max_length=50)
    informed_consent: ConsentIn | None = None

    @field_validator("insurer")
    @classmethod
    def _upper(cls, v: str) -> str:
        return normalize(v).upper()

    @model_validator(mode="after")
    def _dose_and_site(self) -> "RequestCreate":
        if (self.dose is None) == (self.dose_mg is None):
            raise ValueError("send the dose once: dose (with dose_unit) or dose_mg")
        if self.dose_mg is not None and self.dose_unit != "mg":
            raise ValueError("dose_mg is in mg: send dose with dose_unit for other units")
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
                raise ValueError(f"earlier_injections.{i}.date is after the planned date")
        return self


class DocumentsAdd(_In):
    """Documents (and missing declarations) added to a pending request; the request is re-evaluated (OFL-R)."""

    documents: list[DocumentIn] = Field(default_factory=list, max_length=50)
    informed_consent: ConsentIn | None = None
    contraindications: list[Slug] | None = Field(None, max_length=20)
    care_setting: Slug | None = None
    preparation: Slug | None = None
    diagnosis_icd10: Icd10 | None = Field(None, description="the specific code asked for (pending_clarification, OFL-R-ICD)")
    comorbidities_icd10: list[Icd10] | None = Field(None, max_length=50, description="replaces the other diagnoses (specific codes)")

    @model_validator(mode="after")
    def _something(self) -> "DocumentsAdd":
        given = [self.documents, self.informed_consent, self.contraindications, self.care_setting, self.preparation,
                 self.diagnosis_icd10, self.comorbidities_icd10]
        if not any(x not in (None, []) for x in given):
            raise ValueError("nothing to add: send documents, informed_consent, contraindications, care_setting, preparation, "
                             "diagnosis_icd10 or comorbidities_icd10")
        return self


def earlier_json(items: list[InjectionIn]) -> list[dict[str, Any]]:
    return [{"date": i.date.isoformat(), "site": _site_of(i), "drug": i.drug} for i in items]


def documents_json(items: list[DocumentIn], added_at: dt.datetime) -> list[dict[str, Any]]:
    return [{"kind": d.kind, "date": d.date.isoformat(), "reference": d.reference, "added_at": added_at.isoformat()} for d in items]


def consent_json(c: ConsentIn | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"obtained": c.obtained, "date": c.date.isoformat() if c.date else None, "signed_by": c.signed_by}
