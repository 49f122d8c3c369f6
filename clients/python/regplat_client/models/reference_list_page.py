from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            offset (int): Rows skipped before this page
            reference_version (str):
            title (str):
            total (int): Rows matching the filters, over all pages
            version (str):
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
