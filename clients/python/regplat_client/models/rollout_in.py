from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rollout_in_rollout import RolloutInRollout
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RolloutIn")



@_attrs_define
class RolloutIn:
    """ 
        Attributes:
            rollout (RolloutInRollout):
            note (None | str | Unset):
     """

    rollout: RolloutInRollout
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        rollout = self.rollout.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "rollout": rollout,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rollout = RolloutInRollout(d.pop("rollout"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        rollout_in = cls(
            rollout=rollout,
            note=note,
        )

        return rollout_in

