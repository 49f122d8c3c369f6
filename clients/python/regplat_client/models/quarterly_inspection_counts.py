from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.quarterly_month_counts import QuarterlyMonthCounts





T = TypeVar("T", bound="QuarterlyInspectionCounts")



@_attrs_define
class QuarterlyInspectionCounts:
    """ 
        Attributes:
            by_month (list[QuarterlyMonthCounts]):
            centres_inspected (int):
            non_compliant (int):
            total (int):
     """

    by_month: list[QuarterlyMonthCounts]
    centres_inspected: int
    non_compliant: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.quarterly_month_counts import QuarterlyMonthCounts # noqa: PLC0415
        by_month = []
        for by_month_item_data in self.by_month:
            by_month_item = by_month_item_data.to_dict()
            by_month.append(by_month_item)



        centres_inspected = self.centres_inspected

        non_compliant = self.non_compliant

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "by_month": by_month,
            "centres_inspected": centres_inspected,
            "non_compliant": non_compliant,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quarterly_month_counts import QuarterlyMonthCounts # noqa: PLC0415
        d = dict(src_dict)
        by_month = []
        _by_month = d.pop("by_month")
        for by_month_item_data in (_by_month):
            by_month_item = QuarterlyMonthCounts.from_dict(by_month_item_data)



            by_month.append(by_month_item)


        centres_inspected = d.pop("centres_inspected")

        non_compliant = d.pop("non_compliant")

        total = d.pop("total")

        quarterly_inspection_counts = cls(
            by_month=by_month,
            centres_inspected=centres_inspected,
            non_compliant=non_compliant,
            total=total,
        )


        quarterly_inspection_counts.additional_properties = d
        return quarterly_inspection_counts

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
