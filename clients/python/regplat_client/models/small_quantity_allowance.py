from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.small_quantity_row import SmallQuantityRow





T = TypeVar("T", bound="SmallQuantityAllowance")



@_attrs_define
class SmallQuantityAllowance:
    """ Whether the small-quantity allowance (CUS-6.4.2) covers the whole consignment, and why not.

        Attributes:
            applies (bool):
            table (list[SmallQuantityRow]):
            why_not (list[str]):
     """

    applies: bool
    table: list[SmallQuantityRow]
    why_not: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.small_quantity_row import SmallQuantityRow # noqa: PLC0415
        applies = self.applies

        table = []
        for table_item_data in self.table:
            table_item = table_item_data.to_dict()
            table.append(table_item)



        why_not = self.why_not




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applies": applies,
            "table": table,
            "why_not": why_not,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.small_quantity_row import SmallQuantityRow # noqa: PLC0415
        d = dict(src_dict)
        applies = d.pop("applies")

        table = []
        _table = d.pop("table")
        for table_item_data in (_table):
            table_item = SmallQuantityRow.from_dict(table_item_data)



            table.append(table_item)


        why_not = cast(list[str], d.pop("why_not"))


        small_quantity_allowance = cls(
            applies=applies,
            table=table,
            why_not=why_not,
        )


        small_quantity_allowance.additional_properties = d
        return small_quantity_allowance

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
