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
DoseMg = Annotated[
    Decimal,
    BeforeValidator(_dose),
    Field(gt=0, le=10),
    WithJsonSchema({"type": "string", "description": "mg per eye: 1.25, \"1.25\" or \"۱٫۲۵\"", "examples": ["1.25", "۱٫۲۵"]}),
]
Icd10 = Annotated[str, BeforeValidator(_icd), WithJsonSchema({"type": "string", "examples": ["H35.32", "E11.3"]})]
NationalCode = Annotated[str, BeforeValidator(_national_code), WithJsonSchema({"type": "string", "examples": ["0084575948"]})]
Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_\-]{0,59}$")]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InjectionIn(_In):
    date: JDate
    eye: Eye
    drug: str | None = Field(None, max_length=80)


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
    insurer: str | None = Field(None, max_length=20, description="the patient's insurer code (SSO, IHIO, AFMSO, ...)")
    eye: Eye
    diagnosis_icd10: Icd10
    drug: str = Field(min_length=2, max_length=80)
    route: Slug | None = Field(None, description="defaults to any route the drug's guideline covers")
    dose_mg: DoseMg
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
    def _upper(cls, v: str | None) -> str | None:
        return normalize(v).upper() if v else v

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

    @model_validator(mode="after")
    def _something(self) -> "DocumentsAdd":
        if not self.documents and self.informed_consent is None and self.contraindications is None and not self.care_setting and not self.preparation:
            raise ValueError("nothing to add: send documents, informed_consent, contraindications, care_setting or preparation")
        return self


def earlier_json(items: list[InjectionIn]) -> list[dict[str, Any]]:
    return [{"date": i.date.isoformat(), "eye": i.eye, "drug": i.drug} for i in items]


def documents_json(items: list[DocumentIn], added_at: dt.datetime) -> list[dict[str, Any]]:
    return [{"kind": d.kind, "date": d.date.isoformat(), "reference": d.reference, "added_at": added_at.isoformat()} for d in items]


def consent_json(c: ConsentIn | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {"obtained": c.obtained, "date": c.date.isoformat() if c.date else None, "signed_by": c.signed_by}
