from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PlannedInspectionRef")



@_attrs_define
class PlannedInspectionRef:
    """ An inspection of the centre recorded in the month.

        Attributes:
            id (str):
            inspected_on (datetime.date):
            inspected_on_jalali (None | str):
     """

    id: str
    inspected_on: datetime.date
    inspected_on_jalali: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        inspected_on = self.inspected_on.isoformat()

        inspected_on_jalali: None | str
        inspected_on_jalali = self.inspected_on_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "inspected_on": inspected_on,
            "inspected_on_jalali": inspected_on_jalali,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        inspected_on = datetime.date.fromisoformat(d.pop("inspected_on"))




        def _parse_inspected_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        inspected_on_jalali = _parse_inspected_on_jalali(d.pop("inspected_on_jalali"))


        planned_inspection_ref = cls(
            id=id,
            inspected_on=inspected_on,
            inspected_on_jalali=inspected_on_jalali,
        )


        planned_inspection_ref.additional_properties = d
        return planned_inspection_ref

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
