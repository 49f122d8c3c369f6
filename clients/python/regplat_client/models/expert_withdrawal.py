from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ExpertWithdrawal")



@_attrs_define
class ExpertWithdrawal:
    """ An expert withdrawn from an office.

        Attributes:
            active (bool): Always false after a withdrawal
            expert_sub (str):
            office (str):
     """

    active: bool
    expert_sub: str
    office: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        expert_sub = self.expert_sub

        office = self.office


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "expert_sub": expert_sub,
            "office": office,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        expert_sub = d.pop("expert_sub")

        office = d.pop("office")

        expert_withdrawal = cls(
            active=active,
            expert_sub=expert_sub,
            office=office,
        )


        expert_withdrawal.additional_properties = d
        return expert_withdrawal

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
