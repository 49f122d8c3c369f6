from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ReviewOfficeDetail")



@_attrs_define
class ReviewOfficeDetail:
    """ A review office with the agencies it supervises.

        Attributes:
            agencies (list[str]): Codes of the agencies it supervises
            closes_thursday (bool):
            code (str):
            name (str):
            office_closes (str): End of office hours, HH:MM (the CLM-A5 delivery window is 10:00 to this)
            province (str):
     """

    agencies: list[str]
    closes_thursday: bool
    code: str
    name: str
    office_closes: str
    province: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agencies = self.agencies



        closes_thursday = self.closes_thursday

        code = self.code

        name = self.name

        office_closes = self.office_closes

        province = self.province


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agencies": agencies,
            "closes_thursday": closes_thursday,
            "code": code,
            "name": name,
            "office_closes": office_closes,
            "province": province,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agencies = cast(list[str], d.pop("agencies"))


        closes_thursday = d.pop("closes_thursday")

        code = d.pop("code")

        name = d.pop("name")

        office_closes = d.pop("office_closes")

        province = d.pop("province")

        review_office_detail = cls(
            agencies=agencies,
            closes_thursday=closes_thursday,
            code=code,
            name=name,
            office_closes=office_closes,
            province=province,
        )


        review_office_detail.additional_properties = d
        return review_office_detail

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
