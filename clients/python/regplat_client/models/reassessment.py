from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="Reassessment")



@_attrs_define
class Reassessment:
    """ CLM-A4 computed again because a line's state changed.

        Attributes:
            decision_id (str):
            reimbursable_rials (int):
            not_reimbursable_rials (int | None | Unset):
            pending_verification_rials (int | None | Unset):
     """

    decision_id: str
    reimbursable_rials: int
    not_reimbursable_rials: int | None | Unset = UNSET
    pending_verification_rials: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        decision_id = self.decision_id

        reimbursable_rials = self.reimbursable_rials

        not_reimbursable_rials: int | None | Unset
        if isinstance(self.not_reimbursable_rials, Unset):
            not_reimbursable_rials = UNSET
        else:
            not_reimbursable_rials = self.not_reimbursable_rials

        pending_verification_rials: int | None | Unset
        if isinstance(self.pending_verification_rials, Unset):
            pending_verification_rials = UNSET
        else:
            pending_verification_rials = self.pending_verification_rials


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decision_id": decision_id,
            "reimbursable_rials": reimbursable_rials,
        })
        if not_reimbursable_rials is not UNSET:
            field_dict["not_reimbursable_rials"] = not_reimbursable_rials
        if pending_verification_rials is not UNSET:
            field_dict["pending_verification_rials"] = pending_verification_rials

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_id = d.pop("decision_id")

        reimbursable_rials = d.pop("reimbursable_rials")

        def _parse_not_reimbursable_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        not_reimbursable_rials = _parse_not_reimbursable_rials(d.pop("not_reimbursable_rials", UNSET))


        def _parse_pending_verification_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pending_verification_rials = _parse_pending_verification_rials(d.pop("pending_verification_rials", UNSET))


        reassessment = cls(
            decision_id=decision_id,
            reimbursable_rials=reimbursable_rials,
            not_reimbursable_rials=not_reimbursable_rials,
            pending_verification_rials=pending_verification_rials,
        )


        reassessment.additional_properties = d
        return reassessment

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
