"""The guideline data format (OFL-G): one YAML file per guideline version, validated with pydantic.

Every clinical criterion names at least one entry of the file's `sources` (a published label,
practice pattern, trial, standard) or an explicit `platform_choice` entry when no published
source is claimed. Unknown keys are refused, so a typo cannot silently drop a criterion.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator, model_validator

from shared.jalali import JDate, to_jalali
from shared.text import normalize

SLUG = r"^[a-z0-9][a-z0-9_\-]{0,59}$"
# ICD-10 (WHO) and ICD-10-CM: a letter, two characters, optionally a dot and 1-4 more (H35.32, E11.3, H35.1).
ICD10_RE = re.compile(r"^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")
# Patterns are shell-style globs over the dotted code: `H35.1*`, `E1[0-4].3*`, `H35.3` (exact).
_PCHAR = r"(?:[0-9A-Z]|\[[0-9A-Z\-]+\]|\?)"
_PDIGIT = r"(?:[0-9]|\[[0-9\-]+\]|\?)"
ICD10_PATTERN_RE = re.compile(rf"^[A-Z]{_PDIGIT}{_PCHAR}(?:\.{_PCHAR}{{0,4}})?\*?$")

Slug = Annotated[str, Field(pattern=SLUG)]


class InvalidIcd10(ValueError):
    """Text that is not an ICD-10 code."""


def normalize_icd10(raw: str) -> str:
    """Canonical ICD-10 code: ASCII digits, upper case, dot after the category (`h3532` -> `H35.32`)."""
    code = normalize(str(raw)).upper().replace(" ", "")
    if len(code) > 3 and "." not in code:
        code = code[:3] + "." + code[3:]
    if not ICD10_RE.fullmatch(code):
        raise InvalidIcd10(
            f"{raw!r} is not an ICD-10 code: expected a letter, two characters and an optional "
            "dot with 1-4 more (e.g. H35.32, E11.3, H35.1)"
        )
    return code


def icd10_patterns(values: list[str]) -> list[str]:
    """Validate and normalise a list of ICD-10 codes / glob patterns."""
    out = []
    for p in values:
        p2 = normalize(str(p)).upper()
        if not ICD10_PATTERN_RE.fullmatch(p2):
            raise ValueError(f"{p!r} is not an ICD-10 code or glob pattern such as H35.1* or E1[0-4].3*")
        out.append(p2)
    return out


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Strict):
    """A published source of a clinical criterion, or an explicit platform choice (no published source claimed)."""

    id: Slug
    kind: Literal["trial", "practice_pattern", "label", "standard", "guidance", "review", "platform_choice"]
    citation: str = Field(min_length=10)
    doi: str | None = Field(None, pattern=r"^10\.\d{4,9}/\S+$")
    note: str | None = None


class _Criterion(_Strict):
    sources: list[Slug] = Field(min_length=1, description="ids of entries in the guideline's `sources`")
    note: str | None = None


class Drug(_Strict):
    inn: str = Field(min_length=2)
    atc: str | None = None
    names: list[str] = Field(default_factory=list, description="other names the request may use (brands, Persian spellings)")


class Approval(_Strict):
    """The letter that approved this guideline version and the instruction it was approved under (SHR-PROV)."""

    letter: str
    date: JDate
    under: str | None = None
    under_date: JDate | None = None
    registered_as: str | None = None


class Indication(_Criterion):
    id: Slug
    name: str
    name_fa: str | None = None
    icd10: list[str] = Field(min_length=1)
    max_dose_mg: Decimal = Field(gt=0, le=10)
    volume_ml: Decimal = Field(gt=0, le=1)
    min_interval_days: int = Field(ge=0, le=365)
    interval_sources: list[Slug] = Field(default_factory=list, description="sources of the interval if not the indication's")

    @field_validator("icd10")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return icd10_patterns(v)


class Specialty(_Strict):
    code: Slug
    name: str
    name_fa: str | None = None
    aliases: list[str] = Field(default_factory=list)


class Prescriber(_Criterion):
    specialties: list[Specialty] = Field(min_length=1)


class Setting(_Strict):
    code: Slug
    name: str
    name_fa: str | None = None
    indications: list[Slug] | None = Field(None, description="only for these indications (null: all)")


class CareSetting(_Criterion):
    allowed: list[Setting] = Field(min_length=1)


class Preparation(_Strict):
    code: Slug
    name: str


class PreparationRule(_Criterion):
    allowed: list[Preparation] = Field(min_length=1)


class InformedConsent(_Criterion):
    required: bool = True


class DocumentRequirement(_Criterion):
    id: Slug
    name: str
    kinds: list[Slug] = Field(min_length=1, description="document kinds that satisfy it")
    within_days: int = Field(ge=0, le=3650, description="dated at most this many days before the planned date")
    applies_to: list[Slug] | None = Field(None, description="indication ids (null: every indication)")


class Contraindication(_Criterion):
    code: Slug
    name: str
    name_fa: str | None = None
    icd10: list[str] = Field(default_factory=list, description="diagnoses that amount to it (glob patterns)")

    @field_validator("icd10")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return icd10_patterns(v)


class Contraindications(_Strict):
    absolute: list[Contraindication] = Field(default_factory=list)
    relative: list[Contraindication] = Field(default_factory=list)
    relative_requires_document: Slug = Field(
        "risk_benefit_justification", description="document kind that must accompany a relative contraindication"
    )


class Administration(_Strict):
    authorization_validity_days: int = Field(ge=1, le=365, description="an approval covers injections from the planned date for this many days")
    sources: list[Slug] = Field(min_length=1)


class Guideline(_Strict):
    """One version of one computable off-label guideline (OFL-G)."""

    schema_version: Literal[1] = 1
    code: Slug
    version: int = Field(ge=1)
    title: str
    title_fa: str | None = None
    drug: Drug
    route: Slug
    approval: Approval
    effective_from: JDate
    effective_until: JDate | None = None
    sources: list[Source] = Field(min_length=1)
    indications: list[Indication] = Field(min_length=1)
    prescriber: Prescriber
    care_setting: CareSetting
    preparation: PreparationRule
    informed_consent: InformedConsent
    documents: list[DocumentRequirement] = Field(default_factory=list)
    contraindications: Contraindications
    administration: Administration

    @computed_field  # type: ignore[prop-decorator]
    @property
    def effective_from_jalali(self) -> str | None:
        return to_jalali(self.effective_from)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def effective_until_jalali(self) -> str | None:
        return to_jalali(self.effective_until)

    @model_validator(mode="after")
    def _consistent(self) -> "Guideline":
        """Every source id referenced exists; ids are unique; dates are ordered."""
        ids = [s.id for s in self.sources]
        dup = {i for i in ids if ids.count(i) > 1}
        if dup:
            raise ValueError(f"sources: duplicate ids {sorted(dup)}")
        known = set(ids)
        ind_ids = [i.id for i in self.indications]
        if len(set(ind_ids)) != len(ind_ids):
            raise ValueError("indications: duplicate ids")
        refs: list[tuple[str, list[str]]] = [("prescriber", self.prescriber.sources), ("care_setting", self.care_setting.sources)]
        refs += [("preparation", self.preparation.sources), ("informed_consent", self.informed_consent.sources)]
        refs += [("administration", self.administration.sources)]
        refs += [(f"indications.{i.id}", i.sources + i.interval_sources) for i in self.indications]
        refs += [(f"documents.{d.id}", d.sources) for d in self.documents]
        refs += [(f"contraindications.{c.code}", c.sources) for c in self.contraindications.absolute + self.contraindications.relative]
        for where, srcs in refs:
            missing = [s for s in srcs if s not in known]
            if missing:
                raise ValueError(f"{where}: unknown source ids {missing} (declare them under `sources`)")
        for d in self.documents:
            bad = [i for i in d.applies_to or [] if i not in ind_ids]
            if bad:
                raise ValueError(f"documents.{d.id}.applies_to: unknown indications {bad}")
        for s in self.care_setting.allowed:
            bad = [i for i in s.indications or [] if i not in ind_ids]
            if bad:
                raise ValueError(f"care_setting.{s.code}.indications: unknown indications {bad}")
        doc_ids = [d.id for d in self.documents]
        if len(set(doc_ids)) != len(doc_ids):
            raise ValueError("documents: duplicate ids")
        if self.effective_until and self.effective_until < self.effective_from:
            raise ValueError("effective_until is before effective_from")
        return self

    def source(self, sid: str) -> Source:
        return next(s for s in self.sources if s.id == sid)

    def in_force(self, on: dt.date) -> bool:
        return self.effective_from <= on and (self.effective_until is None or on <= self.effective_until)

    def names(self) -> list[str]:
        return [self.drug.inn, *self.drug.names]
