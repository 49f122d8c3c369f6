from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CheckpointSummary")



@_attrs_define
class CheckpointSummary:
    """ The signed checkpoints compared with the chain.

        Attributes:
            forged (list[str] | Unset):
            stored (int | None | Unset):
     """

    forged: list[str] | Unset = UNSET
    stored: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        forged: list[str] | Unset = UNSET
        if not isinstance(self.forged, Unset):
            forged = self.forged



        stored: int | None | Unset
        if isinstance(self.stored, Unset):
            stored = UNSET
        else:
            stored = self.stored


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if forged is not UNSET:
            field_dict["forged"] = forged
        if stored is not UNSET:
            field_dict["stored"] = stored

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        forged = cast(list[str], d.pop("forged", UNSET))


        def _parse_stored(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stored = _parse_stored(d.pop("stored", UNSET))


        checkpoint_summary = cls(
            forged=forged,
            stored=stored,
        )


        checkpoint_summary.additional_properties = d
        return checkpoint_summary

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
