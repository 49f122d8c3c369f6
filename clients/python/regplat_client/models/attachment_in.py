from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.attachment_in_doc_type import AttachmentInDocType
from ..models.attachment_in_media_type import AttachmentInMediaType






T = TypeVar("T", bound="AttachmentIn")



@_attrs_define
class AttachmentIn:
    """ 
        Attributes:
            doc_type (AttachmentInDocType):
            file_name (str):
            media_type (AttachmentInMediaType):
            sha256 (str):
            size_bytes (int): limit: 10 MiB per file (413 above)
     """

    doc_type: AttachmentInDocType
    file_name: str
    media_type: AttachmentInMediaType
    sha256: str
    size_bytes: int





    def to_dict(self) -> dict[str, Any]:
        doc_type = self.doc_type.value

        file_name = self.file_name

        media_type = self.media_type.value

        sha256 = self.sha256

        size_bytes = self.size_bytes


        field_dict: dict[str, Any] = {}

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
        doc_type = AttachmentInDocType(d.pop("doc_type"))




        file_name = d.pop("file_name")

        media_type = AttachmentInMediaType(d.pop("media_type"))




        sha256 = d.pop("sha256")

        size_bytes = d.pop("size_bytes")

        attachment_in = cls(
            doc_type=doc_type,
            file_name=file_name,
            media_type=media_type,
            sha256=sha256,
            size_bytes=size_bytes,
        )

        return attachment_in

