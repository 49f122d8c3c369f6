"""Form FRM-DPNA-GIO-057 (application to send medicines abroad) plus the prescription (CUS-6.4.1)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from customs.declarations.schemas import (
    MAX_ITEMS,
    CustomsCitation,
    CustomsReason,
    CustomsRequirement,
    CustomsWorkflowStep,
    Dose,
    Number,
    PositiveCount,
    Quantity,
)
from shared.errors import InvalidValue
from shared.jalali import JDate
from shared.text import is_valid_national_code, is_valid_passport, normalize


class ExportPrescription(BaseModel):
    model_config = ConfigDict(extra="forbid")

    attached: bool = Field(description="The physician's prescription is attached (CUS-6.4.1)")
    physician_name: str | None = Field(None, max_length=200)
    council_no: str | None = Field(None, max_length=20)
    date: JDate | None = None


class ExportItemIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    generic_name: str | None = Field(None, max_length=200)
    dosage_form: str = Field(min_length=1, max_length=60)
    quantity: Quantity = 1
    units_per_pack: PositiveCount = 1
    daily_dose: Dose | None = Field(None, description="Per the prescription, units per day")


class ExportPermitIn(BaseModel):
    """The fields of FRM-DPNA-GIO-057: applicant, customs office, destination, phone, address, signature."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "applicant_name": "رضا مرادی",
                    "national_code": "1274567890",
                    "customs_office": "THR-IKA",
                    "destination_country": "آلمان",
                    "phone": "+98 912 000 0000",
                    "address": "تهران، خیابان ولیعصر، پلاک ۱۲",
                    "signed": True,
                    "prescription": {"attached": True, "physician_name": "دکتر علی رحیمی", "council_no": "12345", "date": "1404/04/20"},
                    "items": [{"name": "لوزارتان ۵۰ میلی‌گرم", "dosage_form": "قرص", "quantity": 2, "units_per_pack": 30, "daily_dose": 1}],
                }
            ]
        },
    )

    applicant_name: str = Field(min_length=1, max_length=200)
    national_code: str | None = Field(None, max_length=20)
    passport_no: str | None = Field(None, max_length=20)
    customs_office: str = Field(min_length=2, max_length=40)
    destination_country: str = Field(min_length=2, max_length=80)
    phone: str = Field(min_length=5, max_length=30, pattern=r"^[+0-9۰-۹٠-٩ ()\-]+$")
    address: str = Field(min_length=5, max_length=500)
    signed: bool = Field(description="The form is signed by the applicant")
    channel: Literal["passenger", "postal"] = "passenger"
    decision_date: JDate | None = None
    prescription: ExportPrescription
    items: list[ExportItemIn] = Field(min_length=1, max_length=MAX_ITEMS)

    @field_validator("national_code")
    @classmethod
    def _nc(cls, v: str | None) -> str | None:
        if v is not None and not is_valid_national_code(v):
            raise InvalidValue("not a valid Iranian national code (10 digits with a correct check digit)", "کد ملی معتبر نیست (۱۰ رقم با رقم کنترل درست)")
        return normalize(v) if v else v

    @field_validator("passport_no")
    @classmethod
    def _pp(cls, v: str | None) -> str | None:
        if v is not None and not is_valid_passport(v):
            raise InvalidValue("not a valid passport number (6-12 letters or digits)", "شماره گذرنامه معتبر نیست (۶ تا ۱۲ حرف یا رقم)")
        return normalize(v).upper() if v else v

    @model_validator(mode="after")
    def _identity(self) -> "ExportPermitIn":
        if not (self.national_code or self.passport_no):
            raise InvalidValue("the applicant is identified by national_code or passport_no", "متقاضی با کد ملی یا شماره گذرنامه شناخته می‌شود")
        if not self.signed:
            raise InvalidValue("form FRM-DPNA-GIO-057 must be signed by the applicant", "فرم FRM-DPNA-GIO-057 باید به امضای متقاضی برسد")
        return self


# ------------------------------------------------------------------ responses (issue 16)


class ExportPrescriptionRecord(BaseModel):
    """The prescription as stated on the application."""

    attached: bool
    physician_name: str | None = None
    council_no: str | None = None
    date: str | None = Field(None, description="ISO date")


class ExportApplicationItem(BaseModel):
    """An item as applied for."""

    name: str
    generic_name: str | None = None
    dosage_form: str
    quantity: int
    units_per_pack: int
    daily_dose: str | None = Field(None, description="Units per day, as a decimal string")


class ExportApplication(BaseModel):
    """Form FRM-DPNA-GIO-057 as submitted (dates ISO)."""

    applicant_name: str
    national_code: str | None = None
    passport_no: str | None = None
    customs_office: str
    destination_country: str
    phone: str
    address: str
    signed: bool
    channel: str
    decision_date: str | None = None
    prescription: ExportPrescriptionRecord
    items: list[ExportApplicationItem]


class SmallQuantityRow(BaseModel):
    """A row of circular 8646/د's table: how many of a group of dosage forms may leave without a permit."""

    group: str
    forms: list[str]
    max_count: int
    counted_in: str = Field(description="packs or units")


class SmallQuantityAllowance(BaseModel):
    """Whether the small-quantity allowance (CUS-6.4.2) covers the whole consignment, and why not."""

    applies: bool
    why_not: list[str]
    table: list[SmallQuantityRow]


class ExportPermitItem(BaseModel):
    """One item's evaluation for leaving the country (CUS-6.4)."""

    index: int
    name: str
    dosage_form: str
    quantity: Number
    outcome: str = Field(description="no_permit_needed | pending | refused")
    requirements: list[CustomsRequirement]
    reasons: list[CustomsReason]
    matches: dict[str, list[str | None]] = Field(description="Reference lists the item matched, by list name")
    supply_days: Number | None = None
    max_clearable_quantity: Number | None = Field(None, description="The most that may leave (three months' supply, one month for shortage drugs, CUS-6.4.3)")
    excess_quantity: Number = 0
    basis: list[CustomsCitation]


class ExportWorkflow(BaseModel):
    """Who must still decide on the application (CUS-6.4.3 note)."""

    head_of_gio_approval: bool
    dg_release: bool


class PermittedQuantity(BaseModel):
    """The quantity of one item permitted to leave, as decided."""

    quantity: Number
    set_by: str = Field(description="The role that set it")
    reason: str | None = None


class ExpertIdentification(BaseModel):
    """The substances a GIO expert identified for an unrecognised item (CUS-ID)."""

    substances: list[str]
    by: str
    reason: str | None = None
    at: str | None = None


class ExportPermitDetail(BaseModel):
    """An application to send medicines abroad with its evaluation, state and steps."""

    id: str
    state: str = Field(description="no_permit_needed | awaiting_expert_review | awaiting_head_approval | awaiting_dg_release | issued | refused")
    version: int = Field(description="Increases with each step; the ETag")
    form: str = Field(description="FRM-DPNA-GIO-057")
    application: ExportApplication
    customs_office: str
    decision_date: str | None = None
    decision_date_jalali: str | None = None
    outcome: str = Field(description="no_permit_needed | pending | refused")
    small_quantity_allowance: SmallQuantityAllowance
    items: list[ExportPermitItem]
    warnings: list[CustomsReason]
    workflow: ExportWorkflow
    basis: list[CustomsCitation]
    ruleset_version: str
    reference_version: str
    identified: dict[str, ExpertIdentification] | None = Field(None, description="Item index -> the expert's identification (CUS-ID)")
    permit_letter_no: str | None = Field(None, description="Set once the permit is issued")
    permitted: dict[str, PermittedQuantity] = Field(description="Item index -> the quantity permitted to leave")
    steps: list[CustomsWorkflowStep]
    created_at: str | None = None
    created_at_jalali: str | None = None
    decision_id: str | None = Field(None, description="The decision record of this answer's step (or the latest step)")
