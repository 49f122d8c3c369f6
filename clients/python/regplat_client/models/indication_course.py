from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="IndicationCourse")



@_attrs_define
class IndicationCourse:
    """ What one approval covers for an indication (OFL-R-COURSE).

        Attributes:
            administrations (int):
            min_interval_days (int):
            window_days (int):
     """

    administrations: int
    min_interval_days: int
    window_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        administrations = self.administrations

        min_interval_days = self.min_interval_days

        window_days = self.window_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "administrations": administrations,
            "min_interval_days": min_interval_days,
            "window_days": window_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        administrations = d.pop("administrations")

        min_interval_days = d.pop("min_interval_days")

        window_days = d.pop("window_days")

        indication_course = cls(
            administrations=administrations,
            min_interval_days=min_interval_days,
            window_days=window_days,
        )


        indication_course.additional_properties = d
        return indication_course

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
