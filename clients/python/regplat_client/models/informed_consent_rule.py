from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InformedConsentRule")



@_attrs_define
class InformedConsentRule:
    """ 
        Attributes:
            sources (list[str]): ids of entries in the guideline's `sources`
            note (None | str | Unset):
            required (bool | Unset):  Default: True.
     """

    sources: list[str]
    note: None | str | Unset = UNSET
    required: bool | Unset = True





    def to_dict(self) -> dict[str, Any]:
        sources = self.sources



        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        required = self.required


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "sources": sources,
        })
        if note is not UNSET:
            field_dict["note"] = note
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources"))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        required = d.pop("required", UNSET)

        informed_consent_rule = cls(
            sources=sources,
            note=note,
            required=required,
        )

        return informed_consent_rule

