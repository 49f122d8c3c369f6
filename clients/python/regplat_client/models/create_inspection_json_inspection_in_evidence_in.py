from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CreateInspectionJsonInspectionInEvidenceIn")



@_attrs_define
class CreateInspectionJsonInspectionInEvidenceIn:
    """ 
        Attributes:
            content_base64 (str):
            content_type (str):
            filename (str):
            item (None | str | Unset):
            sha256 (None | str | Unset): Optional: checked against the content
     """

    content_base64: str
    content_type: str
    filename: str
    item: None | str | Unset = UNSET
    sha256: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        content_base64 = self.content_base64

        content_type = self.content_type

        filename = self.filename

        item: None | str | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        else:
            item = self.item

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "content_base64": content_base64,
            "content_type": content_type,
            "filename": filename,
        })
        if item is not UNSET:
            field_dict["item"] = item
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_base64 = d.pop("content_base64")

        content_type = d.pop("content_type")

        filename = d.pop("filename")

        def _parse_item(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item = _parse_item(d.pop("item", UNSET))


        def _parse_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha256 = _parse_sha256(d.pop("sha256", UNSET))


        create_inspection_json_inspection_in_evidence_in = cls(
            content_base64=content_base64,
            content_type=content_type,
            filename=filename,
            item=item,
            sha256=sha256,
        )

        return create_inspection_json_inspection_in_evidence_in

