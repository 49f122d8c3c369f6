from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="InspectionEvidenceRef")



@_attrs_define
class InspectionEvidenceRef:
    """ An evidence file kept with the inspection; `href` downloads it.

        Attributes:
            content_type (str):
            filename (str):
            href (str): Path of the download, under this service
            id (str):
            item (None | str): The checklist item it documents (None: the inspection as a whole)
            sha256 (str): Hex SHA-256 of the content (also the download's ETag)
            size_bytes (int):
     """

    content_type: str
    filename: str
    href: str
    id: str
    item: None | str
    sha256: str
    size_bytes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        content_type = self.content_type

        filename = self.filename

        href = self.href

        id = self.id

        item: None | str
        item = self.item

        sha256 = self.sha256

        size_bytes = self.size_bytes


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content_type": content_type,
            "filename": filename,
            "href": href,
            "id": id,
            "item": item,
            "sha256": sha256,
            "size_bytes": size_bytes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_type = d.pop("content_type")

        filename = d.pop("filename")

        href = d.pop("href")

        id = d.pop("id")

        def _parse_item(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        item = _parse_item(d.pop("item"))


        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        inspection_evidence_ref = cls(
            content_type=content_type,
            filename=filename,
            href=href,
            id=id,
            item=item,
            sha256=sha256,
            size_bytes=size_bytes,
        )


        inspection_evidence_ref.additional_properties = d
        return inspection_evidence_ref

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
