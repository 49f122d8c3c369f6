from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.care_setting_option import CareSettingOption





T = TypeVar("T", bound="CareSettingRule")



@_attrs_define
class CareSettingRule:
    """ 
        Attributes:
            allowed (list[CareSettingOption]):
            sources (list[str]): ids of entries in the guideline's `sources`
            note (None | str | Unset):
     """

    allowed: list[CareSettingOption]
    sources: list[str]
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.care_setting_option import CareSettingOption # noqa: PLC0415
        allowed = []
        for allowed_item_data in self.allowed:
            allowed_item = allowed_item_data.to_dict()
            allowed.append(allowed_item)



        sources = self.sources



        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "allowed": allowed,
            "sources": sources,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.care_setting_option import CareSettingOption # noqa: PLC0415
        d = dict(src_dict)
        allowed = []
        _allowed = d.pop("allowed")
        for allowed_item_data in (_allowed):
            allowed_item = CareSettingOption.from_dict(allowed_item_data)



            allowed.append(allowed_item)


        sources = cast(list[str], d.pop("sources"))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        care_setting_rule = cls(
            allowed=allowed,
            sources=sources,
            note=note,
        )

        return care_setting_rule

