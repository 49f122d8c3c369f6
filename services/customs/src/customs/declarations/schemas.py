"""Request and response shapes of declarations (and the engine's input: the same models, no I/O)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from shared.errors import InvalidValue
from shared.jalali import JDate
from shared.pagination import Paginated
from shared.text import is_valid_national_code, is_valid_passport, normalize, to_ascii_digits

MAX_ITEMS = 200

Channel = Literal["passenger", "postal", "cargo"]
Purpose = Literal["personal_use", "research_sample", "marketing_sample", "commercial", "donation"]
Category = Literal["finished_drug", "raw_material", "reference_standard", "working_standard", "research_sample"]
Outcome = Literal["cleared", "refused", "pending", "out_of_scope"]
ProductKind = Literal["exosome", "cell_therapy", "regenerative"]  # the kinds inspections rules on (SPEC X3, INS-R)


def _whole_number(value: Any) -> Any:
    """Quantities: an integer, or a string of ASCII/Persian/Arabic-Indic digits ("۱۲" -> 12); nothing else.

    Persian-keyboard clients send Persian digits; refusing them would be a needless 422, while a decimal
    ("2.5", "۲٫۵"), a sign or words stay errors so that no quantity is guessed.
    """
    if isinstance(value, bool):
        raise InvalidValue("a quantity must be a whole number, not true/false", "تعداد باید عدد صحیح باشد، نه true/false")
    if isinstance(value, str):
        text = to_ascii_digits(normalize(value))
        if not re.fullmatch(r"\d{1,9}", text):
            raise InvalidValue(f"{value!r} is not a whole number of packs", f"«{value}» تعداد صحیحی از بسته نیست")
        return int(text)
    if isinstance(value, float):
        if not value.is_integer():
            raise InvalidValue(f"{value} is not a whole number", f"{value} عدد صحیح نیست")
        return int(value)
    return value


def _decimal_text(value: Any) -> Any:
    """Doses and amounts may also come as text with Persian digits and the Persian decimal separator (٫)."""
    if isinstance(value, str):
        text = to_ascii_digits(normalize(value)).replace("٫", ".").replace("/", ".")
        if not re.fullmatch(r"\d+(\.\d+)?", text):
            raise InvalidValue(f"{value!r} is not a number", f"«{value}» عدد نیست")
        return text
    return value


Quantity = Annotated[int, BeforeValidator(_whole_number), Field(gt=0, le=100_000, description="Packs (whole number > 0; Persian digits accepted as text)")]
PositiveCount = Annotated[int, BeforeValidator(_whole_number), Field(gt=0, le=100_000)]
Dose = Annotated[Decimal, BeforeValidator(_decimal_text), Field(gt=0, le=100_000, description="Units (tablets, ml, ...) per day")]
Amount = Annotated[Decimal, BeforeValidator(_decimal_text), Field(gt=0, le=10**9)]

_LANG_ALIASES = {"persian": "fa", "farsi": "fa", "فارسی": "fa", "english": "en", "انگلیسی": "en"}


class ImporterCompany(BaseModel):
    """A legal-person importer (CUS-6.1)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    principle_approval_valid_until: JDate | None = Field(
        None, description="Validity of the principle approval (موافقت اصولی) for importing raw materials and standards (CUS-6.1.1)"
    )
    activities: list[Literal["production", "import"]] = Field(default_factory=list, max_length=2, description="Active in drug production or import (CUS-6.1.1)")
    has_principle_approval: bool | None = Field(
        None, description="false: the company states it has no principle approval (with no activity listed it is refused, CUS-6.1.1); null: not stated"
    )
    purpose_letter_submitted: bool = Field(False, description="The purpose of the import was stated in a letter to DPNA (CUS-6.1.2)")
    order_registration_no: str | None = Field(None, max_length=60, description="Order registration (ثبت سفارش), needed above 1,000 USD (CUS-6.1.4)")


class GoodsOwner(BaseModel):
    """The owner of the goods (صاحب کالا): the person the warehouse receipt and passport name (CUS-5)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["natural", "legal"]
    name: str | None = Field(None, max_length=200)
    national_code: str | None = Field(None, max_length=20)
    passport_no: str | None = Field(None, max_length=20)
    company: ImporterCompany | None = None

    @field_validator("national_code")
    @classmethod
    def _national_code(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = normalize(v)
        if not is_valid_national_code(v):
            raise InvalidValue("not a valid Iranian national code (10 digits with a correct check digit)", "کد ملی معتبر نیست (۱۰ رقم با رقم کنترل درست)")
        return v

    @field_validator("passport_no")
    @classmethod
    def _passport(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = normalize(v).upper()
        if not is_valid_passport(v):
            raise InvalidValue("not a valid passport number (6-12 letters or digits)", "شماره گذرنامه معتبر نیست (۶ تا ۱۲ حرف یا رقم)")
        return v

    @model_validator(mode="after")
    def _identity(self) -> "GoodsOwner":
        if self.kind == "natural" and not (self.national_code or self.passport_no):
            raise InvalidValue("a natural person is identified by national_code or passport_no", "شخص حقیقی با کد ملی یا شماره گذرنامه شناخته می‌شود")
        if self.kind == "legal" and self.company is None:
            raise InvalidValue("a legal person needs the company block (CUS-6.1)", "برای شخص حقوقی مشخصات شرکت لازم است (بند ۶.۱)")
        return self


class DeclarationItemIn(BaseModel):
    """One medicine as declared: name as written on the pack (Persian or English), form, amounts, label facts."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    generic_name: str | None = Field(None, max_length=200)
    dosage_form: str = Field(min_length=1, max_length=60, description="tablet, capsule, ampoule, vial, syrup, drops, ... or the Persian word (قرص، کپسول، ...)")
    strength: str | None = Field(None, max_length=60)
    category: Category = "finished_drug"
    quantity: Quantity = 1
    units_per_pack: PositiveCount = 1
    daily_dose: Dose | None = None
    expiry_date: JDate | None = None
    batch_no: str | None = Field(None, max_length=60)
    original_packaging: bool | None = None
    intact_packaging: bool | None = None
    label_languages: list[str] = Field(default_factory=list, max_length=10)
    label_has_name: bool | None = None
    label_has_manufacturer: bool | None = None
    label_has_expiry: bool | None = None
    stored_as_labelled: bool | None = None
    value_usd: Decimal | None = Field(None, ge=0, le=10**9)
    raw_material_amount_g: Amount | None = None
    industrial_batch_size_g: Amount | None = Field(None, description="Industrial batch of the lowest-dose dosage form (CUS-6.1.3)")
    product_kind: ProductKind | None = Field(
        None,
        description="Declared as an exosome, cell-therapy or regenerative product (SPEC X3): customs asks inspections whether its import is "
        "permitted; names on the regenerative_products list are recognised without it",
    )

    @field_validator("label_languages")
    @classmethod
    def _langs(cls, v: list[str]) -> list[str]:
        out = []
        for lang in v:
            t = normalize(lang).casefold()
            t = _LANG_ALIASES.get(t, t)
            if not re.fullmatch(r"[a-z]{2,3}", t):
                raise InvalidValue(f"{lang!r} is not a language code such as fa, en, de", f"«{lang}» کد زبان نیست (مانند fa، en، de)")
            out.append(t)
        return out


class X3ApprovalIn(BaseModel):
    """A research approval or an IRC treatment code the owner gives (SPEC X3: sent to inspections as `approval`)."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["research_approval", "irc_code"] = Field(
        description="research_approval: research approved by an ethics committee (with its ethics code, کد اخلاق); irc_code: an approved treatment registered by the FDO (IRC, the product registration code)"
    )
    irc_code: str = Field(
        min_length=3,
        max_length=80,
        description="the approval's code: the ethics code for approved research (e.g. IR.QUMS.REC.1404.200) or the FDO registration code (IRC) of an approved treatment (the field keeps its historical name)",
    )
    reference: str | None = Field(None, max_length=120, description="Approval letter or project number")

    @field_validator("irc_code", "reference")
    @classmethod
    def _text(cls, v: str | None) -> str | None:
        return None if v is None else to_ascii_digits(normalize(v)).strip()


class DeclarationIn(BaseModel):
    """A declaration as customs or the traveller submits it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "channel": "passenger",
                    "purpose": "personal_use",
                    "owner": {"kind": "natural", "name": "سارا احمدی", "national_code": "0084575948"},
                    "customs_office": "THR-IKA",
                    "warehouse_receipt_no": "WR-1001",
                    "decision_date": "1404/05/01",
                    "prescription_attached": True,
                    "medical_documents_attached": True,
                    "items": [
                        {
                            "name": "لوزارتان ۵۰ میلی‌گرم",
                            "generic_name": "losartan",
                            "dosage_form": "قرص",
                            "strength": "50 mg",
                            "quantity": 3,
                            "units_per_pack": 30,
                            "daily_dose": 1,
                            "expiry_date": "1406/01/01",
                        }
                    ],
                }
            ]
        },
    )

    channel: Channel
    purpose: Purpose
    owner: GoodsOwner
    customs_office: str = Field(min_length=2, max_length=40)
    warehouse_receipt_no: str | None = Field(None, max_length=60, description="قبض انبار")
    decision_date: JDate | None = Field(None, description="Date the rules are applied for (default: today, Tehran)")
    prescription_attached: bool = False
    medical_documents_attached: bool = False
    commitment_letter: bool = Field(False, description="Commitment of the technical manager and CEO not to use samples commercially (CUS-6.1.3)")
    approval: X3ApprovalIn | None = Field(
        None, description="Research approval / IRC code for exosome, cell-therapy or regenerative products (SPEC X3); the GIO expert checks the documents"
    )
    items: list[DeclarationItemIn] = Field(min_length=1, max_length=MAX_ITEMS, description=f"At most {MAX_ITEMS} items")


class ReviewItemDecision(BaseModel):
    """The expert's decision on one item in the review (CUS-6.2: the expert's opinion decides)."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0, lt=MAX_ITEMS)
    decision: Literal["accept", "refuse"]
    cleared_quantity: Amount | None = Field(
        None, description="At most the engine's max_clearable_quantity (packs, or grams for raw materials), unless estimate_reason is given for a CUS-6.2 limit"
    )
    estimate_reason: str | None = Field(
        None,
        min_length=10,
        max_length=1000,
        description="CUS-6.2: the expert's own six-month estimate (more than the engine proposes, at most the declared quantity), with the reason",
    )
    reason: str | None = Field(None, max_length=1000)


class SubstanceIdentification(BaseModel):
    """The GIO expert's identification of one item whose name was not recognised (issue 11, CUS-ID)."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0, lt=MAX_ITEMS)
    substances: list[str] = Field(min_length=1, max_length=10, description="The substance(s) of the item (INN, or any name of the substance index)")
    reason: str | None = Field(None, max_length=1000, description="How the expert identified it (pack, leaflet, prescription, ...)")

    @field_validator("substances")
    @classmethod
    def _non_empty(cls, v: list[str]) -> list[str]:
        if any(not s.strip() or len(s) > 200 for s in v):
            raise InvalidValue("each substance is a non-empty name of at most 200 characters", "نام هر ماده باید ناتهی و حداکثر ۲۰۰ نویسه باشد")
        return v


class CustomsActionIn(BaseModel):
    """One workflow step: identify, expert_review, head_approval, dg_release, stamp, refuse."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "action": "expert_review",
                    "requirements_met": ["medical_documents", "prescription"],
                    "items": [{"index": 0, "decision": "accept", "cleared_quantity": 3}],
                    "note": "مدارک درمانی و نسخه پزشک بررسی شد",
                },
                {"action": "identify", "identifications": [{"index": 0, "substances": ["دیازپام"], "reason": "بروشور داخل بسته"}]},
                {"action": "stamp", "seal_id": "SEAL-77", "warehouse_receipt_no": "WR-1001"},
                {"action": "refuse", "reason": "نسخه پزشک ارائه نشد"},
            ]
        },
    )

    action: Literal["identify", "expert_review", "head_approval", "dg_release", "stamp", "refuse"]
    identifications: list[SubstanceIdentification] = Field(
        default_factory=list, max_length=MAX_ITEMS, description="For identify: the substances of the items whose names were not recognised"
    )
    note: str | None = Field(None, max_length=2000)
    reason: str | None = Field(None, max_length=2000, description="Required for refuse")
    requirements_met: list[str] = Field(
        default_factory=list, max_length=30, description="Document requirements the expert confirms (or, for discretionary ones, waives)"
    )
    items: list[ReviewItemDecision] = Field(default_factory=list, max_length=MAX_ITEMS)
    seal_id: str | None = Field(None, max_length=60, description="The expert's personal seal; must match the token's seal_id claim")
    warehouse_receipt_no: str | None = Field(None, max_length=60)

    @model_validator(mode="after")
    def _refuse_has_reason(self) -> "CustomsActionIn":
        if self.action == "refuse" and not (self.reason and self.reason.strip()):
            raise InvalidValue("a refusal states its reason", "دلیل رد باید ذکر شود")
        if self.action == "identify" and not self.identifications:
            raise InvalidValue(
                "identify names the items and their substances (identifications)", "در اقدام identify اقلام و مواد مؤثره آن‌ها (identifications) باید مشخص شود"
            )
        return self


class ExpertAssignmentIn(BaseModel):
    """The head of GIO assigns an expert (by token subject) to a customs office (CUS-5)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"expert_sub": "expert-1", "expert_name": "دکتر مریم کریمی"}]})

    expert_sub: str = Field(min_length=1, max_length=120, description="The expert's token subject")
    expert_name: str | None = Field(None, max_length=200)


# ------------------------------------------------------------------ responses (issue 16: every answer a named model)
#
# The evaluation is stored as JSON with the declaration and read back "as decided then"; these models describe
# what the API returns from it. Numbers the engine computes stay as computed (an integer stays an integer).

Number = int | float


class CustomsCitation(BaseModel):
    """One element of a decision's basis (SHR-PROV): the letter and clause, the rule applied, and what it rests on.

    A citation inspections gave (SPEC X3) is carried as given, with any further fields it has."""

    model_config = ConfigDict(extra="allow")

    number: str | None = Field(None, description="The letter's number (e.g. SOP-DPNA-GIO-020, 8646/د); null for a platform rule")
    date: str | None = Field(None, description="The letter's date (ISO)")
    date_jalali: str | None = Field(None, description="The same date in the Jalali calendar")
    clause: str | None = None
    text: str = Field(description="The rule as applied, prefixed by its rule id")
    text_fa: str | None = None
    kind: str = Field("rule", description="rule | warning | note")
    issuer: str | None = None
    rule_id: str | None = Field(None, description="The platform's rule id (CUS-6.2, CUS-X3, ...)")
    authority: str | None = Field(None, description="What the rule rests on: source (a clause quoted), interpretation, evidence or configuration")
    quote: str | None = Field(None, description="The letter's own words (authority `source`)")
    reason: str | None = Field(None, description="Why the platform reads the letters so (authority `interpretation`)")
    leans_on: list[str] = Field(default_factory=list, description="Letters an interpretation leans on")
    evidence: list[dict[str, Any]] = Field(default_factory=list, description="Published evidence (authority `evidence`): title, DOI or URL")
    configuration: dict[str, Any] | None = Field(
        None, description="Who published configured figures and whether they are confirmed (authority `configuration`)"
    )
    provisional: bool = Field(False, description="Rests on configured figures nobody has confirmed")
    source: str | None = Field(None, description="`inspections` for a citation given by inspections' ruling (SPEC X3); null for customs' own")


class CustomsRequirement(BaseModel):
    """A requirement still open on an item (a document, an approval, a verification)."""

    code: str = Field(description="Stable code, e.g. prescription, medical_documents, head_of_gio_approval, inspections_verification")
    rule_id: str
    closed_by: str = Field(description="Who closes it: owner (documents the expert confirms), gio_expert, gio_head, dpna_dg, system")
    text: str
    text_fa: str
    at_expert_discretion: bool = Field(description="The expert may waive it (e.g. an official translation only if asked for)")


class CustomsReason(BaseModel):
    """Why the engine decided as it did, with the rule applied (also used for warnings)."""

    rule_id: str
    effect: str = Field(description="refuse | refuse_excess | out_of_scope | require | note | warning")
    text: str
    text_fa: str


class X3Answer(BaseModel):
    """Inspections' answer for one date asked (SPEC X3), or why none could be had."""

    date: str = Field(description="The date the question was asked for (ISO)")
    outcome: str | None = Field(None, description="permitted | prohibited | not_regulated_by_these_letters; null when no answer came")
    letters_applied: list[str] = Field(default_factory=list)
    deciding_rule: str | None = None
    inspections_decision_id: str | None = Field(None, description="Inspections' own decision record")
    inspections_ruleset_version: str | None = None
    unavailable_reason: str | None = Field(None, description="Why no answer could be had (unreachable, timeout, ...)")


class X3Check(BaseModel):
    """A question put to inspections about an exosome, cell-therapy or regenerative product (SPEC X3) and its answers."""

    kind: str = Field(description="exosome | cell_therapy | regenerative")
    activity: str = "import"
    approval: str = Field(description="research_approval | irc_code | none")
    name_certain: bool = Field(description="false when the name only suggests the kind (the expert confirms)")
    answers: list[X3Answer]
    verification: str | None = Field(None, description="verified | pending")


class OwnerResponsibility(BaseModel):
    """The owner's responsibility for adverse effects (CUS-6.2), in both languages."""

    en: str
    fa: str


class CustomsWorkflowStep(BaseModel):
    """One step of a declaration's or an export permit's workflow, each a decision record."""

    action: str = Field(description="submitted, identify, expert_review, head_approval, dg_release, stamp, refuse")
    actor: str = Field(description="The token subject who took the step")
    role: str
    state_from: str | None = None
    state_to: str
    decision_id: str = Field(description="The decision record of the step (GET /v1/decisions/{decision_id})")
    note: str | None = None
    at: str = Field(description="When (ISO instant)")


class NextAction(BaseModel):
    """An action the workflow allows next, and the role that may take it."""

    action: str
    role: str


class DeclarationCompany(BaseModel):
    """The company block of a legal-person owner, as declared (CUS-6.1)."""

    name: str
    principle_approval_valid_until: str | None = None
    activities: list[str] = Field(default_factory=list)
    has_principle_approval: bool | None = None
    purpose_letter_submitted: bool = False
    order_registration_no: str | None = None


class DeclarationOwner(BaseModel):
    """The owner of the goods as declared."""

    kind: str = Field(description="natural | legal")
    name: str | None = None
    national_code: str | None = None
    passport_no: str | None = None
    company: DeclarationCompany | None = None


class ExpertEstimate(BaseModel):
    """The expert's own six-month estimate above the engine's proposal (CUS-6.2), with its reason."""

    quantity: Number
    engine_proposal: Number
    reason: str | None = None
    rule_id: str


class DeclarationItem(BaseModel):
    """One item: the engine's evaluation and where the workflow stands on it."""

    index: int
    name: str
    dosage_form: str = Field(description="The dosage-form code the declared form resolved to")
    category: str
    quantity: Number
    quantity_unit: str = Field(description="pack, or g for raw materials and standards")
    outcome: str = Field(description="The engine's outcome: refused | pending | out_of_scope (cleared only by the workflow)")
    requirements: list[CustomsRequirement]
    reasons: list[CustomsReason]
    matches: dict[str, list[str]] = Field(description="Reference lists the item matched, by list name")
    substances: list[str] = Field(default_factory=list, description="The substances the name resolved to, or the expert identified (CUS-ID)")
    identified_by_expert: bool = False
    supply_days: Number | None = Field(None, description="Days of supply at the declared daily dose")
    max_clearable_quantity: Number | None = Field(None, description="The most that may be cleared (six months' supply, CUS-6.2; 1/10 of a batch, CUS-6.1.3)")
    limit_rule: str | None = Field(None, description="The rule behind max_clearable_quantity: CUS-6.2 (the expert may estimate otherwise) or CUS-6.1.3")
    excess_quantity: Number = 0
    verification: str = Field("not_required", description="SPEC X3: not_required | verified | pending")
    x3_checks: list[X3Check] = Field(default_factory=list)
    basis: list[CustomsCitation]
    workflow_status: str = Field(description="pending | accepted | cleared | refused | out_of_scope")
    cleared_quantity: Number | None = Field(None, description="The quantity the expert accepted")
    open_requirements: list[str] = Field(description="Codes of the requirements still open on the item")
    review_reason: str | None = Field(None, description="Why a person refused the item")
    expert_estimate: ExpertEstimate | None = None


class VerificationRetry(BaseModel):
    """How to ask inspections again (SPEC X3)."""

    method: str
    path: str
    if_match: bool
    automatic_every_seconds: float | None = Field(None, description="The service retries by itself this often (null: never)")


class DeclarationVerification(BaseModel):
    """The declaration's SPEC X3 verification with inspections."""

    status: str = Field(description="not_required | verified | pending (an answer is still missing)")
    pending_items: list[int]
    checked_items: list[int]
    reason: str | None = Field(None, description="Why inspections could not be asked, while pending")
    attempts: int
    last_attempt_at: str | None = None
    last_attempt_at_jalali: str | None = None
    retry: VerificationRetry | None = Field(None, description="Present while items wait")


class DeclarationDetail(BaseModel):
    """A declaration with its evaluation, workflow state, steps and basis (read back as decided)."""

    id: str
    state: str = Field(description="awaiting_expert_review | awaiting_head_approval | awaiting_dg_release | awaiting_stamp | cleared | refused")
    version: int = Field(description="Increases with each step; the ETag")
    next_actions: list[NextAction]
    channel: str
    purpose: str
    customs_office: str
    office_has_gio_representative: bool = Field(description="false: a clearance letter is written instead of stamping the receipt (CUS-5)")
    owner: DeclarationOwner
    warehouse_receipt_no: str | None = None
    decision_date: str | None = Field(description="The date the rules were applied for (ISO)")
    decision_date_jalali: str | None = None
    outcome: str = Field(description="The engine's overall outcome: cleared | refused | pending | out_of_scope")
    items: list[DeclarationItem]
    requirements: list[CustomsRequirement] = Field(description="Every requirement open on some item")
    reasons: list[CustomsReason] = Field(description="Reasons that concern the whole declaration")
    warnings: list[CustomsReason]
    owner_responsibility: OwnerResponsibility | None = Field(None, description="Personal use only (CUS-6.2)")
    verification: DeclarationVerification
    basis: list[CustomsCitation]
    ruleset_version: str
    reference_version: str
    reference_versions: dict[str, str] = Field(description="The version of each reference list the evaluation used")
    seal_id: str | None = None
    stamped_by: str | None = None
    stamped_at: str | None = None
    stamped_at_jalali: str | None = None
    clearance_letter_no: str | None = Field(None, description="Set once cleared at an office without a GIO representative")
    clearance_letter_date: str | None = None
    clearance_letter_date_jalali: str | None = None
    steps: list[CustomsWorkflowStep]
    created_at: str | None = None
    created_at_jalali: str | None = None
    decision_id: str | None = Field(None, description="The decision record of this answer's step (or the latest step)")


class DeclarationSummary(BaseModel):
    """A declaration in a list."""

    id: str
    state: str
    version: int
    customs_office: str
    channel: str
    purpose: str
    outcome: str
    decision_date: str
    created_at: str


class DeclarationList(Paginated[DeclarationSummary]):
    """Declarations visible to the caller, newest first."""
