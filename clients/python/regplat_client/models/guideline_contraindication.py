from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="GuidelineContraindication")



@_attrs_define
class GuidelineContraindication:
    """ 
        Attributes:
            code (str):
            name (str):
            sources (list[str]): ids of entries in the guideline's `sources`
            icd10 (list[str] | Unset): ICD-10 categories that amount to it (with descendants)
            icd10_exclude (list[str] | Unset):
            name_fa (None | str | Unset):
            note (None | str | Unset):
     """

    code: str
    name: str
    sources: list[str]
    icd10: list[str] | Unset = UNSET
    icd10_exclude: list[str] | Unset = UNSET
    name_fa: None | str | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        sources = self.sources



        icd10: list[str] | Unset = UNSET
        if not isinstance(self.icd10, Unset):
            icd10 = self.icd10



        icd10_exclude: list[str] | Unset = UNSET
        if not isinstance(self.icd10_exclude, Unset):
            icd10_exclude = self.icd10_exclude



        name_fa: None | str | Unset
        if isinstance(self.name_fa, Unset):
            name_fa = UNSET
        else:
            name_fa = self.name_fa

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name": name,
            "sources": sources,
        })
        if icd10 is not UNSET:
            field_dict["icd10"] = icd10
        if icd10_exclude is not UNSET:
            field_dict["icd10_exclude"] = icd10_exclude
        if name_fa is not UNSET:
            field_dict["name_fa"] = name_fa
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        sources = cast(list[str], d.pop("sources"))


        icd10 = cast(list[str], d.pop("icd10", UNSET))


        icd10_exclude = cast(list[str], d.pop("icd10_exclude", UNSET))


        def _parse_name_fa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_fa = _parse_name_fa(d.pop("name_fa", UNSET))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        guideline_contraindication = cls(
            code=code,
            name=name,
            sources=sources,
            icd10=icd10,
            icd10_exclude=icd10_exclude,
            name_fa=name_fa,
            note=note,
        )

        return guideline_contraindication

