"""Request and response shapes of declarations (and the engine's input: the same models, no I/O)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from shared.jalali import JDate
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
        raise ValueError("a quantity must be a whole number, not true/false")
    if isinstance(value, str):
        text = to_ascii_digits(normalize(value))
        if not re.fullmatch(r"\d{1,9}", text):
            raise ValueError(f"{value!r} is not a whole number of packs")
        return int(text)
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"{value} is not a whole number")
        return int(value)
    return value


def _decimal_text(value: Any) -> Any:
    """Doses and amounts may also come as text with Persian digits and the Persian decimal separator (٫)."""
    if isinstance(value, str):
        text = to_ascii_digits(normalize(value)).replace("٫", ".").replace("/", ".")
        if not re.fullmatch(r"\d+(\.\d+)?", text):
            raise ValueError(f"{value!r} is not a number")
        return text
    return value


Quantity = Annotated[int, BeforeValidator(_whole_number), Field(gt=0, le=100_000, description="Packs (whole number > 0; Persian digits accepted as text)")]
PositiveCount = Annotated[int, BeforeValidator(_whole_number), Field(gt=0, le=100_000)]
Dose = Annotated[Decimal, BeforeValidator(_decimal_text), Field(gt=0, le=100_000, description="Units (tablets, ml, ...) per day")]
Amount = Annotated[Decimal, BeforeValidator(_decimal_text), Field(gt=0, le=10**9)]

_LANG_ALIASES = {"persian": "fa", "farsi": "fa", "فارسی": "fa", "english": "en", "انگلیسی": "en"}


class Company(BaseModel):
    """A legal-person importer (CUS-6.1)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    principle_approval_valid_until: JDate | None = Field(None, description="Validity of the principle approval (موافقت اصولی) for importing raw materials and standards (CUS-6.1.1)")
    activities: list[Literal["production", "import"]] = Field(default_factory=list, max_length=2, description="Active in drug production or import (CUS-6.1.1)")
    has_principle_approval: bool | None = Field(None, description="false: the company states it has no principle approval (with no activity listed it is refused, CUS-6.1.1); null: not stated")
    purpose_letter_submitted: bool = Field(False, description="The purpose of the import was stated in a letter to DPNA (CUS-6.1.2)")
    order_registration_no: str | None = Field(None, max_length=60, description="Order registration (ثبت سفارش), needed above 1,000 USD (CUS-6.1.4)")


class Owner(BaseModel):
    """The owner of the goods (صاحب کالا): the person the warehouse receipt and passport name (CUS-5)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["natural", "legal"]
    name: str | None = Field(None, max_length=200)
    national_code: str | None = Field(None, max_length=20)
    passport_no: str | None = Field(None, max_length=20)
    company: Company | None = None

    @field_validator("national_code")
    @classmethod
    def _national_code(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = normalize(v)
        if not is_valid_national_code(v):
            raise ValueError("not a valid Iranian national code (10 digits with a correct check digit)")
        return v

    @field_validator("passport_no")
    @classmethod
    def _passport(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = normalize(v).upper()
        if not is_valid_passport(v):
            raise ValueError("not a valid passport number (6-12 letters or digits)")
        return v

    @model_validator(mode="after")
    def _identity(self) -> "Owner":
        if self.kind == "natural" and not (self.national_code or self.passport_no):
            raise ValueError("a natural person is identified by national_code or passport_no")
        if self.kind == "legal" and self.company is None:
            raise ValueError("a legal person needs the company block (CUS-6.1)")
        return self


class ItemIn(BaseModel):
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
                raise ValueError(f"{lang!r} is not a language code such as fa, en, de")
            out.append(t)
        return out


class ApprovalIn(BaseModel):
    """A research approval or an IRC treatment code the owner gives (SPEC X3: sent to inspections as `approval`)."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["research_approval", "irc_code"] = Field(description="research_approval: research approved by an ethics committee (with its ethics code, کد اخلاق); irc_code: an approved treatment registered by the FDO (IRC, the product registration code)")
    irc_code: str = Field(min_length=3, max_length=80, description="the approval's code: the ethics code for approved research (e.g. IR.QUMS.REC.1404.200) or the FDO registration code (IRC) of an approved treatment (the field keeps its historical name)")
    reference: str | None = Field(None, max_length=120, description="Approval letter or project number")

    @field_validator("irc_code", "reference")
    @classmethod
    def _text(cls, v: str | None) -> str | None:
        return None if v is None else to_ascii_digits(normalize(v)).strip()


class DeclarationIn(BaseModel):
    """A declaration as customs or the traveller submits it."""

    model_config = ConfigDict(extra="forbid")

    channel: Channel
    purpose: Purpose
    owner: Owner
    customs_office: str = Field(min_length=2, max_length=40)
    warehouse_receipt_no: str | None = Field(None, max_length=60, description="قبض انبار")
    decision_date: JDate | None = Field(None, description="Date the rules are applied for (default: today, Tehran)")
    prescription_attached: bool = False
    medical_documents_attached: bool = False
    commitment_letter: bool = Field(False, description="Commitment of the technical manager and CEO not to use samples commercially (CUS-6.1.3)")
    approval: ApprovalIn | None = Field(None, description="Research approval / IRC code for exosome, cell-therapy or regenerative products (SPEC X3); the GIO expert checks the documents")
    items: list[ItemIn] = Field(min_length=1, max_length=MAX_ITEMS, description=f"At most {MAX_ITEMS} items")


class ItemDecision(BaseModel):
    """The expert's decision on one item in the review (CUS-6.2: the expert's opinion decides)."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0, lt=MAX_ITEMS)
    decision: Literal["accept", "refuse"]
    cleared_quantity: Amount | None = Field(None, description="At most the engine's max_clearable_quantity (packs, or grams for raw materials), unless estimate_reason is given for a CUS-6.2 limit")
    estimate_reason: str | None = Field(None, min_length=10, max_length=1000, description="CUS-6.2: the expert's own six-month estimate (more than the engine proposes, at most the declared quantity), with the reason")
    reason: str | None = Field(None, max_length=1000)


class Identification(BaseModel):
    """The GIO expert's identification of one item whose name was not recognised (issue 11, CUS-ID)."""

    model_config = ConfigDict(extra="forbid")

    index: int = Field(ge=0, lt=MAX_ITEMS)
    substances: list[str] = Field(min_length=1, max_length=10, description="The substance(s) of the item (INN, or any name of the substance index)")
    reason: str | None = Field(None, max_length=1000, description="How the expert identified it (pack, leaflet, prescription, ...)")

    @field_validator("substances")
    @classmethod
    def _non_empty(cls, v: list[str]) -> list[str]:
        if any(not s.strip() or len(s) > 200 for s in v):
            raise ValueError("each substance is a non-empty name of at most 200 characters")
        return v


class ActionIn(BaseModel):
    """One workflow step: identify, expert_review, head_approval, dg_release, stamp, refuse."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["identify", "expert_review", "head_approval", "dg_release", "stamp", "refuse"]
    identifications: list[Identification] = Field(default_factory=list, max_length=MAX_ITEMS, description="For identify: the substances of the items whose names were not recognised")
    note: str | None = Field(None, max_length=2000)
    reason: str | None = Field(None, max_length=2000, description="Required for refuse")
    requirements_met: list[str] = Field(default_factory=list, max_length=30, description="Document requirements the expert confirms (or, for discretionary ones, waives)")
    items: list[ItemDecision] = Field(default_factory=list, max_length=MAX_ITEMS)
    seal_id: str | None = Field(None, max_length=60, description="The expert's personal seal; must match the token's seal_id claim")
    warehouse_receipt_no: str | None = Field(None, max_length=60)

    @model_validator(mode="after")
    def _refuse_has_reason(self) -> "ActionIn":
        if self.action == "refuse" and not (self.reason and self.reason.strip()):
            raise ValueError("a refusal states its reason")
        if self.action == "identify" and not self.identifications:
            raise ValueError("identify names the items and their substances (identifications)")
        return self


class AssignmentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    expert_sub: str = Field(min_length=1, max_length=120, description="The expert's token subject")
    expert_name: str | None = Field(None, max_length=200)
