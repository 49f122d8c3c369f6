from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PrescriberSpecialty")



@_attrs_define
class PrescriberSpecialty:
    """ 
        Attributes:
            code (str):
            name (str):
            aliases (list[str] | Unset):
            name_fa (None | str | Unset):
     """

    code: str
    name: str
    aliases: list[str] | Unset = UNSET
    name_fa: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases



        name_fa: None | str | Unset
        if isinstance(self.name_fa, Unset):
            name_fa = UNSET
        else:
            name_fa = self.name_fa


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name": name,
        })
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if name_fa is not UNSET:
            field_dict["name_fa"] = name_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        aliases = cast(list[str], d.pop("aliases", UNSET))


        def _parse_name_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_fa = _parse_name_fa(d.pop("name_fa", UNSET))


        prescriber_specialty = cls(
            code=code,
            name=name,
            aliases=aliases,
            name_fa=name_fa,
        )

        return prescriber_specialty

