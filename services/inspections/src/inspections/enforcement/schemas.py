"""Enforcement action request shapes (letter 400/10262/د closing paragraph)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from shared.jalali import JDate


class InventoryLine(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    product: str = Field(min_length=1, max_length=300)
    quantity: float = Field(gt=0)
    unit: str = Field(min_length=1, max_length=40, examples=["vial", "box", "ml"])
    batch: str | None = Field(default=None, max_length=80)
    kind: Literal["regenerative", "cell_therapy", "exosome", "other"] | None = None


class DecisionRef(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    ref: str = Field(min_length=1, max_length=200, description="Number of the ruling / court order / minute")
    text: str = Field(min_length=3, max_length=4000)
    by: str | None = Field(default=None, max_length=200, description="Who decided (authority)")


class ActionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    type: Literal["closure", "seizure", "referral"]
    referral_to: Literal["judiciary", "punishment_organisation", "disciplinary_board"] | None = None
    ordered_on: JDate
    inventory: list[InventoryLine] | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, max_length=4000)

    @model_validator(mode="after")
    def _shape(self):
        if self.type == "referral" and not self.referral_to:
            raise ValueError("a referral names referral_to (judiciary, punishment_organisation, disciplinary_board)")
        if self.type != "referral" and self.referral_to:
            raise ValueError("referral_to is only for a referral")
        if self.type == "seizure" and not self.inventory:
            raise ValueError("a seizure lists the inventory of products and quantities")
        if self.type != "seizure" and self.inventory:
            raise ValueError("an inventory is only for a seizure")
        return self


class TransitionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    to: Literal["executed", "lifted", "concluded"]
    on: JDate
    decision: DecisionRef | None = Field(default=None, description="Required to lift or conclude: the recorded decision")
    note: str | None = Field(default=None, max_length=4000)

    @model_validator(mode="after")
    def _decision(self):
        if self.to in ("lifted", "concluded") and self.decision is None:
            raise ValueError(f"moving an action to {self.to} needs the decision (ref, text)")
        return self
