from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CareSettingOption")



@_attrs_define
class CareSettingOption:
    """ 
        Attributes:
            code (str):
            name (str):
            indications (list[str] | None | Unset): only for these indications (null: all)
            name_fa (None | str | Unset):
     """

    code: str
    name: str
    indications: list[str] | None | Unset = UNSET
    name_fa: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        indications: list[str] | None | Unset
        if isinstance(self.indications, Unset):
            indications = UNSET
        elif isinstance(self.indications, list):
            indications = self.indications


        else:
            indications = self.indications

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
        if indications is not UNSET:
            field_dict["indications"] = indications
        if name_fa is not UNSET:
            field_dict["name_fa"] = name_fa

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        def _parse_indications(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                indications_type_0 = cast(list[str], data)

                return indications_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        indications = _parse_indications(d.pop("indications", UNSET))


        def _parse_name_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_fa = _parse_name_fa(d.pop("name_fa", UNSET))


        care_setting_option = cls(
            code=code,
            name=name,
            indications=indications,
            name_fa=name_fa,
        )

        return care_setting_option

