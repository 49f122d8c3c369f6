from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="GuidelineDrug")



@_attrs_define
class GuidelineDrug:
    """ 
        Attributes:
            inn (str):
            atc (None | str | Unset):
            names (list[str] | Unset): other names the request may use (brands, Persian spellings)
     """

    inn: str
    atc: None | str | Unset = UNSET
    names: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        inn = self.inn

        atc: None | str | Unset
        if isinstance(self.atc, Unset):
            atc = UNSET
        else:
            atc = self.atc

        names: list[str] | Unset = UNSET
        if not isinstance(self.names, Unset):
            names = self.names




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "inn": inn,
        })
        if atc is not UNSET:
            field_dict["atc"] = atc
        if names is not UNSET:
            field_dict["names"] = names

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        inn = d.pop("inn")

        def _parse_atc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        atc = _parse_atc(d.pop("atc", UNSET))


        names = cast(list[str], d.pop("names", UNSET))


        guideline_drug = cls(
            inn=inn,
            atc=atc,
            names=names,
        )

        return guideline_drug

