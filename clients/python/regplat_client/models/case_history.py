from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.case_decision import CaseDecision





T = TypeVar("T", bound="CaseHistory")



@_attrs_define
class CaseHistory:
    """ Every decision on a case, in order.

        Attributes:
            case_id (str):
            items (list[CaseDecision]):
     """

    case_id: str
    items: list[CaseDecision]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.case_decision import CaseDecision # noqa: PLC0415
        case_id = self.case_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_id": case_id,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_decision import CaseDecision # noqa: PLC0415
        d = dict(src_dict)
        case_id = d.pop("case_id")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = CaseDecision.from_dict(items_item_data)



            items.append(items_item)


        case_history = cls(
            case_id=case_id,
            items=items,
        )


        case_history.additional_properties = d
        return case_history

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
