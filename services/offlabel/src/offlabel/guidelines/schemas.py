"""The guideline data format (OFL-G): one YAML file per guideline version, validated with pydantic.

Any drug is data (OFL-G-DATA): route, body site (optional), dose units (mg, mg/kg, mg/m2, units),
the course (administrations and interval), cumulative limits and the criteria are fields of the file.
Every clinical criterion names entries of the file's `sources`: published evidence (with a DOI or a
URL) or an explicit `platform_choice` (with the reason the platform chose it). The letters are cited
only for what they say (`approval.quote`). Unknown keys are refused, so a typo cannot silently drop a
criterion, and every ICD-10 code must exist in the code set (offlabel.icd10).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator, model_validator

from offlabel import icd10
from shared.errors import InvalidValue
from shared.jalali import JDate, to_jalali
from shared.text import normalize

SLUG = r"^[a-z0-9][a-z0-9_\-]{0,59}$"
# ICD-10 (WHO) and ICD-10-CM: a letter, two characters, optionally a dot and 1-4 more (H35.32, E11.3, H35.1).
ICD10_RE = re.compile(r"^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")
DOSE_UNITS = ("mg", "mg/kg", "mg/m2", "units")

Slug = Annotated[str, Field(pattern=SLUG)]
DoseUnit = Literal["mg", "mg/kg", "mg/m2", "units"]


class InvalidIcd10(InvalidValue):
    """Text that is not an ICD-10 code."""


def normalize_icd10(raw: str) -> str:
    """Canonical ICD-10 code: ASCII digits, upper case, dot after the category (`h3532` -> `H35.32`)."""
    code = normalize(str(raw)).upper().replace(" ", "")
    if len(code) > 3 and "." not in code:
        code = code[:3] + "." + code[3:]
    if not ICD10_RE.fullmatch(code):
        raise InvalidIcd10(
            f"{raw!r} is not an ICD-10 code: expected a letter, two characters and an optional dot with 1-4 more (e.g. H35.32, E11.3, H35.1)",
            "کد ICD-10 معتبر نیست: یک حرف، دو نویسه و در صورت نیاز نقطه و ۱ تا ۴ نویسه دیگر (مثلاً H35.32 یا E11.3)",
        )
    return code


def icd10_categories(values: list[str]) -> list[str]:
    """Validate ICD-10 categories of a guideline: well formed and present in the code set (OFL-R-ICD)."""
    out = [normalize_icd10(v) for v in values]
    missing = icd10.unknown_codes(out)
    if missing:
        raise InvalidValue(
            f"{missing} are not codes of {icd10.CODE_SET} ({icd10.origin()}); a category covers its descendants",
            f"این کدها در {icd10.CODE_SET} نیستند: {', '.join(missing)}",
        )
    return out


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GuidelineSource(_Strict):
    """Published evidence for a criterion (DOI or URL), or an explicit platform choice (with its reason)."""

    id: Slug
    kind: Literal["trial", "practice_pattern", "label", "standard", "guidance", "review", "platform_choice"]
    citation: str = Field(min_length=10)
    doi: str | None = Field(None, pattern=r"^10\.\d{4,9}/\S+$")
    url: str | None = Field(None, pattern=r"^https://\S+$")
    year: int | None = None
    note: str | None = None
    reason: str | None = Field(None, description="platform_choice only: why the platform chose this")

    @model_validator(mode="after")
    def _locatable(self) -> "GuidelineSource":
        if self.kind == "platform_choice":
            if not self.reason:
                raise InvalidValue(f"source {self.id}: a platform_choice says why (reason)", f"منبع {self.id}: انتخاب سکو باید دلیل (reason) داشته باشد")
        elif not (self.doi or self.url):
            raise InvalidValue(
                f"source {self.id}: published evidence needs a DOI or a URL", f"منبع {self.id}: شواهد منتشرشده باید DOI یا نشانی اینترنتی داشته باشد"
            )
        return self


class _Criterion(_Strict):
    sources: list[Slug] = Field(min_length=1, description="ids of entries in the guideline's `sources`")
    note: str | None = None


class GuidelineDrug(_Strict):
    inn: str = Field(min_length=2)
    atc: str | None = None
    names: list[str] = Field(default_factory=list, description="other names the request may use (brands, Persian spellings)")


class GuidelineApproval(_Strict):
    """The letter that approved this guideline version, and the letter's own words saying so (SHR-PROV)."""

    letter: str
    date: JDate
    under: str | None = None
    under_date: JDate | None = None
    registered_as: str | None = None
    quote: str | None = Field(None, max_length=400, description="the approving letter's own words (verbatim); checked against its text")
    text: str = Field("The guideline is approved and in force from its communication", description="the approval in one English line")
    text_fa: str | None = None


class GuidelineBodySite(_Strict):
    """Where the drug is given, when the guideline counts per site (e.g. each eye): one request per site."""

    kind: Slug = Field(description="e.g. eye")
    values: list[Slug] = Field(min_length=1, description="e.g. [right, left]")


class IndicationDoseRule(_Strict):
    max: Decimal = Field(gt=0, le=100000)
    unit: DoseUnit
    volume_ml: Decimal | None = Field(None, gt=0, le=1000)


class IndicationCourseRule(_Strict):
    """What one approval covers (OFL-R-COURSE): at most `administrations`, at least `min_interval_days` apart,
    all within `window_days` from the first (planned) date."""

    administrations: int = Field(ge=1, le=100)
    min_interval_days: int = Field(ge=0, le=365)
    window_days: int = Field(ge=1, le=730)
    sources: list[Slug] = Field(min_length=1)


class IndicationLimits(_Strict):
    """Cumulative limits over the patient's history on the same site (OFL-R-HISTORY)."""

    max_administrations_per_365_days: int | None = Field(None, ge=1, le=400)
    sources: list[Slug] = Field(default_factory=list)


class GuidelineIndication(_Criterion):
    id: Slug
    name: str
    name_fa: str | None = None
    icd10: list[str] = Field(min_length=1, description="ICD-10 categories: each covers its descendants")
    icd10_exclude: list[str] = Field(default_factory=list, description="descendants the indication does not cover")
    dose: IndicationDoseRule
    course: IndicationCourseRule
    limits: IndicationLimits = Field(default_factory=IndicationLimits)

    @field_validator("icd10", "icd10_exclude")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        return icd10_categories(v)


class PrescriberSpecialty(_Strict):
    code: Slug
    name: str
    name_fa: str | None = None
    aliases: list[str] = Field(default_factory=list)


class PrescriberRule(_Criterion):
    specialties: list[PrescriberSpecialty] = Field(min_length=1)


class CareSettingOption(_Strict):
    code: Slug
    name: str
    name_fa: str | None = None
    indications: list[Slug] | None = Field(None, description="only for these indications (null: all)")


class CareSettingRule(_Criterion):
    allowed: list[CareSettingOption] = Field(min_length=1)


class PreparationOption(_Strict):
    code: Slug
    name: str


class PreparationRule(_Criterion):
    allowed: list[PreparationOption] = Field(min_length=1)


class InformedConsentRule(_Criterion):
    required: bool = True


class DocumentRequirement(_Criterion):
    id: Slug
    name: str
    name_fa: str | None = None
    kinds: list[Slug] = Field(min_length=1, description="document kinds that satisfy it")
    within_days: int = Field(ge=0, le=3650, description="dated at most this many days before the planned date")
    window_sources: list[Slug] = Field(default_factory=list, description="sources of the window if not the document's")
    applies_to: list[Slug] | None = Field(None, description="indication ids (null: every indication)")


class GuidelineContraindication(_Criterion):
    code: Slug
    name: str
    name_fa: str | None = None
    icd10: list[str] = Field(default_factory=list, description="ICD-10 categories that amount to it (with descendants)")
    icd10_exclude: list[str] = Field(default_factory=list)

    @field_validator("icd10", "icd10_exclude")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        return icd10_categories(v)


class GuidelineContraindications(_Strict):
    absolute: list[GuidelineContraindication] = Field(default_factory=list)
    relative: list[GuidelineContraindication] = Field(default_factory=list)
    relative_requires_document: Slug = Field("risk-benefit-justification", description="document kind that must accompany a relative contraindication")


GUIDELINE_EXAMPLE = {
    "schema_version": 2,
    "code": "bevacizumab-intravitreal",
    "version": 2,
    "title": "Off-label prescribing of intravitreal bevacizumab",
    "title_fa": "راهنمای تجویز داروی بواسیزومب در ویتره Off Label",
    "drug": {"inn": "bevacizumab", "atc": "L01FG01", "names": ["Avastin", "بواسیزومب"]},
    "route": "intravitreal",
    "body_site": {"kind": "eye", "values": ["right", "left"]},
    "approval": {
        "letter": "18300/400د",
        "date": "1402/07/22",
        "under": "400/7515",
        "under_date": "1402/04/04",
        "registered_as": "100/10/26406",
        "quote": "«راهنمای تجویز داروی بواسیزومب در ویتره Off Label» به تصویب رسیده و از تاریخ ابلاغ قابل اجرا است",
    },
    "effective_from": "1404/01/01",
    "sources": [
        {
            "id": "catt-2011",
            "kind": "trial",
            "doi": "10.1056/NEJMoa1102673",
            "year": 2011,
            "citation": "CATT Research Group. Ranibizumab and bevacizumab for neovascular age-related macular degeneration. N Engl J Med. 2011;364(20):1897-1908.",
        },
        {
            "id": "platform-course",
            "kind": "platform_choice",
            "citation": "Platform choice: three monthly injections per approval",
            "reason": "the letters do not fix the course; the trials' loading phase is three monthly injections",
        },
    ],
    "indications": [
        {
            "id": "namd",
            "name": "Neovascular age-related macular degeneration",
            "name_fa": "دژنراسیون ماکولای وابسته به سن نئوواسکولار",
            "icd10": ["H35.32"],
            "sources": ["catt-2011"],
            "dose": {"max": "1.25", "unit": "mg", "volume_ml": "0.05"},
            "course": {"administrations": 3, "min_interval_days": 28, "window_days": 100, "sources": ["platform-course"]},
            "limits": {"max_administrations_per_365_days": 12, "sources": ["catt-2011"]},
        }
    ],
    "prescriber": {"sources": ["catt-2011"], "specialties": [{"code": "ophthalmology", "name": "Ophthalmology", "name_fa": "چشم‌پزشکی"}]},
    "care_setting": {
        "sources": ["catt-2011"],
        "allowed": [{"code": "sterile-injection-room", "name": "Sterile injection room", "name_fa": "اتاق تزریق استریل"}],
    },
    "preparation": {"sources": ["catt-2011"], "allowed": [{"code": "single-use-vial", "name": "Single-use vial"}]},
    "informed_consent": {"sources": ["catt-2011"], "required": True},
    "documents": [{"id": "imaging", "name": "Retinal imaging", "name_fa": "تصویربرداری شبکیه", "kinds": ["oct"], "within_days": 30, "sources": ["catt-2011"]}],
    "contraindications": {
        "absolute": [
            {
                "code": "ocular-infection",
                "name": "Ocular or periocular infection",
                "name_fa": "عفونت چشم یا اطراف چشم",
                "icd10": ["H10"],
                "sources": ["catt-2011"],
            }
        ]
    },
}


class Guideline(_Strict):
    """One version of one computable off-label guideline (OFL-G)."""

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra={"examples": [GUIDELINE_EXAMPLE]})

    schema_version: Literal[2] = 2
    code: Slug
    version: int = Field(ge=1)
    title: str
    title_fa: str | None = None
    drug: GuidelineDrug
    route: Slug
    body_site: GuidelineBodySite | None = None
    approval: GuidelineApproval
    effective_from: JDate
    effective_until: JDate | None = None
    sources: list[GuidelineSource] = Field(min_length=1)
    indications: list[GuidelineIndication] = Field(min_length=1)
    prescriber: PrescriberRule
    care_setting: CareSettingRule
    preparation: PreparationRule
    informed_consent: InformedConsentRule
    documents: list[DocumentRequirement] = Field(default_factory=list)
    contraindications: GuidelineContraindications

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
        """Every source id referenced exists; ids are unique; references resolve; dates are ordered."""
        _unique("sources", [s.id for s in self.sources])
        _unique("indications", [i.id for i in self.indications])
        _unique("documents", [d.id for d in self.documents])
        known = {s.id for s in self.sources}
        for where, srcs in self.source_refs():
            missing = [s for s in srcs if s not in known]
            if missing:
                raise InvalidValue(
                    f"{where}: unknown source ids {missing} (declare them under `sources`)",
                    f"{where}: شناسه منبع ناشناخته {', '.join(missing)} (آن را در sources تعریف کنید)",
                )
        ind_ids = {i.id for i in self.indications}
        refs = [(f"documents.{d.id}.applies_to", d.applies_to) for d in self.documents]
        refs += [(f"care_setting.{s.code}.indications", s.indications) for s in self.care_setting.allowed]
        for where, ids in refs:
            bad = [i for i in ids or [] if i not in ind_ids]
            if bad:
                raise InvalidValue(f"{where}: unknown indications {bad}", f"{where}: اندیکاسیون ناشناخته {', '.join(bad)}")
        if self.effective_until and self.effective_until < self.effective_from:
            raise InvalidValue("effective_until is before effective_from", "تاریخ پایان اعتبار پیش از تاریخ شروع اعتبار است")
        return self

    def source_refs(self) -> list[tuple[str, list[str]]]:
        refs: list[tuple[str, list[str]]] = [("prescriber", self.prescriber.sources), ("care_setting", self.care_setting.sources)]
        refs += [("preparation", self.preparation.sources), ("informed_consent", self.informed_consent.sources)]
        for i in self.indications:
            refs += [(f"indications.{i.id}", i.sources), (f"indications.{i.id}.course", i.course.sources), (f"indications.{i.id}.limits", i.limits.sources)]
        refs += [(f"documents.{d.id}", d.sources + d.window_sources) for d in self.documents]
        refs += [(f"contraindications.{c.code}", c.sources) for c in self.contraindications.absolute + self.contraindications.relative]
        return refs

    def source(self, sid: str) -> GuidelineSource:
        return next(s for s in self.sources if s.id == sid)

    def in_force(self, on: dt.date) -> bool:
        return self.effective_from <= on and (self.effective_until is None or on <= self.effective_until)

    def names(self) -> list[str]:
        return [self.drug.inn, *self.drug.names]


def _unique(where: str, ids: list[str]) -> None:
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        raise InvalidValue(f"{where}: duplicate ids {dup}", f"{where}: شناسه تکراری {', '.join(dup)}")


# ---------------------------------------------------------------------------------------- answers (issue 16)
# The models below describe what the routes return; they are never read from a file. Citations and the
# evaluation are stored as JSON with each decision, so their models accept keys added by later versions.


class _Answer(BaseModel):
    """Base of the service's answers."""


class _StoredAnswer(BaseModel):
    """Base of answers read back from stored JSON (a decision's basis, an evaluation): later keys pass through."""

    model_config = ConfigDict(extra="allow")


class CitationEvidence(_StoredAnswer):
    """A published source a citation rests on (authority `evidence`)."""

    title: str
    doi: str | None = None
    url: str | None = None
    year: int | None = None


class CitationConfiguration(_StoredAnswer):
    """Figures an office or administrator entered (authority `configuration`) and whether anyone confirmed them."""

    published_by: str
    published_at: str | None = Field(None, description="When the figures were published (ISO date or date-time)")
    version: str | None = None
    confirmed: bool = False
    note: str | None = None


class OffLabelCitation(_StoredAnswer):
    """One element of a decision's basis (SHR-PROV): the letter and clause, or the evidence or platform choice, a rule rests on."""

    number: str | None = Field(None, description="The letter's number (authority `source`)")
    date: dt.date | None = Field(None, description="The letter's date")
    date_jalali: str | None = None
    clause: str | None = Field(None, description="The clause, or `<guideline>@v<version>:<criterion>` for a guideline criterion")
    text: str = Field(description="The rule in one English line")
    text_fa: str | None = Field(None, description="The rule in Persian")
    kind: Literal["rule", "warning", "note"] = Field("rule", description="`warning`: the decision departs from this rule (e.g. an insurer's policy)")
    issuer: str | None = None
    rule_id: str | None = Field(None, description="The SPEC rule applied (OFL-R-DOSE, OFL-I-POLICY, ...)")
    authority: Literal["source", "interpretation", "evidence", "configuration"] | None = Field(
        None, description="What the rule rests on: a letter's words, the platform's reading, published evidence, or configured figures"
    )
    quote: str | None = Field(None, description="The letter's own words, verbatim (authority `source`)")
    reason: str | None = Field(None, description="Why the platform reads it so (authority `interpretation`)")
    leans_on: list[str] = Field(default_factory=list, description="Letters an interpretation leans on")
    evidence: list[CitationEvidence] = Field(default_factory=list)
    configuration: CitationConfiguration | None = None
    provisional: bool = Field(False, description="True when the citation rests on configured figures nobody has confirmed")


class GuidelineApprovalSummary(_Answer):
    """The approving letter of a guideline version and the instruction it is under."""

    letter: str
    date: dt.date
    date_jalali: str | None = None
    under: str | None = None
    under_date: dt.date | None = None
    under_date_jalali: str | None = None
    registered_as: str | None = Field(None, description="The Medical Council's registration of the letter")


class GuidelineLetter(_Answer):
    """A letter of the guideline's approval, as the regulation registry knows it (only `number` when it is not there)."""

    number: str
    date: dt.date | None = None
    date_jalali: str | None = None
    issuer: str | None = None
    subject: str | None = None
    subject_fa: str | None = None


class IndicationDose(_Answer):
    """The most an administration may give for an indication."""

    max: str = Field(description='A decimal number, as text ("1.25")')
    unit: DoseUnit
    volume_ml: str | None = Field(None, description="The volume in mL, a decimal number as text")


class IndicationCourse(_Answer):
    """What one approval covers for an indication (OFL-R-COURSE)."""

    administrations: int
    min_interval_days: int
    window_days: int


class GuidelineIndicationSummary(_Answer):
    """An approved indication: its ICD-10-CM categories (each with its descendants), dose and course."""

    id: str
    name: str
    name_fa: str | None = None
    icd10: list[str]
    icd10_exclude: list[str]
    dose: IndicationDose
    course: IndicationCourse


class GuidelineProvenance(_Answer):
    """Where a guideline version comes from: a shipped file or a version published over the API, and its content hash."""

    origin: str = Field(description="`file:<name>` for a shipped or extra file, `published` for a version published over the API")
    sha256: str = Field(description="SHA-256 of the version's content")
    published_by: str | None = None
    published_at: dt.datetime | None = None


class GuidelineSummary(_Answer):
    """One guideline version: drug, route, dates in force, approving letters, indications and provenance (OFL-G)."""

    code: str
    version: int
    title: str
    title_fa: str | None = None
    drug: str = Field(description="The drug's INN")
    route: str
    effective_from: dt.date
    effective_from_jalali: str | None = None
    effective_until: dt.date | None = None
    effective_until_jalali: str | None = None
    approval: GuidelineApprovalSummary
    letters: list[GuidelineLetter] = Field(description="The approving letter, the instruction it is under and its registration")
    body_site: GuidelineBodySite | None = None
    indications: list[GuidelineIndicationSummary]
    provenance: GuidelineProvenance


class GuidelineCatalogue(_Answer):
    """The guideline versions (OFL-G); with `in_force_on`, the one version of each guideline in force that day (OFL-E)."""

    in_force_on: dt.date | None = None
    in_force_on_jalali: str | None = None
    count: int
    items: list[GuidelineSummary] = Field(description="By code, newest version first")


class GuidelineVersionDetail(GuidelineSummary):
    """One guideline version with its full content."""

    content: dict[str, Any] = Field(description="The version's content: the shape of a guideline YAML file (and of the publish body)")


class GuidelineDetail(_Answer):
    """One guideline: every version, newest first."""

    code: str
    versions: list[GuidelineVersionDetail]


class PublishedGuideline(GuidelineSummary):
    """The version just published, with its decision record."""

    decision_id: str


class GuidelineChange(_Answer):
    """A guideline version that entered into force or ended."""

    code: str
    version: int
    change: Literal["entered_into_force", "ended"]
    date: dt.date
    date_jalali: str | None = None


class EducationDigest(_Answer):
    """Continuing education (OFL-E): the guidelines in force on `until` and what changed since `since`."""

    since: dt.date
    since_jalali: str | None = None
    until: dt.date
    until_jalali: str | None = None
    addressees: list[str]
    in_force: list[GuidelineSummary]
    changes: list[GuidelineChange] = Field(description="In date order")
    basis: list[OffLabelCitation]
