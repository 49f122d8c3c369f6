from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.prescriber_specialty import PrescriberSpecialty





T = TypeVar("T", bound="PrescriberRule")



@_attrs_define
class PrescriberRule:
    """ 
        Attributes:
            sources (list[str]): ids of entries in the guideline's `sources`
            specialties (list[PrescriberSpecialty]):
            note (None | str | Unset):
     """

    sources: list[str]
    specialties: list[PrescriberSpecialty]
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.prescriber_specialty import PrescriberSpecialty # noqa: PLC0415
        sources = self.sources



        specialties = []
        for specialties_item_data in self.specialties:
            specialties_item = specialties_item_data.to_dict()
            specialties.append(specialties_item)



        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "sources": sources,
            "specialties": specialties,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prescriber_specialty import PrescriberSpecialty # noqa: PLC0415
        d = dict(src_dict)
        sources = cast(list[str], d.pop("sources"))


        specialties = []
        _specialties = d.pop("specialties")
        for specialties_item_data in (_specialties):
            specialties_item = PrescriberSpecialty.from_dict(specialties_item_data)



            specialties.append(specialties_item)


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        prescriber_rule = cls(
            sources=sources,
            specialties=specialties,
            note=note,
        )

        return prescriber_rule

