"""Enforcement action request shapes (letter 400/10262/د closing paragraph)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from shared.errors import InvalidValue
from shared.jalali import JDate
from shared.pagination import Paginated


class SeizureInventoryLineIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    product: str = Field(min_length=1, max_length=300)
    quantity: float = Field(gt=0)
    unit: str = Field(min_length=1, max_length=40, examples=["vial", "box", "ml"])
    batch: str | None = Field(default=None, max_length=80)
    kind: Literal["regenerative", "cell_therapy", "exosome", "other"] | None = None


class EnforcementDecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    ref: str = Field(min_length=1, max_length=200, description="Number of the ruling / court order / minute")
    text: str = Field(min_length=3, max_length=4000)
    by: str | None = Field(default=None, max_length=200, description="Who decided (authority)")


class EnforcementActionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    type: Literal["closure", "seizure", "referral"]
    referral_to: Literal["judiciary", "punishment_organisation", "disciplinary_board"] | None = None
    ordered_on: JDate
    inventory: list[SeizureInventoryLineIn] | None = Field(default=None, max_length=200)
    note: str | None = Field(default=None, max_length=4000)

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "type": "seizure",
                    "ordered_on": "1404/09/16",
                    "note": "ضبط فرآورده‌های اگزوزوم فاقد مجوز",
                    "inventory": [{"product": "سرم اگزوزوم", "quantity": 12, "unit": "vial", "batch": "EX-0412", "kind": "exosome"}],
                },
                {"type": "referral", "referral_to": "judiciary", "ordered_on": "1404/09/16"},
            ]
        },
    )

    @model_validator(mode="after")
    def _shape(self):
        if self.type == "referral" and not self.referral_to:
            raise InvalidValue(
                "a referral names referral_to (judiciary, punishment_organisation, disciplinary_board)",
                "معرفی باید مرجع (referral_to) را مشخص کند: مراجع قضایی، سازمان تعزیرات یا هیات انتظامی",
            )
        if self.type != "referral" and self.referral_to:
            raise InvalidValue("referral_to is only for a referral", "مرجع (referral_to) فقط برای معرفی است")
        if self.type == "seizure" and not self.inventory:
            raise InvalidValue("a seizure lists the inventory of products and quantities", "ضبط باید فهرست فرآورده‌ها و مقدار آن‌ها را داشته باشد")
        if self.type != "seizure" and self.inventory:
            raise InvalidValue("an inventory is only for a seizure", "فهرست فرآورده‌ها فقط برای ضبط است")
        return self


class EnforcementTransitionIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    to: Literal["executed", "lifted", "concluded"]
    on: JDate
    decision: EnforcementDecisionIn | None = Field(default=None, description="Required to lift or conclude: the recorded decision")
    note: str | None = Field(default=None, max_length=4000)

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {"to": "executed", "on": "1404/09/17", "note": "محل فعالیت با حضور نماینده دانشگاه پلمب شد"},
                {
                    "to": "lifted",
                    "on": "1404/10/05",
                    "decision": {"ref": "۴۰۰/۱۵۸۸۰/د", "text": "رفع پلمب پس از اصلاح موارد و تعهد مسئول فنی", "by": "معاونت درمان دانشگاه علوم پزشکی قم"},
                },
            ]
        },
    )

    @model_validator(mode="after")
    def _decision(self):
        if self.to in ("lifted", "concluded") and self.decision is None:
            raise InvalidValue(
                f"moving an action to {self.to} needs the decision (ref, text)", "رفع یا مختومه کردن اقدام به تصمیم ثبت‌شده (شماره و متن) نیاز دارد"
            )
        return self


# ------------------------------------------------------------------------------------------------ answers


class SeizedInventoryLine(BaseModel):
    """One line of a seizure's inventory, as ordered."""

    product: str
    quantity: float
    unit: str
    batch: str | None = None
    kind: Literal["regenerative", "cell_therapy", "exosome", "other"] | None = None


class EnforcementDecision(BaseModel):
    """The recorded decision that lifted or concluded an action."""

    ref: str = Field(description="Number of the ruling / court order / minute")
    text: str
    by: str | None = Field(default=None, description="Who decided (authority)")


class EnforcementActionStep(BaseModel):
    """One step of an action's history: the state it entered, when, by whom, on which decision record."""

    state: Literal["ordered", "executed", "lifted", "concluded"]
    on: dt.date
    decision_id: str = Field(description="The decision record of this step")
    actor: str | None = Field(description="The token subject who recorded it")
    decision: EnforcementDecision | None = Field(default=None, description="The decision given to lift or conclude (absent on the order)")
    note: str | None = None


class EnforcementAction(BaseModel):
    """A legal action against a violation (letter 400/10262/د): closure, seizure or referral, and its history."""

    id: str
    violation_id: str
    center_id: str
    university: str
    type: Literal["closure", "seizure", "referral"]
    referral_to: Literal["judiciary", "punishment_organisation", "disciplinary_board"] | None = Field(description="The body of a referral")
    state: Literal["ordered", "executed", "lifted", "concluded"]
    ordered_on: dt.date
    ordered_on_jalali: str | None
    inventory: list[SeizedInventoryLine] | None = Field(description="A seizure's inventory")
    note: str | None
    history: list[EnforcementActionStep] = Field(description="Every step, oldest first")
    version: int = Field(description="The action's version; its ETag is this number quoted")


class ViolationSummary(BaseModel):
    """A violation found by an inspection (one per non_compliant checklist answer)."""

    id: str
    center_id: str
    inspection_id: str
    university: str
    item: str = Field(description="The checklist item code")
    type: str = Field(description="The violation type of that item")
    severity: Literal["minor", "major", "critical"]
    description: str | None = Field(description="The inspector's note")
    detected_on: dt.date
    detected_on_jalali: str | None
    state: Literal["open", "actioned", "resolved"] = Field(description="resolved once every action on it is concluded")
    decision_id: str = Field(description="The decision record of the finding")
    version: int = Field(description="The violation's version; its ETag is this number quoted")


class ViolationDetail(ViolationSummary):
    """A violation and every action ordered against it."""

    actions: list[EnforcementAction]


class ViolationList(Paginated[ViolationSummary]):
    """Violations visible to the caller, newest first."""
