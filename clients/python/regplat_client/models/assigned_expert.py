from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AssignedExpert")



@_attrs_define
class AssignedExpert:
    """ A GIO expert assigned to an office.

        Attributes:
            expert_sub (str): The expert's token subject
            expert_name (None | str | Unset):
     """

    expert_sub: str
    expert_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        expert_sub = self.expert_sub

        expert_name: None | str | Unset
        if isinstance(self.expert_name, Unset):
            expert_name = UNSET
        else:
            expert_name = self.expert_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "expert_sub": expert_sub,
        })
        if expert_name is not UNSET:
            field_dict["expert_name"] = expert_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expert_sub = d.pop("expert_sub")

        def _parse_expert_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expert_name = _parse_expert_name(d.pop("expert_name", UNSET))


        assigned_expert = cls(
            expert_sub=expert_sub,
            expert_name=expert_name,
        )


        assigned_expert.additional_properties = d
        return assigned_expert

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
