from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="CentreLicenceIn")



@_attrs_define
class CentreLicenceIn:
    """ 
        Attributes:
            number (str):
            valid_from (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            valid_to (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
     """

    number: str
    valid_from: str
    valid_to: str





    def to_dict(self) -> dict[str, Any]:
        number = self.number

        valid_from = self.valid_from

        valid_to = self.valid_to


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "number": number,
            "valid_from": valid_from,
            "valid_to": valid_to,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        valid_from = d.pop("valid_from")

        valid_to = d.pop("valid_to")

        centre_licence_in = cls(
            number=number,
            valid_from=valid_from,
            valid_to=valid_to,
        )

        return centre_licence_in

