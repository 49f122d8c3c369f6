from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.review_item_decision_decision import ReviewItemDecisionDecision
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ReviewItemDecision")



@_attrs_define
class ReviewItemDecision:
    """ The expert's decision on one item in the review (CUS-6.2: the expert's opinion decides).

        Attributes:
            decision (ReviewItemDecisionDecision):
            index (int):
            cleared_quantity (float | None | str | Unset): At most the engine's max_clearable_quantity (packs, or grams for
                raw materials), unless estimate_reason is given for a CUS-6.2 limit
            estimate_reason (None | str | Unset): CUS-6.2: the expert's own six-month estimate (more than the engine
                proposes, at most the declared quantity), with the reason
            reason (None | str | Unset):
     """

    decision: ReviewItemDecisionDecision
    index: int
    cleared_quantity: float | None | str | Unset = UNSET
    estimate_reason: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        index = self.index

        cleared_quantity: float | None | str | Unset
        if isinstance(self.cleared_quantity, Unset):
            cleared_quantity = UNSET
        else:
            cleared_quantity = self.cleared_quantity

        estimate_reason: None | str | Unset
        if isinstance(self.estimate_reason, Unset):
            estimate_reason = UNSET
        else:
            estimate_reason = self.estimate_reason

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decision": decision,
            "index": index,
        })
        if cleared_quantity is not UNSET:
            field_dict["cleared_quantity"] = cleared_quantity
        if estimate_reason is not UNSET:
            field_dict["estimate_reason"] = estimate_reason
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = ReviewItemDecisionDecision(d.pop("decision"))




        index = d.pop("index")

        def _parse_cleared_quantity(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cleared_quantity = _parse_cleared_quantity(d.pop("cleared_quantity", UNSET))


        def _parse_estimate_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        estimate_reason = _parse_estimate_reason(d.pop("estimate_reason", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        review_item_decision = cls(
            decision=decision,
            index=index,
            cleared_quantity=cleared_quantity,
            estimate_reason=estimate_reason,
            reason=reason,
        )

        return review_item_decision

