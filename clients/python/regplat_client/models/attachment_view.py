from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AttachmentView")



@_attrs_define
class AttachmentView:
    """ A document attached to the case (its metadata; the file itself is kept by the agency).

        Attributes:
            doc_type (str):
            file_name (str):
            media_type (str):
            sha256 (str):
            size_bytes (int):
     """

    doc_type: str
    file_name: str
    media_type: str
    sha256: str
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        doc_type = self.doc_type

        file_name = self.file_name

        media_type = self.media_type

        sha256 = self.sha256

        size_bytes = self.size_bytes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "doc_type": doc_type,
            "file_name": file_name,
            "media_type": media_type,
            "sha256": sha256,
            "size_bytes": size_bytes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        doc_type = d.pop("doc_type")

        file_name = d.pop("file_name")

        media_type = d.pop("media_type")

        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        attachment_view = cls(
            doc_type=doc_type,
            file_name=file_name,
            media_type=media_type,
            sha256=sha256,
            size_bytes=size_bytes,
        )


        attachment_view.additional_properties = d
        return attachment_view

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
