from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ExpertAssignmentIn")



@_attrs_define
class ExpertAssignmentIn:
    """ The head of GIO assigns an expert (by token subject) to a customs office (CUS-5).

        Attributes:
            expert_sub (str): The expert's token subject
            expert_name (None | str | Unset):
     """

    expert_sub: str
    expert_name: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        expert_sub = self.expert_sub

        expert_name: None | str | Unset
        if isinstance(self.expert_name, Unset):
            expert_name = UNSET
        else:
            expert_name = self.expert_name


        field_dict: dict[str, Any] = {}

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


        expert_assignment_in = cls(
            expert_sub=expert_sub,
            expert_name=expert_name,
        )

        return expert_assignment_in

