from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.review_in_outcome import ReviewInOutcome
from ..models.review_in_reason_codes_item import ReviewInReasonCodesItem
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ReviewIn")



@_attrs_define
class ReviewIn:
    """ 
        Attributes:
            outcome (ReviewInOutcome):
            reason_codes (list[ReviewInReasonCodesItem] | Unset):
            text (None | str | Unset):
     """

    outcome: ReviewInOutcome
    reason_codes: list[ReviewInReasonCodesItem] | Unset = UNSET
    text: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        reason_codes: list[str] | Unset = UNSET
        if not isinstance(self.reason_codes, Unset):
            reason_codes = []
            for reason_codes_item_data in self.reason_codes:
                reason_codes_item = reason_codes_item_data.value
                reason_codes.append(reason_codes_item)



        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
        })
        if reason_codes is not UNSET:
            field_dict["reason_codes"] = reason_codes
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = ReviewInOutcome(d.pop("outcome"))




        _reason_codes = d.pop("reason_codes", UNSET)
        reason_codes: list[ReviewInReasonCodesItem] | Unset = UNSET
        if _reason_codes is not UNSET:
            reason_codes = []
            for reason_codes_item_data in _reason_codes:
                reason_codes_item = ReviewInReasonCodesItem(reason_codes_item_data)



                reason_codes.append(reason_codes_item)


        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))


        review_in = cls(
            outcome=outcome,
            reason_codes=reason_codes,
            text=text,
        )

        return review_in

