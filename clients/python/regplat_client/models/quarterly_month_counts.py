from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="QuarterlyMonthCounts")



@_attrs_define
class QuarterlyMonthCounts:
    """ One month of the season: centres due, inspected and missed.

        Attributes:
            centres_due (int):
            centres_inspected (int):
            centres_missed (int):
            month (int):
     """

    centres_due: int
    centres_inspected: int
    centres_missed: int
    month: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        centres_due = self.centres_due

        centres_inspected = self.centres_inspected

        centres_missed = self.centres_missed

        month = self.month


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "centres_due": centres_due,
            "centres_inspected": centres_inspected,
            "centres_missed": centres_missed,
            "month": month,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        centres_due = d.pop("centres_due")

        centres_inspected = d.pop("centres_inspected")

        centres_missed = d.pop("centres_missed")

        month = d.pop("month")

        quarterly_month_counts = cls(
            centres_due=centres_due,
            centres_inspected=centres_inspected,
            centres_missed=centres_missed,
            month=month,
        )


        quarterly_month_counts.additional_properties = d
        return quarterly_month_counts

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
