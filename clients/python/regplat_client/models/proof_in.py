from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProofIn")



@_attrs_define
class ProofIn:
    """ 
        Attributes:
            summary (str):
            complaint_id (None | str | Unset):
            documents (list[str] | Unset): references to the proof documents
     """

    summary: str
    complaint_id: None | str | Unset = UNSET
    documents: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        summary = self.summary

        complaint_id: None | str | Unset
        if isinstance(self.complaint_id, Unset):
            complaint_id = UNSET
        else:
            complaint_id = self.complaint_id

        documents: list[str] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = self.documents




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "summary": summary,
        })
        if complaint_id is not UNSET:
            field_dict["complaint_id"] = complaint_id
        if documents is not UNSET:
            field_dict["documents"] = documents

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        summary = d.pop("summary")

        def _parse_complaint_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complaint_id = _parse_complaint_id(d.pop("complaint_id", UNSET))


        documents = cast(list[str], d.pop("documents", UNSET))


        proof_in = cls(
            summary=summary,
            complaint_id=complaint_id,
            documents=documents,
        )

        return proof_in

