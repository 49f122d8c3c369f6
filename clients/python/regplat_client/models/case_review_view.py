from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.case_review_view_outcome import CaseReviewViewOutcome
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CaseReviewView")



@_attrs_define
class CaseReviewView:
    """ One CLM-A6 review of the case: approved, or returned with coded reasons.

        Attributes:
            cycle (int):
            outcome (CaseReviewViewOutcome):
            reason_codes (list[str]):
            reasons (list[str]):
            decided_at (None | str | Unset):
            decided_at_jalali (None | str | Unset):
            decision_id (None | str | Unset):
            reviewer (None | str | Unset):
            text (None | str | Unset):
     """

    cycle: int
    outcome: CaseReviewViewOutcome
    reason_codes: list[str]
    reasons: list[str]
    decided_at: None | str | Unset = UNSET
    decided_at_jalali: None | str | Unset = UNSET
    decision_id: None | str | Unset = UNSET
    reviewer: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cycle = self.cycle

        outcome = self.outcome.value

        reason_codes = self.reason_codes



        reasons = self.reasons



        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        else:
            decided_at = self.decided_at

        decided_at_jalali: None | str | Unset
        if isinstance(self.decided_at_jalali, Unset):
            decided_at_jalali = UNSET
        else:
            decided_at_jalali = self.decided_at_jalali

        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id

        reviewer: None | str | Unset
        if isinstance(self.reviewer, Unset):
            reviewer = UNSET
        else:
            reviewer = self.reviewer

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cycle": cycle,
            "outcome": outcome,
            "reason_codes": reason_codes,
            "reasons": reasons,
        })
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if decided_at_jalali is not UNSET:
            field_dict["decided_at_jalali"] = decided_at_jalali
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id
        if reviewer is not UNSET:
            field_dict["reviewer"] = reviewer
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cycle = d.pop("cycle")

        outcome = CaseReviewViewOutcome(d.pop("outcome"))




        reason_codes = cast(list[str], d.pop("reason_codes"))


        reasons = cast(list[str], d.pop("reasons"))


        def _parse_decided_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))


        def _parse_decided_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decided_at_jalali = _parse_decided_at_jalali(d.pop("decided_at_jalali", UNSET))


        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))


        def _parse_reviewer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reviewer = _parse_reviewer(d.pop("reviewer", UNSET))


        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))


        case_review_view = cls(
            cycle=cycle,
            outcome=outcome,
            reason_codes=reason_codes,
            reasons=reasons,
            decided_at=decided_at,
            decided_at_jalali=decided_at_jalali,
            decision_id=decision_id,
            reviewer=reviewer,
            text=text,
        )


        case_review_view.additional_properties = d
        return case_review_view

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
