from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.reference_list_page_items_item import ReferenceListPageItemsItem





T = TypeVar("T", bound="ReferenceListPage")



@_attrs_define
class ReferenceListPage:
    """ A page of one reference list's rows (each row: column -> value), with the list's version.

        Attributes:
            columns (list[str]): The list's columns, in CSV order
            items (list[ReferenceListPageItemsItem]): This page's rows, in the list's stated order
            limit (int): The page size asked for (the last page may hold fewer)
            list_ (str):
            offset (int): Rows skipped before this page (0 when paging by cursor)
            reference_version (str):
            title (str):
            total (int): Rows matching the filters over all pages, counted up to 1,000
            version (str):
            next_ (None | str | Unset): Opaque cursor of the next page: send it back as `cursor`; null on the last page
            total_capped (bool | Unset): True when more than 1,000 rows match (`total` is then 1,000) Default: False.
     """

    columns: list[str]
    items: list[ReferenceListPageItemsItem]
    limit: int
    list_: str
    offset: int
    reference_version: str
    title: str
    total: int
    version: str
    next_: None | str | Unset = UNSET
    total_capped: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.reference_list_page_items_item import ReferenceListPageItemsItem # noqa: PLC0415
        columns = self.columns



        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        limit = self.limit

        list_ = self.list_

        offset = self.offset

        reference_version = self.reference_version

        title = self.title

        total = self.total

        version = self.version

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        total_capped = self.total_capped


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "columns": columns,
            "items": items,
            "limit": limit,
            "list": list_,
            "offset": offset,
            "reference_version": reference_version,
            "title": title,
            "total": total,
            "version": version,
        })
        if next_ is not UNSET:
            field_dict["next"] = next_
        if total_capped is not UNSET:
            field_dict["total_capped"] = total_capped

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reference_list_page_items_item import ReferenceListPageItemsItem # noqa: PLC0415
        d = dict(src_dict)
        columns = cast(list[str], d.pop("columns"))


        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ReferenceListPageItemsItem.from_dict(items_item_data)



            items.append(items_item)


        limit = d.pop("limit")

        list_ = d.pop("list")

        offset = d.pop("offset")

        reference_version = d.pop("reference_version")

        title = d.pop("title")

        total = d.pop("total")

        version = d.pop("version")

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))


        total_capped = d.pop("total_capped", UNSET)

        reference_list_page = cls(
            columns=columns,
            items=items,
            limit=limit,
            list_=list_,
            offset=offset,
            reference_version=reference_version,
            title=title,
            total=total,
            version=version,
            next_=next_,
            total_capped=total_capped,
        )


        reference_list_page.additional_properties = d
        return reference_list_page

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
