from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ReviewOfficeIn")



@_attrs_define
class ReviewOfficeIn:
    """ 
        Attributes:
            code (str):
            name (str):
            province (str):
            closes_thursday (bool | Unset): CLM-A5: the office's calendar counts the delivery deadline (delivery happens
                there) Default: True.
            office_closes (str | Unset): CLM-A5: end of the office's hours, HH:MM (the delivery window is 10:00 to this)
                Default: '14:00'.
     """

    code: str
    name: str
    province: str
    closes_thursday: bool | Unset = True
    office_closes: str | Unset = '14:00'





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        province = self.province

        closes_thursday = self.closes_thursday

        office_closes = self.office_closes


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name": name,
            "province": province,
        })
        if closes_thursday is not UNSET:
            field_dict["closes_thursday"] = closes_thursday
        if office_closes is not UNSET:
            field_dict["office_closes"] = office_closes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        province = d.pop("province")

        closes_thursday = d.pop("closes_thursday", UNSET)

        office_closes = d.pop("office_closes", UNSET)

        review_office_in = cls(
            code=code,
            name=name,
            province=province,
            closes_thursday=closes_thursday,
            office_closes=office_closes,
        )

        return review_office_in

