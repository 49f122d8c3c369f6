"""Inspection request shapes (JSON with base64 evidence, or multipart with a JSON `payload` part)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from inspections.enforcement.schemas import ViolationSummary
from shared.jalali import JDate
from shared.pagination import Paginated


class AnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    item: str = Field(max_length=40)
    result: Literal["compliant", "non_compliant", "not_applicable"]
    note: str | None = Field(default=None, max_length=4000)
    severity: Literal["minor", "major", "critical"] | None = Field(default=None, description="Override of the item's default severity")


class EvidenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item: str | None = Field(default=None, max_length=40)
    filename: str = Field(min_length=1, max_length=200)
    content_type: str = Field(max_length=100)
    content_base64: str
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$", description="Optional: checked against the content")


class InspectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    inspected_on: JDate
    checklist_version: str | None = None
    summary: str | None = Field(default=None, max_length=8000)
    answers: list[AnswerIn] = Field(min_length=1, max_length=100)
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=20)

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "inspected_on": "1404/09/15",
                    "summary": "بازرسی ماهانه؛ فراورده اگزوزوم بدون مجوز در یخچال مرکز یافت شد.",
                    "answers": [
                        {"item": "operating_licence", "result": "compliant"},
                        {"item": "physical_space", "result": "compliant"},
                        {"item": "product_authorisation", "result": "non_compliant", "note": "۱۲ ویال سرم اگزوزوم بدون ثبت سازمان غذا و دارو"},
                        {"item": "research_ethics", "result": "not_applicable"},
                        {"item": "irc_treatment", "result": "compliant"},
                        {"item": "advertising_online", "result": "compliant"},
                        {"item": "advertising_offline", "result": "compliant"},
                        {"item": "technical_manager", "result": "compliant"},
                        {"item": "patient_records", "result": "compliant"},
                    ],
                    "evidence": [],
                },
            ]
        },
    )


# ------------------------------------------------------------------------------------------------ answers


class ChecklistItemBasis(BaseModel):
    """What a checklist item rests on (SHR-PROV): the letter and clause, and the letter's words or the platform's reason."""

    letter: str | None = Field(description="The letter's number, e.g. 400/10262/د")
    clause: str | None
    text: str
    kind: str = Field(description="rule, warning or note")
    rule_id: str | None
    authority: str = Field(description="source (the letter's own words in `quote`) or interpretation (`reason` says why)")
    quote: str | None
    reason: str | None
    leans_on: list[str] = Field(description="Letters an interpretation leans on")
    text_fa: str | None


class InspectionChecklistItem(BaseModel):
    """One item of a checklist: a non_compliant answer becomes a violation of `violation_type` with `severity`."""

    code: str = Field(description="The item code answers refer to")
    text: str
    text_fa: str
    violation_type: str
    severity: Literal["minor", "major", "critical"] = Field(description="Default severity of a violation of this item")
    source: str = Field(description="The letter the item comes from")
    cite: ChecklistItemBasis


class InspectionChecklist(BaseModel):
    """A version of the inspection checklist (data), in effect from `effective_from`."""

    version: str
    effective_from: dt.date
    effective_from_jalali: str | None
    source: str
    items: list[InspectionChecklistItem]


class InspectionChecklistList(Paginated[InspectionChecklist]):
    """Every checklist version, oldest first."""


class InspectionAnswer(BaseModel):
    """The inspector's answer to one checklist item."""

    item: str
    result: Literal["compliant", "non_compliant", "not_applicable"]
    note: str | None


class InspectionEvidenceRef(BaseModel):
    """An evidence file kept with the inspection; `href` downloads it."""

    id: str
    item: str | None = Field(description="The checklist item it documents (None: the inspection as a whole)")
    filename: str
    content_type: str
    size_bytes: int
    sha256: str = Field(description="Hex SHA-256 of the content (also the download's ETag)")
    href: str = Field(description="Path of the download, under this service")


class InspectionDetail(BaseModel):
    """A recorded inspection: the answers, the evidence files and the violations it found."""

    id: str
    center_id: str
    university: str
    inspected_on: dt.date
    inspected_on_jalali: str | None
    inspector: str = Field(description="The inspector's token subject")
    checklist_version: str
    outcome: Literal["compliant", "non_compliant"]
    summary: str | None
    decision_id: str = Field(description="The decision record of the inspection")
    answers: list[InspectionAnswer]
    evidence: list[InspectionEvidenceRef]
    violations: list[ViolationSummary] = Field(description="One per non_compliant answer")
