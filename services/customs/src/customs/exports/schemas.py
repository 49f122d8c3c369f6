"""Form FRM-DPNA-GIO-057 (application to send medicines abroad) plus the prescription (CUS-6.4.1)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shared.jalali import JDate
from shared.text import is_valid_national_code, is_valid_passport, normalize

from customs.declarations.schemas import MAX_ITEMS, Dose, PositiveCount, Quantity


class Prescription(BaseModel):
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

    model_config = ConfigDict(extra="forbid")

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
    prescription: Prescription
    items: list[ExportItemIn] = Field(min_length=1, max_length=MAX_ITEMS)

    @field_validator("national_code")
    @classmethod
    def _nc(cls, v: str | None) -> str | None:
        if v is not None and not is_valid_national_code(v):
            raise ValueError("not a valid Iranian national code (10 digits with a correct check digit)")
        return normalize(v) if v else v

    @field_validator("passport_no")
    @classmethod
    def _pp(cls, v: str | None) -> str | None:
        if v is not None and not is_valid_passport(v):
            raise ValueError("not a valid passport number (6-12 letters or digits)")
        return normalize(v).upper() if v else v

    @model_validator(mode="after")
    def _identity(self) -> "ExportPermitIn":
        if not (self.national_code or self.passport_no):
            raise ValueError("the applicant is identified by national_code or passport_no")
        if not self.signed:
            raise ValueError("form FRM-DPNA-GIO-057 must be signed by the applicant")
        return self
