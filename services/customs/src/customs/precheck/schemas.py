"""The public pre-check: what a traveller may ask without identifying themselves, and the answer in their language."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from customs.declarations.schemas import Channel, CustomsCitation, Number, Purpose, X3ApprovalIn, X3Check
from shared.jalali import JDate

MAX_PRECHECK_ITEMS = 50


class PrecheckIn(BaseModel):
    """What a traveller may ask without identifying themselves (no name, national code or passport)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "direction": "import",
                    "channel": "passenger",
                    "purpose": "personal_use",
                    "prescription_attached": True,
                    "customs_office": "THR-IKA",
                    "items": [{"name": "لوزارتان ۵۰ میلی‌گرم", "dosage_form": "قرص", "quantity": "۳", "units_per_pack": 30, "daily_dose": 1}],
                }
            ]
        },
    )

    direction: Literal["import", "export"] = "import"
    channel: Channel = "passenger"
    purpose: Purpose = "personal_use"
    decision_date: JDate | None = None
    prescription_attached: bool = False
    medical_documents_attached: bool = False
    customs_office: str | None = Field(None, max_length=40)
    approval: X3ApprovalIn | None = Field(None, description="Research approval / IRC code, for exosome, cell-therapy or regenerative products (SPEC X3)")
    items: list[dict[str, Any]] = Field(
        min_length=1,
        max_length=MAX_PRECHECK_ITEMS,
        description=f"At most {MAX_PRECHECK_ITEMS} items; import items as in declarations, export items as in export permits",
    )


class PrecheckReason(BaseModel):
    """Why, in the answer's language."""

    rule_id: str
    effect: str = Field(description="refuse | refuse_excess | out_of_scope | require | note | warning")
    text: str


class PrecheckRequirement(BaseModel):
    """A step still needed, in the answer's language."""

    code: str
    text: str


class PrecheckWarning(BaseModel):
    """A warning, in the answer's language."""

    rule_id: str
    text: str


class PrecheckItem(BaseModel):
    """The pre-check of one item."""

    index: int
    name: str
    outcome: str = Field(description="The engine's outcome: refused | pending | out_of_scope | cleared (import), no_permit_needed | pending | refused (export)")
    verdict: str = Field(description="The answer in plain words, in the answer's language")
    verification: str = Field(description="SPEC X3: not_required | verified | pending")
    x3_checks: list[X3Check]
    substances: list[str]
    reasons: list[PrecheckReason]
    requirements: list[PrecheckRequirement]
    supply_days: Number | None = None
    max_clearable_quantity: Number | None = None
    excess_quantity: Number = 0
    basis: list[CustomsCitation]


class PrecheckVerification(BaseModel):
    """Whether inspections answered for the exosome, cell-therapy or regenerative items (SPEC X3)."""

    status: str = Field(description="not_required | verified | pending")
    pending_items: list[int]
    checked_items: list[int]
    reason: str | None = None


class PrecheckAnswer(BaseModel):
    """The pre-check's answer: nothing is stored; the GIO expert's review decides at customs."""

    outcome: str
    verdict: str = Field(description="The overall answer in plain words, in the answer's language")
    language: str = Field(description="fa or en (also Content-Language)")
    items: list[PrecheckItem]
    warnings: list[PrecheckWarning]
    verification: PrecheckVerification
    owner_responsibility: str | None = Field(None, description="The owner's responsibility for adverse effects (personal use, CUS-6.2)")
    basis: list[CustomsCitation]
    ruleset_version: str
    reference_version: str
    stored: bool = Field(description="Always false: a pre-check stores nothing")
    notice: str
