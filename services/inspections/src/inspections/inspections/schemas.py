"""Inspection request shapes (JSON with base64 evidence, or multipart with a JSON `payload` part)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.jalali import JDate


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
