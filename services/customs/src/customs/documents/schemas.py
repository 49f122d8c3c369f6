"""The public verification's answer (response model of GET /v1/documents/{code}/verify)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class VerifiedItem(BaseModel):
    index: int = Field(description="The item's index in the declaration or application (from 0)")
    name: str = Field(description="The product's name as declared")
    dosage_form: str = Field(description="Dosage form code")
    dosage_form_label: str = Field(description="Dosage form in the answer's language")
    quantity: float = Field(description="Quantity cleared or permitted")
    unit: Literal["pack", "g"]
    unit_label: str


class VerifiedDocument(BaseModel):
    kind: Literal["clearance_letter", "export_permit"]
    number: str | None = Field(description="Letter number, e.g. GIO-CL/1404/00012")
    date: str | None = Field(description="Date of the document (ISO)")
    date_jalali: str | None = Field(description="Date of the document (Jalali)")
    office: str | None = Field(description="Customs office code")
    state: str = Field(description="State of the declaration or permit")
    state_label: str = Field(description="The state in the answer's language")
    owner_identity_masked: str | None = Field(description="The owner's national code or passport, all but the first and last two characters hidden")
    items: list[VerifiedItem]


class DocumentVerification(BaseModel):
    """valid: the record still states what the paper states; altered: the record changed after printing (or is gone);
    superseded: a newer copy was printed after the record changed; unknown: no document has this code."""

    code: str = Field(description="The code, grouped (ABCD-EFGH-IJKL-MNOP)")
    status: Literal["valid", "altered", "superseded", "unknown"]
    authentic: bool = Field(description="True only for `valid`")
    message: str = Field(description="What the status means for the reader, in the answer's language")
    language: Literal["fa", "en"]
    checked_at: str
    document: VerifiedDocument | None = Field(description="What was issued under this code (null when unknown, or when the stored copy fails its own code)")
    current: VerifiedDocument | None = Field(description="What the record says now, when it differs (altered / superseded)")
    differences: list[str] = Field(description="Fields in which the record differs from what was issued")
    superseded_by: str | None = Field(None, description="The code of the newer copy (superseded)")
