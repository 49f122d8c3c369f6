from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verification_summary_state import VerificationSummaryState
from typing import cast






T = TypeVar("T", bound="VerificationSummary")



@_attrs_define
class VerificationSummary:
    """ SPEC X1/X2 at a glance: which lines are held, refused or verified; approval waits while any is held.

        Attributes:
            approval_blocked (bool): True while a line is held: the review office cannot approve yet
            needs_review_lines (list[int]):
            not_reimbursable_lines (list[int]):
            pending_lines (list[int]):
            state (VerificationSummaryState):
            verified_lines (list[int]):
     """

    approval_blocked: bool
    needs_review_lines: list[int]
    not_reimbursable_lines: list[int]
    pending_lines: list[int]
    state: VerificationSummaryState
    verified_lines: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        approval_blocked = self.approval_blocked

        needs_review_lines = self.needs_review_lines



        not_reimbursable_lines = self.not_reimbursable_lines



        pending_lines = self.pending_lines



        state = self.state.value

        verified_lines = self.verified_lines




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approval_blocked": approval_blocked,
            "needs_review_lines": needs_review_lines,
            "not_reimbursable_lines": not_reimbursable_lines,
            "pending_lines": pending_lines,
            "state": state,
            "verified_lines": verified_lines,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approval_blocked = d.pop("approval_blocked")

        needs_review_lines = cast(list[int], d.pop("needs_review_lines"))


        not_reimbursable_lines = cast(list[int], d.pop("not_reimbursable_lines"))


        pending_lines = cast(list[int], d.pop("pending_lines"))


        state = VerificationSummaryState(d.pop("state"))




        verified_lines = cast(list[int], d.pop("verified_lines"))


        verification_summary = cls(
            approval_blocked=approval_blocked,
            needs_review_lines=needs_review_lines,
            not_reimbursable_lines=not_reimbursable_lines,
            pending_lines=pending_lines,
            state=state,
            verified_lines=verified_lines,
        )


        verification_summary.additional_properties = d
        return verification_summary

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
