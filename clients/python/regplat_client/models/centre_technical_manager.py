from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CentreTechnicalManager")



@_attrs_define
class CentreTechnicalManager:
    """ The centre's technical manager (visible to staff only, never on the public routes).

        Attributes:
            name (str):
            national_code (None | str):
     """

    name: str
    national_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        national_code: None | str
        national_code = self.national_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "national_code": national_code,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_national_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        national_code = _parse_national_code(d.pop("national_code"))


        centre_technical_manager = cls(
            name=name,
            national_code=national_code,
        )


        centre_technical_manager.additional_properties = d
        return centre_technical_manager

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
