from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="SmallQuantityRow")



@_attrs_define
class SmallQuantityRow:
    """ A row of circular 8646/د's table: how many of a group of dosage forms may leave without a permit.

        Attributes:
            counted_in (str): packs or units
            forms (list[str]):
            group (str):
            max_count (int):
     """

    counted_in: str
    forms: list[str]
    group: str
    max_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        counted_in = self.counted_in

        forms = self.forms



        group = self.group

        max_count = self.max_count


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "counted_in": counted_in,
            "forms": forms,
            "group": group,
            "max_count": max_count,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        counted_in = d.pop("counted_in")

        forms = cast(list[str], d.pop("forms"))


        group = d.pop("group")

        max_count = d.pop("max_count")

        small_quantity_row = cls(
            counted_in=counted_in,
            forms=forms,
            group=group,
            max_count=max_count,
        )


        small_quantity_row.additional_properties = d
        return small_quantity_row

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
