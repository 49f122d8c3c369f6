"""Coverage decision input (OFL-I)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field


class CoverageIn(BaseModel):
    """The patient's insurer covers, or does not cover, an approved request (OFL-I)."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"covered": True, "reason": "در بسته خرید راهبردی سال ۱۴۰۳ برای دژنراسیون ماکولا پوشش داده می‌شود"}]}
    )

    covered: bool = Field(description="true: the insurer covers this approved treatment; false: it does not")
    reason: str = Field(min_length=3, max_length=2000, description="why (required both ways; shown to the physician and auditors)")


class InsurerCoveragePolicy(BaseModel):
    """What an insurer purchases under one guideline, as entered (provisional until confirmed) (OFL-I-POLICY)."""

    guideline: str
    covered_indications: list[str]
    conditions: list[str]
    published_by: str
    published_at: dt.date | None = None
    version: str | None = None
    confirmed: bool


class OffLabelInsurer(BaseModel):
    """An insurer that records coverage decisions, with its coverage policies."""

    code: str = Field(description="Send it as the request's `insurer`; an insurer's token carries it as `org`")
    name: str
    name_fa: str | None = None
    source: str = Field(description="Where the insurer's data comes from")
    policies: list[InsurerCoveragePolicy]


class InsurerDirectory(BaseModel):
    """The insurers that record coverage decisions (data/insurers.yaml)."""

    items: list[OffLabelInsurer]
