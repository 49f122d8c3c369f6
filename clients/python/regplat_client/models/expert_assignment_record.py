from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ExpertAssignmentRecord")



@_attrs_define
class ExpertAssignmentRecord:
    """ An expert's assignment to an office, as recorded.

        Attributes:
            active (bool): true: assigned
            decision_id (str): The decision record of the assignment
            expert_sub (str):
            office (str):
            expert_name (None | str | Unset):
     """

    active: bool
    decision_id: str
    expert_sub: str
    office: str
    expert_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        decision_id = self.decision_id

        expert_sub = self.expert_sub

        office = self.office

        expert_name: None | str | Unset
        if isinstance(self.expert_name, Unset):
            expert_name = UNSET
        else:
            expert_name = self.expert_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "decision_id": decision_id,
            "expert_sub": expert_sub,
            "office": office,
        })
        if expert_name is not UNSET:
            field_dict["expert_name"] = expert_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        decision_id = d.pop("decision_id")

        expert_sub = d.pop("expert_sub")

        office = d.pop("office")

        def _parse_expert_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expert_name = _parse_expert_name(d.pop("expert_name", UNSET))


        expert_assignment_record = cls(
            active=active,
            decision_id=decision_id,
            expert_sub=expert_sub,
            office=office,
            expert_name=expert_name,
        )


        expert_assignment_record.additional_properties = d
        return expert_assignment_record

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
