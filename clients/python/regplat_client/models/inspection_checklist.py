from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.inspection_checklist_item import InspectionChecklistItem





T = TypeVar("T", bound="InspectionChecklist")



@_attrs_define
class InspectionChecklist:
    """ A version of the inspection checklist (data), in effect from `effective_from`.

        Attributes:
            effective_from (datetime.date):
            effective_from_jalali (None | str):
            items (list[InspectionChecklistItem]):
            source (str):
            version (str):
     """

    effective_from: datetime.date
    effective_from_jalali: None | str
    items: list[InspectionChecklistItem]
    source: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.inspection_checklist_item import InspectionChecklistItem # noqa: PLC0415
        effective_from = self.effective_from.isoformat()

        effective_from_jalali: None | str
        effective_from_jalali = self.effective_from_jalali

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        source = self.source

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "effective_from": effective_from,
            "effective_from_jalali": effective_from_jalali,
            "items": items,
            "source": source,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inspection_checklist_item import InspectionChecklistItem # noqa: PLC0415
        d = dict(src_dict)
        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        def _parse_effective_from_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        effective_from_jalali = _parse_effective_from_jalali(d.pop("effective_from_jalali"))


        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = InspectionChecklistItem.from_dict(items_item_data)



            items.append(items_item)


        source = d.pop("source")

        version = d.pop("version")

        inspection_checklist = cls(
            effective_from=effective_from,
            effective_from_jalali=effective_from_jalali,
            items=items,
            source=source,
            version=version,
        )


        inspection_checklist.additional_properties = d
        return inspection_checklist

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
