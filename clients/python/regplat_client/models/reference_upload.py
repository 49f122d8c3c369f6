from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReferenceUpload")



@_attrs_define
class ReferenceUpload:
    """ The new version of a list just loaded; stored decisions keep the version they used.

        Attributes:
            list_ (str):
            reference_version (str): The new version of the whole set
            rows (int):
            version (str):
     """

    list_: str
    reference_version: str
    rows: int
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        list_ = self.list_

        reference_version = self.reference_version

        rows = self.rows

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "list": list_,
            "reference_version": reference_version,
            "rows": rows,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_ = d.pop("list")

        reference_version = d.pop("reference_version")

        rows = d.pop("rows")

        version = d.pop("version")

        reference_upload = cls(
            list_=list_,
            reference_version=reference_version,
            rows=rows,
            version=version,
        )


        reference_upload.additional_properties = d
        return reference_upload

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
