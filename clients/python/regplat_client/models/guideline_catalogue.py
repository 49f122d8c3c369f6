from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.guideline_summary import GuidelineSummary





T = TypeVar("T", bound="GuidelineCatalogue")



@_attrs_define
class GuidelineCatalogue:
    """ The guideline versions (OFL-G); with `in_force_on`, the one version of each guideline in force that day (OFL-E).

        Attributes:
            count (int):
            items (list[GuidelineSummary]): By code, newest version first
            in_force_on (datetime.date | None | Unset):
            in_force_on_jalali (None | str | Unset):
     """

    count: int
    items: list[GuidelineSummary]
    in_force_on: datetime.date | None | Unset = UNSET
    in_force_on_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.guideline_summary import GuidelineSummary # noqa: PLC0415
        count = self.count

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        in_force_on: None | str | Unset
        if isinstance(self.in_force_on, Unset):
            in_force_on = UNSET
        elif isinstance(self.in_force_on, datetime.date):
            in_force_on = self.in_force_on.isoformat()
        else:
            in_force_on = self.in_force_on

        in_force_on_jalali: None | str | Unset
        if isinstance(self.in_force_on_jalali, Unset):
            in_force_on_jalali = UNSET
        else:
            in_force_on_jalali = self.in_force_on_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "count": count,
            "items": items,
        })
        if in_force_on is not UNSET:
            field_dict["in_force_on"] = in_force_on
        if in_force_on_jalali is not UNSET:
            field_dict["in_force_on_jalali"] = in_force_on_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guideline_summary import GuidelineSummary # noqa: PLC0415
        d = dict(src_dict)
        count = d.pop("count")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = GuidelineSummary.from_dict(items_item_data)



            items.append(items_item)


        def _parse_in_force_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                in_force_on_type_0 = datetime.date.fromisoformat(data)



                return in_force_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        in_force_on = _parse_in_force_on(d.pop("in_force_on", UNSET))


        def _parse_in_force_on_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_force_on_jalali = _parse_in_force_on_jalali(d.pop("in_force_on_jalali", UNSET))


        guideline_catalogue = cls(
            count=count,
            items=items,
            in_force_on=in_force_on,
            in_force_on_jalali=in_force_on_jalali,
        )


        guideline_catalogue.additional_properties = d
        return guideline_catalogue

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
