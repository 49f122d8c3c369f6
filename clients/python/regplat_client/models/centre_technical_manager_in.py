from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CentreTechnicalManagerIn")



@_attrs_define
class CentreTechnicalManagerIn:
    """ 
        Attributes:
            name (str):
            national_code (None | str | Unset): 10-digit Iranian national code (check digit verified)
     """

    name: str
    national_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        national_code: None | str | Unset
        if isinstance(self.national_code, Unset):
            national_code = UNSET
        else:
            national_code = self.national_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if national_code is not UNSET:
            field_dict["national_code"] = national_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_national_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_code = _parse_national_code(d.pop("national_code", UNSET))


        centre_technical_manager_in = cls(
            name=name,
            national_code=national_code,
        )

        return centre_technical_manager_in

