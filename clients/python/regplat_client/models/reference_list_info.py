from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="ReferenceListInfo")



@_attrs_define
class ReferenceListInfo:
    """ One reference list and its current version.

        Attributes:
            columns (list[str]):
            list_ (str): The list's name, as in /v1/reference/{list_name}
            rows (int): How many rows the list has
            title (str):
            version (str): `shipped-…` for the list the service ships, `v<n>-…` after an upload
     """

    columns: list[str]
    list_: str
    rows: int
    title: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        columns = self.columns



        list_ = self.list_

        rows = self.rows

        title = self.title

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "columns": columns,
            "list": list_,
            "rows": rows,
            "title": title,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        columns = cast(list[str], d.pop("columns"))


        list_ = d.pop("list")

        rows = d.pop("rows")

        title = d.pop("title")

        version = d.pop("version")

        reference_list_info = cls(
            columns=columns,
            list_=list_,
            rows=rows,
            title=title,
            version=version,
        )


        reference_list_info.additional_properties = d
        return reference_list_info

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
