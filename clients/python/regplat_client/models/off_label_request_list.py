from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.off_label_request_detail import OffLabelRequestDetail





T = TypeVar("T", bound="OffLabelRequestList")



@_attrs_define
class OffLabelRequestList:
    """ Off-label requests visible to the caller, newest first.

        Attributes:
            items (list[OffLabelRequestDetail]): This page's rows, in the list's stated order
            limit (int): The page size asked for (the last page may hold fewer)
            offset (int): Rows skipped before this page (0 when paging by cursor)
            total (int): Rows matching the filters over all pages, counted up to 1,000
            next_ (None | str | Unset): Opaque cursor of the next page: send it back as `cursor`; null on the last page
            total_capped (bool | Unset): True when more than 1,000 rows match (`total` is then 1,000) Default: False.
     """

    items: list[OffLabelRequestDetail]
    limit: int
    offset: int
    total: int
    next_: None | str | Unset = UNSET
    total_capped: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.off_label_request_detail import OffLabelRequestDetail # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        limit = self.limit

        offset = self.offset

        total = self.total

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        total_capped = self.total_capped


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "items": items,
            "limit": limit,
            "offset": offset,
            "total": total,
        })
        if next_ is not UNSET:
            field_dict["next"] = next_
        if total_capped is not UNSET:
            field_dict["total_capped"] = total_capped

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.off_label_request_detail import OffLabelRequestDetail # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = OffLabelRequestDetail.from_dict(items_item_data)



            items.append(items_item)


        limit = d.pop("limit")

        offset = d.pop("offset")

        total = d.pop("total")

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))


        total_capped = d.pop("total_capped", UNSET)

        off_label_request_list = cls(
            items=items,
            limit=limit,
            offset=offset,
            total=total,
            next_=next_,
            total_capped=total_capped,
        )


        off_label_request_list.additional_properties = d
        return off_label_request_list

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
