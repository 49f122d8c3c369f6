"""Response models of the routes every service serves (probes, the regulation registry, decision records; issue 16)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from shared.provenance import Regulation


class Health(BaseModel):
    """The process is up."""

    status: str = Field(examples=["ok"])


class Readiness(BaseModel):
    """The service and its database are ready."""

    status: str = Field(examples=["ready"])
    service: str


class RegulationEntry(Regulation):
    """A regulation in the registry, with whether its letter's own text is available."""

    text_available: bool


class RegulationList(BaseModel):
    """The regulation registry (SHR-PROV)."""

    registry_version: str
    items: list[RegulationEntry]


class RegulationReference(BaseModel):
    """A regulation that refers to this one."""

    type: str
    number: str


class RegulationDetail(Regulation):
    """One regulation with its letter's verbatim text (SHR-PROV)."""

    text: str | None = Field(None, description="The letter's own words, verbatim, when its source document is available")
    text_normalized: str | None = Field(None, description="The same text in the form quotes are matched against")
    text_origin: str | None = Field(None, description="Where the text was read")
    text_available: bool
    referenced_by: list[RegulationReference]
    registry_version: str


class CheckpointSummary(BaseModel):
    """The signed checkpoints compared with the chain."""

    model_config = ConfigDict(extra="allow")
    stored: int | None = None
    forged: list[str] = Field(default_factory=list)


class ChainVerification(BaseModel):
    """Whether the hash chain of decision records is intact and matches its signed checkpoints."""

    model_config = ConfigDict(extra="allow")
    intact: bool
    checked: int
    checked_to_seq: int | None = None
    head_hash: str | None = None
    broken_at_seq: int | None = None
    reason: str | None = None
    first_record_after_last_good_checkpoint: int | None = None
    checkpoints: CheckpointSummary | None = None


class DecisionRecordView(BaseModel):
    """One stored decision record of the hash chain."""

    seq: int
    decision_id: str
    kind: str
    subject_type: str | None = None
    subject_id: str | None = None
    actor_sub: str | None = None
    actor_role: str | None = None
    actor_org: str | None = None
    inputs: Any = None
    outcome: Any = None
    basis: Any = None
    ruleset_version: str | None = None
    created_at: str
    hash: str
    prev_hash: str
